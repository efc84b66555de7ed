"""Batch runs: long articles, resume, determinism across workers, flat memory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings as hsettings, strategies as st
from spacy.language import Language

from newsclaims import pipeline, runner as batch
from newsclaims.schema import invalid_spans
from newsclaims.outputs import repair_last_line

from .conftest import run_until_lines

PARAGRAPHS = [
    "The mayor of Oakridge, Helen Brooks, said on Monday that the city would hire 120 new teachers.",
    '"We cannot wait another year," Brooks told reporters outside City Hall.',
    "Union leaders in Portland said the plan would cost at least $4 million a year.",
    "According to the finance office, spending on schools rose 8% last year.",
    "Residents of Lakeview told the Daily Courier that classes had grown to 35 pupils.",
]


def _article(n: int) -> str:
    return "\n\n".join(PARAGRAPHS[(n + i) % len(PARAGRAPHS)] for i in range(len(PARAGRAPHS))) + f"\n\nReport {n}.\n"


def _folder(root: Path, count: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (root / f"story_{n:03d}.txt").write_text(_article(n), encoding="utf-8")
    return root


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@hsettings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab .\n"), max_size=300), limit=st.integers(2, 40))
def test_long_text_pieces_rejoin_exactly_and_respect_the_limit(text, limit):
    pieces = pipeline.split_long(text, limit)
    assert "".join(pieces) == text
    assert all(len(piece) <= limit for piece in pieces)


def test_long_text_is_cut_at_paragraph_breaks_when_it_can_be():
    text = "First paragraph here.\n\nSecond paragraph here.\n\nThird one."
    assert pipeline.split_long(text, 30) == ["First paragraph here.\n\n", "Second paragraph here.\n\n", "Third one."]


def test_article_longer_than_max_length_is_parsed_whole_with_exact_offsets(nlp: Language, tmp_path):
    text = _article(0) * 6
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = batch.run([tmp_path / "in"], out, batch.Settings(jobs=1, max_length=400))
    assert summary.processed == 1 and summary.failed == 0
    (record,) = _records(out)
    assert record["text"] == text and record["error"] is None
    assert invalid_spans(record, text) == []
    # Items from the last piece point at the last copy of the paragraphs, not the first.
    assert max(m["start"] for p in record["people"] for m in p["mentions"]) > len(text) - 400


def test_merged_long_doc_keeps_entities_and_recomputes_boilerplate(nlp: Language):
    text = "Anna Lee met officials in Berlin on Friday.\n\nAdvertisement\n\nLater, Anna Lee flew to Madrid.\n"
    whole = nlp(text)
    old = nlp.max_length
    nlp.max_length = 50
    try:
        (merged,) = pipeline.parse(nlp, [text])
    finally:
        nlp.max_length = old
    assert merged.text == text
    assert {(e.text, e.start_char) for e in merged.ents} >= {("Berlin", text.index("Berlin")), ("Madrid", text.index("Madrid"))}
    assert merged._.boilerplate == whole._.boilerplate != ()


def test_rerun_skips_everything_already_in_the_output(tmp_path):
    folder = _folder(tmp_path / "in", 4)
    out = tmp_path / "out.jsonl"
    first = batch.run([folder], out, batch.Settings(jobs=1, batch_size=2))
    before = out.read_bytes()
    second = batch.run([folder], out, batch.Settings(jobs=1, batch_size=2))
    assert (first.processed, second.processed, second.already_done) == (4, 0, 4)
    assert out.read_bytes() == before
    assert second.exit_code == 0


def test_resume_drops_a_cut_off_last_line_and_appends_only_the_rest(tmp_path):
    folder = _folder(tmp_path / "in", 4)
    out = tmp_path / "out.jsonl"
    batch.run([folder], out, batch.Settings(jobs=1, batch_size=2))
    complete = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(complete[:2]) + complete[2][: len(complete[2]) // 2])  # killed mid-write
    summary = batch.run([folder], out, batch.Settings(jobs=1, batch_size=2))
    assert (summary.processed, summary.already_done) == (2, 2)
    assert sorted(r["source"] for r in _records(out)) == [f"story_{n:03d}.txt" for n in range(4)]


def test_changed_file_is_processed_again_and_force_starts_over(tmp_path):
    folder = _folder(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    batch.run([folder], out, batch.Settings(jobs=1))
    (folder / "story_000.txt").write_text("A new version: the mayor of Oakridge resigned.", encoding="utf-8")
    again = batch.run([folder], out, batch.Settings(jobs=1))
    assert (again.processed, again.already_done) == (1, 1)
    assert len(_records(out)) == 3
    forced = batch.run([folder], out, batch.Settings(jobs=1, force=True))
    assert forced.processed == 2 and len(_records(out)) == 2


def test_jobs_1_and_jobs_2_write_byte_identical_output(tmp_path):
    folder = _folder(tmp_path / "in", 12)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    batch.run([folder], one, batch.Settings(jobs=1, batch_size=3))
    batch.run([folder], two, batch.Settings(jobs=2, batch_size=3))
    assert one.read_bytes() == two.read_bytes()
    assert len(_records(one)) == 12


def test_tasks_depend_on_the_input_not_on_the_number_of_workers(tmp_path):
    folder = _folder(tmp_path / "in", 7)
    entries = [e for e in batch.discover([folder]) if isinstance(e, batch.Entry)]
    assert [len(t) for t in batch.tasks(entries, 3)] == [3, 3, 1]


def test_small_runs_get_smaller_tasks_whatever_the_number_of_workers():
    assert batch.task_size(10_000, 64) == 64
    assert batch.task_size(300, 64) == 10
    assert batch.task_size(5, 64) == 4
    assert batch.task_size(5, 2) == 2


def _novel_entries(folder, count):
    folder.mkdir()
    for n in range(count):
        (folder / f"s{n}.txt").write_text(f"Zorvath{n} Quillimar{n} told the Xyloport{n} Herald that 5{n} fish died.", encoding="utf-8")
    return [e for e in batch.discover([folder]) if isinstance(e, batch.Entry)]


def test_memory_zones_keep_the_string_store_flat_once_the_warm_budget_is_spent(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "WARM_WORDS", 10)
    entries = _novel_entries(tmp_path / "in", 6)
    worker = batch.Worker(batch.Settings(jobs=1, batch_size=2))
    worker.run(entries[:2])  # outside a zone: its words are kept, and they spend the budget
    assert "Zorvath1" in worker.nlp.vocab.strings
    size = len(worker.nlp.vocab.strings)
    for task in batch.tasks(entries[2:], 2):
        result = worker.run(task)
        assert result.processed == 2
    assert len(worker.nlp.vocab.strings) == size


def test_a_run_keeps_its_first_words_while_under_the_warm_budget(tmp_path):
    entries = _novel_entries(tmp_path / "in", 4)
    worker = batch.Worker(batch.Settings(jobs=1, batch_size=2))
    for task in batch.tasks(entries, 2):
        worker.run(task)
    assert all(f"Quillimar{n}" in worker.nlp.vocab.strings for n in range(4))


def test_repair_last_line_keeps_whole_lines_only(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"a": 1}\n{"b": 2}\n{"c": ')
    assert repair_last_line(path) == 6
    assert path.read_bytes() == b'{"a": 1}\n{"b": 2}\n'
    path.write_bytes(b'{"partial')
    repair_last_line(path)
    assert path.read_bytes() == b""


def test_components_no_extractor_reads_are_not_loaded(tmp_path):
    import spacy

    custom = spacy.blank("en")
    textcat = custom.add_pipe("textcat")
    textcat.add_label("POLITICS")
    textcat.add_label("SPORT")
    custom.initialize()
    custom.to_disk(tmp_path / "model")
    loaded = pipeline.load(str(tmp_path / "model"))
    assert "textcat" not in loaded.component_names
    assert "newsclaims_boilerplate" in loaded.pipe_names


def test_progress_bar_run_writes_the_same_records(tmp_path):
    folder = _folder(tmp_path / "in", 3)
    plain, shown = tmp_path / "plain.jsonl", tmp_path / "shown.jsonl"
    batch.run([folder], plain, batch.Settings(jobs=1))
    batch.run([folder], shown, batch.Settings(jobs=1, progress=True))
    assert plain.read_bytes() == shown.read_bytes()


def test_a_killed_worker_is_replaced_and_the_run_completes_every_article_once(tmp_path):
    import os
    import signal

    psutil = pytest.importorskip("psutil")
    folder = _folder(tmp_path / "in", 16)
    out = tmp_path / "out.jsonl"
    runner, outcome, written = run_until_lines(
        lambda: batch.run([folder], out, batch.Settings(jobs=2, batch_size=2)), out)
    workers = [p for p in psutil.Process().children() if "spawn_main" in " ".join(p.cmdline())]
    assert len(workers) == 2
    os.kill(workers[0].pid, signal.SIGKILL)
    runner.join(timeout=300)
    assert not runner.is_alive()
    assert written < 16, "the worker should have been killed part-way through the run"
    assert "error" not in outcome, outcome.get("error")
    assert outcome["result"].failed == 0
    assert sorted(r["source"] for r in _records(out)) == [f"story_{n:03d}.txt" for n in range(16)]


def _dies_on_poison(work, settings, done):
    """A stand-in for the process pool whose worker dies on any task holding `poison*.txt`."""
    from concurrent.futures.process import BrokenProcessPool

    for task in work:
        if any(entry.source.startswith("poison") for entry in task):
            raise BrokenProcessPool("a worker died")
        yield batch.TaskResult(lines=[f"{entry.source}\n" for entry in task], processed=len(task))


def test_only_the_file_that_kills_its_worker_gets_an_error_record(tmp_path, monkeypatch):
    folder = _folder(tmp_path / "in", 5)
    (folder / "poison.txt").write_text("An article whose worker always dies.", encoding="utf-8")
    entries = [e for e in batch.discover([folder]) if isinstance(e, batch.Entry)]
    monkeypatch.setattr(batch, "_pool_results", _dies_on_poison)
    results = list(batch._local_results(list(batch.tasks(entries, 2)), batch.Settings(), frozenset()))
    lines = [line for result in results for line in result.lines]
    assert sorted(line.strip() for line in lines if not line.startswith("{")) == [f"story_{n:03d}.txt" for n in range(5)]
    [died] = [json.loads(line) for line in lines if line.startswith("{")]
    assert died["source"] == "poison.txt" and died["error"]["type"] == "worker_died"
    assert [source for result in results for source, _ in result.failures] == ["poison.txt"]


def test_workers_dying_on_every_file_stop_the_run(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(4):
        (folder / f"poison{n}.txt").write_text("Any text.", encoding="utf-8")
    entries = [e for e in batch.discover([folder]) if isinstance(e, batch.Entry)]
    monkeypatch.setattr(batch, "_pool_results", _dies_on_poison)
    with pytest.raises(batch.WorkerFailed, match="keep dying"):  # counted across tasks of two files
        list(batch._local_results(list(batch.tasks(entries, 2)), batch.Settings(), frozenset()))
