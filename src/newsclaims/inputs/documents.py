"""What reading produces: units of work found on disk, and articles (or why there is none).

Everything here answers with a `Document` (text, or the reason there is none) rather
than raising, so one bad file never stops a run.
"""

from __future__ import annotations

import errno
import hashlib
from dataclasses import dataclass, field

from newsclaims.schema import ErrorInfo, content_hash


@dataclass(frozen=True)
class Entry:
    """A unit of work found on disk: a file, or a run of lines of a .jsonl export."""

    path: str
    source: str
    kind: str
    first_line: int = 1
    start: int = 0
    end: int | None = None
    count: int = 1
    # Set when discovery already knows the file cannot be read (e.g. a symlink loop).
    error: tuple[str, str] | None = None


@dataclass(frozen=True)
class Skipped:
    """A file that is not an article format; listed to the user, never silently dropped."""

    source: str
    reason: str


@dataclass
class Document:
    """One article to analyse, or the reason it could not be read."""

    source: str
    text: str = ""
    content_hash: str | None = None
    meta: dict[str, str | None] = field(default_factory=dict)
    error: ErrorInfo | None = None


class ReadError(Exception):
    """A file's bytes cannot become article text; `kind` becomes the record's error type."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def article(source: str, text: str, meta: dict[str, str | None] | None = None) -> Document:
    """A readable article, after the checks every format shares."""
    text = normalize_newlines(text)
    if "\x00" in text:
        raise ReadError("binary", "the text contains NUL characters; it is not an article")
    if not text.strip():
        raise ReadError("empty", "the file holds no text")
    return Document(source, text, content_hash(text), dict(meta or {}))


def failed(source: str, kind: str, message: str, data: bytes | None = None) -> Document:
    """An error Document; its hash is the bytes' (when there are any), so resume knows it."""
    digest = hashlib.sha256(data).hexdigest() if data is not None else None
    return Document(source, content_hash=digest, error=ErrorInfo(type=kind, message=message))


def normalize_newlines(text: str) -> str:
    """Windows and old-Mac line ends become `\\n`, so paragraph rules see one convention."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def os_error(exc: OSError) -> tuple[str, str]:
    """The error type and message of a file the system would not give us."""
    kind = {errno.ELOOP: "symlink_loop", errno.EACCES: "unreadable", errno.EPERM: "unreadable", errno.ENOENT: "missing"}
    return kind.get(exc.errno or 0, "unreadable"), exc.strerror or str(exc)
