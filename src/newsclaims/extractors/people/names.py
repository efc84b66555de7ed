"""Names: finding proper-noun runs NER missed, and trimming an entity down to the bare name."""

from __future__ import annotations

import re
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from newsclaims import gazetteer
from newsclaims.extractors.entities.teams import CLUB_MARKERS
from newsclaims.lexicon.organisations import OUTLETS
from newsclaims.lexicon.people import HONORIFICS, PAGE_VERBS, PARTICLES, PERSON_NOUNS, POSTNOMINALS, TITLES
from newsclaims.pipeline.tokens import POSSESSIVE


@cache
def proper_runs_matcher(vocab: object) -> Matcher:
    """Runs of capitalised proper nouns that NER may have missed (`Oleg received ...`)."""
    matcher = Matcher(vocab)  # type: ignore[arg-type]
    title = {"POS": "PROPN", "IS_TITLE": True}
    glued = {"ORTH": {"IN": ["-", "‐"]}, "SPACY": False}
    matcher.add("PROPN", [
        [{**title, "OP": "+"}],
        # `Inzamam-ul-Haq`, `Jean-Pierre Papin`: hyphenated names, lower-case links included.
        [{**title, "SPACY": False}, glued, {"POS": "PROPN", "SPACY": False}, glued, title],
        [{**title, "SPACY": False}, glued, title],
    ], greedy="LONGEST")
    return matcher


INITIAL_RE = re.compile(r"^(?:[A-Z]\.){1,3}$")
"""An initial or initials: `G.`, `J.P.`."""


def name_shape_evidence(doc: Doc, start: int, end: int) -> bool:
    """Signs that a proper-noun run NER left alone is a person: an initial and a surname
    (`G. Thorpe`), a country or club in brackets after two or three names (`Cedric Pioline
    ( France )`, not followed by a score), or coordination with a person (`Wasim Akram and
    Inzamam-ul-Haq`)."""
    words = doc[start:end].text.split()
    if len(words) >= 2 and INITIAL_RE.match(words[0]) and words[0].lower() not in CLUB_MARKERS \
            and all(w[:1].isupper() for w in words[1:]):
        return True
    if 2 <= len(words) <= 3 and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
            and doc[end + 1].text[:1].isupper() and (doc[end + 1].ent_type_ == "GPE" or not doc[end + 1].is_upper) \
            and not (end + 3 < len(doc) and doc[end + 3].like_num):
        return True
    root = doc[start:end].root
    return (root.dep_ == "conj" and root.head.ent_type_ == "PERSON") or any(
        c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in root.children)


def bare(doc: Doc, start: int, end: int, titles: bool = True) -> tuple[int, int, int]:
    """Trim an entity to the name: outlet credits, titles, `the`, possessives and glued tokens off.

    Returns (title_start, start, end): tokens title_start..start are a title run. `titles=False`
    keeps leading title words (an organisation such as `General Motors` keeps its `General`), but
    not honorifics (`Mr Palmer` tagged as an organisation is still `Palmer`).
    """
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    # `Follow Nina Park on Twitter`: a page's call to the reader opening a line is no part of a name.
    if end - start > 2 and doc[start].lower_ in PAGE_VERBS and (start == 0 or doc[start].is_sent_start):
        start += 1
    # `AFP Viktor Zakharov`: a leading outlet name credits the reporter's source, not part of the name.
    for k in range(min(3, end - start - 1), 0, -1):
        if doc[start:start + k].text.lower() in OUTLETS:
            start += k
            break
    for i in range(start + 1, end):
        if doc[i].text in ("(", "["):
            end = i  # `George (W. Bush`: a bracket ends the name
            break
    title_start = start
    while start < end - 1 and (doc[start].lower_ in HONORIFICS or titles and doc[start].lower_ in TITLES
                               or titles and doc[start].is_sent_start and doc[start].lower_ in PERSON_NOUNS):
        start += 1  # `Interior Minister X`, `Cinematographer John Mathieson` opening a sentence
    while end - start > 1 and (doc[end - 1].lower_ in POSTNOMINALS or doc[end - 1].text == ","):
        end -= 1  # `Philippe Sands QC`
    if end - start > 1 and doc[end - 1].text in POSSESSIVE:
        end -= 1
    # `Twitter's Adam Sharp`: what precedes a possessive inside the entity is the owner, not the name.
    inner = [i for i in range(start, end - 1) if doc[i].text in POSSESSIVE[:2]]
    if inner:
        start = title_start = inner[-1] + 1
    # A token that starts in lower case is glued page text (`warPhoto`) unless it is a particle.
    for i in range(start, end):
        tok = doc[i]
        if tok.text[:1].islower() and tok.lower_ not in PARTICLES \
                and not (i > start and doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_):
            if i == start:
                return title_start, end, end
            end = i
            break
    while end > start and not doc[end - 1].text[:1].isalpha():
        end -= 1
    return title_start, start, end


def clean_text(doc: Doc, start: int, end: int) -> str:
    """The name's text without a possessive ending."""
    text = doc[start:end].text
    for suffix in POSSESSIVE[:2]:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip()


def given_name(tok: Token) -> bool:
    """A capitalised proper noun right before a person entity that NER left out of it."""
    return tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ and tok.whitespace_ == " " \
        and tok.lower_ not in TITLES and tok.lower_ not in OUTLETS and not gazetteer.is_demonym(tok.text) \
        and not gazetteer.load().candidates(tok.text)
