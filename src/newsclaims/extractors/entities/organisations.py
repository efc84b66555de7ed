"""Evidence that a name is an organisation: how it is built and how the text uses it.

People and places ask it to leave organisations alone (`Dick Clark Productions said`, `clues from
Google`), and the organisations extractor asks it to take names NER missed. Nothing here knows a
particular organisation: only word classes (heads such as `Commission` or `Inc`, nouns such as
`giant` or `label` that introduce a company, offices such as `chief executive` that only
organisations have) and the constructions around the name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsclaims.lexicon.organisations import (
    INTERNATIONAL,
    NOMINAL_NOUNS,
    NOT_ORG_HEADS,
    ORG_CUE_NOUNS,
    ORG_HEAD_KIND,
    ORG_INTRODUCERS,
    ORG_ROLE_NOUNS,
    OUTLETS,
    PARTIES,
)
from newsclaims.lexicon.people import PERSON_NOUNS, TITLES
from newsclaims.lexicon.speech import SPEECH_VERBS
from newsclaims.pipeline.tokens import POSSESSIVE, SUBJECT_DEPS

INTRODUCERS = ORG_INTRODUCERS | NOMINAL_NOUNS | frozenset(
    "giant engine platform operator carrier retailer maker label insurer lender broadcaster regulator "
    "watchdog conglomerate startup outfit chain network developer publisher manufacturer".split()
)
"""Common nouns right before a name that say what kind of organisation it is: `search giant Google`,
`the monitoring group OVD`, `record label Big Machine`."""

STATEMENT_NOUNS = frozenset("statement release announcement filing communique communiqué".split())
"""What organisations speak in: `X said in a statement`."""

_MODIFIERS = frozenset("vice deputy former acting interim chief senior executive general".split())


def name_kind(text: str) -> str | None:
    """The kind a name's own words give it: an outlet, a party, an international body, or its last word's
    kind (`Electoral Commission` -> government, `Verizon Communications` -> company)."""
    folded = text.casefold().replace("’", "'")
    if folded.startswith("the "):
        folded = folded[4:]
    if folded in OUTLETS:
        return "outlet"
    if folded in INTERNATIONAL:
        return "international"
    if folded in PARTIES:
        return "party"
    words = folded.split()
    if len(words) < 2:
        return None
    if words[-1] in NOT_ORG_HEADS:
        return None
    return ORG_HEAD_KIND.get(words[-1])


def is_event_like(text: str) -> bool:
    """`Six Nations`, `World Cup`, `White Paper`, `Women's Day`: a name of an event, competition or document."""
    words = text.casefold().split()
    return bool(words) and words[-1] in NOT_ORG_HEADS and text.casefold() not in INTERNATIONAL


def introduced(doc: Doc, start: int, end: int) -> bool:
    """A common noun right before the name that classes it as an organisation (`search giant Google`,
    `the website Novaya Gazeta`), or after it in apposition (`Verizon, the telecoms firm`)."""
    if start > 0:
        prev = doc[start - 1]
        if prev.pos_ == "NOUN" and prev.text.islower() and prev.lemma_.lower() in INTRODUCERS \
                and (start <= prev.head.i < end or prev.head.i == prev.i + 1):
            return True
    root = doc[start:end].root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= end and child.pos_ == "NOUN" and child.text.islower() \
                and child.lemma_.lower() in NOMINAL_NOUNS | INTRODUCERS:
            return True
    return False


def owns_org_things(doc: Doc, start: int, end: int, person_named: bool) -> bool:
    """`Google's vice president`, `WorldCom's chief executive`, `Verizon shares`, `a Google spokesperson`,
    `shares in Yahoo`: what organisations have and people do not (spokesmen only for a name NER did not
    call a person: people have spokesmen too)."""
    j = end
    if j < len(doc) and doc[j].text in POSSESSIVE:
        j += 1
    while j < len(doc) and j < end + 4 and doc[j].lower_ in _MODIFIERS and doc[j].text.islower():
        j += 1
    if j < len(doc):
        word = doc[j].lower_
        if word in ORG_CUE_NOUNS or word in ORG_ROLE_NOUNS and (not person_named or "spokes" not in word):
            if doc[j].text.islower() or doc[j].text in ("CEO",):
                return True
    if start >= 2 and doc[start - 1].lower_ == "in" and doc[start - 2].lower_ in ("shares", "stake", "stakes"):
        return True
    return False


def speaks_in_a_statement(doc: Doc, start: int, end: int) -> bool:
    """`X said in a statement`: the subject of a speech verb whose own words are a statement."""
    root = doc[start:end].root
    if root.dep_ not in SUBJECT_DEPS or root.head.lemma_.lower() not in SPEECH_VERBS:
        return False
    verb = root.head
    return any(t.lower_ in STATEMENT_NOUNS for t in verb.subtree if t.i > verb.i and t.i <= verb.i + 5)


def works_at(doc: Doc, start: int) -> bool:
    """`chief financial officer at WorldCom`, `a professor at Yale`: a job title, then `at` the name."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "at":
        return False
    before = doc[k - 1]
    return before.text.islower() and (before.lemma_.lower() in PERSON_NOUNS or before.lower_ in TITLES)


def coordinated_with_orgs(doc: Doc, start: int, end: int) -> bool:
    """`Bloomberg, BBC and BSkyB`: a name in a list whose other members NER calls organisations."""
    root = doc[start:end].root
    others: list[Token] = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        others.append(root.head)
        others += [c for c in root.head.children if c.dep_ == "conj" and c.i != root.i]
    orgs = [t for t in others if t.ent_type_ == "ORG" or t.lower_ in OUTLETS]
    return len(orgs) >= 1 and len(orgs) == len(others)


def org_evidence(doc: Doc, start: int, end: int, person_named: bool = False) -> bool:
    """Any sign in the name or around it that it names an organisation."""
    text = doc[start:end].text
    return name_kind(text) is not None or introduced(doc, start, end) \
        or owns_org_things(doc, start, end, person_named) or speaks_in_a_statement(doc, start, end) \
        or works_at(doc, start)
