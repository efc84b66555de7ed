"""Referents and their salience: what a later pronoun or description can point back to.

Every question the resolver asks is "the most recent referent before this position that
fits": the store keeps referents sorted by position in several views (all of them, persons
by gender and by whether an age is known, persons by each descriptive word and by age), so a
question walks back only over referents that could answer it, never over the whole article.
Recency order is position descending; referents at the same position keep the order they
were remembered in.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from sortedcontainers import SortedKeyList

from newsclaims.schema import Speaker


@dataclass
class Referent:
    """Something a later pronoun or description can point back to."""

    speaker: Speaker
    start: int
    end: int
    gender: str | None = None
    plural: bool = False
    age: int | None = None
    words: frozenset[str] = field(default_factory=frozenset)
    possessive: bool = False
    sentence: int = -1  # start token of its sentence
    is_subject: bool = False
    seq: int = -1  # the order it was remembered in (set by the store)
    human: bool = False  # a person whose words are an organisation's (`a spokeswoman for X`)
    source: bool = False  # named as the source of a statement

    @property
    def is_person(self) -> bool:
        return self.human or self.speaker.kind == "person" or (self.speaker.kind == "description" and not self.plural)

    @property
    def identity(self) -> str:
        """Who it is: the person entry, else the name."""
        return self.speaker.person_id or self.speaker.name


def _position(ref: Referent) -> tuple[int, int]:
    return ref.start, -ref.seq


def _recency(ref: Referent) -> tuple[int, int]:
    """Sort key that puts the most recent referent first."""
    return -ref.start, ref.seq


Fits = Callable[[Referent], bool]


def _view() -> SortedKeyList:
    return SortedKeyList(key=_position)


class Referents:
    """Every referent of one article, indexed for "the most recent one before here that fits"."""

    def __init__(self) -> None:
        self.count = 0
        self.all = _view()
        self.persons: dict[tuple[str | None, bool], SortedKeyList] = {}
        self.by_word: dict[str, SortedKeyList] = {}
        self.by_age: dict[int, SortedKeyList] = {}
        self.organisations: dict[bool, SortedKeyList] = {}
        self.source_organisations: dict[str, tuple[int, Referent]] = {}  # identity -> (times a source, latest)

    def add(self, ref: Referent) -> Referent:
        """Remember a referent. A possessor (`Lund's letter`) is never one a pronoun means: not kept."""
        ref.seq = self.count
        self.count += 1
        if ref.possessive:
            return ref
        self.all.add(ref)
        if ref.speaker.kind == "organisation":
            _into(self.organisations, ref.source, ref)
            if ref.source and not ref.plural:
                count, latest = self.source_organisations.get(ref.identity, (0, ref))
                self.source_organisations[ref.identity] = (count + 1, max(latest, ref, key=_position))
        if ref.is_person:
            _into(self.persons, (ref.gender, ref.age is not None), ref)
            for word in ref.words:
                _into(self.by_word, word, ref)
            if ref.age is not None:
                _into(self.by_age, ref.age, ref)
        return ref

    def before(self, position: int, *, starting_by: int | None = None) -> Iterator[Referent]:
        """Referents that end by `position`, most recent first (those starting after `starting_by` skipped)."""
        return _walk_back(self.all, position, position if starting_by is None else starting_by)

    def persons_before(self, position: int, genders: Iterable[str | None] | None = None,
                       aged: bool | None = None, *, starting_by: int | None = None) -> Iterator[Referent]:
        """Person referents of the given genders (all when None), with or without a known age (either when
        None), that end by `position`, most recent first."""
        views = [v for (gender, has_age), v in self.persons.items()
                 if (genders is None or gender in genders) and (aged is None or has_age == aged)]
        limit = position if starting_by is None else starting_by
        return heapq.merge(*(_walk_back(v, position, limit) for v in views), key=_recency)

    def persons_after(self, start: int, end: int) -> Iterator[Referent]:
        """Person referents starting in [start, end), first first."""
        lo = self.all.bisect_key_left((start, -math.inf))
        hi = self.all.bisect_key_left((end, -math.inf))
        return (r for r in self.all.islice(lo, hi) if r.is_person)

    def organisations_before(self, position: int, sources_only: bool = False) -> Iterator[Referent]:
        """Organisation referents (only those named as a source, if asked) ending by `position`, most recent first."""
        views = [v for source, v in self.organisations.items() if source or not sources_only]
        return heapq.merge(*(_walk_back(v, position, position) for v in views), key=_recency)

    def latest_with_word(self, position: int, words: Iterable[str], fits: Fits) -> Referent | None:
        """The most recent person referent ending by `position` that shares one of `words` and fits."""
        found = [_first(_walk_back(self.by_word[w], position, position), fits) for w in words if w in self.by_word]
        return min((r for r in found if r is not None), key=_recency, default=None)

    def latest_with_age(self, position: int, age: int, fits: Fits) -> Referent | None:
        """The most recent person referent of that age ending by `position` that fits."""
        view = self.by_age.get(age)
        return None if view is None else _first(_walk_back(view, position, position), fits)

    def __iter__(self) -> Iterator[Referent]:
        return iter(self.all)


def _into(views: dict, key: object, ref: Referent) -> None:
    view = views.get(key)
    if view is None:
        view = views[key] = _view()
    view.add(ref)


def _walk_back(view: SortedKeyList, position: int, starting_by: int) -> Iterator[Referent]:
    """Referents of one view starting at or before `starting_by` and ending by `position`, most recent first."""
    stop = view.bisect_key_right((starting_by, math.inf))
    for ref in view.islice(0, stop, reverse=True):
        if ref.end <= position:
            yield ref


def _first(refs: Iterator[Referent], fits: Fits) -> Referent | None:
    return next((r for r in refs if fits(r)), None)
