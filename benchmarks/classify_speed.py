"""Throughput of the English classify stage: comments per second, batched, on one core.

    python benchmarks/classify_speed.py [--shared ../shared] [--rows 10000] [--batch 1000] [--repeat 3]

Reads real tweets (the SemEval 2013–2016 training rows behind ``en-sentiment``), normalises
them first (not timed: the pipeline's normalise stage), loads the models before the clock
starts, then times ``classify_batch`` (en-sentiment + en-offensive + en-hate, with the
explanations) in batches of ``--batch``. Prints the best of ``--repeat`` runs and the time
spent in each part for the last run. Pin it to one core with ``taskset -c 0``; say whether
the machine was busy when you quote a figure: the CPU-time figure (comments per second of
this process's own CPU time) moves much less with other load than the wall-clock one.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from analyzer.classify import SENTIMENT_MODELS, TOXICITY_MODELS, _model, classify_batch
from analyzer.classify.datasets import en_sentiment
from analyzer.classify.features import counting_spec
from analyzer.evaluate import shared_root
from analyzer.normalize import normalize_batch


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--rows", type=int, default=10000)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    data = (args.shared or shared_root()) / "data"
    texts = normalize_batch(en_sentiment(data).train.texts[: args.rows], ["en"] * args.rows)
    classify_batch(texts[:5], ["en"] * 5)  # models loaded before the clock starts
    best = best_cpu = 0.0
    for _ in range(args.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        for i in range(0, len(texts), args.batch):
            batch = texts[i: i + args.batch]
            classify_batch(batch, ["en"] * len(batch))
        best = max(best, len(texts) / (time.perf_counter() - start))
        best_cpu = max(best_cpu, len(texts) / (time.process_time() - start_cpu))
    print(f"{len(texts)} tweets, batches of {args.batch}, best of {args.repeat}: {best:.0f} comments/s wall clock, "
          f"{best_cpu:.0f} per CPU second")
    names = [SENTIMENT_MODELS["en"], *TOXICITY_MODELS["en"].values()]
    spec = counting_spec(_model(name).spec for name in names)  # the one that counts for all three
    start = time.perf_counter()
    counts = spec.counts(texts)
    parts = {"features (shared counts)": time.perf_counter() - start}
    for name in names:
        start = time.perf_counter()
        _model(name).predict_texts(texts, counts)
        parts[f"{name} weigh + score"] = time.perf_counter() - start
    for part, seconds in parts.items():
        print(f"  {part:28} {seconds:6.2f} s for {len(texts)}")


if __name__ == "__main__":
    main()
