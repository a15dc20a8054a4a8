"""``analyzer train langid``: the Finglish-vs-Latin model used by the language stage.

Positives: the Latin side of ``finglish-persian-parallel`` (MIT), without the
30 % that ``analyzer evaluate langid`` holds out, plus its one- and two-word
pieces so that short comments are covered. Negatives: English tweets (TweetEval
sentiment ``val`` and offensive ``train``) and lingua's test items of Latin-script
languages that the evaluation does not score (Apache-2.0, Leipzig CC BY). The
cut is set so that at most 0.5 % of English validation tweets are called Finglish.
"""

from __future__ import annotations

import json
import random
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..classify.datasets import bucket
from ..inputs_digest import lines_digest
from .arabic_script import lingua_archive
from .finglish import LABEL, MODEL_DIR, NAME, clean, finglish_probability

NEGATIVE_LANGS = ("de", "fr", "es", "it", "nl", "fi", "hu", "id", "ms", "tl", "pt", "sv", "da", "pl", "ro",
                  "cs", "sk", "sl", "hr", "et", "lv", "lt", "sq", "sw", "so", "yo", "az", "eu", "ca", "cy",
                  "ga", "is", "la", "mi", "nb", "nn", "sn", "st", "tn", "ts", "xh", "zu", "vi", "eo", "bs", "lg", "om")
CARD = Path(__file__).resolve().parents[2] / "data" / "models" / "langid.md"


def finglish_pairs(data: Path) -> list[str]:
    rows = (data / "finglish-persian-parallel" / "PersianToFinglishDataset.txt").read_text(encoding="utf-8")
    return [r.split("\t")[0].strip() for r in rows.splitlines()[1:] if r.split("\t")[0].strip()]


def _pieces(sentences: list[str]) -> list[str]:
    out = []
    for s in sentences:
        words = s.split()
        out += [" ".join(words[i:i + 2]) for i in range(0, len(words) - 1, 3)]
        out += [w for w in words[1::4] if len(w) > 2]
    return out


# Finglish has no one spelling: the parallel sentences write بود "bood" and خیلی "kheyli", comments
# as often "bud", "bod", "khili"; ق "q" as well as "gh". Each group is one writer's habit, applied
# to a whole sentence or not at all.
_RESPELLINGS = (
    ((re.compile(r"oo|ou"), "u"), (re.compile(r"oo|ou"), "o")),
    ((re.compile(r"ee"), "i"),),
    ((re.compile(r"(?<=[^aeiou])e[iy](?=[^aeiou]|$)"), "i"),),
    ((re.compile(r"gh"), "q"),),
    ((re.compile(r"aa"), "a"),),
    ((re.compile(r"(?<=\w\w)eh\b"), "e"),),
)


def _respelled(sentences: list[str]) -> list[str]:
    """Each sentence once more, with some of the spelling habits above (chosen by a seeded draw)."""
    rng = random.Random(0)
    out = []
    for s in sentences:
        text = s.lower()
        for group in _RESPELLINGS:
            if rng.random() < 0.5:
                pattern, repl = group[rng.randrange(len(group))]
                text = pattern.sub(repl, text)
        out.append(text)
    return out


def _lingua_latin(data: Path) -> list[str]:
    """The first 400 lines of each kind of each negative language, in the archive's name order."""
    return [line for _, lines in sorted(lingua_archive(data, NEGATIVE_LANGS).items()) for line in lines[:400]]


def _tweets(path: Path) -> list[str]:
    import gzip

    raw = gzip.open(path).read() if path.suffix == ".gz" else path.read_bytes()
    return [line.strip() for line in raw.decode("utf-8").splitlines() if line.strip()]


@dataclass
class FinglishRows:
    """The Finglish model's training lines in fastText's form, shuffled as it reads them, and what
    the cuts are chosen on: the cut-choosing Finglish sentences and the English validation tweets."""

    lines: list[str]
    val_pos: list[str]
    english_val: list[str]
    positives: int
    repeat: int
    negatives: int


def training_rows(data: Path) -> FinglishRows:
    fing = [s for s in finglish_pairs(data) if bucket(s) >= 30]
    fit_pos = [s for s in fing if bucket(s) >= 40]
    english = _tweets(data / "en-tweeteval-offensive" / "train_text.txt.gz")
    negatives = english + _pieces(english[:3000]) + _lingua_latin(data)
    positives = fit_pos + _respelled(fit_pos)
    positives += _pieces(positives)
    # Positives repeated to a quarter of the negatives: fastText has no class weights.
    repeat = max(1, len(negatives) // len(positives) // 4)
    rows = [f"{LABEL} {clean(t)}" for t in positives] * repeat + [f"__label__other {clean(t)}" for t in negatives]
    random.Random(0).shuffle(rows)
    return FinglishRows(rows, [s for s in fing if bucket(s) < 40], _tweets(data / "en-tweeteval-sentiment" / "val_text.txt"),
                        len(positives), repeat, len(negatives))


def train(shared: Path) -> str:
    data = shared / "data"
    made = training_rows(data)
    rows, val_pos, english_val = made.lines, made.val_pos, made.english_val
    positives, repeat, negatives = made.positives, made.repeat, made.negatives
    import fasttext

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "train.txt"
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        model = fasttext.train_supervised(str(path), minn=2, maxn=4, dim=16, epoch=10, wordNgrams=1, lr=0.5,
                                          bucket=100_000, thread=1, seed=0, verbose=0)
        model.quantize(input=str(path), retrain=False, cutoff=50_000, qnorm=True)
    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    model.save_model(str(MODEL_DIR / f"{NAME}.ftz"))
    p_en = finglish_probability(english_val, model)
    p_fi = finglish_probability(val_pos, model)
    cut = max(0.5, round(float(np.quantile(p_en, 0.995)) + 0.005, 3))
    recall = float(np.mean(p_fi >= cut))
    # One or two words: the same rule on one- and two-word pieces of the validation tweets.
    p_short = finglish_probability(_pieces(english_val), model)
    short_cut = max(0.85, round(float(np.quantile(p_short, 0.995)) + 0.0005, 4))
    short_recall = float(np.mean(finglish_probability(_pieces(val_pos), model) >= short_cut))
    meta = {"threshold": cut, "short_threshold": min(short_cut, 0.9999), "val_short_recall": round(100 * short_recall, 1),
            "positives": positives, "positive_repeats": repeat, "negatives": negatives, "inputs": lines_digest(rows),
            "val_recall": round(100 * recall, 1), "val_english_fp": round(100 * float(np.mean(p_en >= cut)), 2),
            "fasttext": {"minn": 2, "maxn": 4, "dim": 16, "epoch": 10, "wordNgrams": 1, "lr": 0.5,
                         "bucket": 100_000, "quantize_cutoff": 50_000}}
    (MODEL_DIR / f"{NAME}.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    (MODEL_DIR / f"{NAME}.npz").unlink(missing_ok=True)  # the earlier scikit-learn model
    from . import arabic_script
    from .detect import _lid_probabilities
    from .english_words import write_english_words

    english_listed = write_english_words()

    ngram, ngram_meta = arabic_script.train(data, _lid_probabilities)
    ngram.save(inputs=ngram_meta["inputs"])
    arabic_script.ngram_model.cache_clear()
    return (f"English word list: {english_listed} words; fa/ar/ur n-gram model: {ngram_meta}; "
            f"finglish model: {positives} positive (×{repeat}) / {negatives} negative texts, threshold "
            f"{cut}, validation recall {100 * recall:.1f} %, English false positives {meta['val_english_fp']} %")
