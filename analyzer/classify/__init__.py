"""Classify stage: sentiment and toxicity per comment, with the words behind them.

Texts arrive normalised (Finglish already in Persian script). English goes to
the English models, Persian and Finglish to the Persian ones; any other
language gets ``None`` with a reason rather than a guess from a model that
never saw it. Models load once per process, on first use.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from ..records import Sentiment, Toxicity, Verdict
from .features import clear_caches, counting_spec
from .long_text import LongTexts
from .model import LinearModel, ModelError
from .wordlist import word_hits

__all__ = ["classify_batch", "ModelError", "MODEL_LANG", "toxicity_threshold"]

# language of the comment -> language of the models that read it
MODEL_LANG = {"en": "en", "fa": "fa", "fa-Latn": "fa"}
# sub-labels of toxicity: name -> model (the first one is the toxicity score itself)
TOXICITY_MODELS = {"en": {"offensive": "en-offensive", "hate": "en-hate"}, "fa": {"offensive": "fa-offensive"}}
SENTIMENT_MODELS = {"en": "en-sentiment", "fa": "fa-sentiment"}


@lru_cache(maxsize=None)
def _model(name: str) -> LinearModel:
    return LinearModel.load(name)


def toxicity_threshold(lang: str) -> float:
    """The calibrated probability at which a comment is labelled toxic (chosen on validation)."""
    first = next(iter(TOXICITY_MODELS[lang].values()))
    return float(_model(first).meta.get("threshold", 0.5))


def classify_batch(texts: list[str], langs: list[str], originals: list[str] | None = None) -> list[Verdict]:
    """Verdicts for normalised ``texts``. ``originals``, the texts as written, let the word list
    also read Finglish in its own letters: "madarjende" is listed, its transliteration need not be."""
    out = [Verdict(None, None, f"no sentiment model for {lang!r}", f"no toxicity model for {lang!r}")
           for lang in langs]
    try:
        for model_lang in sorted(set(MODEL_LANG.values())):
            idx = [i for i, lang in enumerate(langs) if MODEL_LANG.get(lang) == model_lang and texts[i].strip()]
            if not idx:
                continue
            batch = [texts[i] for i in idx]
            counts = _shared_counts(model_lang, batch)
            sentiments = _sentiments(model_lang, batch, counts)
            latin = [originals[i] if originals is not None and langs[i].endswith("-Latn") else None for i in idx]
            toxicities = _toxicities(model_lang, batch, counts, latin)
            for j, i in enumerate(idx):
                out[i] = Verdict(sentiments[j], toxicities[j])
    finally:
        clear_caches()  # the batch's word n-grams, kept for its explanations: not held after it
    return out


def _shared_counts(lang: str, texts: list[str]):
    """Hashed n-gram counts once for all of a language's models, when they share a feature spec."""
    spec = counting_spec(_model(name).spec for name in [SENTIMENT_MODELS[lang], *TOXICITY_MODELS[lang].values()])
    return spec.counts(texts, keep_terms=True) if spec is not None else None


def _sentiments(lang: str, texts: list[str], counts=None) -> list[Sentiment]:
    model = _model(SENTIMENT_MODELS[lang])
    proba, _ = model.predict_texts(texts, counts)
    best = proba.argmax(axis=1)
    return [  # lists of Python floats: no NumPy scalar per number
        Sentiment(model.labels[k], dict(zip(model.labels, row)),
                  model.explain(text, k, top=3) if model.labels[k] != "neutral" else [])
        for text, row, k in zip(texts, proba.astype(np.float64).tolist(), best.tolist())
    ]


def _toxicities(lang: str, texts: list[str], counts=None, latin: list[str | None] | None = None) -> list[Toxicity]:
    """Scores of the toxicity models; a text longer than the models' tweets is scored by its groups
    of sentences (``long_text``), and its reasons come from its highest group."""
    long = LongTexts.of(texts)
    models = [_model(name) for name in TOXICITY_MODELS[lang].values()]
    spec = counting_spec(m.spec for m in models) if long.groups else None
    group_counts = spec.counts(long.groups) if spec is not None else None
    main_name, main = next(iter(TOXICITY_MODELS[lang])), models[0]
    subs, worst = {}, {}
    for name, model in zip(TOXICITY_MODELS[lang], models):
        subs[name], highest = long.rescored(model, model.predict_texts(texts, counts)[0][:, 1], group_counts)
        if name == main_name:  # the toxicity score itself
            worst = highest
    threshold = toxicity_threshold(lang)
    score = np.asarray(subs[main_name])
    toxic_rows = (score >= threshold).tolist()
    sub_rows = {name: np.asarray(p, dtype=np.float64).tolist() for name, p in subs.items()}
    out = []
    for j, text in enumerate(texts):
        toxic = toxic_rows[j]
        hits = word_hits(text, latin[j] if latin else None)
        terms = []
        if toxic:  # a listed swear word or insult is the plainest reason; the model's own terms follow
            listed = [w for words in hits.values() for w in words]
            terms = list(dict.fromkeys(listed + main.explain(worst.get(j, text), 1, top=5)))[:5]
        out.append(Toxicity(sub_rows[main_name][j], "toxic" if toxic else "not_toxic", terms,
                            {name: p[j] for name, p in sub_rows.items()}, hits))
    return out
