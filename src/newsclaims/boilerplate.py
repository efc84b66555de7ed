"""Page furniture in scraped articles: navigation, widgets, captions, prompts.

Regions are marked, never deleted, so every offset still points into the
original text. The patterns describe kinds of furniture, not particular pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Whole lines that are furniture wherever they appear.
_LINE_PATTERNS = [
    r"skip to (?:main )?content",
    r"(?:\w+ )?icon",  # weather / share widgets: "Haze icon"
    r"-?\d{1,3}\s*[º°˚](?:\s*[CF])?",  # temperature widget: "77º"
    r"recommended (?:videos|stories|articles|for you)",
    r"loading\.*",
    r"leave a (?:reply|comment)",
    r"(?:\d+\s+)?comments?",
    r"your email address will not be published\..*",
    r"required fields are marked.*",
    r"\d+\s*/\s*\d+",  # slideshow counters: "1 / 10"
    r"_{3,}|-{3,}|\*{3,}",
    r"(?:advertisement|sponsored content|share this(?: article)?|sign up for .*newsletter.*)",
    r"(?:related|read more|see also|more on this story|also read)\b.*",
    r"copyright\b.*|©.*|.*\ball rights reserved\.?",
    r"follow (?:all )?(?:\w+ )?(?:stories|coverage)\b.*",
    r"(?:photo|image|picture|video)\s*(?:credit)?\s*:.*",
]
_LINE_RE = re.compile(r"^[ \t]*(?:" + "|".join(_LINE_PATTERNS) + r")[ \t]*$", re.IGNORECASE)

# A caption line ends with a credit: "... Photo: Jane Doe/Agency" or "(AP Photo)".
_CREDIT_RE = re.compile(
    r"(?:\bPhoto(?:graph)?\s*:\s*\S.*|\((?:\w+\s+)?Photo(?:\s*/\s*[^)]*)?\))[ \t]*$",
)
_LINE_SPLIT = re.compile(r"[^\n]+")


def find_boilerplate(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) character regions of page furniture, one per line."""
    for match in _LINE_SPLIT.finditer(text):
        line = match.group()
        if not line.strip():
            continue
        if _LINE_RE.match(line) or _CREDIT_RE.search(line):
            yield match.start(), match.end()


def inside(regions: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """True when [start, end) overlaps any region."""
    return any(start < r_end and r_start < end for r_start, r_end in regions)
