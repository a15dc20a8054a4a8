"""Our HTML segmenter and trafilatura (asked for comments) on the same dragnet pages, side by side.

    pip install -e '.[dev]'
    python benchmarks/extraction_vs_trafilatura.py [../shared/eval/extraction/dragnet] [--limit N]

Prints article and comment token P/R/F1 (dragnet's bag-of-words measure, mean over pages),
the share of pages without gold comments where each tool outputs comments, and pages per
second of CPU time for each (one process), all measured in this one run.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from analyzer.evaluate import shared_root
from analyzer.evaluate.dragnet import gold_omissions, gold_pages
from analyzer.evaluate.extraction import predict, score


def trafilatura_predict(raw: bytes) -> tuple[str, str, int]:
    import trafilatura

    out = trafilatura.extract(raw, include_comments=True, output_format="json", with_metadata=True)
    if not out:
        return "", "", 0
    doc = json.loads(out)
    article = "\n".join(filter(None, [doc.get("title"), doc.get("text")]))
    comments = doc.get("comments") or ""
    return article, comments, 1 if comments.strip() else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(shared_root() / "eval/extraction/dragnet"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    args = parser.parse_args(argv)
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        print("trafilatura is not installed: pip install -e '.[dev]'", file=sys.stderr)
        return 1
    pages = gold_pages(Path(args.path))
    if args.limit:
        pages = pages[: args.limit]
    raws = [g.html_path.read_bytes() for g in pages]
    for name, fn in (("comment-thread-analyzer", predict), ("trafilatura", trafilatura_predict)):
        start = time.process_time()  # CPU seconds: other work on a shared machine does not count
        preds = [fn(raw) for raw in raws]
        rate = len(raws) / (time.process_time() - start)
        _, lines = score(list(zip(pages, preds)), "all", frozenset(gold_omissions()))
        print(f"== {name}: {rate:.1f} pages/s")
        print("\n".join(lines[1:]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
