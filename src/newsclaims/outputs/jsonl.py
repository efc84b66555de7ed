"""The canonical output: one JSON record per line, appended, each task pushed to the OS at once."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsclaims.outputs.records import Record


class JsonlSink:
    """Appends whole lines and flushes after each task, so a kill loses at most a half line,
    which resume repair cuts (`newsclaims.outputs.resume.repair_last_line`)."""

    def __init__(self, path: Path | None, *, fresh: bool = False) -> None:
        self.path = path
        self._fh: Any
        if path is None:
            self._fh = sys.stdout
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = path.open("wb" if fresh else "ab")

    def write(self, records: Sequence[Record]) -> None:
        if not records:
            return
        data = "".join(record.line for record in records)
        self._fh.write(data if self.path is None else data.encode("utf-8"))
        self._fh.flush()

    def close(self) -> None:
        if self._fh is not sys.stdout:
            self._fh.close()
