"""An index of items by character span, built once per Doc: each lookup is O(log n + k).

Extractors ask "which items lie in this clause", "does anything cover this position": scanning
every item for every question makes an article's cost grow with the square of its length.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Items with [start, end) character spans, sorted once."""

    def __init__(self, items: Iterable[tuple[int, int, T]]) -> None:
        self.items = sorted(items, key=lambda x: (x[0], x[1]))
        self.starts = [i[0] for i in self.items]
        self.max_end = list(accumulate((i[1] for i in self.items), max))

    def __len__(self) -> int:
        return len(self.items)

    def within(self, start: int, end: int) -> list[T]:
        """Items wholly inside [start, end)."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [x for s, e, x in self.items[lo:hi] if e <= end]

    def overlapping(self, start: int, end: int) -> list[T]:
        """Items that share at least one character with [start, end), in start order."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        before, i = [], lo - 1
        while i >= 0 and self.max_end[i] > start:
            if self.items[i][1] > start:
                before.append(self.items[i][2])
            i -= 1
        return before[::-1] + [x for _, _, x in self.items[lo:hi]]

    def covers(self, position: int) -> bool:
        """Whether an item runs across `position` (starts before it and ends after it)."""
        i = bisect_left(self.starts, position) - 1
        return i >= 0 and self.max_end[i] > position

    def holding(self, position: int) -> bool:
        """Whether `position` lies inside an item (start <= position < end)."""
        i = bisect_left(self.starts, position + 1) - 1
        return i >= 0 and self.max_end[i] > position

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any item shares a character with [start, end)."""
        i = bisect_left(self.starts, end) - 1
        return i >= 0 and self.max_end[i] > start
