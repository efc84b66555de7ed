"""The gazetteer's index: folded names and spelling variants to candidate places, and their ranking.

Lookups are pure dictionary reads, so a worker process builds (or loads) one and asks it freely.
"""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

Kind = str  # "continent" | "country" | "region" | "city" | "crossing"


@dataclass(frozen=True, slots=True)
class Entry:
    """One known place."""

    name: str
    kind: Kind
    country: str | None
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None
    population: int = 0
    key: str = ""  # a stable identity: geonames id, ISO code or the crossing name
    neighbours: frozenset[str] = frozenset()  # for countries: ISO codes of the countries bordering it


_PUNCT = re.compile(r"[^\w\s]+")
_SAINT = re.compile(r"\b(?:saint|sankt|st)\b")
_SPACES = re.compile(r"\s+")
_SOUNDS = (("w", "v"), ("iya", "ia"), ("iy", "i"), ("yy", "i"), ("kh", "h"), ("j", "y"), ("ou", "u"))
_DOUBLES = re.compile(r"(.)\1+")


def fold(text: str) -> str:
    """Lower-case ASCII form: accents dropped, `St.`/`Saint` unified, punctuation to spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold()
    if not text.isalpha():
        text = _PUNCT.sub(" ", text.replace("’", "").replace("'", ""))
        text = _SPACES.sub(" ", text).strip()
    if "s" in text and ("st" in text or "saint" in text):
        text = _SAINT.sub("st", text)
    return text[4:] if text.startswith("the ") else text


def sound_key(text: str, folded: bool = False) -> str:
    """A spelling-insensitive key for transliteration variants: `Walima`, `Vaalima`, `Vaalimaa`."""
    key = (text if folded else fold(text)).replace(" ", "")
    for a, b in _SOUNDS:
        if a in key:
            key = key.replace(a, b)
    return _DOUBLES.sub(r"\1", key)


_NON_LATIN = re.compile(r"[^\x00-\u024f\u2019]")


def _latin(name: str) -> bool:
    return _NON_LATIN.search(name) is None


def _add(index: dict[str, Entry | tuple[Entry, ...]], key: str, entry: Entry) -> None:
    have = index.get(key)
    if have is None:
        index[key] = entry
    elif isinstance(have, Entry):
        if have is not entry:
            index[key] = (have, entry)
    elif not any(e is entry for e in have):
        index[key] = (*have, entry)


def _bucket(value: Entry | tuple[Entry, ...] | None) -> list[Entry]:
    if value is None:
        return []
    return [value] if isinstance(value, Entry) else list(value)


class Gazetteer:
    """Name -> candidate places, with ranking by what else the article mentions.

    Every worker process holds one, so the index is kept small: a bare entry (not a list)
    per name, and the spelling-variant index only holds names whose sound key differs
    from their folded form (the others are found through the exact index)."""

    def __init__(self, entries: Iterable[tuple[Entry, Iterable[str]]]) -> None:
        self._by_key: dict[str, Entry | tuple[Entry, ...]] = {}
        self._by_sound: dict[str, Entry | tuple[Entry, ...]] = {}
        intern = sys.intern
        for entry, names in entries:
            for name in {entry.name, *names}:
                if not name or not _latin(name):
                    continue
                folded = intern(fold(name))
                _add(self._by_key, folded, entry)
                if len(folded) >= 5:
                    sound = sound_key(folded, folded=True)
                    if sound != folded:
                        _add(self._by_sound, intern(sound), entry)

    def entries(self) -> Iterable[Entry]:
        """Every distinct entry (for derived tables such as country-name stems)."""
        seen: set[int] = set()
        for value in self._by_key.values():
            for entry in (value,) if isinstance(value, Entry) else value:
                if id(entry) not in seen:
                    seen.add(id(entry))
                    yield entry

    def candidates(self, name: str, fuzzy: bool = False) -> list[Entry]:
        """Every entry known by this name (or, with `fuzzy`, by a variant spelling of it)."""
        found = _bucket(self._by_key.get(fold(name)))
        if not found and fuzzy and len(name) >= 5:
            sound = sound_key(name)
            found = _bucket(self._by_sound.get(sound))
            if len(sound) >= 5 and sound_key(sound, folded=True) == sound:
                found += [e for e in _bucket(self._by_key.get(sound)) if not any(e is f for f in found)]
        return found

    def resolve(
        self,
        name: str,
        context: frozenset[str] = frozenset(),
        prefer: Kind | None = None,
        fuzzy: bool = True,
        within: frozenset[str] = frozenset(),
    ) -> Entry | None:
        """The most likely entry: countries the article mentions (`context`) win close calls of
        name, a country the text names right after it (`within`, from `St. Petersburg, Florida`) wins."""
        found = self.candidates(name, fuzzy=fuzzy)
        if not found:
            return None
        best = max(found, key=lambda e: _rank(e, context, prefer, within))
        if best.kind == "country" and context and not ({best.country} | best.neighbours) & context:
            # `Georgia` in an article about Texas and Florida: the state, since nothing near the country is named.
            local = [e for e in found if e.kind != "country" and e.country in context]
            if local:
                return max(local, key=lambda e: _rank(e, context, prefer, within))
        return best


def _rank(entry: Entry, context: frozenset[str], prefer: Kind | None, within: frozenset[str]) -> float:
    """Countries first, then crossings and regions, then cities by size; the countries the
    article mentions tip close calls (`St. Petersburg`), an explicit `, Florida` decides."""
    prior = {"country": 9.0, "continent": 9.5, "crossing": 6.0, "region": 5.0}.get(
        entry.kind, math.log10(entry.population + 10))
    if entry.country in context and entry.kind != "country":
        prior += 1.5
    if entry.country in within:
        prior += 5.0
    if prefer is not None and entry.kind == prefer:
        prior += 6.0
    return prior

