"""The whole flow, top to bottom: load → segment → langid → normalize → classify.

Aggregation and writing happen in the callers (CLI, report), which consume the
``PageResult`` stream this module yields. Analysis runs in batches per page so
that each model sees many texts at once (fastText and the linear models are
several times faster on lists than one text at a time).
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice

from .classify import classify_batch
from .cluster import WorkerError
from .dates import page_dates
from .langid import detect_batch
from .load import LoadError, expand, load
from .normalize import normalize_batch
from .records import Analysis, Comment, CommentRecord, Page, PageResult
from .segment import segment


@dataclass
class Failure:
    """An input that could not be analysed; ``message`` is one line naming it."""

    source: str
    message: str


def run(paths: Iterable[str], jobs: int = 1, scheduler: str | None = None,
        exclude: Iterable[str] = (), note: Callable[[str], None] | None = None) -> Iterator[PageResult | Failure]:
    """Every page under ``paths``, analysed, in input order; a bad file becomes a ``Failure`` and
    the rest goes on. ``jobs`` > 1 analyses pages in that many processes, ``scheduler`` (a Dask
    scheduler's address) on that cluster's workers: a crawl of thousands of pages. Loading stays
    in this process either way, so files are read once and in order. ``exclude``: files not to
    read though a folder named holds them (the run's own output). ``note``: where a file a folder
    walk skips on purpose is told (a FIFO; default standard error)."""
    pages = _pages(expand(paths, exclude, note))
    if scheduler:
        from .cluster import dask_pool

        with dask_pool(scheduler) as (submit, window):
            yield from _in_order(pages, submit, window)
    elif jobs <= 1:
        yield from map(_guarded, pages)
    else:
        yield from _in_processes(pages, jobs)


def _pages(sources: Iterable[str]) -> Iterator[Page | Failure]:
    for source in sources:
        try:
            for page in load(source):
                yield Failure(page.source, str(page)) if isinstance(page, LoadError) else page
        except LoadError as exc:
            yield Failure(exc.source, str(exc))


PAGES_PER_TASK = 8  # pages sent to a worker at once: fewer round trips, and comments batch per page anyway


def _in_processes(pages: Iterator[Page | Failure], jobs: int) -> Iterator[PageResult | Failure]:
    """Pages analysed by a pool of worker processes, results given back in input order.

    At most a few tasks per worker wait at any time, so a crawl larger than memory streams
    through. Each worker loads the models once, on its first page."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from _in_order(pages, pool.submit, 4 * jobs)


def _in_order(pages: Iterator[Page | Failure], submit, window_size: int) -> Iterator[PageResult | Failure]:
    """Chunks of pages handed to ``submit(fn, chunk)`` (anything returning a future with
    ``result()``), at most ``window_size`` waiting, results yielded in input order. A page that
    fails is a ``Failure`` in its place; a task that fails is the workers' fault (a process
    killed, a cluster lost) and ends the run with a ``WorkerError``."""
    window: deque = deque()
    while True:
        chunk = list(islice(pages, PAGES_PER_TASK))
        if chunk:
            try:
                window.append((chunk, submit(_guarded_all, chunk)))
            except Exception as exc:  # a process pool that broke before: no task can start
                raise _workers_failed(window[0][0] if window else chunk, exc) from None
        while window and (not chunk or len(window) > window_size):
            sent, future = window.popleft()
            try:
                done = future.result()
            except Exception as exc:  # pages fail inside the task: this is the worker or the cluster
                raise _workers_failed(sent, exc) from None
            yield from done
        if not chunk:
            return


def _workers_failed(chunk: list[Page | Failure], exc: Exception) -> WorkerError:
    """The error for a failed task, on one line (a cluster's message may hold a remote traceback)."""
    return WorkerError(f"pages from {chunk[0].source} on were not analysed: the workers failed "
                       f"({type(exc).__name__}: {' '.join(str(exc).split())})")


def _guarded_all(items: list[Page | Failure]) -> list[PageResult | Failure]:
    return list(map(_guarded, items))


def _guarded(page: Page | Failure) -> PageResult | Failure:
    """The page analysed, or a ``Failure`` in its place: a file that did not load stays one."""
    if isinstance(page, Failure):
        return page
    try:
        return analyze_page(page)
    except Exception as exc:  # one broken page must not stop a crawl
        return Failure(page.source, f"{page.source}: cannot analyse ({type(exc).__name__}: {exc})")


def analyze_page(page: Page) -> PageResult:
    parts = segment(page)
    analyses = analyze_texts([c.text for c in parts.comments], thread=True)
    ids = comment_ids(parts.comments)
    # all dates of the page together: the order of its numeric dates (the article's own too:
    # "03/11/2012" on a day-first page is 3 November), the article's day for dates without a year
    article_isos, isos = page_dates([(a.posted, a.posted_iso) for a in parts.articles],
                                    [c.posted for c in parts.comments], page.fetched)
    articles = [replace(a, posted_iso=iso) for a, iso in zip(parts.articles, article_isos)]
    records = [
        CommentRecord(
            page=page.source,
            article=c.article,
            id=ids[i],
            # a comment answers one shown before it: anything else is a segmenter slip, not a reply
            parent_id=ids[c.parent] if c.parent is not None and 0 <= c.parent < i else None,
            author=c.author,
            posted=c.posted,
            posted_iso=c.posted_iso or isos[i],
            title=c.title,
            text=c.text,
            analysis=a,
        )
        for i, (c, a) in enumerate(zip(parts.comments, analyses))
    ]
    return PageResult(source=page.source, articles=articles, comments=records)


def analyze_texts(texts: list[str], thread: bool = False) -> list[Analysis]:
    """Language, normalised text and classification for a batch of comment texts; ``thread``:
    they are one page's comments, whose languages tell a one-word comment's (``detect_batch``)."""
    if not texts:
        return []
    langs = detect_batch(texts, thread)
    codes = [r.lang for r in langs]
    normalized = normalize_batch(texts, codes)
    verdicts = classify_batch(normalized, codes, texts)
    return [
        Analysis(
            lang=lang,
            normalized=norm,
            sentiment=v.sentiment,
            toxicity=v.toxicity,
            sentiment_reason=v.sentiment_reason,
            toxicity_reason=v.toxicity_reason,
        )
        for lang, norm, v in zip(langs, normalized, verdicts)
    ]


def comment_ids(comments: list[Comment]) -> list[str]:
    """Ids from each comment's content, so a rerun of a page gives the same ids.

    The page path is left out on purpose: the same file analysed from another
    folder keeps its ids. Identical comments on one page get a numbered suffix.
    """
    seen: dict[str, int] = {}
    out = []
    for c in comments:
        key = "\x1f".join([str(c.article), c.author or "", c.posted or "", c.title or "", c.text])
        digest = "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
        n = seen.get(digest, 0)
        seen[digest] = n + 1
        out.append(digest if n == 0 else f"{digest}-{n + 1}")
    return out
