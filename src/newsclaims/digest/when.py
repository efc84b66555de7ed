"""When a figure applies: a window of dates anchored on its article's date.

Two figures can disagree only about the same time, so every figure gets a window
(`Window`) with a grain (`day`, `week`, `month`, `quarter`, `year`, or `rate` for a
figure per day/week/...), or None when nothing places it in time: a relative phrase
(`on Thursday`, `last year`) in an article without a date stays unplaced rather than
guessed. The anchor is the record's `date`, else a date in the dateline (the first
lines of the text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
_MONTH_ABBR = {m[:3]: i for m, i in MONTHS.items()}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATES = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)\b"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
]
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
DATELINE_CHARS = 600  # a dateline sits in the first lines, under the headline
# How far back a rate or an undated figure reaches from its article's date.
RECENT = {"day": 7, "week": 28, "month": 92, "year": 366, None: 7}
RATE = re.compile(r"\b(?:each|every|per|a|an)\s+(?:day|week|month|year|annum|quarter)\b"
                  r"(?!\s+(?:earlier|ago|before|later|on|after))|\b(?:daily|weekly|monthly|annual|annually|yearly)\b",
                  re.I)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
QUARTER = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th|q[1-4])\b[\w\s-]*?\bquarter\b|\bq([1-4])\b", re.I)
_QUARTER_N = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


@dataclass(frozen=True)
class Window:
    """Dates a figure covers; figures are compared only at one grain (a year's total is not a quarter's)."""

    start: date
    end: date
    grain: str

    def overlaps(self, other: Window) -> bool:
        return self.grain == other.grain and self.start <= other.end and other.start <= self.end

    def label(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def parse_date(text: str | None) -> date | None:
    """The first full date in `text` (ISO, `Sept. 28, 2022`, `28 September 2022`), else None."""
    if not text:
        return None
    for pattern in _DATES:
        for m in pattern.finditer(text):
            found = _date_of(m)
            if found is not None:
                return found
    return None


def _date_of(m: re.Match[str]) -> date | None:
    groups = m.groupdict()
    month = int(groups["mon"]) if groups.get("mon") else _MONTH_ABBR.get(groups["month"].lower()[:3])
    try:
        return date(int(groups["year"]), month or 0, int(groups["day"]))
    except (TypeError, ValueError):
        return None


def article_anchor(metadata_date: str | None, text: str | None) -> date | None:
    """The article's date: its metadata `date`, else a full date in its dateline."""
    return parse_date(metadata_date) or parse_date((text or "")[:DATELINE_CHARS])


def figure_window(time_text: str | None, period: str | None, anchor: date | None) -> Window | None:
    """The dates a figure covers, from its time phrase and its article's date (None: unplaced)."""
    text = (time_text or "").strip().lower()
    if RATE.search(text) or (period and not text):
        period = period or _period_word(text)
        return _recent(anchor, period, "rate") if not YEAR.search(text) else _absolute(text, anchor, "rate")
    if not text:
        return _recent(anchor, None, "now")
    absolute = _absolute(text, anchor, None)
    if absolute is not None:
        return absolute
    return _relative(text, anchor)


def _period_word(text: str) -> str | None:
    """`annual` -> year, `a week` -> week."""
    for word, period in (("dai", "day"), ("day", "day"), ("week", "week"), ("month", "month"), ("ann", "year"),
                         ("year", "year")):
        if word in text:
            return period
    return None


def _recent(anchor: date | None, period: str | None, grain: str) -> Window | None:
    if anchor is None:
        return None
    return Window(anchor - timedelta(days=RECENT.get(period, 7)), anchor, grain)


def _absolute(text: str, anchor: date | None, grain: str | None) -> Window | None:
    """A year (with a month, quarter or day when given), or a month of the anchor's year."""
    full = parse_date(text)
    if full is not None:
        return Window(full, full, grain or "day")
    years = [int(y) for y in YEAR.findall(text)]
    month = next((MONTHS[w] for w in re.findall(r"[a-z]+", text) if w in MONTHS), None)
    quarter = QUARTER.search(text)
    if not years:
        if month is not None and anchor is not None:  # `in March`: the last March up to the article's date
            year = anchor.year if month <= anchor.month else anchor.year - 1
            return _month(year, month, grain)
        return None
    if len(years) > 1:
        return Window(date(min(years), 1, 1), date(max(years), 12, 31), grain or "span")
    if quarter is not None:
        n = _QUARTER_N.get((quarter.group(1) or "").lower()) or int((quarter.group(2) or quarter.group(1))[-1])
        return Window(date(years[0], 3 * n - 2, 1), _month_end(years[0], 3 * n), grain or "quarter")
    if month is not None:
        return _month(years[0], month, grain)
    return Window(date(years[0], 1, 1), date(years[0], 12, 31), grain or "year")


def _month(year: int, month: int, grain: str | None) -> Window:
    return Window(date(year, month, 1), _month_end(year, month), grain or "month")


def _month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)


def _relative(text: str, anchor: date | None) -> Window | None:
    """`last year`, `this month`, `on Thursday`, `yesterday`: dates only when the article has one."""
    if anchor is None:
        return None
    words = set(re.findall(r"[a-z]+", text))
    back = bool(words & {"last", "previous", "ago", "earlier", "before"}) and not words & {"this"}
    if "year" in words or "years" in words:
        year = anchor.year - 1 if back else anchor.year + 1 if "next" in words else anchor.year
        return Window(date(year, 1, 1), date(year, 12, 31), "year")
    if "month" in words:
        first = anchor.replace(day=1)
        if back:
            first = (first - timedelta(days=1)).replace(day=1)
        return _month(first.year, first.month, None)
    if "week" in words or "weekend" in words:
        end = anchor - timedelta(days=7 if back else 0)
        return Window(end - timedelta(days=6), end, "week")
    day = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if day is not None:  # the last such weekday up to the article's date
        when = anchor - timedelta(days=(anchor.weekday() - day) % 7)
        return Window(when, when, "day")
    if words & {"today", "tonight"}:
        return Window(anchor, anchor, "day")
    if "yesterday" in words:
        return Window(anchor - timedelta(days=1), anchor - timedelta(days=1), "day")
    return None
