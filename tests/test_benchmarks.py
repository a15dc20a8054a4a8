"""Every benchmark script still runs, on a small slice of its input.

Benchmarks are commands, not timed tests: nothing here checks a speed or a figure. But a script
that no test runs rots unseen (``benchmarks/classify_speed.py`` failed on a dimension mismatch
once en-offensive read three more columns than the other English models). Those that need
``../shared`` skip without it; ``fa_sentiment_experts.py`` fits five models (about 90 s) and
``fa_extra_data.py`` fits about ninety (about 11 minutes), ``classify_word_vectors.py`` trains fastText and
linear models for every variant and fold (38 minutes for fa-offensive alone), ``classify_mixture.py`` the
same for en-offensive's mixture (16 minutes): they are left to be run by hand; only
``classify_word_vectors.py``'s sentence embedding is checked here, on made-up vectors.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import numpy as np
import pytest

from analyzer.evaluate import REPO_ROOT, shared_root

BENCHMARKS = REPO_ROOT / "benchmarks"


def _run(script: str, *args: str, needs_shared: bool = True) -> str:
    if needs_shared and not (shared_root() / "data").exists():
        pytest.skip("../shared is absent: this benchmark reads its data")
    proc = subprocess.run([sys.executable, str(BENCHMARKS / script), *args], capture_output=True, text=True,
                          cwd=REPO_ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_pipeline_speed_runs_on_the_bundled_pages():
    out = _run("pipeline_speed.py", "--pages", "10", needs_shared=False)
    assert "pages/s" in out and "comments/s" in out


def test_classify_speed_runs():
    out = _run("classify_speed.py", "--rows", "200", "--repeat", "1")
    assert "per CPU second" in out and "en-offensive weigh + score" in out


def test_identity_terms_runs():
    out = _run("identity_terms.py", "--lang", "both", needs_shared=False)
    assert "terms with a harmless sentence labelled toxic" in out and "feminist" in out and "شیعه" in out


def test_long_comments_runs():
    out = _run("long_comments.py", "--n", "20")
    assert "en-offensive" in out and "fa-offensive" in out


def test_text_split_unseen_sites_runs():
    out = _run("text_split_unseen_sites.py", "--limit", "40")
    assert "fit pages read without their own thread's header patterns" in out
    assert "fit pages with a thread read without any header pattern" in out
    assert "fit threads cut after their first comment:" in out
    assert "fit threads cut after their first comment, made short" in out


@pytest.mark.parametrize("which", ["fit", "validation"])
def test_text_split_page_dumps_runs(which):
    out = _run("text_split_page_dumps.py", "--limit", "10", *(["--validation"] if which == "validation" else []))
    assert f"{which} pages read as whole-page dumps without gold comments" in out
    assert f"{which} pages read as whole-page dumps with gold comments" in out
    assert "their articles (all" in out


def test_a_page_dump_drops_control_characters(tmp_path):
    """A control character in a page's text (a validation page holds one) is no XML text: the dump
    went down on it, in the flat reading, which sets each text back."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from text_split_page_dumps import page_dump
    finally:
        sys.path.remove(str(BENCHMARKS))
    page = tmp_path / "p.html"
    page.write_bytes(b"<html><body><p>Storm \x08closes the port</p><p>Ferries sail</p></body></html>")
    assert page_dump(page) == "Storm closes the port\nFerries sail"


def test_extraction_against_trafilatura_runs():
    if importlib.util.find_spec("trafilatura") is None:
        pytest.skip("trafilatura is not installed (the dev extra): the comparison needs it")
    out = _run("extraction_vs_trafilatura.py", "--limit", "3")
    assert "pages without gold comments" in out


def test_every_benchmark_is_run_here_or_named_as_left_out():
    here = open(__file__, encoding="utf-8").read()
    for script in BENCHMARKS.glob("*.py"):
        assert script.name in here, f"{script.name}: run it in this file, or say why it is left out"


def _word_vectors_benchmark():
    spec = importlib.util.spec_from_file_location("classify_word_vectors", BENCHMARKS / "classify_word_vectors.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_word_vectors_sif_block_is_scaled_without_its_first_component_and_empty_for_unknown_words():
    """A text with no word of the vocabulary gets a zero row (it divided by zero once), the others
    norm ``scale`` and nothing along the removed component."""
    bench = _word_vectors_benchmark()
    rng = np.random.default_rng(0)
    dim = bench.DIM
    words = ["good", "bad", "film", "food"]
    sif = bench.Sif("en", {w: i for i, w in enumerate(words)}, rng.normal(size=(4, dim)).astype(np.float32),
                    np.array([0.5, 0.9, 0.2, 0.7], dtype=np.float32), 3.0)
    sif.pc = np.linalg.svd(sif._means(["good film", "bad food", "good food"]), full_matrices=False)[2][0]
    cols = sif.columns(["good film", "a very bad food", "nothing known here"])
    assert cols.shape == (3, dim)
    assert np.allclose(np.linalg.norm(cols[:2], axis=1), 3.0, atol=1e-4)
    assert np.allclose(cols[:2] @ sif.pc, 0.0, atol=1e-4)
    assert not cols[2].any()
