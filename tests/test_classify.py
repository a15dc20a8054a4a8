"""The shipped sentiment and toxicity models: loading, clear cases, explanations, errors."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from analyzer.classify import classify_batch
from analyzer.classify.features import FeatureSpec
from analyzer.classify.model import MODEL_DIR, LinearModel, ModelError
from analyzer.normalize import normalize_batch


def run(texts, lang):
    return classify_batch(normalize_batch(texts, [lang] * len(texts)), [lang] * len(texts))


@pytest.mark.parametrize("text, label", [
    ("I love this, what a wonderful and happy day, thank you so much!", "positive"),
    ("This is terrible, I hate it, the worst service ever and I am so angry.", "negative"),
])
def test_english_sentiment(text, label):
    (v,) = run([text], "en")
    assert v.sentiment.label == label
    assert abs(sum(v.sentiment.scores.values()) - 1) < 1e-6


@pytest.mark.parametrize("text, label", [
    ("خیلی عالی بود، واقعا ممنونم، کیفیتش فوق‌العاده است", "positive"),
    ("افتضاح بود، اصلا راضی نیستم، خیلی بد و بی کیفیت بود", "negative"),
])
def test_persian_sentiment(text, label):
    (v,) = run([text], "fa")
    assert v.sentiment.label == label


def test_english_toxicity_and_its_terms():
    toxic, clean = run(["You are a stupid idiot and a disgusting moron, shut up", "Thanks for the helpful article about rain"], "en")
    assert toxic.toxicity.label == "toxic" and clean.toxicity.label == "not_toxic"
    assert toxic.toxicity.score > clean.toxicity.score
    assert any(t in {"stupid", "idiot", "moron", "stupid idiot", "shut up"} for t in toxic.toxicity.terms)
    assert set(toxic.toxicity.labels) == {"offensive", "hate"}


def test_persian_toxicity_and_its_terms():
    toxic, clean = run(["خفه شو احمق بی‌شعور، آشغال کثافت", "ممنون از گزارش خوبتان، لطفا پیگیری کنید"], "fa")
    assert toxic.toxicity.label == "toxic" and clean.toxicity.label == "not_toxic"
    assert toxic.toxicity.terms


def test_finglish_goes_through_the_persian_models():
    (v,) = run(["ghaza kheili khoob bood, merci"], "fa-Latn")
    assert v.sentiment is not None and v.sentiment.label == "positive"


def test_other_languages_are_refused_with_a_reason():
    (ar, und) = classify_batch(["هذا رائع جدا", ""], ["ar", "und"])
    assert ar.sentiment is None and ar.sentiment_reason == "no sentiment model for 'ar'"
    assert ar.toxicity is None and "ar" in ar.toxicity_reason
    assert und.sentiment is None


def test_scores_are_deterministic():
    texts = ["a calm comment about the weather", "what an awful idea"]
    a, b = run(texts, "en"), run(texts, "en")
    assert [v.toxicity.score for v in a] == [v.toxicity.score for v in b]
    assert [v.sentiment.scores for v in a] == [v.sentiment.scores for v in b]


def test_word_index_matches_scikit_learn_hashing():
    spec = FeatureSpec()
    for term in ["idiot", "stupid idiot", "خیلی", "می‌خواهم"]:
        vec = spec._word.transform([term])
        assert spec.word_index(term) in set(vec.indices)


def test_missing_and_corrupted_models_give_clear_errors(tmp_path):
    with pytest.raises(ModelError, match="model file missing"):
        LinearModel.load("en-sentiment", tmp_path)
    shutil.copy(MODEL_DIR / "en-sentiment.json", tmp_path)
    (tmp_path / "en-sentiment.npz").write_bytes(b"not a numpy file")
    with pytest.raises(ModelError, match="corrupted model"):
        LinearModel.load("en-sentiment", tmp_path)
    np.savez(tmp_path / "en-sentiment.npz", idf=np.zeros(3), coef=np.zeros((3, 3)), intercept=np.zeros(3))
    with pytest.raises(ModelError, match="do not match"):
        LinearModel.load("en-sentiment", tmp_path)
