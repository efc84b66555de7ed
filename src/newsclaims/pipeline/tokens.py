"""Token-level spaCy idioms the extractors share: dependency-label sets, entities, phrase heads, sentences."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

_T = TypeVar("_T")

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
"""A verb's subject, active or passive."""

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
"""Dependents that modify the noun they hang on (a phrase's head is further right)."""

POSSESSIVE = ("'s", "’s", "'", "’")
"""Possessive endings; the first two are whole tokens after a name (`Putin`, `’s`)."""


def is_subject(token: Token) -> bool:
    return token.dep_ in SUBJECT_DEPS


NAMED = frozenset({"GPE", "ORG", "PERSON", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"})
"""Entity labels of things with a name of their own (not `NORP`: `1,688 Russians` counts people)."""


def is_single_name(token: Token) -> bool:
    """A singular proper name (`Italy`, `Ford`): what a figure beside it cannot count (`Italy 17-28
    Ireland` is a score, not 17 to 28 Italys)."""
    return token.tag_ == "NNP" and token.ent_type_ in NAMED


def entity_of(token: Token) -> Span | None:
    """The entity a token is in, found from its IOB tags (no scan over `doc.ents`)."""
    if token.ent_iob_ in ("O", ""):
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def np_head(token: Token) -> Token:
    """The noun a modifier belongs to: `Border` in `Border Guard` -> `Guard`."""
    while token.dep_ in MODIFIER_DEPS and token.head.i > token.i:
        token = token.head
    return token


def sent_start(doc: Doc, i: int) -> int:
    """First token of the sentence holding token i (`Token.sent` rebuilds every sentence: too slow)."""
    while i > 0 and not doc[i].is_sent_start:
        i -= 1
    return i


def sent_end(doc: Doc, i: int) -> int:
    """One past the last token of the sentence holding token i."""
    i += 1
    while i < len(doc) and not doc[i].is_sent_start:
        i += 1
    return i


def strip_possessive(text: str) -> str:
    """`Vladimir Putin’s` -> `Vladimir Putin` (the name without its possessive ending)."""
    for suffix in POSSESSIVE[:2]:
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def per_doc(doc: Doc, key: str, build: Callable[[Doc], _T]) -> _T:
    """`build(doc)`, computed once per Doc and kept in `doc.user_data` under `key`: a whole-Doc pass
    that several items or extractors ask for stays one pass."""
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = build(doc)
    return found
