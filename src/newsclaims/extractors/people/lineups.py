"""Team sheets and scorecards: lines of list items most of which are an initial and a surname
(`C Paterson; S Webster, A Craig, H Southwell, S Lamont; D Parks, C Cusiter; ...`).

NER reads such items as organisations, places or nothing; in a line of them every item that is
shaped like a name is a person, the full names among them too (`Mirco Bergamasco`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsclaims.lexicon.people import PARTICLES

INITIALS = re.compile(r"^(?:[A-Z]{1,3}|(?:[A-Z]\.){1,3})$")
"""`S`, `KP`, `CA`, `J.P.`: a given name written as initials."""

SEPARATORS = frozenset({",", ";", ":", "/"})
MIN_INITIALS = 3
"""How many `initial surname` items make a line a team sheet."""


def is_initials(word: str) -> bool:
    return INITIALS.match(word) is not None


def lineup_names(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of the names in every team-sheet line of the Doc, in one pass over its tokens."""
    found: list[tuple[int, int]] = []
    line: list[tuple[int, int]] = []
    item_start = 0
    depth = 0
    for tok in doc:
        if tok.text == "(":
            depth += 1
        if depth == 0 and (tok.text in SEPARATORS or tok.text == "and"):
            line.append((item_start, tok.i))
            item_start = tok.i + 1
        if tok.text == ")":
            depth = max(0, depth - 1)
        if "\n" in tok.whitespace_ or tok.is_space or tok.i == len(doc) - 1:
            line.append((item_start, tok.i + 1))
            found += _names_in_line(doc, line)
            line, item_start, depth = [], tok.i + 1, 0
    return found


def _names_in_line(doc: Doc, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    names = [span for span in (_name_of_item(doc, s, e) for s, e in items) if span is not None]
    initials = [n for n in names if is_initials(doc[n[0]].text) and n[1] - n[0] >= 2]
    worded = [1 for s, e in items if any(t.is_alpha for t in doc[s:e])]
    if len(initials) < MIN_INITIALS or 2 * len(initials) < len(worded):
        return []
    return names


def _name_of_item(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The name in one list item: capitalised words and particles, before any bracket (`G Bulloch (capt)`)."""
    while start < end and (doc[start].is_space or doc[start].is_punct):
        start += 1
    stop = start
    while stop < end and doc[stop].text != "(" and not doc[stop].is_space:
        stop += 1
    while stop > start and doc[stop - 1].is_punct:
        stop -= 1
    words = doc[start:stop]
    if not 1 <= len(words) <= 5 or not words[0].text[:1].isupper():
        return None
    if not all(t.text[:1].isupper() and t.text.replace(".", "").replace("-", "").isalpha()
               or t.lower_ in PARTICLES for t in words):
        return None
    if len(words) == 1 or words[-1].lower_ in PARTICLES or is_initials(words[-1].text):
        return None  # a surname ends the name: `W D L G` is a table header
    return start, stop
