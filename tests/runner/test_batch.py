"""A whole run (newsclaims.runner.run): long articles, resume, determinism across workers."""

from __future__ import annotations

import os
import signal

import pytest
from spacy.language import Language

from newsclaims import runner
from newsclaims.outputs import Targets
from newsclaims.schema import invalid_spans
from tests.articles import article, read_lines, story_names, write_folder
from tests.conftest import run_until_lines


def test_article_longer_than_max_length_is_parsed_whole_with_exact_offsets(nlp: Language, tmp_path):
    text = article(0) * 6
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = runner.run([tmp_path / "in"], Targets(out), runner.Settings(jobs=1, max_length=400))
    assert summary.processed == 1 and summary.failed == 0
    (record,) = read_lines(out)
    assert record["text"] == text and record["error"] is None
    assert invalid_spans(record, text) == []
    # Items from the last piece point at the last copy of the paragraphs, not the first.
    assert max(m["start"] for p in record["people"] for m in p["mentions"]) > len(text) - 400


def test_rerun_skips_everything_already_in_the_output(tmp_path):
    folder = write_folder(tmp_path / "in", 4)
    out = tmp_path / "out.jsonl"
    first = runner.run([folder], Targets(out), runner.Settings(jobs=1, batch_size=2))
    before = out.read_bytes()
    second = runner.run([folder], Targets(out), runner.Settings(jobs=1, batch_size=2))
    assert (first.processed, second.processed, second.already_done) == (4, 0, 4)
    assert out.read_bytes() == before
    assert second.exit_code == 0


def test_resume_drops_a_cut_off_last_line_and_appends_only_the_rest(tmp_path):
    folder = write_folder(tmp_path / "in", 4)
    out = tmp_path / "out.jsonl"
    runner.run([folder], Targets(out), runner.Settings(jobs=1, batch_size=2))
    complete = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(complete[:2]) + complete[2][: len(complete[2]) // 2])  # killed mid-write
    summary = runner.run([folder], Targets(out), runner.Settings(jobs=1, batch_size=2))
    assert (summary.processed, summary.already_done) == (2, 2)
    assert sorted(r["source"] for r in read_lines(out)) == story_names(4)


def test_changed_file_is_processed_again_and_force_starts_over(tmp_path):
    folder = write_folder(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    runner.run([folder], Targets(out), runner.Settings(jobs=1))
    (folder / "story_000.txt").write_text("A new version: the mayor of Oakridge resigned.", encoding="utf-8")
    again = runner.run([folder], Targets(out), runner.Settings(jobs=1))
    assert (again.processed, again.already_done) == (1, 1)
    assert len(read_lines(out)) == 3
    forced = runner.run([folder], Targets(out), runner.Settings(jobs=1, force=True))
    assert forced.processed == 2 and len(read_lines(out)) == 2


def test_jobs_1_and_jobs_2_write_byte_identical_output(tmp_path):
    folder = write_folder(tmp_path / "in", 12)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    runner.run([folder], Targets(one), runner.Settings(jobs=1, batch_size=3))
    runner.run([folder], Targets(two), runner.Settings(jobs=2, batch_size=3))
    assert one.read_bytes() == two.read_bytes()
    assert len(read_lines(one)) == 12


def test_progress_bar_run_writes_the_same_records(tmp_path):
    folder = write_folder(tmp_path / "in", 3)
    plain, shown = tmp_path / "plain.jsonl", tmp_path / "shown.jsonl"
    runner.run([folder], Targets(plain), runner.Settings(jobs=1))
    runner.run([folder], Targets(shown), runner.Settings(jobs=1, progress=True))
    assert plain.read_bytes() == shown.read_bytes()


def test_options_that_cannot_work_are_usage_errors_before_anything_is_written(tmp_path):
    folder = write_folder(tmp_path / "in", 1)
    out = tmp_path / "out.jsonl"
    with pytest.raises(runner.UsageError, match="backend"):
        runner.run([folder], Targets(out), runner.Settings(jobs=1, backend="spark"))
    with pytest.raises(runner.UsageError, match="not installed"):
        runner.run([folder], Targets(out), runner.Settings(jobs=1, model="no_such_model"))
    with pytest.raises(runner.UsageError, match="different files"):
        runner.run([folder], Targets(out, csv=out), runner.Settings(jobs=1))
    assert not out.exists()


def test_a_killed_worker_is_replaced_and_the_run_completes_every_article_once(tmp_path):
    psutil = pytest.importorskip("psutil")
    folder = write_folder(tmp_path / "in", 16)
    out = tmp_path / "out.jsonl"
    thread, outcome, written = run_until_lines(
        lambda: runner.run([folder], Targets(out), runner.Settings(jobs=2, batch_size=2)), out)
    workers = [p for p in psutil.Process().children() if "spawn_main" in " ".join(p.cmdline())]
    assert len(workers) == 2
    os.kill(workers[0].pid, signal.SIGKILL)
    thread.join(timeout=300)
    assert not thread.is_alive()
    assert written < 16, "the worker should have been killed part-way through the run"
    assert "error" not in outcome, outcome.get("error")
    assert outcome["result"].failed == 0
    assert sorted(r["source"] for r in read_lines(out)) == story_names(16)


def test_retry_failed_processes_error_records_again_and_the_new_record_wins(tmp_path):
    import sqlite3

    marker = "Zyxqua slowed the count."
    folder = write_folder(tmp_path / "in", 3)
    (folder / "slow.txt").write_text(f"{article(9)}\n{marker}\n", encoding="utf-8")
    out, db, table = tmp_path / "out.jsonl", tmp_path / "out.db", tmp_path / "out.csv"
    targets = Targets(out, db=db, csv=table)
    first = runner.run([folder], targets, runner.Settings(jobs=1, timeout=4, faults={marker: "sleep"}))
    assert dict(first.failure_types) == {"timeout": 1}
    again = runner.run([folder], targets, runner.Settings(jobs=1))  # an error record counts as done
    assert (again.processed, again.failed, again.already_done) == (0, 0, 4)
    retried = runner.run([folder], targets, runner.Settings(jobs=1, retry_failed=True))
    assert (retried.processed, retried.failed, retried.already_done) == (1, 0, 3)
    lines = read_lines(out)
    assert [r["source"] for r in lines].count("slow.txt") == 2 and lines[-1]["source"] == "slow.txt"
    assert lines[-1]["error"] is None and lines[-1]["people"]
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*), count(error_type) from articles").fetchone() == (4, 0)
    assert "timeout" not in table.read_text(encoding="utf-8-sig")
    last = runner.run([folder], targets, runner.Settings(jobs=1, retry_failed=True))  # nothing left to retry
    assert (last.processed, last.already_done) == (0, 4)
