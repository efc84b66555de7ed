"""The pure core: a parsed Doc in, an Article record out. No I/O here."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsclaims.extractors.claims import extract_claims
from newsclaims.extractors.numbers import extract_numbers
from newsclaims.extractors.people import extract_people
from newsclaims.pipeline import parse, text_of
from newsclaims.extractors.places import extract_places
from newsclaims.extractors.quotes import extract_quotes
from newsclaims.schema import Article, Span, content_hash


def analyze(doc: Doc, source: str = "", **meta: str | None) -> Article:
    """Run every extractor over one parsed article, in dependency order."""
    boilerplate = tuple(doc._.boilerplate)
    text = text_of(doc)
    people = extract_people(doc, boilerplate)
    places = extract_places(doc, boilerplate, people)
    numbers = extract_numbers(doc, boilerplate)
    quotes = extract_quotes(doc, people, boilerplate, text=text)
    claims = extract_claims(doc, people, places, numbers, quotes, boilerplate)
    return Article(
        source=source,
        content_hash=content_hash(text),
        text=text,
        boilerplate=[Span.of(text, s, e) for s, e in boilerplate],
        people=people,
        places=places,
        numbers=numbers,
        quotes=quotes,
        claims=claims,
        **meta,
    )


def extract(text: str, nlp: Language, source: str = "") -> Article:
    """Parse and analyse one article text (one longer than `nlp.max_length` is parsed in pieces)."""
    return analyze(next(parse(nlp, [text])), source)
