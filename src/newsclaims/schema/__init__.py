"""The record `newsclaims extract` writes: the one definition of the output.

`../shared/spec/output.md` names the contract fields; everything else here is
extra and may grow, but a contract field never changes meaning without a new
SCHEMA_VERSION.
"""

from __future__ import annotations

import hashlib
import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from newsclaims.schema.digest import FigureMeasure

SCHEMA_VERSION = "1"

Number = int | float


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Model):
    """A slice of the article text: `text == article[start:end]`, always."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start=start, end=end, text=text[start:end])


class Person(Model):
    id: str
    name: str = Field(description="Fullest form of the name used in the article.")
    aliases: list[str] = Field(default_factory=list, description="Other forms used (surname only, variants).")
    mentions: list[Span] = Field(default_factory=list)
    age: int | None = None
    descriptors: list[str] = Field(default_factory=list, description="`scientist`, `bar owner in Moscow`, ...")
    role: str | None = Field(None, description="Title or office: `Interior Minister`, `spokesman`.")
    origin: str | None = Field(None, description="Where the text says they are from.")
    gender: Literal["female", "male"] | None = Field(
        None, description="Only when the text makes it explicit (pronouns, titles)."
    )


class Place(Model):
    id: str
    name: str = Field(description="Common English form of the place name.")
    aliases: list[str] = Field(default_factory=list, description="Other spellings used in the article.")
    mentions: list[Span] = Field(default_factory=list)
    country: str | None = Field(None, description="ISO 3166-1 alpha-2 code.")
    kind: Literal["continent", "country", "region", "city", "crossing", "landmark", "other"] | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None


OrganizationKind = Literal["company", "government", "party", "outlet", "international", "ngo", "education",
                           "sport", "other"]


class Organization(Model):
    id: str
    name: str = Field(description="Fullest form of the name used in the article (`Customs and Border Protection`).")
    aliases: list[str] = Field(default_factory=list, description="Other forms used, acronyms included (`CBP`).")
    mentions: list[Span] = Field(default_factory=list, description="Every mention, `the company` and `it` included.")
    kind: OrganizationKind | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-2 code, when the text makes it clear.")


class Quantity(Span):
    """A number in the text; `value`, or `low`/`high` for a range, or neither when vague."""

    id: str
    value: Number | None = None
    low: Number | None = None
    high: Number | None = None
    unit: str | None = Field(None, description="Unit name (`km`, `mile`, `percent`, `year`) or ISO 4217 code.")
    qualifier: str | None = Field(None, description="`about`, `over`, `at least`, ... as written.")
    bound: Literal["exact", "approximate", "lower", "upper"] = "exact"
    vague: bool = False
    category: Literal["count", "money", "percent", "measure", "age", "vague"] = "count"
    counted: str | None = Field(None, description="What the figure counts (`Russians`, `cars`).")
    time: Span | None = Field(None, description="When the figure applies, if the clause says.")
    source: str | None = Field(None, description="Who the sentence attributes the figure to.")
    change: Literal["up", "down"] | None = Field(
        None, description="The figure is part of a stated rise (`up`) or fall (`down`); `change_role` says which part.")
    change_role: Literal["amount", "from", "to"] | None = Field(
        None, description="`amount`: by how much it changed (`rose 5%`, `a sharp 3 percent drop`); `from`: the level "
        "before; `to`: the level after (`fell 0.4 per cent to 13,176`: 0.4 is the amount, 13,176 the new level).")
    change_with: list[str] | None = Field(
        None, description="Ids of the other figures of the same change: `from $36,040 ... to $34,935` links the two "
        "levels both ways; an amount and its new level are linked likewise.")


class Speaker(Model):
    name: str = Field(description="Person's or organisation's canonical name, or the description used.")
    person_id: str | None = None
    organization_id: str | None = Field(None, description="The organisation speaking, or the one a spokesperson speaks for.")
    kind: Literal["person", "organisation", "description"] = "person"
    start: int | None = Field(None, description="Span of the words that name the speaker in the text.")
    end: int | None = None
    text: str | None = None


class Quote(Span):
    id: str
    kind: Literal["direct", "indirect"]
    speaker: Speaker | None = None
    cue: Span | None = Field(None, description="The attribution cue: `said`, `told AFP`, `according to`.")
    speaker_from: Literal["sentence", "context"] | None = Field(
        None,
        description="`sentence` when the speaker is named in the quote's sentence; "
        "`context` when resolved from a pronoun, description or a neighbouring paragraph.",
    )


class Source(Model):
    name: str
    person_id: str | None = None
    organization_id: str | None = None
    kind: Literal["person", "organisation", "description"] = "person"
    start: int | None = Field(None, description="Span of the words that name the source in the text.")
    end: int | None = None
    text: str | None = None
    cue: str | None = Field(None, description="How the claim is attributed: `said`, `according to`, ...")


class ClaimFigure(Model):
    """What one figure in a claim is about: the keys the digest compares across articles."""

    number_id: str
    counted: str | None = Field(None, description="What is counted, as written (`Russians`).")
    counted_key: str | None = Field(
        None, description="Normalised class of the counted thing (`person`, `vehicle`, or a lemma)."
    )
    period: Literal["day", "week", "month", "year"] | None = Field(
        None, description="The stretch of time the figure covers (`each day`, `on Friday` -> day)."
    )
    time: Span | None = None
    place_ids: list[str] = Field(default_factory=list, description="Places the clause ties the figure to.")
    measure: FigureMeasure | None = Field(
        None, description="What the figure measures (counted thing, event, modifiers, named arguments), read "
        "from the parsed article; figures with equal measures, places and times are about the same thing. "
        "`thing` is empty when the parse found none; null in records written before extractors stored it.")


ClaimKind = Literal["quantity", "prediction", "correlation_causation", "rules_laws", "personal_experience",
                    "other"]


class Claim(Span):
    """A checkable clause, chosen by one rule: every clause of a sentence whose `score` reaches the
    model's threshold (0.27; 0.30 with word n-grams alone, in pipelines without en_core_web_sm's
    tensor) if it has a verb (page furniture, datelines and dates do not), and every clause with
    a figure, a quotation, a speech verb or `according to`, whatever its score."""

    id: str
    sentence: Span
    kind: ClaimKind = Field(
        description="Full Fact's kind of claim (Konstantinovskiy et al. 2021): `quantity` (in the past or "
        "present), `prediction`, `correlation_causation`, `rules_laws` (current laws or rules of operation), "
        "`personal_experience` or `other`.")
    source: Source | None = None
    number_ids: list[str] = Field(default_factory=list)
    person_ids: list[str] = Field(default_factory=list)
    place_ids: list[str] = Field(default_factory=list)
    organization_ids: list[str] = Field(default_factory=list)
    quote_ids: list[str] = Field(default_factory=list)
    score: float | None = Field(
        None, description="Check-worthiness: the model's calibrated probability (0..1) that a fact-checker "
        "would pick the sentence. Null when the pipeline has no check-worthiness component.")
    reasons: list[str] = Field(
        default_factory=list, description="The evidence a reporter can read, not weighed into the score: "
        "`figure: 1,688, 5,262`, `named source: Finnish Border Guard`, `comparison: compared`, "
        "`superlative: record`, `change over time: rise`, `specific time: on Thursday`, `specific place: Finland` ...")
    figures: list[ClaimFigure] = Field(default_factory=list, description="What each linked number is about.")


class ErrorInfo(Model):
    type: str
    message: str


class Article(Model):
    """One JSON Lines record: everything extracted from one article."""

    schema_version: str = SCHEMA_VERSION
    source: str = Field(description="Path relative to the folder given, `/` separators.")
    content_hash: str | None = Field(None, description="SHA-256 of the article text; keys resume.")
    title: str | None = None
    url: str | None = None
    date: str | None = None
    text: str | None = Field(None, description="The text every span indexes into.")
    boilerplate: list[Span] = Field(default_factory=list, description="Page furniture ignored by extractors.")
    people: list[Person] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    numbers: list[Quantity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    error: ErrorInfo | None = None


def content_hash(text: str) -> str:
    """SHA-256 of the article text: the record's `content_hash`, which keys resume."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def invalid_spans(record: object, text: str, where: str = "") -> list[str]:
    """Every nested {start, end, text} that does not slice `text` exactly (empty when all is well)."""
    if isinstance(record, BaseModel):
        record = record.model_dump()
    bad: list[str] = []
    if isinstance(record, dict):
        if isinstance(record.get("start"), int) and "text" in record:
            start, end, piece = record["start"], record["end"], record["text"]
            if not (0 <= start <= end <= len(text) and text[start:end] == piece):
                bad.append(f"{where}: {start}:{end} does not slice to {piece!r}")
        for key, value in record.items():
            if key != "text":
                bad.extend(invalid_spans(value, text, f"{where}.{key}"))
    elif isinstance(record, list):
        for i, value in enumerate(record):
            bad.extend(invalid_spans(value, text, f"{where}[{i}]"))
    return bad


def json_schema() -> str:
    return json.dumps(Article.model_json_schema(), indent=2)


# The cross-article digest models live in schema/digest.py; re-exported here as the one schema.
from newsclaims.schema.digest import (  # noqa: E402
    Digest,
    DigestFigure,
    DigestOrganisation,
    DigestPerson,
    DigestPlace,
    DigestQuote,
    FigureGroup,
    ItemRef,
    RecurringQuote,
    Story,
)

__all__ = [
    "SCHEMA_VERSION", "Article", "Claim", "ClaimFigure", "ClaimKind", "FigureMeasure", "Digest", "DigestFigure", "DigestPerson", "DigestPlace",
    "DigestOrganisation", "DigestQuote", "ErrorInfo", "FigureGroup", "ItemRef", "Model", "Number", "Person", "Place", "Quantity", "Quote",
    "RecurringQuote", "Source", "Span", "Speaker", "Story", "content_hash", "invalid_spans", "json_schema",
]
