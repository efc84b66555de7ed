"""Titles of works (films, shows, songs, games, books): names NER often calls people, organisations
or places (`Harry Potter and the Prisoner of Azkaban`, `GTA: San Andreas`, `Spider-Man 2`).

People, places and organisations all leave them alone. Nothing here knows a title: only how titles
are written (a colon between two capitalised runs inside a sentence, a sequel number, function
words written with a capital) and how the text uses them (after or before a noun for a work, in a
list under one, as what a nomination or a performance is for).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsclaims.extractors.entities.organisations import NAMED_THINGS
from newsclaims.extractors.entities.teams import results_line, standings_row
from newsclaims.lexicon.organisations import ORG_HEAD_KIND, OUTLET_HEADS
from newsclaims.lexicon.people import TITLES
from newsclaims.pipeline.tokens import per_doc

WORK_NOUNS = NAMED_THINGS - {"factory", "plant", "refinery", "mine", "festival", "award", "prize", "trophy", "tour"} \
    | frozenset("release title track hit soap serial sequel shooter episode opera production".split())
"""Nouns for works: a name in apposition or in a list under one is a title (`new releases, GoldenEye`)."""

AWARD_NOUNS = frozenset("nomination award prize oscar bafta emmy grammy globe nominate shortlist".split())
"""What a title is nominated `for`: `three Oscar nominations for Secrets and Lies`."""

ROLE_NOUNS = frozenset("role performance part cameo star appear feature".split())
"""What a work is what someone plays `in`: `her performance in Hotel Rwanda`."""

TITLE_WORDS = frozenset(
    "to be without in this that they it is are was have has do does know must with into my your our we you "
    "not what how when why".split()
)
"""Function words that a title writes with a capital (`Learn To Be Lonely`) and names of people,
organisations and places almost never do."""

NUMBERED_NAMES = OUTLET_HEADS | frozenset(ORG_HEAD_KIND) | frozenset(
    "channel radio bbc itv division league section article class group stage terminal gate flight platform "
    "route phase level grade formula apollo".split()
)
"""Words a number after them does not make a sequel: `Channel 4`, `Radio 2`, `Division 2`."""

_SEQUEL = re.compile(r"^(?:[2-9]|II|III|IV|V|VI)$")
_SCORE_LINKS = frozenset("- – / : . (".split())


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


def _line_start(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].is_space


def headline_line(doc: Doc, i: int) -> bool:
    """Token i is on a line written in title case (`Woman Steps Forward With Bombshell Claim`), where a
    capital says nothing about a name."""
    start = i
    while not _line_start(doc, start):
        start -= 1
    end = i + 1
    while end < len(doc) and not _line_start(doc, end):
        end += 1
    words = [t for t in doc[start:end] if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def work_tokens(doc: Doc) -> frozenset[int]:
    """Tokens of titles found by their shape, in one pass: `GTA: San Andreas` and `Need for Speed:
    Underground` inside a sentence, `Learn To Be Lonely`. Headline lines, written in title case, are left out.
    Found once per Doc: people, places and organisations all ask."""
    return per_doc(doc, "newsclaims.work_tokens", _find_work_tokens)


def _find_work_tokens(doc: Doc) -> frozenset[int]:
    found: set[int] = set()
    for tok in doc:
        if tok.text == ":" and tok.i > 0 and not doc[tok.i - 1].whitespace_ and tok.i + 1 < len(doc) \
                and _capital(doc[tok.i + 1]) and doc[tok.i - 1].is_alpha and _capital(doc[tok.i - 1]):
            left = _run(doc, tok.i - 1, -1)
            if _line_start(doc, left) or headline_line(doc, tok.i):
                continue  # `Q&A: Malcolm Glazer`, `Goldsmith: 'I was not leant on'`: a label, not a title
            found.update(range(left, _run(doc, tok.i + 1, 1) + 1))
        elif tok.lower_ == "and" and _and_the_of(doc, tok.i):
            found.update(range(_run(doc, tok.i - 1, -1), _run(doc, tok.i + 2, 1) + 1))
        elif tok.lower_ in TITLE_WORDS and tok.text[:1].isupper() and not tok.is_sent_start \
                and 0 < tok.i < len(doc) - 1 and _capital(doc[tok.i - 1]) and doc[tok.i - 1].is_alpha \
                and _capital(doc[tok.i + 1]) and not headline_line(doc, tok.i):
            found.update(range(_run(doc, tok.i, -1), _run(doc, tok.i, 1) + 1))
    return frozenset(found)


def _and_the_of(doc: Doc, i: int) -> bool:
    """`Toby Marsh and the Lantern of Quillwood`: `and the X of Y`
    between capitalised words, where X is no title, office or organisation (`Blair and the Prince of
    Wales`, `Sony and the University of Tokyo`) and Y no place."""
    if not (0 < i and i + 4 < len(doc) and doc[i].text == "and" and doc[i + 1].text == "the"
            and doc[i + 3].text == "of" and _capital(doc[i - 1]) and doc[i - 1].is_alpha):
        return False
    noun, tail = doc[i + 2], doc[i + 4]
    if tail.lower_ == "the" and i + 5 < len(doc):
        tail = doc[i + 5]
    return noun.is_title and tail.is_title and not headline_line(doc, i) \
        and noun.lower_ not in TITLES and noun.lower_ not in ORG_HEAD_KIND \
        and noun.lower_ not in NAMED_THINGS and tail.ent_type_ not in ("GPE", "LOC", "NORP")


def _run(doc: Doc, i: int, step: int) -> int:
    """The last index of the run of capitalised words (with `of`, `the`, `for`, `and` between capitals)
    from token i in direction step."""
    j = i
    while 0 <= j + step < len(doc):
        nxt = doc[j + step]
        if _capital(nxt) and (nxt.is_alpha or nxt.like_num or "-" in nxt.text) and not nxt.is_space:
            j += step
        elif nxt.lower_ in ("of", "the", "for", "and", "a") and nxt.text.islower() and 0 <= j + 2 * step < len(doc) \
                and _capital(doc[j + 2 * step]) and doc[j + 2 * step].is_alpha:
            j += step
        else:
            break
    return j


def sequel(doc: Doc, start: int, end: int) -> bool:
    """`Spider-Man 2`, `Half-Life 2`, `Doom 3`: a name ending in a sequel's number (not `Channel 4`)."""
    if end < len(doc) and _SEQUEL.match(doc[end].text):
        end += 1  # the number left out of the name: `Spider-Man` `2`
    after = doc[end] if end < len(doc) else None
    if after is not None and (after.text in _SCORE_LINKS or after.like_num or after.text[:1].isupper()):
        return False  # `G. Rose 7-73`, `Florida 3 Montreal 2`: a score or a result, not a sequel
    return end - start >= 2 and _SEQUEL.match(doc[end - 1].text) is not None \
        and doc[end - 2].lower_ not in NUMBERED_NAMES and doc[end - 2].is_alpha \
        and not results_line(doc, start, end - 1) and not standings_row(doc, start, end - 1)


def _first_conjunct(tok: Token, deps: tuple[str, ...] = ("conj",)) -> Token:
    """The head of the list a name is in; with `appos` also through appositions (`50 First Dates,
    Night Tide: Part Two, Morvena and The Lamp Keeper`)."""
    while tok.dep_ in deps and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _work_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.text.islower() and tok.lemma_.lower() in WORK_NOUNS


def in_work_context(doc: Doc, start: int, end: int) -> bool:
    """The text uses the name as a title: in apposition or a list under a noun for a work (`new
    releases, GoldenEye and Killzone`, `programmes such as Eastenders`, `will include Kill Bill`),
    before one (`The Phantom of the Opera movie`), as what a nomination is for (`nominations for
    Secrets and Lies`) or a performance is in (`her performance in Hotel Rwanda`)."""
    nxt = doc[end] if end < len(doc) else None
    root = _first_conjunct(doc[start:end].root)
    if nxt is not None and _work_noun(nxt) and nxt.i in (doc[end - 1].head.i, root.head.i):
        return True
    head = root.head
    if root.dep_ == "appos" and _work_noun(head):
        return True
    if any(c.dep_ == "appos" and _work_noun(c) and doc[c.i - 1].text != "-" for c in doc[start:end].root.children):
        return True  # `Hope Lane, the school-based drama serial`
    if root.dep_ == "pobj" and head.lower_ in ("as", "like", "including"):
        noun = head.head
        if noun.lower_ == "such" or noun.dep_ == "amod":
            noun = noun.head
        if head.i > 0 and doc[head.i - 1].lower_ == "such":  # `programmes from last week such as X`
            return any(_work_noun(t) for t in doc[max(doc[head.i].sent.start, head.i - 9):head.i])
        return _work_noun(noun)
    top = _first_conjunct(root, ("conj", "appos"))
    if top.dep_ == "dobj" and top.head.lemma_.lower() in ("include", "feature"):
        return any(c.dep_ in ("nsubj", "nsubjpass") and _work_noun(c) for c in top.head.children)
    if root.dep_ == "pobj" and head.lower_ == "for":  # `nominations for X`, `received nominations for X`
        verb = head.head
        return verb.lemma_.lower() in AWARD_NOUNS or verb.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in AWARD_NOUNS for c in verb.children)
    if root.dep_ == "pobj" and head.lower_ == "in":
        return head.head.lemma_.lower() in ROLE_NOUNS
    return False


def is_work(doc: Doc, start: int, end: int, works: frozenset[int]) -> bool:
    """Any evidence that tokens start..end name a work."""
    return any(i in works for i in range(start, end)) or sequel(doc, start, end) \
        or in_work_context(doc, start, end)
