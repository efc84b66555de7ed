"""The worker (newsclaims.runner.worker): warm vocabulary first, then flat memory in zones."""

from __future__ import annotations

from newsclaims.inputs import Entry, discover
from newsclaims.runner import Settings, Worker, tasks


def _novel_entries(folder, count):
    folder.mkdir()
    for n in range(count):
        (folder / f"s{n}.txt").write_text(f"Zorvath{n} Quillimar{n} told the Xyloport{n} Herald that 5{n} fish died.", encoding="utf-8")
    return [e for e in discover([folder]) if isinstance(e, Entry)]


def test_memory_zones_keep_the_string_store_flat_once_the_warm_budget_is_spent(tmp_path):
    entries = _novel_entries(tmp_path / "in", 6)
    worker = Worker(Settings(jobs=1, batch_size=2, warm_words=10))
    worker.run(entries[:2])  # outside a zone: its words are kept, and they spend the budget
    assert "Zorvath1" in worker.nlp.vocab.strings
    size = len(worker.nlp.vocab.strings)
    for task in tasks(entries[2:], 2):
        result = worker.run(task)
        assert result.processed == 2
    assert len(worker.nlp.vocab.strings) == size


def test_a_run_keeps_its_first_words_while_under_the_warm_budget(tmp_path):
    entries = _novel_entries(tmp_path / "in", 4)
    worker = Worker(Settings(jobs=1, batch_size=2))
    for task in tasks(entries, 2):
        worker.run(task)
    assert all(f"Quillimar{n}" in worker.nlp.vocab.strings for n in range(4))
