"""``analyzer evaluate normalize``: Finglish transliteration quality and the stage's speed.

Transliteration is scored on the Finglish ↔ Persian pairs of
``finglish-persian-parallel`` (MIT; Persian side from Common Voice), after both
sides pass through the same Persian normaliser: word accuracy on pairs with the
same number of words, and character error rate on all pairs. The pairs whose
hash falls in the first 30 % are never looked at while tuning and are reported
apart. Speed is measured on real Persian comments (ParsOffensive, SnappFood),
beside hazm's Normalizer called directly.
"""

from __future__ import annotations

import time
from pathlib import Path

from . import Evaluation

DEFAULT_PATH = "data/finglish-persian-parallel"


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _pairs(path: Path) -> list[tuple[str, str]]:
    rows = (path / "PersianToFinglishDataset.txt").read_text(encoding="utf-8").splitlines()[1:]
    out = []
    for row in rows:
        parts = row.split("\t")
        if len(parts) >= 2 and parts[0].strip() and parts[1].strip():
            out.append((parts[0].strip(), parts[1].strip()))
    return out


def _score(pairs: list[tuple[str, str]]) -> tuple[float, float, int]:
    from ..normalize import normalize, normalize_batch

    pred = normalize_batch([f for f, _ in pairs], ["fa-Latn"] * len(pairs))
    gold = [normalize(p, "fa") for _, p in pairs]
    words_right = words = 0
    edits = chars = 0
    for p, g in zip(pred, gold):
        strip = lambda s: "".join(ch for ch in s if ch.isalnum() or ch in " \u200c")  # noqa: E731
        p, g = " ".join(strip(p).split()), " ".join(strip(g).split())
        pw, gw = p.split(), g.split()
        if len(pw) == len(gw):
            words += len(gw)
            words_right += sum(a.replace("\u200c", "") == b.replace("\u200c", "") for a, b in zip(pw, gw))
        edits += _edit_distance(p, g)
        chars += len(g)
    return 100 * words_right / max(1, words), 100 * edits / max(1, chars), len(pairs)


def _persian_comments(data: Path) -> list[str]:
    from ..classify.datasets import parsoffensive, snappfood

    train, test = parsoffensive(data)
    rows = train + test + snappfood(data)[0]
    return [t for t, _ in rows][:5000]


def run(path: Path) -> Evaluation:
    from ..classify.datasets import bucket
    from hazm import Normalizer

    from ..normalize import _normalize_one, normalize_batch

    pairs = _pairs(path)
    held = [p for p in pairs if bucket(p[0]) < 30]
    rest = [p for p in pairs if bucket(p[0]) >= 30]
    figures: dict[str, float] = {}
    lines = ["Finglish → Persian transliteration (finglish-persian-parallel)"]
    for label, subset in (("held_out", held), ("rest", rest)):
        acc, cer, n = _score(subset)
        figures[f"{label}.word_accuracy"] = round(acc, 2)
        figures[f"{label}.cer"] = round(cer, 2)
        lines.append(f"  {label:9} {n:5d} pairs: word accuracy {acc:5.1f} % [target ≥ 80], CER {cer:5.1f} %")
    data = path.parent
    comments = _persian_comments(data)
    hazm = Normalizer()  # hazm itself, untouched, as the reference
    start = time.perf_counter()
    expected = [hazm.normalize(" ".join(t.split())) for t in comments]
    hazm_rate = len(comments) / (time.perf_counter() - start)
    _normalize_one.cache_clear()
    start = time.perf_counter()
    ours = normalize_batch(comments, ["fa"] * len(comments))
    our_rate = len(comments) / (time.perf_counter() - start)
    same = sum(a == b for a, b in zip(ours, expected))
    figures["persian.equal_to_hazm"] = round(100 * same / len(comments), 2)
    lines.append(f"Persian stage on {len(comments)} real comments: {our_rate:,.0f}/s (cold cache) vs hazm "
                 f"Normalizer alone {hazm_rate:,.0f}/s [target ≥ 10,000/s]; output equal to hazm's on "
                 f"{figures['persian.equal_to_hazm']:.1f} %")
    info = {"persian_per_second": round(our_rate), "hazm_per_second": round(hazm_rate)}
    return Evaluation("normalize", figures, "\n".join(lines), info, {"held_out.cer", "rest.cer"})
