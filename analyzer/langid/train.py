"""``analyzer train langid``: the Finglish-vs-Latin model used by the language stage.

Positives: the Latin side of ``finglish-persian-parallel`` (MIT), without the
30 % that ``analyzer evaluate langid`` holds out, plus its one- and two-word
pieces so that short comments are covered. Negatives: English tweets (TweetEval
sentiment ``val`` and offensive ``train``) and lingua's test items of Latin-script
languages that the evaluation does not score (Apache-2.0, Leipzig CC BY). The
cut is set so that at most 0.5 % of English validation tweets are called Finglish.
"""

from __future__ import annotations

import tarfile
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from ..classify.datasets import bucket
from ..classify.features import FeatureSpec, fit_idf
from ..classify.model import LinearModel
from .finglish import MODEL_DIR, NAME

SPEC = FeatureSpec(word_bits=16, char_bits=17, word_ngrams=(1, 1), char_ngrams=(1, 4))
NEGATIVE_LANGS = ("de", "fr", "es", "it", "nl", "fi", "hu", "id", "ms", "tl", "pt", "sv", "da", "pl", "ro",
                  "cs", "sk", "sl", "hr", "et", "lv", "lt", "sq", "sw", "so", "yo", "az", "eu", "ca", "cy",
                  "ga", "is", "la", "mi", "nb", "nn", "sn", "st", "tn", "ts", "xh", "zu", "vi", "eo", "bs", "lg", "om")
CARD = Path(__file__).resolve().parents[2] / "data" / "models" / "langid.md"


def finglish_pairs(data: Path) -> list[str]:
    rows = (data / "finglish-persian-parallel" / "PersianToFinglishDataset.txt").read_text(encoding="utf-8")
    return [r.split("\t")[0].strip() for r in rows.splitlines()[1:] if r.split("\t")[0].strip()]


def _pieces(sentences: list[str]) -> list[str]:
    out = []
    for s in sentences:
        words = s.split()
        out += [" ".join(words[i:i + 2]) for i in range(0, len(words) - 1, 3)]
        out += [w for w in words[1::4] if len(w) > 2]
    return out


def _lingua_latin(data: Path) -> list[str]:
    out = []
    with tarfile.open(data / "langid-lingua-testdata" / "language-testdata_all.tar.gz") as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            lang = member.name.rsplit("/", 1)[-1][:-4]
            if member.isfile() and lang in NEGATIVE_LANGS:
                text = tar.extractfile(member).read().decode("utf-8")
                out += [line.strip() for line in text.splitlines() if line.strip()][:400]
    return out


def _tweets(path: Path) -> list[str]:
    import gzip

    raw = gzip.open(path).read() if path.suffix == ".gz" else path.read_bytes()
    return [line.strip() for line in raw.decode("utf-8").splitlines() if line.strip()]


def train(shared: Path) -> str:
    start = time.perf_counter()
    data = shared / "data"
    fing = [s for s in finglish_pairs(data) if bucket(s) >= 30]
    fit_pos = [s for s in fing if bucket(s) >= 40]
    val_pos = [s for s in fing if bucket(s) < 40]
    english = _tweets(data / "en-tweeteval-offensive" / "train_text.txt.gz")
    english_val = _tweets(data / "en-tweeteval-sentiment" / "val_text.txt")
    negatives = english + _pieces(english[:3000]) + _lingua_latin(data)
    positives = fit_pos + _pieces(fit_pos)
    texts = [t.lower() for t in positives + negatives]
    y = np.array([1] * len(positives) + [0] * len(negatives))
    idf = fit_idf(SPEC, texts)
    X = SPEC.transform(texts, idf)
    clf = LogisticRegression(C=4.0, solver="liblinear", class_weight="balanced", max_iter=1000, random_state=0)
    clf.fit(X, y)
    model = LinearModel(NAME, ["other", "fa-Latn"], SPEC, idf.astype(np.float16).astype(np.float32),
                        clf.coef_.astype(np.float16).astype(np.float32), clf.intercept_.astype(np.float32),
                        {"a": 1.0, "b": 0.0}, {})
    p_en = model.proba(SPEC.transform([t.lower() for t in english_val], model.idf))[:, 1]
    p_fi = model.proba(SPEC.transform([t.lower() for t in val_pos], model.idf))[:, 1]
    cut = float(np.quantile(p_en, 0.995))
    cut = max(0.5, round(cut + 0.005, 3))
    recall = float(np.mean(p_fi >= cut))
    model.meta = {"threshold": cut, "positives": len(positives), "negatives": len(negatives),
                  "val_recall": round(100 * recall, 1), "val_english_fp": round(100 * float(np.mean(p_en >= cut)), 2),
                  "seconds": round(time.perf_counter() - start, 1)}
    model.save(MODEL_DIR)
    from . import arabic_script
    from .detect import _lid_probabilities

    ngram, ngram_meta = arabic_script.train(data, _lid_probabilities)
    ngram.save()
    arabic_script.ngram_model.cache_clear()
    return (f"fa/ar/ur n-gram model: {ngram_meta}; "
            f"finglish model: {len(positives)} positive / {len(negatives)} negative texts, threshold {cut}, "
            f"validation recall {100 * recall:.1f} %, English false positives {model.meta['val_english_fp']} %")
