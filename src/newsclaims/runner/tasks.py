"""Units of work and their results, shared by the worker, the local pool and Dask.

The work is cut into tasks of about `batch_size` articles in input order, the same
tasks whatever `--jobs` is, and results are written in task order; so the output
is byte-identical for any number of workers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from newsclaims.inputs import Document, Entry
from newsclaims.schema import Article, ErrorInfo

# A small run is cut into about this many tasks (of at least MIN_TASK articles) to keep workers busy.
TASKS_WANTED = 32
MIN_TASK = 4


class WorkerFailed(RuntimeError):
    """A worker process could not start or died; what was written so far stays and a re-run resumes."""


@dataclass
class TaskResult:
    """A task's records, serialised in input order, and what happened to its articles."""

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
