"""Analysing a crawl on a Dask cluster (``analyzer analyze --scheduler ADDRESS``).

Pages are read and written by the calling process; only their analysis goes to the cluster's
workers, which need this package installed. Dask comes with the ``cluster`` extra, so that a
single-machine install stays small (``--jobs`` uses the standard library's process pool).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

CONNECT_TIMEOUT = "10s"  # a scheduler that does not answer by then is reported, not waited for


class ClusterError(Exception):
    """The Dask cluster named with ``--scheduler`` cannot be used; ``str()`` is one line."""


class WorkerError(Exception):
    """The workers failed, not a page: a ``--jobs`` process killed (out of memory), or a task that
    failed on a Dask cluster (workers without this package, a worker lost). ``str()`` is one
    line naming the first page not analysed. Here beside ``ClusterError`` so that the command line
    catches it without importing the pipeline."""


@contextmanager
def dask_pool(address: str) -> Iterator[tuple[Callable[..., Any], int]]:
    """``(submit, window)``: ``submit(fn, arg)`` runs ``fn(arg)`` on the cluster and returns a
    future; ``window`` is how many tasks may wait at once (four per worker thread)."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--scheduler needs Dask: pip install 'comment-thread-analyzer[cluster]'") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"{address}: cannot reach the Dask scheduler ({exc})") from None
    with client:
        threads = sum(client.nthreads().values()) or 1
        # pure=False: two identical chunks (a page saved twice) are still two tasks
        yield (lambda fn, arg: client.submit(fn, arg, pure=False)), 4 * threads
