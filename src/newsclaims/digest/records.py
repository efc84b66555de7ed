"""Reading the records a digest is built from: streamed, one record at a time, the latest of each source.

An output can hold several records of one article (a file changed since the last run,
an error retried with `--retry-failed`): the last one in the file wins, as it does for
resume and the SQLite view.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from newsclaims.outputs import leading_fields
from newsclaims.schema import Article

_SOURCE = frozenset({"source"})


def superseded_lines(path: Path) -> set[int] | None:
    """Line numbers of records superseded by a later record of the same source; None when there are none.

    Only the leading fields of each line are decoded (records start with their source),
    so this pass costs a read of the file, not a parse.
    """
    last: dict[str, int] = {}
    superseded: set[int] = set()
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            fields = leading_fields(line, _SOURCE) if line.strip() else None
            source = fields.get("source") if fields else None
            if isinstance(source, str):
                if source in last:
                    superseded.add(last[source])
                last[source] = number
    return superseded or None


def iter_records(path: Path, latest: bool = True) -> Iterator[Article]:
    """Records of a `newsclaims extract` JSON Lines file, one at a time (blank lines skipped).

    A digest of an archive holds what it matches on, never every article: reading
    streams so memory follows the entities, not the text. With `latest`, a record
    followed by another of the same source is passed over (the last one wins).
    """
    skip = superseded_lines(path) if latest else None
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip() or (skip and number in skip):
                continue
            try:
                yield Article.model_validate_json(line)
            except (ValidationError, ValueError) as exc:  # bad JSON or not a record: say where
                first = str(exc).splitlines()[0]
                raise ValueError(f"{path}:{number}: not a newsclaims record ({first})") from exc


def read_records(path: Path) -> list[Article]:
    """Every record of a JSON Lines file in a list (small batches; archives use `iter_records`)."""
    return list(iter_records(path))
