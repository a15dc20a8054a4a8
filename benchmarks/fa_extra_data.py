"""Unused parts of the Persian sets as training input (issue #8, session 12; not shipped).

    python benchmarks/fa_extra_data.py [--shared ../shared] [--only sentiment|offensive] [--test]

fa-sentiment with SentiPers ``balanced.csv`` (DeepSentiPers's balanced copy of the corpus):
its rows beside ``original.csv`` or in its place. Its texts were re-processed (the conjunction
و and most digits dropped), so ``datasets.near_key`` misses most of its copies of other rows; a
balanced row is also one text with another row when their word sets (without و and digits,
letter forms unified) share half their union, or 80 % of the shorter one's words (at least 3).
Rows that are one text with a SentiPers test sentence, a validation row or a SnappFood test
review are dropped; "beside" keeps only the rows that are one text with no ``original.csv``
row either. The validation split stays the shipped one (``original.csv`` and SnappFood rows only).
The same for Pars-ABSA's reviews (Digikala, as SentiPers; labelled by their aspects where these
agree), all of them or the polar ones only.

fa-offensive with Pars-OFF's keyword list (``Pars-OFF_KEY``, 1,416 entries) as dense columns
beside the n-gram blocks: the keyword hits per 20 tokens (as the English lexicon columns),
log1p of it, or whether any keyword occurs; NB scale 1, as the trainer treats dense columns.
And the tweets as text: every mention as "@user", a hashtag's words beside the tag, or both.

Each variant goes through the trainer's steps (C from {1, 4, 16} on validation, float16 weights,
calibration on validation). Printed: validation (fa-sentiment: set-weighted macro F1
calibrated, the 5-fold figure that chose the calibration, and the SentiPers rows alone;
fa-offensive: macro F1 uncalibrated at 0 and calibrated at P ≥ 0.5), and 5-fold CV on the
training pool (train + validation rows, folds by a hash of the normalised text; uncalibrated;
fa-sentiment C = 4, extra rows only in the fitting folds, less those that are one text with a
row of the scored fold; fa-offensive the better mean of C = 1 and 4). ``--test`` adds the test
figures: read them only after the choice. About 11 minutes on this machine.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from analyzer.classify.datasets import (
    SENTIMENT,
    Dataset,
    Split,
    _csv_rows,
    _dedup,
    _equal_weights,
    _open,
    _sign,
    bucket,
    fa_offensive,
    fa_sentiment,
    near_key,
    parsinlu_reviews,
    parsoff,
    parsoffensive,
    sentipers,
    snappfood,
)
from analyzer.classify.features import fit_idf
from analyzer.classify.metrics import score_dataset
from analyzer.classify.model import calibrated
from analyzer.classify.train import C_GRID, _fit, _fit_form, _weighted_score, spec_for, train_one
from analyzer.evaluate import shared_root
from analyzer.normalize import normalize_batch

SPEC = spec_for("fa")
_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": "", "\u0640": ""})


def norm(texts: list[str]) -> list[str]:
    return normalize_batch(texts, ["fa"] * len(texts))


def word_set(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.translate(_LETTERS).lower()) if not w.isdigit() and w != "و"}


def near(a: list[str], b: list[str], reviews: bool = False) -> np.ndarray:
    """a × b: True where the two rows are one text: the same ``near_key``, or word sets that share
    half their union or 80 % of the shorter one's words (at least 3). ``reviews`` (a holds whole
    reviews, b sentences or short comments): the words' rule would call a review one text with
    every short row whose few words it uses, so there the second test is instead that b's
    ``near_key`` (20 characters or more) stands inside a's."""
    vocab: dict[str, int] = {}

    def matrix(texts: list[str]) -> sp.csr_matrix:
        cells = [(i, vocab.setdefault(w, len(vocab))) for i, t in enumerate(texts) for w in word_set(t)]
        rows, cols = zip(*cells) if cells else ((), ())
        return sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(texts), 1 << 20))

    A, B = matrix(a), matrix(b)
    shared = (A @ B.T).toarray()
    na, nb = np.asarray(A.sum(axis=1)).ravel(), np.asarray(B.sum(axis=1)).ravel()
    out = shared >= 0.5 * np.maximum(na[:, None] + nb[None, :] - shared, 1)
    keys_a, keys_b = [near_key(t) for t in a], [near_key(t) for t in b]
    if reviews:
        for j, kb in enumerate(keys_b):
            if len(kb) >= 20:
                out[:, j] |= np.array([kb in ka for ka in keys_a])
        return out
    shorter = np.minimum(na[:, None], nb[None, :])
    out |= (shared >= 0.8 * shorter) & (shorter >= 3)
    where: dict[str, list[int]] = {}
    for j, kb in enumerate(keys_b):
        where.setdefault(kb, []).append(j)
    for i, ka in enumerate(keys_a):
        for j in where.get(ka, []) if ka else []:
            out[i, j] = True
    return out


def balanced(data: Path) -> list[tuple[str, int]]:
    """``balanced.csv`` by the sign of its label, one row per text (exact, then ``near_key``)."""
    rows = _dedup([(t, y) for t, v in _csv_rows(data / "fa-sentipers" / "balanced.csv", 0, 1, False)
                   if (y := _sign(v)) is not None])
    seen: set[str] = set()
    return [(t, y) for t, y in rows if not ((k := near_key(t) or t) in seen or seen.add(k))]


def pars_absa(data: Path) -> list[tuple[str, int]]:
    """Pars-ABSA's reviews (Digikala, SentiPers's domain; only its test split is staged), the
    aspect put back in its place, labelled by their aspects where these agree (1,641 of 1,717)."""
    lines = _open(data / "fa-pars-absa" / "Pars-ABSA_test.txt").read().split("\n")
    polarity: dict[str, set[int]] = {}
    i = 0
    while i + 2 < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        text = " ".join(lines[i].replace("$T$", lines[i + 1].strip()).split())
        polarity.setdefault(text, set()).add({-1: 0, 0: 1, 1: 2}[int(lines[i + 2])])
        i += 3
    return [(t, next(iter(p))) for t, p in polarity.items() if len(p) == 1]


@dataclass
class Extra:
    """Rows offered to fa-sentiment beside (or instead of) ``original.csv``."""

    rows: list[tuple[str, int]]
    keep: np.ndarray  # kept for the validation run
    keep_cv: np.ndarray  # kept for the folds, before the rows that are one text with the scored fold
    instead: bool = False


def sentiment(data: Path, test: bool) -> None:
    ds = fa_sentiment(data)
    sp_train, sp_test = sentipers(data)
    sf_test = snappfood(data)[1]
    in_sp = {t for t, _ in sp_train}
    train = list(zip(ds.train.texts, ds.train.labels))
    val = list(zip(ds.val.texts, ds.val.labels))
    pool = train + val
    offers: dict[str, Extra] = {"this model": Extra([], np.zeros(0, bool), np.zeros(0, bool))}
    to_pool = {}
    for source, rows, reviews in (("balanced.csv", balanced(data), False), ("Pars-ABSA", pars_absa(data), True)):
        texts, y = [t for t, _ in rows], np.array([y for _, y in rows])
        to_test = near(texts, [t for t, _ in sp_test], reviews).any(axis=1)
        to_sf_test = near(texts, [t for t, _ in sf_test], reviews).any(axis=1)
        to_val = near(texts, ds.val.texts, reviews).any(axis=1)
        to_original = near(texts, list(in_sp), reviews).any(axis=1)
        to_pool[source] = near(texts, [t for t, _ in pool], reviews)
        held = to_test | to_val | to_sf_test
        new = ~held & ~to_original
        print(f"{source}: {len(rows)} rows after de-duplication; one text with a SentiPers test sentence "
              f"{to_test.sum()}, a validation row {to_val.sum()}, a SnappFood test review {to_sf_test.sum()}, "
              f"an original.csv row {to_original.sum()}; with none {new.sum()} "
              f"({dict(sorted(Counter(SENTIMENT[k] for k in y[new]).items()))})")
        tested = ~(to_test | to_sf_test)
        if source == "balanced.csv":
            offers["beside"] = Extra(rows, new, ~to_original & tested)
            offers["beside, negative only"] = Extra(rows, new & (y == 0), ~to_original & tested & (y == 0))
            offers["instead"] = Extra(rows, ~held, tested, instead=True)
        else:
            offers["Pars-ABSA"] = Extra(rows, new, ~to_original & tested)
            offers["Pars-ABSA, polar only"] = Extra(rows, new & (y != 1), ~to_original & tested & (y != 1))
    source_of = {name: "balanced.csv" if name in ("beside", "beside, negative only", "instead") else "Pars-ABSA"
                 for name in offers}
    if test:
        tests = {"SentiPers": sp_test, "SnappFood": sf_test, "ParsiNLU": parsinlu_reviews(data)}
        tests_x = {k: (norm([t for t, _ in v]), np.array([y for _, y in v])) for k, v in tests.items()}
    print("fa-sentiment: C, calibration, validation calibrated / 5-fold / SentiPers rows" + (" ; test" if test else ""))
    val_x, yva, wva = norm(ds.val.texts), np.array(ds.val.labels), np.array(ds.val.weights)
    in_sp_val = np.array([t in in_sp for t in ds.val.texts])
    for name, offer in offers.items():
        extra = [offer.rows[i] for i in np.flatnonzero(offer.keep)]
        sp_rows = extra if offer.instead else [r for r in train if r[0] in in_sp] + extra
        sf_rows = [r for r in train if r[0] not in in_sp]
        rows = sp_rows + sf_rows
        sets = [sp_rows + [r for r in val if r[0] in in_sp], sf_rows + [r for r in val if r[0] not in in_sp]]
        fitted = Dataset(ds.name, ds.lang, ds.labels, Split([t for t, _ in rows], [y for _, y in rows],
                                                            _equal_weights(rows, sets)), ds.val, ds.test, ds.licence)
        model, meta = train_one(fitted, SPEC)
        p = model.proba(SPEC.transform(val_x, model.idf))
        chosen = meta["calibration_choice"][model.calibration["method"]]
        line = (f"  {name:22} +{len(extra):4} rows  C = {meta['C']:<4} {model.calibration['method']:11} "
                f"{100 * _weighted_score(p.argmax(1), yva, wva, 'macro_f1'):6.2f} / {chosen['macro_f1']:6.2f} / "
                f"{100 * _weighted_score(p[in_sp_val].argmax(1), yva[in_sp_val], np.ones(in_sp_val.sum()), 'macro_f1'):6.2f}")
        if test:
            figures = []
            for key, (x, y) in tests_x.items():
                proba = model.predict_texts(x)[0]
                if key == "SnappFood":
                    pred, yb = proba[:, 2] > proba[:, 0], y == 2
                    figures.append(200 * np.sum(pred & yb) / (pred.sum() + yb.sum()))
                else:
                    figures.append(score_dataset(proba, y)["macro_f1"])
            line += " ; " + " / ".join(f"{f:.2f}" for f in figures)
        print(line, flush=True)
    # 5-fold CV on the training pool; the extra rows only in the fitting folds. Validation rows are
    # pool rows here: an extra row is dropped only for the fold it is one text with.
    pool_x, y = norm([t for t, _ in pool]), np.array([y for _, y in pool])
    src = np.array([0 if t in in_sp else 1 for t, _ in pool])
    fold = np.array([bucket(t) % 5 for t in pool_x])
    extra_x = {source: norm([t for t, _ in rows]) for source, rows, _ in
               (("balanced.csv", balanced(data), 0), ("Pars-ABSA", pars_absa(data), 0))}
    print("fa-sentiment 5-fold CV on the training pool (C = 4, uncalibrated): mean, folds")
    for name, offer in offers.items():
        scores = []
        for f in range(5):
            scored = fold == f
            extra = (np.flatnonzero(offer.keep_cv & ~to_pool[source_of[name]][:, scored].any(axis=1))
                     if len(offer.rows) else np.zeros(0, int))
            fit = ~scored & (src == 1) if offer.instead else ~scored
            x = [pool_x[i] for i in np.flatnonzero(fit)] + [extra_x[source_of[name]][i] for i in extra]
            s = np.r_[src[fit], np.zeros(len(extra), int)]
            idf = fit_idf(SPEC, x)
            coef, b = _fit(SPEC.transform(x, idf), np.r_[y[fit], [offer.rows[i][1] for i in extra]].astype(int), 4.0,
                           3, np.array([len(s) / 2 / np.sum(s == k) for k in s]), nb=True)
            d = np.asarray(SPEC.transform([pool_x[i] for i in np.flatnonzero(scored)], idf) @ coef.T) + b
            w = np.array([np.sum(scored) / 2 / np.sum(src[scored] == k) for k in src[scored]])
            scores.append(100 * _weighted_score(d.argmax(1), y[scored], w, "macro_f1"))
        print(f"  {name:22} {np.mean(scores):6.2f}  {' '.join(f'{s:.2f}' for s in scores)}", flush=True)


def keyword_columns(data: Path):
    """A function of normalised texts → the keyword columns of each form."""
    entries = [line.strip() for line in (data / "fa-pars-off" / "Pars-OFF_KEY__Pars-OFF_KEY.txt")
               .read_text(encoding="utf-8-sig").splitlines() if line.strip()]
    spaced = _LETTERS | {0x200C: " "}

    def words(text: str) -> tuple[str, ...]:
        return tuple(re.findall(r"\w+", text.translate(spaced).lower()))

    keys = ({words(k) for k in entries} | {words(k) for k in norm(entries)}) - {()}
    longest = max(map(len, keys))

    def columns(texts: list[str], form: str) -> np.ndarray:
        out = []
        for text in texts:
            w = words(text)
            hits = sum(w[i:i + n] in keys for i in range(len(w)) for n in range(1, longest + 1))
            per_window = np.log1p(hits * min(1.0, 20 / max(1, len(w))))
            out.append({"log": [per_window], "any": [float(hits > 0)], "any + log": [float(hits > 0), per_window]}[form])
        return np.array(out)

    return columns


_MENTION, _HASHTAG = re.compile(r"@\w+"), re.compile(r"#(\w+)")
REWRITES = ("@user", "hashtag words", "both")


def rewritten(texts: list[str], form: str) -> list[str]:
    """Tweets as text: every mention as "@user", and/or a hashtag's words beside it (#a_b → #a_b a b)."""
    if form not in REWRITES:
        return texts
    if form != "hashtag words":
        texts = [_MENTION.sub("@user", t) for t in texts]
    if form != "@user":
        texts = [_HASHTAG.sub(lambda m: m.group(0) + " " + m.group(1).replace("_", " "), t) for t in texts]
    return texts


def decision(X, model: tuple) -> np.ndarray:
    """Decision values of (idf, weights, intercept) on features already weighed with that idf."""
    return np.asarray(X @ model[1].T) + model[2]


def offensive(data: Path, test: bool) -> None:
    ds = fa_offensive(data)
    columns = keyword_columns(data)
    train_x, val_x = norm(ds.train.texts), norm(ds.val.texts)
    ytr, yva = np.array(ds.train.labels), np.array(ds.val.labels)

    def features(texts: list[str], idf: np.ndarray, form: str):
        X = SPEC.transform(rewritten(texts, form), idf)
        if form in ("none", *REWRITES):
            return X, 0
        return sp.hstack([X, columns(texts, form)]).tocsr(), len(columns([""], form)[0])

    def macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
        return score_dataset(np.column_stack([1 - pred, pred]).astype(float), y, 0.5)["macro_f1"]

    if test:
        tests = {"Pars-OFF": parsoff(data)[1], "ParsOffensive": parsoffensive(data)[1]}
        tests_x = {k: (norm([t for t, _ in v]), np.array([y for _, y in v])) for k, v in tests.items()}
    print("fa-offensive keyword columns: C, validation uncalibrated / calibrated" + (" ; test" if test else ""))
    forms = ("none", "log", "any", "any + log", *REWRITES)
    for form in forms:
        idf = fit_idf(SPEC, rewritten(train_x, form))
        Xtr, dense = features(train_x, idf, form)
        Xva = features(val_x, idf, form)[0]
        fits = [(macro_f1(yva, (np.asarray(Xva @ c.T)[:, 0] + b[0] > 0).astype(int)), C, c, b)
                for C in C_GRID for c, b in [_fit(Xtr, ytr, C, 2, None, nb=True, n_dense=dense)]]
        score, C, coef, b = max(fits, key=lambda f: f[0])  # the first best, as the trainer keeps it
        shipped = (idf.astype(np.float16).astype(np.float32), coef.astype(np.float16).astype(np.float32), b)
        cal = _fit_form("platt", decision(features(val_x, shipped[0], form)[0], shipped), yva, np.ones(len(yva)))

        def label(texts: list[str], shipped: tuple = shipped, form: str = form, cal: dict = cal) -> np.ndarray:
            d = decision(features(texts, shipped[0], form)[0], shipped)
            return (calibrated(d, cal)[:, -1] >= 0.5).astype(int)

        line = f"  {form:13} C = {C:<4} {score:6.2f} / {macro_f1(yva, label(val_x)):6.2f}"
        if test:
            line += " ; " + " / ".join(f"{macro_f1(y, label(x)):.2f}" for x, y in tests_x.values())
        print(line, flush=True)
    texts, y = train_x + val_x, np.r_[ytr, yva]
    fold = np.array([bucket(t) % 5 for t in ds.train.texts + ds.val.texts])
    print("fa-offensive 5-fold CV on the training pool (uncalibrated; the better C of 1 and 4): mean, folds")
    for form in forms[:2]:
        by_c = {}
        for C in (1.0, 4.0):
            by_c[C] = []
            for f in range(5):
                scored = fold == f
                fit_x = [t for t, s in zip(texts, scored) if not s]
                idf_f = fit_idf(SPEC, rewritten(fit_x, form))
                X, dense = features(fit_x, idf_f, form)
                coef, b = _fit(X, y[~scored], C, 2, None, nb=True, n_dense=dense)
                d = np.asarray(features([t for t, s in zip(texts, scored) if s], idf_f, form)[0] @ coef.T)[:, 0] + b[0]
                by_c[C].append(macro_f1(y[scored], (d > 0).astype(int)))
        C = max(by_c, key=lambda c: np.mean(by_c[c]))
        print(f"  {form:13} C = {C:<4} {np.mean(by_c[C]):6.2f}  {' '.join(f'{s:.2f}' for s in by_c[C])}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--only", choices=("sentiment", "offensive"), default=None)
    ap.add_argument("--test", action="store_true", help="also print the test figures (after the choice)")
    args = ap.parse_args()
    data = (args.shared or shared_root()) / "data"
    if args.only != "offensive":
        sentiment(data, args.test)
    if args.only != "sentiment":
        offensive(data, args.test)


if __name__ == "__main__":
    main()
