"""Throughput of the whole pipeline: pages and comments per second on one core.

    python benchmarks/pipeline_speed.py [PATH...] [--pages N]   (default: data/samples, repeated)

Model loading is paid once before timing, as in a long crawl. The pages are read again until
about ``--pages`` (200) have been analysed, at least once each (the test asks for a few only).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from analyzer.load import LoadError, expand, load
from analyzer.pipeline import analyze_page

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Throughput of the whole pipeline")
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--pages", type=int, default=200, help="about how many page analyses to time")
    args = parser.parse_args(argv)
    paths = args.paths or [str(REPO / "data" / "samples"), str(REPO / "tests" / "fixtures" / "pages")]
    pages = [page for source in expand(paths) for page in load(source) if not isinstance(page, LoadError)]
    if not pages:
        print("no pages found", file=sys.stderr)
        return 1
    for page in pages:  # warm-up: model loading, imports
        analyze_page(page)
    rounds = max(1, args.pages // len(pages))
    start = time.perf_counter()
    comments = 0
    for _ in range(rounds):
        for page in pages:
            comments += len(analyze_page(page).comments)
    elapsed = time.perf_counter() - start
    n = rounds * len(pages)
    print(f"{n} pages, {comments} comments in {elapsed:.2f} s: "
          f"{n / elapsed:.1f} pages/s, {comments / elapsed:.0f} comments/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
