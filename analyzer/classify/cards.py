"""Model cards: what a shipped model was trained on, how, and what it scores.

Written by ``analyzer train classify`` from the training metadata and the
evaluation it runs right after, so a card never states a figure that was not
measured on the files it describes.
"""

from __future__ import annotations

SOURCES = {
    "en-sentiment": "train: `en-semeval2017-task4a/derived_train_2013-2016_dedup_minus_tweeteval_val_test` "
                    "(48,229 tweets); validation: TweetEval sentiment `val`; test: TweetEval sentiment `test`",
    "en-offensive": "train/validation/test: TweetEval offensive (OLID level A) published splits",
    "en-hate": "train/validation/test: TweetEval hate (HatEval) published splits",
    "fa-sentiment": "train: SentiPers `original.csv` (sign of the label; de-duplicated, test sentences removed) "
                    "+ 80 % of the SnappFood subset (HAPPY → positive, SAD → negative), 10 % of that pool "
                    "held out for validation by a hash of the text; rows weighted so that each of the two sets "
                    "has the same total weight in training and in the choice of C (SnappFood has twice the "
                    "rows and no neutral ones); test: SentiPers `test.csv` and the other 20 % of SnappFood",
    "fa-offensive": "train: Pars-OFF level A `train` + 80 % of ParsOffensive (de-duplicated, split by a hash "
                    "of the text), 10 % of that pool held out for validation; test: Pars-OFF level A `test` "
                    "and the other 20 % of ParsOffensive",
}


def render_card(name: str, meta: dict, figures: dict[str, float], info: dict[str, float]) -> str:
    rows = "\n".join(f"| `{k.split('.', 1)[1]}` | {v:.2f} |" for k, v in sorted(figures.items())
                     if k.startswith(name + "."))
    threshold = (f"- Label threshold: `toxic` when the calibrated probability is ≥ {meta['threshold']} "
                 f"(more likely than not); the cut that maximises F1 on validation is {meta.get('f1_threshold')}, "
                 "for users who prefer recall.\n" if "threshold" in meta else "")
    return f"""# Model card: `{name}`

- Files: `analyzer/resources/models/{name}.npz` (idf and weights, float16) and `{name}.json`
  (labels, feature settings, calibration). Plain data, loaded with `numpy.load(allow_pickle=False)`.
- Task: {"sentiment (negative / neutral / positive)" if "sentiment" in name else "toxicity (binary)"},
  language `{meta['lang']}` (Persian models also read Finglish after transliteration).
- Data: {SOURCES.get(name, "?")}.
- Data licences: {meta['licence']}. These sets carry no open licence; the model is shipped for
  research use, as the sets' authors ask. Cite the sets (see `../shared/data/*/SOURCE.md`).
- Method: normalised text (`analyzer.normalize`) → hashed word 1–2-grams (2^18 columns) and
  character 2–5-grams within word boundaries (2^18 columns), sublinear tf × idf, L2 per block →
  logistic regression (liblinear; one-vs-rest for three classes; class-balanced), C = {meta['C']} chosen from {{1, 4, 16}} on validation →
  calibrated on validation ({"Platt scaling" if "threshold" in meta else "temperature scaling"}).
{threshold}- Training: {meta['train_rows']} rows, validation {meta['val_rows']} rows, {meta['seconds']} s on one core
  of this machine; deterministic (hash-based splits, fixed solver seed). Rebuild:
  `analyzer train classify`.
- Explanations: the word n-grams of a comment with the largest positive weight for the predicted
  label (`terms`).

## Measured scores (points; `analyzer evaluate classify`)

| test set . figure | value |
| --- | --- |
{rows}

Cross-set robustness (train on one set, test on another): `data/models/cross-set.md`.

Speed of features + model: about {info.get('texts_per_second_per_model', 0):.0f} texts per second per model
on one core (normalisation excluded).
"""
