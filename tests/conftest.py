from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
PAGES = FIXTURES / "pages"
REPO = TESTS.parent
SAMPLES = REPO / "data" / "samples"


@pytest.fixture
def pages_dir() -> Path:
    return PAGES
