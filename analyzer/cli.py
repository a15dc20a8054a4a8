"""Command line: subcommands over the pipeline; argparse stays in this module."""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

from . import evaluate as ev
from . import train as tr


def _cmd_evaluate(args: argparse.Namespace) -> int:
    names = list(ev.EVALUATIONS) if args.name == "all" else [args.name]
    failed = 0
    for name in names:
        mod = ev.module(name)
        path = Path(args.path) if args.path else ev.shared_root() / mod.DEFAULT_PATH
        if not path.exists():
            print(f"analyzer: {path}: evaluation data not found", file=sys.stderr)
            failed = 1
            continue
        start = time.perf_counter()
        result = mod.run(path)
        print(result.report)
        print(f"[{name}: {time.perf_counter() - start:.1f} s]")
        if args.write_baseline:
            print(f"baseline written: {ev.write_baseline(result)}")
        else:
            for line in ev.regressions(result):
                print(f"REGRESSION {line}", file=sys.stderr)
                failed = 1
    return failed


def _cmd_train(args: argparse.Namespace) -> int:
    shared = Path(args.shared) if args.shared else ev.shared_root()
    data = shared / "data"
    if not data.is_dir():
        print(f"analyzer: {data}: training data not found", file=sys.stderr)
        return 1
    names = args.names or list(tr.TRAINERS)
    for name in names:
        if name not in tr.TRAINERS:
            print(f"analyzer: unknown model {name!r}; known: {', '.join(tr.TRAINERS)}", file=sys.stderr)
            return 2
        start = time.perf_counter()
        summary = importlib.import_module(tr.TRAINERS[name]).train(shared)
        print(f"{name} ({time.perf_counter() - start:.0f} s): {summary}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="analyzer", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("evaluate", help="measure a stage on ../shared data")
    p.add_argument("name", choices=[*ev.EVALUATIONS, "all"])
    p.add_argument("path", nargs="?", help="data folder (default: its place under ../shared)")
    p.add_argument("--write-baseline", action="store_true",
                   help="store the figures as the new baseline in data/baselines/")
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser("train", help="rebuild the shipped models from ../shared/data")
    p.add_argument("names", nargs="*", help=f"models to train (default all: {', '.join(tr.TRAINERS)})")
    p.add_argument("--shared", help="the shared folder (default: ../shared beside the repo)")
    p.set_defaults(func=_cmd_train)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
