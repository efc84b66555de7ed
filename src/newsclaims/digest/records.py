"""Reading the records a digest is built from: streamed, one record at a time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from newsclaims.schema import Article


def iter_records(path: Path) -> Iterator[Article]:
    """Records of a `newsclaims extract` JSON Lines file, one at a time (blank lines skipped).

    A digest of an archive holds what it matches on, never every article: reading
    streams so memory follows the entities, not the text.
    """
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield Article.model_validate_json(line)
            except (ValidationError, ValueError) as exc:  # bad JSON or not a record: say where
                first = str(exc).splitlines()[0]
                raise ValueError(f"{path}:{number}: not a newsclaims record ({first})") from exc


def read_records(path: Path) -> list[Article]:
    """Every record of a JSON Lines file in a list (small batches; archives use `iter_records`)."""
    return list(iter_records(path))
