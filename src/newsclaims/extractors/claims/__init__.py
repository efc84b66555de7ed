"""Claims: clauses that assert a figure or report what a source says, scored for checking.

`units` cuts the article into sentences and clauses; `figures` says what each figure
counts and when; `reasons` weighs why the clause is worth checking; the source is
attribution's (`claim_source`). This module assembles them.
"""

from __future__ import annotations

from functools import lru_cache, partial

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span as SpacySpan
from spacy.vocab import Vocab

from newsclaims.attribution import according_cues, claim_source, reporting_verbs
from newsclaims.extractors.base import Context, Extractor
from newsclaims.extractors.claims.figures import PERIOD_WORDS, WEEKDAYS, claim_figures, period_of, \
    time_expressions
from newsclaims.extractors.claims.reasons import WEIGHTS, reasons_of, score_of
from newsclaims.extractors.claims.units import clause_bounds, clauses, units
from newsclaims.pipeline.matchers import phrase_matcher
from newsclaims.pipeline.spans import SpanIndex
from newsclaims.schema import Claim, Span

__all__ = ["EXTRACTOR", "WEIGHTS", "extract_claims", "period_of"]


@lru_cache(maxsize=8)
def _matcher(vocab: Vocab) -> PhraseMatcher:
    """Rate phrases and comparisons; built once per vocabulary."""
    # LOWER, not LEMMA: the phrases must also match on pipelines without a lemmatizer.
    rates = ["daily", "weekly", "monthly", "annually", "yearly", "nightly", *WEEKDAYS]
    return phrase_matcher(vocab, "LOWER", {
        "RATE": [(each, period) for each in ("each", "every", "per", "a", "an") for period in PERIOD_WORDS]
        + [(word,) for word in rates],
        "COMPARED": [(verb, to) for verb in ("compared", "compare", "comparing") for to in ("to", "with")],
    })


def extract_claims(doc: Doc, ctx: Context) -> list[Claim]:
    """Every checkable clause of the article, in text order."""
    people, places, numbers, quotes, boilerplate = ctx.people, ctx.places, ctx.numbers, ctx.quotes, ctx.boilerplate
    by_label: dict[str, list[SpacySpan]] = {"RATE": [], "COMPARED": []}
    for m, s, e in _matcher(doc.vocab)(doc):
        by_label[doc.vocab.strings[m]].append(doc[s:e])
    dates = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    cues = SpanIndex([(c.start_char, c.end_char, c) for c in according_cues(doc)])
    compared = SpanIndex([(c.start_char, c.end_char, c) for c in by_label["COMPARED"]])
    times = SpanIndex([(t.start_char, t.end_char, t) for t in dates + by_label["RATE"]])
    mentions = SpanIndex([(m.start, m.end, p) for p in people for m in p.mentions])
    place_at = SpanIndex([(m.start, m.end, p) for p in places for m in p.mentions])
    organizations = SpanIndex([(m.start, m.end, o) for o in ctx.organizations for m in o.mentions])
    number_at = SpanIndex([(n.start, n.end, n) for n in numbers])
    quote_at = SpanIndex([(q.start, q.end, q) for q in quotes])
    text = ctx.text
    resolver = partial(ctx.attribution, doc)  # the article's one resolver, the quotes' speakers'

    claims: list[Claim] = []
    for unit in units(doc, quote_at, boilerplate):
        unit_places = _ids(place_at.within(unit.start_char, unit.end_char))
        unit_times = time_expressions(times.within(unit.start_char, unit.end_char))
        for clause in clauses(unit, quote_at):
            start, end = clause_bounds(doc, clause)
            nums = number_at.within(start, end)
            qs = quote_at.overlapping(start, end)
            speech = reporting_verbs(clause, qs)
            figures = [n for n in nums if n.category != "age"]
            own_cues = cues.within(clause.start_char, clause.end_char)
            if not figures and not qs and not speech and not own_cues:
                continue
            according = own_cues or cues.within(unit.start_char, unit.end_char)
            source = claim_source(doc, qs, speech, according, resolver)
            kind = "both" if figures and (qs or source) else ("quantitative" if figures else "attributed")
            person_ids = _ids(mentions.within(start, end))
            if source and source.person_id and source.person_id not in person_ids:
                person_ids.append(source.person_id)
            organization_ids = _ids(organizations.within(start, end))
            if source and source.organization_id and source.organization_id not in organization_ids:
                organization_ids.append(source.organization_id)
            claim_places = _ids(place_at.within(start, end))
            reasons = reasons_of(clause, figures, qs, speech, source, claim_places, unit_times,
                                 bool(compared.within(start, end)))
            claims.append(
                Claim(
                    id=f"c{len(claims) + 1}", start=start, end=end, text=text[start:end],
                    sentence=Span.of(text, *clause_bounds(doc, unit)), kind=kind, source=source,
                    number_ids=[n.id for n in nums], person_ids=person_ids, place_ids=claim_places,
                    organization_ids=organization_ids,
                    quote_ids=[q.id for q in qs], score=score_of(reasons),
                    reasons=[f"{label} ({weight:+.2f})" for label, weight in reasons],
                    figures=claim_figures(doc, clause, figures, unit_times, unit_places),
                )
            )
    return claims


def _ids(items: list) -> list[str]:
    return list(dict.fromkeys(i.id for i in items))


EXTRACTOR = Extractor(provides="claims", needs=("people", "places", "organizations", "numbers", "quotes"),
                      run=extract_claims)
