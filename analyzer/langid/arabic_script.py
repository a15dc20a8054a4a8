"""Persian, Arabic or Urdu for short Arabic-script text: letters first, then a character n-gram model.

lid.176 is right on sentences and unsure on one or two words, where it calls most Urdu
Persian and some of it Western Punjabi (``pnb``) or South Azerbaijani (``azb``). Here:

1. letters only one language writes decide (Urdu ے ں ٹ ڈ ڑ ھ ہ ۓ ۔);
2. otherwise a naive Bayes model over character 1–4-grams of each word (with word
   boundaries) and over how common each word is in Persian Wikipedia (six frequency
   bands: 70 % of Persian test words have 100+ occurrences, 18 % of Urdu and 3 % of
   Arabic ones) is combined with lid.176's probabilities for the three languages:
   ``score = log P_ngram(lang | text) + FREQ_WEIGHT · Σ log P(band | lang)
   + LEX_WEIGHT · Σ log f_lang(word) + LID_WEIGHT · log P_lid176(lang)``,
   where ``f_lang`` is the word's frequency in wordfreq's list for that language (floored
   at 10⁻⁷). One word rarely says its language by its letters: ممکن, تعارف, خوشی are all
   Urdu and Persian; how often each language uses it is the best evidence there is.

The n-gram model is trained by ``analyzer train langid`` on lingua's test *sentences*
whose hash is at least 50 (Apache-2.0, Leipzig CC BY); the other half of the sentences
and all word pairs and single words stay for ``analyzer evaluate langid``. The two
weights are chosen on word pairs and single words cut from the training sentences.
Stored as plain arrays (``.npz``: an n-gram vocabulary and a log-probability matrix);
the word frequencies as a gzipped TSV taken from the ``wordfreq`` package's "small" lists
(CC BY-SA 4.0, see ``data/README.md``) when the model is trained.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import tarfile
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..inputs_digest import lines_digest
from ..typography import AS_PERSIAN

MODEL_PATH = Path(__file__).resolve().parents[1] / "resources" / "langid" / "fa-ar-ur.npz"
WORDS_PATH = MODEL_PATH.with_name("wordfreq-fa-ar-ur.tsv.gz")
LANGS = ("fa", "ar", "ur")
MAX_N = 4
UR_ONLY = frozenset("ےںٹڈڑھہۓ۔")
FA_ONLY = frozenset("پچژگ")
SMOOTHING = 0.1
WORD_CACHE = 200_000
BANDS = (1, 10, 100, 1000, 10000)  # Persian Wikipedia counts: 0, 1–9, …, 10,000+
_PUNCT = '.,،؛:!?()"«»۔'
# Bands are counted on words of this length or more: short function words are frequent in
# all three languages' sentences but say little about the content words comments are made of.
CONTENT_WORD = 4


LEX_FLOOR = -7.0  # log10 of the frequency given to a word a list does not hold


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, tuple[float, float, float]]:
    """log10 frequency of each listed word in fa, ar, ur (``LEX_FLOOR`` where a list lacks it)."""
    import gzip

    if not WORDS_PATH.exists():
        return {}
    out = {}
    with gzip.open(WORDS_PATH, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, *cents = line.rstrip("\n").split("\t")
            out[word] = tuple(int(c) / 100 if c else LEX_FLOOR for c in cents)
    return out


def _listed(word: str) -> tuple[float, float, float] | None:
    """The word's frequencies in the three lists. Persian is often typed with Arabic ي and ك
    (older keyboards): a word the Arabic list does not hold as typed is also looked up in the
    Persian and Urdu lists under Persian letters ("بسيارى" is بسیاری)."""
    table = word_frequencies()
    found = table.get(word)
    if found is not None and found[1] > LEX_FLOOR:
        return found
    mapped = word.translate(AS_PERSIAN)
    other = table.get(mapped) if mapped != word else None
    if other is None:
        return found
    if found is None:
        return (other[0], LEX_FLOOR, other[2])
    return (max(found[0], other[0]), found[1], max(found[2], other[2]))


def band(word: str) -> int:
    from ..lexicon import persian_frequencies

    count = persian_frequencies().get(word.strip(_PUNCT), 0)
    return sum(count >= b for b in BANDS)


def ngrams(text: str) -> list[str]:
    out = []
    for word in text.split():
        padded = f" {word} "
        for n in range(1, MAX_N + 1):
            out.extend(padded[i:i + n] for i in range(len(padded) - n + 1) if padded[i:i + n].strip())
    return out


_LN10 = math.log(10)
_FLOOR3 = (LEX_FLOOR * _LN10,) * 3


class NgramModel:
    """Multinomial naive Bayes over character n-grams, uniform class priors."""

    def __init__(self, vocab: list[str], log_prob: np.ndarray, band_log_prob: np.ndarray,
                 lid_weight: float, freq_weight: float, lex_weight: float = 0.0, temperature: float = 1.0) -> None:
        self.index = {g: i for i, g in enumerate(vocab)}
        self.log_prob = log_prob  # (len(vocab), 3)
        self.band_log_prob = band_log_prob  # (len(BANDS) + 1, 3)
        self.lid_weight = lid_weight
        self.freq_weight = freq_weight
        self.lex_weight = lex_weight
        # The score is a naive Bayes sum: its words' evidence counted as independent, and the
        # word-frequency term weighed 16 times, so it is sure of itself far beyond its accuracy
        # (wrong single words at 0.9999). Dividing by this temperature, fitted on held-out pieces
        # by log loss, makes its probabilities mean what they say; the decision alone is unchanged.
        self.temperature = temperature

    @classmethod
    def fit(cls, texts: list[str], labels: list[str], lid_weight: float = 0.3,
            freq_weight: float = 1.0, weights: list[float] | None = None, lex_weight: float = 0.0) -> "NgramModel":
        counts: dict[str, np.ndarray] = {}
        bands = np.ones((len(BANDS) + 1, 3))
        for n, (text, label) in enumerate(zip(texts, labels)):
            k = LANGS.index(label)
            w = weights[n] if weights else 1.0
            for g in ngrams(text):
                counts.setdefault(g, np.zeros(3))[k] += w
            for word in text.split():
                if len(word.strip(_PUNCT)) >= CONTENT_WORD and not any(ch.isdigit() for ch in word):
                    bands[band(word), k] += w
        vocab = sorted(counts)
        matrix = np.array([counts[g] for g in vocab]) + SMOOTHING
        log_prob = np.log(matrix / matrix.sum(axis=0, keepdims=True)).astype(np.float32)
        band_log_prob = np.log(bands / bands.sum(axis=0, keepdims=True)).astype(np.float32)
        return cls(vocab, log_prob, band_log_prob, lid_weight, freq_weight, lex_weight)

    def log_scores(self, text: str) -> list[float]:
        """Unnormalised log-likelihood per language: a sum over words, each word scored once."""
        scores = [0.0, 0.0, 0.0]
        bands = self.band_log_prob.tolist()
        w, x = self.freq_weight, self.lex_weight
        for word in text.split():
            v, b, lex = self._word(word)
            f = bands[b]
            scores = [scores[0] + v[0] + w * f[0] + x * lex[0], scores[1] + v[1] + w * f[1] + x * lex[1],
                      scores[2] + v[2] + w * f[2] + x * lex[2]]
        return scores

    def _word(self, word: str) -> tuple[tuple[float, float, float], int, tuple[float, float, float]]:
        """A word's summed n-gram log-probabilities, its frequency band and its listed
        frequencies (natural log, as the rest of the score); comments repeat
        words, so each is computed once (plain floats: numpy's per-call cost outweighs three
        numbers). The weights are applied per call, so changing them needs no new cache."""
        cache = self.__dict__.setdefault("_words", {})
        hit = cache.get(word)
        if hit is not None:
            return hit
        table = self.__dict__.get("_table")
        if table is None:
            table = self.__dict__["_table"] = dict(zip(self.index, map(tuple, self.log_prob.tolist())))
        a = b = c = 0.0
        for g in ngrams(word):
            row = table.get(g)
            if row is not None:
                a, b, c = a + row[0], b + row[1], c + row[2]
        lex = _listed(word.strip(_PUNCT))
        lex = tuple(v * _LN10 for v in lex) if lex else _FLOOR3
        out = ((a, b, c), band(word), lex)
        if len(cache) < WORD_CACHE:
            cache[word] = out
        return out

    def combined_scores(self, text: str, lid: dict[str, float]) -> list[float]:
        """The n-gram, band and word-frequency score of each language, with lid.176's term at its weight."""
        scores = self.log_scores(text)
        if self.lid_weight:  # at weight 0 (the shipped model) the term adds exactly nothing
            scores = [s + self.lid_weight * math.log(max(lid.get(lang, 0.0), 1e-4)) for s, lang in zip(scores, LANGS)]
        return scores

    def decide(self, text: str, lid: dict[str, float],
               prior: tuple[float, float, float] | None = None) -> tuple[str, float]:
        """(language, its calibrated probability) for one short text; ``prior`` (fa, ar, ur
        probabilities, e.g. from the other comments of its thread) weighs in when given."""
        scores = [s / self.temperature for s in self.combined_scores(text, lid)]
        if prior is not None:
            scores = [s + math.log(p) for s, p in zip(scores, prior)]
        top = max(scores)
        weights = [math.exp(s - top) for s in scores]
        best = scores.index(top)
        return LANGS[best], weights[best] / sum(weights)

    def save(self, path: Path = MODEL_PATH, inputs: str = "") -> None:
        """``inputs``: :func:`training_digest` of the texts it was built from, kept beside the arrays."""
        vocab = sorted(self.index, key=self.index.get)
        with path.open("wb") as fh:  # np.savez stamps no paths; the arrays decide the bytes
            np.savez_compressed(fh, vocab=np.array(vocab, dtype=f"<U{MAX_N}"), log_prob=self.log_prob,
                                band_log_prob=self.band_log_prob,
                                weights=np.array([self.lid_weight, self.freq_weight, self.lex_weight,
                                                  self.temperature], dtype=np.float32),
                                inputs=np.array(inputs))


def shipped_inputs(path: Path = MODEL_PATH) -> str:
    """The digest of the texts the shipped model was built from ("" for a file written before)."""
    with np.load(path, allow_pickle=False) as data:
        return str(data["inputs"]) if "inputs" in data.files else ""


@lru_cache(maxsize=1)
def ngram_model() -> NgramModel | None:
    if not MODEL_PATH.exists():
        return None
    with np.load(MODEL_PATH, allow_pickle=False) as data:
        lid_weight, freq_weight, *rest = (float(w) for w in data["weights"])
        return NgramModel(data["vocab"].tolist(), data["log_prob"], data["band_log_prob"], lid_weight, freq_weight,
                          rest[0] if rest else 0.0, rest[1] if len(rest) > 1 else 1.0)


def letter_decision(letters: set[str]) -> str | None:
    if letters & UR_ONLY:
        return "ur"
    return None


def short_text_language(text: str, letters: set[str], lid: dict[str, float],
                        model: "NgramModel | None" = None,
                        prior: tuple[float, float, float] | None = None) -> tuple[str, float] | None:
    """fa / ar / ur for a short Arabic-script text, or None when no model is shipped."""
    by_letter = letter_decision(letters)
    if by_letter:
        return by_letter, 1.0
    model = model or ngram_model()
    if model is None:
        return None
    return model.decide(text, lid, prior)


def thread_prior(langs: Iterable[str]) -> tuple[float, float, float] | None:
    """How likely a short comment is Persian, Arabic or Urdu from the languages of the other
    comments of its thread: their counts among the three (Finglish counting as Persian), plus one
    each (Laplace), or None when none of them is in one of the three.

    One word rarely says its language (مختلف, دنیا, شامل are common in all three); the thread it
    stands in does: a one-word comment among Persian comments is Persian unless its own evidence
    outweighs its neighbours'."""
    counts = [0, 0, 0]
    for lang in langs:
        lang = "fa" if lang == "fa-Latn" else lang  # Finglish is written by Persian speakers too
        if lang in LANGS:
            counts[LANGS.index(lang)] += 1
    total = sum(counts)
    if not total:
        return None
    return tuple((c + 1) / (total + 3) for c in counts)  # type: ignore[return-value]



# -- training (``analyzer train langid``) ---------------------------------------------------
TRAIN_FROM_BUCKET = 50  # lingua sentences hashed below this are the evaluation's
DEV_BUCKETS = (50, 65)  # while choosing the lid.176 weight, these are cut into pairs and words
LID_WEIGHTS = (0.0, 0.3, 0.5, 1.0, 2.0)
FREQ_WEIGHTS = (0.0, 0.5, 1.0, 2.0, 4.0, 8.0)
LEX_WEIGHTS = (0.0, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0)
COMMENTS = 3000
COMMENT_WEIGHTS = (0.0, 0.1, 0.3, 1.0)


WORDFREQ_LIST = "small"  # wordfreq's lists for fa and ur exist only in this size; ar is cut to match


def write_word_frequencies(path: Path = WORDS_PATH) -> int:
    """The fa/ar/ur word table from the ``wordfreq`` package (installed by the ``train`` extra):
    every word of the three "small" lists (frequency ≥ 10⁻⁶), log10 frequency in centibels,
    sorted, so the file is the same on every run."""
    from ..lexicon import write_gzip_text

    try:
        from wordfreq import get_frequency_dict
    except ImportError as exc:
        raise RuntimeError("training the language model needs wordfreq: pip install -e '.[train]'") from exc
    lists = [get_frequency_dict(lang, WORDFREQ_LIST) for lang in LANGS]
    words = sorted(set().union(*lists))
    lines = []
    for word in words:
        if not word or any(ch in word for ch in "\t\n"):
            continue
        cents = [str(round(100 * math.log10(f[word]))) if word in f else "" for f in lists]
        lines.append("\t".join([word, *cents]) + "\n")
    write_gzip_text(path, "".join(lines))
    word_frequencies.cache_clear()
    return len(lines)


def lingua_archive(data: Path, langs: Iterable[str]) -> dict[tuple[str, str], list[str]]:
    """(kind, language) → the lines of lingua's full test archive for ``langs``, every kind
    (sentences, single words, word pairs), in one pass over the archive: only the six languages
    the evaluation scores are unpacked beside it."""
    wanted = set(langs)
    out: dict[tuple[str, str], list[str]] = {}
    with tarfile.open(data / "langid-lingua-testdata" / "language-testdata_all.tar.gz") as tar:
        for member in tar:
            kind, _, name = member.name.rpartition("/")
            if member.isfile() and name.endswith(".txt") and name[:-4] in wanted:
                raw = tar.extractfile(member).read().decode("utf-8")
                out[(kind.rsplit("/", 1)[-1], name[:-4])] = [line.strip() for line in raw.splitlines() if line.strip()]
    return out


def lingua_sentences(data: Path) -> dict[str, list[str]]:
    folder = data / "langid-lingua-testdata"
    return {lang: [line.strip() for line in (folder / f"sentences__{lang}.txt").read_text(encoding="utf-8").splitlines()
                   if line.strip()] for lang in LANGS}


def _pieces(sentence: str, seed: int) -> list[tuple[str, str]]:
    """One word pair and one single word cut from a sentence, as comments are short."""
    import random

    rng = random.Random(seed)
    words = [w.strip('.,،؛:!?()"«»۔') for w in sentence.split()]
    words = [w for w in words if w and not any(ch.isdigit() for ch in w)]
    if len(words) < 2:
        return []
    i = rng.randrange(len(words) - 1)
    return [("word-pairs", " ".join(words[i:i + 2])), ("single-words", words[rng.randrange(len(words))])]


def persian_comments(data: Path, limit: int = COMMENTS) -> list[str]:
    """Real Persian comments (SnappFood, ParsOffensive, Pars-OFF training parts) for the fa class.

    lingua's sentences are news prose; comments say ممنونم and خیلی. Only texts written with
    Persian ی/ک (no Arabic ي/ك) are taken, so the model does not learn Arabic letters as Persian.
    """
    from ..classify.datasets import parsoff, parsoffensive, snappfood

    texts = []
    for load in (snappfood, parsoffensive, parsoff):
        texts += [t for t, _ in load(data)[0]]
    texts = [" ".join(t.split()) for t in texts if not set(t) & set("يكة") and _mostly_arabic(t)]
    return sorted(texts, key=lambda t: hashlib.sha1(t.encode("utf-8")).hexdigest())[:limit]


def _mostly_arabic(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum("\u0600" <= ch <= "\u06ff" for ch in letters) >= 0.9 * len(letters)


def training_digest(data: Path) -> str:
    """A digest of every text training reads (``inputs_digest.lines_digest``): lingua's sentences by
    language, then the Persian comments, which come from the classifiers' training parts."""
    return _digest(lingua_sentences(data), persian_comments(data, 2 * COMMENTS))


def _digest(sentences: dict[str, list[str]], comments: list[str]) -> str:
    return lines_digest([f"{lang}\t{text}" for lang, items in sorted(sentences.items()) for text in items]
                        + [f"comment\t{text}" for text in comments])


def train(data: Path, lid_probabilities) -> tuple[NgramModel, dict]:
    """Fit on lingua sentences (hash ≥ 65) plus weighted Persian comments, choose the weights
    on pieces of lingua sentences hashed 50–64 and of other Persian comments, refit on all."""
    from ..classify.datasets import bucket

    write_word_frequencies()
    sentences = lingua_sentences(data)
    all_comments = persian_comments(data, 2 * COMMENTS)
    comments, dev_comments = all_comments[:COMMENTS], all_comments[COMMENTS:]
    fit, dev = ([], []), []
    for lang, items in sentences.items():
        for s in items:
            b = bucket(s)
            if b >= DEV_BUCKETS[1]:
                fit[0].append(s)
                fit[1].append(lang)
            elif b >= DEV_BUCKETS[0]:
                dev += [(kind, text, lang) for kind, text in _pieces(s, b)]
    dev += [("comments", text, "fa") for c in dev_comments[:500] for _, text in _pieces(c, bucket(c))]
    lids = lid_probabilities([text for _, text, _ in dev])
    best, chosen = None, None
    for comment_weight in COMMENT_WEIGHTS:
        model = NgramModel.fit(fit[0] + comments, fit[1] + ["fa"] * len(comments),
                               weights=[1.0] * len(fit[0]) + [comment_weight] * len(comments))
        for weight, freq_weight, lex_weight in itertools.product(LID_WEIGHTS, FREQ_WEIGHTS, LEX_WEIGHTS):
            model.lid_weight, model.freq_weight, model.lex_weight = weight, freq_weight, lex_weight
            cells: dict[tuple[str, str], list[bool]] = {}
            for (kind, text, lang), lid in zip(dev, lids):
                cells.setdefault((kind, lang), []).append(short_text_language(text, set(text), lid, model)[0] == lang)
            # mean accuracy over the cells, so Urdu counts as much as Persian
            score = float(np.mean([np.mean(v) for v in cells.values()]))
            if best is None or score > best[0] + 1e-9:
                best = (score, weight, freq_weight, comment_weight, lex_weight)
                chosen = model  # fitted without the choose pieces: it sets the temperature below
    assert best is not None and chosen is not None  # the grids are not empty
    _, lid_weight, freq_weight, comment_weight, lex_weight = best
    chosen.lid_weight, chosen.freq_weight, chosen.lex_weight = lid_weight, freq_weight, lex_weight
    temperature, dev_log_loss = _temperature(chosen, dev, lids)
    texts, labels = [], []
    for lang, items in sentences.items():
        for s in items:
            if bucket(s) >= TRAIN_FROM_BUCKET:
                texts.append(s)
                labels.append(lang)
    final = NgramModel.fit(texts + comments, labels + ["fa"] * len(comments), lid_weight, freq_weight,
                           weights=[1.0] * len(texts) + [comment_weight] * len(comments), lex_weight=lex_weight)
    final.temperature = temperature
    meta = {"sentences": len(texts), "persian_comments": len(comments), "comment_weight": comment_weight,
            "ngrams": len(final.index), "lid_weight": lid_weight, "freq_weight": freq_weight,
            "lex_weight": lex_weight, "temperature": temperature, "dev_log_loss": dev_log_loss,
            "listed_words": len(word_frequencies()),
            "dev_mean_accuracy": round(100 * best[0], 1), "dev_items": len(dev), "inputs": _digest(sentences, all_comments)}
    return final, meta


TEMPERATURES = tuple(2 ** (k / 4) for k in range(29))  # 1 to 128, a quarter octave apart


def _temperature(model: NgramModel, dev: list[tuple[str, str, str]], lids: list[dict[str, float]]) -> tuple[float, float]:
    """The temperature whose probabilities give the development pieces the lowest log loss
    (and that loss), for pieces the n-gram model decides (not those a letter decides)."""
    rows = [(model.combined_scores(text, lid), LANGS.index(lang)) for (_, text, lang), lid in zip(dev, lids)
            if letter_decision(set(text)) is None]
    scores = np.array([r[0] for r in rows], dtype=np.float64)
    truth = np.array([r[1] for r in rows])

    def log_loss(t: float) -> float:
        z = scores / t
        z -= z.max(axis=1, keepdims=True)
        log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return float(-log_p[np.arange(len(truth)), truth].mean())

    best = min(TEMPERATURES, key=log_loss)
    return round(best, 4), round(log_loss(best), 4)
