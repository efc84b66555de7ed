"""Claims: the clauses a fact-checker would check, with their figures, source and evidence.

Which clauses: every clause of a sentence whose check-worthiness (`scores`, the model's
probability) reaches the model's threshold, if it states something (`units.is_statement`:
not page furniture or a verbless fragment); and every clause with a figure, a quotation,
a speech verb or `according to`, whatever its score, so figures and sources keep their
claim. `units` cuts the article into sentences and clauses; `figures` says what each
figure counts, when, and what it measures; `reasons` lists the evidence; the kind is Full
Fact's (`pipeline.claim_kinds`); the source is attribution's (`claim_source`). This module
assembles them.
"""

from __future__ import annotations

from functools import lru_cache, partial

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span as SpacySpan
from spacy.vocab import Vocab

from newsclaims.attribution import according_cues, claim_source, reporting_verbs
from newsclaims.extractors.base import Context, Extractor
from newsclaims.extractors.claims.figures import PERIOD_WORDS, WEEKDAYS, claim_figures, period_of, \
    place_keys, time_expressions
from newsclaims.extractors.claims.reasons import REASONS, reasons_of
from newsclaims.extractors.claims.scores import SentenceScores
from newsclaims.extractors.claims.units import clause_bounds, clauses, is_statement, units
from newsclaims.pipeline.claim_kinds import claim_kind
from newsclaims.pipeline.matchers import phrase_matcher
from newsclaims.pipeline.spans import SpanIndex
from newsclaims.schema import Claim, Span

__all__ = ["EXTRACTOR", "REASONS", "extract_claims", "is_statement", "period_of"]


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
    number_at = SpanIndex([(n.start, n.end, n) for n in numbers])
    organizations = SpanIndex([(m.start, m.end, o) for o in ctx.organizations for m in o.mentions])
    ages = SpanIndex([(n.start, n.end, n) for n in numbers if n.category == "age"])
    quote_at = SpanIndex([(q.start, q.end, q) for q in quotes])
    scores = SentenceScores(doc)
    not_arguments = place_keys(places)
    claims: list[Claim] = []
    text = ctx.text
    resolver = partial(ctx.attribution, doc)  # the article's one resolver, the quotes' speakers'
    for unit in units(doc, quote_at, boilerplate):
        unit_places = _ids(place_at.within(unit.start_char, unit.end_char))
        unit_times = time_expressions(times.within(unit.start_char, unit.end_char))
        # `a 49-year-old`, `age 65` are DATE entities, but no time a claim is about.
        told_times = [t for t in unit_times if not ages.overlaps(t.start_char, t.end_char)]
        for clause in clauses(unit, quote_at):
            start, end = clause_bounds(doc, clause)
            nums = number_at.within(start, end)
            qs = quote_at.overlapping(start, end)
            speech = reporting_verbs(clause, qs)
            figures = [n for n in nums if n.category != "age"]
            own_cues = cues.within(clause.start_char, clause.end_char)
            score = scores.of(clause)
            if not figures and not qs and not speech and not own_cues \
                    and not (scores.reaches(score) and is_statement(clause)):
                continue
            according = own_cues or cues.within(unit.start_char, unit.end_char)
            source = claim_source(doc, qs, speech, according, resolver)
            person_ids = _ids(mentions.within(start, end))
            if source and source.person_id and source.person_id not in person_ids:
                person_ids.append(source.person_id)
            organization_ids = _ids(organizations.within(start, end))
            if source and source.organization_id and source.organization_id not in organization_ids:
                organization_ids.append(source.organization_id)
            in_clause = list({p.id: p for p in place_at.within(start, end)}.values())
            reasons = reasons_of(clause, figures, qs, speech, source, [p.name for p in in_clause], told_times,
                                 bool(compared.within(start, end)))
            claims.append(
                Claim(
                    id=f"c{len(claims) + 1}", start=start, end=end, text=text[start:end],
                    sentence=Span.of(text, *clause_bounds(doc, unit)), kind=claim_kind(clause, bool(figures)),
                    source=source,
                    number_ids=[n.id for n in nums], person_ids=person_ids, place_ids=_ids(in_clause),
                    organization_ids=organization_ids,
                    quote_ids=[q.id for q in qs], score=score, reasons=reasons,
                    figures=claim_figures(doc, clause, figures, unit_times, unit_places, not_arguments,
                                          source.name if source else None),
                )
            )
    return claims


def _ids(items: list) -> list[str]:
    return list(dict.fromkeys(i.id for i in items))


EXTRACTOR = Extractor(provides="claims", needs=("people", "places", "organizations", "numbers", "quotes"),
                      run=extract_claims)
