"""Records as flat rows: nested objects become `speaker_name`-style columns, lists become JSON text.

The columns follow the pydantic models in `newsclaims.schema`, so a new field there
becomes a new SQLite column without touching the writers.
"""

from __future__ import annotations

import json
import types
import typing
from typing import Any

from pydantic import BaseModel

from newsclaims.schema import Claim, Person, Place, Quantity, Quote

# Article list field -> the model of one item in it (the SQLite table of the same name).
ITEM_TABLES: dict[str, type[BaseModel]] = {
    "people": Person,
    "places": Place,
    "numbers": Quantity,
    "quotes": Quote,
    "claims": Claim,
}
# CSV `kind` of one item of each list.
ITEM_KINDS = {"people": "person", "places": "place", "numbers": "number", "quotes": "quote", "claims": "claim"}
# An item's own `source` (who a figure or claim is attributed to) must not clash with the article's.
ITEM_RENAMES = {"source": "attributed_to"}


def _submodel(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside `X | None`, if the field holds one."""
    candidates = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    return next((c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)), None)


def _scalar_type(annotation: Any) -> type:
    args = set(typing.get_args(annotation)) - {type(None)} if isinstance(annotation, types.UnionType) else {annotation}
    if args <= {bool}:
        return int
    if args <= {int}:
        return int
    if args <= {int, float}:
        return float
    return str


def columns(model: type[BaseModel], prefix: str = "", renames: dict[str, str] | None = None) -> dict[str, type]:
    """Column name -> type of the rows `flatten` makes from `model`."""
    found: dict[str, type] = {}
    for name, info in model.model_fields.items():
        column = prefix + (renames or {}).get(name, name)
        sub = _submodel(info.annotation)
        if sub is not None:
            found.update(columns(sub, column + "_"))
        else:
            found[column] = _scalar_type(info.annotation)
    return found


def flatten(
    model: type[BaseModel], data: dict[str, Any], prefix: str = "", renames: dict[str, str] | None = None
) -> dict[str, Any]:
    """One table row: nested objects become `speaker_name`-style columns, lists become JSON text."""
    row: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        column = prefix + (renames or {}).get(name, name)
        value = data.get(name)
        sub = _submodel(info.annotation)
        if sub is not None and (value is None or isinstance(value, dict)):
            if value:
                row.update(flatten(sub, value, column + "_"))
        elif isinstance(value, (list, dict)):
            row[column] = json.dumps(value, ensure_ascii=False)
        else:
            row[column] = value
    return row


def first_mention(item: dict[str, Any]) -> dict[str, Any]:
    """A person's or place's span, for one-row views: its first mention, and how many there are."""
    mentions = item.get("mentions") or []
    first = mentions[0] if mentions else {}
    return {"start": first.get("start"), "end": first.get("end"), "text": first.get("text"), "mention_count": len(mentions)}
