"""The normalise stage, rule by rule: Persian (hazm), Finglish, English, and the kept signals."""

from __future__ import annotations

import pytest

from analyzer.normalize import normalize, normalize_batch, persian_tokens, transliterate
from analyzer.normalize.finglish import segmentations, variant_key
from analyzer.normalize.persian import persian_normalizer


@pytest.mark.parametrize("text, expected", [
    ("می‌خواهم", "می‌خواهم"),  # ZWNJ kept
    ("کتاب‌ها", "کتاب‌ها"),
    ("می خواهم بروم", "می‌خواهم بروم"),  # space after می becomes a half-space
    ("میخواهم", "می‌خواهم"),  # a known verb gets its half-space back
    ("کتاب ها", "کتاب‌ها"),  # plural suffix joined with a half-space
    ("خانه ای", "خانه‌ای"),
    ("ميخواهم كتاب‌ها را بخوانم", "می‌خواهم کتاب‌ها را بخوانم"),  # Arabic ي ك mapped, half-space restored
    ("مدرسة", "مدرسه"),  # Arabic ة
    ("۱۲۳ ١٢٣ 123", "۱۲۳ ۱۲۳ ۱۲۳"),  # Persian, Arabic-Indic and Latin digits agree
    ("۵۰%", "۵۰٪"),
    ("۳.۵ درصد", "۳٫۵ درصد"),  # decimal point between digits → momayyez
    ("خانهٔ ما و خانۀ شما", "خانه ما و خانه شما"),  # the ezafe's two spellings: one word, as hazm does for هٔ
    ("تاریخ ۱۴۰۲/۰۵/۱۲ و ۱ / ۲ کیلو", "تاریخ ۱۴۰۲/۰۵/۱۲ و ۱/۲ کیلو"),  # dates and fractions stay whole
    ("و/یا", "و / یا"),  # a slash between words is spaced as hazm spaces it
    ("کِتابِ خوب", "کتاب خوب"),  # diacritics removed
    ("بســـیار", "بسیار"),  # tatweel removed
    ("سلام ، خوبی ؟", "سلام، خوبی؟"),  # punctuation spacing
    ('گفت "نه"', "گفت «نه»"),  # straight quotes → guillemets
    ("ﷲ", "الله"),  # ligature spelled out
    ("  سلام   دنیا \n خوبی؟ ", "سلام دنیا خوبی؟"),
])
def test_persian(text, expected):
    assert normalize(text, "fa") == expected


@pytest.mark.parametrize("text, expected", [
    ("خیلییییی خوب بود", "خیلی خوب بود <elong>"),  # stretched word found, stretch kept as a marker
    ("سلاممممم عالیییی", "سلام عالی <elong> <elong>"),
    ("سلامم", "سلامم"),  # two letters are not a stretch
])
def test_persian_stretch_is_collapsed_but_kept_as_a_signal(text, expected):
    assert normalize(text, "fa") == expected


@pytest.mark.parametrize("text", [
    # Texts that exercise each spacing pattern and each skip condition of the fast normaliser.
    'او گفت " سلام به همه " و رفت', "خانه ی ما", "نمی خواهم", "بزرگ تر و بزرگ ترین", "خانه ام و خانه اند",
    "شنبهها", "( سلام )", "«سلام»دنیا", "سلام.دنیا", "۱۲.۵ کیلو", "به طول۹متر", "ﻻ و ﷴ", "آیه\u0670",
    "سلامممم", "میرفتم", "\u200cسلام\u200c به \u200cهمه\u200c", "کاروان\u200c\u200cسرا", "دنیـــا", "a\r\nb",
    "خوبی؟!", "؛فقط", "{الف}", "[۱]", "ساعت 22:00 تهران،1396.", "این... آن", "१२ عدد",
])
def test_fast_normaliser_equals_hazm(text, hazm_normalizer):
    assert persian_normalizer().normalize(text) == hazm_normalizer.normalize(text)


@pytest.fixture(scope="module")
def hazm_normalizer():
    from hazm import Normalizer

    return Normalizer()


def test_persian_tokens_are_hazms():
    assert persian_tokens("می‌خواهم کتاب‌ها را بخوانم!") == ["می‌خواهم", "کتاب‌ها", "را", "بخوانم", "!"]


@pytest.mark.parametrize("text, expected", [
    ("Soooo gooood!!! @bob see http://x.example/z?q=1 or mail a.b@c.co",
     "Soo good!!! @user see http or mail <email> <elong> <elong>"),
    ("Cafe\u0301", "Café"),
    ("so funny 😂😂", "so funny 😂 :face_with_tears_of_joy: 😂 :face_with_tears_of_joy:"),
    ("nice 👍🏽", "nice 👍🏽 :thumbs_up_medium_skin_tone:"),  # a skin-tone sequence is one emoji
    ("www.example.com/a", "http"),
])
def test_english(text, expected):
    assert normalize(text, "en") == expected


def test_persian_emoji_named_after_normalising():
    assert normalize("عالی بود 😍", "fa") == "عالی بود 😍 :smiling_face_with_heart-eyes:"


def test_other_languages_get_nfc_and_whitespace_only():
    assert normalize("  $25.50   Cafe\u0301 ", "de") == "$25.50 Café"
    assert normalize("هذا كتاب ٣", "ar") == "هذا كتاب ٣"  # no Persian rewriting of Arabic
    assert normalize("so funny 😂", "und") == "so funny 😂"


@pytest.mark.parametrize("finglish, persian", [
    ("salam", "سلام"),
    ("merci kheili khoob bood", "مرسی خیلی خوب بود"),
    ("chera inghadr dir kardi", "چرا اینقدر دیر کردی"),
    ("ghaza sard bood", "غذا سرد بود"),
    ("be omide didar", "به امید دیدار"),
    ("mamnoon az shoma", "ممنون از شما"),
    ("man irani hastam", "من ایرانی هستم"),
    ("hich vaght faramoosh nemikonam", "هیچ وقت فراموش نمی‌کنم"),
    ("khaste nabashid", "خسته نباشید"),
    ("to ham khoobi?", "تو هم خوبی؟"),  # punctuation kept, in its Persian form
    ("emrooz hava kheili garm ast", "امروز هوا خیلی گرم است"),
    ("ketab ha ro khoondam", "کتاب‌ها رو خوندم"),  # colloquial forms from the learnt lexicon
    ("dastet dard nakone", "دستت درد نکنه"),
    ("in dolat dorooghgoo ast", "این دولت دروغگو است"),
    ("bache ha ro dust daram", "بچه‌ها رو دوست دارم"),
    # colloquial words that the Wikipedia counts barely know; the comment counts do (خواف is a town)
    ("khafe sho", "خفه شو"),
    ("nemidoonam chi begam", "نمیدونم چی بگم"),
    ("gomsho bishoor", "گمشو بیشعور"),
])
def test_finglish_is_transliterated(finglish, persian):
    assert normalize(finglish, "fa-Latn") == persian


@pytest.mark.parametrize("text, lang, expected", [
    # hazm's spacing cut addresses apart ("https: / / x. com / a ? b= ۱") and rewrote their digits
    ("ببینید https://x.com/a?b=1 را", "fa", "ببینید https://x.com/a?b=1 را"),
    ("سایت www.example.ir/page_1 و ایمیل info@site.ir", "fa", "سایت www.example.ir/page_1 و ایمیل info@site.ir"),
    ("سلام @Ali.M و @sara1", "fa", "سلام @Ali.M و @sara1"),  # a dotted handle, a handle's digit
    ('گفت "@USER نه" و رفت', "fa", "گفت «@USER نه» و رفت"),  # the text around a handle as before
    # the transliterator wrote them in Persian letters ("هتپس: / / ز. com", "@ سرا _ ۱")
    ("merci kheili khoob bood https://x.com/a?b=1 ali@example.com @sara_1", "fa-Latn",
     "مرسی خیلی خوب بود https://x.com/a?b=1 ali@example.com @sara_1"),
    ("salam @ali khubi?", "fa-Latn", "سلام @ali خوبی؟"),
    # a text holding what looks like a stand-in is normalised as before, addresses and all
    ("x@keepaq سلام https://x.com", "fa", "x@keepaq سلام https: / / x. com"),
])
def test_persian_and_finglish_keep_addresses_and_handles_as_typed(text, lang, expected):
    assert normalize(text, lang) == expected


def test_comment_counts_join_wikipedia_counts_in_its_units():
    from analyzer.lexicon import comment_frequencies, mixed_frequencies, persian_frequencies

    wiki, comments = persian_frequencies(), comment_frequencies()
    assert mixed_frequencies(0.0) is wiki  # weight 0: the Wikipedia table itself
    alike = mixed_frequencies(1.0)
    assert len(comments) > 10_000 and all(n >= 2 for n in comments.values())
    assert alike["خفه"] > alike["خواف"] and wiki["خفه"] < wiki["خواف"]
    assert "گمشو" in alike and "گمشو" not in wiki
    assert alike["کتاب"] >= wiki["کتاب"]


def test_finglish_stretch_and_case():
    assert normalize("Merci KHEILI khoooob bood", "fa-Latn") == "مرسی خیلی خوب بود <elong>"


def test_long_finglish_words_do_not_stall():
    import time

    start = time.perf_counter()
    out = transliterate("khoshbakhtarinhayeshanraneshandadand va mohandesihayeshan")
    assert time.perf_counter() - start < 2.0
    assert out and not any("a" <= ch <= "z" for ch in out.split()[1])


def test_segmentations_and_variant_keys():
    assert ["kh", "o", "b"] in segmentations("khoob") or ["kh", "u", "b"] in segmentations("khoob")
    assert ["sh", "a", "b"] in segmentations("shab") and ["s", "h", "a", "b"] in segmentations("shab")
    assert variant_key("khoob") == variant_key("khub")
    assert variant_key("baleh") == variant_key("bale")


def test_batch_matches_single_calls():
    texts, langs = ["كتاب", "Heyyyy", "salam", "so 😂"], ["fa", "en", "fa-Latn", "en"]
    assert normalize_batch(texts, langs) == [normalize(t, lang) for t, lang in zip(texts, langs)]


def test_raw_text_is_untouched_in_records(tmp_path):
    from analyzer.classify_input import classify_inputs

    path = tmp_path / "comments.txt"
    path.write_text("خیلییییی خوب بود، ممنونم 😍\n", encoding="utf-8")
    (record,) = classify_inputs([str(path)], report=print)
    assert record["text"] == "خیلییییی خوب بود، ممنونم 😍"
    assert record["normalized"] == "خیلی خوب بود، ممنونم 😍 :smiling_face_with_heart-eyes: <elong>"


def test_typographic_quotes_read_as_typed():
    """Publishing software prints "don't" as "don’t": the classifiers' negation scopes and the
    Finglish apostrophe (hamza, ayn) need the ASCII one."""
    from analyzer.classify.features import negate

    text = normalize("I don\u2019t like \u201cthis\u201d", "en")
    assert text == "I don't like \"this\""
    assert "neg_like" in negate(text)
    assert normalize("so\u2019al daram, ba\u2019d az ghaza", "fa-Latn") == normalize("so'al daram, ba'd az ghaza", "fa-Latn")


def test_shipped_comment_word_counts_are_what_training_counts_now(tmp_path):
    """The transliterator's comment word counts come from the Persian classifiers' training parts;
    session 10's de-duplication changed those and the shipped counts went stale unnoticed (17,929
    words where training counted 17,902). A change there must be followed by ``analyzer train
    finglish``."""
    import gzip

    from analyzer.evaluate import shared_root
    from analyzer.lexicon import COMMENT_FREQUENCIES
    from analyzer.normalize.train import write_comment_frequencies

    data = shared_root() / "data"
    if not (data / "fa-pars-off").exists() or not (data / "fa-sentipers").exists():
        pytest.skip("../shared/data is absent: the counts are made from its Persian sets")
    out = tmp_path / "comment-word-freq.tsv.gz"
    write_comment_frequencies(data, out)
    shipped = gzip.decompress(COMMENT_FREQUENCIES.read_bytes())
    assert gzip.decompress(out.read_bytes()) == shipped, "stale comment-word-freq.tsv.gz: run analyzer train finglish"
