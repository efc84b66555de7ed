"""The one contract every output writer meets: `Sink`, fed `Record`s in output order."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Protocol


class Record:
    """One output record: its JSON Lines text (exactly as written) and, parsed on first use, its fields.

    Workers hand back serialised lines; only the views (SQLite, CSV) need the fields,
    so a run without them never parses a record.
    """

    __slots__ = ("line", "_data")

    def __init__(self, line: str, data: dict[str, Any] | None = None) -> None:
        self.line = line if line.endswith("\n") else line + "\n"
        self._data = data

    @classmethod
    def of(cls, data: dict[str, Any]) -> Record:
        """A record built from its fields (tests, tools): serialised compactly, keys in order."""
        return cls(json.dumps(data, ensure_ascii=False, separators=(",", ":")), data)

    @property
    def data(self) -> dict[str, Any]:
        if self._data is None:
            self._data = json.loads(self.line)
        return self._data

    @property
    def source(self) -> str:
        return str(self.data["source"])


class Sink(Protocol):
    """Where records go. `write` gets one task's records at a time, in output order; a later
    record for a source supersedes an earlier one; `close` finishes the file."""

    def write(self, records: Sequence[Record]) -> None: ...

    def close(self) -> None: ...
