"""What the number grammar builds: a `Numeral` (a bare number) grown into a `Candidate` (a figure with
its unit, range and qualifier), and the two token tests every rule of the grammar asks."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc


@dataclass(frozen=True)
class Numeral:
    """A bare number: tokens [start, end), its value and how it was written."""

    start: int
    end: int
    value: float
    scale: float = 1.0  # scale word/suffix applied last (`million`), carried across ranges
    digits: str | None = None  # the written digits when plain (`7`, `8,000`), for `7 to 8,000`
    word: bool = False
    glued_unit: tuple[str, str] | None = None  # (`celsius`, `measure`) from `30C`
    post: str | None = None  # `+` glued to the digits
    low: float | None = None  # the low end of a range written as one token (`20–30`)


@dataclass
class Candidate:
    """A figure in the making: tokens [start, end), value or low/high, unit and qualifier."""

    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    category: str = "count"
    qualifier: str | None = None
    bound: str = "exact"
    vague: bool = False
    numerals: list[Numeral] = field(default_factory=list)
    unit_token: int | None = None  # first token of a written unit, for `counted`
    hyphen_unit: bool = False  # `5,000-mile border`: the unit is an adjective


def lower_at(doc: Doc, i: int) -> str:
    """The lower-case text of token i, or "" outside the Doc: rules look around without bounds checks."""
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def joined(doc: Doc, i: int) -> bool:
    """No whitespace between token i and token i+1."""
    return 0 <= i < len(doc) - 1 and not doc[i].whitespace_


def words_between(doc: Doc, start: int, end: int) -> list[str]:
    """The lower-case words of tokens [start, end)."""
    return [t.lower_ for t in doc[start:end]]
