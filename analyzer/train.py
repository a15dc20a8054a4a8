"""``analyzer train``: rebuild every shipped model from ``../shared/data``.

A trainer module exposes ``train(shared: Path) -> str``: it writes its model
files under ``analyzer/resources/`` and its card under ``data/models/``, and
returns a one-paragraph summary. Training is deterministic (fixed seeds, sorted
inputs), so a rebuild gives the same files.
"""

from __future__ import annotations

TRAINERS: dict[str, str] = {
    "langid": "analyzer.langid.train",
    "finglish": "analyzer.normalize.train",
    "classify": "analyzer.classify.train",
    "text-split": "analyzer.segment.boundary_train",
    "article": "analyzer.segment.article_train",
}
