"""`--backend dask` (newsclaims.runner.dask): the same output as the local pool, and no lost article when a worker dies."""

from __future__ import annotations

import json
import logging
import os
import signal
from pathlib import Path

import pytest

from newsclaims import runner
from newsclaims.outputs import Targets
from tests.conftest import run_until_lines

distributed = pytest.importorskip("distributed")

PARAGRAPHS = [
    "The harbour master in Westport, Ruth Carey, said on Friday that 14 boats had been damaged.",
    '"The storm came faster than anyone expected," Carey told the Coastal Times.',
    "Insurers in Dublin estimated the losses at more than 2 million euros.",
    "According to the coastguard, three fishermen were rescued near Achill Island.",
]


def _folder(root: Path, count: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        text = "\n\n".join(PARAGRAPHS[(n + i) % len(PARAGRAPHS)] for i in range(len(PARAGRAPHS)))
        (root / f"report_{n:03d}.txt").write_text(f"Bulletin {n}.\n\n{text}\n", encoding="utf-8")
    return root


def _sources(path: Path) -> list[str]:
    return [json.loads(line)["source"] for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
    ) as local:
        yield local


def test_dask_backend_output_is_byte_identical_to_the_local_pool(cluster, tmp_path):
    folder = _folder(tmp_path / "in", 10)
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    runner.run([folder], Targets(local), runner.Settings(jobs=2, batch_size=3))
    summary = runner.run([folder], Targets(dask), runner.Settings(backend="dask", address=cluster.scheduler_address, batch_size=3))
    assert summary.processed == 10
    assert dask.read_bytes() == local.read_bytes()


def test_dask_backend_resumes_like_the_local_one(cluster, tmp_path):
    folder = _folder(tmp_path / "in", 4)
    out = tmp_path / "out.jsonl"
    settings = runner.Settings(backend="dask", address=cluster.scheduler_address, batch_size=2)
    runner.run([folder], Targets(out), settings)
    again = runner.run([folder], Targets(out), settings)
    assert (again.processed, again.already_done) == (0, 4)
    assert sorted(_sources(out)) == [f"report_{n:03d}.txt" for n in range(4)]


def test_killing_a_dask_worker_mid_run_loses_no_article_and_repeats_none(cluster, tmp_path):
    folder = _folder(tmp_path / "in", 24)
    out = tmp_path / "out.jsonl"
    settings = runner.Settings(backend="dask", address=cluster.scheduler_address, batch_size=2)
    thread, outcome, written = run_until_lines(lambda: runner.run([folder], Targets(out), settings), out)
    with distributed.Client(cluster.scheduler_address) as client:
        pids = client.run(os.getpid)
        assert len(pids) == 2
        os.kill(sorted(pids.values())[0], signal.SIGKILL)
    thread.join(timeout=600)
    assert not thread.is_alive()
    assert 2 <= written < 24, "the worker should have been killed part-way through the run"
    assert "error" not in outcome, outcome.get("error")
    assert sorted(_sources(out)) == [f"report_{n:03d}.txt" for n in range(24)]


def _worker_settings() -> tuple[str | None, bool]:
    import dask

    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), dask.config.get("distributed.worker.profile.enabled")


# A second scheduler in one process makes distributed's HTTP setup drop a probe socket unclosed.
@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
def test_the_cluster_it_starts_itself_skips_dask_settings_that_slow_parsing(tmp_path, monkeypatch):
    from contextlib import ExitStack

    from newsclaims.runner import dask as dask_backend

    # The module's cluster ran its nannies in this process, and they export Dask's setting here.
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)

    with ExitStack() as stack:
        client = dask_backend.connect(runner.Settings(jobs=1, backend="dask"), stack)
        assert set(client.run(_worker_settings).values()) == {(None, False)}
    folder = _folder(tmp_path / "in", 3)
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    runner.run([folder], Targets(local), runner.Settings(jobs=1))
    runner.run([folder], Targets(dask), runner.Settings(jobs=1, backend="dask"))
    assert dask.read_bytes() == local.read_bytes()
