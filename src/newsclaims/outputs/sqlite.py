"""The SQLite view of the records (`--db`), made to open as it is in Datasette."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsclaims.outputs.records import Record
from newsclaims.outputs.tables import ITEM_RENAMES, ITEM_TABLES, columns, first_mention, flatten
from newsclaims.schema import Article


class SqliteSink:
    """Tables `articles`, `people`, `places`, `numbers`, `quotes`, `claims` through sqlite-utils.

    Every item row carries its article's `source` (a foreign key to `articles`) and its span;
    quote text has full-text search. A later record for a source replaces the earlier one.
    """

    FLUSH_EVERY = 500

    def __init__(self, path: Path) -> None:
        import sqlite_utils

        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite_utils.Database(path)
        self._drop()
        self._create()
        self._rows: dict[str, list[dict[str, Any]]] = {"articles": [], **{t: [] for t in ITEM_TABLES}}
        self._seen: set[str] = set()
        self._pending = 0

    def _drop(self) -> None:
        if self.db["quotes"].exists() and self.db["quotes"].detect_fts():
            self.db["quotes"].disable_fts()
        for table in (*ITEM_TABLES, "articles"):
            self.db[table].drop(ignore=True)

    def _create(self) -> None:
        article = {"source": str, **columns(Article)}
        for table in ITEM_TABLES:
            article.pop(table, None)
            article[f"n_{table}"] = int
        article.pop("text")
        article["text"] = str  # last: the long column
        self.db["articles"].create(article, pk="source")
        for table, model in ITEM_TABLES.items():
            item: dict[str, type] = {"source": str}
            if "mentions" in model.model_fields:
                item.update({"start": int, "end": int, "text": str, "mention_count": int})
            item.update(columns(model, renames=ITEM_RENAMES))
            self.db[table].create(item, foreign_keys=[("source", "articles", "source")])

    def write(self, records: Sequence[Record]) -> None:
        for record in records:
            self._add(record.data)

    def _add(self, record: dict[str, Any]) -> None:
        source = record["source"]
        if source in self._seen:  # a later record for the same article supersedes the earlier one
            self._flush()
            for table in (*ITEM_TABLES, "articles"):
                self.db[table].delete_where("source = ?", [source])
        self._seen.add(source)
        row = flatten(Article, {k: v for k, v in record.items() if k not in ITEM_TABLES})
        for table in ITEM_TABLES:
            row.pop(table, None)
            row[f"n_{table}"] = len(record.get(table) or [])
        self._rows["articles"].append(row)
        for table, model in ITEM_TABLES.items():
            for item in record.get(table) or []:
                extra = first_mention(item) if "mentions" in model.model_fields else {}
                self._rows[table].append({"source": source, **extra, **flatten(model, item, renames=ITEM_RENAMES)})
        self._pending += 1
        if self._pending >= self.FLUSH_EVERY:
            self._flush()

    def _flush(self) -> None:
        for table, rows in self._rows.items():
            if rows:
                self.db[table].insert_all(rows, alter=True, batch_size=1000)
                rows.clear()
        self._pending = 0

    def close(self) -> None:
        self._flush()
        for table in ITEM_TABLES:
            self.db[table].create_index(["source"], if_not_exists=True)
        self.db["quotes"].enable_fts(["text", "speaker_name"], replace=True)
        self.db.close()
