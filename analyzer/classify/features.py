"""Hashed word and character n-gram features, the same at training and at run time.

Hashing needs no vocabulary file: the model ships as an idf vector and a weight
matrix (plain ``.npz``). Both blocks get sublinear tf, idf weighting and L2
normalisation, the usual recipe for short-text linear models. Word tokens keep
the zero-width non-joiner, so Persian ``می‌خواهم`` stays one token.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

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

    @property
    def n_word(self) -> int:
        return 1 << self.word_bits

    @property
    def n_features(self) -> int:
        return self.n_word + (1 << self.char_bits)

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

    def counts(self, texts: list[str]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
        return self._word.transform(texts), self._char.transform(texts)

    def transform(self, texts: list[str], idf: np.ndarray) -> sp.csr_matrix:
        return self.weigh(self.counts(texts), idf)

    def weigh(self, counts: tuple[sp.csr_matrix, sp.csr_matrix], idf: np.ndarray) -> sp.csr_matrix:
        """Counts → model features; counts are the expensive part and can serve several models."""
        word, char = counts
        blocks = []
        for block, weights in ((word, idf[: self.n_word]), (char, idf[self.n_word:])):
            block = block.tocsr().astype(np.float32)
            # sublinear tf times idf, in place: a 2^18 diagonal matrix per call cost more than the rest.
            block.data = (1.0 + np.log(block.data)) * weights[block.indices]
            blocks.append(normalize(block))
        return sp.hstack(blocks, format="csr")

    def word_terms(self, text: str) -> list[str]:
        """The word n-grams of ``text``, as the word block sees them."""
        return self._word.build_analyzer()(text)

    def word_index(self, term: str) -> int:
        """Column of ``term`` in the word block (scikit-learn's own hashing rule)."""
        return abs(murmurhash3_32(term, seed=0, positive=False)) % self.n_word

    def to_json(self) -> dict:
        return {"word_bits": self.word_bits, "char_bits": self.char_bits,
                "word_ngrams": list(self.word_ngrams), "char_ngrams": list(self.char_ngrams), "tokens": self.tokens}

    @classmethod
    def from_json(cls, data: dict) -> "FeatureSpec":
        return cls(data["word_bits"], data["char_bits"], tuple(data["word_ngrams"]),
                   tuple(data["char_ngrams"]), data.get("tokens", "pattern"))


def fit_idf(spec: FeatureSpec, texts: list[str]) -> np.ndarray:
    """Smoothed idf per column, as scikit-learn's ``TfidfTransformer(smooth_idf=True)``."""
    word, char = spec.counts(texts)
    n = len(texts)
    # In CSR form each stored entry is one (document, column) pair: counting column
    # indices counts the documents each column occurs in.
    df = np.concatenate([np.bincount(m.tocsr().indices, minlength=m.shape[1]) for m in (word, char)])
    return (np.log((1 + n) / (1 + df)) + 1.0).astype(np.float32)
