"""What the text says of a person around their name: appositions, ages, head nouns, where they are from."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsclaims import gazetteer
from newsclaims.lexicon.organisations import OUTLETS
from newsclaims.lexicon.people import PERSON_NOUNS, TITLES, plausible_age
from newsclaims.pipeline.tokens import entity_of, sent_end, sent_start

AGE_WORDS = frozenset({"year", "years", "old", "year-old", "years-old"})
AGE_RE = re.compile(r"^(\d{1,3})-years?-old$", re.IGNORECASE)


def age_of(tokens: list[Token]) -> int | None:
    """`35-year-old` (one token or `35 - year - old`), or a bare number between commas."""
    text = "".join(t.text_with_ws for t in tokens).replace(" ", "")
    match = re.search(r"(\d{1,3})-years?-old", text)
    if match:
        return int(match.group(1))
    return None


def description_after(doc: Doc, end: int) -> tuple[list[Token], int | None]:
    """The apposition after a name: `, a 35-year-old scientist from Moscow` (tokens), and `, 29,` ages."""
    if end >= len(doc) or doc[end].text != ",":
        return [], None
    i = end + 1
    age = None
    if i + 1 < len(doc) and doc[i].like_num and doc[i + 1].text in (",", ".", ";") and doc[i].text.isdigit():
        value = int(doc[i].text)
        if plausible_age(value):
            age = value
            i += 2 if doc[i + 1].text == "," else 1
    if i >= len(doc) or doc[i].lower_ not in ("a", "an", "the") and not AGE_RE.match(doc[i].text) \
            and not (doc[i].like_num and i + 1 < len(doc) and doc[i + 1].text == "-"):
        return [], age
    out: list[Token] = []
    stop = sent_end(doc, end)
    while i < min(stop, end + 16):
        tok = doc[i]
        if tok.text in (",", ".", ";", ":", "“", "”", '"', "(", ")", "—", "–") or tok.lower_ in ("who", "which", "that") \
                or (tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBN" and tok.dep_ not in ("amod", "compound")):
            break
        out.append(tok)
        i += 1
    return out, age


def description_before(doc: Doc, start: int, title_start: int) -> list[Token]:
    """What precedes a name in its noun phrase: `35-year-old scientist`, `Putin's spokesman`,
    or a fronted apposition `A 29-year-old sergeant on the Russian reserves, Oleg said`."""
    i = title_start
    out: list[Token] = []
    j = i - 1
    edge = min(doc[start:start + 1].root.left_edge.i, doc[start].head.left_edge.i if doc[start].dep_ == "compound"
               else start)
    first = sent_start(doc, i)
    while j >= 0 and j >= edge and j >= first:
        tok = doc[j]
        if tok.lower_ in OUTLETS or tok.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") \
                and tok.text not in ("-", "’s", "'s") \
                or tok.ent_type_ == "PERSON" and tok.head.i != start and not tok.text.endswith(("’s", "'s")) \
                and not (j + 1 < len(doc) and doc[j + 1].text in ("’s", "'s")):
            break
        out.insert(0, tok)
        j -= 1
    if out or j < 0 or doc[j].text != ",":
        return out
    # A fronted apposition: the sentence starts with a description, then `, Name`.
    head = [t for t in doc[sent_start(doc, start):j] if not t.is_space]
    if head and len(head) <= 12 and head[0].lower_ in ("a", "an") and not any(t.pos_ in ("VERB", "AUX") for t in head):
        return head
    return []


def phrase(tokens: list[Token]) -> str:
    """Tokens as text without a leading article or dangling punctuation."""
    while tokens and (tokens[0].lower_ in ("a", "an", "the", "this", "that") or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in ("ADP", "CCONJ", "DET")):
        tokens = tokens[:-1]
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i: tokens[-1].i + 1].text  # never `doc.text`: it rebuilds the whole text


def head_noun(tokens: list[Token]) -> list[Token]:
    """`35-year-old scientist from Moscow` -> `scientist`; `bar owner in Moscow` -> `bar owner`."""
    cut = next((k for k, t in enumerate(tokens) if t.pos_ == "ADP"), len(tokens))
    core = [t for t in tokens[:cut] if not (t.like_num or t.lower_ in AGE_WORDS or t.text == "-")]
    nouns = [k for k, t in enumerate(core) if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return []
    last = nouns[-1]
    first = last
    while first > 0 and (core[first - 1].pos_ in ("NOUN", "PROPN") or core[first - 1].dep_ == "amod"
                         and core[first - 1].text.islower()) and core[first - 1].ent_type_ not in ("GPE", "NORP"):
        first -= 1
    return core[first:last + 1]


def describes_person(tokens: list[Token]) -> bool:
    """A description whose head noun is a human (`scientist`, `minister`) or that gives an age."""
    head = head_noun(tokens)
    return bool(head) and (head[-1].lemma_.lower() in PERSON_NOUNS or head[-1].lower_ in PERSON_NOUNS
                           or head[-1].lower_ in TITLES) or age_of(tokens) is not None


def origin(tokens: list[Token]) -> str | None:
    """`from Moscow` (or `in Moscow`) inside a description; `an Irkutsk doctor` as a last resort."""
    for prep in ("from", "in", "of"):
        for k, tok in enumerate(tokens[:-1]):
            nxt = tokens[k + 1]
            if tok.lower_ == prep and nxt.ent_type_ in ("GPE", "LOC") or (
                tok.lower_ == prep and nxt.text[:1].isupper() and gazetteer.load().candidates(nxt.text)
            ):
                ent = [t for t in tokens[k + 1:] if t.ent_iob_ != "O" and t.ent_type_ == nxt.ent_type_]
                if nxt.ent_type_ and ent:
                    span = entity_of(nxt) or nxt.doc[nxt.i: nxt.i + 1]
                    return phrase(list(span))
                return nxt.text
    cut = next((k for k, t in enumerate(tokens) if t.pos_ == "ADP"), len(tokens))
    for tok in tokens[:cut]:
        if tok.dep_ in ("compound", "amod") and tok.text[:1].isupper() and (
            tok.ent_type_ in ("GPE", "LOC") or gazetteer.is_major_place(tok.text)
        ):
            return tok.text
        if tok.text[:1].isupper() and gazetteer.is_demonym(tok.text):
            return gazetteer.country_of_demonym(tok.text)
    return None
