"""First version: rules for ``und`` and Arabic-script letters, lid.176 for the rest."""

from __future__ import annotations

import re
import string
import unicodedata
from functools import lru_cache
from importlib import resources

from ..lexicon import persian_frequencies
from ..records import LangResult
from .arabic_script import UR_ONLY, ngram_model, short_text_language
from .english_words import ENGLISH_SHARE, candidate_words, english_share
from .finglish import finglish_probability, predict_lines
from .finglish import threshold as finglish_threshold

_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
SHORT_ENGLISH_VETO = 0.5
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
_ASCII_LETTERS = frozenset(string.ascii_letters)  # the only ASCII characters ``_letters`` keeps


def _mix(letters: str, letterset: set[str], lang: str) -> dict[str, float] | None:
    """Shares of the two scripts' languages when a comment mixes them (each at least 15 % of its letters).

    The Arabic-script part is named by its letters (Urdu, Persian, else Arabic) unless it is
    the main language; the Latin part is English unless it is the main language.
    """
    if letters.isascii() or letterset.isdisjoint(_ASCII_LETTERS):
        return None  # one script only: the common case, decided without counting
    arabic, latin = len(_ARABIC_SCRIPT.findall(letters)), len(_LATIN.findall(letters))
    total = arabic + latin
    if not total or min(arabic, latin) < MIX_MIN_SHARE * total:
        return None
    if lang in {"fa", "ar", "ur", "ps", "ku", "ckb"}:
        arabic_lang, latin_lang = lang, "en"
    else:
        arabic_lang = ("ur" if letterset & _UR_ONLY else "fa" if letterset & _FA_ONLY or not letterset & _AR_ONLY
                       else "ar")
        latin_lang = lang
    return {arabic_lang: round(arabic / total, 3), latin_lang: round(latin / total, 3)}


def _mostly_latin(letters: str) -> bool:
    # Letters are word characters; their ASCII ones are exactly a-z and A-Z.
    return bool(letters) and len(letters.encode("ascii", "ignore")) >= 0.8 * len(letters)


def _und_reason(text: str, stripped: str, letters: str) -> str | None:
    if not text.strip():
        return "empty"
    if not letters:
        if not stripped.strip():
            return "url-only"
        if any(ch.isdigit() for ch in stripped) and not any(
            unicodedata.category(ch) == "So" for ch in stripped
        ):
            return "digits-only"
        return "no-letters"
    return None


def _without_urls(text: str) -> str:
    return _URL.sub(" ", text) if "://" in text or "www." in text or "WWW." in text else text


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


def _finglish(text: str, p: float, lid_label: str, lid_p: float, long_cut: float, short_cut: float) -> bool:
    """Finglish when its model is sure enough (``long_cut``, ``short_cut``: :func:`finglish_threshold`
    for three words or more and for fewer, read once per batch); for one or two words also only
    when lid.176 does not say English ("radar", "naval" look Persian to the Finglish model). The
    price: one-word Finglish that lid.176 calls English ("merci") stays English."""
    spaces = text.count(" ")  # one-line text: words - 1
    if spaces > 1:
        return p >= long_cut
    veto = 0.0 if spaces == 0 else SHORT_ENGLISH_VETO  # a single word lid.176 calls English stays English
    return p >= short_cut and not (lid_label == "__label__en" and lid_p >= veto)


def _prepare(text: str) -> tuple[str, str, bool] | str:
    """The one-line text lid.176 reads, its letters and whether it is plain ASCII; or why it is ``und``.

    Most comments are ASCII (English, Finglish): their letters are only ever asked whether
    there are any and whether they are Latin, so they are not collected (a third of the
    time of the whole stage went into collecting them)."""
    stripped = _without_urls(text)
    if _shouting(stripped):
        stripped = stripped.lower()
    if stripped.isascii():
        if _ASCII_LETTER.search(stripped):
            return " ".join(stripped.split()), stripped, True
        return _und_reason(text, stripped, "") or "no-letters"
    found = _letters(stripped)
    reason = _und_reason(text, stripped, found)
    if reason:
        return reason
    if _PRESENTATION_FORMS.search(stripped):  # "ﺳﯿﺘﻮ": shaped glyphs, the letters are سیتو
        stripped = unicodedata.normalize("NFKC", stripped)
        found = _letters(stripped)
    return " ".join(stripped.split()), found, False


_ASCII_LETTER = re.compile(r"[A-Za-z]")


def _shouting(text: str) -> bool:
    """Written in capitals ("CENTRADO EN UNO MISMO"): lid.176 learnt from normal case and reads
    capitals badly (lingua's English test sentences in capitals 99.8 → 62.6 %, Spanish 98.8 →
    45.0 %), so such text is read in lower case. ``str.isupper``: every cased letter is a
    capital, tested in C (Persian letters have no case, so Persian text is never shouting)."""
    return text.isupper()


def _english_by_words(read: list[int], clean: list[str], labels: list, top: list[float], letters: list[str],
                      ascii_only: list[bool], fing: dict, short: dict) -> dict[int, float]:
    """Short ASCII texts lid.176 gives to another language without being sure, that are English
    word by word (see :mod:`.english_words`): index → share of English words. All their words
    go to lid.176 in one call."""
    words: dict[int, list[str]] = {}
    for n in read:
        if n in fing or n in short:
            continue
        found = candidate_words(clean[n], labels[n][0][9:], top[n], clean[n] if ascii_only[n] else letters[n])
        if found:
            words[n] = found
    if not words:
        return {}
    flat = [w for ws in words.values() for w in ws]
    word_labels = iter(lab[0][9:] for lab in _predict(flat, 1)[0])
    out = {}
    for n, ws in words.items():
        share = english_share(ws, [next(word_labels) for _ in ws])
        if share >= ENGLISH_SHARE:
            out[n] = round(share, 3)
    return out


def detect_batch(texts: list[str]) -> list[LangResult]:
    out: list[LangResult | None] = []
    todo: list[int] = []
    clean: list[str] = []
    letters: list[str] = []
    ascii_only: list[bool] = []
    for i, t in enumerate(texts):
        prepared = _prepare(t)
        if isinstance(prepared, str):
            out.append(LangResult("und", 0.0, None, prepared))
            continue
        out.append(None)
        todo.append(i)
        clean.append(prepared[0])
        letters.append(prepared[1])
        ascii_only.append(prepared[2])
    if not todo:
        return out  # type: ignore[return-value]  # every text is und
    # A short Arabic-script text without a letter of Pashto, Kurdish, Sindhi, Kashmiri or Uyghur
    # goes to the fa/ar/ur layer whatever lid.176 calls it (see ``_confusable``); while that layer
    # gives lid.176's probabilities no weight (the weight chosen at present is 0), lid.176 need
    # not read it at all.
    model = ngram_model()
    unread = model is not None and not model.lid_weight
    read: list[int] = []
    short: list[int] = []
    for n, text in enumerate(clean):
        if (unread and not ascii_only[n] and text.count(" ") < SHORT_WORDS
                and _OTHER_SCRIPT_LETTERS.isdisjoint(letters[n]) and _mostly_arabic_script(letters[n])):
            short.append(n)
        else:
            read.append(n)
    labels: list = [None] * len(clean)
    top = [0.0] * len(clean)
    if read:
        read_labels, read_probs = _predict([clean[n] for n in read], 1)
        for n, lab, p in zip(read, read_labels, read_probs):
            labels[n] = lab
            top[n] = float(p[0])
    # One pass sorts the other texts: Latin ones may be Finglish, short Arabic-script ones go to
    # the fa/ar/ur layer (a Latin text is never also mostly Arabic script).
    # Texts lid.176 is sure are English skip the Finglish model: at 0.9 that is half of English
    # tweets and 0.1 % of Finglish sentences (2 of 1,922 in finglish-persian-parallel).
    # So do texts it calls English that use an English function word ("the", "was"): none of the
    # 1,354 Finglish training sentences does, and 96 % of the English validation tweets it is
    # unsure about do (TweetEval sentiment val).
    latin: list[int] = []
    for n in read:
        lab = labels[n]
        if ascii_only[n] or _mostly_latin(letters[n]):
            if not (lab[0] == "__label__en" and (top[n] >= ENGLISH_SURE or _english_words(clean[n]))):
                latin.append(n)
        elif (clean[n].count(" ") < SHORT_WORDS and _confusable(lab[0][9:], letters[n])
              and _mostly_arabic_script(letters[n])):
            short.append(n)
    fing = {}
    if latin:
        long_cut, short_cut = finglish_threshold(), finglish_threshold(short=True)
        for n, p in zip(latin, finglish_probability([clean[n] for n in latin])):
            if _finglish(clean[n], p, labels[n][0], top[n], long_cut, short_cut):
                fing[n] = float(p)
    # The fa/ar/ur layer weighs lid.176's top ten, asked again for the short texts only (its
    # weights were chosen with ten; three from the first call gave 91.3 % development accuracy
    # against 91.4 %, for about a tenth of the time). Not asked while that weight is 0.
    if short and not unread and model is not None and model.lid_weight:
        short_lid = dict(zip(short, _lid_probabilities([clean[n] for n in short])))
    else:
        short_lid = dict.fromkeys(short, {})
    english = _english_by_words(read, clean, labels, top, letters, ascii_only, fing, short_lid)
    for n, (i, text, lab, prob) in enumerate(zip(todo, clean, labels, top)):
        if n in english:
            out[i] = LangResult("en", english[n])
            continue
        if n in fing:
            out[i] = LangResult("fa-Latn", fing[n])
            continue
        if n in short_lid:
            letterset = set(letters[n])
            decided = short_text_language(text, letterset, short_lid[n], model)
            if decided:
                out[i] = LangResult(decided[0], decided[1], _mix(letters[n], letterset, decided[0]))
                continue
        lang = lab[0][9:]  # after "__label__"
        if ascii_only[n] and lang not in _FA_AR_UR:
            out[i] = LangResult(lang, prob)  # no Arabic-script letter to weigh, no mix
            continue
        letterset = set(letters[n])
        # Letters only one of the three languages writes override lid.176's guess;
        # Persian letters (پ چ ژ گ ی) are shared with Urdu, so they only turn "ar" into "fa".
        if lang in _FA_AR_UR:
            if letterset & _UR_ONLY:
                lang = "ur"
            elif lang == "ar" and letterset & _FA_ONLY and not letterset & _AR_ONLY:
                lang = "fa"
            elif lang == "ar" and not letterset & _AR_WRITTEN and _common_persian(text):
                lang = "fa"
        out[i] = LangResult(lang, prob, _mix(letters[n], letterset, lang))
    return out  # type: ignore[return-value]  # every slot is filled above
