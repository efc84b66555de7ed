"""Figure sources: resolved after quotes by attribution's one resolver."""

from __future__ import annotations

from newsclaims.extractors import EXTRACTORS, Context


def test_a_figure_in_a_quote_is_the_speakers(run):
    article = run("“Claims rose 40 percent this year,” said Maria Lopez, the head of the fund.")
    [figure] = [n for n in article.numbers if n.text.startswith("40")]
    assert figure.source == "Maria Lopez"


def test_a_pronoun_source_of_a_figure_is_the_person_it_means(run):
    article = run("Tom Briggs, the mayor, opened the library on Saturday. "
                  "He said 3,000 people had visited in its first week.")
    [figure] = [n for n in article.numbers if n.text.startswith("3,000")]
    assert figure.source == "Tom Briggs"


def test_quotes_figures_and_claims_share_the_articles_one_resolver(nlp):
    doc = nlp("Tom Briggs, the mayor, opened the library on Saturday. He said 3,000 people had visited.")
    ctx = Context.of(doc)
    for extractor in EXTRACTORS:
        setattr(ctx, extractor.provides, extractor.run(doc, ctx))
    resolver = ctx.resolver
    assert resolver is not None and ctx.attribution(doc) is resolver
    [claim] = [c for c in ctx.claims if c.source is not None]
    [quote] = ctx.quotes
    assert claim.source.name == quote.speaker.name == "Tom Briggs"
