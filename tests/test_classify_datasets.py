"""How the training pools are built: pooled sets weigh the same, whatever their sizes."""

from __future__ import annotations

import pytest

from analyzer.classify.datasets import _equal_weights, bucket


@pytest.mark.parametrize("sizes", [(2, 6), (5, 5), (1, 3, 8)])
def test_each_source_set_gets_the_same_total_weight(sizes):
    sets = [[(f"set{i} row{j}", j % 3) for j in range(n)] for i, n in enumerate(sizes)]
    pool = [row for rows in sets for row in rows]
    weights = _equal_weights(pool, sets)
    totals = [sum(w for (t, _), w in zip(pool, weights) if t.startswith(f"set{i} ")) for i in range(len(sets))]
    assert totals == pytest.approx([len(pool) / len(sets)] * len(sets))
    assert sum(weights) == pytest.approx(len(pool))


def test_buckets_depend_on_the_text_alone():
    assert bucket("خیلی خوب بود") == bucket("  خیلی خوب بود\n")
    assert 0 <= bucket("anything") < 100


def test_cross_set_sentiment_drops_neutral_and_maps_positive_to_one():
    from analyzer.classify.crossset import _binary_sentiment

    assert _binary_sentiment([("bad", 0), ("so-so", 1), ("good", 2)]) == [("bad", 0), ("good", 1)]


def test_cross_set_table_shows_the_drop():
    from analyzer.classify.crossset import render

    table = render([("Pars-OFF", "ParsOffensive", 88.0, 70.5)])
    assert "| Pars-OFF | ParsOffensive | 88.0 | 70.5 | -17.5 |" in table


def test_english_sentiment_marks_its_newest_year_for_calibration():
    """The 2016 test tweets are held out once at training time to calibrate for newer text."""
    from analyzer.classify.datasets import en_sentiment
    from analyzer.evaluate import shared_root

    data = shared_root() / "data"
    if not (data / "en-semeval2017-task4a").exists():
        pytest.skip("shared data absent")
    ds = en_sentiment(data)
    assert ds.train.later is not None and len(ds.train.later) == len(ds.train)
    newest = sum(ds.train.later)
    assert 15_000 < newest < len(ds.train) - 20_000  # the 2016 test file, not everything
    assert ds.val.later is None and ds.test.later is None


def test_parsinlu_review_level_test_takes_the_test_reviews_by_sign(tmp_path):
    """Review-level rows count as test rows when their text is in an aspect-level test file."""
    import gzip
    import json

    from analyzer.classify.datasets import parsinlu_reviews

    d = tmp_path / "fa-parsinlu-sentiment"
    d.mkdir()

    def write(name, rows):
        with gzip.open(d / f"{name}.gz", "wt", encoding="utf-8") as fh:
            fh.write("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")

    reviews = [("عالی بود", "2"), ("بد  بود", "-1"), ("معمولی", "0"), ("هم خوب هم بد", "3"), ("آموزشی", "1")]
    write("food.jsonl", [{"review": t, "sentiment": s, "aspects": {}} for t, s in reviews[:4]])
    write("movie.jsonl", [{"review": reviews[4][0], "sentiment": "1", "aspects": {}}])
    # each test review is repeated once per aspect; "آموزشی" is not a test review
    write("food_test.jsonl", [{"review": t, "label": "-3"} for t, _ in reviews[:4] for _ in range(2)])
    write("movie_test.jsonl", [])
    assert parsinlu_reviews(tmp_path) == [("عالی بود", 2), ("بد بود", 0), ("معمولی", 1)]


def test_armanemo_test_posts_are_read_by_the_polarity_of_their_emotion(tmp_path):
    """HAPPY is positive, anger, hate, sadness and fear negative; SURPRISE and OTHER, which go either
    way, are left out; a text holding a tab keeps it (the label is after the last tab)."""
    import gzip

    from analyzer.classify.datasets import armanemo_polarity

    d = tmp_path / "fa-armanemo"
    d.mkdir()
    lines = ["چه روز خوبی\tHAPPY", "خیلی  عصبانی‌ام\tANGRY", "دلم گرفت\tSAD", "وای\tSURPRISE",
             "بانک پول نداد\tOTHER", "ستون\tیک\tFEAR", "بدون برچسب", "چه روز خوبی\tHAPPY"]
    with gzip.open(d / "test.tsv.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    assert armanemo_polarity(tmp_path) == [("چه روز خوبی", 2), ("خیلی عصبانی‌ام", 0), ("دلم گرفت", 0),
                                           ("ستون یک", 0)]


def test_english_hate_learns_harmless_olid_tweets_as_not_hate_and_never_its_own_held_out_rows():
    """OLID's tweets labelled not offensive join HatEval's training part as not hate; no text of
    HatEval's validation or test split, and no offensive OLID tweet, is trained on."""
    from analyzer.classify.datasets import en_hate, en_offensive
    from analyzer.evaluate import shared_root

    data = shared_root() / "data"
    if not (data / "en-tweeteval-hate").exists() or not (data / "en-tweeteval-offensive").exists():
        pytest.skip("shared data absent")
    from analyzer.classify.datasets import _tweeteval

    hate, olid = en_hate(data), en_offensive(data)
    train = dict(zip(hate.train.texts, hate.train.labels))
    own = {" ".join(t.split()) for t, _ in _tweeteval(data / "en-tweeteval-hate", "train")}
    added = {t: y for t, y in train.items() if t not in own}
    harmless = {t for t, y in zip(olid.train.texts, olid.train.labels) if y == 0}
    assert len(added) > 7_000 and set(added.values()) == {0}
    assert set(added) <= harmless
    assert not (set(hate.val.texts) | set(hate.test.texts)) & train.keys()
    assert len(train) == len(hate.train.texts)  # no text twice


def test_tweets_are_read_as_typed():
    from analyzer.classify.datasets import _tweet

    assert _tweet(r"fish \u002c chips &amp; peas &lt;3") == "fish , chips & peas <3"


def test_no_english_sentiment_training_tweet_is_a_validation_tweet_with_a_link():
    """TweetEval removed URLs from its tweets, the SemEval originals keep them: 309 training tweets
    were validation tweets plus a link until the training tweets lost theirs too."""
    import re

    from analyzer.classify.datasets import en_sentiment
    from analyzer.evaluate import shared_root

    data = shared_root() / "data"
    if not (data / "en-semeval2017-task4a").exists():
        pytest.skip("shared data absent")
    ds = en_sentiment(data)
    url = re.compile(r"https?://\S+")

    def key(t: str) -> str:  # as TweetEval prints a tweet: mentions "@user", no URL
        return " ".join(re.sub(r"@\w+", "@user", url.sub(" ", t)).lower().split())

    held = {key(t) for t in ds.val.texts + ds.test.texts}
    assert not any(url.search(t) for t in ds.train.texts)
    assert not held & {key(t) for t in ds.train.texts}
    assert 47_000 < len(ds.train) < 48_229


@pytest.mark.parametrize("a, b", [
    ("عالي.", "عالی"),  # Arabic ي, a full stop
    ("نوع سيم‌دار اين دسته", "نوع سیم دار این دسته"),  # the zero-width non-joiner, Arabic letters
    ("طول ۲٫۴۷ متر", "طول 2.47 متر"),  # Persian digits
    ("@user God help us all!!", "@USER God help us all!"),
    ("@someone great news https://t.co/x", "@user Great news 😀"),
])
def test_one_text_under_two_spellings_has_one_key(a, b):
    from analyzer.classify.datasets import near_key

    assert near_key(a) == near_key(b)


def test_different_words_have_different_keys():
    from analyzer.classify.datasets import near_key

    assert near_key("خیلی خوب بود") != near_key("خیلی بد بود")
    assert near_key("not good") != near_key("good")


def test_training_rows_are_apart_from_validation_and_test_rows():
    """No training row is a validation or test row under another spelling (``near_key``): 30
    SentiPers, 4 SnappFood, 43 Pars-OFF and 26 ParsOffensive training rows were test rows."""
    from analyzer.classify.datasets import DATASETS, near_key
    from analyzer.evaluate import shared_root

    data = shared_root() / "data"
    if not (data / "fa-sentipers").exists():
        pytest.skip("shared data absent")
    for name, load in DATASETS.items():
        ds = load(data)
        held = {near_key(t) for t in ds.val.texts + ds.test.texts} - {""}
        assert not held & {near_key(t) for t in ds.train.texts}, name


def test_carving_keeps_one_text_on_one_side():
    from analyzer.classify.datasets import _carved_apart, bucket

    rows = [(f"row {i}", 0) for i in range(200)]
    inside = next(t for t, _ in rows if 80 <= bucket(t) < 100)
    twin = inside.upper() + "!"  # the same text, another spelling: it would land anywhere
    outside, held = _carved_apart(rows + [(twin, 1)], 80, 100)
    assert all(t != twin for t, _ in outside) and (inside, 0) in held


def test_inputs_digest_reads_text_label_weight_and_split():
    from analyzer.classify.datasets import Dataset, Split, inputs_digest

    def dataset(train: Split) -> Dataset:
        return Dataset("x", "en", ["a", "b"], train, Split(["v"], [0]), Split(["t"], [1]), "")

    base = inputs_digest(dataset(Split(["one", "two"], [0, 1])))
    assert base == inputs_digest(dataset(Split(["one", "two"], [0, 1], [1.0, 1.0], [False, False])))
    for changed in (Split(["one", "two!"], [0, 1]), Split(["one", "two"], [1, 1]),
                    Split(["one", "two"], [0, 1], [1.0, 2.0]), Split(["one", "two"], [0, 1], None, [True, False]),
                    Split(["one"], [0])):
        assert inputs_digest(dataset(changed)) != base


def test_normalized_digest_reads_each_text_and_its_part():
    from analyzer.classify.train import normalized_digest

    base = normalized_digest(["one", "two"], ["three"])
    assert base == normalized_digest(["one", "two"], ["three"])
    for train, val in ((["one", "tw0"], ["three"]), (["one"], ["two", "three"]), (["one", "two"], ["three", ""])):
        assert normalized_digest(train, val) != base


def test_shipped_classifiers_were_trained_on_what_the_datasets_and_the_normaliser_give_now():
    """Each model's JSON keeps the digest of its training and validation rows (``inputs``) and of
    those rows' normalised texts (``normalized``): a change to a loader, a split, the
    de-duplication or the normaliser must be followed by ``analyzer train classify``. (It does not
    see a change to the features or the learner.)"""
    from analyzer.classify.datasets import DATASETS, inputs_digest
    from analyzer.classify.model import LinearModel
    from analyzer.classify.train import normalized_digest
    from analyzer.evaluate import shared_root
    from analyzer.normalize import normalize_batch

    data = shared_root() / "data"
    if not (data / "fa-sentipers").exists() or not (data / "en-tweeteval-hate").exists():
        pytest.skip("../shared/data is absent: the classifiers are trained on its sets")
    stale, renormalized = [], []
    for name in sorted(DATASETS):
        ds, meta = DATASETS[name](data), LinearModel.load(name).meta
        if meta.get("inputs") != inputs_digest(ds):
            stale.append(name)
            continue
        norm = [normalize_batch(split.texts, [ds.lang] * len(split)) for split in (ds.train, ds.val)]
        if meta.get("normalized") != normalized_digest(*norm):
            renormalized.append(name)
    assert not stale, f"trained on other rows than the datasets give now: {stale}; run analyzer train classify"
    assert not renormalized, (f"trained on other normalised texts than the normaliser gives now: {renormalized}; "
                              "run analyzer train classify")


def test_finglish_reviews_are_the_hand_marked_latin_rows_with_their_polarity():
    from analyzer.evaluate import shared_root
    from analyzer.evaluate.classify import finglish_reviews

    data = shared_root() / "data"
    if not (data / "fa-snappfood-subset" / "derived_latin_script_rows.csv").exists():
        pytest.skip("shared data absent")
    rows = finglish_reviews(data)
    assert len(rows) == 48 and {y for _, y in rows} == {0, 2}  # negative and positive, no neutral
    assert all(t.isascii() for t, _ in rows)
