"""First version: rules for ``und`` and Arabic-script letters, lid.176 for the rest."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from ..lexicon import persian_frequencies
from ..normalize.english import EMAIL as _EMAIL
from ..normalize.english import URL as _URL
from ..records import LangResult
from ..typography import AS_PERSIAN, QUOTES
from .arabic_script import UR_ONLY, ngram_model, short_text_language, thread_prior
from .english_words import ENGLISH_SHARE, THREAD_UNSURE, candidate_words, english_share
from .finglish import line_probabilities, predict_lines, tidy
from .finglish import threshold as finglish_threshold

# _URL, _EMAIL: a web or e-mail address names a place, not the writer's language ("ایمیل من
# ali.reza@gmail.com است" was 60 % English); the normaliser keeps them as typed with the same patterns.
# "@sara", "@Joe.R.Piehole", "RT @user:": whom a comment answers or retweets. A handle is a name,
# not the writer's language, as a link is not: "@USER @USER بله" was read as 73 % English.
_MENTION = re.compile(r"(?:\bRT\s+)?(?<![\w@])@\w+(?:\.\w+)*:?")
# "#iran", "#خلیج_فارس": a tag, which ``_mix`` leaves out of a comment's shares of languages.
_HASHTAG = re.compile(r"(?<![\w&])#\w+")
SHORT_ENGLISH_VETO = 0.5
# lid.176's labels for Persian typed so: Arabic, and on SentiPers' reviews also Egyptian Arabic and Sindhi.
_READ_AGAIN = frozenset({"ar", "arz", "sd"})
# Frequent Persian words that Arabic does not write as words (not "هم" "they", "ولی" "guardian",
# "کرد" "Kurds", which it does).
PERSIAN_ONLY_WORDS = frozenset("این است را رو می خیلی برای از که یک شده بود هست نیست خوب چه دارد داره کنید "
                               "میشه نمی".split())
_WORD_EDGES = ".,!?:;()«»،؛؟\"'"
ENGLISH_SURE = 0.9
_FA_ONLY = set("پچژگی")
_UR_ONLY = UR_ONLY
_AR_ONLY = set("يكة")
_FA_AR_UR = frozenset({"fa", "ar", "ur"})
# lid.176 labels that short Persian, Arabic or Urdu text gets confused with (Western Punjabi,
# South Azerbaijani, Gilaki, Mazanderani): there our fa/ar/ur layer decides. Pashto and
# Kurdish keep lid.176's label, as the design asks.
_CONFUSABLE = {"fa", "ar", "ur", "pnb", "azb", "glk", "mzn", "arz", "bal"}
# lid.176 also says Uyghur for some short Urdu ("سکتا"); without a letter Uyghur writes and the
# three do not, that guess goes to the fa/ar/ur layer too.
_UG_ONLY = set("ېۆۇۈڭۋە")
# Letters that Pashto (ټ ډ ړ ږ ښ ګ ڼ ۍ ې), Sindhi (ٻ ڄ ڃ ڇ ڊ ڌ ڍ ڎ ڏ ڙ ٺ ٽ ٿ ڦ ڪ ڱ ڳ), Kurdish
# (ڕ ڵ ۆ ێ ە ڤ), Kashmiri (ۄ ٲ ٳ ؠ) or Uyghur (ې ۆ ۇ ۈ ڭ ۋ ە) write and Persian, Arabic and Urdu
# do not. lid.176 gives one or two Persian words ending in ه to Pashto ("رفته", "خونه") and some
# Urdu to Kurdish ("گیا"); without one of these letters the fa/ar/ur layer decides.
_OTHER_SCRIPT_LETTERS = frozenset("ټډړږښګڼۍې" "ٻڄڃڇڊڌڍڎڏڙٺٽٿڦڪڱڳ" "ڕڵۆێەڤ" "ۄٲٳؠ") | _UG_ONLY
# lid.176 labels of languages written in Arabic script; any other label on Arabic-script text is a slip.
_ARABIC_SCRIPT_LABELS = _CONFUSABLE | {"ps", "ku", "ckb", "sd", "ug", "ks"}
_PRESENTATION_FORMS = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFF]")
# Typographic punctuation that publishing software puts in for the typed ASCII (WordPress turns
# "I'm" into "I’m"): lid.176 learnt from text typed plainly and misreads it (four English
# comments of the dragnet pages, "I’m glad I’m not the only one losing my mind!" German, "It is!
# And it’s so rewarding" Russian; English with "'"), and the short-English rule only reads plain
# ASCII. Guillemets, which Persian uses, and the zero-width non-joiner stay.
_TYPOGRAPHIC = str.maketrans(QUOTES | {"\u201a": "'", "\u201e": '"', "\u2013": "-", "\u2014": "-", "\u2012": "-",
                                       "\u2015": "-", "\u2026": "...", "\u00a0": " ", "\u200b": ""})
_TYPOGRAPHIC_CHARS = re.compile("[" + "".join(map(chr, _TYPOGRAPHIC)) + "]")
# Up to this many words a text counts as short (lid.176 is reliable beyond).
SHORT_WORDS = 3
LID_TOP = 10


@lru_cache(maxsize=1)
def _model():
    import fasttext

    fasttext.FastText.eprint = lambda *a, **k: None  # silence the load warning
    path = resources.files("analyzer") / "resources" / "lid.176.ftz"
    return fasttext.load_model(str(path))


_NOT_LETTER = re.compile(r"[\W\d_]+")


def _letters(text: str) -> str:
    """The letters of ``text`` (word characters that are not digits or underscores)."""
    return _NOT_LETTER.sub("", text)


# Letters Arabic writes and Persian does not (or only in quotations): ي ك ة ى إ أ ؤ
_AR_WRITTEN = set("يكةىإأؤ")
# One or two words that Persian Wikipedia uses at least this often are Persian when lid.176
# says Arabic and no Arabic-only letter is present. Chosen between 100 and 1,000 after seeing
# lingua's fa/ar single words: 1,000 gains less for Persian (+3.9 points) but costs Arabic
# almost nothing (-0.2), where 100 cost Arabic 1.3 points.
PERSIAN_WORD_MIN_COUNT = 1000


def _common_persian(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 2:
        return False
    freq = persian_frequencies()
    return all(freq.get(w, 0) >= PERSIAN_WORD_MIN_COUNT for w in words)


MIX_MIN_SHARE = 0.15
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_LETTER = re.compile(r"[^\W\d_]")  # one character ``_letters`` keeps
_NON_ASCII_LETTER = re.compile(r"[^\W\d_A-Za-z]")


def _any_of(chars: Iterable[str]) -> re.Pattern[str]:
    """A search for any of the letters among ``chars``: whether a text holds one of them is then one
    scan in C, under 1 µs, where collecting its letters into a set first took about 7 µs per Persian
    comment (a set of non-Latin-1 characters makes one string object per character). Characters
    that are not letters are left out (Urdu's full stop ۔): the rules have always looked at letters
    only."""
    return re.compile("[" + re.escape("".join(sorted(ch for ch in set(chars) if _letters(ch)))) + "]")


_HAS_UR_ONLY, _HAS_FA_ONLY, _HAS_AR_ONLY, _HAS_AR_WRITTEN = map(_any_of, (_UR_ONLY, _FA_ONLY, _AR_ONLY, _AR_WRITTEN))
_HAS_OTHER_SCRIPT_LETTER = _any_of(_OTHER_SCRIPT_LETTERS)
_HAS_ARABIC_TYPED = _any_of(map(chr, AS_PERSIAN))  # ي ك ى, the letters read again as Persian


def _mix(text: str, mixed: bool, lang: str) -> dict[str, float] | None:
    """Shares of the two scripts' languages when a comment mixes them (each at least 15 % of its letters).

    ``mixed``: whether ``text`` has both ASCII letters and others (see :func:`_prepare`); only
    then are its letters collected and counted.
    The Arabic-script part is named by its letters (Urdu, Persian, else Arabic) unless it is
    the main language; the Latin part is English unless it is the main language.
    """
    if not mixed:
        return None  # one script only: the common case
    # Hashtags are tags, not the writing: a Persian tweet's "#iran #humanrights #iranelection"
    # made it two-thirds English.
    letters = _letters(_HASHTAG.sub(" ", text) if "#" in text else text)
    arabic, latin_count = len(_ARABIC_SCRIPT.findall(letters)), len(_LATIN.findall(letters))
    total = arabic + latin_count
    if not total or min(arabic, latin_count) < MIX_MIN_SHARE * total:
        return None
    if lang in _ARABIC_SCRIPT_LABELS:  # the Latin part is English (lid.176 called "@USER ممنونم" Mazanderani)
        arabic_lang, latin_lang = lang, "en"
    else:
        arabic_lang = ("ur" if _HAS_UR_ONLY.search(letters)
                       else "fa" if _HAS_FA_ONLY.search(letters) or not _HAS_AR_ONLY.search(letters) else "ar")
        latin_lang = lang
    return {arabic_lang: round(arabic / total, 3), latin_lang: round(latin_count / total, 3)}


def _mostly_latin(letters: str) -> bool:
    # Letters are word characters; their ASCII ones are exactly a-z and A-Z.
    return bool(letters) and len(letters.encode("ascii", "ignore")) >= 0.8 * len(letters)


def _und_reason(text: str, stripped: str) -> str:
    """Why a text without letters is ``und``."""
    if not text.strip():
        return "empty"
    emoji = any(unicodedata.category(ch) == "So" for ch in stripped)
    if not emoji and not any(ch.isalnum() for ch in stripped):  # addresses and their commas
        if _URL.search(text):
            return "url-only"
        if _EMAIL.search(text):
            return "email-only"
    if any(ch.isdigit() for ch in stripped):
        return "no-letters" if emoji else "digits-only"
    # A reply of emoji alone ("😂😂", "👍🏽!") is common and tells a reader something a row of
    # punctuation does not: named apart, so that such comments can be counted or kept.
    return "emoji-only" if emoji else "no-letters"


def detect(text: str) -> LangResult:
    return detect_batch([text])[0]


def _predict(texts: list[str], k: int) -> tuple[list[list[str]], list]:
    """lid.176's top ``k`` (texts are joined from ``str.split()``: no newline in them)."""
    return predict_lines(_model(), texts, k)


def _lid_probabilities(texts: list[str]) -> list[dict[str, float]]:
    labels, probs = _predict(texts, LID_TOP)
    return [{lab.removeprefix("__label__"): float(p) for lab, p in zip(ls, ps)} for ls, ps in zip(labels, probs)]


def _confusable(lid_label: str, letters: str) -> bool:
    """Whether the fa/ar/ur layer decides a short Arabic-script text lid.176 gave this label."""
    if lid_label in _CONFUSABLE or lid_label not in _ARABIC_SCRIPT_LABELS:
        return True  # "پهلوی" is not Sinhala, "ضربات" not Tagalog
    # Pashto, Kurdish, Sindhi, Kashmiri, Uyghur: kept only when a letter of their own says so
    return _OTHER_SCRIPT_LETTERS.isdisjoint(letters)



# English function words that Finglish does not write: in none of the Finglish training sentences
# (finglish-persian-parallel, hash 30+) nor the Finglish→Persian dictionary. Persian in Latin
# letters does write "to" (تو), "in" (این), "be" (به), "man" (من), so those are not here.
_ENGLISH_ONLY = frozenset("the of is for with it that my have this but was will what your they we not from can "
                          "when about i'm don't it's would there their has been".split())


def _english_words(text: str) -> bool:
    return not _ENGLISH_ONLY.isdisjoint(text.lower().split())


def _mostly_arabic_script(letters: str) -> bool:
    return bool(letters) and len(_ARABIC_SCRIPT.findall(letters)) >= 0.8 * len(letters)


def _english_veto(text: str, lid_label: str, lid_p: float) -> bool:
    """One or two words that lid.176 calls English stay English whatever the Finglish model says
    ("radar", "naval" look Persian to it): a single word at any probability, two words at
    ``SHORT_ENGLISH_VETO`` or more. Known from lid.176 alone, so the Finglish model is not asked.
    The price: one-word Finglish that lid.176 calls English ("merci") stays English."""
    if lid_label != "__label__en":
        return False
    spaces = text.count(" ")  # one-line text: words - 1
    return spaces == 0 or (spaces == 1 and lid_p >= SHORT_ENGLISH_VETO)


def _finglish(text: str, p: float, long_cut: float, short_cut: float) -> bool:
    """Finglish when its model is sure enough (``long_cut``, ``short_cut``: :func:`finglish_threshold`
    for three words or more and for fewer, read once per batch)."""
    return p >= (long_cut if text.count(" ") > 1 else short_cut)


def _prepare(text: str) -> tuple[str, bool, bool, bool] | str:
    """The one-line text lid.176 reads, whether it is plain ASCII, whether it is in Latin letters
    (at least 80 % of its letters ASCII, the texts the Finglish model may be asked about) and
    whether it mixes ASCII letters with others; or why it is ``und``.

    Its letters are collected and counted only when it mixes them: most comments are ASCII
    (English, Finglish) or in one other script, and for those the rules only ask whether a letter
    of a few small sets occurs, a search each (collecting every text's letters into a string and a
    set took about 7 µs per Persian comment, a search under 1 µs)."""
    stripped = _URL.sub(" ", text) if "://" in text or "www." in text or "WWW." in text else text
    if "@" in stripped and "." in stripped:
        stripped = _EMAIL.sub(" ", stripped)
    if "@" in stripped:
        unnamed = _MENTION.sub(" ", stripped)
        if not _LETTER.search(unnamed) and _LETTER.search(stripped):  # "@sara!", "@user @user 👍"
            reason = _und_reason(text, unnamed)
            return "mention-only" if reason in ("url-only", "no-letters") and not _URL.search(text) else reason
        # Only beside other scripts: on Persian tweets the handles made 2,303 of 10,515 "mixed"
        # and 43 English, 9 Mazanderani; short English tweets lean on them (5 of 192 TweetEval
        # tweets of up to six words are no longer English without "@user").
        if not unnamed.isascii():
            stripped = unnamed
    if (not stripped.isascii() or "`" in stripped) and _TYPOGRAPHIC_CHARS.search(stripped):
        stripped = stripped.translate(_TYPOGRAPHIC)  # 12 µs on a Persian comment, the search 1 µs
    if _shouting(stripped):
        stripped = stripped.lower()
    if stripped.isascii():
        if _ASCII_LETTER.search(stripped):
            return " ".join(stripped.split()), True, True, False
        return _und_reason(text, stripped)
    if not _LETTER.search(stripped):
        return _und_reason(text, stripped)
    if _PRESENTATION_FORMS.search(stripped):  # "ﺳﯿﺘﻮ": shaped glyphs, the letters are سیتو
        stripped = unicodedata.normalize("NFKC", stripped)
    if not _ASCII_LETTER.search(stripped):
        return " ".join(stripped.split()), False, False, False
    if not _NON_ASCII_LETTER.search(stripped):  # ASCII letters among emoji or curly quotes
        return " ".join(stripped.split()), False, True, False
    return " ".join(stripped.split()), False, _mostly_latin(_letters(stripped)), True


def _shouting(text: str) -> bool:
    """Written in capitals ("CENTRADO EN UNO MISMO"): lid.176 learnt from normal case and reads
    capitals badly (lingua's English test sentences in capitals 99.8 → 62.6 %, Spanish 98.8 →
    45.0 %), so such text is read in lower case. ``str.isupper``: every cased letter is a
    capital, tested in C (Persian letters have no case, so Persian text is never shouting)."""
    return text.isupper()


def _short_letters(text: str) -> str | None:
    """The letters of a short text (fewer than ``SHORT_WORDS`` spaces) in Arabic script, the
    kind the fa/ar/ur layer may decide; None for any other text."""
    if text.count(" ") >= SHORT_WORDS:
        return None
    letters = _letters(text)
    return letters if _mostly_arabic_script(letters) else None


def _lid_result(label: str, prob: float, text: str, ascii_only: bool, mixed: bool) -> LangResult:
    """lid.176's label, corrected by letters only one of fa, ar, ur writes; with the script mix.

    Persian letters (پ چ ژ گ ی) are shared with Urdu, so they only turn "ar" into "fa"."""
    lang = label[9:]  # after "__label__"
    if ascii_only:  # no Arabic-script letter to weigh, no mix
        if lang == "ar" and _common_persian(text):
            lang = "fa"
        return LangResult(lang, prob)
    if lang in _FA_AR_UR:
        if lang != "ur" and _HAS_UR_ONLY.search(text):
            lang = "ur"
        elif lang == "ar" and _HAS_FA_ONLY.search(text) and not _HAS_AR_ONLY.search(text):
            lang = "fa"
        elif lang == "ar" and not _HAS_AR_WRITTEN.search(text) and _common_persian(text):
            lang = "fa"
    return LangResult(lang, prob, _mix(text, mixed, lang))


def _persian_typed_in_arabic_letters(read: list[tuple[int, str, bool, bool, bool, str | None]], out: list) -> None:
    """Text that lid.176 calls Arabic (or another ``_READ_AGAIN`` label), for its ي / ك / ى
    perhaps, is read again with ی and ک, as Persian typed on an Arabic keyboard or saved in
    Windows-1256 writes them: Persian when lid.176 then says Persian and is at least as sure of it
    as it was of the first label, or when the text also uses a letter (پ چ ژ گ ی) or a word
    (``PERSIAN_ONLY_WORDS``) that Persian writes and Arabic does not. All go to lid.176 in one call.

    Chosen on lingua's sentences hashed 50 and above (not the evaluation's) and on 4–6 words cut
    from them, Persian with ی → ي, ک → ك / Arabic, called right: sentences 89.2 → 99.8 % / 99.8 →
    99.2 %, 4–6 words 63.7 → 96.7 % / 98.5 → 96.8 % (95.8 without the letters). As sure alone: 4–6
    words 92.8 / 96.8; a fixed
    cut of 0.9 on the second reading (first measured on "ar" alone): 82.7 / 97.0; a Persian word
    alone costs Arabic nothing but finds fewer (78.1 % of the 4–6 words, on "ar" alone). On
    SentiPers' 7,415 product reviews, which mix both spellings, Persian 5,887 → 7,336: Arabic
    1,370 → 61, Egyptian Arabic 78 → 0, Sindhi 63 → 1. No Sindhi text is at hand to measure what
    Sindhi, which writes ي, may lose; a text with a letter of its own (or of Pashto, Kurdish…)
    is not read again."""
    again = [(i, text, mixed) for i, text, _, latin, mixed, _ in read
             if not latin and out[i] is not None and out[i].lang in _READ_AGAIN and _HAS_ARABIC_TYPED.search(text)
             and not _HAS_OTHER_SCRIPT_LETTER.search(text)]  # a letter Sindhi (ڪ ٻ ڄ…) writes and Persian does not
    if not again:
        return
    mapped = [text.translate(AS_PERSIAN) for _, text, _ in again]
    labels, probs = _predict(mapped, 1)
    for (i, text, mixed), as_persian, label, p in zip(again, mapped, labels, probs):
        if label[0] == "__label__fa" and (p[0] >= out[i].score or _HAS_FA_ONLY.search(text) or _persian_word(as_persian)):
            out[i] = LangResult("fa", float(p[0]), _mix(text, mixed, "fa"))


def _persian_word(text: str) -> bool:
    return not PERSIAN_ONLY_WORDS.isdisjoint(w.strip(_WORD_EDGES) for w in text.split())


def _english_by_words(read: list[tuple[int, str, bool, bool, bool, str | None]], out: list,
                      english_thread: bool = False) -> None:
    """Short ASCII texts that lid.176 gave to another language without being sure, and that are
    English word by word (see :mod:`.english_words`), become English (score: the share of
    English words). All their words go to lid.176 in one call. In an ``english_thread`` a word
    that lid.176 gives to another language at under ``THREAD_UNSURE`` counts as English too."""
    words: dict[int, list[str]] = {}
    for i, text, ascii_only, latin, _, _ in read:
        result = out[i]
        if not latin or result.lang in ("en", "fa-Latn"):
            continue
        found = candidate_words(text, result.lang, result.score, text if ascii_only else _letters(text))
        if found:
            words[i] = found
    if not words:
        return
    labels, probs = _predict([w for ws in words.values() for w in ws], 1)
    said = iter(zip((lab[0][9:] for lab in labels), (float(p[0]) for p in probs)))
    unsure_below = THREAD_UNSURE if english_thread else 0.0
    for i, ws in words.items():
        word_labels, word_probs = zip(*(next(said) for _ in ws))
        share = english_share(ws, list(word_labels), list(word_probs), unsure_below)
        if share >= ENGLISH_SHARE:
            out[i] = LangResult("en", round(share, 3))


PERSIAN_THREAD = frozenset({"fa", "fa-Latn"})


def _english_thread(texts: list[str], out: list) -> bool:
    """Whether more than half of a thread's comments of three words or more are English (as
    decided before the word-by-word reading): then a short comment's unsure words lean English,
    as a short Arabic-script comment's language leans on its thread (``thread_prior``)."""
    longer = _longer_langs(texts, out)
    return 2 * sum(lang == "en" for lang in longer) > len(longer)


def _longer_langs(texts: list[str], out: list) -> list[str]:
    """The languages given so far to a thread's comments of three words or more, the ones that
    say what language the page is in."""
    return [r.lang for t, r in zip(texts, out) if len(t.split()) >= 3]


def _finglish_in_a_persian_thread(texts: list[str], read: list[tuple[int, str, bool, bool, bool, str | None]],
                                  out: list) -> None:
    """One or two words in Latin letters among a thread's comments that are mostly Persian (in
    either script) are Finglish when the Finglish model gives them the cut of longer texts.

    Alone, one or two words say little: the stricter cut and the English veto keep "radar" and
    "merci" English, and most one-word Finglish with them (``_english_veto``). On a page whose
    longer comments are Persian or Finglish more often than English, a short Latin comment is far
    more likely a reader's Finglish ("merci", "dasti"). Only comments of three words or more
    count, as only the longer ones inform the fa/ar/ur prior (``thread_prior``)."""
    short = [(i, text) for i, text, _, latin, _, _ in read
             if latin and text.count(" ") < 2 and out[i].lang != "fa-Latn"]
    if not short:
        return
    longer = _longer_langs(texts, out)
    if sum(lang in PERSIAN_THREAD for lang in longer) <= sum(lang == "en" for lang in longer):
        return
    cut = finglish_threshold()
    for (i, _), p in zip(short, line_probabilities([tidy(text.lower()) for _, text in short])):
        if p >= cut:
            out[i] = LangResult("fa-Latn", p)


def detect_batch(texts: list[str], thread: bool = False) -> list[LangResult]:
    """The language of each text, with lid.176 and the Finglish model each called once for all.

    A text takes one of three ways: lid.176's label (corrected by letters), the Finglish model
    for Latin-script text lid.176 is not sure is English, or the fa/ar/ur layer for short
    Arabic-script text. ``thread``: the texts are the comments of one thread, and the languages
    of its longer comments are the fa/ar/ur layer's prior for the short ones (``thread_prior``);
    on a mostly Persian thread one or two Latin words may be Finglish at the longer texts' cut
    (``_finglish_in_a_persian_thread``)."""
    out: list[LangResult | None] = [None] * len(texts)
    # A short Arabic-script text without a letter of Pashto, Kurdish, Sindhi, Kashmiri or Uyghur
    # goes to the fa/ar/ur layer whatever lid.176 calls it (see ``_confusable``); while that layer
    # gives lid.176's probabilities no weight (the weight chosen at present is 0), lid.176 need
    # not read it at all.
    model = ngram_model()
    unread = model is not None and not model.lid_weight
    # slot, text, plain ASCII, Latin script, mixed scripts, letters if short and Arabic script
    read: list[tuple[int, str, bool, bool, bool, str | None]] = []
    # slot, text, its letters, mixed scripts, lid.176's label and probability (none when it does not read it)
    short: list[tuple[int, str, str, bool, str, float]] = []
    for i, t in enumerate(texts):
        prepared = _prepare(t)
        if isinstance(prepared, str):
            out[i] = LangResult("und", 0.0, None, prepared)
            continue
        text, ascii_only, latin, mixed = prepared
        letters = None if latin else _short_letters(text)
        if unread and letters is not None and _OTHER_SCRIPT_LETTERS.isdisjoint(letters):
            short.append((i, text, letters, mixed, "", 0.0))
        else:
            read.append((i, text, ascii_only, latin, mixed, letters))
    if read:
        labels, probs = _predict([r[1] for r in read], 1)
    else:
        labels = probs = []
    # Latin texts may be Finglish, short Arabic-script ones go to the fa/ar/ur layer (a Latin
    # text is never also mostly Arabic script), the others keep lid.176's label.
    # Texts lid.176 is sure are English skip the Finglish model: at 0.9 that is half of English
    # tweets and 0.1 % of Finglish sentences (2 of 1,922 in finglish-persian-parallel).
    # So do texts it calls English that use an English function word ("the", "was"): none of the
    # 1,354 Finglish training sentences does, and 96 % of the English validation tweets it is
    # unsure about do (TweetEval sentiment val); and one or two words it calls English, which
    # stay English whatever the Finglish model says (``_english_veto``).
    latin_texts: list[tuple[int, str, bool, bool, str, float]] = []
    for (i, text, ascii_only, latin, mixed, letters), top_labels, p in zip(read, labels, probs):
        label, prob = top_labels[0], float(p[0])
        if latin:
            if label == "__label__en" and (prob >= ENGLISH_SURE or _english_words(text)
                                           or _english_veto(text, label, prob)):
                out[i] = _lid_result(label, prob, text, ascii_only, mixed)
            else:
                latin_texts.append((i, text, ascii_only, mixed, label, prob))
        elif letters is not None and _confusable(label[9:], letters):
            short.append((i, text, letters, mixed, label, prob))
        else:
            out[i] = _lid_result(label, prob, text, ascii_only, mixed)
    _persian_typed_in_arabic_letters(read, out)
    if latin_texts:
        long_cut, short_cut = finglish_threshold(), finglish_threshold(short=True)
        fing = line_probabilities([tidy(x[1].lower()) for x in latin_texts])  # one line already: clean() less a split
        for (i, text, ascii_only, mixed, label, prob), p in zip(latin_texts, fing):
            if _finglish(text, p, long_cut, short_cut):
                out[i] = LangResult("fa-Latn", p)
            else:
                out[i] = _lid_result(label, prob, text, ascii_only, mixed)
    if short:
        # The fa/ar/ur layer weighs lid.176's top ten, asked again for the short texts only (its
        # weights were chosen with ten; three from the first call gave 91.3 % development accuracy
        # against 91.4 %, for about a tenth of the time). Not asked while that weight is 0.
        if model is not None and model.lid_weight:
            short_lid = _lid_probabilities([s[1] for s in short])
        else:
            short_lid = [{}] * len(short)
        # The longer comments are decided by now, and only they inform the prior: a short
        # comment's neighbours that are short too are no surer than it is.
        prior = thread_prior(r.lang for r in out if r is not None) if thread else None
        for (i, text, letters, mixed, label, prob), lid in zip(short, short_lid):
            decided = short_text_language(text, set(letters), lid, model, prior)
            if decided:
                out[i] = LangResult(decided[0], decided[1], _mix(text, mixed, decided[0]))
            else:  # no n-gram model: then lid.176 has read every text
                out[i] = _lid_result(label, prob, text, False, mixed)
    _english_by_words(read, out, thread and _english_thread(texts, out))
    if thread:
        _finglish_in_a_persian_thread(texts, read, out)
    _languages_by_line(texts, out)
    return out  # type: ignore[return-value]  # every slot is filled above


# A comment written in two languages line by line (a French reader's text, then its English
# version; an English comment quoting a Spanish verse) was given one language, read from all its
# lines run together, and no mix: each line long enough to judge is read on its own.
LINE_MIN_LETTERS = 30
LINE_SURE = 0.8  # a line's own language counts at or above this; an unsure line goes with the text's
# A text read as one language at this or above is not read again line by line: two languages of
# 15 % or more each leave the whole text's reading unsure (the five such comments among the fit
# pages' 3,965 were read at 0.73 to 0.86), and reading every line again doubled the time langid took
# on those comments.
WHOLE_SURE = 0.9


def _languages_by_line(texts: list[str], out: list) -> None:
    """Give a comment of several lines whose lines are in different languages (each at least
    ``MIX_MIN_SHARE`` of its letters) the languages' shares, and the language most of its letters
    are in. Only comments without a mix of scripts already, with two or more lines of
    ``LINE_MIN_LETTERS`` letters; all such lines are read in one batch. The score stays the whole
    comment's when its language stays; a language the lines give it instead scores its share of
    the letters, the surest figure there is for it."""
    slots: list[tuple[int, list[tuple[str, int]]]] = []
    lines: list[str] = []
    for i, text in enumerate(texts):
        result = out[i]
        if result.lang == "und" or result.mix is not None or result.score >= WHOLE_SURE or "\n" not in text.strip():
            continue
        parts = [(line, len(_letters(line))) for line in text.split("\n")]
        parts = [(line, n) for line, n in parts if n]
        if sum(n >= LINE_MIN_LETTERS for _, n in parts) < 2:
            continue
        slots.append((i, parts))
        lines += [line for line, n in parts if n >= LINE_MIN_LETTERS]
    if not slots:
        return
    read = iter(detect_batch(lines))
    for i, parts in slots:
        main = out[i].lang
        letters: dict[str, int] = {}
        for line, n in parts:
            lang = main
            if n >= LINE_MIN_LETTERS:
                r = next(read)
                if r.score >= LINE_SURE and r.lang != "und":
                    lang = r.lang
            letters[lang] = letters.get(lang, 0) + n
        total = sum(letters.values())
        shares = {lang: round(n / total, 3) for lang, n in sorted(letters.items(), key=lambda kv: -kv[1])
                  if n >= MIX_MIN_SHARE * total}
        if len(shares) < 2:
            continue
        top = next(iter(shares))
        out[i] = LangResult(top, out[i].score if top == main else shares[top], shares)
