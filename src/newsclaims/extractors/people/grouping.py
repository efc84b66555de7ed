"""Grouping mentions into individuals: surname-only and first-name-only forms join the full name,
near-miss spellings (`Lobanovkaya`) join the name they are close to; then each group becomes a Person.

Every look-up goes through indexes kept beside the entries (by name part, by all-but-one word,
by surname), so grouping costs about the same per mention however long the article is.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from spacy.tokens import Doc

from newsclaims.extractors.entities.labels import label, labels
from newsclaims.extractors.people.evidence import Mention
from newsclaims.extractors.people.lineups import is_initials
from newsclaims.lexicon.people import PRONOUN_GENDER
from newsclaims.pipeline.tokens import SUBJECT_DEPS, sent_end
from newsclaims.schema import Person, Span

_CLOSE = 88
"""How alike (rapidfuzz ratio, 0-100) two spellings of one word must be to count as one name."""


@dataclass
class Entry:
    """One individual: the fullest name's words and every mention grouped under it."""

    tokens: tuple[str, ...]
    mentions: list[Mention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # the mentions' token starts, sorted

    @property
    def name(self) -> str:
        return " ".join(self.tokens)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        insort(self.starts, mention.start)

    def last_before(self, start: int) -> int:
        """Start of this person's last mention before token `start`, or -1."""
        k = bisect_left(self.starts, start)
        return self.starts[k - 1] if k else -1


class _Entries:
    """The entries made so far, indexed for the questions `group` asks."""

    def __init__(self) -> None:
        self.all: list[Entry] = []
        self.order: dict[int, int] = {}  # id(entry) -> creation order
        self.by_tokens: dict[tuple[str, ...], Entry] = {}
        self.by_part: dict[tuple[str, ...], list[Entry]] = {}  # proper prefixes and suffixes
        self.by_gap: dict[tuple[int, tuple[str, ...]], list[Entry]] = {}  # one word left out
        self.surnames: list[tuple[str, Entry]] = []  # last words of names of two words or more
        self.by_rest: dict[tuple[str, ...], list[Entry]] = {}  # names after a written-out given name
        self.close: dict[str, list[Entry]] = {}

    def new(self, tokens: tuple[str, ...]) -> Entry:
        entry = Entry(tokens=tokens)
        self.order[id(entry)] = len(self.all)
        self.all.append(entry)
        self.by_tokens[tokens] = entry
        for k in range(1, len(tokens)):
            for part in {tokens[:k], tokens[-k:]}:
                self.by_part.setdefault(part, []).append(entry)
        for i in range(len(tokens)):
            self.by_gap.setdefault((i, tokens[:i] + tokens[i + 1:]), []).append(entry)
        if len(tokens) > 1:
            self.surnames.append((tokens[-1], entry))
            if not is_initials(tokens[0]):
                self.by_rest.setdefault(tuple(t.casefold() for t in tokens[1:]), []).append(entry)
        return entry

    def spelt_out(self, tokens: tuple[str, ...]) -> list[Entry]:
        """For `S Taylor` or `D Dal Maso`: names whose given name starts with the initial, the rest
        the same (`Simon Taylor`, `David dal Maso`)."""
        if len(tokens) < 2 or not is_initials(tokens[0]):
            return []
        rest = tuple(t.casefold() for t in tokens[1:])
        return [e for e in self.by_rest.get(rest, []) if e.tokens[0][:1] == tokens[0][:1]]

    def containing(self, tokens: tuple[str, ...]) -> list[Entry]:
        """Longer names that start or end with these words, in the order they were made."""
        return self.by_part.get(tokens, [])

    def misspelt(self, tokens: tuple[str, ...]) -> list[Entry]:
        """Names of as many words with exactly one word spelt a little differently, in order made."""
        gaps = ((i, tokens[:i] + tokens[i + 1:]) for i in range(len(tokens)))
        found = {id(e): e for gap in gaps for e in self.by_gap.get(gap, [])}
        hits = [e for e in found.values() if _one_word_misspelt(e.tokens, tokens)]
        return sorted(hits, key=lambda e: self.order[id(e)])

    def close_surnames(self, word: str) -> list[Entry]:
        """Names of two words or more whose last word is spelt close to `word`. All of them exist
        before any one-word form is grouped (longer forms go first), so the answer is kept."""
        if word not in self.close:
            matches = process.extract(word, [s for s, _ in self.surnames], scorer=fuzz.ratio, processor=None,
                                      score_cutoff=_CLOSE, limit=None)
            self.close[word] = [self.surnames[k][1] for _, _, k in sorted(matches, key=lambda m: m[2])]
        return self.close[word]


def group(mentions: list[Mention]) -> list[Entry]:
    """One entry per individual: fuller names first, then the short and misspelt forms that belong to them."""
    entries = _Entries()
    for mention in sorted(mentions, key=lambda m: (-len(m.text.split()), -len(m.text), m.start)):
        tokens = tuple(mention.text.split())
        entry = _fuller(entries, tokens, mention.start) or entries.by_tokens.get(tokens)
        if entry is None:
            entry = entries.new(tokens)
        entry.add(mention)
    return entries.all


def _fuller(entries: _Entries, tokens: tuple[str, ...], start: int = -1) -> Entry | None:
    """A longer known name this form is part of (`Putin`), or a close misspelling of (`Lobanovkaya`).
    A surname two people share (`Hillary Clinton`, `Bill Clinton`) means the one named last before
    it; before either is named it stays apart."""
    n = len(tokens)
    exact = entries.containing(tokens)
    if len(exact) == 1:
        return exact[0]
    if exact:
        surname = [e for e in exact if e.tokens[-n:] == tokens] or exact
        if len(surname) == 1:
            return surname[0]
        last = {id(e): e.last_before(start) for e in surname}
        recent = max(surname, key=lambda e: last[id(e)])
        return recent if last[id(recent)] >= 0 else None
    spelt = entries.spelt_out(tokens)
    if len(spelt) == 1:
        return spelt[0]
    if n == 1 and len(tokens[0]) >= 5:
        close = entries.close_surnames(tokens[0])
        if len(close) == 1:
            return close[0]
    if n > 1:  # one word misspelt, the others equal: `Ira Lobanovkaya`; never initials (`H.W.` vs `W.`)
        close = entries.misspelt(tokens)
        if len(close) == 1:
            return close[0]
    return None


def _one_word_misspelt(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and min(len(diff[0][0]), len(diff[0][1])) >= 5 and fuzz.ratio(*diff[0]) >= _CLOSE


def dedupe(mentions: list[Mention]) -> list[Mention]:
    """One mention per token span (the first found), in text order."""
    out: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        out.setdefault((m.start, m.end), m)
    return sorted(out.values(), key=lambda m: m.start)


def pronoun_gender(doc: Doc, entries: list[Entry]) -> dict[int, str]:
    """Gender from `he`/`she` as the next subject after a person who is themselves a subject
    (`Oleg said he always knew`), when no other person is mentioned in between."""
    starts = sorted((m.start, m.end, k) for k, e in enumerate(entries) for m in e.mentions)
    votes: dict[int, Counter[str]] = {}
    for n, (start, end, k) in enumerate(starts):
        if doc[start:end].root.dep_ not in SUBJECT_DEPS:
            continue
        limit = starts[n + 1][0] if n + 1 < len(starts) else len(doc)
        first_end = sent_end(doc, start)
        stop = sent_end(doc, first_end) if first_end < len(doc) else first_end
        for tok in doc[end: min(limit, stop)]:
            if tok.dep_ in SUBJECT_DEPS and tok.pos_ == "PRON":
                gender = PRONOUN_GENDER.get(tok.lower_)
                if gender:
                    votes.setdefault(k, Counter())[gender] += 1
                break
    return {k: c.most_common(1)[0][0] for k, c in votes.items() if len(c) == 1}


def to_person(doc: Doc, pid: str, entry: Entry, pronoun_gender: str | None) -> Person:
    """The Person record of one entry: its name, the other forms, every mention and the attributes."""
    name = label(entry.name)
    mentions = sorted(entry.mentions, key=lambda m: m.start)
    forms = labels(m.text for m in mentions)
    descriptors = labels(d for m in mentions for d in m.descriptors)
    genders = {m.gender for m in mentions if m.gender}
    gender = genders.pop() if len(genders) == 1 else None
    spans = []
    for m in mentions:
        start = doc[m.start].idx
        spans.append(Span(start=start, end=start + len(m.text), text=m.text))
    return Person(
        id=pid,
        name=name,
        aliases=[f for f in forms if f != name],  # normalised by `labels`
        mentions=spans,
        age=next((m.age for m in mentions if m.age is not None), None),
        descriptors=descriptors,
        role=next((label(m.role) for m in mentions if m.role and label(m.role)), None),
        origin=next((label(m.origin) for m in mentions if m.origin and label(m.origin)), None),
        gender=gender or pronoun_gender,
    )
