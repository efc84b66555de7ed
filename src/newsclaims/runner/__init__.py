"""Running many articles: discovery, worker processes, resume, and output in a fixed order.

The work is cut into tasks of about `batch_size` articles in input order, the same
tasks whatever `--jobs` is, and results are written in task order; so the output
is byte-identical for any number of workers. Each worker loads the model once and
warms it up (lazily built matchers); its first tasks then run outside a memory zone,
so the words of the run's own text stay in the vocabulary and tokenizer cache, until
WARM_WORDS words have been added. After that every task runs inside
`nlp.memory_zone()`, so memory stays flat over long runs. (A memory zone makes every
word it meets for the first time cost more: parsing a varied corpus with cold caches
was 13% slower in zones. Keeping the commonest words costs about 160 bytes each.)
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from spacy.language import Language

from newsclaims import pipeline
from newsclaims.schema import Article, ErrorInfo
from newsclaims.outputs import JsonlSink, Sink, read_existing, read_keys
from newsclaims.inputs import Document, Entry, Skipped, discover, read

# Run through the whole pipeline once per worker before any memory zone, so the strings and
# tokenizer cache entries of everyday news prose stay resident and lazily built matchers are
# built with permanent strings. Written for this purpose; it is not taken from any article.
WARMUP_TEXT = (
    "The minister said on Tuesday that the government would spend £2.5 billion on new schools, "
    "about 30% more than last year.\n\n"
    '"We have listened to parents and teachers," she told reporters in London. '
    "Critics said the plan was too little, too late, and at least 1,200 people protested outside.\n\n"
    "According to the police, three men were arrested. The mayor, John Smith, 54, "
    "told the BBC the city had lost 40 jobs since March."
)

# The environment worker processes start with (a variable the user has set is kept).
# spaCy's matrices are small, and OpenBLAS's threads only contend: with one thread each, parsing
# ran 7% faster in one worker and 10% faster in two on two cores. OpenBLAS reads this only when
# it loads, so it cannot be set for a process that already imported numpy.
WORKER_ENVIRONMENT = {"OPENBLAS_NUM_THREADS": "1"}

# Words a worker adds to its vocabulary for good (outside memory zones) before it zones every task.
WARM_WORDS = 100_000

MAX_LISTED = 20
# A small run is cut into about this many tasks (of at least MIN_TASK articles) to keep workers busy.
TASKS_WANTED = 32
MIN_TASK = 4


@dataclass
class Settings:
    """Every option of a run, in one place."""

    model: str = pipeline.DEFAULT_MODEL
    jobs: int = field(default_factory=lambda: default_jobs())
    batch_size: int = 64  # articles per task (unit of work, of resume progress, of a memory zone)
    pipe_batch: int = 16  # docs per nlp.pipe batch: the parser's working memory grows with it
    force: bool = False
    progress: bool = False
    max_length: int | None = None
    backend: str = "local"  # or "dask" (newsclaims.dask_backend)
    address: str | None = None  # Dask scheduler; None: DASK_SCHEDULER_ADDRESS or a local cluster


@dataclass
class Summary:
    processed: int = 0
    failed: int = 0
    skipped: int = 0
    already_done: int = 0
    skipped_files: list[Skipped] = field(default_factory=list)
    failures: list[tuple[str, ErrorInfo]] = field(default_factory=list)
    failure_types: Counter[str] = field(default_factory=Counter)

    @property
    def exit_code(self) -> int:
        """0 all processed, 1 some failed, 3 nothing could be processed."""
        if self.processed == 0 and self.already_done == 0:
            return 3
        return 1 if self.failed else 0


@dataclass
class TaskResult:
    lines: list[str] = field(default_factory=list)
    processed: int = 0
    already_done: int = 0
    failures: list[tuple[str, ErrorInfo]] = field(default_factory=list)

    def add_error(self, document: Document, error: ErrorInfo) -> None:
        """An error record: the article's source and hash, empty lists, and what went wrong."""
        self.failures.append((document.source, error))
        record = Article(source=document.source, content_hash=document.content_hash, error=error, **document.meta)
        self.lines.append(record.model_dump_json() + "\n")

    def extend(self, other: TaskResult) -> None:
        self.lines += other.lines
        self.processed += other.processed
        self.already_done += other.already_done
        self.failures += other.failures


def default_jobs() -> int:
    """The cores this process may use (respects CPU affinity, e.g. in containers)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:
        return os.cpu_count() or 1


def resume_key(source: str, content_hash: str | None) -> str:
    return f"{source}\x00{content_hash}"


# --------------------------------------------------------------------------- worker side


class Worker:
    """One loaded pipeline and the keys to skip; turns tasks into serialised records."""

    def __init__(self, settings: Settings, done: frozenset[str] = frozenset()) -> None:
        self.settings = settings
        self.pipe_batch = settings.pipe_batch
        self.done = done
        self._nlp: Language | None = None
        self._warm_limit = 0

    @property
    def nlp(self) -> Language:
        """The pipeline, loaded and warmed on first use (a resumed run may need none)."""
        if self._nlp is None:
            self._nlp = pipeline.load(self.settings.model)
            if self.settings.max_length:
                self._nlp.max_length = self.settings.max_length
            self._analyze([Document("warmup", WARMUP_TEXT)])
            self._warm_limit = len(self._nlp.vocab) + WARM_WORDS
        return self._nlp

    def _zone(self) -> AbstractContextManager[object]:
        """A memory zone, once the vocabulary has grown by WARM_WORDS; before that, none."""
        return self.nlp.memory_zone() if len(self.nlp.vocab) >= self._warm_limit else nullcontext()

    def run(self, entries: list[Entry]) -> TaskResult:
        result = TaskResult()
        todo: list[Document] = []
        for entry in entries:
            for document in read(entry):
                if resume_key(document.source, document.content_hash) in self.done:
                    result.already_done += 1
                else:
                    todo.append(document)
        if not todo:
            return result
        with self._zone():
            analysed = iter(self._analyze([d for d in todo if d.error is None]))
            for document in todo:
                outcome = document.error or next(analysed)
                if isinstance(outcome, ErrorInfo):
                    result.add_error(document, outcome)
                else:
                    result.processed += 1
                    result.lines.append(outcome.model_dump_json() + "\n")
        return result

    def _analyze(self, documents: list[Document]) -> list[Article | ErrorInfo]:
        from newsclaims.extractors import analyze

        try:
            docs = list(pipeline.parse(self.nlp, (d.text for d in documents), self.pipe_batch))
        except Exception:  # one bad article must not sink its batch: retry one by one
            return [self._analyze_one(d) for d in documents]
        return [self._guard(analyze, doc, d) for doc, d in zip(docs, documents, strict=True)]

    def _analyze_one(self, document: Document) -> Article | ErrorInfo:
        from newsclaims.extractors import analyze

        try:
            doc = next(pipeline.parse(self.nlp, [document.text], 1))
        except Exception as exc:
            return ErrorInfo(type="parse_failed", message=f"{type(exc).__name__}: {exc}")
        return self._guard(analyze, doc, document)

    @staticmethod
    def _guard(analyze: Any, doc: Any, document: Document) -> Article | ErrorInfo:
        try:
            return analyze(doc, document.source, **document.meta)
        except Exception as exc:
            return ErrorInfo(type="extraction_failed", message=f"{type(exc).__name__}: {exc}")


_WORKER: Worker | None = None
_WORKER_ERROR: BaseException | None = None


def _init_worker(settings: Settings, done: frozenset[str]) -> None:
    global _WORKER, _WORKER_ERROR
    try:
        _WORKER = Worker(settings, done)
        _WORKER.nlp  # noqa: B018 - load the model before the first task arrives
    except BaseException as exc:  # reported by the first task, not by an endless respawn loop
        _WORKER_ERROR = exc


class WorkerFailed(RuntimeError):
    """A worker process could not start or died; what was written so far stays and a re-run resumes."""


def _run_task(entries: list[Entry]) -> TaskResult:
    if _WORKER is None:
        raise WorkerFailed(f"a worker could not start: {_WORKER_ERROR!r}")
    return _WORKER.run(entries)


# --------------------------------------------------------------------------- main side


def tasks(entries: Iterable[Entry], size: int) -> Iterator[list[Entry]]:
    """Consecutive entries holding about `size` articles: fixed by the input, not by --jobs."""
    task: list[Entry] = []
    count = 0
    for entry in entries:
        task.append(entry)
        count += entry.count
        if count >= size:
            yield task
            task, count = [], 0
    if task:
        yield task


def task_size(total: int, batch_size: int) -> int:
    """Articles per task: `batch_size`, smaller for small runs so every worker gets work.

    Depends only on the input (never on --jobs), so the output stays byte-identical.
    """
    return max(1, min(batch_size, max(MIN_TASK, -(-total // TASKS_WANTED))))


def check_model(model: str) -> None:
    """Fail early, in the main process, with the message the CLI shows as a usage error."""
    import spacy

    if not (spacy.util.is_package(model) or Path(model).exists()):
        raise pipeline.ModelNotFound(model)


def run(
    paths: list[Path],
    output: Path | None,
    settings: Settings | None = None,
    sinks: list[Sink] | None = None,
    exclude: Iterable[Path] = (),
) -> Summary:
    """Extract every article under `paths` into `output` (stdout if None), resuming an earlier run.

    `sinks` get every record of the finished output, earlier ones first.
    """
    settings = settings or Settings()
    sinks = sinks or []
    check_model(settings.model)
    summary = Summary()
    done: set[str] = set()
    if output is not None and output.exists() and not settings.force:
        if sinks:  # the SQLite/CSV views are rebuilt from every record
            for record in read_existing(output):
                done.add(resume_key(record["source"], record.get("content_hash")))
                for sink in sinks:
                    sink.write(record)
        else:
            done.update(resume_key(source, digest) for source, digest in read_keys(output))
    entries: list[Entry] = []
    for found in discover(paths, exclude=[*(p for p in [output] if p is not None), *exclude]):
        if isinstance(found, Skipped):
            summary.skipped += 1
            summary.skipped_files.append(found)
        else:
            entries.append(found)
    total = sum(e.count for e in entries)
    work = list(tasks(entries, task_size(total, settings.batch_size)))
    with ExitStack() as stack:
        out = stack.enter_context(JsonlSink(output, fresh=settings.force))
        results = _results(work, settings, frozenset(done), stack)
        progress = _progress(stack, total) if settings.progress else None
        for task, result in zip(work, results, strict=True):
            out.write_lines(result.lines)
            if sinks:
                for line in result.lines:
                    record = json.loads(line)
                    for sink in sinks:
                        sink.write(record)
            summary.processed += result.processed
            summary.already_done += result.already_done
            summary.failed += len(result.failures)
            for source, error in result.failures:
                summary.failure_types[error.type] += 1
                if len(summary.failures) < MAX_LISTED:
                    summary.failures.append((source, error))
            if progress is not None:
                progress(sum(e.count for e in task))
    return summary


def _results(work: list[list[Entry]], settings: Settings, done: frozenset[str], stack: ExitStack) -> Iterator[TaskResult]:
    if settings.backend == "dask":
        from newsclaims.runner import dask as dask_backend

        return dask_backend.results(work, settings, done, stack)
    results = _local_results(work, settings, done)
    stack.callback(results.close)  # stops the pool if writing fails
    return results


def _local_results(work: list[list[Entry]], settings: Settings, done: frozenset[str]) -> Iterator[TaskResult]:
    """Each task's result in order, from a process pool that survives dead workers.

    When a worker dies (killed, out of memory, a crash inside the parser) the pool is started
    again from the first task not yet written. If the same task breaks the pool twice, its files
    are run one at a time, and only a file whose worker dies gets an error record.
    """
    position, broken_at, deaths = 0, -1, 0
    while position < len(work):
        try:
            for result in _pool_results(work[position:], settings, done):
                yield result
                position += 1
        except BrokenProcessPool:
            if broken_at != position:
                broken_at = position
            else:
                result, deaths = _one_file_at_a_time(work[position], settings, done, deaths)
                yield result
                position += 1


def _one_file_at_a_time(
    task: list[Entry], settings: Settings, done: frozenset[str], deaths: int
) -> tuple[TaskResult, int]:
    """The task's files in turn, each file whose worker dies given an error record; returns the
    result and how many files in a row (across tasks) have killed their worker."""
    merged = TaskResult()
    remaining = list(task)
    while remaining:
        try:
            for result in _pool_results([[entry] for entry in remaining], replace(settings, jobs=1), done):
                merged.extend(result)
                remaining.pop(0)
                deaths = 0
        except BrokenProcessPool as exc:
            deaths += 1
            if deaths == MAX_DEATHS_IN_A_ROW:
                raise WorkerFailed("worker processes keep dying, whatever file they get (out of memory?); "
                                   "what was written so far stays, and a re-run resumes") from exc
            for document in read(remaining.pop(0)):
                if resume_key(document.source, document.content_hash) not in done:
                    merged.add_error(document, WORKER_DIED)
    return merged, deaths


# Files in a row whose worker died before the cause is taken to be the machine, not the files.
MAX_DEATHS_IN_A_ROW = 3


WORKER_DIED = ErrorInfo(
    type="worker_died",
    message="a worker process died on this file, in its batch and alone (out of memory, or a crash in the parser)",
)


def _pool_results(work: list[list[Entry]], settings: Settings, done: frozenset[str]) -> Iterator[TaskResult]:
    """Results in task order from a pool of spawned workers; raises BrokenProcessPool if one dies.

    spawn: workers start clean (no inherited threads or model), the same on every platform.
    One job is one worker process too: the model never loads in this process, which only writes.
    """
    jobs = max(1, min(settings.jobs, len(work)))
    pool = ProcessPoolExecutor(
        jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_init_worker, initargs=(settings, done)
    )
    try:
        with worker_environment():
            results = pool.map(_run_task, work)  # submits every task, which starts the workers
        yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def worker_environment() -> Iterator[None]:
    """WORKER_ENVIRONMENT for the processes started inside (they copy this process's variables)."""
    added = {name: value for name, value in WORKER_ENVIRONMENT.items() if name not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)


def _progress(stack: ExitStack, total: int) -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    )
    stack.enter_context(bar)
    task_id = bar.add_task("extract", total=total)
    return lambda n: bar.advance(task_id, n)
