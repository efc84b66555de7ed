"""The cross-article digest (`newsclaims digest`): built from many Article records."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Number = int | float


class Model(BaseModel):
    """Its own strict base (as the record's), so schema/__init__ can re-export this module without a cycle."""

    model_config = ConfigDict(extra="forbid")


class FigureMeasure(Model):
    """What a figure measures: equal measures (with the same place and time) are about the same thing.

    Read from the parsed sentence by `newsclaims.digest.measure.measure_of`; the claims
    extractor can store it on each claim figure (`ClaimFigure.measure`) so that the digest
    need not parse. `args` leave out the article's place names and the claim's source. An
    empty `thing` says the parse found no measure (the digest does not parse it again).
    """

    thing: str = Field(description="The counted thing as a class (`person`, `nomination`).")
    event: str | None = Field(None, description="What happens to it, as a class (`movement` for cross, enter).")
    modifiers: list[str] = Field(default_factory=list, description="What narrows the thing (`oscar`, `net`).")
    args: list[str] = Field(default_factory=list, description="Named arguments of the clause, as keys (`theaviator`).")


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


class DigestOrganisation(Model):
    id: str
    name: str
    variants: list[str] = Field(default_factory=list, description="Full name, short forms and acronyms used.")
    articles: list[str] = Field(default_factory=list)
    members: list[ItemRef] = Field(default_factory=list)
    kind: str | None = None
    country: str | None = None
    mentions: int = 0


class Story(Model):
    """Articles that are versions of one story (a wire copy, a rewrite): one source, not several."""

    id: str
    articles: list[str] = Field(default_factory=list)
    how: list[str] = Field(default_factory=list, description="Why they were joined: `same wording`, shared quotes.")


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
    date: str | None = Field(None, description="The article's date (metadata or dateline), when known.")
    window: str | None = Field(None, description="The dates the figure covers, `start..end`, when they are known.")
    copies: list[str] = Field(default_factory=list, description="Other versions of the story with the same figure.")


class FigureGroup(Model):
    id: str
    counted: str = Field(description="What the figures count, in the articles' words (`visitors, Russians`).")
    counted_key: str = Field("", description="The normalised class they share (`person`).")
    measure: str = Field("", description="What the figures measure: the counted thing, what happens to it, whose.")
    sources: int = Field(0, description="Independent sources: versions of one story count once.")
    place: str | None = Field(None, description="Digest place name the figures share.")
    period: str | None = None
    status: Literal["agree", "conflict", "compare"] = Field(
        description="`conflict`: the same time, values apart; `agree`: values match at a time not known to differ; "
        "`compare`: different or unknown times."
    )
    note: str = ""
    figures: list[DigestFigure] = Field(default_factory=list)


class Digest(Model):
    """Who is quoted where, which quotes recur, where sources agree or disagree on a figure."""

    articles: list[str] = Field(default_factory=list)
    people: list[DigestPerson] = Field(default_factory=list)
    places: list[DigestPlace] = Field(default_factory=list)
    organizations: list[DigestOrganisation] = Field(default_factory=list)
    stories: list[Story] = Field(default_factory=list, description="Articles that are versions of one story.")
    recurring_quotes: list[RecurringQuote] = Field(default_factory=list)
    figures: list[FigureGroup] = Field(default_factory=list)
