"""Figure sources, a step after quotes: every figure's source resolved by attribution's one resolver.

The numbers extractor runs first (quotes and claims need its figures) and guesses a figure's
source from its sentence's words; once quotes are known, this step replaces the guess with the
speaker of the quote the figure is in, or with the resolved person or organisation.
"""

from __future__ import annotations

from functools import partial

from spacy.tokens import Doc

from newsclaims.attribution import attribute_figures
from newsclaims.extractors.base import Context, Extractor
from newsclaims.schema import Quantity


def figure_sources(doc: Doc, ctx: Context) -> list[Quantity]:
    """The article's figures, each with its resolved source."""
    if not doc.has_annotation("DEP"):
        return ctx.numbers
    return attribute_figures(doc, ctx.numbers, ctx.quotes, partial(ctx.attribution, doc))


EXTRACTOR = Extractor(provides="numbers", needs=("numbers", "quotes", "people", "organizations"), run=figure_sources)
