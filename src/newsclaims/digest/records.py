"""Reading the records a digest is built from."""

from __future__ import annotations

import json
from pathlib import Path

from newsclaims.schema import Article


def read_records(path: Path) -> list[Article]:
    """Records of a `newsclaims extract` JSON Lines file (blank lines skipped)."""
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                records.append(Article.model_validate(json.loads(line)))
            except ValueError as exc:  # bad JSON or not a record: say where
                first = str(exc).splitlines()[0]
                raise ValueError(f"{path}:{number}: not a newsclaims record ({first})") from exc
    return records
