"""Finding article files and reading them into text."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsclaims.schema import ErrorInfo

TEXT_SUFFIXES = frozenset({".txt"})


@dataclass
class Document:
    """One article to analyse, or the reason it could not be read."""

    source: str
    text: str = ""
    error: ErrorInfo | None = None


def discover(paths: list[Path]) -> Iterator[tuple[Path, str]]:
    """Yield (file, source) for every article file; `source` is relative to the folder given."""
    for root in paths:
        if root.is_dir():
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                if path.suffix.lower() in TEXT_SUFFIXES:
                    yield path, path.relative_to(root).as_posix()
        else:
            yield root, root.name


def read(path: Path, source: str) -> Document:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Document(source, error=ErrorInfo(type="unreadable", message=str(exc)))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Document(source, error=ErrorInfo(type="undecodable", message=f"not UTF-8: {exc}"))
    if not text.strip():
        return Document(source, error=ErrorInfo(type="empty", message="the file holds no text"))
    return Document(source, text=text)
