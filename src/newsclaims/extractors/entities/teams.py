"""Teams in sports copy: the evidence that a name is a club or side in this article, not a person or a place.

People and places both ask it (`Galatasaray striker Adrian Knup`, `Texas 10 CLEVELAND 8`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsclaims.pipeline.tokens import sent_start

TEAM_ROLES = frozenset(
    "striker midfielder defender goalkeeper keeper goalie forward winger captain skipper manager coach boss "
    "playmaker pitcher quarterback batsman bowler wicketkeeper outfielder infielder shortstop linebacker".split()
)
"""Sports roles that make the name before them a team: `Galatasaray striker Adrian Knup`."""

MATCH_WORDS = frozenset("game match fixture derby replay final semifinal semi-final opener score play".split())
"""Nouns and verbs that make the name after `against` an opponent: `the game against Everton`, `scored
against Chelsea`. Not `win`, `victory`, `defeat` or `clash`: elections and rows have them too (`a win over Smith`)."""

TEAM_PLURALS = frozenset(
    "champions rivals holders hosts visitors neighbours neighbors opponents strugglers newcomers giants minnows "
    "titleholders outsiders favourites favorites underdogs runners-up semifinalists semi-finalists finalists".split()
)
"""Plural nouns that describe a club, not a person, right before its name: `champions Manchester United`
(not any plural: `told reporters Dana Whitlock had fled` names a person)."""

OPPONENT_PREPS = frozenset("against versus".split())
"""Not `vs.`: tennis draws pair people."""

CLUB_MARKERS = frozenset("fc f.c. afc a.f.c. cf c.f. sc s.c. ac a.c. fk sk utd".split())
"""Letters that mark a club's name: `FC Porto`, `Valletta F.C.`, `AC Milan`."""

CLUB_SUFFIXES = frozenset("united city rovers athletic wanderers albion rangers county hotspur".split())
"""Last words of clubs' names that no person's name ends with: `Leeds United`, `Stoke City`. People
ask it (`Kansas City` is a place, never a person); places do not."""

SCORE_RE = re.compile(r"^\d{1,3}-\d{1,3}$")


def team_evidence(doc: Doc, start: int, end: int) -> bool:
    """Signs that a name is a team or club in this article, not a person: a sports role after it
    (`Galatasaray striker Adrian Knup`), a club's plural before it (`champions Manchester United`,
    `rivals Arsenal`), an opponent of a match (`the game against Everton`), one score after it
    (`routed Baltimore 10-3`, `Everton 2 Chelsea 1`), or a club in brackets after a name
    (`Marc Hottiger ( Everton )`)."""
    if any(t.lower_ in CLUB_MARKERS for t in doc[max(0, start - 1):end + 1]):
        return True
    nxt = doc[end] if end < len(doc) else None
    after = doc[end + 1] if end + 1 < len(doc) else None
    prev = doc[start - 1] if start > 0 else None
    if nxt is not None and nxt.lower_ in TEAM_ROLES and after is not None and after.text[:1].isupper() \
            and after.pos_ == "PROPN":
        return True
    if prev is not None and prev.lower_ in TEAM_PLURALS and prev.text.islower() \
            and (nxt is None or nxt.lower_ not in ("and", ",")):
        return True
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 0 and doc[k].lower_ in OPPONENT_PREPS:
        first = sent_start(doc, k)
        if any(t.lemma_.lower() in MATCH_WORDS for t in doc[max(first, k - 3):k]):
            return True
    if nxt is not None and nxt.text == "(" and end + 3 < len(doc) and doc[end + 2].text == ")":
        end += 3  # `Varden Rovers (Norway) 2`: past a country in brackets to the score
        nxt, after = doc[end], doc[end + 1] if end + 1 < len(doc) else None
    if nxt is not None and SCORE_RE.match(nxt.text) and not (after is not None and SCORE_RE.match(after.text)):
        return True  # one score after a name: a result (tennis sets come in twos and threes)
    if results_line(doc, start, end):
        return True
    if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")" and start >= 2 \
            and doc[start - 2].pos_ == "PROPN" and start >= 3 and doc[start - 3].pos_ == "PROPN" \
            and not (after is not None and after.text[:1].isupper() and after.pos_ == "PROPN"):
        return True  # after a full name; not `Prime Minister (Junichiro) Koizumi`, `Jeb (Bush)`
    return False


def _goals(tok: Token | None) -> bool:
    return tok is not None and tok.text.isdigit() and len(tok.text) <= 2


def results_line(doc: Doc, start: int, end: int) -> bool:
    """A name in a line of results, `Everton 2 Chelsea 1`, `Texas 10 CLEVELAND 8`: a team's score
    right after it and, on the same line, the other team's score before it or after the next name."""
    nxt = doc[end] if end < len(doc) else None
    if not _goals(nxt) or "\n" in nxt.text_with_ws or end + 1 >= len(doc):  # type: ignore[union-attr]
        return False
    before = doc[start - 1] if start > 0 else None
    if _goals(before) and "\n" not in before.text_with_ws:  # type: ignore[union-attr]
        return True
    if not doc[end + 1].text[:1].isupper():
        return False
    for tok in doc[end + 2:min(len(doc), end + 9)]:
        if "\n" in tok.text_with_ws and not tok.text.isdigit():
            break
        if _goals(tok):
            return True
    return False


def standings_row(doc: Doc, start: int, end: int) -> bool:
    """A name opening a line of three numbers or more, `BALTIMORE 67 58 .536 5`: a row of a league
    table (callers keep it for names of places: a golfer's `Ernie Els 66 67 68` is a person's row)."""
    if start > 0 and not (doc[start - 1].is_space or "\n" in doc[start - 1].whitespace_):
        return False
    numbers = 0
    for tok in doc[end:min(len(doc), end + 8)]:
        if tok.is_space or "\n" in tok.text:
            break
        if not (tok.like_num or tok.text.lstrip(".-").replace(".", "").isdigit()):
            return False
        numbers += 1
    return numbers >= 3


_PLURAL_FORMS = frozenset("are were have".split())
_CLAUSE_OPENERS = frozenset("but yet so that because while when if as after before since although though \" “".split())


def collective_subject(doc: Doc, start: int, end: int) -> bool:
    """`Leeds United have confirmed`, `Rovers are ...`: a singular name with plural agreement
    names a team or an organisation (British usage); a person never takes it (`Smith have` is no English).
    Not a list (`Smith and Jones have`), a plural name (`the Philippines are`) or a wish (`if Smith were`)."""
    if start > 0 and not doc[start].is_sent_start and doc[start - 1].lower_ not in _CLAUSE_OPENERS:
        return False  # `Darcey Lane and Jon Cope - are`, `the songwriter, Mike Dale have`: one of several
    root = doc[start:end].root
    if root.dep_ != "nsubj" or root.tag_ != "NNP" or root.text.endswith("s") \
            or any(c.dep_ in ("conj", "cc") for c in root.children) or root.dep_ == "conj":
        return False
    verb = root.head
    if verb.i < root.i or any(c.dep_ == "mark" and c.lower_ in ("if", "though") for c in verb.children):
        return False
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > root.i] or [verb]
    first = min(finite, key=lambda t: t.i)
    return first.lower_ in _PLURAL_FORMS and first.tag_ in ("VBP", "VBD")


def club_name(text: str) -> bool:
    """`Leeds United`, `Derby County`: a name of two words or more ending in a club's last word."""
    words = text.split()
    return len(words) > 1 and words[-1].lower() in CLUB_SUFFIXES
