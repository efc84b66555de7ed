"""Reading the records a digest is built from: streamed, one record at a time, the latest of each source.

An output can hold several records of one article (a file changed since the last run,
an error retried with `--retry-failed`): the last one in the file wins, as it does for
resume and the SQLite view.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from newsclaims.outputs import latest_lines
from newsclaims.schema import Article


def iter_records(path: Path, latest: bool = True) -> Iterator[Article]:
    """Records of a `newsclaims extract` JSON Lines file, one at a time (blank lines skipped).

    A digest of an archive holds what it matches on, never every article: reading
    streams so memory follows the entities, not the text. With `latest`, a record
    followed by another of the same source is passed over (the last one wins).
    """
    lines = latest_lines(path) if latest else _all_lines(path)
    for number, line in lines:
        if line.strip():
            try:
                yield Article.model_validate_json(line)
            except (ValidationError, ValueError) as exc:  # bad JSON or not a record: say where
                first = str(exc).splitlines()[0]
                raise ValueError(f"{path}:{number}: not a newsclaims record ({first})") from exc


def _all_lines(path: Path) -> Iterator[tuple[int, str]]:
    with path.open(encoding="utf-8") as handle:
        yield from enumerate(handle, 1)


def read_records(path: Path) -> list[Article]:
    """Every record of a JSON Lines file in a list (small batches; archives use `iter_records`)."""
    return list(iter_records(path))
