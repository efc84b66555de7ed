"""Every use of names already known in an article, found in one pass over its text.

An alternation regex of all the names costs (text length x number of names): on a long article
with thousands of names that is quadratic. Here each word start is looked up once per distinct
name length, with the same result as `(?<![\\w.])(?:longest|...|shortest)(?!\\w)`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_WORD = re.compile(r"\w")


def occurrences(text: str, names: Iterable[str]) -> Iterator[tuple[int, int]]:
    """Character spans of the names in `text`, left to right, never overlapping: at each start the
    longest name that is not glued to a word or a dot before it or a word after it."""
    wanted = {name for name in names if name}
    if not wanted:
        return
    lengths = sorted({len(name) for name in wanted}, reverse=True)
    firsts = "".join(re.escape(ch) for ch in sorted({name[0] for name in wanted}))
    resume = 0
    for start in re.finditer(rf"(?<![\w.])[{firsts}]", text):
        p = start.start()
        if p < resume:
            continue
        for length in lengths:
            end = p + length
            if text[p:end] in wanted and end <= len(text) and not _WORD.match(text, end):
                yield p, end
                resume = end
                break
