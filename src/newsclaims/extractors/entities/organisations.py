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
    SEATS_OF_POWER,
)
from newsclaims.lexicon.people import TITLES
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

NAMED_THINGS = frozenset(
    "show programme program series film movie album song single book novel play musical documentary sitcom "
    "drama comedy thriller podcast app game festival tour concert award prize trophy factory plant refinery "
    "mine".split()
)
"""Nouns a name before them makes a work, product, event or site, not an institution: `the OneMusic
show`, `its Cowley factory`; after them too: `the drama Vera Drake`."""

STREETS = frozenset("street road avenue lane boulevard square".split())
"""Street names stand for a place or an industry (`Wall Street`); only a seat of power that speaks
(`Downing Street said`) is an organisation."""

JOB_NOUNS = frozenset(
    "officer executive analyst economist strategist professor lecturer researcher scientist director manager "
    "engineer employee worker staff head chief boss partner trader banker lawyer consultant editor reporter "
    "correspondent producer designer developer programmer chairman chairwoman president founder".split()
)
"""What a person is at an organisation (`an analyst at Barclays`; not `inmates at Guantanamo Bay`)."""

PLACE_PREPOSITIONS = frozenset("in near at across around outside inside throughout".split())
"""Prepositions before a list that make its members places, whatever NER read them as."""

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
    if folded in SEATS_OF_POWER:
        return "government"
    words = folded.split()
    if len(words) > 1 and (words[0] in OUTLETS or any(w in ("radio", "tv", "television") for w in words)):
        return "outlet"  # `BBC Radio Five Live`, `Mersey TV`
    if len(words) < 2:
        return None
    if words[-1] in NOT_ORG_HEADS:
        return None
    if words[-1] not in ORG_HEAD_KIND:  # `Department for Culture, Media and Sport`, `Office of X`
        linked = next((k for k, w in enumerate(words) if w in ("of", "for")), 0)
        return ORG_HEAD_KIND.get(words[linked - 1]) if linked > 0 else None
    return ORG_HEAD_KIND.get(words[-1])


LEGAL_SUFFIXES = frozenset(
    "inc inc. incorporated corp corp. corporation co co. ltd ltd. limited plc llc llp lp l.p. ag sa s.a. "
    "nv n.v. gmbh bv b.v. spa s.p.a. pty oyj ab asa".split()
)
"""Words that end only a company's name (`Miss Universe Inc`): a title before it changes nothing."""


def corporate(text: str) -> bool:
    """A name ending in a legal form: `Niugini Mining Ltd`, `Spar AG`, `News Corp`."""
    words = text.casefold().split()
    return len(words) >= 2 and words[-1] in LEGAL_SUFFIXES


def is_event_like(text: str) -> bool:
    """`Six Nations`, `World Cup`, `White Paper`, `Women's Day`, `the Oscars`, `Golden Globe`: a name of an
    event, competition, award or document."""
    words = text.casefold().split()
    return bool(words) and words[-1] in NOT_ORG_HEADS and text.casefold() not in INTERNATIONAL


def names_a_thing(doc: Doc, start: int, end: int) -> bool:
    """`the OneMusic show`, `the Bethan and Huw show`: a name modifying a noun for a work or event."""
    nxt = doc[end] if end < len(doc) else None
    return nxt is not None and nxt.text.islower() and nxt.lemma_.lower() in NAMED_THINGS \
        and doc[end - 1].dep_ in ("compound", "amod", "nmod")


def named_as_a_thing(doc: Doc, start: int) -> bool:
    """`the gritty abortion drama Vera Drake`, `the film X`: a noun for a work right before the name."""
    if start == 0:
        return False
    prev = doc[start - 1]
    return prev.text.islower() and prev.pos_ == "NOUN" and prev.lemma_.lower() in NAMED_THINGS \
        and prev.lemma_.lower() not in ("plant", "factory", "refinery", "mine")


def speaks(doc: Doc, start: int, end: int) -> bool:
    """The name is the subject of a speech verb (`Downing Street said`)."""
    root = doc[start:end].root
    return root.dep_ in SUBJECT_DEPS and root.head.lemma_.lower() in SPEECH_VERBS


def introduced(doc: Doc, start: int, end: int) -> bool:
    """A common noun right before the name that classes it as an organisation (`search giant Google`,
    `the website Novaya Gazeta`), or after it in apposition (`Verizon, the telecoms firm`)."""
    if start > 0:
        prev = doc[start - 1]
        if prev.pos_ == "NOUN" and prev.text.islower() and prev.lemma_.lower() in INTRODUCERS \
                and (start <= prev.head.i < end or prev.head.i == prev.i + 1):
            return True
    if start > 1 and doc[start - 1].text == "(" and doc[start - 2].ent_type_ == "ORG" and end < len(doc) \
            and doc[end].text == ")" and doc[start:end].text.isupper():
        return True  # `the News Agency of Nigeria (NAN)`
    root = doc[start:end].root
    if start > 0 and root.dep_ == "appos" and root.head.i == start - 1 and root.head.pos_ == "NOUN" \
            and root.head.text.islower() and root.head.lemma_.lower() in INTRODUCERS:
        return True  # `the Russian outlet Novaya Gazeta.eu`
    for child in root.children:
        if child.dep_ == "appos" and end < child.left_edge.i <= end + 2 and child.pos_ == "NOUN" and child.text.islower() \
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


def works_at(doc: Doc, start: int, end: int) -> bool:
    """`chief financial officer at WorldCom`, `a professor at Yale`: a job title, then `at` the name."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "at" or doc[start:end].root.dep_ != "pobj":
        return False  # `at US telecoms firm WorldCom`: the firm is the employer, not `US`
    before = doc[k - 1]
    return before.text.islower() and (before.lemma_.lower() in JOB_NOUNS or before.lower_ in TITLES)


def coordinated_with_orgs(doc: Doc, start: int, end: int) -> bool:
    """`Bloomberg, BBC and BSkyB`: a name in a list beside a name NER calls an organisation (or a
    known outlet), and beside no person or place."""
    neighbours = [_list_neighbour(doc, start - 1, -1), _list_neighbour(doc, end, 1)]
    found = [t for t in neighbours if t is not None]
    first = min([start, *(t.i for t in found)])
    if first > 0 and doc[first - 1].lower_ in PLACE_PREPOSITIONS:
        return False  # `abuses in Bucha, Irpin and other cities`: a list of places NER half misread
    return any(t.ent_type_ == "ORG" or t.lower_ in OUTLETS for t in found) \
        and not any(t.ent_type_ in ("PERSON", "GPE", "LOC", "NORP") for t in found)


def _list_neighbour(doc: Doc, i: int, step: int) -> Token | None:
    """The proper noun across one list separator from position i: `and`, `or`, `&`, or a comma
    that the list goes on after (`Bloomberg, BBC and`; not the apposition `Rosenberg, Google's`)."""
    if not 0 <= i < len(doc) or doc[i].text not in (",", "and", "or", "&"):
        return None
    j = i + step
    if 0 <= j < len(doc) and doc[j].text == "and" and doc[i].text == ",":
        j += step
    if not (0 <= j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()):
        return None
    if doc[i].text == "," and doc[j - step].text == ",":
        k = j
        while 0 <= k + step < len(doc) and doc[k + step].pos_ == "PROPN" and doc[k + step].ent_iob_ == "I":
            k += step
        after = doc[k + step] if 0 <= k + step < len(doc) else None
        if after is None or after.text not in (",", "and", "or", "&"):
            return None
    return doc[j]


def org_evidence(doc: Doc, start: int, end: int, person_named: bool = False) -> bool:
    """Any sign in the name or around it that it names an organisation."""
    text = doc[start:end].text
    return name_kind(text) is not None or introduced(doc, start, end) \
        or owns_org_things(doc, start, end, person_named) or speaks_in_a_statement(doc, start, end) \
        or works_at(doc, start, end) or not person_named and coordinated_with_orgs(doc, start, end)


def evidenced_names(doc: Doc) -> set[str]:
    """Texts of the entities that the text uses as organisations somewhere in the article (one pass
    over `doc.ents`): a name that is a company once is a company everywhere (`a Google spokesperson`
    makes `clues from Google` no place)."""
    names = set()
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "GPE", "LOC", "FAC", "PERSON", "PRODUCT"):
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        while end > start and (doc[end - 1].text in POSSESSIVE or not doc[end - 1].text[-1:].isalnum()):
            end -= 1
        if start < end and org_evidence(doc, start, end, person_named=ent.label_ == "PERSON"):
            names.add(doc[start:end].text)
    return names
