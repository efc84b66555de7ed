"""The local pool (newsclaims.runner.pool): time budgets, the memory limit, dead workers.

Workers misbehave on cue through the test-only `Settings.faults`: an article containing a
marker makes its worker sleep, kill itself or allocate memory without end while it is
extracted. Everything else is the real pipeline in real worker processes.
"""

from __future__ import annotations

import time

import pytest

from newsclaims import runner
from newsclaims.outputs import Targets
from tests.articles import read_lines, story_names, write_folder

SLOW, POISON, HOG = "Zyxqua slowed the count.", "Zyxqua poisoned the well.", "Zyxqua hoarded the grain."


def _with(folder, name: str, marker: str):
    (folder / name).write_text(f"The mayor of Oakridge, Helen Brooks, spoke on Monday.\n\n{marker}\n", encoding="utf-8")
    return folder


def _by_source(out):
    return {r["source"]: r for r in read_lines(out)}


def test_an_article_over_its_time_budget_gets_a_timeout_record_and_the_run_goes_on(tmp_path):
    folder = _with(write_folder(tmp_path / "in", 5), "slow.txt", SLOW)
    out = tmp_path / "out.jsonl"
    began = time.monotonic()
    summary = runner.run([folder], Targets(out), runner.Settings(jobs=1, timeout=4, faults={SLOW: "sleep"}))
    assert time.monotonic() - began < 300, "the sleeping worker was not stopped"
    records = _by_source(out)
    assert sorted(records) == sorted([*story_names(5), "slow.txt"])
    slow = records.pop("slow.txt")
    assert slow["error"]["type"] == "timeout" and "time budget (4 s)" in slow["error"]["message"]
    assert slow["people"] == slow["quotes"] == slow["numbers"] == slow["claims"] == []
    assert all(r["error"] is None and r["people"] for r in records.values())
    assert (summary.processed, summary.failed, dict(summary.failure_types)) == (5, 1, {"timeout": 1})


def test_a_worker_over_the_memory_limit_is_replaced_and_its_article_gets_a_memory_record(tmp_path):
    folder = _with(write_folder(tmp_path / "in", 3), "hog.txt", HOG)
    out = tmp_path / "out.jsonl"
    summary = runner.run([folder], Targets(out), runner.Settings(jobs=1, max_memory=1500, faults={HOG: "grow"}))
    records = _by_source(out)
    assert records["hog.txt"]["error"]["type"] == "memory" and "1500 MiB" in records["hog.txt"]["error"]["message"]
    assert all(records[name]["error"] is None for name in story_names(3))
    assert (summary.processed, summary.failed) == (3, 1)


def test_only_the_file_that_kills_its_worker_gets_an_error_record(tmp_path):
    folder = _with(write_folder(tmp_path / "in", 5), "poison.txt", POISON)
    out = tmp_path / "out.jsonl"
    summary = runner.run([folder], Targets(out), runner.Settings(jobs=2, batch_size=3, faults={POISON: "die"}))
    records = _by_source(out)
    assert records.pop("poison.txt")["error"]["type"] == "worker_died"
    assert sorted(records) == story_names(5) and all(r["error"] is None for r in records.values())
    assert [source for source, _ in summary.failures] == ["poison.txt"]


def test_workers_dying_on_every_file_stop_the_run(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(4):
        _with(folder, f"poison{n}.txt", POISON)
    with pytest.raises(runner.WorkerFailed, match="keep dying"):  # counted across tasks of two files
        runner.run([folder], Targets(tmp_path / "out.jsonl"), runner.Settings(jobs=1, batch_size=2, faults={POISON: "die"}))


def test_a_worker_that_cannot_load_its_model_stops_the_run_with_the_reason(tmp_path):
    import spacy

    spacy.blank("en").to_disk(tmp_path / "broken")
    (tmp_path / "broken" / "meta.json").write_text("{not json", encoding="utf-8")
    folder = write_folder(tmp_path / "in", 2)
    with pytest.raises(runner.WorkerFailed, match="could not start"):
        runner.run([folder], Targets(tmp_path / "out.jsonl"), runner.Settings(jobs=1, model=str(tmp_path / "broken")))
