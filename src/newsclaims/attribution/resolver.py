"""Speaker resolution: the source a cue's subject names, refers back to, or describes.

No coreference package runs offline for English here, so these are rules over
the parse and the people extractor's records: a subject phrase that contains a
person's mention is that person; `he`/`she`/`they` take the most recent
compatible referent (`pronouns`); a definite description (`the officer`, `the
36-year-old`) takes the most recent person it fits (`descriptions`); a proper noun
the people list lacks is still a person-like source; organisations and unnamed
sources (`a 37-year-old man`) are named by their own words (`sources`). Referents
are fed in document order, so a description introduced as a source (`A 37-year-old
man said ...`) is what a later `he` or `the man` resolves to.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsclaims.attribution.descriptions import RoleFits, described_person, following_sentences, role_subjects
from newsclaims.attribution.phrases import DEFINITE, age_in, apposition_gender, content_words, \
    is_person_noun, looks_like_name, loose_apposition, noun_key, phrase_span, possessed_at, proper_name, \
    speaker_of
from newsclaims.attribution.organisations import NOMINAL_KINDS, SPOKES, OrganisationIndex, is_document, \
    is_nominal, issuing_referent, nominal_referent, organisation_speaker, spokesperson_in
from newsclaims.attribution.pronouns import group_for, organisation_for, person_for
from newsclaims.attribution.referents import Referent, Referents
from newsclaims.attribution.sources import named_source
from newsclaims.lexicon.people import FIRST_PERSON, ORG_PRONOUNS, PERSON_NOUN_GENDER, PLURAL_PRONOUNS, \
    SPEAKER_PRONOUN_GENDER, TITLE_GENDER, plausible_age
from newsclaims.pipeline.spans import SpanIndex
from newsclaims.pipeline.tokens import SUBJECT_DEPS, sent_start
from newsclaims.schema import Organization, Person, Speaker

# Heads of a plural group a later `they` may mean: `dozens of farmers`.
_QUANTITY = frozenset({"dozens", "hundreds", "thousands", "scores", "millions", "group", "groups", "number",
                       "couple", "handful", "majority", "many", "some", "most", "dozen"})


class Resolver:
    """Resolves subject phrases to speakers, remembering referents in document order."""

    def __init__(self, doc: Doc, people: list[Person], quoted: list[tuple[int, int]], text: str | None = None,
                 organizations: list[Organization] | None = None) -> None:
        self.doc = doc
        self.organizations = organizations or []
        self.orgs = OrganisationIndex(self.organizations)
        self.text = doc.text if text is None else text  # Doc.text joins every token: read it once
        self.people = people
        self.quoted = SpanIndex((s, e, None) for s, e in quoted)
        self.referents = Referents()
        self._resolved: dict[tuple[int, int, int], tuple[Speaker | None, bool]] = {}
        self._leads: dict[int, Referent] = {}  # a lead's description, by its start, as the person named next
        self._chunks: SpanIndex[SpacySpan] | None = None
        mentions: list[tuple[int, int, tuple[int, int, int, Person]]] = []
        for person in people:
            gender = person.gender or self._title_gender(person)
            parts = person.name.split()
            known = {parts[-1]} if len(parts) > 1 and any(
                m.text == person.name and looks_like_name(doc, m.start, m.end) for m in person.mentions) else set()
            for mention in person.mentions:
                # A name the tagger once read as a nationality (`Reese told reporters`) is still the
                # person when the same person is named properly elsewhere.
                if mention.text not in known and not looks_like_name(doc, mention.start, mention.end):
                    continue
                mentions.append((mention.start, mention.end, (mention.start, len(mentions), mention.end, person)))
                if self.in_quote(mention.start):
                    continue
                age, described = self._apposition(mention.start, mention.end)
                self._add(self._person_speaker(person, mention.start, mention.end), mention.start, mention.end,
                          gender=gender, age=person.age or age,
                          words=content_words(" ".join([*person.descriptors, person.role or "", described])),
                          possessive=possessed_at(self.text, mention.end))
        self.mentions = SpanIndex(mentions)
        self._unlisted_people()
        self._organisations()
        self._role_subjects()

    # -- public -----------------------------------------------------------
    def in_quote(self, char: int) -> bool:
        return self.quoted.holding(char)

    def resolve(self, head: Token, phrase: SpacySpan | None = None) -> tuple[Speaker | None, bool]:
        """The speaker a subject head names (within `phrase`, when the parse lost the phrase);
        True when it was resolved from context. Quotes, figures and claims share the resolver: a subject
        asked about again gets its first answer, and is not remembered twice."""
        key = (head.i, -1, -1) if phrase is None else (head.i, phrase.start, phrase.end)
        found = self._resolved.get(key)
        if found is None:
            found = self._resolved[key] = self._resolve(head, phrase)
        return found

    def _resolve(self, head: Token, phrase: SpacySpan | None) -> tuple[Speaker | None, bool]:
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
            spoken_for = self._spoken_for(head)  # `spokeswoman Jane Doe`: hers, for her organisation
            if spoken_for is not None:
                speaker = speaker.model_copy(update={"organization_id": spoken_for.id})
            self._add(speaker, start, end, gender=person_obj.gender, age=person_obj.age, source=True)
            return speaker, False
        found = self._organisation(phrase, head)
        if found is not None:
            return found
        noun = noun_key(head)
        noun_gender = PERSON_NOUN_GENDER.get(noun)
        age = age_in(phrase.text)
        person_noun = noun in PERSON_NOUN_GENDER or lower in PERSON_NOUN_GENDER or (age is not None and head.pos_ != "PROPN")
        first = phrase[0].lower_
        lead = self._leads.get(phrase.start_char)
        if lead is not None:
            return self._refer(lead, phrase.start_char, phrase.end_char), True
        if person_noun and (first in DEFINITE or phrase[0].dep_ == "poss") and head.pos_ != "PROPN" \
                and head.tag_ != "NNS":
            found = described_person(self.referents, phrase, head, age)
            if found is not None:
                return self._refer(found, phrase.start_char, phrase.end_char), True
        speaker = named_source(phrase, head)
        plural = head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in head.children)
        described = phrase_span(head, keep_apposition=True).text
        self._add(speaker, phrase.start_char, phrase.end_char, gender=noun_gender or apposition_gender(head),
                  plural=plural and speaker.kind != "person", age=age or age_in(described),
                  words=content_words(described), source=True)
        return speaker, False

    def _organisation(self, phrase: SpacySpan, head: Token) -> tuple[Speaker | None, bool] | None:
        """An organisation as the source: named (a listed mention), spoken for (`a spokeswoman for X`),
        stood for (`the company`), or issuing a document (`the report`)."""
        # `A Department for X spokeswoman` (the parse may make the organisation the head); not a name:
        # `spokesman John Doe` is John Doe.
        named = head.pos_ == "PROPN" and head.ent_type_ != "ORG" and self.orgs.holding(head.idx) is None
        spokes = None if named else spokesperson_in(phrase)
        if spokes is not None:
            return self._spokesperson(phrase, spokes), False
        held = self.orgs.holding(head.idx)
        if held is not None:
            org, start, end = held
            speaker = organisation_speaker(org, start, end, self.text)
            self._add(speaker, start, end, source=True)
            return speaker, False
        noun = noun_key(head)
        if is_nominal(phrase, head):
            ref = nominal_referent(self.referents, phrase.start_char, noun, self.orgs.kinds)
        elif is_document(phrase, head):
            ref = issuing_referent(self.referents, phrase.start_char)
        else:
            return None
        return None if ref is None else (self._refer(ref, phrase.start_char, phrase.end_char), True)

    def _spokesperson(self, phrase: SpacySpan, spokes: Token) -> Speaker:
        """An unnamed spokesperson: the speaker as described, for the organisation the words name (listed,
        or `the company` in `a company spokesman`), and a later `she` or `the spokeswoman`."""
        speaker = speaker_of(phrase, "description")
        named = self.orgs.named_in(phrase)
        org_id = named[0].id if named is not None else None
        if org_id is None:
            nominal = next((t for t in phrase if t.i != spokes.i and t.pos_ == "NOUN" and t.dep_ in ("compound", "pobj")
                            and noun_key(t) in NOMINAL_KINDS), None)
            ref = None if nominal is None else nominal_referent(self.referents, phrase.start_char, noun_key(nominal),
                                                                self.orgs.kinds)
            org_id = None if ref is None else ref.speaker.organization_id
        if org_id is not None:
            speaker = speaker.model_copy(update={"organization_id": org_id})
        plural = spokes.tag_ == "NNS"
        self._add(speaker, phrase.start_char, phrase.end_char, gender=PERSON_NOUN_GENDER.get(noun_key(spokes)),
                  plural=plural, human=not plural, words=content_words(phrase.text), source=True)
        return speaker

    def _spoken_for(self, head: Token) -> Organization | None:
        """The listed organisation a named spokesperson speaks for (`Jane Doe, a spokeswoman for X`)."""
        described = phrase_span(head, keep_apposition=True)
        if not any(t.lower_ in SPOKES for t in described):
            return None
        named = self.orgs.named_in(described)
        return named[0] if named is not None else None

    def remember_group(self, phrase: SpacySpan) -> None:
        """A plural group (`more than a dozen men and women`) a later `they` may mean."""
        self._add(Speaker(name=phrase.text, kind="description", start=phrase.start_char,
                          end=phrase.end_char, text=phrase.text),
                  phrase.start_char, phrase.end_char, plural=True)

    def remember_groups(self, pronoun: Token) -> None:
        """Plural groups of people in the sentences before `they`, as candidates for it."""
        doc = self.doc
        start = sent_start(doc, pronoun.i)
        if start > 0:
            start = sent_start(doc, start - 1)
        if self._chunks is None:
            self._chunks = SpanIndex((c.start, c.end, c) for c in doc.noun_chunks)
        covered = -1
        for chunk in self._chunks.within(start, pronoun.i):
            head = chunk.root
            if head.dep_ == "conj" or head.i <= covered or self.in_quote(head.idx):
                continue
            group: SpacySpan | None = None
            if head.lower_ in _QUANTITY:
                of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                members = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
                if members and members[0].lemma_.lower() in PERSON_NOUN_GENDER:
                    group = phrase_span(head)
            elif head.tag_ == "NNS" and head.lemma_.lower() in PERSON_NOUN_GENDER:
                group = phrase_span(head)
            if group is not None:
                self.remember_group(group)
                covered = group.end - 1

    # -- referents ----------------------------------------------------------
    def _add(self, speaker: Speaker, start: int, end: int, *, gender: str | None = None, plural: bool = False,
             age: int | None = None, words: frozenset[str] = frozenset(), possessive: bool = False,
             human: bool = False, source: bool = False) -> Referent:
        sentence, is_subject = self._role(start, end)
        return self.referents.add(Referent(speaker=speaker, start=start, end=end, gender=gender, plural=plural,
                                           age=age, words=words, possessive=possessive, sentence=sentence,
                                           is_subject=is_subject, human=human, source=source))

    def _refer(self, ref: Referent, start: int, end: int) -> Speaker:
        """The referent's speaker, named by the words at [start, end)."""
        self._mention_again(ref, start, end, source=True)
        return ref.speaker.model_copy(update={"start": start, "end": end, "text": self.text[start:end]})

    def _mention_again(self, ref: Referent, start: int, end: int, source: bool = False) -> Referent:
        """The same referent, mentioned again at [start, end): the most recent mention from now on."""
        return self._add(ref.speaker, start, end, gender=ref.gender, plural=ref.plural, age=ref.age, words=ref.words,
                         human=ref.human, source=source)

    def _role(self, start: int, end: int) -> tuple[int, bool]:
        """The sentence a mention is in, and whether it is a subject there (subjects are more salient)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return -1, False
        return sent_start(self.doc, span.start), span.root.dep_ in SUBJECT_DEPS or any(
            t.dep_ in SUBJECT_DEPS for t in span)

    def _role_subjects(self) -> None:
        """`The president praised the deal. He said ...`: a role description that is a sentence's
        subject and fits exactly one person named before it makes that person the salient `he`."""
        if not self.people:
            return
        fits = RoleFits(self.referents)
        first_named = next((r.start for r in self.referents if r.is_person), None)
        for phrase in role_subjects(self.doc, self.in_quote):
            words = content_words(phrase.text)
            if first_named is not None and phrase.start_char < first_named:
                lead = self._named_next(phrase)
                if lead is not None:
                    ref = self._add(lead.speaker, phrase.start_char, phrase.end_char, gender=lead.gender,
                                    age=lead.age, words=lead.words | words)
                    self._leads[phrase.start_char] = ref
                    fits.add(ref)
                continue
            found = fits.only_person(phrase.start_char, words)
            if found is not None:
                fits.add(self._mention_again(found, phrase.start_char, phrase.end_char))

    def _named_next(self, phrase: SpacySpan) -> Referent | None:
        """Who a lead's description is: the first person the next sentences have as a subject, when
        the description's gender allows."""
        gender = PERSON_NOUN_GENDER.get(noun_key(phrase.root))
        lo, hi = following_sentences(self.doc, phrase.end - 1)
        for ref in self.referents.persons_after(lo, hi):
            if ref.is_subject and ref.speaker.person_id is not None:
                return ref if gender is None or ref.gender in (None, gender) else None
        return None

    def _organisations(self) -> None:
        """Named organisations, for a later `it` or `they` (`Twitter said it ...`): the listed ones at each
        mention, and organisation entities the list lacks."""
        for org in self.organizations:
            for m in org.mentions:
                if not self.in_quote(m.start):
                    self._add(organisation_speaker(org, m.start, m.end, self.text), m.start, m.end)
        for ent in self.doc.ents:
            if ent.label_ == "ORG" and not self.in_quote(ent.start_char) \
                    and not self.orgs.mentions.overlaps(ent.start_char, ent.end_char):
                plural = ent.root.tag_ in ("NNS", "NNPS")
                self._add(speaker_of(ent, "organisation"), ent.start_char, ent.end_char, plural=plural)

    def _unlisted_people(self) -> None:
        """Proper names the people list lacks but an apposition shows are people (`Oleg, a bar owner`)."""
        for token in self.doc:
            if token.pos_ != "PROPN" or token.dep_ == "compound" or self.in_quote(token.idx):
                continue
            appos = next((c for c in token.children if c.dep_ == "appos"), None) or loose_apposition(token)
            if appos is None or not (is_person_noun(appos) or age_in(
                    token.doc[appos.left_edge.i:appos.right_edge.i + 1].text) is not None):
                continue
            if self.mentions.holding(token.idx):
                continue
            name = proper_name(token)
            self._add(speaker_of(name, "person"), name.start_char, name.end_char,
                      gender=PERSON_NOUN_GENDER.get(noun_key(appos)),
                      age=age_in(phrase_span(token, keep_apposition=True).text))

    # -- people -------------------------------------------------------------
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

    def _apposition(self, start: int, end: int) -> tuple[int | None, str]:
        """Age and description an apposition gives a mention (`Irina Volkova, a 52-year-old nurse`, `Dahl, 24`),
        for when the people list does not carry them."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None, ""
        root = span.root
        appos = next((c for c in root.children if c.dep_ == "appos"), None) or loose_apposition(root)
        if appos is None:
            return None, ""
        if appos.like_num and appos.text.isdigit() and plausible_age(int(appos.text)):
            return int(appos.text), ""
        words = self.doc[appos.left_edge.i:appos.right_edge.i + 1].text
        return age_in(words), words

    def _person_in(self, phrase: SpacySpan, head: Token) -> tuple[Person, int, int] | None:
        """The person whose mention holds the head, else one named in the phrase (not as a possessor)."""
        # In text order; mentions that start together in the order the people list gives them.
        inside = sorted(self.mentions.within(phrase.start_char, phrase.end_char + 2), key=lambda m: m[:2])
        if not inside:
            return None
        for s, _, e, p in inside:
            if s <= head.idx < e:
                return p, s, e
        for s, _, e, p in reversed(inside):
            if not possessed_at(self.text, e):
                if head.pos_ == "PROPN" or head.ent_type_ == "PERSON":
                    return p, s, e
        return None

    def _pronoun(self, token: Token) -> Speaker | None:
        lower, position = token.lower_, token.idx
        if lower in ORG_PRONOUNS:
            ref = organisation_for(self.referents, position)
        elif lower in PLURAL_PRONOUNS:
            ref = group_for(self.referents, position)
        else:
            ref = person_for(self.referents, position, SPEAKER_PRONOUN_GENDER[lower])
        return None if ref is None else self._refer(ref, position, position + len(token))
