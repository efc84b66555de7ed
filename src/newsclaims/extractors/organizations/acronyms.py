"""Acronyms linked to the names they abbreviate: `Asian Development Bank (ADB)`, `the EU` for the
`European Union` by initial letters, `AFP` for `Agence France-Presse`.

Only the article's own forms are linked; an acronym whose expansion the article never gives
stays an organisation of its own (`NATO`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsclaims.extractors.organizations.candidates import Mention

STOPWORDS = frozenset("of and the for & de des du la le der für on in to at".split())
"""Words an acronym usually skips: `Customs and Border Protection` -> `CBP`."""


def letters(acronym: str) -> str:
    """`U.N.` -> `UN`, `C-SPAN` -> `CSPAN`."""
    return "".join(ch for ch in acronym if ch.isalpha()).upper()


def initials(name: str, keep_stopwords: bool = False) -> str:
    """First letters of a name's words (and of hyphenated parts): `Agence France-Presse` -> `AFP`."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isalpha()]
    return "".join(w[0].upper() for w in words if keep_stopwords or w.casefold() not in STOPWORDS)


def expands(acronym: str, name: str) -> bool:
    """Whether `name`'s initials spell `acronym` (with or without its small words: `DOJ`, `CBP`)."""
    short = letters(acronym)
    return len(short) >= 2 and len(name.split()) >= 2 and short in (initials(name), initials(name, True))


def bracketed(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """`Full Name (ABC)` and `ABC (Full Name)`: the article defines the acronym itself."""
    links: dict[str, str] = {}
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        k = m.end
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
            inner = doc[k + 1].text
            if not m.acronym and _acronym_token(inner):
                links.setdefault(inner, m.text)
        if m.acronym and k < len(doc) and doc[k].text == "(" and k + 1 in by_start:
            full = by_start[k + 1]
            if not full.acronym and full.end < len(doc) and doc[full.end].text == ")":
                links.setdefault(m.text, full.text)
    return links


def _acronym_token(text: str) -> bool:
    return 2 <= len(letters(text)) <= 8 and text.replace(".", "").replace("-", "").isalnum() \
        and letters(text) == "".join(ch for ch in text if ch.isalpha())


def link(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """Acronym form -> the full name it stands for, from brackets, then initials, then a typo of a
    linked acronym (the same letters in another order: `ABD` beside `ADB`)."""
    links = bracketed(doc, mentions)
    names = list(dict.fromkeys(m.text for m in mentions if not m.acronym and not m.nominal))
    acronyms = list(dict.fromkeys(m.text for m in mentions if m.acronym))
    by_initials: dict[str, list[str]] = {}
    for name in names:
        if len(name.split()) >= 2:
            for key in {initials(name), initials(name, True)}:
                by_initials.setdefault(key, []).append(name)
    for acronym in acronyms:
        if acronym in links or len(letters(acronym)) < 2:
            continue
        found = by_initials.get(letters(acronym), [])
        if len(found) == 1:
            links[acronym] = found[0]
    by_letters: dict[str, set[str]] = {}
    for a, full in links.items():
        by_letters.setdefault("".join(sorted(letters(a))), set()).add(full)
    for acronym in acronyms:
        if acronym in links:
            continue
        same = by_letters.get("".join(sorted(letters(acronym))), set())
        if len(same) == 1:
            links[acronym] = next(iter(same))
    return links


def untagged(doc: Doc, links: dict[str, str], names: list[str], blocked: set[int]) -> list[Mention]:
    """Capitalised tokens NER left alone that are the initials of an organisation the article names."""
    wanted = {letters(a): a for a in links} | {initials(n): n for n in names if len(n.split()) >= 2}
    found = []
    for tok in doc:
        if tok.i in blocked or tok.ent_type_ or not tok.is_upper or not _acronym_token(tok.text):
            continue
        if letters(tok.text) in wanted and len(letters(tok.text)) >= 2:
            found.append(Mention(tok.i, tok.i + 1, tok.text, acronym=True))
    return found
