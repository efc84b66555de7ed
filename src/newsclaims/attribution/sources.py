"""Sources named by their own words: an organisation, a proper name, or a description.

Used when a subject is neither a known person's mention nor a pronoun nor a definite
description of someone named before: `the transport ministry`, `a Department for
Transport spokesperson`, `AFP`, `a 37-year-old man`.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from newsclaims.attribution.phrases import coordination, entity_or_token, is_person_noun, noun_key, phrase_span, proper_name, \
    speaker_of
from newsclaims.lexicon.organisations import ORG_NOUNS
from newsclaims.schema import Speaker

# `the branches of the Federal Security Service` speaks for the service.
PART_OF = frozenset({"branch", "branches", "office", "offices", "arm", "wing", "unit", "units",
                     "division", "department", "spokesman", "spokeswoman", "spokesperson",
                     "representative", "representatives", "member", "members"})
# Heads so general that the apposition after them is part of the description (`a man, 29,`).
_GENERIC = frozenset({"man", "woman", "person", "source", "official", "one", "resident", "someone"})


def named_source(phrase: SpacySpan, head: Token) -> Speaker:
    """A source named by its own words: an organisation, a proper name, or a description."""
    if head.lower_ in PART_OF or noun_key(head) in PART_OF:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "at"):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.ent_type_ == "ORG":
                    return speaker_of(entity_or_token(obj), "organisation")
    if is_organisation(phrase, head):
        if any(c.dep_ == "conj" for c in head.children):
            return speaker_of(coordination(head), "organisation")  # `Sri Lanka, Indonesia and the Seychelles`
        named = next((c for c in head.children if c.dep_ in ("appos", "compound") and c.i > head.i - 4
                      and c.ent_type_ == "ORG" and c.pos_ == "PROPN"), None)
        if head.pos_ != "PROPN" and named is not None:
            return speaker_of(entity_or_token(named), "organisation")
        return speaker_of(entity_or_token(head) if head.ent_type_ == "ORG" else phrase, "organisation")
    if head.pos_ == "PROPN" or head.ent_type_ == "PERSON":
        return speaker_of(proper_name(head), "person")
    if head.lower_ in _GENERIC or noun_key(head) in _GENERIC:
        phrase = phrase_span(head, keep_apposition=True)
    return speaker_of(phrase, "description")


def is_organisation(phrase: SpacySpan, head: Token) -> bool:
    """Institutions, places speaking as governments, outlets, acronyms (`AFP`, `OVD`)."""
    if head.ent_type_ in ("GPE", "NORP", "LOC", "FAC"):
        return True
    if head.ent_type_ == "ORG" and len(entity_or_token(head)) > 1:
        return True  # `Radio 1 said`; a one-word `ORG` is as often a surname the tagger misread
    if head.pos_ == "NOUN" and is_person_noun(head):
        return False  # `a Department for Transport spokesperson` is a person speaking for it
    if any(noun_key(t) in ORG_NOUNS or t.lower_ in ORG_NOUNS for t in phrase if t.pos_ in ("NOUN", "PROPN")):
        return True
    if head.pos_ == "PROPN":
        return head.is_upper and len(head) > 1 or phrase[0].lower_ == "the"
    return False
