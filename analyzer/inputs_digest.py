"""What a shipped model was built from, as a short digest kept beside it.

Several models are built from what other code reads: language ID's fa/ar/ur model and the
transliterator's word counts from the Persian classifiers' training parts, the classifiers from
the dataset loaders. Session 10 changed those training parts and two of the files built from
them went stale unnoticed. Each model keeps the digest of the lines its training read, and a
test recomputes it, which costs seconds where a refit costs minutes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def lines_digest(lines: Iterable[str]) -> str:
    """16 hex digits of the SHA-256 of the lines, each ended by a newline."""
    digest = hashlib.sha256()
    for line in lines:
        digest.update(f"{line}\n".encode("utf-8"))
    return digest.hexdigest()[:16]
