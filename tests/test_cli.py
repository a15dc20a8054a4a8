"""End to end through the command line, on fixture pages written for the tests."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PAGES, SAMPLES

from analyzer.cli import main

KEYS = {"page", "article", "id", "parent_id", "author", "posted", "title", "text", "lang",
        "lang_score", "normalized", "sentiment", "toxicity"}


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(out):
    return [json.loads(line) for line in out.split("\n") if line.strip()]  # JSON Lines end at \n only


def test_analyze_html_thread(capsys):
    code, out, err = run(capsys, "analyze", str(PAGES / "wordpress_en.html"))
    assert code == 0, err
    recs = jsonl(out)
    assert [r["author"] for r in recs] == ["Peter Lang", "Sara K.", "grumpy_old_man"]
    assert KEYS <= set(recs[0])
    assert recs[1]["parent_id"] == recs[0]["id"] and recs[0]["parent_id"] is None
    assert all(r["lang"] == "en" for r in recs)
    assert "Reply" not in recs[0]["text"] and "Great news" in recs[0]["text"]


def test_analyze_persian_windows_1256_page(capsys):
    code, out, err = run(capsys, "analyze", str(PAGES / "persian_1256.html"))
    assert code == 0, err
    recs = jsonl(out)
    # as on the page: Arabic yeh where windows-1256 has it, Persian ی where the page wrote &#1740;
    assert [r["author"] for r in recs] == ["مريم", "حسين", "نیما"]
    assert [r["posted"] for r in recs] == ["1402/05/12", "1402/05/13", "۱۴ مرداد ۱۴۰۲، ساعت ۱۰:۳۰"]
    assert [r["posted_iso"] for r in recs] == ["2023-08-03", "2023-08-04", "2023-08-05T10:30:00"]
    # the reply nested in the comment it answers ("comment reply" inside "comment")
    assert [r["parent_id"] for r in recs] == [None, None, recs[1]["id"]]
    assert recs[1]["text"] == "ممنون از گزارش خوبتان، لطفا پيگيري کنيد."
    assert recs[2]["text"] == ("به نقل از حسین: «لطفا پیگیری کنید». موافقم، ولی نانوایی محل ما هنوز قیمت قدیم را "
                               "می\u200cگیرد.")
    assert all(r["lang"] == "fa" for r in recs)
    assert "ي" not in recs[0]["normalized"] and "ناراحت‌کننده" in recs[0]["normalized"]


def test_analyze_text_thread_mixed_languages(capsys):
    code, out, err = run(capsys, "analyze", str(PAGES / "thread_en_fa.txt"))
    assert code == 0, err
    recs = jsonl(out)
    assert [r["author"] for r in recs] == ["worried_mother", "Ali Rezaei", "Nasrin"]
    assert [r["lang"] for r in recs] == ["en", "fa", "en"]
    assert recs[0]["title"] == "Not again"


@pytest.mark.parametrize("name", ["no_comments.html", "article_only.txt"])
def test_pages_without_comments_give_no_records(capsys, name):
    code, out, err = run(capsys, "analyze", str(PAGES / name))
    assert code == 0, err
    assert out == ""


def test_json_format_is_one_object_per_page(capsys):
    code, out, _ = run(capsys, "analyze", "--format", "json", str(PAGES / "no_comments.html"),
                       str(PAGES / "wordpress_en.html"))
    assert code == 0
    pages = json.loads(out)
    assert [len(p["comments"]) for p in pages] == [0, 3]
    assert pages[0]["articles"][0]["title"] == "Council approves new library budget"
    assert "twelve percent" in pages[0]["articles"][0]["text"]
    assert "Be the first" not in pages[0]["articles"][0]["text"]


def test_csv_format_is_flattened(capsys):
    code, out, _ = run(capsys, "analyze", "-f", "csv", str(PAGES / "wordpress_en.html"))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 3
    assert {"page", "id", "author", "lang", "toxicity.score", "toxicity.label"} <= set(rows[0])


def test_bad_file_is_reported_and_the_rest_goes_on(capsys, tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_text("")
    code, out, err = run(capsys, "analyze", str(empty), "/no/such/page.txt", str(PAGES / "wordpress_en.html"))
    assert code == 1
    assert len(jsonl(out)) == 3
    lines = err.strip().splitlines()
    assert len(lines) == 2 and "empty.html: empty file" in lines[0] and "/no/such/page.txt" in lines[1]


def test_folder_is_walked(capsys):
    code, out, err = run(capsys, "analyze", str(PAGES))
    assert code == 0, err
    assert {r["page"].rsplit("/", 1)[1] for r in jsonl(out)} == {
        "wordpress_en.html", "persian_1256.html", "thread_en_fa.txt"}


def test_output_file_is_not_overwritten_without_force(capsys, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("keep me")
    code, _, err = run(capsys, "analyze", str(PAGES / "wordpress_en.html"), "-o", str(out))
    assert code == 2 and "already exists" in err and out.read_text() == "keep me"
    code, _, _ = run(capsys, "analyze", str(PAGES / "wordpress_en.html"), "-o", str(out), "--force")
    assert code == 0 and len(out.read_text().splitlines()) == 3


def test_sqlite_rerun_does_not_duplicate(capsys, tmp_path):
    db = tmp_path / "s.db"
    for _ in range(2):
        assert run(capsys, "analyze", str(PAGES), "-f", "sqlite", "-o", str(db))[0] == 0
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM comments").fetchone()[0] == 9  # 3 + 3 + 3 comments in the three fixture pages with threads
    assert con.execute("SELECT COUNT(*) FROM pages").fetchone()[0] == 5


def test_classify_plain_lines_and_jsonl(capsys, tmp_path):
    plain = tmp_path / "c.txt"
    plain.write_text("I love this, thank you!\nاین خیلی خوب است\n\n😀🎉\n", encoding="utf-8")
    code, out, err = run(capsys, "classify", str(plain))
    recs = jsonl(out)
    assert code == 0, err
    assert [r["lang"] for r in recs] == ["en", "fa", "und"]
    assert "page" not in recs[0]
    js = tmp_path / "c.jsonl"
    js.write_text('{"text": "good", "id": 7, "lang": "user value"}\n{"no_text": 1}\n{"text": "bad"}\n')
    code, out, err = run(capsys, "classify", str(js))
    recs = jsonl(out)
    assert code == 1 and "c.jsonl:2:" in err
    assert recs[0]["id"] == 7 and recs[0]["input_lang"] == "user value" and len(recs) == 2


def test_classify_reads_stdin():
    proc = subprocess.run([sys.executable, "-m", "analyzer", "classify"], input="hello there, nice work\n",
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["lang"] == "en"


def test_report_writes_escaped_html_and_guards_foreign_files(capsys, tmp_path):
    out = tmp_path / "reports" / "r.html"
    code, _, err = run(capsys, "report", str(PAGES), "-o", str(out))
    assert code == 0, err
    html = out.read_text(encoding="utf-8")
    assert "Rain returns to the valley" in html and "grumpy_old_man" in html
    assert "<script" not in html and "<img" not in html
    assert run(capsys, "report", str(PAGES), "-o", str(out))[0] == 0  # our own report: replaced
    foreign = tmp_path / "mine.html"
    foreign.write_text("<html>mine</html>")
    code, _, err = run(capsys, "report", str(PAGES), "-o", str(foreign))
    assert code == 2 and foreign.read_text() == "<html>mine</html>"


def test_report_isolates_a_failed_files_persian_name(capsys, tmp_path):
    import lxml.html

    bad = tmp_path / "نظرات ۲.html"
    bad.write_bytes(b"")
    out = tmp_path / "r.html"
    code, _, err = run(capsys, "report", str(bad), "-o", str(out))
    assert code == 1 and f"{bad}: empty file" in err
    items = lxml.html.fromstring(out.read_text(encoding="utf-8")).xpath("//ul[@class='failures']/li")
    assert [(li.xpath("bdi/text()"), li.text_content()) for li in items] == [([str(bad)], f"{bad}: empty file")]


def test_samples_foundation_expectations(capsys):
    code, out, err = run(capsys, "analyze", "-f", "json", str(SAMPLES))
    assert code == 0, err
    pages = {p["source"].rsplit("/", 1)[1][:3]: p for p in json.loads(out)}
    assert {k: len(p["comments"]) for k, p in pages.items() if k != "004"} == {
        "000": 0, "001": 0, "002": 0, "003": 0}
    assert [len(pages[k]["articles"]) for k in ("000", "001", "002", "003", "004")] == [2, 1, 1, 2, 1]
    thread = pages["004"]["comments"]
    assert 15 <= len(thread) <= 19
    authors = [c["author"] for c in thread]
    for name in ("disgusted", "AnonymousDude", "Hamid Y. Javanbakht", "MRX1", "Niloufar Parsi", "Fred"):
        assert name in authors
    assert any(c["lang"] == "fa" for c in thread)


def test_module_entry_point():
    proc = subprocess.run([sys.executable, "-m", "analyzer", "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "analyze" in proc.stdout


def test_stdout_holds_only_records_whatever_the_language():
    """Lazy-loaded resources (hazm, finglish, word lists) must never print to stdout."""
    texts = "salam merci kheili khoob bood\nکتاب\nقال\nhello there\n"
    proc = subprocess.run([sys.executable, "-m", "analyzer", "classify"], input=texts, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["lang"] for r in records] == ["fa-Latn", "fa", "ar", "en"]


def test_train_failure_is_one_line_and_exit_1(tmp_path, monkeypatch, capsys):
    import types

    from analyzer import train as tr

    (tmp_path / "data").mkdir()
    broken = types.ModuleType("broken_trainer")

    def fail(shared):
        raise RuntimeError("training the language model needs wordfreq: pip install -e '.[train]'")

    broken.train = fail
    monkeypatch.setitem(sys.modules, "broken_trainer", broken)
    monkeypatch.setitem(tr.TRAINERS, "broken", "broken_trainer")
    assert main(["train", "broken", "--shared", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "analyzer: train broken: training the language model needs wordfreq: pip install -e '.[train]'"


def test_jobs_give_the_same_output_in_the_same_order_and_report_failures(capsys, tmp_path, monkeypatch):
    import analyzer.pipeline as pipeline

    monkeypatch.setattr(pipeline, "PAGES_PER_TASK", 2)  # several tasks even for a few pages
    monkeypatch.setattr("analyzer.cli._cores", lambda: 4)  # two processes on a one-core machine too
    (tmp_path / "empty.html").write_bytes(b"")
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("\n".join(json.dumps({"text": (PAGES / name).read_text(encoding="utf-8")})
                               for name in ("thread_en_fa.txt", "article_only.txt")) + "\nnot json\n", encoding="utf-8")
    inputs = [str(PAGES), str(SAMPLES), str(tmp_path)]
    one = run(capsys, "analyze", "-f", "json", *inputs)
    two = run(capsys, "analyze", "-f", "json", "--jobs", "2", *inputs)
    assert one == two
    code, out, err = two
    assert code == 1 and len(json.loads(out)) == 5 + 5 + 2  # fixture pages, samples, the crawl's two pages
    assert err.splitlines() == [f"analyzer: {crawl}:3: invalid JSON (Expecting value)",
                                f"analyzer: {tmp_path / 'empty.html'}: empty file"]


def test_jobs_beyond_the_cores_are_the_cores_with_a_note(capsys, monkeypatch):
    """'-j 100' on two cores started a hundred processes, each loading the models."""
    import analyzer.pipeline as pipeline

    asked = []
    real = pipeline.run

    def counted(paths, jobs=1, *args, **kwargs):
        asked.append(jobs)
        return real(paths, 1, *args, **kwargs)

    monkeypatch.setattr(pipeline, "run", counted)
    monkeypatch.setattr("analyzer.cli._cores", lambda: 2)
    code, out, err = run(capsys, "analyze", "-j", "100", str(PAGES))
    assert code == 0 and jsonl(out)
    assert err == "analyzer: --jobs 100 is more than the 2 cores this run may use; 2 processes\n"
    code, _, err = run(capsys, "analyze", "-j", "2", str(PAGES))
    code, _, err0 = run(capsys, "analyze", "-j", "0", str(PAGES))
    assert asked == [2, 2, 2] and err == err0 == ""


@pytest.mark.parametrize("value", ["-1", "two"])
def test_jobs_must_be_a_count(capsys, value):
    with pytest.raises(SystemExit):
        main(["analyze", "--jobs", value, str(PAGES)])
    assert "--jobs" in capsys.readouterr().err


def test_a_dask_cluster_gives_the_same_output_in_the_same_order(capsys, monkeypatch):
    distributed = pytest.importorskip("distributed", reason="Dask is not installed (the cluster or test extra)")
    import analyzer.pipeline as pipeline

    monkeypatch.setattr(pipeline, "PAGES_PER_TASK", 2)
    inputs = [str(PAGES), str(SAMPLES)]
    alone = run(capsys, "analyze", "-f", "json", *inputs)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        on_cluster = run(capsys, "analyze", "-f", "json", "--scheduler", cluster.scheduler_address, *inputs)
    assert on_cluster == alone and alone[0] == 0


def test_an_unreachable_scheduler_is_one_line(capsys, monkeypatch):
    pytest.importorskip("distributed", reason="Dask is not installed (the cluster or test extra)")
    monkeypatch.setattr("analyzer.cluster.CONNECT_TIMEOUT", "1s")
    code, out, err = run(capsys, "analyze", "--scheduler", "tcp://127.0.0.1:9", str(PAGES))
    assert code == 2 and out == ""
    assert err.startswith("analyzer: tcp://127.0.0.1:9: cannot reach the Dask scheduler") and err.count("\n") == 1


def test_scheduler_without_dask_installed_is_one_line(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the cluster extra were not installed
    code, out, err = run(capsys, "analyze", "--scheduler", "tcp://127.0.0.1:9", str(PAGES))
    assert code == 2 and err == ("analyzer: --scheduler needs Dask: pip install "
                                 "'comment-thread-analyzer[cluster]'\n")


def test_a_csv_file_starts_with_a_byte_order_mark_for_spreadsheets(capsys, tmp_path):
    out = tmp_path / "c.csv"
    assert run(capsys, "analyze", "-f", "csv", "-o", str(out), str(PAGES / "persian_1256.html"))[0] == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfpage,")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["author"] for r in rows] == ["مريم", "حسين", "نیما"]
    code, stdout, _ = run(capsys, "analyze", "-f", "csv", str(PAGES / "persian_1256.html"))
    assert stdout.startswith("page,")  # none on standard output


def _worker_dies(items):
    """A worker process killed while it analyses (the out-of-memory killer's way)."""
    os._exit(9)


def test_a_worker_process_that_dies_is_one_line_and_exit_2(capsys, monkeypatch):
    """It was a traceback of BrokenProcessPool that named no page."""
    import analyzer.pipeline as pipeline

    monkeypatch.setattr(pipeline, "_guarded_all", _worker_dies)  # forked workers see it too
    monkeypatch.setattr("analyzer.cli._cores", lambda: 4)  # one process would be this one
    code, out, err = run(capsys, "analyze", "--jobs", "2", str(PAGES))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("analyzer: pages from ") and "BrokenProcessPool" in err


def test_a_dask_task_that_fails_is_one_line_and_exit_2(capsys, monkeypatch):
    """A task that fails on the cluster (workers without this package, a worker lost) was a traceback."""
    distributed = pytest.importorskip("distributed", reason="Dask is not installed (the cluster or test extra)")
    import analyzer.pipeline as pipeline

    def broken(items):
        raise ModuleNotFoundError("No module named 'analyzer'")

    monkeypatch.setattr(pipeline, "_guarded_all", broken)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        code, out, err = run(capsys, "analyze", "--scheduler", cluster.scheduler_address, str(PAGES))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "No module named 'analyzer'" in err


def test_classify_keeps_a_comment_holding_a_line_separator_whole(capsys, tmp_path):
    jsonl_in = tmp_path / "c.jsonl"
    jsonl_in.write_text(json.dumps({"text": "first part\u2028second part", "id": 1}, ensure_ascii=False)
                        + "\r\n" + json.dumps({"text": "another one", "id": 2}) + "\n", encoding="utf-8")
    plain = tmp_path / "c.txt"
    plain.write_text("one comment\u2029still the same comment\r\nthe next one\n", encoding="utf-8")
    code, out, err = run(capsys, "classify", str(jsonl_in), str(plain))
    assert code == 0, err
    assert [r["text"] for r in jsonl(out)] == ["first part\u2028second part", "another one",
                                               "one comment\u2029still the same comment", "the next one"]


def test_errors_are_written_above_the_progress_bar(capsys, tmp_path, monkeypatch):
    from tqdm import tqdm

    import analyzer.cli as cli

    written = []
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(tqdm, "write", classmethod(lambda cls, s, file=None, end="\n", nolock=False: written.append(s)))
    monkeypatch.setattr(cli, "_bar", False)
    (tmp_path / "empty.html").write_bytes(b"")
    code, _, _ = run(capsys, "analyze", "--progress", str(tmp_path / "empty.html"), str(PAGES / "wordpress_en.html"))
    assert code == 1 and written == [f"analyzer: {tmp_path / 'empty.html'}: empty file"]


def test_classify_reads_a_thread_together_when_told_its_field(capsys, tmp_path):
    """One word rarely says its language (دنیا is Urdu as much as Persian); among Persian
    comments of the same page it is Persian, as ``analyze`` reads a page's comments. Records
    without the field, or another thread's, are not swayed."""
    persian = ["این کتاب را دیروز خریدم و خیلی خوشم آمد", "سلام به همه دوستان عزیز که اینجا هستند"]
    urdu = ["یہ کتاب میں نے کل خریدی اور مجھے بہت پسند آئی", "سب دوستوں کو سلام جو یہاں موجود ہیں"]
    rows = ([{"text": t, "page": "a"} for t in persian] + [{"text": t, "page": "b"} for t in urdu]
            + [{"text": "دنیا", "page": "b"}, {"text": "دنیا"}, {"text": "دنیا", "page": "a"}])
    js = tmp_path / "thread.jsonl"
    js.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    code, out, err = run(capsys, "classify", str(js), "--thread-field", "page")
    assert code == 0, err
    alone = jsonl(run(capsys, "classify", str(js))[1])
    assert [r["lang"] for r in jsonl(out)][4:] == ["ur", alone[5]["lang"], "fa"]
    assert alone[6]["lang"] == alone[5]["lang"]  # without the option each is read alone
    assert [r.get("page") for r in jsonl(out)] == [r.get("page") for r in rows]  # passed through


def test_classify_thread_field_spans_batches_of_one_thread(capsys, tmp_path):
    """A thread is never cut by ``--batch-size``: its records are consecutive (as ``analyze``
    writes them), and a batch ends only where the thread changes."""
    rows = [{"text": "این کتاب را دیروز خریدم و خیلی خوشم آمد", "t": 1},
            {"text": "سلام به همه دوستان عزیز که اینجا هستند", "t": 1}, {"text": "دنیا", "t": 1}]
    js = tmp_path / "t.jsonl"
    js.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    code, out, err = run(capsys, "classify", str(js), "--thread-field", "t", "--batch-size", "1")
    assert code == 0, err
    assert [r["lang"] for r in jsonl(out)] == ["fa", "fa", "fa"]


def test_classify_batches_records_without_the_thread_field(monkeypatch, tmp_path):
    """Records that lack the named field are read alone and still analysed ``--batch-size`` at a
    time (they are never held back waiting for a thread to end)."""
    import analyzer.classify_input as ci

    sizes = []
    real = ci.analyze_texts
    monkeypatch.setattr(ci, "analyze_texts", lambda texts, thread=False: sizes.append(len(texts)) or real(texts, thread))
    js = tmp_path / "n.jsonl"
    js.write_text("".join(json.dumps({"text": f"comment number {i}"}) + "\n" for i in range(5)))
    recs = list(ci.classify_inputs([str(js)], print, batch=2, thread_field="page"))
    assert len(recs) == 5 and sizes == [2, 2, 1]


def test_classify_of_analyze_output_by_page_agrees_with_analyze(capsys, tmp_path):
    """Re-classifying what ``analyze`` wrote, a page's comments read as one thread
    (``--thread-field page``), gives the languages and labels ``analyze`` gave."""
    code, out, err = run(capsys, "analyze", str(PAGES))
    assert code == 0, err
    first = tmp_path / "analyzed.jsonl"
    first.write_text(out, encoding="utf-8")
    code, again, err = run(capsys, "classify", str(first), "--thread-field", "page")
    assert code == 0, err
    before, after = jsonl(out), jsonl(again)
    assert len(before) == len(after) > 5
    assert [r["lang"] for r in before] == [r["lang"] for r in after]
    assert [r["input_lang"] for r in after] == [r["lang"] for r in before]  # ours kept, theirs renamed
    assert [(r["sentiment"] or {}).get("label") for r in before] == [(r["sentiment"] or {}).get("label") for r in after]
    assert [r["toxicity"] and r["toxicity"]["label"] for r in before] == [r["toxicity"] and r["toxicity"]["label"] for r in after]


def test_classify_thread_field_reads_a_plain_text_file_as_one_thread(capsys, tmp_path):
    """A plain-text file has no fields: with ``--thread-field`` its lines are one thread (a page's
    comments saved one a line), and another file is another thread."""
    persian = tmp_path / "persian.txt"
    persian.write_text("این کتاب را دیروز خریدم و خیلی خوشم آمد\nسلام به همه دوستان عزیز که اینجا هستند\nدنیا\n",
                       encoding="utf-8")
    urdu = tmp_path / "urdu.txt"
    urdu.write_text("یہ کتاب میں نے کل خریدی اور مجھے بہت پسند آئی\nسب دوستوں کو سلام جو یہاں موجود ہیں\nدنیا\n",
                    encoding="utf-8")
    code, out, err = run(capsys, "classify", str(persian), str(urdu), "--thread-field", "page", "--batch-size", "2")
    assert code == 0, err
    assert [r["lang"] for r in jsonl(out)] == ["fa", "fa", "fa", "ur", "ur", "ur"]
    alone = jsonl(run(capsys, "classify", str(persian))[1])
    assert alone[2]["lang"] == "ur"  # without the option the one word is read alone


def test_a_folder_walk_skips_the_runs_own_output_and_earlier_results(capsys, tmp_path):
    """'analyze crawl -o crawl/out.jsonl' read the file it was writing, each comment record a text
    page; a report written into the crawl was analysed as a page the next time."""
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    (crawl / "a.html").write_bytes((PAGES / "wordpress_en.html").read_bytes())
    for _ in range(2):  # the second run finds the first run's report and records beside the page
        code, _, err = run(capsys, "report", str(crawl), "-o", str(crawl / "r.html"))
        assert code == 0 and "1 page(s), 3 comment(s)" in err
        code, _, err = run(capsys, "analyze", str(crawl), "-o", str(crawl / "out.jsonl"), "--force")
        assert code == 0 and err == ""
        assert len(jsonl((crawl / "out.jsonl").read_text(encoding="utf-8"))) == 3
    code, out, _ = run(capsys, "classify", str(crawl / "out.jsonl"), "-o", str(crawl / "again.jsonl"))
    code, out, err = run(capsys, "analyze", str(crawl))
    assert code == 0 and {r["page"] for r in jsonl(out)} == {str(crawl / "a.html")}


def test_csv_columns_are_the_same_whatever_the_comments_hold(capsys, tmp_path):
    """The header came from the records: English pages had toxicity.labels.hate, Persian ones not,
    a comment without a model added sentiment_reason and a listed word toxicity.lexicon.*, so two
    crawls' files did not stack; a page without comments gave a file without a header."""
    from analyzer.output import ANALYSIS_COLUMNS, COMMENT_COLUMNS

    headers = []
    for name in ["wordpress_en.html", "persian_1256.html", "thread_en_fa.txt", "no_comments.html"]:
        code, out, _ = run(capsys, "analyze", "-f", "csv", str(PAGES / name))
        assert code == 0
        headers.append(next(csv.reader(io.StringIO(out))))
    assert headers == [COMMENT_COLUMNS] * 4
    lines = tmp_path / "c.jsonl"
    lines.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"text": "😂😂😂", "who": "a"}, {"text": "shut up you fucking idiot", "who": "b"},
        {"text": "این مقاله خیلی خوب بود", "who": "c"}]) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "classify", "-f", "csv", str(lines))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and list(rows[0]) == ["text", *ANALYSIS_COLUMNS, "who"]
    assert rows[0]["sentiment_reason"] and rows[1]["toxicity.lexicon.profanity"]


@pytest.mark.parametrize("command", [["analyze"], ["analyze", "-f", "csv"], ["analyze", "-f", "sqlite"],
                                     ["report"], ["classify"]])
def test_an_output_that_cannot_be_made_is_one_line_and_exit_2(capsys, tmp_path, command):
    """An -o under a file (not a folder) ended the run with a FileExistsError traceback."""
    (tmp_path / "notes").write_text("keep me")
    source = str(PAGES / "wordpress_en.html")
    if command == ["classify"]:
        source = str(tmp_path / "c.txt")
        (tmp_path / "c.txt").write_text("a comment\n")
    code, _, err = run(capsys, *command, source, "-o", str(tmp_path / "notes" / "out"))
    assert code == 2 and err.strip() == (f"analyzer: {tmp_path / 'notes' / 'out'}: cannot write "
                                         f"(cannot make the folder {tmp_path / 'notes'}: File exists)")
    assert (tmp_path / "notes").read_text() == "keep me"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (a device that is always full)")
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_full_disk_is_one_line_and_exit_2(fmt):
    """Writing to a full disk ended with an OSError traceback (twice: the write, then the close)."""
    for out in (["-o", "/dev/full", "--force"], []):
        with open("/dev/full", "w") as full:
            done = subprocess.run([sys.executable, "-m", "analyzer", "analyze", "-f", fmt, str(PAGES / "wordpress_en.html"),
                                   *out], stdout=full, stderr=subprocess.PIPE, text=True, timeout=120, check=False)
        name = "/dev/full" if out else "standard output"
        assert done.returncode == 2 and done.stderr == f"analyzer: {name}: cannot write (No space left on device)\n"


def test_report_to_standard_output(capsys, tmp_path, monkeypatch):
    """'report ... -o -' wrote a file named '-'."""
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "report", str(PAGES / "wordpress_en.html"), "-o", "-")
    assert code == 0 and out.startswith("<!DOCTYPE html>") and not (tmp_path / "-").exists()


def test_classify_an_empty_input_is_reported_as_analyze_does(capsys, tmp_path):
    """An empty file (or nothing on stdin) gave no output, no word and exit code 0."""
    (tmp_path / "empty.txt").write_bytes(b"\xef\xbb\xbf\n  \n")
    (tmp_path / "one.txt").write_text("a comment\n")
    code, out, err = run(capsys, "classify", str(tmp_path / "empty.txt"), str(tmp_path / "one.txt"))
    assert code == 1 and err == f"analyzer: {tmp_path / 'empty.txt'}: empty file\n" and len(jsonl(out)) == 1


def test_ctrl_c_says_the_output_file_is_cut_short(capsys, tmp_path, monkeypatch):
    """Ctrl-C left a half-written file (a JSON array without its end) without a word."""
    import analyzer.pipeline as pipeline

    real = pipeline.analyze_page
    seen = []

    def interrupted(page):
        seen.append(page)
        if len(seen) == 2:
            raise KeyboardInterrupt
        return real(page)

    monkeypatch.setattr(pipeline, "analyze_page", interrupted)
    out = tmp_path / "out.json"
    code, _, err = run(capsys, "analyze", "-f", "json", "-o", str(out), str(PAGES))
    assert code == 130 and err == f"analyzer: interrupted; {out} holds only what was written before\n"


def test_classify_reads_a_file_of_any_size_a_line_at_a_time(capsys, tmp_path, monkeypatch):
    """A comment file above 50 MB was refused whole ('too large'): a comment dump often is."""
    import analyzer.load as load_module

    monkeypatch.setattr(load_module, "MAX_BYTES", 100)
    lines = tmp_path / "c.jsonl"
    lines.write_bytes(b"\xef\xbb\xbf" + "\n".join(json.dumps({"text": t, "n": i}, ensure_ascii=False) for i, t in
                                                  enumerate(["این مقاله خیلی خوب بود", "great piece\u2028thanks",
                                                             "merci kheili khoob bood"])).encode("utf-8") + b"\r\n")
    plain = tmp_path / "c.txt.gz"
    plain.write_bytes(__import__("gzip").compress("first comment here\r\n\r\nدومین نظر اینجاست\n".encode() * 5))
    code, out, err = run(capsys, "classify", str(lines), str(plain))
    records = jsonl(out)
    assert (code, err) == (0, "") and [r.get("n") for r in records[:3]] == [0, 1, 2]
    assert records[1]["text"] == "great piece\u2028thanks" and len(records) == 3 + 10
    assert [r["text"] for r in records[3:5]] == ["first comment here", "دومین نظر اینجاست"]


def test_classify_refuses_a_binary_file_and_reads_gzip_whatever_its_name(capsys, tmp_path):
    """An image or a gzipped file without .gz in its name was read as lines of comments: garbage
    records ('\\x89PNG…' classified), exit code 0."""
    import gzip
    import random

    rng = random.Random(7)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(rng.randrange(256) for _ in range(5000)))
    (tmp_path / "comments.txt").write_bytes(gzip.compress("a fine comment\nیک نظر خوب\n".encode()))
    (tmp_path / "comments.jsonl").write_bytes(gzip.compress(json.dumps({"text": "another one"}).encode("utf-8")))
    code, out, err = run(capsys, "classify", str(tmp_path / "photo.jpg"), str(tmp_path / "comments.txt"),
                         str(tmp_path / "comments.jsonl"))
    assert code == 1 and err == f"analyzer: {tmp_path / 'photo.jpg'}: binary file, not text\n"
    assert [r["text"] for r in jsonl(out)] == ["a fine comment", "یک نظر خوب", "another one"]


def _into_closed_pipe(args: list[str], cwd) -> subprocess.CompletedProcess:
    """The CLI run with its standard output a pipe nobody reads (``analyzer ... | head`` after
    head has exited)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    try:
        return subprocess.run([sys.executable, "-m", "analyzer", *args], stdout=write_end, stderr=subprocess.PIPE,
                              text=True, cwd=cwd, env=env, check=False, timeout=120)
    finally:
        os.close(write_end)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_closed_output_pipe_keeps_the_exit_code_of_errors_reported_before(tmp_path, fmt):
    """``analyzer analyze crawl | head``: a closed pipe ended the run with exit code 0, even after
    a bad file had been reported; a run without errors still ends 0, without a traceback."""
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    (crawl / "a.warc").write_text("not a WARC")
    (crawl / "b.html").write_bytes((PAGES / "wordpress_en.html").read_bytes())
    failed = _into_closed_pipe(["analyze", "crawl", "-f", fmt], tmp_path)
    assert failed.returncode == 1
    assert failed.stderr == "analyzer: crawl/a.warc: not a WARC file (no WARC/ header)\n"
    fine = _into_closed_pipe(["analyze", "crawl/b.html", "-f", fmt], tmp_path)
    assert (fine.returncode, fine.stderr) == (0, "")


@pytest.mark.skipif(not shutil.which("bash"), reason="needs bash for <(...)")
def test_classify_reads_a_named_fifo():
    """``analyzer classify <(cut -f2 comments.tsv)`` names a FIFO, which can be read only once: it
    failed with 'File or stream is not seekable' (or waited for a writer gone)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    command = f"{shlex.quote(sys.executable)} -m analyzer classify <(printf 'I love this\\nterrible stuff\\n')"
    proc = subprocess.run(["bash", "-c", command], capture_output=True, text=True, env=env, check=False, timeout=120)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert [json.loads(line)["text"] for line in proc.stdout.splitlines()] == ["I love this", "terrible stuff"]


def test_classify_refuses_pages_and_crawls_and_points_to_analyze(capsys, tmp_path, monkeypatch):
    """A WARC, an HTML page or a JSON-lines crawl of pages given to classify had its lines read
    as comments (markup and WARC headers as records, exit code 0): one line each, exit code 1,
    and the other inputs go on; --as-comments reads them as asked."""
    monkeypatch.chdir(tmp_path)
    warc = b"WARC/1.0\r\nWARC-Type: response\r\n\r\n" + bytes(range(256)) * 20  # an image record further on
    Path("c.warc.gz").write_bytes(gzip.compress(warc))
    Path("page.txt").write_bytes((PAGES / "wordpress_en.html").read_bytes())
    Path("crawl.jsonl").write_text('{"url": "https://example.com/a", "html": "<p>hi</p>"}\n')
    Path("ok.txt").write_text("nice one\n")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\n<!DOCTYPE html><html><body>x</body></html>\n")))
    code = main(["classify", "c.warc.gz", "page.txt", "crawl.jsonl", "ok.txt", "-"])
    out, err = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["nice one"]
    kinds = {"c.warc.gz": "a WARC crawl", "page.txt": "an HTML page", "crawl.jsonl": "a JSON-lines crawl of pages",
             "-": "an HTML page"}
    assert err.splitlines() == [f"analyzer: {name}: {kind}, not comments; 'analyzer analyze {name}' finds its comments "
                                "(--as-comments reads it as comments)" for name, kind in kinds.items()]
    assert main(["classify", "--as-comments", "page.txt"]) == 0
    assert len(capsys.readouterr().out.splitlines()) > 10


@pytest.mark.parametrize(("args", "message"), [
    (["classify", "--batch-size", "0"], "argument --batch-size: at least 1 text at a time, not 0"),
    (["classify", "--batch-size", "-5"], "argument --batch-size: at least 1 text at a time, not -5"),
    (["classify", "--batch-size", "many"], "argument --batch-size: not a number of texts: 'many'"),
    (["analyze", "x.html", "-j", "2", "--scheduler", "tcp://10.0.0.5:8786"],
     "argument --scheduler: not allowed with argument -j/--jobs"),
    (["report", "x.html", "-o", "r.html", "--scheduler", "tcp://10.0.0.5:8786", "--jobs", "2"],
     "argument -j/--jobs: not allowed with argument --scheduler"),
])
def test_options_out_of_range_or_together_are_refused(capsys, args, message):
    """--batch-size 0 or below was read as 1 without a word, and --jobs beside --scheduler was
    ignored without a word (the cluster ran the pages)."""
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1].endswith(f"error: {message}")


def test_help_describes_each_command_s_own_output_and_inputs(capsys):
    """classify's --help said its json output was 'one object a page' (it writes an array of its
    records, and knows no pages); analyze's and report's PATH had no help at all."""
    helps = {}
    for command in ("analyze", "classify", "report"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        helps[command] = " ".join(capsys.readouterr().out.split())
    assert "json: one array of the records" in helps["classify"] and "a page" not in helps["classify"].split("json:")[1][:40]
    assert "json: one object a page" in helps["analyze"]
    for command in ("analyze", "report"):
        assert "PATH files, folders (walked for page files) or - for standard input" in helps[command]


def test_the_output_format_follows_the_output_file_s_suffix_unless_given(tmp_path, capsys):
    """'-o comments.csv' without -f wrote JSON lines under a CSV's name, '-o store.db' a text
    file that a later -f sqlite run refused as no SQLite database."""
    page = str(PAGES / "wordpress_en.html")
    assert main(["analyze", page, "-o", str(tmp_path / "c.csv")]) == 0
    assert (tmp_path / "c.csv").read_text(encoding="utf-8-sig").startswith("page,")
    assert main(["analyze", page, "-o", str(tmp_path / "s.db")]) == 0
    with sqlite3.connect(tmp_path / "s.db") as db:
        assert db.execute("select count(*) from comments").fetchone()[0] > 0
    assert main(["analyze", page, "-o", str(tmp_path / "p.json")]) == 0
    assert isinstance(json.loads((tmp_path / "p.json").read_text()), list)
    assert main(["analyze", page, "-o", str(tmp_path / "given.csv"), "-f", "jsonl"]) == 0
    assert json.loads((tmp_path / "given.csv").read_text().splitlines()[0])["page"] == page
    (tmp_path / "ok.txt").write_text("nice one\n")
    assert main(["classify", str(tmp_path / "ok.txt"), "-o", str(tmp_path / "k.csv")]) == 0
    assert (tmp_path / "k.csv").read_text(encoding="utf-8-sig").startswith("text,")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_in_a_crawl_is_a_note_not_an_error(capsys, tmp_path):
    """The walk's note goes through the CLI's own stderr line (above a progress bar) and leaves
    the exit code at 0."""
    (tmp_path / "a.html").write_bytes((PAGES / "wordpress_en.html").read_bytes())
    os.mkfifo(tmp_path / "b.html")
    assert main(["analyze", str(tmp_path)]) == 0
    note = f"analyzer: {tmp_path}/b.html: skipped, a FIFO (a folder walk reads only files; name it to read it)"
    assert capsys.readouterr().err.splitlines() == [note]


def test_classify_reads_the_csv_that_analyze_writes(capsys, tmp_path):
    """``analyze -f csv`` then ``classify`` read its header and each row as comments (28 cells of
    page, author, labels...). A CSV table is read by its ``text`` column, its other columns passed
    through, ours among them kept as ``input_<name>``."""
    table = tmp_path / "analyzed.csv"
    code, out, err = run(capsys, "analyze", str(PAGES))
    assert code == 0, err
    assert run(capsys, "analyze", str(PAGES), "-o", str(table))[0] == 0
    code, again, err = run(capsys, "classify", str(table), "--thread-field", "page")
    assert code == 0, err
    before, after = jsonl(out), jsonl(again)
    assert len(before) == len(after) > 5
    assert [r["text"] for r in after] == [r["text"] for r in before]
    assert [r["lang"] for r in after] == [r["lang"] for r in before]
    assert [r["author"] for r in after] == [r["author"] or "" for r in before]
    assert [r["input_lang"] for r in after] == [r["lang"] for r in before]
    assert [r["input_sentiment.label"] for r in after] == [(r["sentiment"] or {}).get("label", "") for r in before]
    assert [(r["sentiment"] or {}).get("label") for r in after] == [(r["sentiment"] or {}).get("label") for r in before]
    # written as CSV again, nothing of the input is written over: each of its columns once
    again_csv = tmp_path / "again.csv"
    assert run(capsys, "classify", str(table), "-o", str(again_csv))[0] == 0
    with again_csv.open(encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh))
    assert len(header) == len(set(header))
    assert {"input_sentiment.label", "input_toxicity.score", "input_sentiment_reason", "author"} <= set(header)


def test_classify_csv_keeps_a_cell_of_several_lines_whole_and_names_bad_rows(capsys, tmp_path):
    """A quoted cell holding line breaks is one comment; a row with too many cells is named by the
    line it starts on and skipped, the rest goes on; a table without a ``text`` column, or with a
    header alone, is one error. A text file whose lines hold commas is still a line a comment."""
    table = tmp_path / "mine.CSV"
    table.write_text('id,text\n1,"First paragraph.\nSecond paragraph, still the same comment."\n'
                     '2,a,b\n\n3,"عالی بود، ممنون"\n', encoding="utf-8")
    code, out, err = run(capsys, "classify", str(table))
    recs = jsonl(out)
    assert code == 1 and err == f"analyzer: {table}:4: 3 cells where the header names 2\n"
    assert [(r["id"], r["text"]) for r in recs] == [
        ("1", "First paragraph.\nSecond paragraph, still the same comment."), ("3", "عالی بود، ممنون")]
    assert recs[1]["lang"] == "fa"
    long = tmp_path / "long.csv"
    long.write_text('text\n"' + "A very long comment. " * 10_000 + '"\n', encoding="utf-8")
    code, out, err = run(capsys, "classify", str(long))
    assert code == 0 and err == "" and len(jsonl(out)[0]["text"]) > 200_000  # above csv's 128 KB field limit
    (tmp_path / "no_text.csv").write_text("id,comment\n1,hello\n", encoding="utf-8")
    (tmp_path / "header.csv").write_text("text,author\n", encoding="utf-8")
    (tmp_path / "bad_rows.csv").write_text("text,author\nonly one cell,x,y\n", encoding="utf-8")
    code, out, err = run(capsys, "classify", *(str(tmp_path / n) for n in ("no_text.csv", "header.csv", "bad_rows.csv")))
    assert code == 1 and out == ""
    assert err.splitlines() == [(f"analyzer: {tmp_path / 'no_text.csv'}:1: a CSV table without a 'text' column "
                                 "(columns: id, comment)"),
                                f"analyzer: {tmp_path / 'header.csv'}: a CSV table without rows",
                                f"analyzer: {tmp_path / 'bad_rows.csv'}:2: 3 cells where the header names 2"]
    lines = tmp_path / "lines.txt"
    lines.write_text("id,text\nwell, I disagree\n", encoding="utf-8")
    assert [r["text"] for r in jsonl(run(capsys, "classify", str(lines))[1])] == ["id,text", "well, I disagree"]


def test_classify_renames_an_input_field_ours_may_hold_even_when_this_record_does_not(capsys, tmp_path):
    """``sentiment_reason`` is in our record only when there is no sentiment model; an input's own
    ``sentiment_reason`` then stood unrenamed beside our labels, as if ours."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": "I love this, thank you", "sentiment_reason": "theirs"}) + "\n",
                   encoding="utf-8")
    (rec,) = jsonl(run(capsys, "classify", str(src))[1])
    assert rec["input_sentiment_reason"] == "theirs" and "sentiment_reason" not in rec
    assert rec["sentiment"]["label"] == "positive"


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_classify_reads_half_a_surrogate_pair_as_a_replacement_character(capsys, tmp_path, fmt):
    """A JSON record with half a surrogate pair escaped in it ("\\ud800", left by a crawler that cut an
    emoji) ended classify with a traceback (fastText refused the text), losing the whole batch; a
    passed-through field holding one could not be written to a UTF-8 output either."""
    src = tmp_path / "comments.jsonl"
    src.write_text('{"text": "hello \\ud800 world, you idiot", "user": "a\\udc80b"}\n{"text": "fine, thanks"}\n')
    code, out, err = run(capsys, "classify", "-f", fmt, str(src))
    assert code == 0 and err == ""
    if fmt == "jsonl":
        first, second = jsonl(out)
        assert (first["text"], first["user"], first["toxicity"]["label"]) == ("hello \ufffd world, you idiot", "a\ufffdb", "toxic")
        assert second["text"] == "fine, thanks"
    else:
        rows = list(csv.DictReader(io.StringIO(out)))
        assert [r["text"] for r in rows] == ["hello \ufffd world, you idiot", "fine, thanks"] and rows[0]["user"] == "a\ufffdb"
