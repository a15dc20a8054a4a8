"""Hashed word and character n-gram features, the same at training and at run time.

Hashing needs no vocabulary file: the model ships as an idf vector and a weight
matrix (plain ``.npz``). Both blocks get sublinear tf, idf weighting and L2
normalisation, the usual recipe for short-text linear models. Word tokens keep
the zero-width non-joiner, so Persian ``می‌خواهم`` stays one token.

English models (issue #8) add three things, each a field of ``FeatureSpec`` so that
older model files keep their meaning:

- ``chars="numpy"``: character n-grams hashed with NumPy over a whole batch at once
  (:func:`char_counts`), about 3.5 times as fast as scikit-learn's per-string analyser,
  which took ~78 % of the time; same n-grams within word boundaries, another hash.
- ``negation``: words after a negator up to the next punctuation mark are counted as
  ``neg_word`` ("not good" → ``not neg_good``), the word block's only change.
- ``lexicon="vader"``: nine dense columns from the VADER lexicon (MIT; shipped in
  ``resources/lexicons``) with the same negation scope: a squashed valence sum, the
  positive and negative mass, whether each occurs, the last valence, ``!``, ``?``
  and an all-caps word. They carry polarity for words too rare in training.
- ``lexicon_window``: those columns counted per window of that many tokens (their masses and
  counts scaled by ``window / tokens`` past it). Summed over a whole text they grow with its
  length while the L2-normalised n-gram blocks do not, so a news comment eight tweets long leant
  towards "offensive" by its length alone (``benchmarks/long_comments.py``). 0: the whole text.
- ``wordlist``: three more dense columns, the swear words, insults and mild insults of the curated
  list (``persian-text-guard``, see :mod:`.wordlist`) a text holds, per window as above. OLID
  calls "idiot" offensive; n-grams learn the common such words, the list also knows the rare ones.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from importlib import resources
from itertools import chain
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils import murmurhash3_32

TOKEN_PATTERN = r"(?u)\w[\w\u200c]*"


@dataclass(frozen=True)
class FeatureSpec:
    """How texts become features; stored in each model's JSON so run time matches training."""

    word_bits: int = 18
    char_bits: int = 18
    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (2, 5)
    # "pattern": TOKEN_PATTERN; "hazm": hazm's word tokenizer, the one the Persian normaliser
    # itself spaces words with, so Persian models count the tokens hazm sees.
    tokens: str = "pattern"
    chars: str = "sklearn"  # "sklearn" (HashingVectorizer char_wb) or "numpy" (char_counts)
    negation: bool = False
    lexicon: str = ""  # "" or "vader"
    lexicon_window: int = 0  # tokens; 0: lexicon columns summed over the whole text
    # Three columns after the lexicon's: the swear words, insults and mild insults of the curated
    # word list (``wordlist.group_columns``) a text holds, per ``lexicon_window`` tokens.
    wordlist: bool = False

    @property
    def n_word(self) -> int:
        return 1 << self.word_bits

    @property
    def n_dense(self) -> int:
        return (N_LEXICON if self.lexicon else 0) + (N_WORDLIST if self.wordlist else 0)

    @property
    def n_features(self) -> int:
        return self.n_word + (1 << self.char_bits) + self.n_dense

    @cached_property
    def _word(self) -> HashingVectorizer:
        if self.tokens == "hazm":
            from ..normalize import persian_tokens

            tokenizing = {"tokenizer": persian_tokens, "token_pattern": None}
        else:
            tokenizing = {"token_pattern": TOKEN_PATTERN}
        return HashingVectorizer(
            analyzer="word", **tokenizing, ngram_range=self.word_ngrams,
            n_features=self.n_word, alternate_sign=False, norm=None, lowercase=True,
        )

    @cached_property
    def _char(self) -> HashingVectorizer:
        return HashingVectorizer(
            analyzer="char_wb", ngram_range=self.char_ngrams, n_features=1 << self.char_bits,
            alternate_sign=False, norm=None, lowercase=True,
        )

    @cached_property
    def _analyzer(self):
        return self._word.build_analyzer()

    def counts(self, texts: list[str], keep_terms: bool = False) -> tuple:
        """(word counts, char counts, dense lexicon columns or ``None``).

        ``keep_terms``: also keep each text's word n-grams and columns for :meth:`word_columns`
        (the explanations that follow), until :func:`clear_caches`; ``classify_batch`` clears
        them at the end of every batch.
        """
        words = self._word_counts(texts, keep_terms)
        if self.chars == "numpy":
            chars = char_counts(texts, self.char_ngrams, self.char_bits)
        else:
            chars = self._char.transform(texts)
        return words, chars, self._dense(texts)

    def _dense(self, texts: list[str]) -> np.ndarray | None:
        """The lexicon columns, then the word-list columns, as the spec asks (``None``: neither)."""
        blocks = []
        if self.lexicon:
            blocks.append(lexicon_features(texts, self.lexicon_window))
        if self.wordlist:
            from .wordlist import group_columns

            blocks.append(group_columns(texts, self.lexicon_window))
        return np.hstack(blocks) if blocks else None

    def transform(self, texts: list[str], idf: np.ndarray) -> sp.csr_matrix:
        return self.weigh(self.counts(texts), idf)

    def weigh(self, counts: tuple, idf: np.ndarray) -> sp.csr_matrix:
        """Counts → model features; counts are the expensive part and can serve several models."""
        word, char, dense = counts
        blocks = []
        n_sparse = self.n_word + (1 << self.char_bits)
        for block, weights in ((word, idf[: self.n_word]), (char, idf[self.n_word:n_sparse])):
            block = block.tocsr().astype(np.float32)
            # sublinear tf times idf, in place: a 2^18 diagonal matrix per call cost more than the rest.
            block.data = (1.0 + np.log(block.data)) * weights[block.indices]
            blocks.append(normalize(block))
        if dense is not None and self.n_dense:
            # counts made by a spec with more dense columns (``counting_spec``): its own come first
            blocks.append(sp.csr_matrix(dense[:, : self.n_dense]))
        return sp.hstack(blocks, format="csr")

    def _word_counts(self, texts: list[str], keep_terms: bool = False) -> sp.csr_matrix:
        """The word block, as ``self._word.transform`` would count it (same matrix, same types).

        With ``keep_terms`` the n-grams and columns of each text are kept (``_WORD_COLUMNS``) for
        the explanations that follow: a comment's words are analysed and hashed once, not twice.
        Hashing is scikit-learn's own ``murmurhash3_32`` (``abs(h) % n_word``), called per term,
        which is cheaper than ``FeatureHasher``'s per-term generators.
        """
        terms = [self.word_terms(t) for t in texts]
        lens = np.fromiter(map(len, terms), dtype=np.int64, count=len(terms))
        flat = list(chain.from_iterable(terms))
        columns = self._hashed(flat)
        indptr = np.zeros(len(texts) + 1, dtype=np.int32)
        np.cumsum(lens, out=indptr[1:])
        if keep_terms:
            for text, row_terms, a, b in zip(texts, terms, indptr[:-1].tolist(), indptr[1:].tolist()):
                _WORD_COLUMNS[self.terms_key, text] = (row_terms, columns[a:b])
        m = sp.csr_matrix((np.ones(len(flat), dtype=np.float64), columns.astype(np.int32), indptr),
                          shape=(len(texts), self.n_word))
        m.sum_duplicates()
        return m

    def word_terms(self, text: str) -> list[str]:
        """The word n-grams of ``text``, as the word block sees them.

        With negation and the token pattern, the n-grams are built straight from
        :func:`negated_tokens`: joining them and letting scikit-learn's analyser lower-case and
        split them again gives back the same tokens (each is lower-case ``\\w[\\w\\u200c]*``).
        """
        if self.negation and self.tokens == "pattern":
            return word_ngrams(negated_tokens(text), self.word_ngrams)
        return self._analyzer(negate(text) if self.negation else text)

    def word_columns(self, text: str) -> tuple[list[str], np.ndarray]:
        """The word n-grams of ``text`` and their columns (kept from counting: the sentiment
        and toxicity explanations of a comment read the n-grams its batch just counted)."""
        found = _WORD_COLUMNS.get((self.terms_key, text))
        if found is None:
            terms = self.word_terms(text)
            found = _remember(self.terms_key, text, (terms, self._hashed(terms)))
        return found

    @cached_property
    def terms_key(self) -> tuple:
        """What decides a text's word n-grams and their columns: specs that differ only in their
        dense columns share the n-grams one of them counted."""
        return self.word_bits, self.word_ngrams, self.tokens, self.negation

    def _hashed(self, terms: list[str]) -> np.ndarray:
        """Word-block columns of ``terms``: scikit-learn's ``abs(murmurhash3_32(term)) % n_word``."""
        return np.abs(np.fromiter(map(murmurhash3_32, terms), dtype=np.int64, count=len(terms))) % self.n_word

    @staticmethod
    def term_keys(terms: Iterable[str]) -> np.ndarray:
        """A second hash of each word n-gram (``uint32``, another seed than the columns'): what a
        model's ``seen`` keys are made of. Two n-grams that share a column rarely share a key."""
        return np.fromiter(map(_term_key, terms), dtype=np.uint32)

    def word_index(self, term: str) -> int:
        """Column of ``term`` in the word block (scikit-learn's own hashing rule)."""
        return _murmur(term) % self.n_word

    def to_json(self) -> dict:
        return {"word_bits": self.word_bits, "char_bits": self.char_bits,
                "word_ngrams": list(self.word_ngrams), "char_ngrams": list(self.char_ngrams), "tokens": self.tokens,
                "chars": self.chars, "negation": self.negation, "lexicon": self.lexicon,
                "lexicon_window": self.lexicon_window, "wordlist": self.wordlist}

    @classmethod
    def from_json(cls, data: dict) -> "FeatureSpec":
        return cls(data["word_bits"], data["char_bits"], tuple(data["word_ngrams"]),
                   tuple(data["char_ngrams"]), data.get("tokens", "pattern"), data.get("chars", "sklearn"),
                   bool(data.get("negation", False)), data.get("lexicon", ""), int(data.get("lexicon_window", 0)),
                   bool(data.get("wordlist", False)))


def fit_idf(spec: FeatureSpec, texts: list[str]) -> np.ndarray:
    """Smoothed idf per column, as scikit-learn's ``TfidfTransformer(smooth_idf=True)``."""
    word, char, dense = spec.counts(texts)
    n = len(texts)
    # In CSR form each stored entry is one (document, column) pair: counting column
    # indices counts the documents each column occurs in.
    df = np.concatenate([np.bincount(m.tocsr().indices, minlength=m.shape[1]) for m in (word, char)])
    idf = np.log((1 + n) / (1 + df)) + 1.0
    # dense lexicon columns are used as they are
    return np.r_[idf, np.ones(spec.n_dense)].astype(np.float32)


# (spec, text) -> (word n-grams, their columns), oldest first. Filled by counting with keep_terms
# (a whole batch, emptied by classify_batch when it is done) and by explaining a text that was not
# counted so; the latter evict the oldest entries beyond WORD_COLUMNS_KEPT.
WORD_COLUMNS_KEPT = 1 << 12
_WORD_COLUMNS: dict[tuple[tuple, str], tuple[list[str], np.ndarray]] = {}


def _remember(key: tuple, text: str, found: tuple[list[str], np.ndarray]) -> tuple[list[str], np.ndarray]:
    if len(_WORD_COLUMNS) >= WORD_COLUMNS_KEPT:
        del _WORD_COLUMNS[next(iter(_WORD_COLUMNS))]
    _WORD_COLUMNS[key, text] = found
    return found


def counting_spec(specs: Iterable[FeatureSpec]) -> FeatureSpec | None:
    """One spec whose counts serve every one of ``specs`` (the n-grams, the expensive part, counted
    once for several models), or None. Specs that differ only in the word-list columns qualify:
    the one with them counts, and the others read the lexicon columns before them (``weigh``)."""
    specs = set(specs)
    if len({replace(s, wordlist=False) for s in specs}) != 1:
        return None
    return max(specs, key=lambda s: s.wordlist)


def word_ngrams(tokens: list[str], ngrams: tuple[int, int]) -> list[str]:
    """n-grams in scikit-learn's order (``_VectorizerMixin._word_ngrams``): all n = lo first, then lo + 1, …"""
    lo, hi = ngrams
    out = list(tokens) if lo == 1 else []
    for n in range(max(lo, 2), min(hi, len(tokens)) + 1):
        # zip of the shifted lists: (t0, t1, …), (t1, t2, …), … joined in C
        out += map(" ".join, zip(*(tokens[i:] for i in range(n))))
    return out


def clear_caches() -> None:
    """Forget every text seen (speed measurements start cold, as a new stream of comments would)."""
    _WORD_COLUMNS.clear()


TERM_KEY_SEED = 0x5EE7  # not 0, the columns' seed


@lru_cache(maxsize=1 << 16)
def _term_key(term: str) -> int:
    """Explanations look up the same common n-grams comment after comment, as ``_murmur``."""
    return murmurhash3_32(term, seed=TERM_KEY_SEED, positive=True)


@lru_cache(maxsize=1 << 16)
def _murmur(term: str) -> int:
    """Explanations look up the same common n-grams comment after comment."""
    return abs(murmurhash3_32(term, seed=0, positive=False))


_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_PRIME = np.uint64(1000003)


def char_counts(texts: list[str], ngrams: tuple[int, int] = (2, 5), bits: int = 18) -> sp.csr_matrix:
    """Lower-cased character n-grams inside space-padded words, hashed, for a whole batch at once.

    The batch becomes one array of code points (every word padded as `` word ``, words two
    spaces apart); an n-gram is kept when it starts and ends in the same padded word.
    Polynomial rolling hashes (wrapping uint64) are built for n = 1, 2, … and the top
    ``bits`` bits of a Fibonacci hash of (hash ^ n) pick the column: no Python per n-gram,
    and the same numbers on every machine.
    """
    padded = [" " + "  ".join(t.lower().split()) + " " for t in texts]
    lens = np.fromiter(map(len, padded), dtype=np.int64, count=len(padded))
    if not lens.sum():
        return sp.csr_matrix((len(texts), 1 << bits), dtype=np.float32)
    cp = np.frombuffer("".join(padded).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    doc = np.repeat(np.arange(len(texts), dtype=np.int32), lens)
    space = cp == 32
    start = np.zeros(len(cp), dtype=bool)  # a padded word starts at a document's start or at "  "
    start[np.cumsum(lens)[:-1] % len(cp)] = True
    start[0] = True
    start[1:] |= space[1:] & space[:-1]
    seg = np.cumsum(start)
    rows, cols = [], []
    h = cp.copy()
    for n in range(1, ngrams[1] + 1):
        if n > 1:
            h = h[:-1] * _PRIME + cp[n - 1:]
        if n >= ngrams[0]:
            ok = seg[: len(h)] == seg[n - 1:]
            cols.append((((h[ok] ^ np.uint64(n)) * _GOLDEN) >> np.uint64(64 - bits)).astype(np.int32))
            rows.append(doc[: len(h)][ok])
    r, c = np.concatenate(rows), np.concatenate(cols)
    m = sp.csr_matrix((np.ones(len(r), dtype=np.float32), (r, c)), shape=(len(texts), 1 << bits))
    m.sum_duplicates()
    return m


NEGATORS = frozenset({
    "not", "no", "never", "nothing", "nobody", "none", "nor", "neither", "cannot", "without", "dont",
    "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "cant", "couldnt", "shouldnt",
    "wouldnt", "aint", "havent", "hasnt", "hadnt", "t",
})
_NEG_TOKEN = re.compile(r"(?u)\w[\w\u200c']*|[.,!?;:]")
_CLAUSE_END = frozenset(".,!?;:")


def negate(text: str) -> str:
    """Lower-cased words, those in a negation's scope prefixed ``neg_``; punctuation ends a scope."""
    return " ".join(negated_tokens(text))


def negated_tokens(text: str) -> list[str]:
    """The words of :func:`negate`, as a list (apostrophes dropped: "don't" → ``dont``)."""
    low = text.lower()
    toks = _NEG_TOKEN.findall(low)
    words = [t.replace("'", "") for t in toks] if "'" in low else toks
    if "n't" not in low and NEGATORS.isdisjoint(words):  # most comments: no scope to open
        return [w for w in words if w not in _CLAUSE_END]
    out, scope = [], False
    for tok, word in zip(toks, words):
        if word in _CLAUSE_END:
            scope = False
            continue
        out.append("neg_" + word if scope else word)
        if word in NEGATORS or tok.endswith("n't"):
            scope = True
    return out


N_LEXICON = 9
N_WORDLIST = 3  # wordlist.GROUPS
_STRIP = ".,!?;:\"'()"


LEXICON_DIR = Path(str(resources.files("analyzer") / "resources" / "lexicons"))


def vader_lexicon() -> dict[str, float]:
    """word → mean valence (-4..4) of the VADER lexicon shipped in ``resources/lexicons``
    (14 words appear twice there; the later line wins, as in vaderSentiment)."""
    return _read_lexicon(LEXICON_DIR / "vader.tsv")


@lru_cache(maxsize=2)
def _read_lexicon(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("# "):
            word, value = line.split("\t")[:2]
            out[word] = float(value)
    return out


def lexicon_features(texts: list[str], window: int = 0) -> np.ndarray:
    """The nine VADER columns (see the module docstring); a negated valence is scaled by -0.74 as VADER does.

    With a ``window``, a text of more tokens has its masses scaled by ``window / tokens`` and its
    occurrence columns become that many occurrences per window, capped at 1: the same columns as
    without a window for a text of at most ``window`` tokens, and a long text reads as its
    average window. Tokens with no valence that neither open nor end a scope change nothing, so
    only the others (a fifth of a tweet's tokens) go through the loop.
    """
    rows = []
    for text in texts:
        pos = neg = last = 0.0
        n_pos = n_neg = 0
        scope = False
        tokens = text.lower().split()
        for value, negator, clause_end in filter(None, map(_token_info, tokens)):
            if scope:
                value *= -0.74
            if value > 0:
                pos += value
                n_pos += 1
            elif value < 0:
                neg -= value
                n_neg += 1
            if value:
                last = value
            if negator:
                scope = True
            elif clause_end:
                scope = False
        scale = window / len(tokens) if window and len(tokens) > window else 1.0
        pos, neg = pos * scale, neg * scale
        total = pos - neg
        # a text whose cased letters are all lower case has no all-caps word: no need to look
        caps = 0 if text.islower() else sum(len(w) > 2 and w.isupper() for w in text.split())
        rows.append((total / math.sqrt(total * total + 15), math.log1p(pos), math.log1p(neg),
                     min(1.0, n_pos * scale), min(1.0, n_neg * scale), last / 4,
                     min(1.0, text.count("!") * scale), min(1.0, text.count("?") * scale), min(1.0, caps * scale)))
    return np.array(rows, dtype=np.float32).reshape(len(texts), N_LEXICON)


@lru_cache(maxsize=1 << 16)
def _token_info(tok: str) -> tuple[float, bool, bool] | tuple[()]:
    """(valence, opens a negation scope, ends a clause) of a lower-cased token, or ``()`` when it is
    (0.0, False, False); cached: the same few thousand tokens come back comment after comment."""
    get = vader_lexicon().get
    word = tok.strip(_STRIP)
    valence = get(word) or get(tok) or 0.0
    if not valence and _EMOJI_NAME.match(tok):
        # An emoji's name (``normalize`` writes 😍 as ":smiling_face_with_heart-eyes:") is valued
        # by its words, as vaderSentiment reads an emoji by its description: the English training
        # tweets hold no emoji at all (TweetEval's 2017 test tweets: 6.5 % do), so a model can only
        # know one through the lexicon.
        valence = sum(get(w, 0.0) for w in _EMOJI_NAME_SPLIT.split(word))
    info = (valence, word in NEGATORS or word.endswith("n't"), tok[-1] in _CLAUSE_END)
    return info if any(info) else ()  # empty (false): a token the lexicon loop can skip


_EMOJI_NAME = re.compile(r"^:[^\s:]+_[^\s:]+:$|^:[a-z]+:$")
_EMOJI_NAME_SPLIT = re.compile(r"[_\-]+")
