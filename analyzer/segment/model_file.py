"""Reading a shipped JSON model of the segment stage, with one clear error when it cannot be read.

The text-split boundary model and the article block model are both plain JSON; a missing or
damaged file must name itself and say which ``analyzer train`` command rebuilds it, rather
than surface as a KeyError deep in extraction.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


class ModelError(RuntimeError):
    """A segment model file is missing or unreadable; the message names the file and the rebuild command."""


def read_model(path: Path, from_json: Callable[[dict], T], what: str, trainer: str) -> T:
    rebuild = f"rebuild it with `analyzer train {trainer}`"
    try:
        return from_json(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise ModelError(f"{path}: {what} not found; {rebuild}") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ModelError(f"{path}: unreadable {what} ({exc}); {rebuild}") from None
