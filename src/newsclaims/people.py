"""People: one entry per named individual, with every mention as a span."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span as SpacySpan

from newsclaims.boilerplate import inside
from newsclaims.schema import Person, Span

# Honorifics and offices that precede a name but are not part of it.
TITLES = frozenset(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. fr fr.
    president prime minister chancellor secretary spokesman spokeswoman spokesperson
    senator sen. sen rep. rep representative governor gov. gov mayor judge justice king queen
    prince princess pope general gen. gen colonel col. lieutenant lt. lt captain capt. sergeant
    sgt. commander admiral officer chief director ceo chairman chairwoman deputy interior
    foreign defense defence finance home affairs commission european vice former late
    """.split()
)
POSSESSIVE = ("'s", "’s", "'", "’")


@dataclass
class _Entry:
    name_tokens: tuple[str, ...]
    mentions: list[tuple[int, int]] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    role: str | None = None


def name_span(ent: SpacySpan) -> tuple[SpacySpan, SpacySpan | None]:
    """The entity without leading titles and trailing possessive; and the title span if any."""
    start, end = ent.start, ent.end
    while start < end - 1 and ent.doc[start].lower_ in TITLES:
        start += 1
    if end - start > 1 and ent.doc[end - 1].text in POSSESSIVE:
        end -= 1
    name = ent.doc[start:end]
    title = ent.doc[ent.start:start] if start > ent.start else None
    return name, title


def _strip_possessive(text: str) -> str:
    for suffix in POSSESSIVE[:2]:
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def extract_people(doc: Doc, boilerplate: tuple[tuple[int, int], ...] = ()) -> list[Person]:
    """Merge PERSON mentions into individuals: `Putin` joins `Vladimir Putin`."""
    mentions: list[tuple[SpacySpan, SpacySpan | None]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or inside(boilerplate, ent.start_char, ent.end_char):
            continue
        name, title = name_span(ent)
        text = _strip_possessive(name.text).strip()
        if not text or not any(ch.isalpha() for ch in text):
            continue
        mentions.append((name, title))

    entries: list[_Entry] = []
    by_tokens: dict[tuple[str, ...], _Entry] = {}
    # Longest names first so that a surname finds the full name it belongs to.
    for name, title in sorted(mentions, key=lambda m: -len(m[0].text)):
        text = _strip_possessive(name.text)
        tokens = tuple(text.split())
        entry = by_tokens.get(tokens) or _find_fuller(entries, tokens)
        if entry is None:
            entry = _Entry(name_tokens=tokens)
            entries.append(entry)
            by_tokens[tokens] = entry
        start = name.start_char
        entry.mentions.append((start, start + len(text)))
        if text not in entry.forms:
            entry.forms.append(text)
        if title is not None and entry.role is None:
            entry.role = title.text
    entries.sort(key=lambda e: min(e.mentions))

    people = []
    for i, entry in enumerate(entries, 1):
        name = " ".join(entry.name_tokens)
        people.append(
            Person(
                id=f"p{i}",
                name=name,
                aliases=[f for f in entry.forms if f != name],
                mentions=[Span.of(doc.text, s, e) for s, e in sorted(entry.mentions)],
                role=entry.role,
            )
        )
    return people


def _find_fuller(entries: list[_Entry], tokens: tuple[str, ...]) -> _Entry | None:
    """A known longer name that ends with (surname) or starts with (first name) these tokens."""
    n = len(tokens)
    for entry in entries:
        full = entry.name_tokens
        if len(full) > n and (full[-n:] == tokens or full[:n] == tokens):
            return entry
    return None
