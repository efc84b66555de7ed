"""The cross-article digest (`newsclaims digest`): built from many Article records."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Number = int | float


class Model(BaseModel):
    """Its own strict base (as the record's), so schema/__init__ can re-export this module without a cycle."""

    model_config = ConfigDict(extra="forbid")


class ItemRef(Model):
    """One item of one article: `source` is the article, `id` the item's id in its record."""

    source: str
    id: str
    text: str


class DigestQuote(ItemRef):
    kind: Literal["direct", "indirect"] = "direct"
    speaker: str | None = None


class DigestPerson(Model):
    id: str
    name: str
    variants: list[str] = Field(default_factory=list, description="Every form used across articles.")
    articles: list[str] = Field(default_factory=list)
    members: list[ItemRef] = Field(default_factory=list, description="The person entry in each article.")
    quotes: list[DigestQuote] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    ages: list[int] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list, description="Why the entries were merged.")


class DigestPlace(Model):
    id: str
    name: str
    variants: list[str] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)
    members: list[ItemRef] = Field(default_factory=list)
    country: str | None = None
    kind: str | None = None
    geonames_id: int | None = None
    mentions: int = 0


class RecurringQuote(Model):
    id: str
    text: str = Field(description="The wording of the first occurrence.")
    match: Literal["exact", "near", "paraphrase"]
    similarity: float = Field(description="Lowest pairwise wording similarity in the group, 0..1.")
    speaker: str | None = None
    person_id: str | None = Field(None, description="Digest person id of the speaker, when known.")
    occurrences: list[DigestQuote] = Field(default_factory=list)


class DigestFigure(ItemRef):
    value: Number | None = None
    low: Number | None = None
    high: Number | None = None
    unit: str | None = None
    counted: str | None = None
    time: str | None = None
    places: list[str] = Field(default_factory=list)
    attributed_to: str | None = None
    claim_id: str | None = None
    sentence: str | None = None


class FigureGroup(Model):
    id: str
    counted: str = Field(description="What the figures count, in the articles' words (`visitors, Russians`).")
    counted_key: str = Field("", description="The normalised class they share (`person`).")
    place: str | None = Field(None, description="Digest place name the figures share.")
    period: str | None = None
    status: Literal["agree", "conflict", "compare"] = Field(
        description="`agree`/`conflict` for figures about the same time; `compare` when their times differ."
    )
    note: str = ""
    figures: list[DigestFigure] = Field(default_factory=list)


class Digest(Model):
    """Who is quoted where, which quotes recur, where sources agree or disagree on a figure."""

    articles: list[str] = Field(default_factory=list)
    people: list[DigestPerson] = Field(default_factory=list)
    places: list[DigestPlace] = Field(default_factory=list)
    recurring_quotes: list[RecurringQuote] = Field(default_factory=list)
    figures: list[FigureGroup] = Field(default_factory=list)
