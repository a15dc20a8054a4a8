"""Command line: subcommands over the pipeline; argparse stays in this module."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from pathlib import Path

from . import evaluate as ev
from . import train as tr
from .cluster import ClusterError, WorkerError
from .output import FORMATS, OutputError, check_target, open_output, writing


_bar = False  # a progress bar is drawn on stderr: errors go above it, not through it
_reported = 0  # error lines written this run: a closed output pipe must not turn them into exit code 0


def _error(message: str) -> None:
    global _reported
    _reported += 1
    _note(message)


def _note(message: str) -> None:
    """A line on stderr, above the progress bar if one is drawn; a note alone (a FIFO a folder
    walk skipped) leaves the exit code as it is."""
    if _bar:
        from tqdm import tqdm

        tqdm.write(f"analyzer: {message}", file=sys.stderr)
    else:
        print(f"analyzer: {message}", file=sys.stderr)


def _progress(items, enabled: bool, desc: str):
    """A tqdm bar on stderr when asked for and stderr is a terminal; else the items as they are."""
    global _bar
    if not enabled or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    _bar = True
    return tqdm(items, desc=desc, unit="page", file=sys.stderr)


# The format an -o file's suffix names, taken when --format is not given.
_SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
                   ".db": "sqlite", ".sqlite": "sqlite", ".sqlite3": "sqlite"}


def _output_format(args: argparse.Namespace) -> str:
    """--format, else the one the -o file's suffix names, else jsonl. '-o comments.csv' without
    -f wrote JSON lines under a CSV's name (a spreadsheet showed one column of JSON), and
    '-o store.db' a text file that a later '-f sqlite' run called 'not a usable SQLite database'."""
    if args.format:
        return args.format
    suffix = Path(args.output).suffix.lower() if args.output and args.output != "-" else ""
    return _SUFFIX_FORMATS.get(suffix, "jsonl")


def _cmd_analyze(args: argparse.Namespace) -> int:
    from .output import COMMENT_COLUMNS, write_csv, write_json, write_jsonl
    from .pipeline import Failure, run

    args.format = _output_format(args)
    check_target(args.output, args.format, args.force, args.paths)
    failed = False
    pages = 0

    def results():
        nonlocal failed, pages
        analysed = run(args.paths, _within_cores(args.jobs), args.scheduler, exclude=[args.output], note=_note)
        for item in _progress(analysed, args.progress, "pages"):
            if isinstance(item, Failure):
                _error(item.message)
                failed = True
                continue
            pages += 1
            yield item

    if args.format == "sqlite":
        from .output.sqlite import connect, store_page

        try:
            db = connect(args.output)
        except OSError as exc:
            raise OutputError(str(exc)) from None
        with writing(args.output, opening=False), db:
            for result in results():
                store_page(db, result)
        db.close()
    else:
        with open_output(args.output, args.format) as fh:
            if args.format == "json":
                write_json((r.to_dict() for r in results()), fh)
            else:
                rows = (c.to_dict() for r in results() for c in r.comments)
                if args.format == "jsonl":
                    write_jsonl(rows, fh)
                else:
                    write_csv(rows, fh, COMMENT_COLUMNS)
    if pages == 0 and not failed:
        _error("no pages found in " + " ".join(args.paths))
        return 1
    return 1 if failed else 0


def _cmd_classify(args: argparse.Namespace) -> int:
    from .classify_input import classify_inputs
    from .output import ANALYSIS_COLUMNS, write_csv, write_json, write_jsonl

    args.format = _output_format(args)
    check_target(args.output, args.format, args.force, args.inputs)
    failures: list[str] = []

    def report(message: str) -> None:
        _error(message)
        failures.append(message)

    records = classify_inputs(args.inputs, report, batch=args.batch_size, thread_field=args.thread_field,
                              as_comments=args.as_comments)
    if args.format == "sqlite":
        from .output.sqlite import connect, store_classified

        try:
            db = connect(args.output)
        except OSError as exc:
            raise OutputError(str(exc)) from None
        with writing(args.output, opening=False):
            store_classified(db, records)
        db.close()
    else:
        with open_output(args.output, args.format) as fh:
            if args.format == "csv":  # the input's own fields follow ours
                write_csv(records, fh, ["text", *ANALYSIS_COLUMNS])
            else:
                (write_jsonl if args.format == "jsonl" else write_json)(records, fh)
    return 1 if failures else 0


def _cmd_report(args: argparse.Namespace) -> int:
    from .pipeline import Failure, run
    from .report import is_own_report, render

    out = None if args.output == "-" else Path(args.output)  # "-": standard output, as for the other commands
    if out and out.exists() and not args.force and not is_own_report(out):
        raise OutputError(f"{out}: exists and is not a report of ours; use --force to overwrite it")
    check_target(args.output, "html", True, args.paths)
    results, failures = [], []
    analysed = run(args.paths, _within_cores(args.jobs), args.scheduler, exclude=[args.output], note=_note)
    for item in _progress(analysed, args.progress, "pages"):
        if isinstance(item, Failure):
            _error(item.message)
            failures.append(item)  # the report isolates its file name
        else:
            results.append(item)
    if not results and not failures:
        _error("no pages found in " + " ".join(args.paths))
        return 1
    html = render(results, failures, title=args.title)
    if out is None:
        with open_output("-", "html") as fh:
            fh.write(html)
        return 1 if failures else 0
    with writing(str(out)):
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html, encoding="utf-8")
    n = sum(len(r.comments) for r in results)
    print(f"{out}: {len(results)} page(s), {n} comment(s)", file=sys.stderr)
    return 1 if failures else 0


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
        try:
            summary = importlib.import_module(tr.TRAINERS[name]).train(shared)
        except (RuntimeError, OSError) as exc:  # a missing train extra, unreadable data: one line each
            print(f"analyzer: train {name}: {exc}", file=sys.stderr)
            return 1
        print(f"{name} ({time.perf_counter() - start:.0f} s): {summary}")
    return 0


def _cores() -> int:
    """The cores this process may run on (a container or ``taskset`` may allow fewer than the
    machine has)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _jobs(value: str) -> int:
    """``--jobs``: a count of processes, 0 for one per core."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("the number of processes cannot be negative")
    return n or _cores()


def _within_cores(jobs: int) -> int:
    """No more processes than cores: the stages are CPU-bound, so more only wait their turn, and
    each loads the models (``-j 100`` on two cores started a hundred)."""
    cores = _cores()
    if jobs > cores:
        _note(f"--jobs {jobs} is more than the {cores} cores this run may use; {cores} processes")
        return cores
    return jobs


def _batch_size(value: str) -> int:
    """``--batch-size``: 0 or less was taken as 1 without a word, a batch of one text at a time,
    the slowest way to classify (each batch pays the models' fixed cost)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of texts: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"at least 1 text at a time, not {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="analyzer", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def output_options(p: argparse.ArgumentParser, json_is: str) -> None:
        p.add_argument("--format", "-f", choices=FORMATS,
                       help=f"jsonl: one comment a line; json: {json_is}; csv: records flattened; sqlite: "
                            "upsert into -o FILE.db (default: the one -o's suffix names, .jsonl .ndjson .json .csv "
                            ".db .sqlite .sqlite3, else jsonl)")
        p.add_argument("-o", "--output", metavar="FILE", help="output file (default: standard output)")
        p.add_argument("--force", action="store_true",
                       help="overwrite an existing output file (a SQLite store is updated without it)")

    paths_help = "files, folders (walked for page files) or - for standard input"

    def crawl_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--progress", action="store_true", help="show a progress bar on stderr")
        where = p.add_mutually_exclusive_group()  # a cluster ignored --jobs without a word
        where.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                           help="analyse pages in N processes (default 1; 0: one per CPU core); "
                                "the output is the same, in the same order")
        where.add_argument("--scheduler", metavar="ADDRESS",
                           help="analyse pages on a Dask cluster, e.g. tcp://10.0.0.5:8786 (needs the "
                                "cluster extra here and this package on the workers); same output, same order")

    p = sub.add_parser("analyze", help="pages (files, folders, - for stdin) to analysed comments")
    p.add_argument("paths", nargs="+", metavar="PATH", help=paths_help)
    output_options(p, "one object a page, its comments inside")
    crawl_options(p)
    p.set_defaults(func=_cmd_analyze)

    p = sub.add_parser("classify", help="comments you already have (text lines or JSON lines) to records")
    p.add_argument("inputs", nargs="*", default=["-"], metavar="FILE",
                   help="one comment a line, or JSON lines with a \"text\" field (default: stdin)")
    output_options(p, "one array of the records")
    p.add_argument("--batch-size", type=_batch_size, default=2000, metavar="N",
                   help="texts analysed at once (default 2000; at least 1)")
    p.add_argument("--thread-field", metavar="NAME",
                   help="JSON field naming each comment's thread (e.g. page): a thread's comments are read "
                        "together, as analyze reads a page's, so a one-word comment takes its neighbours' language; "
                        "a plain-text file is one thread")
    p.add_argument("--as-comments", action="store_true",
                   help="read a file as comments even when it looks like pages (a WARC, an HTML page, JSON lines "
                        "with an \"html\" field), which is otherwise refused: 'analyzer analyze' finds a page's comments")
    p.set_defaults(func=_cmd_classify)

    p = sub.add_parser("report", help="pages to one self-contained HTML report")
    p.add_argument("paths", nargs="+", metavar="PATH", help=paths_help)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the HTML file to write, e.g. reports/NAME.html")
    p.add_argument("--title", default="Comment report", help="the report's heading")
    p.add_argument("--force", action="store_true", help="overwrite a file that is not one of our reports")
    crawl_options(p)
    p.set_defaults(func=_cmd_report)

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
    global _reported
    _reported = 0
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except OutputError as exc:
        _error(str(exc))
        return 2
    except (ClusterError, WorkerError) as exc:
        _error(str(exc))
        return 2
    except BrokenPipeError:  # `analyzer analyze ... | head` is fine, but not the errors reported before it
        # what is still buffered for the closed pipe would fail again at exit, with a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1 if _reported else 0
    except KeyboardInterrupt:  # Ctrl-C: a file written so far is cut short, and may not parse (a JSON array)
        output = getattr(args, "output", None)
        partial = output and output != "-" and args.command != "report" and Path(output).exists()
        _error(f"interrupted; {output} holds only what was written before" if partial else "interrupted")
        return 130
