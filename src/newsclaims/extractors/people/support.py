"""Whether an individual named only by one word is a person at all.

NER calls many one-word names people: bands (`Nightline's new single`), magazines (`Starboard's
chart`), companies (`forcing Vortexa to add servers`), clubs (`won the cup with Lorient`), film
titles. A real person named by one word only is nearly always shown to be one somewhere in the
article: a title (`Lord Pellow`, `Mr Danvers`), a description (`Oleg, a bar owner`, `his two
sons, Avram and Ezra`), an age, a relation (`Voss's son`), a `he`/`she` that takes them up, a
direct quote they speak, a place beside people named in full (`Osvaldo, Marco Ferri, Nando and
Pieter Kluyt`) or in a match report's shorthand (`( Ferrante 35th )`, `c Hale b Dorn`). Without
any of that, the one-word name is dropped. Names that only modify a noun (`the Bush
administration`, `an annual Marlowe festival`) stay NER's call: the text says nothing more of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsclaims.extractors.entities.teams import TEAM_PLURALS
from newsclaims.extractors.people.evidence import Mention
from newsclaims.lexicon.people import HONORIFICS, PERSON_NOUNS, TITLES
from newsclaims.lexicon.speech import SPEECH_VERBS

_DETERMINERS = frozenset("the a an this that his her their its".split())
_TITLE_WORDS = TITLES | {h.rstrip(".") for h in HONORIFICS}


def one_word(mentions: Iterable[Mention]) -> bool:
    """Every mention of the individual is a single word (`Osvaldo`, `Al-Wakra`)."""
    return all(len(m.text.split()) == 1 for m in mentions)


def _person_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lower_ not in TEAM_PLURALS \
        and (tok.lemma_.lower() in PERSON_NOUNS or tok.lower_ in PERSON_NOUNS)


def conjuncts(tok: Token) -> list[Token]:
    """The whole coordination a token is in: `Osvaldo (2), Marco Ferri, Nando and Pieter Kluyt`."""
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    found, todo = [], [first]
    while todo:
        cur = todo.pop()
        found.append(cur)
        todo.extend(c for c in cur.children if c.dep_ == "conj")
    return found


def _described(mention: Mention) -> bool:
    """A role, an age, a gender word or a description with a human head noun was found around it."""
    if mention.role or mention.age is not None or mention.gender:
        return True
    return any(d.split()[-1].lower() in PERSON_NOUNS and d.split()[-1].lower() not in TEAM_PLURALS
               for d in mention.descriptors if d.split())


def _mention_evidence(doc: Doc, mention: Mention, full_names: frozenset[int]) -> bool:
    """Whether the text around this one mention shows a person (the checks are ordered cheap first)."""
    start, end = mention.start, mention.end
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.lower_.rstrip(".") in _TITLE_WORDS:
        return True  # `Lord Pellow`, `Mr Danvers`, `Prime Minister Kallas`
    if _described(mention):
        return True
    root = doc[start:end].root
    group = conjuncts(root)
    first = group[0]
    if first.dep_ == "appos" and _person_noun(first.head):
        return True  # `his two sons, Avram and Ezra`
    if any(_person_noun(c) for c in first.children if c.dep_ == "appos"):
        return True  # `Avram, a student`
    if root.dep_ == "poss" and _person_noun(root.head):
        return True  # `Voss's son`
    if any(t.i in full_names for t in group if t.i != root.i):
        return True  # beside people named in full
    if _bracketed_name(doc, end) or _addressed(doc, start, end) or _sports_line(doc, start, end) \
            or _quoted_speaker(doc, start, end):
        return True
    # `the Bush administration`, `an annual Marlowe festival`: a modifier NER called a person.
    nxt = doc[end] if end < len(doc) else None
    return root.dep_ == "compound" and nxt is not None and nxt.i == root.head.i and nxt.tag_ == "NN" \
        and any(t.lower_ in _DETERMINERS or t.pos_ == "ADJ" for t in doc[max(0, start - 2):start])


def _bracketed_name(doc: Doc, end: int) -> bool:
    """`Walt (Brennan)`, `Walt (J. Brennan)`: the rest of the name given in brackets right after it."""
    if end + 2 >= len(doc) or doc[end].text != "(":
        return False
    close = next((i for i in range(end + 1, min(len(doc), end + 5)) if doc[i].text == ")"), None)
    inside = doc[end + 1:close] if close else []
    return bool(inside) and all(t.text[:1].isupper() for t in inside) and inside[-1].ent_type_ == "PERSON"


def _addressed(doc: Doc, start: int, end: int) -> bool:
    """`Delia, I'm not going to answer`: a name spoken to, opening a clause before `I` or `you`."""
    opens = start == 0 or doc[start].is_sent_start or doc[start - 1].text in (":", "\"", "“", "'", "‘")
    return opens and end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("i", "you", "we")


def _quoted_speaker(doc: Doc, start: int, end: int) -> bool:
    """`"We are only thinking of winning," Nando added.`: the subject of a speech verb right after a
    closing quotation mark, or before a colon and an opening one (`Nando admitted: "..."`)."""
    verb = doc[start:end].root.head
    if doc[start:end].root.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    before = doc[start - 2:start].text if start >= 2 else ""
    after = doc[verb.i + 1:verb.i + 3].text if verb.i > start else ""
    return before.startswith(",") and before.rstrip()[-1:] in ("\"", "”", "'", "’") \
        or after.startswith(":") and after.rstrip()[-1:] in ("\"", "“")


_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")
_CRICKET = frozenset("c b st lbw".split())


def _sports_line(doc: Doc, start: int, end: int) -> bool:
    """A player in a match report's shorthand: a scorer with the minute (`( Ferrante 35th )`, `Lund 34th ,`),
    a substitute with the minute after the player replaced (`Thomas (Lund 72)`) or a fielder or bowler
    in a scorecard (`c Hale b Dorn 176`)."""
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    if prev is not None and prev.text in ("(", ",") and nxt is not None and _ORDINAL.match(nxt.text):
        return True
    if prev is not None and prev.text == "(" and nxt is not None and nxt.text.isdigit() and int(nxt.text) <= 120 \
            and end + 1 < len(doc) and doc[end + 1].text == ")" and start >= 2 and doc[start - 2].pos_ == "PROPN":
        return True  # a substitute and the minute he came on: `Thomas (Lund 72)`
    if prev is not None and prev.text in _CRICKET and nxt is not None and (nxt.text in _CRICKET or nxt.like_num):
        return True
    return _team_sheet_line(doc, start)


def _team_sheet_line(doc: Doc, i: int) -> bool:
    """A line of a team sheet: `Subs Not Used: ...`, or five commas or more with a substitution in it
    (`Kiely, Young, Perry, Murphy (Euell 78), Holland, ...`)."""
    first = i
    while first > 0 and "\n" not in doc[first - 1].text_with_ws:
        first -= 1
    last = i
    while last + 1 < len(doc) and "\n" not in doc[last].text_with_ws:
        last += 1
    line = doc[first:last + 1]
    if len(line) and line[0].lower_ in _BENCH_WORDS:
        return True
    subs = any(t.text == "(" and k + 3 < len(line) and line[k + 2].text.isdigit() and line[k + 3].text == ")"
               for k, t in enumerate(line))
    return subs and sum(t.text == "," for t in line) >= 5


_BENCH_WORDS = frozenset("subs substitutes replacements".split())


def supported(doc: Doc, mentions: list[Mention], full_names: frozenset[int], gendered: bool) -> bool:
    """Whether a one-word individual has person evidence anywhere in the article. `full_names`
    are the token indices of people named by two words or more; `gendered` that a `he` or `she`
    takes the name up."""
    return gendered or any(_mention_evidence(doc, m, full_names) for m in mentions)
