"""Definite descriptions: `the officer`, `the 36-year-old`, `the senator` take the person they fit.

A description fits a person by age, by a word of the person's descriptors or role, or
by gender; the most recent person that fits wins. A role description that is a
sentence's subject and fits exactly one person named before it (`The president praised
the deal.`) is remembered as that person, so a later `he` finds them. One that comes before
anybody is named (a lead: `The country's top judge has clashed with ministers.`) is the
person the next sentences name as their subject (`Lord Ames said ...`).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsclaims.attribution.phrases import DEFINITE, content_words, noun_key, phrase_span
from newsclaims.attribution.referents import Referent, Referents
from newsclaims.lexicon.people import PERSON_NOUN_GENDER
from newsclaims.pipeline.tokens import sent_start

_AGE_WORDS = frozenset({"young", "old", "year-old"})
QUALIFIERS = frozenset({"shadow", "former", "deputy", "vice", "assistant", "junior", "acting", "interim", "ex",
                        "outgoing", "incoming", "opposition"})
"""Words that make a role another role: `shadow foreign secretary`, `deputy mayor`."""
_OTHER_ROLE = frozenset({"shadow", "deputy", "vice", "assistant", "junior"})
"""Qualifiers that name a different post (`the deputy mayor` is never the mayor); `former` may be the same person."""
LEAD_REACH = 2
"""Sentences after a lead's description (`The country's top judge has ...`) that may name who it is."""


def described_person(referents: Referents, phrase: SpacySpan, head: Token, age: int | None) -> Referent | None:
    """The person a definite description (`the nurse`, `the 61-year-old`) points back to."""
    gender = PERSON_NOUN_GENDER.get(noun_key(head))
    words = content_words(phrase.text) - _AGE_WORDS
    position = phrase.start_char
    genders = None if gender is None else (None, gender)

    def gender_fits(ref: Referent) -> bool:
        return gender is None or ref.gender in genders  # type: ignore[operator]

    if age is not None:
        same_age = referents.latest_with_age(position, age, gender_fits)
        if same_age is not None:
            return same_age
    def fits(ref: Referent) -> bool:
        return gender_fits(ref) and (age is None or ref.age is None)

    described = _best_described(referents, position, words, fits)
    if described is not None or words & _OTHER_ROLE:
        return described  # `the vice president` with no vice president named before: someone new
    # `Smith was wrong, the senator said`: someone else in the description's own sentence
    # is not who it describes, unless the description fits them.
    here = sent_start(phrase.doc, phrase.start)
    aged = None if age is None else False
    return next((r for r in referents.persons_before(position, genders, aged) if r.sentence != here), None)


def _best_described(referents: Referents, position: int, words: frozenset[str],
                    fits: Callable[[Referent], bool]) -> Referent | None:
    """The person a description's words fit best: the most words shared (`former` and other qualifiers
    are no evidence), then the most recent. `the foreign secretary` is not the shadow foreign secretary:
    a qualifier the description lacks makes a weaker fit than none; one it has, the person must have."""
    core = words - QUALIFIERS
    if not core:
        return referents.latest_with_word(position, words, fits)
    # `the vice president` is not the president: a qualifier the description has, the person must have too.
    wanted = words & _OTHER_ROLE

    def qualified(r: Referent) -> bool:
        return fits(r) and wanted <= r.words

    for check in (lambda r: qualified(r) and not (r.words & QUALIFIERS) - words, qualified):
        found = [r for w in core if (r := referents.latest_with_word(position, (w,), check)) is not None]
        if found:
            return max(found, key=lambda r: (len(core & r.words), r.start, -r.seq))
    return None


def role_subjects(doc: Doc, in_quote: Callable[[int], bool]) -> Iterator[SpacySpan]:
    """Subjects like `The president` or `The country's top judge` outside quotations: a definite singular
    person noun (a possessor that is no person, `Smith's lawyer` being someone else's)."""
    for token in doc:
        if token.dep_ != "nsubj" or token.pos_ != "NOUN" or token.tag_ == "NNS" or in_quote(token.idx):
            continue
        if noun_key(token) not in PERSON_NOUN_GENDER or not any(
                c.lower_ in DEFINITE and c.dep_ == "det" or _institutional_possessor(c) for c in token.children):
            continue
        yield phrase_span(token)


def _institutional_possessor(token: Token) -> bool:
    """`the country's`, `Britain's`, `the BBC's` before a role: a place or body, not a person."""
    if token.dep_ != "poss" or token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ == "PERSON":
        return False
    return token.ent_type_ in ("GPE", "LOC", "ORG", "NORP") or any(
        c.lower_ in DEFINITE and c.dep_ == "det" for c in token.children)


def following_sentences(doc: Doc, i: int, count: int = LEAD_REACH) -> tuple[int, int]:
    """Characters of the `count` sentences after the one holding token i."""
    j = i + 1
    while j < len(doc) and not doc[j].is_sent_start:
        j += 1
    start, seen = j, 0
    while j < len(doc):
        if doc[j].is_sent_start:
            seen += 1
            if seen > count:
                break
        j += 1
    start_char = doc[start].idx if start < len(doc) else len(doc.text)
    return start_char, doc[j - 1].idx + len(doc[j - 1]) if j > start else start_char


class RoleFits:
    """Which single person a role description fits, for descriptions met in text order.

    Sweeps the article once: each referent joins the per-word tallies when the sweep passes
    its end, so a question costs its own words, not the referents before it.
    """

    def __init__(self, referents: Referents) -> None:
        self.referents = referents
        self.pending = [(r.end, r.seq, r) for r in referents if r.is_person]
        heapq.heapify(self.pending)
        self.identities: dict[str, list[str]] = {}  # at most two: one is all a question needs
        self.latest: dict[str, Referent] = {}
        self.position = -1

    def add(self, ref: Referent) -> None:
        """A referent remembered after the sweep began."""
        if ref.is_person and not ref.possessive:
            heapq.heappush(self.pending, (ref.end, ref.seq, ref))

    def only_person(self, position: int, words: frozenset[str]) -> Referent | None:
        """The most recent person referent ending by `position` that shares a word, when all such are one person."""
        if position < self.position:
            return self._scan(position, words)
        self.position = position
        while self.pending and self.pending[0][0] <= position:
            self._absorb(heapq.heappop(self.pending)[2])
        identities = {i for w in words for i in self.identities.get(w, ())}
        if len(identities) != 1:
            return None
        return min((self.latest[w] for w in words if w in self.latest), key=lambda r: (-r.start, r.seq))

    def _absorb(self, ref: Referent) -> None:
        for word in ref.words:
            seen = self.identities.setdefault(word, [])
            if len(seen) < 2 and ref.identity not in seen:
                seen.append(ref.identity)
            latest = self.latest.get(word)
            if latest is None or (-ref.start, ref.seq) < (-latest.start, latest.seq):
                self.latest[word] = ref

    def _scan(self, position: int, words: frozenset[str]) -> Referent | None:
        """The same question asked behind the sweep (a parse that nests one subject before another)."""
        fits = [r for r in self.referents.persons_before(position) if words & r.words]
        return fits[0] if len({r.identity for r in fits}) == 1 else None
