"""Quotation marks: a small scanner (the only regex of the quotes extractor) that pairs them.

It pairs opening and closing marks paragraph by paragraph, so a stray mark never
swallows the rest of an article, and a quotation left open at a paragraph end
continues when the next paragraph reopens it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_WORDS = 3
"""Fewer words than this in quotation marks is a scare quote or a title, not a quote."""

WORD_RE = re.compile(r"\w+")
_PARAGRAPH_RE = re.compile(r"[^\n]+")
_MARK_RE = re.compile(r"``|''|[“”„‟«»‹›\"‘’‚']")
_FAMILY = {"“": "d", "”": "d", "„": "d", "‟": "d", '"': "d", "``": "d", "''": "d",
           "‘": "s", "’": "s", "‚": "s", "'": "s", "«": "g", "»": "g", "‹": "h", "›": "h"}
_OPENERS = frozenset("“„‟«‹‘‚") | {"``"}
_CLOSERS = frozenset("”»›")
_BEFORE_OPEN = frozenset(" \t\n([{—–-:;,/")  # what may precede an opening mark
_AFTER_CLOSE = frozenset(" \t\n.,;:!?)]}—–-/…")  # what may follow a closing mark


@dataclass
class _Mark:
    start: int
    end: int
    family: str
    can_open: bool
    can_close: bool


@dataclass
class DirectSpan:
    """The words between a pair of marks; `outer` includes the marks."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    paragraph: int
    chain: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line: the paragraphs quotations are paired within."""
    return [(m.start(), m.end()) for m in _PARAGRAPH_RE.finditer(text)]


def _classify(text: str, m: re.Match[str]) -> _Mark | None:
    mark = m.group()
    before = text[m.start() - 1] if m.start() > 0 else "\n"
    after = text[m.end()] if m.end() < len(text) else "\n"
    left_flank = not after.isspace() and (before in _BEFORE_OPEN or before in _FAMILY or before.isspace())
    right_flank = not before.isspace() and (after in _AFTER_CLOSE or after in _FAMILY)
    family = _FAMILY[mark]
    if mark in ("’", "'") and before.isalnum() and after.isalnum():
        return None  # an apostrophe inside a word: don't, I’m, O'Brien
    if mark in _OPENERS:
        # German „…“ closes with “; a lone ‘ after a letter is an apostrophe.
        if mark == "‘" and before.isalnum():
            return None
        return _Mark(m.start(), m.end(), family, True, mark == "“" and right_flank and not left_flank)
    if mark in _CLOSERS:
        return _Mark(m.start(), m.end(), family, left_flank and not right_flank, True)
    if mark == "’":
        return _Mark(m.start(), m.end(), family, False, right_flank) if right_flank else None
    # Straight marks " ' and '' point either way; the neighbours decide.
    if not (left_flank or right_flank):
        return None
    return _Mark(m.start(), m.end(), family, left_flank, right_flank)


def _opens_with(paragraph: str, family: str) -> bool:
    stripped = paragraph.lstrip()
    m = _MARK_RE.match(stripped)
    return bool(m) and _FAMILY[m.group()] == family and (m.group() in _OPENERS or m.group() in ('"', "''", "'"))


def _closers_after(marks: list[_Mark]) -> list[frozenset[str]]:
    """For each mark, the families of the closing marks after it (one pass from the end)."""
    after: list[frozenset[str]] = [frozenset()] * len(marks)
    families: frozenset[str] = frozenset()
    for n in range(len(marks) - 1, -1, -1):
        after[n] = families
        if marks[n].can_close:
            families = families | {marks[n].family}
    return after


def find_direct(text: str) -> list[DirectSpan]:
    """Every quotation, one per paragraph; pieces of a multi-paragraph quotation share `chain`."""
    paras = paragraphs(text)
    found: list[DirectSpan] = []
    chain_id = 0
    carried: int | None = None  # chain continuing from the previous paragraph
    for p_index, (p_start, p_end) in enumerate(paras):
        open_mark: _Mark | None = None
        continuing = carried
        carried = None
        marks = [k for k in (_classify(text, m) for m in _MARK_RE.finditer(text, p_start, p_end)) if k is not None]
        closers_after = _closers_after(marks)
        for n, mark in enumerate(marks):
            if open_mark is None:
                if mark.can_open:
                    open_mark = mark
                continue
            if mark.family != open_mark.family:
                continue  # a nested quotation inside the open one
            if mark.can_close and _possessive(text, mark) and mark.family in closers_after[n]:
                continue  # `the workers' union`: a plural possessive, the quotation closes later
            if mark.can_close:
                chain = continuing if continuing is not None and not _found_in_paragraph(found, p_index) else None
                if chain is None:
                    chain_id += 1
                    chain = chain_id
                _emit(found, text, open_mark.end, mark.start, open_mark.start, mark.end, p_index, chain)
                open_mark = None
            elif mark.can_open:
                if _sentence_before(text, open_mark.end, mark.start):
                    # `"In the end we lost. "We have to be calm ...`: a quotation whose closing mark the
                    # writer left out ends with its sentence, where the next one opens.
                    chain = continuing if continuing is not None and not _found_in_paragraph(found, p_index) else None
                    if chain is None:
                        chain_id += 1
                        chain = chain_id
                    _emit(found, text, open_mark.end, mark.start, open_mark.start, mark.start, p_index, chain)
                open_mark = mark  # else the earlier opener was stray
        if open_mark is None:
            continue
        nxt = paras[p_index + 1] if p_index + 1 < len(paras) else None
        long_enough = len(WORD_RE.findall(text, open_mark.end, p_end)) > MIN_WORDS
        runs_on = long_enough and nxt is not None and _opens_with(text[nxt[0]:nxt[1]], open_mark.family)
        at_start = not text[p_start:open_mark.start].strip() or text[p_start:open_mark.start].rstrip().endswith(":")
        if runs_on or (at_start and long_enough):
            chain = continuing if continuing is not None and not _found_in_paragraph(found, p_index) else None
            if chain is None:
                chain_id += 1
                chain = chain_id
            _emit(found, text, open_mark.end, p_end, open_mark.start, p_end, p_index, chain)
            if runs_on:
                carried = chain
    return found


def _sentence_before(text: str, start: int, end: int) -> bool:
    """The words from `start` to `end` are whole sentences: more than MIN_WORDS, ending with `.`, `!` or `?`."""
    at = end - 1
    while at > start and text[at].isspace():
        at -= 1
    return at > start and text[at] in ".!?" and len(WORD_RE.findall(text, start, at)) > MIN_WORDS


def _possessive(text: str, mark: _Mark) -> bool:
    """An apostrophe after a plural `s` followed by a word: `the workers' union`, `the Russians’ homes`."""
    if text[mark.start:mark.end] not in ("'", "’") or mark.start == 0 or text[mark.start - 1] != "s":
        return False
    rest = text[mark.end:mark.end + 2]
    return len(rest) == 2 and rest[0] == " " and rest[1].isalpha()


def _found_in_paragraph(found: list[DirectSpan], paragraph: int) -> bool:
    """A quotation was already closed in this paragraph (so a later one does not continue the last)."""
    return bool(found) and found[-1].paragraph == paragraph


def _emit(found: list[DirectSpan], text: str, start: int, end: int, outer_start: int, outer_end: int,
          paragraph: int, chain: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\r\n,":
        end -= 1
    if end > start:
        found.append(DirectSpan(start, end, outer_start, outer_end, paragraph, chain))
