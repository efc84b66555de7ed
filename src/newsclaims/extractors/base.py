"""The one contract every extractor meets, and the context that carries results between them.

An extractor is a pure function of a parsed `Doc` and the article's `Context`: it reads what it
`needs` from the context (what earlier extractors found), returns the items it `provides`, and
`analyze` stores them on the context under that name. No I/O, no globals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from newsclaims.attribution import Resolver
from newsclaims.pipeline import text_of
from newsclaims.schema import Claim, Organization, Person, Place, Quantity, Quote

Regions = tuple[tuple[int, int], ...]


@dataclass
class Context:
    """One article as the extractors see it: its text, its page furniture, and what was found so far."""

    text: str
    boilerplate: Regions = ()
    people: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    numbers: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    resolver: Resolver | None = None
    """Attribution's one resolver for the article: quotes build it (they know the quotation marks), figure
    sources and claims ask the same one, so a subject resolved once is not resolved again differently."""

    @classmethod
    def of(cls, doc: Doc, **found: Any) -> Context:
        """The context of a freshly parsed Doc (page furniture from our `newsclaims_boilerplate` component)."""
        return cls(text=text_of(doc), boilerplate=tuple(doc._.boilerplate), **found)

    def attribution(self, doc: Doc) -> Resolver:
        """The article's resolver: the one quotes built, else (quotes ran without a parser, or not at all)
        one built now over the direct quotes found so far."""
        if self.resolver is None:
            self.resolver = Resolver(doc, self.people, [(q.start, q.end) for q in self.quotes if q.kind == "direct"],
                                     text=self.text, organizations=self.organizations)
        return self.resolver


@dataclass(frozen=True)
class Extractor:
    """An extractor: the Article list it `provides`, the lists it `needs` first, and the function."""

    provides: str
    needs: tuple[str, ...]
    run: Callable[[Doc, Context], list[Any]]
