from __future__ import annotations

import pytest

from analyzer.normalize import normalize, normalize_batch


@pytest.mark.parametrize("text, expected", [
    ("می‌خواهم", "می‌خواهم"),  # ZWNJ kept
    ("کتاب‌ها", "کتاب‌ها"),
    ("ميخواهم كتاب‌ها را بخوانم", "می‌خواهم کتاب‌ها را بخوانم"),  # Arabic ي ك mapped, half-space restored
    ("۱۲۳ ١٢٣ 123", "۱۲۳ ۱۲۳ ۱۲۳"),  # Persian, Arabic-Indic and Latin digits agree
    ("  سلام   دنیا \n خوبی؟ ", "سلام دنیا خوبی؟"),
])
def test_persian(text, expected):
    assert normalize(text, "fa") == expected


@pytest.mark.parametrize("text, expected", [
    ("Soooo gooood!!! @bob see http://x.example/z?q=1 or mail a.b@c.co 😀",
     "Soo good!!! @user see http or mail <email> 😀"),
    ("Cafe\u0301", "Café"),
])
def test_english(text, expected):
    assert normalize(text, "en") == expected


def test_other_languages_get_nfc_and_whitespace_only():
    assert normalize("  $25.50   Cafe\u0301 ", "de") == "$25.50 Café"
    assert normalize("هذا كتاب ٣", "ar") == "هذا كتاب ٣"  # no Persian rewriting of Arabic


@pytest.mark.parametrize("finglish, persian", [
    ("salam", "سلام"),
    ("merci kheili khoob bood", "مرسی خیلی خوب بود"),
    ("merci kheili khoooob bood", "مرسی خیلی خوب بود"),
    ("chera inghadr dir kardi", "چرا اینقدر دیر کردی"),
    ("ghaza sard bood", "غذا سرد بود"),
    ("be omide didar", "به امید دیدار"),
    ("mamnoon az shoma", "ممنون از شما"),
    ("man irani hastam", "من ایرانی هستم"),
])
def test_finglish_is_transliterated(finglish, persian):
    assert normalize(finglish, "fa-Latn") == persian


def test_batch_matches_single_calls():
    texts, langs = ["كتاب", "Heyyyy", "salam"], ["fa", "en", "fa-Latn"]
    assert normalize_batch(texts, langs) == [normalize(t, lang) for t, lang in zip(texts, langs)]
