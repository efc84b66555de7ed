"""Where records go: JSON Lines, the canonical output."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from newsclaims.schema import Article


class JsonlSink:
    """Writes one record per line and flushes it, so a killed run leaves whole lines."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self._fh: TextIO = sys.stdout if path is None else path.open("w", encoding="utf-8")

    def write(self, article: Article) -> None:
        self._fh.write(article.model_dump_json(exclude_none=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self._fh is not sys.stdout:
            self._fh.close()

    def __enter__(self) -> JsonlSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
