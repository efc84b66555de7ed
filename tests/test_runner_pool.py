"""Dead-worker recovery of the local pool (newsclaims.runner.pool), through its `start_pool` seam."""

from __future__ import annotations

import json
from concurrent.futures.process import BrokenProcessPool

import pytest

from newsclaims.inputs import Entry, discover
from newsclaims.runner import Settings, TaskResult, WorkerFailed, local_results, tasks

from .articles import story_names, write_folder


def _dies_on_poison(work, settings, done):
    """A stand-in for the process pool whose worker dies on any task holding `poison*.txt`."""
    for task in work:
        if any(entry.source.startswith("poison") for entry in task):
            raise BrokenProcessPool("a worker died")
        yield TaskResult(lines=[f"{entry.source}\n" for entry in task], processed=len(task))


def test_only_the_file_that_kills_its_worker_gets_an_error_record(tmp_path):
    folder = write_folder(tmp_path / "in", 5)
    (folder / "poison.txt").write_text("An article whose worker always dies.", encoding="utf-8")
    entries = [e for e in discover([folder]) if isinstance(e, Entry)]
    results = list(local_results(list(tasks(entries, 2)), Settings(), frozenset(), start_pool=_dies_on_poison))
    lines = [line for result in results for line in result.lines]
    assert sorted(line.strip() for line in lines if not line.startswith("{")) == story_names(5)
    [died] = [json.loads(line) for line in lines if line.startswith("{")]
    assert died["source"] == "poison.txt" and died["error"]["type"] == "worker_died"
    assert [source for result in results for source, _ in result.failures] == ["poison.txt"]


def test_workers_dying_on_every_file_stop_the_run(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(4):
        (folder / f"poison{n}.txt").write_text("Any text.", encoding="utf-8")
    entries = [e for e in discover([folder]) if isinstance(e, Entry)]
    with pytest.raises(WorkerFailed, match="keep dying"):  # counted across tasks of two files
        list(local_results(list(tasks(entries, 2)), Settings(), frozenset(), start_pool=_dies_on_poison))
