"""Word vectors learned without labels from in-domain text, beside the n-gram blocks (issue #8; not shipped).

    python benchmarks/classify_word_vectors.py [--shared ../shared] [--only fa-sentiment,fa-offensive]
        [--variants sif,sif3,cbow,sentence,supervised] [--test FILE]

The shipped models are linear on hashed word and character n-grams, learned from a few thousand
labelled rows each. Word vectors learned from the texts alone (no labels) carry what a rare word
is like, a standard semi-supervised gain for such models. Here they are learned by fastText
(``train_unsupervised``, dim 100, ``thread=1``: the same vectors on every run) from the normalised
texts of the TRAINING rows of each model (never validation or test rows), tokenised as the word
block reads them (hazm's tokens for Persian, the token pattern for English), words seen twice or
more.

Two families:

- ``sif`` (and ``sif3``, ``cbow``, ``sentence``): one more dense block beside the n-gram blocks, the
  SIF-weighted mean of a comment's word vectors (Arora et al. 2017: weight a / (a + p(w)),
  a = 1e-3, p from the training texts; the first principal component of the training rows'
  means removed), L2-normalised and scaled by 1 (``sif3``: by 3; the two sparse blocks have norm 1
  each). ``cbow``: the same from CBOW vectors. ``sentence``: fastText's own sentence vector
  (the mean of the L2-normalised vectors of every word, unseen ones through their subwords)
  instead of the SIF mean. The block is not NB-scaled (as the lexicon columns), and the model
  goes through the trainer's own steps (``train.train_one``: C from {1, 4, 16} on validation,
  float16 weights, calibration on validation).
- ``supervised``: fastText supervised (word 1–2-grams, char 2–5-grams, dim 100, 10 epochs, lr 0.5,
  ``thread=1``) initialised with the skip-gram vectors (``pretrainedVectors``, a ``.vec`` file), its
  probabilities averaged with the shipped model's calibrated ones: (1 − w) · linear + w · fastText,
  w = 0.25 and 0.5; fastText alone, with and without the vectors, for scale.

Printed per model: validation headline figure (set-weighted macro F1 for fa-sentiment, macro
recall for en-sentiment, macro F1 at P ≥ 0.5 for the binary ones) uncalibrated (at decision 0 /
arg max) and calibrated; 5-fold cross-validation on the training pool (train + validation rows,
folds by a hash of the text, never the test split): for the dense blocks 4 folds fit (vectors,
idf and weights from them alone) and one is scored, uncalibrated, at the C validation chose;
for the mixtures 3 folds fit, the next calibrates the linear model, one is scored (the linear
model alone the same way, for the comparison). ``--test FILE`` writes the test figures (as
``analyzer evaluate classify`` scores them; mixtures score a text whole) to FILE: read it only
after the choice. Normalised texts and fastText models are cached in ``/tmp/classify_word_vectors``
(about 90 MB per model file: clear it afterwards). fa-offensive with every variant took 38 minutes
on this machine shared with other jobs (load 5 to 8 on 2 cores); en-sentiment has three times the rows.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from analyzer.classify import train as trainer
from analyzer.classify.datasets import DATASETS, Dataset, bucket, inputs_digest
from analyzer.classify.features import TOKEN_PATTERN, FeatureSpec, fit_idf
from analyzer.classify.metrics import score_dataset
from analyzer.classify.model import calibrated
from analyzer.classify.train import _fit, _fit_form, _learner, _weighted_score, spec_for, train_one
from analyzer.evaluate import shared_root
from analyzer.evaluate.classify import BINARY_SETS, _scored, _test_sets
from analyzer.normalize import normalize_batch, persian_tokens

CACHE = Path("/tmp/classify_word_vectors")
DIM = 100
SIF_A = 1e-3
MIN_COUNT = 2
MIXES = (0.25, 0.5)
ORDER = ("fa-sentiment", "fa-offensive", "en-offensive", "en-sentiment", "en-hate")
_WORD = re.compile(TOKEN_PATTERN)


def tokens(text: str, lang: str) -> list[str]:
    """The words of a normalised text as the word block reads them (one case)."""
    return [t.lower() for t in persian_tokens(text)] if lang == "fa" else _WORD.findall(text.lower())


def one_line(text: str) -> str:
    return " ".join(text.split())


def _digest(*parts: object) -> str:
    return hashlib.sha1(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def normalised(ds: Dataset) -> dict[str, list[str]]:
    """The normalised train / validation texts of ``ds`` (cached by the digest of its rows)."""
    path = CACHE / f"norm-{ds.name}-{inputs_digest(ds)[:16]}.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    out = {part: normalize_batch(split.texts, [ds.lang] * len(split))
           for part, split in (("train", ds.train), ("val", ds.val))}
    path.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return out


def unsupervised(texts: list[str], lang: str, model: str):
    """fastText vectors learned from ``texts`` (thread 1: deterministic); the model file is cached."""
    import fasttext

    corpus = [" ".join(tokens(t, lang)) for t in texts]
    key = _digest(corpus, model, DIM, MIN_COUNT)
    path = CACHE / f"ft-{model}-{key}.bin"
    if not path.exists():
        src = CACHE / f"corpus-{key}.txt"
        src.write_text("\n".join(corpus) + "\n", encoding="utf-8")
        ft = fasttext.train_unsupervised(str(src), model=model, dim=DIM, minCount=MIN_COUNT, thread=1,
                                         bucket=200_000, verbose=0)
        ft.save_model(str(path))
        src.unlink()
    return fasttext.load_model(str(path))


@dataclass
class Sif:
    """SIF sentence embeddings from a fixed vocabulary of float16 vectors (what could ship)."""

    lang: str
    index: dict[str, int]
    vectors: np.ndarray  # (V, DIM) float32 from float16
    weight: np.ndarray  # a / (a + p(w)) per word
    scale: float
    pc: np.ndarray = field(default_factory=lambda: np.zeros(DIM, np.float32))
    ft: object = None  # the fastText model, for ``sentence``

    @classmethod
    def learn(cls, texts: list[str], lang: str, model: str, scale: float, sentence: bool = False) -> Sif:
        ft = unsupervised(texts, lang, model)
        words, freq = ft.get_words(include_freq=True)
        keep = [i for i, w in enumerate(words) if w != "</s>"]
        words = [words[i] for i in keep]
        p = np.asarray(freq, dtype=np.float64)[keep] / np.sum(np.asarray(freq)[keep])
        vectors = np.vstack([ft.get_word_vector(w) for w in words]).astype(np.float16).astype(np.float32)
        sif = cls(lang, {w: i for i, w in enumerate(words)}, vectors, (SIF_A / (SIF_A + p)).astype(np.float32),
                  scale, ft=ft if sentence else None)
        means = sif._means(texts)
        # The first right singular vector of the training means (uncentred, as Arora et al.).
        sif.pc = np.linalg.svd(means, full_matrices=False)[2][0].astype(np.float32)
        return sif

    def _means(self, texts: list[str]) -> np.ndarray:
        if self.ft is not None:
            return np.vstack([self.ft.get_sentence_vector(one_line(t)) for t in texts]).astype(np.float32)
        rows, cols, vals = [], [], []
        for r, text in enumerate(texts):
            found = [self.index[w] for w in tokens(text, self.lang) if w in self.index]
            if not found:
                continue
            rows += [r] * len(found)
            cols += found
            vals += [1.0 / len(found)] * len(found)
        W = sp.csr_matrix((np.asarray(vals, np.float32) * self.weight[cols], (rows, cols)),
                          shape=(len(texts), len(self.index)))
        return np.asarray(W @ self.vectors, dtype=np.float32)

    def columns(self, texts: list[str]) -> np.ndarray:
        e = self._means(texts)
        e -= np.outer(e @ self.pc, self.pc)
        norms = np.linalg.norm(e, axis=1, keepdims=True)
        return self.scale * e / np.maximum(norms, 1e-9)


@dataclass(frozen=True)
class EmbeddedSpec(FeatureSpec):
    """The shipped spec with the SIF block after its dense columns (not NB-scaled, idf 1)."""

    block: Sif | None = field(default=None, compare=False)

    @property
    def n_dense(self) -> int:
        return super().n_dense + (DIM if self.block is not None else 0)

    def _dense(self, texts: list[str]) -> np.ndarray | None:
        base = super()._dense(texts)
        cols = self.block.columns(texts)
        return cols if base is None else np.hstack([base, cols])


VARIANTS = {"sif": ("skipgram", 1.0, False), "sif3": ("skipgram", 3.0, False), "cbow": ("cbow", 1.0, False),
            "sentence": ("skipgram", 1.0, True)}


@dataclass
class Task:
    """One model's data, read once: texts normalised as the trainer reads them."""

    ds: Dataset
    train_x: list[str]
    val_x: list[str]
    headline: str

    @property
    def k(self) -> int:
        return len(self.ds.labels)

    @property
    def val_w(self) -> np.ndarray:
        return np.array(self.ds.val.weights) if self.ds.val.weights is not None else np.ones(len(self.ds.val))

    def score(self, p_or_d: np.ndarray, y: np.ndarray, w: np.ndarray, probability: bool) -> float:
        """The headline figure of decisions (cut at 0) or probabilities (cut at 0.5)."""
        if self.k == 2:
            pred = (p_or_d[:, -1] >= 0.5).astype(int) if probability else (p_or_d[:, 0] > 0).astype(int)
        else:
            pred = p_or_d.argmax(axis=1)
        return 100 * _weighted_score(pred, y, w, self.headline)


def spec_of(task: Task, variant: str, texts: list[str]) -> FeatureSpec:
    base = spec_for(task.ds.lang, task.ds.name)
    if variant in ("this model", "supervised"):
        return base
    model, scale, sentence = VARIANTS[variant]
    fields = {f: getattr(base, f) for f in base.__dataclass_fields__}
    return EmbeddedSpec(**fields, block=Sif.learn(texts, task.ds.lang, model, scale, sentence))


def validation(task: Task, variant: str):
    """The trainer's own steps with ``variant``'s spec; (model, C, uncalibrated, calibrated)."""
    spec = spec_of(task, variant, task.train_x)
    model, meta = train_one(task.ds, spec)
    Xva = spec.transform(task.val_x, model.idf)
    y = np.array(task.ds.val.labels)
    return (model, meta["C"], task.score(model.decision(Xva), y, task.val_w, False),
            task.score(model.proba(Xva), y, task.val_w, True))


def pool(task: Task) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    ds = task.ds
    w = (np.r_[ds.train.weights, ds.val.weights] if ds.train.weights is not None
         else np.ones(len(ds.train) + len(ds.val)))
    fold = np.array([bucket(t) % 5 for t in ds.train.texts + ds.val.texts])
    return task.train_x + task.val_x, np.r_[ds.train.labels, ds.val.labels].astype(int), w, fold


def fit_linear(task: Task, spec: FeatureSpec, texts: list[str], y: np.ndarray, w: np.ndarray, C: float):
    idf = fit_idf(spec, texts)
    weights = w if task.ds.train.weights is not None else None
    coef, b = _fit(spec.transform(texts, idf), y, C, task.k, weights, **_learner(spec))
    return lambda x: np.asarray(spec.transform(x, idf) @ coef.T) + b


def cross_validated(task: Task, variant: str, C: float) -> list[float]:
    """4 folds fit (vectors too), one scored, uncalibrated, at ``C``."""
    texts, y, w, fold = pool(task)
    scores = []
    for f in range(5):
        fit = fold != f
        fit_x = [t for t, keep in zip(texts, fit) if keep]
        decide = fit_linear(task, spec_of(task, variant, fit_x), fit_x, y[fit], w[fit], C)
        scores.append(task.score(decide([t for t, keep in zip(texts, fit) if not keep]), y[~fit], w[~fit], False))
    return scores


FASTTEXT = ("plain", "vectors", "vectors .ftz")


def supervised(task: Task, texts: list[str], y: np.ndarray, kind: str):
    """fastText supervised on ``texts``: ``plain``; ``vectors``, initialised with the skip-gram vectors
    of the same texts; ``vectors .ftz``, that model quantised as it could ship (``cutoff`` 50,000
    n-grams, ``qnorm``); ``plain .ftz``, the plain one quantised. Returns a function texts → probabilities in label order."""
    import fasttext

    pretrained = kind.startswith("vectors")
    lines = [f"__label__{label} {' '.join(tokens(t, task.ds.lang))}" for t, label in zip(texts, y)]
    key = _digest(lines, pretrained, DIM)
    path = CACHE / f"sup-{key}.bin"
    if not path.exists():
        src, vec = CACHE / f"sup-{key}.txt", CACHE / f"sup-{key}.vec"
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        extra = {}
        if pretrained:
            ft = unsupervised(texts, task.ds.lang, "skipgram")
            words = [w for w in ft.get_words() if w != "</s>"]
            with vec.open("w", encoding="utf-8") as out:
                out.write(f"{len(words)} {DIM}\n")
                for word in words:
                    out.write(word + " " + " ".join(f"{v:.5f}" for v in ft.get_word_vector(word)) + "\n")
            extra["pretrainedVectors"] = str(vec)
        model = fasttext.train_supervised(str(src), dim=DIM, epoch=10, lr=0.5, wordNgrams=2, minn=2, maxn=5,
                                          thread=1, bucket=200_000, seed=0, verbose=0, **extra)
        model.save_model(str(path))
        src.unlink()
        vec.unlink(missing_ok=True)
    model = fasttext.load_model(str(path))
    if kind.endswith(".ftz"):
        qpath = path.with_suffix(".ftz")
        if not qpath.exists():
            model.quantize(cutoff=50_000, qnorm=True, retrain=False)
            model.save_model(str(qpath))
        model = fasttext.load_model(str(qpath))

    def proba(x: list[str]) -> np.ndarray:
        labels, probs = model.predict([" ".join(tokens(t, task.ds.lang)) for t in x], k=task.k)
        out = np.zeros((len(x), task.k))
        for i, (ls, ps) in enumerate(zip(labels, probs)):
            for label, p in zip(ls, ps):
                out[i, int(label.removeprefix("__label__"))] = p
        return out

    return proba


def mixtures_cv(task: Task, C: float, calibration: str) -> dict[str, list[float]]:
    """3 folds fit, the next calibrates the linear model, one is scored."""
    texts, y, w, fold = pool(task)
    spec = spec_for(task.ds.lang, task.ds.name)
    out: dict[str, list[float]] = {}
    for f in range(5):
        scored, cal_rows = fold == f, fold == (f + 1) % 5
        fit = ~(scored | cal_rows)
        pick = lambda m: [t for t, keep in zip(texts, m) if keep]
        decide = fit_linear(task, spec, pick(fit), y[fit], w[fit], C)
        cal = _fit_form(calibration, decide(pick(cal_rows)), y[cal_rows], w[cal_rows])
        lin = calibrated(decide(pick(scored)), cal)
        fts = {kind: supervised(task, pick(fit), y[fit], kind)(pick(scored)) for kind in FASTTEXT}
        for name, p in mixtures(lin, fts).items():
            out.setdefault(name, []).append(task.score(p, y[scored], w[scored], True))
    return out


def mixtures(lin: np.ndarray, fts: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    return {"linear alone": lin} | {f"{kind}, w = {m}": (1 - m) * lin + m * ft
                                    for kind, ft in fts.items() for m in MIXES}


def test_figures(name: str, sets: dict, proba_of) -> str:
    out = []
    for (model_name, set_name), (x, y) in sets.items():
        if model_name != name:
            continue
        p = proba_of(x)
        if set_name in BINARY_SETS:
            pos, yb = (p[:, 2] > p[:, 0]).astype(int), (y == 2).astype(int)
            out.append(f"{set_name} f1 {200 * np.sum(pos & yb) / (pos.sum() + yb.sum()):.2f}")
        else:
            s = score_dataset(p, y, 0.5 if p.shape[1] == 2 else None)
            key = "macro_recall" if name == "en-sentiment" else "macro_f1"
            out.append(f"{set_name} {key} {s[key]:.2f} ece {s['ece']:.2f}")
    return "; ".join(out)


def run(task: Task, variants: list[str], test_sets: dict | None, test_out) -> None:
    name = task.ds.name
    print(f"{name}: validation uncalibrated / calibrated (C); 5-fold CV uncalibrated: mean, folds", flush=True)
    base_cv: list[float] = []
    for variant in ["this model"] + [v for v in variants if v in VARIANTS]:
        model, C, uncal, cal = validation(task, variant)
        if variant == "this model":
            base_model, C0 = model, C
        cv = cross_validated(task, variant, C)
        base_cv = base_cv or cv
        higher = sum(a > b for a, b in zip(cv, base_cv))
        print(f"  {variant:11} {uncal:6.2f} / {cal:6.2f} (C = {C:g});  CV {np.mean(cv):6.2f}  "
              f"{' '.join(f'{s:.2f}' for s in cv)}" + ("" if variant == "this model" else f"  higher in {higher} of 5"),
              flush=True)
        if test_sets is not None:
            print(f"{name} {variant}: {test_figures(name, test_sets, lambda x, m=model: _scored(name, m, x))}",
                  file=test_out, flush=True)
    if "supervised" not in variants:
        return
    y_tr, y_va = np.array(task.ds.train.labels), np.array(task.ds.val.labels)
    lin = base_model.proba(base_model.spec.transform(task.val_x, base_model.idf))
    print(f"{name}: fastText supervised, validation (calibrated linear model; fastText as it comes)", flush=True)
    fts = {kind: supervised(task, task.train_x, y_tr, kind) for kind in FASTTEXT}
    p_fts = {kind: ft(task.val_x) for kind, ft in fts.items()}
    for kind, p in p_fts.items():
        print(f"  fastText alone, {kind:24} {task.score(p, y_va, task.val_w, True):6.2f}", flush=True)
    for mix, p in mixtures(lin, p_fts).items():
        print(f"  {mix:40} {task.score(p, y_va, task.val_w, True):6.2f}", flush=True)
    method = base_model.calibration.get("method", "temperature")
    cv = mixtures_cv(task, C0, method)
    print(f"{name}: mixtures, 5-fold CV (3 fit, 1 calibrates ({method}), 1 scored): mean, folds", flush=True)
    for mix, scores in cv.items():
        higher = sum(a > b for a, b in zip(scores, cv["linear alone"]))
        print(f"  {mix:40} {np.mean(scores):6.2f}  {' '.join(f'{s:.2f}' for s in scores)}"
              + ("" if mix == "linear alone" else f"  higher in {higher} of 5"), flush=True)
    if test_sets is not None:
        for kind, ft in fts.items():
            for m in MIXES:
                def proba_of(x: list[str], m: float = m, ft=ft) -> np.ndarray:
                    return (1 - m) * _scored(name, base_model, x) + m * ft(x)

                print(f"{name} {kind}, w = {m}: {test_figures(name, test_sets, proba_of)}", file=test_out, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--only", default=",".join(ORDER), help="models, comma-separated (default: all five)")
    ap.add_argument("--variants", default="sif,sif3,cbow,sentence,supervised")
    ap.add_argument("--test", type=Path, default=None, help="write the test figures to this file")
    args = ap.parse_args()
    data = (args.shared or shared_root()) / "data"
    CACHE.mkdir(parents=True, exist_ok=True)
    cached: dict[str, dict[str, list[str]]] = {}
    # The trainer normalises its rows itself: read them from the cache instead.
    trainer._prepare = lambda ds: (cached[ds.name]["train"], cached[ds.name]["val"], [])
    test_sets = None
    if args.test is not None:
        test_sets = {key: (normalize_batch(x, [lang] * len(x)), y) for key, (x, y, lang) in _test_sets(data).items()}
    with (args.test.open("w", encoding="utf-8") if args.test else open("/dev/null", "w")) as test_out:
        for name in args.only.split(","):
            ds = DATASETS[name](data)
            cached[name] = normalised(ds)
            task = Task(ds, cached[name]["train"], cached[name]["val"],
                        "macro_recall" if name == "en-sentiment" else "macro_f1")
            run(task, args.variants.split(","), test_sets, test_out)


if __name__ == "__main__":
    main()
