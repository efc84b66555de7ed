"""The `newsclaims` command (newsclaims.cli), driven through typer's test runner."""

from __future__ import annotations

import json
import shutil

from typer.testing import CliRunner

from newsclaims.cli import app

from .conftest import SEEDS


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_extract_writes_one_record_per_article_with_relative_sources(tmp_path):
    articles = tmp_path / "in" / "sub"
    articles.mkdir(parents=True)
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, articles / seed.name)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    records = _lines(out)
    assert [r["source"] for r in records] == [f"sub/{p.name}" for p in sorted(SEEDS.glob("*.txt"))[:2]]
    for record in records:
        assert record["schema_version"] == "1" and record["error"] is None
        assert record["text"] == (articles / record["source"].split("/")[1]).read_text(encoding="utf-8")


def test_extract_a_single_file_to_stdout_uses_its_name():
    seed = sorted(SEEDS.glob("*.txt"))[0]
    result = CliRunner().invoke(app, ["extract", str(seed), "-o", "-", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["source"] == seed.name
    assert any(p["name"] == "Jesse Pirttinen" for p in record["people"])


def test_unknown_model_is_a_usage_error(tmp_path):
    seed = sorted(SEEDS.glob("*.txt"))[0]
    result = CliRunner().invoke(app, ["extract", str(seed), "-o", str(tmp_path / "x.jsonl"), "--model", "no_such_model"])
    assert result.exit_code == 2
    assert "not installed" in result.output


def test_every_command_has_help_with_examples():
    for command in ("extract", "schema"):
        result = CliRunner().invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.output


def _hostile_folder(root):
    """One file of every kind that must not stop a run, plus two good articles and a stray PDF."""
    import os

    root.mkdir()
    good = "The mayor of Oakridge, Helen Brooks, said on Monday that 120 teachers would be hired.\n"
    (root / "good.txt").write_text(good, encoding="utf-8")
    (root / "legacy.txt").write_bytes("Fares rose to \u00a312, \u201ctoo much\u201d, said Ann Lee.\n".encode("cp1252"))
    (root / "wide.txt").write_bytes("Fares rose to \u00a312, said Ann Lee.\n".encode("utf-16"))
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.md").write_text("  \n\n\t\n", encoding="utf-8")
    (root / "nul.txt").write_bytes(b"Some text\x00\x00 then binary")
    (root / "binary.html").write_bytes(bytes(range(256)) * 4)
    (root / "long.txt").write_text((good + "\n") * 40, encoding="utf-8")
    os.symlink("loop.txt", root / "loop.txt")
    os.symlink("missing.txt", root / "dangling.txt")
    (root / "scan.pdf").write_bytes(b"%PDF-1.4\x00")
    return {"good.txt", "legacy.txt", "wide.txt", "long.txt"}, {
        "empty.txt": "empty", "blank.md": "empty", "nul.txt": "binary", "binary.html": "binary",
        "loop.txt": "symlink_loop", "dangling.txt": "missing",
    }


def test_hostile_folder_gives_one_record_per_file_and_exit_code_1(tmp_path):
    good, bad = _hostile_folder(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app, ["extract", str(tmp_path / "in"), "-o", str(out), "--jobs", "1", "--max-length", "1000"]
    )
    assert result.exit_code == 1, result.output
    records = {r["source"]: r for r in _lines(out)}
    assert set(records) == good | set(bad)
    for source, kind in bad.items():
        record = records[source]
        assert record["error"]["type"] == kind and record["error"]["message"]
        assert record["people"] == record["quotes"] == record["numbers"] == record["places"] == record["claims"] == []
    for source in good:
        assert records[source]["error"] is None
    assert "\u00a312, \u201ctoo much\u201d" in records["legacy.txt"]["text"]
    assert records["wide.txt"]["text"].startswith("Fares rose to \u00a312")
    assert len(records["long.txt"]["text"]) > 1000
    assert "skipped: scan.pdf" in result.stderr
    assert "4 processed, 1 skipped, 6 failed" in result.stderr


def test_nothing_readable_is_exit_code_3(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"), "-j", "1"])
    assert result.exit_code == 3
    assert "0 processed, 1 skipped, 1 failed" in result.stderr


def test_output_that_is_a_folder_is_a_usage_error(tmp_path):
    seed = sorted(SEEDS.glob("*.txt"))[0]
    result = CliRunner().invoke(app, ["extract", str(seed), "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "is a folder" in result.output


def test_quiet_prints_nothing_and_db_and_csv_are_written(tmp_path):
    import sqlite3

    seed = sorted(SEEDS.glob("*.txt"))[0]
    db, table = tmp_path / "o.db", tmp_path / "o.csv"
    result = CliRunner().invoke(
        app, ["extract", str(seed), "-o", str(tmp_path / "o.jsonl"), "-j", "1", "-q", "--db", str(db), "--csv", str(table)]
    )
    assert result.exit_code == 0 and result.stderr == ""
    assert sqlite3.connect(db).execute("select count(*) from articles").fetchone() == (1,)
    assert table.read_text(encoding="utf-8-sig").startswith("source,kind,id,text,start,end")


def test_sigkill_mid_run_then_rerun_yields_every_article_exactly_once(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "in"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for n in range(30):
        text = seeds[n % len(seeds)].read_text(encoding="utf-8")
        (folder / f"a{n:02d}.txt").write_text(f"Edition {n}.\n\n{text}", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsclaims", "extract", str(folder), "-o", str(out), "-j", "1", "--batch-size", "1", "-q"]
    process = subprocess.Popen(command, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    written = out.read_bytes().count(b"\n")
    assert 3 <= written < 30, "the run should have been killed part-way"
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    sources = [r["source"] for r in _lines(out)]
    assert sorted(sources) == [f"a{n:02d}.txt" for n in range(30)]


def test_extract_with_report_writes_the_review_page_of_the_whole_output(tmp_path):
    seed = sorted(SEEDS.glob("*.txt"))[0]
    out, page = tmp_path / "out.jsonl", tmp_path / "pages" / "report.html"
    result = CliRunner().invoke(app, ["extract", str(seed), "-o", str(out), "--jobs", "1", "--report", str(page)])
    assert result.exit_code == 0, result.output
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")  # the index page
    html = (tmp_path / "pages" / "report_articles" / "1.html").read_text(encoding="utf-8")  # the article's page
    record = _lines(out)[0]
    assert html.count('data-kind="quote"') >= len(record["quotes"]) > 0


def test_report_without_an_output_file_is_a_usage_error(tmp_path):
    seed = sorted(SEEDS.glob("*.txt"))[0]
    result = CliRunner().invoke(app, ["extract", str(seed), "-o", "-", "--report", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert "--report" in result.output


def test_a_long_article_over_a_tiny_timeout_gets_a_timeout_record_and_the_others_are_extracted(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    for seed in seeds:
        shutil.copy(seed, folder / seed.name)
    sentences = [s.strip() + "." for seed in seeds for s in seed.read_text(encoding="utf-8").split(".") if len(s.split()) > 4]
    long_text = " ".join(sentences * (400_000 // sum(map(len, sentences)) + 1))  # one paragraph, > 400,000 characters
    (folder / "long.txt").write_text(long_text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(out), "-j", "1", "--timeout", "3"])
    assert result.exit_code == 1, result.output
    records = {r["source"]: r for r in _lines(out)}
    assert records["long.txt"]["error"]["type"] == "timeout"
    assert all(records[seed.name]["error"] is None for seed in seeds)
    assert "failed: long.txt (timeout:" in result.stderr and "2 processed, 0 skipped, 1 failed" in result.stderr


def test_negative_timeout_is_a_usage_error(tmp_path):
    seed = sorted(SEEDS.glob("*.txt"))[0]
    result = CliRunner().invoke(app, ["extract", str(seed), "-o", str(tmp_path / "o.jsonl"), "--timeout", "-1"])
    assert result.exit_code == 2
