"""Claims: sentences that assert a figure or report what a source says."""

from __future__ import annotations

from spacy.tokens import Doc

from newsclaims.schema import Claim, Person, Place, Quantity, Quote, Source, Span


def _within(item: Span, start: int, end: int) -> bool:
    return start <= item.start and item.end <= end


def extract_claims(
    doc: Doc,
    people: list[Person],
    places: list[Place],
    numbers: list[Quantity],
    quotes: list[Quote],
) -> list[Claim]:
    claims = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        nums = [n for n in numbers if _within(n, start, end)]
        qs = [q for q in quotes if q.start < end and start < q.end]
        if not nums and not qs:
            continue
        kind = "both" if nums and qs else ("quantitative" if nums else "attributed")
        speaker = next((q.speaker for q in qs if q.speaker), None)
        source = Source(name=speaker.name, person_id=speaker.person_id, kind=speaker.kind) if speaker else None
        reasons = [f"{len(nums)} figure(s)"] * bool(nums) + ["named source"] * bool(source)
        span = Span.of(doc.text, start, end)
        claims.append(
            Claim(
                id=f"c{len(claims) + 1}", start=start, end=end, text=span.text, sentence=span,
                kind=kind, source=source,
                number_ids=[n.id for n in nums],
                person_ids=[p.id for p in people if any(_within(m, start, end) for m in p.mentions)],
                place_ids=[p.id for p in places if any(_within(m, start, end) for m in p.mentions)],
                quote_ids=[q.id for q in qs],
                score=round(min(1.0, 0.4 * bool(nums) + 0.3 * bool(source) + 0.1 * len(nums)), 2),
                reasons=reasons,
            )
        )
    return claims
