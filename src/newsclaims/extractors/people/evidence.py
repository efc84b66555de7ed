"""Evidence about one name: its title, the descriptions around it, its age, gender and origin, and
whether it speaks. A title, a human description or an age is strong evidence of a person."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsclaims import gazetteer
from newsclaims.extractors.people.descriptions import (
    age_of,
    describes_person,
    description_after,
    description_before,
    head_noun,
    origin,
    phrase,
)
from newsclaims.extractors.people.names import clean_text
from newsclaims.lexicon.people import GENDERED_WORDS, HONORIFICS, MODIFIER_TITLES, TITLES
from newsclaims.lexicon.speech import SPEECH_VERBS
from newsclaims.pipeline.tokens import POSSESSIVE, SUBJECT_DEPS


@dataclass
class Mention:
    """One possible mention of a person, with what the text around it says."""

    start: int  # token indices of the bare name
    end: int
    text: str
    strong: bool = False  # positive evidence that this is a person
    role: str | None = None
    descriptors: list[str] = field(default_factory=list)
    age: int | None = None
    origin: str | None = None
    gender: str | None = None


def _title_run(doc: Doc, title_start: int, start: int) -> list[Token]:
    """Titles just before the name, inside the entity or just outside it: `Interior Minister`."""
    run = list(doc[title_start:start])
    j = title_start - 1
    while j >= 0 and (doc[j].lower_ in TITLES or (run and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN"
                                                  and doc[j].ent_type_ not in ("PERSON", "GPE", "NORP"))):
        run.insert(0, doc[j])
        j -= 1
    while run and run[0].lower_ not in TITLES and not any(t.lower_ in TITLES for t in run[:1]):
        if any(t.lower_ in TITLES for t in run):
            break
        run = run[1:]
    while run and (run[-1].lower_ not in TITLES or run[-1].lower_ in MODIFIER_TITLES):
        run = run[:-1]
    while run and run[0].lower_ not in TITLES and (run[0].ent_type_ == "NORP" or gazetteer.is_demonym(run[0].text)):
        run = run[1:]
    return run


def evidence(doc: Doc, title_start: int, start: int, end: int) -> Mention:
    """Everything the text around one name says about the person it names."""
    text = clean_text(doc, start, end)
    mention = Mention(start=start, end=end, text=text)
    after, age = description_after(doc, end)
    before = description_before(doc, start, title_start)
    title = _title_run(doc, title_start, start)
    if title:
        mention.strong = True
        if not all(t.lower_ in HONORIFICS for t in title):
            mention.role = phrase([t for t in title if t.lower_ not in HONORIFICS])
    if before and before[-1].text in POSSESSIVE:
        before = []  # `Men's Draw`: the name is what a possessor owns, not a description of them
    for part in (before, after):
        if not part:
            continue
        whole = phrase(part)
        head = phrase(head_noun(part))
        if describes_person(part):
            mention.strong = True
        elif part is after:
            continue  # `Paris, the capital` is not a description of a person
        for d in (whole, head):
            if d and d not in mention.descriptors and any(ch.isalpha() for ch in d) \
                    and d.lower() not in HONORIFICS:
                mention.descriptors.append(d)
        if mention.role is None and head and head_noun(part)[-1].lower_ in TITLES and part is after:
            mention.role = head if len(head.split()) > 1 else whole
        mention.age = mention.age or age_of(part)
        mention.origin = mention.origin or origin(part)
    if age is not None:
        mention.age = mention.age or age
        mention.strong = True
    if mention.origin is None and end + 1 < len(doc) and doc[end].lower_ == "from":
        mention.origin = origin(list(doc[end:end + 4]))
    words = {w.lower() for d in mention.descriptors for w in d.split()} | {
        t.lower_ for t in doc[title_start:start]
    } | {t.lower_ for t in title}
    for gender, cues in GENDERED_WORDS.items():
        if words & cues:
            mention.gender = gender
    return mention


def speech_subject(doc: Doc, start: int, end: int) -> bool:
    """The name is who speaks: the subject of a speech verb, or right beside one (`said Vadim,`)."""
    root = doc[start:end].root
    if root.dep_ in SUBJECT_DEPS and root.head.lemma_.lower() in SPEECH_VERBS:
        return True
    # Parses often miss the inverted `said Vadim, a civil servant`: a speech verb right before
    # the name and punctuation right after it, or `Vadim said` with the verb right after.
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    is_speech = lambda t: t is not None and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEECH_VERBS  # noqa: E731
    return (is_speech(before) and (after is None or after.is_punct)) or is_speech(after)
