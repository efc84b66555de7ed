"""The pure core: a parsed Doc in, an Article record out. No I/O here.

Each extractor package exposes `EXTRACTOR` (see `base.Extractor`); `analyze` runs them in the
order of `EXTRACTORS`, which puts every extractor after the ones it needs. `sources` is a step,
not a list of its own: it gives the numbers their sources once quotes are known.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsclaims.extractors import claims, numbers, organizations, people, places, quotes, sources
from newsclaims.extractors.base import Context, Extractor
from newsclaims.pipeline import parse
from newsclaims.schema import Article, Span, content_hash

EXTRACTORS: tuple[Extractor, ...] = (
    people.EXTRACTOR,
    places.EXTRACTOR,
    organizations.EXTRACTOR,
    numbers.EXTRACTOR,
    quotes.EXTRACTOR,
    sources.EXTRACTOR,
    claims.EXTRACTOR,
)

__all__ = ["EXTRACTORS", "Context", "Extractor", "analyze", "extract"]


def analyze(doc: Doc, source: str = "", **meta: str | None) -> Article:
    """Run every extractor over one parsed article, each after those it needs."""
    ctx = Context.of(doc)
    for extractor in EXTRACTORS:
        setattr(ctx, extractor.provides, extractor.run(doc, ctx))
    return Article(
        source=source,
        content_hash=content_hash(ctx.text),
        text=ctx.text,
        boilerplate=[Span.of(ctx.text, s, e) for s, e in ctx.boilerplate],
        **{extractor.provides: getattr(ctx, extractor.provides) for extractor in EXTRACTORS},
        **meta,
    )


def extract(text: str, nlp: Language, source: str = "") -> Article:
    """Parse and analyse one article text (one longer than `nlp.max_length` is parsed in pieces)."""
    return analyze(next(parse(nlp, [text])), source)
