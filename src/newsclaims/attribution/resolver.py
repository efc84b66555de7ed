"""Speaker resolution: the source a cue's subject names, refers back to, or describes.

No coreference package runs offline for English here, so these are rules over
the parse and the people extractor's records: a subject phrase that contains a
person's mention is that person; `he`/`she`/`they` take the most recent
compatible referent; a definite description (`the officer`, `the 36-year-old`)
takes the most recent person it fits (age, descriptors, gender); a proper noun
the people list lacks is still a person-like source; organisations and unnamed
sources (`a 37-year-old man`) are named by their own words. Referents are fed
in document order, so a description introduced as a source (`A 37-year-old
man said ...`) is what a later `he` or `the man` resolves to.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsclaims.lexicon.organisations import ORG_NOUNS
from newsclaims.lexicon.people import (
    FIRST_PERSON,
    ORG_PRONOUNS,
    PERSON_NOUN_GENDER,
    PLURAL_PRONOUNS,
    SPEAKER_PRONOUN_GENDER,
    TITLE_GENDER,
)
from newsclaims.schema import Person, Speaker


ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
# Children that belong to a subject phrase's name; relative clauses, appositions
# and participles after it describe it instead.
_DROP_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis", "ccomp", "dep"})
# `the branches of the Federal Security Service` speaks for the service.
_PART_OF = frozenset({"branch", "branches", "office", "offices", "arm", "wing", "unit", "units",
                      "division", "department", "spokesman", "spokeswoman", "spokesperson",
                      "representative", "representatives", "member", "members"})
_NAME_PREPS = frozenset({"of", "in", "at", "from", "for", "on"})
_GENERIC = frozenset({"man", "woman", "person", "source", "official", "one", "resident", "someone"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_AGE_RE = re.compile(r"(\d{1,3})\s*-?\s*years?\s*-?\s*old")
_POSSESSIVE = ("'s", "’s", "'", "’")
_NEAR_CHARS = 300  # about two sentences


@dataclass
class Referent:
    """Something a later pronoun or description can point back to."""

    speaker: Speaker
    start: int
    end: int
    gender: str | None = None
    plural: bool = False
    age: int | None = None
    words: frozenset[str] = field(default_factory=frozenset)
    possessive: bool = False
    sentence: int = -1  # start token of its sentence
    is_subject: bool = False

    @property
    def is_person(self) -> bool:
        return self.speaker.kind == "person" or (self.speaker.kind == "description" and not self.plural)


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
    while start < end and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    return doc[start:end + 1]


def _looks_like_name(doc: Doc, start: int, end: int) -> bool:
    """Guards against nationalities or common words reaching the people list (`a 49-year-old Russian`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ not in ("NORP", "GPE", "DATE") and t.text[:1].isupper() for t in span)


def _inside_word(token: Token) -> bool:
    """A hyphen or slash joining two words (`Western-sanctioned`)."""
    doc = token.doc
    return not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_ and token.text in "-/–"


def _age(text: str) -> int | None:
    match = _AGE_RE.search(text.lower())
    return int(match.group(1)) if match else None


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z][a-z-]+", text.lower()) if w not in _DEFINITE | {"a", "an"})


def _noun_key(token: Token) -> str:
    return token.lemma_.lower() if token.lemma_ else token.lower_


class Resolver:
    """Resolves subject phrases to speakers, remembering referents in document order."""

    def __init__(self, doc: Doc, people: list[Person], quoted: list[tuple[int, int]], text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # Doc.text joins every token: read it once
        self.people = people
        self._quoted = sorted(quoted)
        self._quoted_starts = [s for s, _ in self._quoted]
        self.referents: list[Referent] = []
        self._mentions: list[tuple[int, int, Person]] = []
        for person in people:
            gender = person.gender or self._title_gender(person)
            parts = person.name.split()
            known = {parts[-1]} if len(parts) > 1 and any(
                m.text == person.name and _looks_like_name(doc, m.start, m.end) for m in person.mentions) else set()
            for mention in person.mentions:
                # A name the tagger once read as a nationality (`Reese told reporters`) is still the
                # person when the same person is named properly elsewhere.
                if mention.text not in known and not _looks_like_name(doc, mention.start, mention.end):
                    continue
                self._mentions.append((mention.start, mention.end, person))
                if self.in_quote(mention.start):
                    continue
                sentence, is_subject = self._role(mention.start, mention.end)
                age, described = self._apposition(mention.start, mention.end)
                self.referents.append(Referent(
                    speaker=self._person_speaker(person, mention.start, mention.end),
                    start=mention.start, end=mention.end, gender=gender, age=person.age or age,
                    sentence=sentence, is_subject=is_subject,
                    words=_content_words(" ".join([*person.descriptors, person.role or "", described])),
                    possessive=self.text[mention.end:mention.end + 2] in _POSSESSIVE
                    or self.text[mention.end:mention.end + 1] in ("'", "’"),
                ))
        self._mentions.sort(key=lambda m: m[0])
        self._unlisted_people()
        self._organisations()
        self._role_subjects()
        self.referents.sort(key=lambda r: r.start)

    # -- public -----------------------------------------------------------
    def in_quote(self, char: int) -> bool:
        i = bisect_left(self._quoted_starts, char + 1) - 1
        return i >= 0 and self._quoted[i][0] <= char < self._quoted[i][1]

    def resolve(self, head: Token, phrase: SpacySpan | None = None) -> tuple[Speaker | None, bool]:
        """The speaker a subject head names (within `phrase`, when the parse lost the phrase);
        True when it was resolved from context."""
        lower = head.lower_
        if lower in FIRST_PERSON:
            return None, False
        if lower in SPEAKER_PRONOUN_GENDER or lower in PLURAL_PRONOUNS or lower in ORG_PRONOUNS:
            return self._pronoun(head), True
        if phrase is None:
            phrase = phrase_span(head)
        person = self._person_in(phrase, head)
        if person is None and head.pos_ == "NOUN":
            # `The mayor, Ann Cole, said`: the name in apposition is who the description is.
            for appos in (c for c in head.children if c.dep_ == "appos"):
                person = self._person_in(phrase_span(appos), appos)
                if person is not None:
                    break
        if person is not None:
            person_obj, start, end = person
            speaker = self._person_speaker(person_obj, start, end)
            self._remember(speaker, start, end, gender=person_obj.gender, age=person_obj.age)
            return speaker, False
        noun = _noun_key(head)
        age = _age(phrase.text)
        is_person_noun = noun in PERSON_NOUN_GENDER or lower in PERSON_NOUN_GENDER or (age is not None and head.pos_ != "PROPN")
        first = phrase[0].lower_
        if is_person_noun and (first in _DEFINITE or phrase[0].dep_ == "poss") and head.pos_ != "PROPN" \
                and head.tag_ != "NNS":
            found = self._description(phrase, head, age)
            if found is not None:
                return found, True
        speaker = self._named(phrase, head, is_person_noun)
        plural = head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in head.children)
        described = phrase_span(head, keep_apposition=True).text
        self._remember(speaker, phrase.start_char, phrase.end_char,
                       gender=PERSON_NOUN_GENDER.get(noun) or _appos_gender(head),
                       plural=plural and speaker.kind != "person", age=age or _age(described),
                       words=_content_words(described))
        return speaker, False

    def remember_group(self, phrase: SpacySpan) -> None:
        """A plural group (`more than a dozen men and women`) a later `they` may mean."""
        self._remember(Speaker(name=phrase.text, kind="description", start=phrase.start_char,
                               end=phrase.end_char, text=phrase.text),
                       phrase.start_char, phrase.end_char, plural=True)

    # -- internals --------------------------------------------------------
    def _role_subjects(self) -> None:
        """`The president praised the deal. He said ...`: a role description that is a sentence's
        subject and fits exactly one person named before it makes that person the salient `he`."""
        if not self.people:
            return
        for token in self.doc:
            if token.dep_ != "nsubj" or token.pos_ != "NOUN" or token.tag_ == "NNS" or self.in_quote(token.idx):
                continue
            if _noun_key(token) not in PERSON_NOUN_GENDER or not any(c.lower_ in _DEFINITE and c.dep_ == "det"
                                                                for c in token.children):
                continue
            phrase = phrase_span(token)
            words = _content_words(phrase.text)
            fits = {id(r.speaker): r for r in self._candidates(phrase.start_char) if r.is_person and words & r.words}
            if len({r.speaker.person_id or r.speaker.name for r in fits.values()}) == 1:
                self._refer(next(iter(fits.values())), phrase.start_char, phrase.end_char)

    def _organisations(self) -> None:
        """Named organisations, for a later `it` or `they` (`Twitter said it ...`)."""
        for ent in self.doc.ents:
            if ent.label_ == "ORG" and not self.in_quote(ent.start_char):
                plural = ent.root.tag_ in ("NNS", "NNPS")
                self._remember(_speaker_of(ent, "organisation"), ent.start_char, ent.end_char, plural=plural)

    def _unlisted_people(self) -> None:
        """Proper names the people list lacks but an apposition shows are people (`Oleg, a bar owner`)."""
        for token in self.doc:
            if token.pos_ != "PROPN" or token.dep_ == "compound" or self.in_quote(token.idx):
                continue
            appos = next((c for c in token.children if c.dep_ == "appos"), None) or _loose_apposition(token)
            if appos is None or not (_noun_key(appos) in PERSON_NOUN_GENDER or _age(token.doc[appos.left_edge.i:appos.right_edge.i + 1].text) is not None):
                continue
            if any(s <= token.idx < e for s, e, _ in self._mentions):
                continue
            name = _proper_name(token)
            self._remember(_speaker_of(name, "person"), name.start_char, name.end_char,
                           gender=PERSON_NOUN_GENDER.get(_noun_key(appos)),
                           age=_age(phrase_span(token, keep_apposition=True).text))

    def _person_speaker(self, person: Person, start: int, end: int) -> Speaker:
        return Speaker(name=person.name, person_id=person.id, kind="person",
                       start=start, end=end, text=self.text[start:end])

    def _title_gender(self, person: Person) -> str | None:
        for mention in person.mentions[:3]:
            before = self.text[max(0, mention.start - 6):mention.start].strip().lower().split()
            if before and before[-1] in TITLE_GENDER:
                return TITLE_GENDER[before[-1]]
        for word in (person.role or "").lower().split() + [w for d in person.descriptors for w in d.lower().split()]:
            if word in PERSON_NOUN_GENDER and PERSON_NOUN_GENDER[word]:
                return PERSON_NOUN_GENDER[word]
        return None

    def _remember(self, speaker: Speaker, start: int, end: int, *, gender: str | None = None,
                  plural: bool = False, age: int | None = None, words: frozenset[str] = frozenset()) -> None:
        sentence, is_subject = self._role(start, end)
        self.referents.append(Referent(speaker=speaker, start=start, end=end, gender=gender,
                                       plural=plural, age=age, words=words, sentence=sentence,
                                       is_subject=is_subject))

    def _apposition(self, start: int, end: int) -> tuple[int | None, str]:
        """Age and description an apposition gives a mention (`Irina Volkova, a 52-year-old nurse`, `Dahl, 24`),
        for when the people list does not carry them."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None, ""
        root = span.root
        appos = next((c for c in root.children if c.dep_ == "appos"), None) or _loose_apposition(root)
        if appos is None:
            return None, ""
        if appos.like_num and appos.text.isdigit() and 0 < int(appos.text) < 120:
            return int(appos.text), ""
        words = self.doc[appos.left_edge.i:appos.right_edge.i + 1].text
        return _age(words), words

    def _role(self, start: int, end: int) -> tuple[int, bool]:
        """The sentence a mention is in, and whether it is a subject there (subjects are more salient)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return -1, False
        root = span.root
        return span[0].sent.start, root.dep_ in ("nsubj", "nsubjpass") or any(
            t.dep_ in ("nsubj", "nsubjpass") for t in span)

    def _person_in(self, phrase: SpacySpan, head: Token) -> tuple[Person, int, int] | None:
        """The person whose mention holds the head, else one named in the phrase (not as a possessor)."""
        inside = [(s, e, p) for s, e, p in self._mentions
                  if phrase.start_char <= s and e <= phrase.end_char + 2]
        if not inside:
            return None
        for s, e, p in inside:
            if s <= head.idx < e:
                return p, s, e
        for s, e, p in reversed(inside):
            if self.text[e:e + 2] not in _POSSESSIVE and self.text[e:e + 1] not in ("'", "’"):
                if head.pos_ == "PROPN" or head.ent_type_ == "PERSON":
                    return p, s, e
        return None

    def _candidates(self, before: int) -> list[Referent]:
        found = [r for r in self.referents if r.end <= before and not r.possessive]
        found.sort(key=lambda r: r.start, reverse=True)
        return found

    def _pronoun(self, token: Token) -> Speaker | None:
        lower = token.lower_
        if lower in ORG_PRONOUNS:
            for ref in self._candidates(token.idx):
                if ref.speaker.kind == "organisation" and not ref.plural:
                    return self._refer(ref, token.idx, token.idx + len(token))
                if ref.start < token.idx - 400:
                    break
            return None
        if lower in PLURAL_PRONOUNS:
            for ref in self._candidates(token.idx):
                if ref.plural or ref.speaker.kind == "organisation":
                    return self._refer(ref, token.idx, token.idx + len(token))
                if ref.start < token.idx - 600:
                    break
            return None
        gender = SPEAKER_PRONOUN_GENDER[lower]
        fitting = [r for r in self._candidates(token.idx) if r.is_person and r.gender in (None, gender)]
        if not fitting:
            return None
        # A woman known as one (`Ms`, `she` before), mentioned close by, beats a nearer person of unknown
        # gender for `she`; not for `he`, since most unmarked names in the news are men's.
        known = next((r for r in fitting if r.gender == gender), None) if gender == "female" else None
        if known is not None and fitting[0].gender is None and fitting[0].start - known.start < _NEAR_CHARS:
            fitting = [r for r in fitting if r.start <= known.start]
        # In the most recent sentence that offers someone, its subject beats an object.
        same_sentence = [r for r in fitting if r.sentence == fitting[0].sentence]
        chosen = next((r for r in same_sentence if r.is_subject), fitting[0])
        return self._refer(chosen, token.idx, token.idx + len(token))

    def _description(self, phrase: SpacySpan, head: Token, age: int | None) -> Speaker | None:
        gender = PERSON_NOUN_GENDER.get(_noun_key(head))
        words = _content_words(phrase.text) - {"young", "old", "year-old"}
        people = [r for r in self._candidates(phrase.start_char) if r.is_person and r.gender in (None, gender or r.gender)]
        # `Smith was wrong, the senator said`: someone else in the description's own sentence
        # is not who it describes, unless the description fits them.
        here = phrase[0].sent.start
        people = [r for r in people if r.sentence != here or words & r.words or (age is not None and r.age == age)]
        if age is not None:
            same_age = [r for r in people if r.age == age]
            if same_age:
                return self._refer(same_age[0], phrase.start_char, phrase.end_char)
            people = [r for r in people if r.age is None]
        described = [r for r in people if words & r.words]
        chosen = described[0] if described else (people[0] if people else None)
        if chosen is None:
            return None
        return self._refer(chosen, phrase.start_char, phrase.end_char)

    def _refer(self, ref: Referent, start: int, end: int) -> Speaker:
        """The referent's speaker, named by the words at [start, end)."""
        speaker = ref.speaker.model_copy(update={"start": start, "end": end, "text": self.text[start:end]})
        sentence, is_subject = self._role(start, end)
        self.referents.append(Referent(speaker=ref.speaker, start=start, end=end, gender=ref.gender,
                                       plural=ref.plural, age=ref.age, words=ref.words,
                                       sentence=sentence, is_subject=is_subject))
        return speaker

    def _named(self, phrase: SpacySpan, head: Token, is_person_noun: bool) -> Speaker:
        """A source named by its own words: an organisation, a proper name, or a description."""
        if head.lower_ in _PART_OF or _noun_key(head) in _PART_OF:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "for", "at"):
                    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if obj is not None and obj.ent_type_ == "ORG":
                        return _speaker_of(_entity(obj), "organisation")
        if _is_organisation(phrase, head):
            named = next((c for c in head.children if c.dep_ in ("appos", "compound") and c.i > head.i - 4
                          and c.ent_type_ == "ORG" and c.pos_ == "PROPN"), None)
            if head.pos_ != "PROPN" and named is not None:
                return _speaker_of(_entity(named), "organisation")
            return _speaker_of(_entity(head) if head.ent_type_ == "ORG" else phrase, "organisation")
        if head.pos_ == "PROPN" or head.ent_type_ == "PERSON":
            return _speaker_of(_proper_name(head), "person")
        if head.lower_ in _GENERIC or _noun_key(head) in _GENERIC:
            phrase = phrase_span(head, keep_apposition=True)
        return _speaker_of(phrase, "description")


def _is_organisation(phrase: SpacySpan, head: Token) -> bool:
    """Institutions, places speaking as governments, outlets, acronyms (`AFP`, `OVD`)."""
    if head.ent_type_ in ("GPE", "NORP", "LOC", "FAC"):
        return True
    if head.pos_ == "NOUN" and _noun_key(head) in PERSON_NOUN_GENDER:
        return False  # `a Department for Transport spokesperson` is a person speaking for it
    if any(_noun_key(t) in ORG_NOUNS or t.lower_ in ORG_NOUNS for t in phrase if t.pos_ in ("NOUN", "PROPN")):
        return True
    if head.pos_ == "PROPN":
        return head.is_upper and len(head) > 1 or phrase[0].lower_ == "the"
    return False


def _speaker_of(span: SpacySpan, kind: str) -> Speaker:
    text = span.text
    for suffix in _POSSESSIVE[:2]:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    start = span.start_char
    return Speaker(name=text, kind=kind, start=start, end=start + len(text),  # type: ignore[arg-type]
                   text=text)


def _loose_apposition(name: Token) -> Token | None:
    """`Oleg, the owner of a bar` when the parser did not label the apposition: the noun after the comma."""
    doc = name.doc
    if name.i + 2 >= len(doc) or doc[name.i + 1].text != ",":
        return None
    for token in doc[name.i + 2: min(len(doc), name.i + 6)]:
        if token.pos_ == "NOUN":
            return token if _noun_key(token) in PERSON_NOUN_GENDER else None
        if token.pos_ not in ("DET", "ADJ", "NUM", "PUNCT", "ADV"):
            return None
    return None


def _appos_gender(head: Token) -> str | None:
    for child in head.children:
        if child.dep_ == "appos":
            return PERSON_NOUN_GENDER.get(_noun_key(child))
    return None


def _entity(token: Token) -> SpacySpan:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return token.doc[token.i:token.i + 1]


def _proper_name(head: Token) -> SpacySpan:
    """The run of proper nouns ending at the head (`Valery Klebkin`), without titles before it."""
    doc = head.doc
    start = head.i
    while start - 1 >= 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].head.i == head.i:
        start -= 1
    while start < head.i and doc[start].is_upper and len(doc[start]) > 1:
        start += 1  # an agency glued to the name: `AFP Viktor Zakharov`
    return doc[start:head.i + 1]
