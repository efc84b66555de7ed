"""Verdicts on a group of figures about one measure: agree, conflict, or compare.

Two figures from different stories are at the same time when their windows overlap at
one grain; when a window is unknown (no date in the article) they may be at the same
time only if their time phrases are alike (both `each day`, both `2004`). A `conflict`
needs the same time for certain; values that match at a time not known to differ
`agree`; everything else is put side by side to `compare`.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclaims.digest.keys import fold
from newsclaims.digest.when import RATE, Window
from newsclaims.schema import DigestFigure

FIGURE_TOLERANCE = 0.10
Item = tuple[DigestFigure, str, Window | None, str | None, str | None]  # figure, story, window, time, period


def interval(fig: DigestFigure) -> tuple[float, float] | None:
    if fig.low is not None and fig.high is not None:
        return float(fig.low), float(fig.high)
    if fig.value is None:
        return None
    return float(fig.value), float(fig.value)


def values_match(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Within 10% of the larger: `7 to 8,000` ~ `8,000`; `1,688` is not `8,000`."""
    slack = FIGURE_TOLERANCE * max(abs(a[1]), abs(b[1]))
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def time_key(time: str | None, period: str | None) -> str:
    """Alike time phrases: any rate of one period (`each day` ~ `daily`), else the folded phrase."""
    text = (time or "").lower()
    if RATE.search(text) or (period and not text):
        return f"rate:{period or ''}"
    return fold(text).removeprefix("on ").removeprefix("in ")


def same_time(a: Item, b: Item) -> str:
    """`same` (windows overlap), `maybe` (unknown, alike phrases) or `different`."""
    return _same_time(a[2], b[2], time_key(a[3], a[4]), time_key(b[3], b[4]))


def _same_time(wa: Window | None, wb: Window | None, ka: str, kb: str) -> str:
    if wa is not None and wb is not None:
        return "same" if wa.overlaps(wb) else "different"
    return "maybe" if ka == kb else "different"


def compare(items: Sequence[Item]) -> tuple[str, str]:
    """The group's status and a note naming each pair that agrees or conflicts."""
    agree: list[str] = []
    conflict: list[str] = []
    seen: set[tuple[str, str]] = set()
    intervals = [interval(item[0]) for item in items]
    keys = [time_key(item[3], item[4]) for item in items]
    for n, a in enumerate(items):
        ia = intervals[n]
        for m in range(n + 1, len(items)):
            b, ib = items[m], intervals[m]
            if a[1] == b[1] or ia is None or ib is None:
                continue  # one story, or no value: not two sources
            when = _same_time(a[2], b[2], keys[n], keys[m])
            if when == "different":
                continue
            pair = (_name(a[0]), _name(b[0]))
            if values_match(ia, ib):
                if pair not in seen:
                    seen.add(pair)
                    agree.append(" ~ ".join(pair))
            elif when == "same":
                conflict.append(" vs ".join(pair))
    if conflict:
        return "conflict", "disagree at the same time: " + _cap(conflict)
    if agree:
        return "agree", "agree: " + _cap(agree)
    return "compare", "the same measure at other or unknown times: compare side by side"


def _name(fig: DigestFigure) -> str:
    return f"{fig.text} ({fig.source})"


def _cap(pairs: list[str]) -> str:
    return "; ".join(pairs[:5]) + (" ..." if len(pairs) > 5 else "")
