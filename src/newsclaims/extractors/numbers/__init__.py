"""Numbers: counts, money, percentages, measures and ages, with normalised values.

spaCy's CARDINAL/MONEY/QUANTITY entities split ranges (`7 to 8,000`), call ages
dates (`35-year-old`), swallow qualifiers (`Over 194,000`) and drop currency
symbols (`(£5,000)`), so numbers are parsed here from the tokens with a small
table-driven grammar (its words in `lexicon/numbers.py` and `lexicon/data/`):

- `candidates`: a lexeme flag and a PhraseMatcher find numeral anchors; each anchor is grown by
- `digits`, `words`: the numeral, in digits or in words;
- `units`: its currency or unit (`$5`, `5€`, `12 miles`, `80m` as millions or metres);
- `ranges`: a compound measure (`6 ft 2 in`), a range (`7 to 8,000`) or a proportion (`four in 10`);
- `ages`: ages (`aged 29`, `in his late 20s`, `Marta, 41,`);
- `qualifiers`: qualifiers (`more than`, `or more`) and vague magnitudes (`thousands`);
- `exclusions`: what is no figure: dates, clock times, identifiers, `one` as a pronoun, scores;
- `context`: what the figure counts and when it applies; `attribution.figure_source` says who says so.

Words-to-numbers libraries (word2number, text2num, number-parser) work on strings and lose token
offsets, so the grammar stays here. Every index (sentences, dates, the figures' spans) is built
once per Doc, so the cost grows with the article's length, not its square.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Token

from newsclaims.attribution import figure_source
from newsclaims.extractors.base import Context, Extractor
from newsclaims.extractors.numbers.ages import is_age_apposition
from newsclaims.extractors.numbers.candidates import anchors, candidate
from newsclaims.extractors.numbers.change import Change, find_changes
from newsclaims.extractors.numbers.context import counted, date_entities, figure_time
from newsclaims.extractors.numbers.exclusions import excluded
from newsclaims.extractors.numbers.model import Candidate, lower_at
from newsclaims.extractors.numbers.ranges import merge_bounds
from newsclaims.pipeline import text_of
from newsclaims.pipeline.boilerplate import inside
from newsclaims.pipeline.spans import SpanIndex
from newsclaims.schema import Quantity

__all__ = ["EXTRACTOR", "extract_numbers"]

CATEGORIES = ("count", "money", "percent", "measure", "age", "vague")
"""The categories of the output; the grammar's own (`score`, `times`) are reported as counts."""


def _final_stop(doc: Doc, last: int) -> int:
    """1 when the figure's last token carries the sentence's full stop (`3 m.`, `HK$10m.`), else 0."""
    token = doc[last]
    if len(token.text) < 2 or not token.text.endswith(".") or token.text[-2] == ".":
        return 0
    if last + 1 < len(doc) and not doc[last + 1].is_sent_start and not doc[last + 1].is_space \
            and doc[last + 1].text[:1] not in ('"', "'", "”", "’", ")"):
        return 0
    return 1 if re.search(r"\d[a-zA-Z]{1,3}\.$|^[a-zA-Z°º]{1,4}\.$", token.text) else 0


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    rounded = round(value, 6)
    return int(rounded) if rounded == int(rounded) else rounded


def extract_numbers(doc: Doc, ctx: Context) -> list[Quantity]:
    """Every quantitative expression in the doc, with value or range, unit, qualifier and context."""
    found: list[Candidate] = []
    last_end = 0
    for i in anchors(doc):
        if i < last_end:
            continue
        cand = candidate(doc, i)
        if cand is None or cand.start < last_end:
            continue
        last_end = cand.end
        if excluded(doc, cand):
            if lower_at(doc, cand.end) == "of" and cand.end + 1 < len(doc) and doc[cand.end + 1].is_digit \
                    and doc[cand.start].lower_ != "one":
                last_end = cand.end + 2  # `Image 1 of 5`, `Page 2 of 3`
            continue
        if is_age_apposition(doc, cand):
            cand.unit, cand.category = "year", "age"
        found.append(cand)
    found = merge_bounds(doc, found)
    return _records(doc, ctx, found)


def _records(doc: Doc, ctx: Context, found: list[Candidate]) -> list[Quantity]:
    """The figures as output records, with what they count, when, per whom, and the changes they state;
    every index built once per Doc."""
    changes = find_changes(doc, found)
    taken: SpanIndex[None] = SpanIndex((c.start, c.end, None) for c in found)
    dates = date_entities(doc)
    text = text_of(doc)
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    sent_starts = [sent.start for sent in sents]
    roots: dict[int, Token] = {}
    numbers: list[Quantity] = []
    ids: dict[int, str] = {}
    for k, cand in enumerate(found):
        span = doc[cand.start:cand.end]
        if inside(ctx.boilerplate, span.start_char, span.end_char):
            continue
        anchor = doc[cand.numerals[0].start] if cand.numerals else doc[cand.start]
        sent = sents[max(0, bisect_right(sent_starts, cand.start) - 1)]
        end_char = span.end_char - _final_stop(doc, cand.end - 1)
        change = changes[k]
        ids[k] = f"n{len(numbers) + 1}"
        numbers.append(Quantity(
            id=ids[k], start=span.start_char, end=end_char, text=text[span.start_char:end_char],
            value=_number(cand.value) if cand.low is None and not cand.vague else None,
            low=_number(cand.low), high=_number(cand.high), unit=cand.unit,
            qualifier=cand.qualifier, bound=cand.bound, vague=cand.vague,
            category=cand.category if cand.category in CATEGORIES else "count",
            counted=counted(doc, cand), time=figure_time(doc, text, cand, sent, dates, taken, roots),
            source=figure_source(doc, anchor, sent, taken),
            change=change.direction if change else None, change_role=change.role if change else None,
        ))
    _link_changes(numbers, changes, ids)
    return numbers


def _link_changes(numbers: list[Quantity], changes: list[Change | None], ids: dict[int, str]) -> None:
    """`change_with`: each figure of a change lists the others that were written out."""
    groups: dict[int, list[str]] = {}
    for k, change in enumerate(changes):
        if change is not None and k in ids:
            groups.setdefault(change.word, []).append(ids[k])
    by_id = {n.id: n for n in numbers}
    for members in groups.values():
        for member in members:
            others = [m for m in members if m != member]
            by_id[member].change_with = others or None


EXTRACTOR = Extractor(provides="numbers", needs=(), run=extract_numbers)
