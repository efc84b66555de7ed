"""Subjects: who a cue's parse says is speaking, before anyone is resolved.

`quoted[i]` marks tokens inside quotation marks: a subject is never found inside
someone's quoted words.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan, Token

from newsclaims.attribution.according import according_source
from newsclaims.lexicon.organisations import ORG_NOUNS
from newsclaims.lexicon.people import PERSON_NOUN_GENDER
from newsclaims.lexicon.speech import AUTHORING_VERBS, SPEECH_NOUNS, SPEECH_VERBS
from newsclaims.pipeline.tokens import SUBJECT_DEPS, np_head

Subject = Token | SpacySpan
"""A subject token, or the words standing for one when the parse lost it."""

_LEARNING_VERBS = frozenset({"know", "understand", "remember", "realise", "realize", "learn", "hear", "see",
                             "recognise", "recognize"})
"""`she wants voters to know that ...`: whoever is made to learn something is told it, not its source."""
_ADDRESSEE_VERBS = frozenset({"tell", "inform", "ask", "brief", "assure", "remind", "warn"})


def cue_subject(cue: Token, quoted: Sequence[bool], after: int | None = None) -> Subject | None:
    """The cue's subject: nsubj, a coordinated verb's subject, `according to X`'s X, the words
    between a quotation and its cue (`“...,” the 52-year-old added`), or an inverted NP."""
    if cue.lower_ == "according":
        obj = according_source(cue)
        return obj if obj is not None and not quoted[obj.i] else None
    verb, through_quote = cue, False
    for _ in range(3):
        subj = nearest_subject(verb, quoted)
        if subj is not None and verb.lemma_.lower() in _LEARNING_VERBS and verb.dep_ in ("ccomp", "xcomp") \
                and verb.head.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            verb = verb.head  # `she wants voters to know that ...`: the one who wants them to know
            continue
        if subj is not None:
            if subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                if verb.head.ent_type_ in ("DATE", "TIME"):
                    return None  # `released her records in July, which showed`: not July
                return verb.head  # `Sanders, who said ...`: the noun the clause describes
            if subj.dep_ == "nsubjpass":
                return passive_agent(verb, quoted)  # `Sanders was asked by host Bill Maher, “...”`
            if subj.lower_ in ("there", "that", "this", "which", "who", "what"):
                return None
            return statement_author(subj) or dateline_person(subj) or subj
        if verb is cue and cue.tag_ in ("VBD", "VBZ", "VBP"):
            # `“...,” the 52-year-old added`: the words between quotation and cue first; then `..., Beck
            # joked`, a name the parser made another verb's complement.
            before = (None if after is None else subject_window(cue, after, quoted)) or subject_before(cue, quoted)
            if before is not None:
                return before
        # `..., writing “Feels great”`: the parser may hang the participle on the quoted words.
        participle = verb.tag_ == "VBG" and (verb.dep_ in ("advcl", "acl", "xcomp", "pcomp") or quoted[verb.head.i])
        if participle and verb.dep_ == "acl" and _speaks(verb.head) and not quoted[verb.head.i] \
                and verb.head.dep_ not in ("pobj", "dative") and not (
                verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in SPEECH_VERBS):
            # `emails which included staff members suggesting ...`: the members suggest; but `emailed
            # supporters saying ...`, `a memo to employees explaining ...`, `research during the
            # convention showing ...`: the participle belongs to the clause, not to who is addressed.
            return verb.head
        if participle and verb.dep_ == "pcomp" and verb.head.lower_ in ("for", "of"):
            # `criticised the government for claiming`, `accused the Tories of saying`: the object claims.
            obj = next((c for c in verb.head.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if obj is not None and not quoted[obj.i]:
                return obj
        # `Clinton paused, then revealed`: a verb the parser left loosely attached after another.
        loose = verb.dep_ == "dep" and verb.head.pos_ == "VERB"
        if (verb.dep_ in ("conj", "xcomp") or loose) and verb.head.i < verb.i or participle:
            head = verb.head
            if verb.dep_ == "xcomp" and verb.tag_ == "VB" and not through_quote \
                    and verb.lemma_.lower() not in _LEARNING_VERBS:
                # `the killings led most voters to say ...`: the object says it, not the subject.
                obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
                if obj is not None and not quoted[obj.i]:
                    return obj
            # `rallied supporters by warning that`, `released a statement saying`: up to the clause's verb.
            while head.pos_ in ("ADP", "NOUN", "PROPN") and head.head.i != head.i:
                head = head.head
            # `told X that A happened and said B`, `telling X that A is B and questioning C`: the parser
            # hangs the second verb inside the first clause.
            second = verb.dep_ == "conj" or participle and verb.i > 0 and verb.doc[verb.i - 1].dep_ == "cc"
            if second and head.dep_ == "ccomp" and head.lemma_.lower() not in SPEECH_VERBS:
                head = head.head
            # `told X that Y “had ...,” adding`: the quoted words are nobody's clause; the teller's is.
            while participle and quoted[head.i] and head.head.i != head.i:
                head, through_quote = head.head, True
            if quoted[head.i]:
                break
            verb = head
            continue
        break
    if after is not None:
        window = subject_window(cue, after, quoted)
        if window is not None:
            return window
    if cue.tag_ in ("VBG", "VBN", "TO", "VB"):
        return None  # `accusing it of ...`: a participle has no inverted subject
    return inverted_subject(cue, quoted)


def nearest_subject(verb: Token, quoted: Sequence[bool]) -> Token | None:
    """The verb's subject outside quotation marks; of two (a dateline the parser took for one:
    `PARIS, May 2 (AFP) — The ministry said`), the one nearest before the verb."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not quoted[c.i]]
    if len(subjects) > 1:  # `Party figures ... both suggested`: a floating `both` or `all` is not who
        subjects = [c for c in subjects if c.tag_ != "DT"] or subjects
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if before else (subjects[0] if subjects else None)


def statement_author(noun: Token) -> Token | None:
    """Who wrote or gave a statement: `his claim`, `a statement by/from the ministry`.
    A document is not a speaker, so `the minister's statement said` is the minister's."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "compound" and (child.ent_type_ == "ORG" or child.pos_ == "PROPN"):
            return child  # `the ADB report`
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in ("PERSON", "ORG")
                                    or obj.lemma_.lower() in ORG_NOUNS or obj.lemma_.lower() in PERSON_NOUN_GENDER):
                return obj
    return None


def noun_cue_author(noun: Token, quoted: Sequence[bool]) -> Subject | None:
    """The author of `a promise that ...`: its possessor or `by` phrase, else the subject of the
    verb that makes or issues it (`X made a promise that`, not `X rejected the claim that`)."""
    author = statement_author(noun)
    verb = noun.head
    made = noun.dep_ == "dobj" and verb.pos_ == "VERB"
    if author is not None and not (made and author.pos_ == "PRON"):
        return None if quoted[author.i] else author
    if made and verb.lemma_.lower() in AUTHORING_VERBS:
        # `the senator renewed her pledge`: the possessive pronoun is the subject.
        return cue_subject(verb, quoted) or author
    return author


def subject_window(cue: Token, after: int, quoted: Sequence[bool]) -> SpacySpan | None:
    """The noun phrase between a quotation's closing mark and its cue, when the parse lost it."""
    doc = cue.doc
    start = after
    while start < cue.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    end = start
    while end < cue.i and not (doc[end].pos_ in ("VERB", "AUX") or doc[end].lower_ in ("who", "which", "that")
                               or doc[end].text in (",", ";", ":") or quoted[end]):
        end += 1
    if end <= start or end - start > 8 or not any(t.pos_ in ("NOUN", "PROPN", "PRON") or t.lower_ == "old"
                                                  for t in doc[start:end]):
        return None
    return doc[start:end]


def dateline_person(subject: Token) -> Token | None:
    """`CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told`: the parser makes the
    dateline's place the subject and the person its apposition; a place has no person in apposition."""
    if subject.ent_type_ not in ("GPE", "LOC"):
        return None
    return next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)


def _speaks(noun: Token) -> bool:
    """A noun that can say something itself: a person, a named body, a person noun (`staff members`)."""
    return noun.ent_type_ in ("PERSON", "ORG") or noun.pos_ == "PROPN" or (
        noun.pos_ == "NOUN" and noun.lemma_.lower() in PERSON_NOUN_GENDER)


def passive_agent(verb: Token, quoted: Sequence[bool]) -> Token | None:
    """The `by` phrase of a passive cue that addresses someone: who asked, told or warned
    (`first reported by MSNBC` names who broke a story, not who speaks)."""
    if verb.lemma_.lower() not in _ADDRESSEE_VERBS | {"question", "press", "quiz"}:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    obj = None if agent is None else next((c for c in agent.children if c.dep_ == "pobj"), None)
    return obj if obj is not None and not quoted[obj.i] else None


_NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "GPE", "LOC", "FAC"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "attr", "oprd"})


def subject_before(cue: Token, quoted: Sequence[bool]) -> Token | None:
    """`..., her adviser, Jake Sullivan, said:` when the parse hung the name elsewhere: the name or
    noun right before a finite cue that has no subject of its own."""
    doc = cue.doc
    i = cue.i - 1
    if i >= 0 and doc[i].text == ")":  # `Sen. Elizabeth Warren (D-MA) said`
        opening = next((j for j in range(i - 1, max(-1, i - 8), -1) if doc[j].text == "("), None)
        i = i if opening is None else opening - 1
    while i >= 0 and doc[i].text == "," and not quoted[i]:
        i -= 1
    if i < 0 or quoted[i] or doc[i].is_sent_end:
        return None
    token = doc[i]
    # `Jay DiPietro, the club's president and general manager, said`: the person the description is about.
    described = token
    while described.ent_type_ != "PERSON" and described.dep_ in ("appos", "conj") \
            and described.head.i < described.i and not quoted[described.head.i]:
        described = described.head
    if described.ent_type_ == "PERSON" and described.dep_ not in _OBJECT_DEPS:
        token = described
    if token.ent_type_ in _NOT_SPEAKERS:
        return None  # `Mr. Daniloff, now retired in Cambridge, Mass., said`: the place ends an apposition
    if token.dep_ in _OBJECT_DEPS and token.ent_type_ != "PERSON":
        return None  # `Surveys taken as they entered caucus sites showed`: an object is not who speaks
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG") or (
            token.pos_ == "NOUN" and (token.lemma_.lower() in PERSON_NOUN_GENDER or token.lemma_.lower() in ORG_NOUNS)):
        while token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ in ("NOUN", "PROPN") \
                and token.i < token.head.i < cue.i:
            token = token.head
        return token
    return None


def inverted_subject(cue: Token, quoted: Sequence[bool]) -> Token | None:
    """`says the young father`, `explains to AFP Viktor Zakharov`: the NP after the verb."""
    doc = cue.doc
    candidate: Token | None = None
    addressee = cue.lemma_.lower() in _ADDRESSEE_VERBS
    # `revealed why Smith's plan failed`: the words of the cue's own content clause are not its speaker.
    content = min((c.left_edge.i for c in cue.children if c.dep_ in ("ccomp", "xcomp") and c.i > cue.i
                   and c.left_edge.tag_ in ("IN", "WRB", "WP", "WDT", "TO")), default=len(doc))
    for token in doc[cue.i + 1: min(len(doc), cue.i + 12, content)]:
        if addressee and token.dep_ in ("dobj", "dative") and token.head.i == cue.i:
            return None
        if quoted[token.i] or token.is_sent_start or token.text in (",", ".", ";", ":", "—", "–") \
                or token.pos_ in ("VERB", "SCONJ"):
            break  # `said ... as confetti fluttered down`: another clause
        if token.dep_ in ("amod", "advmod", "npadvmod") or token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "HYPH":
            continue  # `said matter-of-factly`
        if token.ent_type_ == "PERSON":
            return np_head(token)
        if candidate is None and token.pos_ in ("NOUN", "PROPN") and not token.ent_type_ in ("DATE", "TIME"):
            if not (token.head.dep_ == "prep" and token.head.lower_ in ("to", "on", "in", "at")
                    and token.head.head.i == cue.i and token.dep_ == "pobj" and token.ent_type_ != "PERSON"):
                candidate = token
            elif token.head.lower_ == "to":
                candidate = None
    return np_head(candidate) if candidate is not None else None
