"""Speaker phrases: the words that name a source, and what those words tell (age, gender, kind).

A subject's parse subtree holds more than its name (relative clauses, appositions,
participles); these helpers cut it to the naming words and read the cheap facts
a later pronoun or description is matched against.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsclaims.lexicon.people import PERSON_NOUN_GENDER
from newsclaims.pipeline.tokens import POSSESSIVE, entity_of, strip_possessive
from newsclaims.schema import Speaker

# Children that belong to a subject phrase's name; relative clauses, appositions
# and participles after it describe it instead.
_DROP_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis", "ccomp", "dep"})
_NAME_PREPS = frozenset({"of", "in", "at", "from", "for", "on"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
"""Determiners that make a noun phrase point back to someone already named."""
_FOCUSING = frozenset({"only", "even", "just", "also", "especially", "particularly", "notably", "mainly", "chiefly"})
"""Adverbs that pick out a subject without naming it (`only Sri Lanka`, `even the minister`)."""
_AGE_RE = re.compile(r"(\d{1,3})\s*-?\s*years?\s*-?\s*old")


def phrase_span(head: Token, keep_apposition: bool = False) -> SpacySpan:
    """The words that name a subject: its head with determiners, modifiers and `of`/`in` phrases,
    without the relative clauses, appositions or participles that describe it."""
    doc = head.doc
    dropped: set[int] = set()
    for token in head.subtree:
        if token.i == head.i or token.i in dropped:
            continue
        dep = token.dep_
        if dep == "appos" and keep_apposition and token.head.i == head.i:
            continue
        if dep == "punct" and (token.i < head.i or _inside_word(token)):
            continue
        if dep in _DROP_DEPS or (
            dep == "prep" and token.i > head.i and token.lower_ not in _NAME_PREPS
        ):
            dropped.update(t.i for t in token.subtree)
    start = end = head.i
    while start - 1 >= head.left_edge.i and start - 1 not in dropped:
        start -= 1
    while end + 1 <= head.right_edge.i and (end + 1 not in dropped or doc[end + 1].text == ","
                                            and keep_apposition and end + 2 <= head.right_edge.i
                                            and end + 2 not in dropped):
        end += 1
    while end > start and (doc[end].is_punct or doc[end].lower_ in {"and", "or", "but"}):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].dep_ == "cc"
                           or doc[start].dep_ == "advmod" and doc[start].lower_ in _FOCUSING):
        start += 1  # `only Sri Lanka`: a focusing adverb is not part of the name
    return doc[start:end + 1]


def coordination(head: Token) -> SpacySpan:
    """All of a coordinated phrase (`Sri Lanka, Indonesia and the Seychelles`), when the head has conjuncts."""
    last = head
    while (conj := next((c for c in reversed(list(last.children)) if c.dep_ == "conj"), None)) is not None:
        last = conj
    first = phrase_span(head)
    return head.doc[first.start:max(first.end, phrase_span(last).end)]


def _inside_word(token: Token) -> bool:
    """A hyphen or slash joining two words (`Western-sanctioned`)."""
    doc = token.doc
    return not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_ and token.text in "-/–"


def looks_like_name(doc: Doc, start: int, end: int) -> bool:
    """Guards against nationalities or common words reaching the people list (`a 49-year-old Russian`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ not in ("NORP", "GPE", "DATE") and t.text[:1].isupper() for t in span)


def age_in(text: str) -> int | None:
    """The age a phrase states (`the 36-year-old`)."""
    match = _AGE_RE.search(text.lower())
    return int(match.group(1)) if match else None


def content_words(text: str) -> frozenset[str]:
    """The words a description is matched on (no articles or demonstratives)."""
    return frozenset(w for w in re.findall(r"[a-z][a-z-]+", text.lower()) if w not in DEFINITE | {"a", "an"})


def noun_key(token: Token) -> str:
    """The form a noun is looked up by in the word lists."""
    return token.lemma_.lower() if token.lemma_ else token.lower_


def is_person_noun(token: Token) -> bool:
    """`officer`, `spokeswoman`: a noun for a human being."""
    return noun_key(token) in PERSON_NOUN_GENDER


def possessed_at(text: str, end: int) -> bool:
    """The words ending at `end` are a possessor (`Lund's letter`, `the Russians’ homes`)."""
    return text[end:end + 2] in POSSESSIVE or text[end:end + 1] in ("'", "’")


def speaker_of(span: SpacySpan, kind: str) -> Speaker:
    """A speaker named by its own words, without a possessive ending."""
    text = strip_possessive(span.text)
    start = span.start_char
    return Speaker(name=text, kind=kind, start=start, end=start + len(text),  # type: ignore[arg-type]
                   text=text)


def loose_apposition(name: Token) -> Token | None:
    """`Oleg, the owner of a bar` when the parser did not label the apposition: the noun after the comma."""
    doc = name.doc
    if name.i + 2 >= len(doc) or doc[name.i + 1].text != ",":
        return None
    for token in doc[name.i + 2: min(len(doc), name.i + 6)]:
        if token.pos_ == "NOUN":
            return token if is_person_noun(token) else None
        if token.pos_ not in ("DET", "ADJ", "NUM", "PUNCT", "ADV"):
            return None
    return None


def apposition_gender(head: Token) -> str | None:
    """The gender the first apposition's noun carries (`Sam Hale, a spokeswoman`)."""
    for child in head.children:
        if child.dep_ == "appos":
            return PERSON_NOUN_GENDER.get(noun_key(child))
    return None


def entity_or_token(token: Token) -> SpacySpan:
    """The named entity a token is in, or the token alone."""
    return entity_of(token) or token.doc[token.i:token.i + 1]


def proper_name(head: Token) -> SpacySpan:
    """The run of proper nouns ending at the head (`Valery Klebkin`), without titles before it."""
    doc = head.doc
    start = head.i
    while start - 1 >= 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].head.i == head.i:
        start -= 1
    while start < head.i and doc[start].is_upper and len(doc[start]) > 1:
        start += 1  # an agency glued to the name: `AFP Viktor Zakharov`
    return doc[start:head.i + 1]
