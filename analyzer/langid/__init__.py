"""Language stage: ``detect(text) -> LangResult`` and a fast batch form."""

from __future__ import annotations

from .detect import detect, detect_batch

__all__ = ["detect", "detect_batch"]
