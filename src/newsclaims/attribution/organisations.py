"""Organisations as sources: the organisation a subject names, describes or speaks for.

The organisations extractor lists each organisation with every mention (`the company`,
acronyms and `it` included); a subject on one of those mentions is that organisation.
Where it gave none, a nominal subject (`the company said`, `the station said`) takes the
most recent organisation of a compatible kind; an unnamed spokesperson is the speaker as
described (`a spokeswoman for X`, `an X spokesman`, `a company spokesman`) with the
organisation they speak for as `organization_id`; a document (`the report said`) speaks
for the organisation that was last a source.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from newsclaims.attribution.phrases import DEFINITE, noun_key
from newsclaims.attribution.referents import Referent, Referents
from newsclaims.pipeline.spans import SpanIndex
from newsclaims.schema import Organization, Speaker

SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen",
                    "representative", "representatives"})
"""People who speak for an organisation: their words are the organisation's unless they are named."""

# What an organisation is called when the article does not repeat its name, and the kinds it may be.
NOMINAL_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("company", "firm", "group", "label", "insurer", "carrier", "airline", "retailer", "maker",
                     "manufacturer", "developer", "publisher", "studio", "brand", "chain", "business",
                     "corporation", "conglomerate", "operator", "supplier", "lender", "giant"),
                    frozenset({"company"})),
    **dict.fromkeys(("bank",), frozenset({"company", "international", "government"})),
    **dict.fromkeys(("agency", "ministry", "department", "council", "authority", "commission", "regulator",
                     "watchdog", "court", "tribunal", "committee", "bureau", "directorate", "cabinet"),
                    frozenset({"government", "international"})),
    **dict.fromkeys(("party",), frozenset({"party"})),
    **dict.fromkeys(("station", "broadcaster", "network", "channel", "newspaper", "paper", "magazine", "outlet",
                     "website", "site", "publication"), frozenset({"outlet", "company"})),
    **dict.fromkeys(("club", "team", "federation", "league", "union"), frozenset({"sport", "ngo", "other"})),
    **dict.fromkeys(("charity", "organisation", "organization", "foundation", "institute", "association",
                     "coalition"), frozenset({"ngo", "international", "other"})),
    **dict.fromkeys(("university", "school", "college"), frozenset({"education"})),
}

# Nominals that may stand for an organisation of unknown kind (one the organisations list lacks):
# `the court` or `the committee` next to an unrelated company is not that company.
_ANY_KIND = frozenset(n for n, kinds in NOMINAL_KINDS.items() if kinds & {"company", "outlet", "party"})

ISSUED = frozenset({"report", "study", "survey", "analysis", "review", "overview", "audit", "assessment",
                    "research", "findings", "forecast", "filing"})
"""Documents an organisation issues: `the report said` is the issuer's word. (A statement, letter or
email is as often a person's.)"""

_REACH = 3000  # characters back a nominal looks for the organisation it stands for


def kind_fits(noun: str, kind: str | None) -> bool:
    """Whether `the <noun>` can stand for an organisation of that kind (`company`, `outlet` and `party`
    nouns also for one of unknown kind)."""
    return noun in _ANY_KIND if kind is None else kind in NOMINAL_KINDS.get(noun, frozenset())


class OrganisationIndex:
    """The article's organisations by mention, with their kinds."""

    def __init__(self, organizations: list[Organization]) -> None:
        self.mentions = SpanIndex((m.start, m.end, (o, m.start, m.end)) for o in organizations for m in o.mentions)
        self.kinds = {o.id: o.kind for o in organizations}

    def holding(self, position: int) -> tuple[Organization, int, int] | None:
        """The organisation with a mention running over `position`, and that mention's span."""
        found = self.mentions.overlapping(position, position + 1)
        return found[-1] if found else None

    def named_in(self, phrase: SpacySpan) -> tuple[Organization, int, int] | None:
        """The first organisation mentioned inside the phrase, with that mention's span."""
        found = self.mentions.within(phrase.start_char, phrase.end_char)
        return found[0] if found else None


def spokesperson_in(phrase: SpacySpan) -> Token | None:
    """The spokesperson noun of a subject that says whom they speak for (`a spokeswoman for X`, `an X
    spokesman`, `a company spokesman`, `a spokeswoman`). A bare `the spokeswoman` is not one: it points
    back to the spokeswoman met before, as other descriptions do."""
    spokes = next((t for t in phrase if t.pos_ == "NOUN" and (t.lower_ in SPOKES or noun_key(t) in SPOKES)), None)
    if spokes is None or phrase[0].lower_ in DEFINITE and all(
            t.i == spokes.i or t.pos_ in ("DET", "ADJ", "PUNCT") for t in phrase):
        return None
    return spokes


def organisation_speaker(org: Organization, start: int, end: int, text: str) -> Speaker:
    return Speaker(name=org.name, organization_id=org.id, kind="organisation", start=start, end=end,
                   text=text[start:end])


def is_nominal(phrase: SpacySpan, head: Token) -> bool:
    """`the company`, `the station`: a definite common noun that stands for an organisation."""
    return head.pos_ == "NOUN" and head.tag_ not in ("NNS", "NNPS") and noun_key(head) in NOMINAL_KINDS \
        and phrase[0].lower_ in DEFINITE and not any(c.dep_ in ("prep", "poss", "compound") for c in head.children)


def is_document(phrase: SpacySpan, head: Token) -> bool:
    """`the report`, `the statement`: a definite document with no author of its own in the phrase."""
    return head.pos_ == "NOUN" and noun_key(head) in ISSUED and phrase[0].lower_ in DEFINITE \
        and not any(c.dep_ in ("prep", "poss", "compound") for c in head.children)


def nominal_referent(referents: Referents, position: int, noun: str,
                     kinds: dict[str, str | None]) -> Referent | None:
    """The most recent organisation close by that `the <noun>` can stand for."""
    for ref in referents.organisations_before(position):
        if ref.start < position - _REACH:
            return None
        org_id = ref.speaker.organization_id
        kind = kinds.get(org_id) if org_id else None
        if ref.plural:
            continue
        if kind_fits(noun, kind) and kind is not None:
            return ref
        # One of unknown kind (unlisted, or listed as `other`) must have spoken before:
        # `Radio 1 said ... the station said`.
        if kind in (None, "other") and ref.source and kind_fits(noun, None):
            return ref
    return None


def issuing_referent(referents: Referents, position: int) -> Referent | None:
    """Who a bare `the report` comes from: the organisation named as a source most often so far
    (the article's principal source), the most recent of those on a tie."""
    named = [(count, ref.start, -ref.seq, ref) for count, ref in referents.source_organisations.values()
             if ref.start <= position]  # (a phrase resolved twice meets its own first resolution)
    return max(named)[3] if named else None
