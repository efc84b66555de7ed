"""Units of work (newsclaims.runner.tasks): fixed by the input, never by the number of workers."""

from __future__ import annotations

from newsclaims.inputs import Entry, discover
from newsclaims.runner import task_size, tasks
from tests.articles import write_folder


def test_tasks_depend_on_the_input_not_on_the_number_of_workers(tmp_path):
    folder = write_folder(tmp_path / "in", 7)
    entries = [e for e in discover([folder]) if isinstance(e, Entry)]
    assert [len(t) for t in tasks(entries, 3)] == [3, 3, 1]


def test_small_runs_get_smaller_tasks_whatever_the_number_of_workers():
    assert task_size(10_000, 64) == 64
    assert task_size(300, 64) == 10
    assert task_size(5, 64) == 4
    assert task_size(5, 2) == 2
