"""Organisations: one entry per named institution, with every mention, acronyms and nominals included.

Runs after people and places, which leave organisations alone on the same evidence
(`extractors.entities.organisations`); what NER calls an organisation and they did not take,
and names the text uses as organisations (`search giant Google`, `X said in a statement`,
`Google's vice president`), are the candidates. Then:
- every other use of a form found is a mention (`Google`, later `Google's`);
- acronyms join the name they abbreviate (`Asian Development Bank (ADB)`, `EU` by initials);
- shorter forms that end a longer name join it (`Radio 1` of `BBC Radio 1`);
- `the company`, `the agency`, `the club` join the most recent organisation whose kind fits.
Not organisations: events, competitions and documents (`Six Nations`, `White Paper`), lone
generic words (`the Government`), people and places.

Modules: `candidates`, `acronyms`, `grouping`, `nominals`, `kinds` (kind and country).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsclaims.extractors.base import Context, Extractor
from newsclaims.extractors.entities.labels import label, labels
from newsclaims.extractors.entities.occurrences import occurrences
from newsclaims.extractors.entities.organisations import name_kind
from newsclaims.extractors.organizations.acronyms import link, untagged
from newsclaims.extractors.organizations.candidates import (
    Mention,
    blocked_tokens,
    candidates,
    is_acronym,
    split_pairs,
)
from newsclaims.extractors.organizations.grouping import fullest, group
from newsclaims.extractors.organizations.kinds import country_of, kind_of
from newsclaims.extractors.organizations.nominals import nominal_mentions, resolve
from newsclaims.lexicon.organisations import ORG_CUE_NOUNS, ORG_ROLE_NOUNS
from newsclaims.pipeline import text_of
from newsclaims.pipeline.boilerplate import inside
from newsclaims.schema import Organization, Span

__all__ = ["EXTRACTOR", "extract_organizations"]


def extract_organizations(doc: Doc, ctx: Context) -> list[Organization]:
    """Named organisations, each with all its mentions, aliases, kind and country."""
    text = text_of(doc)
    entities = [*ctx.people, *ctx.places]
    blocked = blocked_tokens(doc, [(m.start, m.end) for e in entities for m in e.mentions])
    other_forms = {f for e in entities for f in (e.name, *e.aliases)}
    named = [m for m in candidates(doc, blocked, ctx.boilerplate)  # a city's name may be its club's too
             if m.team or m.text not in other_forms and m.text.removesuffix("s") not in other_forms]
    named = split_pairs(doc, text, named)
    taken = {i for m in named for i in range(m.start, m.end)}
    links = link(doc, named)
    names = list(dict.fromkeys(m.text for m in named if not m.acronym))
    named += untagged(doc, links, names, blocked | taken)
    links = link(doc, named)
    named += _propagate(doc, text, {m.text for m in named}, blocked | taken, ctx.boilerplate)
    groups = [g for g in group(named, links) if not _technical_term(doc, g)]

    kinds = [kind_of(doc, members, fullest(members)) for members in groups]
    index = sorted((m.start, g, kinds[g]) for g, members in enumerate(groups) for m in members)
    for mention, g in resolve(nominal_mentions(doc, blocked | taken), index):
        groups[g].append(mention)

    organizations = []
    for g, members in enumerate(groups):
        named_members = [m for m in members if not m.nominal]
        name = label(fullest(named_members))
        spans = sorted({(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])) for m in members})
        organizations.append(Organization(
            id=f"o{g + 1}",
            name=name,
            aliases=labels((m.text for m in named_members), leave_out=name),
            mentions=[Span.of(text, s, e) for s, e in spans],
            kind=kinds[g],  # type: ignore[arg-type]
            country=country_of(doc, members),
        ))
    return organizations


def _technical_term(doc: Doc, members: list[Mention]) -> bool:
    """`RFID tags`, `VHS tapes`, `3D films`: an acronym the article never expands and only ever uses
    to modify a common noun names a technology or format, not an organisation."""
    if not all(m.acronym for m in members) or any(name_kind(m.text) for m in members):
        return False
    for m in members:
        nxt = doc[m.end] if m.end < len(doc) else None
        if nxt is None or not nxt.text.islower() or nxt.pos_ != "NOUN" or doc[m.end - 1].dep_ != "compound" \
                or nxt.lower_ in ORG_CUE_NOUNS | ORG_ROLE_NOUNS:
            return False
    return True


def _propagate(doc: Doc, text: str, forms: set[str], taken: set[int],
               boilerplate: tuple[tuple[int, int], ...]) -> list[Mention]:
    """Other uses of every form found, outside people, places and mentions already made."""
    found = []
    for start, end in occurrences(text, {f for f in forms if len(f) > 1}):
        span = doc.char_span(start, end)
        if span is None or any(i in taken for i in range(span.start, span.end)) or inside(boilerplate, start, end):
            continue
        if span[0].pos_ not in ("PROPN", "NOUN", "X") and not span[0].ent_type_:
            continue
        found.append(Mention(span.start, span.end, span.text, acronym=is_acronym(span.text)))
        taken.update(range(span.start, span.end))
    return found


EXTRACTOR = Extractor(provides="organizations", needs=("people", "places"), run=extract_organizations)
