"""The README is the user's first contact: its commands must be the ones that work."""

from __future__ import annotations

import re

from analyzer.cli import build_parser
from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    return re.findall(r"^    (\S.*)$", README, flags=re.M)


def test_readme_opens_with_run_and_test_commands():
    run, test = _commands()[:2]
    assert "pip install -e ." in run and "analyzer report data/samples -o reports/" in run
    assert "pip install -e '.[test]'" in test and "pytest" in test


def test_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert _commands()[1] in ci.splitlines()


def test_every_subcommand_is_documented():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in sub.choices:
        assert f"analyzer {name}" in README, f"`analyzer {name}` is not documented in README.md"
