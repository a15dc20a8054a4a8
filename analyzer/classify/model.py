"""A calibrated linear model stored as plain data: ``NAME.npz`` (weights) + ``NAME.json`` (meta).

Loading never unpickles (``allow_pickle=False``). Calibration maps the decision
values to probabilities with a handful of numbers fitted on held-out data at
training time (see ``calibrated``): Platt's slope and intercept for binary
models; for three classes either one temperature (keeps the decision of the
class-balanced model) or vector scaling (a scale and a bias per class).
"""

from __future__ import annotations

import json
from functools import lru_cache
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
from scipy.special import expit

from ..normalize.signals import ELONG
from .features import NEGATORS, FeatureSpec, vader_lexicon

MODEL_DIR = Path(str(resources.files("analyzer") / "resources" / "models"))


class ModelError(Exception):
    """A shipped model that is missing or unreadable; the message names the file."""


@dataclass
class LinearModel:
    name: str
    labels: list[str]
    spec: FeatureSpec
    idf: np.ndarray
    coef: np.ndarray  # (k, F); k = 1 for binary (weights of the positive label)
    intercept: np.ndarray
    calibration: dict
    meta: dict
    # Sorted keys (``FeatureSpec.term_keys``) of the word n-grams of the training rows. The word
    # block is hashed, so an n-gram never trained on still lands on a column and takes the weight
    # of the n-grams that share it; it counts in the score, but it is no reason to name ("russel"
    # and "democrat world" were named for an insult). ``None``: every n-gram may be named.
    seen: np.ndarray | None = None

    @classmethod
    def load(cls, name: str, directory: Path = MODEL_DIR) -> "LinearModel":
        npz, meta_path = directory / f"{name}.npz", directory / f"{name}.json"
        for path in (npz, meta_path):
            if not path.exists():
                raise ModelError(f"{path}: model file missing (rebuild with `analyzer train classify`)")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            with np.load(npz, allow_pickle=False) as data:
                arrays = {k: data[k] for k in ("idf", "coef", "intercept")}
                seen = data["seen"] if "seen" in data.files else None
            spec = FeatureSpec.from_json(meta["features"])
            try:
                check_calibration(meta["calibration"], len(meta["labels"]))
            except (KeyError, TypeError, ValueError) as exc:
                raise ModelError(f"{meta_path}: corrupted model ({exc})") from None
            if arrays["coef"].shape[1] != spec.n_features or arrays["idf"].shape[0] != spec.n_features:
                raise ValueError("weights do not match the feature spec")
            if seen is not None and (seen.dtype != np.uint32 or seen.ndim != 1 or np.any(seen[1:] <= seen[:-1])):
                raise ValueError("its trained n-grams are not sorted unique keys")
        except (OSError, ValueError, KeyError, TypeError, json.JSONDecodeError) as exc:
            raise ModelError(f"{npz}: corrupted model ({exc})") from None
        if spec.lexicon:
            try:
                vader_lexicon()
            except (OSError, ValueError) as exc:
                raise ModelError(f"{name}: its lexicon is missing or unreadable ({exc})") from None
        if spec.wordlist:
            try:
                from .wordlist import group_tables

                group_tables()
            except ImportError as exc:
                raise ModelError(f"{name}: {exc}") from None
        return cls(name, meta["labels"], spec, arrays["idf"].astype(np.float32),
                   arrays["coef"].astype(np.float32), arrays["intercept"].astype(np.float32),
                   meta["calibration"], meta, seen)

    def save(self, directory: Path = MODEL_DIR) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        seen = {} if self.seen is None else {"seen": self.seen.astype(np.uint32)}
        np.savez_compressed(directory / f"{self.name}.npz", idf=self.idf.astype(np.float16),
                            coef=self.coef.astype(np.float16), intercept=self.intercept, **seen)
        meta = self.meta | {"labels": self.labels, "features": self.spec.to_json(),
                            "calibration": self.calibration}
        (directory / f"{self.name}.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")

    def decision(self, X) -> np.ndarray:
        return np.asarray(X @ self.coef.T) + self.intercept

    def proba(self, X) -> np.ndarray:
        """Calibrated probabilities, one column per label."""
        return calibrated(self.decision(X), self.calibration)

    def predict_texts(self, texts: list[str], counts=None) -> tuple[np.ndarray, object]:
        """Probabilities for ``texts``; pass ``counts`` (``spec.counts(texts)``) to share them between models."""
        X = self.spec.weigh(counts if counts is not None else self.spec.counts(texts), self.idf)
        return self.proba(X), X

    def _strong_weight(self, column: int) -> float:
        """Weight a word n-gram needs to count as a reason: the top 1 % of the positive word weights.

        Without a floor, function words that lean a little towards a label in
        tweets ("a", "is a") would be named as the reason for a score.
        """
        cache = self.__dict__.setdefault("_floors", {})
        if column not in cache:
            block = self.coef[:, : self.spec.n_word]
            weights = block[0] if block.shape[0] == 1 else block[column]
            cache[column] = _strong(-weights if block.shape[0] == 1 and column == 0 else weights)
        return cache[column]

    def explain(self, text: str, column: int, top: int = 5) -> list[str]:
        """Word n-grams of ``text`` that pushed the score of ``column`` up the most."""
        weights = self.coef[0] if self.coef.shape[0] == 1 else self.coef[column]
        sign = -1.0 if self.coef.shape[0] == 1 and column == 0 else 1.0
        floor = self._strong_weight(column)
        stop = stopwords(self.meta.get("lang", ""))
        terms, columns = self.spec.word_columns(text)
        if not terms:
            return []
        # One NumPy gather for all of the comment's n-grams; Python only for the few strong ones.
        found = sign * weights[columns]
        if self.seen is not None:
            found = self._trained_only(terms, found)
        scored = self._scored(terms, found, floor, stop)
        if not scored:
            # No n-gram among the model's strongest: a comment flagged by many middling words
            # (or by its characters) still names the words that pushed it furthest.
            scored = self._scored(terms, found, FALLBACK_WEIGHT, stop)
        ranked = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))
        low = text.lower()
        # Drop a unigram already covered by a stronger bigram that contains it.
        out: list[str] = []
        for term, _ in ranked:
            if not _written(term, low):
                continue
            if not any(term in kept.split() for kept in out):
                out.append(term)
            if len(out) == top:
                break
        return list(dict.fromkeys(readable(term) for term in out))  # "not neg_good" and "neg_good" read alike


    def _trained_only(self, terms: list[str], found: np.ndarray) -> np.ndarray:
        """``found`` with the n-grams never trained on (``seen``) pushed below every floor; only
        those that could be named at all are looked up."""
        idx = np.flatnonzero(found >= FALLBACK_WEIGHT)
        if not len(idx):
            return found
        keys = self.spec.term_keys(terms[j] for j in idx.tolist())
        found = found.copy()
        if not len(self.seen):
            found[idx] = -np.inf
            return found
        at = np.minimum(np.searchsorted(self.seen, keys), len(self.seen) - 1)
        found[idx[self.seen[at] != keys]] = -np.inf
        return found

    @staticmethod
    def _scored(terms: list[str], found: np.ndarray, floor: float, stop: frozenset[str]) -> dict[str, float]:
        """Term -> its weight, for the terms at or above ``floor`` that are not just function words.

        Runs for about two explanations per comment, most of them the fallback over all of a
        comment's n-grams: plain Python floats and set tests, no NumPy scalar per term.
        """
        scored: dict[str, float] = {}
        idx = np.flatnonzero(found >= floor)
        for j, w in zip(idx.tolist(), found[idx].tolist()):
            term = terms[j]
            # a negated function word is still one ("not to", "not but", "not have" named nothing)
            words = term.split() if "neg_" not in term else [word.removeprefix("neg_") for word in term.split()]
            if len(term) > 1 and not stop.issuperset(words) and MARKER not in words:
                scored[term] = max(scored.get(term, 0.0), w)
        return scored


def _written(term: str, text: str) -> bool:
    """Whether a word pair is written side by side in ``text`` (normalised: one space between
    words). The models also count pairs that meet across a punctuation mark ("bunch. I've" is the
    bigram "bunch i", "Rude, Sometimes" is "rude sometimes") or inside a word ("i ve"); a reader
    would not find those in the comment, so they are never named as a reason. Negation-scope pairs
    ("not neg_good") are read out by ``readable`` instead. A substring test: a few per comment."""
    return " " not in term or "neg_" in term or term in text.lower()


STRONG_QUANTILE = 0.99
# The word the normaliser's stretched-word marker becomes ("<elong>", placed at the end of the
# text): a model may weigh it, but "guy elong" names nothing the writer wrote.
MARKER = ELONG.strip("<>")
FALLBACK_WEIGHT = 1e-6  # any word that pushed the score up at all


@lru_cache(maxsize=None)
def stopwords(lang: str) -> frozenset[str]:
    """Function words never named as the reason for a score."""
    if lang == "en":
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        return frozenset(ENGLISH_STOP_WORDS) | {"s", "t", "won", "don", "user", "http"}
    if lang == "fa":
        from hazm import stopwords_list

        return frozenset(stopwords_list())
    return frozenset()


def readable(term: str) -> str:
    """A term as readers say it. Negation scopes (English) are counted as ``neg_good``: a run of
    them reads "not" once ("neg_know neg_how" → "not know how"), and none after the negator
    itself ("no neg_kind" → "no kind")."""
    if "neg_" not in term:
        return term
    words: list[str] = []
    in_run = False
    for token in term.split():
        negated = token.startswith("neg_")
        # the negator itself: a listed one, or any "n't" word (negated_tokens drops the apostrophe)
        if negated and not in_run and not (words and (words[-1] in NEGATORS or words[-1].endswith("nt"))):
            words.append("not")
        words.append(token[4:] if negated else token)
        in_run = negated
    return " ".join(words)


def _strong(weights: np.ndarray) -> float:
    positive = weights[weights > 0]
    return float(np.quantile(positive, STRONG_QUANTILE)) if positive.size else 0.0


CALIBRATIONS = {"platt": ("a", "b"), "temperature": ("temperature",), "vector": ("scale", "bias")}


def _method(cal: dict) -> str:
    """The calibration's form; models written before ``method`` existed carry only their numbers."""
    return cal.get("method") or ("platt" if "a" in cal else "temperature")


def check_calibration(cal: dict, k: int) -> None:
    """Raise ``ValueError`` naming what is wrong, so a hand-edited or truncated JSON fails at load
    time with the file's name rather than as a NumPy error in the middle of a batch."""
    if not isinstance(cal, dict):
        raise TypeError("calibration is not an object")
    method = _method(cal)
    if method not in CALIBRATIONS or (method == "platt") != (k == 2):
        raise ValueError(f"calibration method {method!r} does not fit a {k}-label model")
    for key in CALIBRATIONS[method]:
        if key not in cal:
            raise ValueError(f"calibration {method!r} lacks {key!r}")
        values = np.atleast_1d(np.asarray(cal[key], dtype=np.float64))
        if values.shape != ((k,) if method == "vector" else (1,)) or not np.all(np.isfinite(values)):
            raise ValueError(f"calibration {method!r}: bad {key!r}")
    if method == "temperature" and cal["temperature"] <= 0:
        raise ValueError("calibration temperature must be positive")


def calibrated(decision: np.ndarray, cal: dict) -> np.ndarray:
    """Decision values → probabilities (rows sum to 1).

    - ``platt`` (binary): sigmoid(a·d + b).
    - ``temperature``: softmax(d / T); one number, so the predicted label never changes.
    - ``vector``: softmax(s ⊙ d + c); a scale and a bias per class, which can move the decision
      (the training step keeps it only when that does not lower the validation score).
    """
    method = _method(cal)
    if method == "platt":
        p = expit(cal["a"] * decision[:, 0] + cal["b"])  # no overflow warning on extreme scores
        return np.column_stack([1.0 - p, p])
    if method == "vector":
        # float64: the fit searches these numbers with finite differences, which float32 blurs.
        z = decision * np.asarray(cal["scale"], dtype=np.float64) + np.asarray(cal["bias"], dtype=np.float64)
    else:
        z = decision / cal["temperature"]
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)
