"""The shipped sentiment and toxicity models: loading, clear cases, explanations, errors."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from analyzer.classify import classify_batch
from analyzer.classify.features import FeatureSpec
from analyzer.classify.model import (
    MODEL_DIR,
    LinearModel,
    ModelError,
    calibrated,
    check_calibration,
)
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


def test_a_flagged_comment_without_strong_words_still_names_its_words(monkeypatch):
    model = LinearModel.load("en-offensive")
    text = "you are a stupid idiot"
    strong = model.explain(text, 1)
    # Were no word among the model's strongest, the words that pushed the score up are named.
    monkeypatch.setattr(LinearModel, "_strong_weight", lambda self, column: np.inf)
    weaker = model.explain(text, 1)
    assert weaker and set(strong) <= set(weaker) | {t for w in weaker for t in w.split()}


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
    with np.load(MODEL_DIR / "en-sentiment.npz", allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    np.savez(tmp_path / "en-sentiment.npz", **(arrays | {"seen": arrays["seen"][::-1]}))
    with pytest.raises(ModelError, match="not sorted unique keys"):
        LinearModel.load("en-sentiment", tmp_path)


@pytest.mark.parametrize("name, text", [
    # "russel" and "democrat world" never occur in the training tweets: they share a hashed column
    # with n-grams that do, and were named as the reason for the score
    ("en-offensive", "We’re going to suffer 2 years of crappy short stops. Up until 2014 when Addison Russel comes along."),
    ("en-offensive", "we understand that in the Liberal/Progessive/Democrat world that you all see stupid as smart"),
    ("en-sentiment", "Luckily we have Pokemon now and Persona 5 next year yass"),
])
def test_only_n_grams_trained_on_are_named(name, text):
    model = LinearModel.load(name)
    (normalized,) = normalize_batch([text], ["en"])
    column = 1 if name == "en-offensive" else model.labels.index("positive")
    terms = model.explain(normalized, column)
    assert terms
    keys = model.spec.term_keys(t.replace("not ", "neg_") for t in terms)
    assert np.isin(keys, model.seen).all()
    untrained = [t for t in model.spec.word_terms(normalized)
                 if not np.isin(model.spec.term_keys([t]), model.seen).all()]
    assert untrained and not set(untrained) & set(terms)
    model.seen = None  # without the keys, an untrained n-gram is named
    assert set(untrained) & set(model.explain(normalized, column))


def test_every_shipped_model_knows_its_trained_n_grams():
    for name in ("en-sentiment", "en-offensive", "en-hate", "fa-sentiment", "fa-offensive"):
        seen = LinearModel.load(name).seen
        assert seen is not None and seen.dtype == np.uint32 and len(seen) > 100_000


# --- calibration -------------------------------------------------------------------------------


CALIBRATIONS = [
    {"a": 0.6, "b": -0.2},  # written before "method" existed: still read as Platt
    {"method": "platt", "a": 2.0, "b": 0.5},
    {"temperature": 1.3},
    {"method": "temperature", "temperature": 0.7},
    {"method": "vector", "scale": [1.2, 0.8, 1.0], "bias": [0.1, -0.3, 0.2]},
]


@pytest.mark.parametrize("cal", CALIBRATIONS)
def test_calibrated_probabilities_are_probabilities_and_deterministic(cal):
    k = 2 if "a" in cal else 3
    decision = np.random.default_rng(0).normal(scale=30, size=(200, 1 if k == 2 else 3)).astype(np.float32)
    check_calibration(cal, k)
    p = calibrated(decision, cal)
    assert p.shape == (200, k)
    assert np.all((p >= 0) & (p <= 1)) and np.allclose(p.sum(axis=1), 1, atol=1e-5)
    assert np.array_equal(p, calibrated(decision.copy(), dict(cal)))


def test_temperature_never_changes_the_label():
    decision = np.random.default_rng(1).normal(size=(100, 3))
    assert np.array_equal(calibrated(decision, {"temperature": 2.5}).argmax(1), decision.argmax(1))


@pytest.mark.parametrize("cal, k, message", [
    ({"method": "vector", "scale": [1.0, 1.0], "bias": [0.0, 0.0, 0.0]}, 3, "bad 'scale'"),
    ({"method": "vector", "scale": [1.0, 1.0, 1.0]}, 3, "lacks 'bias'"),
    ({"method": "temperature", "temperature": -1.0}, 3, "positive"),
    ({"method": "temperature", "temperature": float("nan")}, 3, "bad 'temperature'"),
    ({"method": "platt", "a": 1.0, "b": 0.0}, 3, "does not fit"),
    ({"method": "isotonic"}, 2, "does not fit"),
    ("1.3", 3, "not an object"),
])
def test_bad_calibrations_are_named(cal, k, message):
    with pytest.raises((TypeError, ValueError), match=message):
        check_calibration(cal, k)


def test_corrupt_calibration_in_a_model_file_gives_a_clear_error(tmp_path):
    import json

    shutil.copy(MODEL_DIR / "en-sentiment.npz", tmp_path)
    meta = json.loads((MODEL_DIR / "en-sentiment.json").read_text(encoding="utf-8"))
    meta["calibration"] = {"method": "vector", "scale": [1.0]}
    (tmp_path / "en-sentiment.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelError, match=r"en-sentiment\.json: corrupted model \(calibration"):
        LinearModel.load("en-sentiment", tmp_path)
    del meta["calibration"]
    (tmp_path / "en-sentiment.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelError, match="corrupted model"):
        LinearModel.load("en-sentiment", tmp_path)


def test_shipped_models_carry_a_valid_calibration():
    for name in ["en-sentiment", "en-offensive", "en-hate", "fa-sentiment", "fa-offensive"]:
        model = LinearModel.load(name)
        check_calibration(model.calibration, len(model.labels))


def test_calibration_fit_is_deterministic_and_keeps_the_balanced_decision():
    """Vector scaling is refused when its biases would lower the held-out headline figure."""
    from analyzer.classify.train import _fit_calibration

    rng = np.random.default_rng(2)
    y = rng.integers(0, 3, size=600)
    decision = rng.normal(size=(600, 3)) + 2.5 * np.eye(3)[y]
    first, report = _fit_calibration(decision, y, None, "macro_recall")
    again, _ = _fit_calibration(decision, y, None, "macro_recall")
    assert first == again and set(report) == {"temperature", "vector"}
    if first["method"] == "vector":
        assert report["vector"]["macro_recall"] >= report["temperature"]["macro_recall"]
        assert report["vector"]["log_loss"] < report["temperature"]["log_loss"]
    platt, _ = _fit_calibration(decision[:, :1], (y == 0).astype(int), None, "macro_f1")
    assert platt["method"] == "platt" and platt["a"] > 0


def test_numpy_char_counts_count_the_ngrams_within_padded_words():
    from analyzer.classify.features import char_counts

    # " ab " → " a", "ab", "b ", " ab", "ab ", " ab " and " c " → " c", "c ", " c ": nine n-grams
    m = char_counts(["Ab c", "", "ab  C"], (2, 5), 18)
    assert m.shape == (3, 1 << 18)
    assert m[0].sum() == 9 and m[1].sum() == 0
    assert (m[0] != m[2]).nnz == 0  # case and spacing do not matter
    assert char_counts([""], (2, 5), 10).nnz == 0


def test_negation_scope_ends_at_punctuation():
    from analyzer.classify.features import negate

    assert negate("This is not good, but fine") == "this is not neg_good but fine"
    assert negate("I don't like it. Great") == "i dont neg_like neg_it great"


def test_lexicon_columns_read_valence_and_negation():
    from analyzer.classify.features import N_LEXICON, lexicon_features

    good, bad, negated, plain = lexicon_features(["good great", "awful bad", "not good", "the table"])
    assert good.shape == (N_LEXICON,)
    assert good[0] > 0 > bad[0] and negated[0] < 0 and plain[0] == 0


def test_lexicon_window_reads_a_long_text_as_its_average_window():
    from analyzer.classify.features import lexicon_features

    once = "what an awful, terrible idea! I hate it"  # 8 tokens
    short, long_, whole = (lexicon_features([once], 20)[0], lexicon_features([" ".join([once] * 8)], 20)[0],
                           lexicon_features([" ".join([once] * 8)])[0])
    assert np.allclose(lexicon_features([once])[0], short)  # at most a window long: as without one
    # 64 tokens: masses and counts per 20 tokens, so the window sees 2.5 copies' worth
    assert np.isclose(long_[2], np.log1p(2.5 * np.expm1(short[2])), rtol=1e-4)
    assert whole[2] > long_[2] > short[2] and long_[6] == 1.0  # 8 "!" per 64 tokens: capped at one


def test_long_harmless_comment_is_not_flagged_for_its_length():
    """The same civil paragraph eight times over says nothing more offensive than it does once.
    Summed over the whole text, the lexicon columns made it toxic (benchmarks/long_comments.py)."""
    text = ("I disagree with the senator's plan. Taxes are too high and the budget is a mess, "
            "but the voters will decide in November.")
    once, eight = (v.toxicity for v in classify_batch([text, " ".join([text] * 8)], ["en", "en"]))
    assert once.label == eight.label == "not_toxic"
    assert abs(eight.score - once.score) < 0.1


def test_english_spec_round_trips_and_old_specs_keep_their_meaning():
    from analyzer.classify.train import spec_for

    spec = spec_for("en")
    assert FeatureSpec.from_json(spec.to_json()) == spec
    old = {"word_bits": 18, "char_bits": 18, "word_ngrams": [1, 2], "char_ngrams": [2, 5], "tokens": "hazm"}
    assert FeatureSpec.from_json(old) == FeatureSpec(tokens="hazm")
    assert LinearModel.load("en-sentiment").spec == spec


def test_persian_models_share_one_spec_so_a_batch_is_counted_once():
    from analyzer.classify import SENTIMENT_MODELS, TOXICITY_MODELS, _shared_counts
    from analyzer.classify.train import spec_for

    names = [SENTIMENT_MODELS["fa"], *TOXICITY_MODELS["fa"].values()]
    assert {LinearModel.load(name).spec for name in names} == {spec_for("fa")}
    assert spec_for("fa").word_bits == spec_for("fa").char_bits == 20
    assert _shared_counts("fa", ["خیلی خوب بود"]) is not None


def test_english_negation_reaches_the_sentiment_model():
    liked, not_liked = run(["I liked it, good movie", "I did not like it, not good at all"], "en")
    assert liked.sentiment.label == "positive" and not_liked.sentiment.label == "negative"


def test_missing_lexicon_gives_a_clear_error(tmp_path, monkeypatch):
    from analyzer.classify import features

    monkeypatch.setattr(features, "LEXICON_DIR", tmp_path)
    with pytest.raises(ModelError, match="en-sentiment: its lexicon is missing"):
        LinearModel.load("en-sentiment")
    (tmp_path / "vader.tsv").write_text("good\tnot-a-number\n", encoding="utf-8")
    with pytest.raises(ModelError, match="lexicon is missing or unreadable"):
        LinearModel.load("en-sentiment")
    assert LinearModel.load("fa-sentiment").spec.lexicon == ""  # Persian models need no lexicon


@pytest.mark.parametrize("text, lang, hits", [
    ("what an absolute asshole, seriously", "en", {"insult": ["asshole"]}),
    ("this is fucking brilliant work", "en", {"profanity": ["fuck"]}),
    ("تو یک کسکش هستی", "fa", {"insult": ["کسکش"]}),
    # whole words only: a listed word inside an ordinary one is no hit ("ass" in "class")
    ("Class assessment for the Scunthorpe team", "en", {}),
    # the package's "mild" category (idiot, بدبخت) is banter, not a sub-label
    ("you idiot, that was my seat", "en", {}),
    ("ممنون از گزارش خوبتان", "fa", {}),
])
def test_word_list_names_profanity_and_insults(text, lang, hits):
    from analyzer.classify.wordlist import word_hits

    assert word_hits(normalize_batch([text], [lang])[0]) == hits


def test_listed_words_lead_the_terms_of_a_toxic_comment_and_show_on_friendly_ones():
    toxic, friendly = run(["you fucking asshole, get lost", "this is fucking brilliant, well done mate"], "en")
    assert toxic.toxicity.label == "toxic"
    assert toxic.toxicity.lexicon == {"profanity": ["fuck"], "insult": ["asshole"]}
    assert toxic.toxicity.terms[:2] == ["fuck", "asshole"]
    # the list is reported whatever the score, so a moderator sees swearing in a friendly comment
    assert friendly.toxicity.lexicon == {"profanity": ["fuck"]}
    (fa,) = run(["خفه شو کسکش"], "fa")
    assert fa.toxicity.lexicon == {"insult": ["خفه شو", "کسکش"]} and "کسکش" in fa.toxicity.terms


def test_finglish_insults_are_found_in_their_own_letters():
    from analyzer.pipeline import analyze_texts

    (fing,) = analyze_texts(["to ye koskeshi, khafe sho madarjende"])
    assert fing.lang.lang == "fa-Latn"
    # "madarjende" is listed in Latin letters; its transliteration is not a listed spelling
    assert "madarjende" in fing.toxicity.lexicon["insult"]
    assert "koskeshi" in fing.toxicity.lexicon["insult"] and "koskesh" not in fing.toxicity.lexicon["insult"]


@pytest.mark.parametrize("term, shown", [
    ("neg_know neg_how", "not know how"),
    ("no neg_kind", "no kind"),
    ("not neg_back neg_to", "not back to"),
    ("neg_pain", "not pain"),
    ("fuckers not", "fuckers not"),
    ("neg_good but", "not good but"),
    # any "n't" word opens a scope (features.negated_tokens), listed in NEGATORS or not: no second "not"
    ("neednt neg_worry", "neednt worry"),
    ("mustnt neg_forget neg_it", "mustnt forget it"),
])
def test_negated_terms_read_as_written(term, shown):
    from analyzer.classify.model import readable

    assert readable(term) == shown


_COUNCIL = ("The council met on Tuesday to discuss the new budget. Several members asked about the cost of the bridge. "
            "The mayor said the plan would be ready by spring. Residents can send their views by email until Friday. "
            "A second meeting is planned for next month. The local paper will publish the full minutes. "
            "Parking near the town hall will be limited during the works. Buses will run on the usual timetable. "
            "The library stays open on Saturdays. Volunteers are still needed for the spring fair. "
            "Tickets for the concert go on sale next week. The school choir will sing at the opening. "
            "Road repairs on the high street should finish in June. The weather has slowed the work a little.")


def test_long_text_groups_and_mean_odds():
    from analyzer.classify.long_text import CHUNK, LONG, LongTexts, chunks, mean_odds

    groups = chunks(_COUNCIL)
    assert len(groups) > 2 and all(len(g) <= CHUNK for g in groups)
    assert " ".join(groups) == _COUNCIL  # nothing lost, in order
    assert chunks("one line\nanother line", limit=10) == ["one line", "another line"]
    assert mean_odds(np.array([0.3])) == pytest.approx(0.3)
    assert mean_odds(np.array([0.1] * 8)) == pytest.approx(0.1)
    assert mean_odds(np.array([0.95] + [0.1] * 7)) > 0.5 > np.mean([0.95] + [0.1] * 7)
    long = LongTexts.of(["short", _COUNCIL])
    assert len(_COUNCIL) > LONG and long.rows == [1] and long.groups == groups


def test_one_insult_in_a_long_comment_is_not_diluted_by_the_rest():
    from analyzer.classify import _model
    from analyzer.classify.long_text import LongTexts

    mixed = _COUNCIL.replace("A second meeting", "Shut up, you worthless loser. A second meeting")
    model = _model("en-offensive")
    whole = model.predict_texts([_COUNCIL, mixed])[0][:, 1]
    staged, worst = LongTexts.of([_COUNCIL, mixed]).rescored(model, whole)
    assert staged[1] > whole[1] + 0.1  # scored by its groups, the insult weighs more
    assert "worthless loser" in worst[1]
    assert staged[0] < 0.2  # the harmless sentences stay harmless in groups
    insult = _COUNCIL.replace("A second meeting", "You are a stupid idiot and a pathetic moron. A second meeting")
    calm, rude = (v.toxicity for v in classify_batch([_COUNCIL, insult], ["en", "en"]))
    assert calm.label == "not_toxic" and rude.label == "toxic" and "idiot" in rude.terms


def test_the_stretched_word_marker_is_never_a_reason():
    """"soooo" leaves an <elong> token at the end of the normalised text; models weigh it, but a
    reader cannot find "guy elong" in the comment."""
    from analyzer.classify import _model
    from analyzer.normalize import normalize

    text = normalize("that is soooo worthless, what a guy", "en")
    assert text.endswith("<elong>")
    for name, column in (("en-offensive", 1), ("en-sentiment", 2), ("en-sentiment", 0)):
        terms = _model(name).explain(text, column)
        assert not any("elong" in t for t in terms), (name, terms)
    assert "worthless" in _model("en-offensive").explain(text, 1)


def test_no_reason_spans_a_punctuation_mark():
    """The models count "bunch. I've" as the bigram "bunch i"; a reader would not find it."""
    from analyzer.classify.model import _written

    text = "a confident bunch. i've met them, rude, sometimes. but rude sometimes too"
    assert not _written("bunch i", text) and not _written("i ve", text) and not _written("them rude", text)
    assert _written("rude sometimes", text) and _written("a confident", text) and _written("bunch", text)
    assert _written("not neg_good", text)  # negation scopes are read out otherwise
    assert not _written("بود پول", "خیلی بد بود، پول رو دور ریختم") and _written("دور ریختم", "خیلی بد بود، پول رو دور ریختم")
    text = normalize_batch(["They are probably a confident bunch.\nI’ve met plenty of assholes and egomaniacs. "
                            "Sometimes Rude, Sometimes extremely quiet."], ["en"])[0]
    verdict = classify_batch([text], ["en"])[0]
    assert verdict.sentiment.terms and verdict.toxicity.terms
    for term in verdict.toxicity.terms + verdict.sentiment.terms:
        assert _written(term, text), term


def test_hate_is_not_read_into_cheerful_comments():
    """Trained on HatEval alone, en-hate had learnt its topic and called "Happy birthday! Can't
    wait to see you" hate (0.59); OLID's harmless tweets taught it otherwise (issue #8, session 9)."""
    texts = ["What a lovely idea, I can't wait to try it!", "Happy birthday! Can't wait to see you",
             "Love those shoes, so cute!", "Women are stupid whores who belong in the kitchen"]
    model = LinearModel.load("en-hate")
    p = model.predict_texts(normalize_batch(texts, ["en"] * len(texts)))[0][:, 1]
    assert (p[:3] < 0.3).all() and p[3] > 0.9


def test_an_emoji_name_is_valued_by_its_words_as_vader_does():
    """The English training tweets hold no emoji: a model knows 😍 or 😭 only through the lexicon."""
    from analyzer.classify.features import lexicon_features

    norm = normalize_batch(["great 😍", "oh 😭", "ok 🙂 :)"], ["en"] * 3)
    assert ":smiling_face_with_heart-eyes:" in norm[0]
    cols = lexicon_features(norm)
    assert cols[0, 1] > lexicon_features(["great"])[0, 1]  # more positive mass with the emoji
    assert cols[1, 2] > 0  # crying: negative mass
    assert lexicon_features(["a:b: c"])[0, 0] == 0  # not a name


def test_word_list_columns_count_each_group_per_window():
    """The English models' word-list columns: the distinct listed swear words, insults and mild
    insults a text holds (mild ones too: OLID calls "idiot" offensive), per window of tokens."""
    from analyzer.classify.wordlist import GROUPS, group_columns

    assert GROUPS == ("profanity", "insult", "mild")
    idiot, swear, plain, long_ = group_columns(
        ["you idiot, that was my seat", "this is fucking brilliant work", "Class assessment for the team",
         " ".join(["the budget is a mess"] * 20) + " idiot"], 20)
    assert idiot.tolist() == [0, 0, 1] and swear.tolist() == [1, 0, 0] and plain.tolist() == [0, 0, 0]
    assert np.isclose(long_[2], 20 / 101)  # one mild insult in 101 tokens: a fifth of one per window


def test_the_offensive_model_reads_the_word_list_columns_and_shares_the_counting():
    """en-offensive reads three more columns than the other English models; a batch's n-grams are
    still counted once for the three, and each model weighs them as its own counts would."""
    from analyzer.classify import SENTIMENT_MODELS, TOXICITY_MODELS, _shared_counts
    from analyzer.classify.features import counting_spec
    from analyzer.classify.train import spec_for

    spec = spec_for("en", "en-offensive")
    assert spec.wordlist and spec.n_dense == 12 and not spec_for("en").wordlist
    assert LinearModel.load("en-offensive").spec == spec and LinearModel.load("en-hate").spec == spec_for("en")
    dense = spec.counts(["you idiot", "thanks a lot"])[2]
    assert dense.shape == (2, 12) and dense[0, -1] == 1.0 and not dense[1, -3:].any()
    assert not FeatureSpec.from_json({k: v for k, v in spec.to_json().items() if k != "wordlist"}).wordlist
    names = [SENTIMENT_MODELS["en"], *TOXICITY_MODELS["en"].values()]
    assert counting_spec(LinearModel.load(n).spec for n in names) == spec
    texts = ["you idiot, what a stupid take", "lovely photo, thanks!"]
    shared = _shared_counts("en", texts)
    assert shared is not None
    for name in names:
        model = LinearModel.load(name)
        assert np.allclose(model.predict_texts(texts, shared)[0], model.predict_texts(texts)[0])
    assert counting_spec([spec_for("en"), spec_for("fa")]) is None


def test_missing_word_list_package_gives_a_clear_error(monkeypatch):
    from analyzer.classify import wordlist

    def broken():
        raise ImportError("the persian-text-guard package is missing; reinstall comment-thread-analyzer")

    monkeypatch.setattr(wordlist, "group_tables", broken)
    with pytest.raises(ModelError, match="en-offensive: the persian-text-guard package is missing"):
        LinearModel.load("en-offensive")


def test_a_negated_function_word_is_no_reason():
    model = LinearModel.load("en-sentiment")
    text = "It’s not hard to do but still. Damn you for making me cry! Take care, love."
    (normalized,) = normalize_batch([text], ["en"])
    for column in range(len(model.labels)):
        terms = model.explain(normalized, column, top=10)
        assert not {"not to", "not but", "not do", "not still"} & set(terms), terms
