"""``analyzer evaluate normalize``: Finglish transliteration quality and the stage's speed.

Transliteration is scored on the Finglish ↔ Persian pairs of
``finglish-persian-parallel`` (MIT; Persian side from Common Voice), after both
sides pass through the same Persian normaliser: word accuracy on pairs with the
same number of words, and character error rate on all pairs. The pairs whose
hash falls in the first 30 % are never looked at while tuning nor learnt from
(``analyzer train finglish`` reads only the rest, the "training" line), and are
the figure that counts. Speed is measured on real Persian comments (ParsOffensive, SnappFood),
beside hazm's Normalizer called directly.
"""

from __future__ import annotations

from pathlib import Path

from . import Evaluation, best_cpu_seconds

DEFAULT_PATH = "data/finglish-persian-parallel"
SPEED_SAMPLE = 5000


def edit_distance(a: str, b: str) -> int:
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
    from ..normalize import transliterate
    from ..normalize.persian import persian_normalizer

    # The Finglish path of the stage minus its <elong>/emoji markers, which are not words.
    norm = persian_normalizer().normalize
    pred = [norm(transliterate(" ".join(f.split()))) for f, _ in pairs]
    gold = [norm(" ".join(p.split())) for _, p in pairs]
    words_right = words = 0
    edits = chars = 0
    for p, g in zip(pred, gold):
        strip = lambda s: "".join(ch for ch in s if ch.isalnum() or ch in " \u200c")  # noqa: E731
        p, g = " ".join(strip(p).split()), " ".join(strip(g).split())
        pw, gw = p.split(), g.split()
        if len(pw) == len(gw):
            words += len(gw)
            words_right += sum(a.replace("\u200c", "") == b.replace("\u200c", "") for a, b in zip(pw, gw))
        edits += edit_distance(p, g)
        chars += len(g)
    return 100 * words_right / max(1, words), 100 * edits / max(1, chars), len(pairs)


def _persian_comments(data: Path) -> list[str]:
    """Real Persian comments and reviews: ParsOffensive, Pars-OFF, SnappFood, SentiPers."""
    from ..classify.datasets import parsoff, parsoffensive, sentipers, snappfood

    texts: list[str] = []
    for load in (parsoffensive, parsoff, snappfood, sentipers):
        for rows in load(data):
            texts.extend(t for t, _ in rows)
    return texts


def transliteration(path: Path) -> tuple[dict[str, float], list[str], list[tuple[str, str]]]:
    """Word accuracy and CER on the held-out pairs and on the training pairs (figures, lines, held-out)."""
    from ..classify.datasets import bucket

    pairs = _pairs(path)
    held = [p for p in pairs if bucket(p[0]) < 30]
    rest = [p for p in pairs if bucket(p[0]) >= 30]  # the transliterator's training data
    figures: dict[str, float] = {}
    lines = ["Finglish → Persian transliteration (finglish-persian-parallel)"]
    for label, subset in (("held_out", held), ("rest", rest)):
        acc, cer, n = _score(subset)
        figures[f"{label}.word_accuracy"] = round(acc, 2)
        figures[f"{label}.cer"] = round(cer, 2)
        name = "held out" if label == "held_out" else "training"
        lines.append(f"  {name:9} {n:5d} pairs: word accuracy {acc:5.1f} % [target ≥ 80], CER {cer:5.1f} %")
    return figures, lines, held


SPEED_RUNS = 5


def _rate(work, n: int, before=None) -> float:
    """Items per CPU second, the best of ``SPEED_RUNS`` runs, each from a cold cache (``before``);
    a single wall-clock run here varied by a tenth."""
    return n / best_cpu_seconds(work, SPEED_RUNS, before)


def run(path: Path) -> Evaluation:
    from hazm import Normalizer

    from ..normalize import _normalize_one, normalize_batch
    from ..normalize.finglish import _segmentations
    from ..normalize.persian import persian_normalizer

    figures, lines, held = transliteration(path)
    data = path.parent
    corpus = _persian_comments(data)
    persian = persian_normalizer()
    hazm = Normalizer()  # hazm itself, untouched, as the reference
    same = sum(persian.normalize(t) == hazm.normalize(t) for t in (" ".join(t.split()) for t in corpus))
    figures["persian.equal_to_hazm"] = round(100 * same / len(corpus), 2)
    comments = corpus[:SPEED_SAMPLE]
    hazm_rate = _rate(lambda: [hazm.normalize(" ".join(t.split())) for t in comments], len(comments))
    normalize_batch(["گرم 😀 warm-up"], ["fa"])  # loads hazm's word lists and the emoji table
    our_rate = _rate(lambda: normalize_batch(comments, ["fa"] * len(comments)), len(comments),
                     _normalize_one.cache_clear)
    finglish = [f for f, _ in held]

    def cold() -> None:  # the transliterator's word cache too, as in the one run before
        _normalize_one.cache_clear()
        _segmentations.cache_clear()

    finglish_rate = _rate(lambda: normalize_batch(finglish, ["fa-Latn"] * len(finglish)), len(finglish), cold)
    lines.append(f"Persian: hazm-stage output equal to hazm's Normalizer on {figures['persian.equal_to_hazm']:.2f} % "
                 f"of {len(corpus):,} real comments (ParsOffensive, Pars-OFF, SnappFood, SentiPers)")
    lines.append(f"Speed, one process, {len(comments):,} comments, cold cache, after one warm-up call, best of {SPEED_RUNS} "
                 f"runs in CPU time: whole Persian stage {our_rate:,.0f}/s "
                 f"[target ≥ 10,000/s] vs hazm Normalizer alone {hazm_rate:,.0f}/s; Finglish "
                 f"{finglish_rate:,.0f} sentences/s (after the word lists load)")
    info = {"persian_per_second": round(our_rate), "hazm_per_second": round(hazm_rate),
            "finglish_per_second": round(finglish_rate)}
    return Evaluation("normalize", figures, "\n".join(lines), info, {"held_out.cer", "rest.cer"})
