"""A run's outputs as one object: where records go, opened and closed together.

The JSON Lines file is the one source of truth and what resume reads. SQLite and CSV
are views of it, rebuilt on every run: they first get every record already in the
JSON Lines (after its repair), then the new ones, so they always hold what it holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from newsclaims.outputs.csvfile import CsvSink
from newsclaims.outputs.jsonl import JsonlSink
from newsclaims.outputs.records import Record, Sink
from newsclaims.outputs.resume import read_keys, read_records, repair_last_line, resume_key
from newsclaims.outputs.sqlite import SqliteSink

# Earlier records handed to the views at a time while a run resumes.
REPLAY_BATCH = 256


@dataclass(frozen=True)
class Targets:
    """Where a run's records go: the JSON Lines (`-`: standard output) and optional views and page."""

    output: str | Path = "newsclaims.jsonl"
    db: Path | None = None
    csv: Path | None = None
    report: Path | None = None

    @property
    def jsonl(self) -> Path | None:
        return None if str(self.output) == "-" else Path(self.output)

    def files(self) -> list[Path]:
        """Every file the run writes: never read back as input."""
        return [p for p in (self.jsonl, self.db, self.csv, self.report) if p is not None]

    def names(self) -> list[str]:
        """The record files, as the user named them (for the summary line)."""
        return ([] if self.jsonl is None else [str(self.output)]) + [str(p) for p in (self.db, self.csv) if p is not None]

    def problem(self) -> str | None:
        """Why these targets cannot work together, or None."""
        out = self.jsonl
        if out is not None and out.is_dir():
            return f"--output {self.output} is a folder; give a file name such as out.jsonl"
        side = [p for p in (self.db, self.csv) if p is not None]
        clash = self.db is not None and self.csv is not None and self.db.resolve() == self.csv.resolve()
        if out is not None and any(p.resolve() == out.resolve() for p in side) or clash:
            return "--output, --db and --csv must be different files"
        if self.report is not None and out is None:
            return "--report needs the records in a file: give -o OUT.jsonl"
        return None


class Outputs:
    """Every sink of a run, open: the JSON Lines, then its views (SQLite, CSV).

    Opening resumes: the JSON Lines is repaired (a last line cut by a kill is dropped),
    its records are replayed into the views, and `done` holds their resume keys.
    `fresh` starts over instead.
    """

    def __init__(self, targets: Targets, *, fresh: bool = False) -> None:
        self.views: list[Sink] = []
        self.jsonl: JsonlSink | None = None
        self.done: frozenset[str] = frozenset()
        try:
            if targets.db is not None:
                self.views.append(SqliteSink(targets.db))
            if targets.csv is not None:
                self.views.append(CsvSink(targets.csv))
            path = targets.jsonl
            if path is not None and path.is_file() and not fresh:
                repair_last_line(path)
                self.done = self._replay(path) if self.views else frozenset(resume_key(*key) for key in read_keys(path))
            self.jsonl = JsonlSink(path, fresh=fresh)
        except BaseException:
            self.close()
            raise

    def _replay(self, path: Path) -> frozenset[str]:
        """Hand every earlier record to the views; their resume keys."""
        done: set[str] = set()
        batch: list[Record] = []
        for line, data in read_records(path):
            done.add(resume_key(data["source"], data.get("content_hash")))
            batch.append(Record(line, data))
            if len(batch) >= REPLAY_BATCH:
                self._to_views(batch)
                batch = []
        self._to_views(batch)
        return frozenset(done)

    def _to_views(self, records: Sequence[Record]) -> None:
        for view in self.views:
            view.write(records)

    def write(self, lines: Sequence[str]) -> None:
        """One task's serialised records, to every sink."""
        records = [Record(line) for line in lines]
        if self.jsonl is not None:
            self.jsonl.write(records)
        self._to_views(records)

    def close(self) -> None:
        sinks: list[Sink] = [*([self.jsonl] if self.jsonl is not None else []), *self.views]
        self.jsonl, self.views = None, []
        errors = []
        for sink in sinks:
            try:
                sink.close()
            except Exception as exc:  # close the others all the same
                errors.append(exc)
        if errors:
            raise errors[0]

    def __enter__(self) -> Outputs:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
