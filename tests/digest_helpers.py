"""Small hand-built records for the digest tests (the digest reads records, not text)."""

from __future__ import annotations

from newsclaims.schema import Article, Person, Place, Quote, Span, Speaker
from newsclaims.schema.digest import FigureMeasure

# The two AFP versions of one story among the seed articles.
AFP = {"000_c7b8f659fbe01d1d.txt", "001_778bbb137ffcf9e7.txt"}


def span_of(text: str, part: str) -> Span:
    start = text.index(part)
    return Span.of(text, start, start + len(part))


def place_record(source: str, text: str, names: list[str], country: str | None = None) -> Article:
    places = [Place(id=f"l{i}", name=n, country=country, mentions=[span_of(text, n)]) for i, n in enumerate(names, 1)]
    return Article(source=source, text=text, places=places)


def quote_record(source: str, text: str, name: str, quote: str, age: int | None = None) -> Article:
    person = Person(id="p1", name=name, age=age, mentions=[span_of(text, name)])
    span = span_of(text, quote)
    speaker = Speaker(name=name, person_id="p1", start=person.mentions[0].start, end=person.mentions[0].end,
                      text=name)
    return Article(source=source, text=text, people=[person],
                   quotes=[Quote(id="q1", kind="direct", speaker=speaker, **span.model_dump())])


def with_measures(article: Article, measures: dict[tuple[str, str], FigureMeasure]) -> Article:
    """The record as a newer claims extractor writes it: each claim figure with its `measure`.

    `model_copy(update=...)` sets the field whether or not this version of `ClaimFigure`
    declares it yet (it is not validated), as records from such an extractor would read.
    """
    claims = []
    for claim in article.claims:
        figures = [f.model_copy(update={"measure": measures[(claim.id, f.number_id)]})
                   if (claim.id, f.number_id) in measures else f for f in claim.figures]
        claims.append(claim.model_copy(update={"figures": figures}))
    return article.model_copy(update={"claims": claims})


def store_measures(record: dict, measures: dict[tuple[str, str], FigureMeasure]) -> dict:
    """A record's JSON object with each claim figure's measure in it (by claim id and number id)."""
    for claim in record.get("claims") or []:
        for fig in claim.get("figures") or []:
            found = measures.get((claim["id"], fig["number_id"]))
            if found is not None:
                fig["measure"] = found.model_dump()
    return record


def conflicting_pair(run) -> tuple[Article, Article]:  # type: ignore[no-untyped-def]
    """Two articles of one day that give different daily crossings into Norway and share a quote."""
    a = run("About 7,000 travellers crossed into Norway each day, the border police said. "
            "“We will not back down,” said Anna Berg.")
    b = run("Only 2,000 people crossed into Norway each day, according to a union. "
            "“We will not back down,” Anna Berg said.")
    a.source, b.source = "a.txt", "b.txt"
    a.date = b.date = "2024-03-01"
    return a, b
