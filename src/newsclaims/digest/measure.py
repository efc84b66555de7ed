"""What a figure measures: the counted thing, what happens to it, and whose it is.

`Russians crossing into Finland` and `nominations for Oscars` both count something, but
only figures that share the counted thing (`person`, `nomination`), the event (`movement`:
cross, enter, visit ... as classes in `lexicon/data/measure_events.txt`), the thing's modifiers
(`Oscar`, `net`) and the named arguments of the clause (`The Aviator`, `Time Warner`)
measure the same thing. Places are left out: the digest compares them on its own
merged places.

`measure_of` reads it from the parsed claim sentence. It is a pure function of a spaCy
`Doc` and the figure's character span, so the claims extractor can call it and store the
result in the record (`ClaimFigure.measure`, a `FigureMeasure`); the digest then uses the
stored measure and parses only the figures of records without one. spaCy is imported
only for that parse: a digest of records that carry their measures never loads a model.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from newsclaims.digest.keys import fold
from newsclaims.lexicon import load_groups
from newsclaims.lexicon.numbers import SCALE_WORDS, SHORT_SCALES
from newsclaims.schema.digest import FigureMeasure

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

SUBJECTS = ("nsubj", "nsubjpass")
OBJECTS = ("dobj", "attr", "oprd", "dative", "acomp", "npadvmod", "appos")
# Nouns that stand for the figure itself: the measure is what they are `of`.
COUNT_HEADS = frozenset({"number", "total", "figure", "amount", "level", "count", "tally", "sum", "value", "rate",
                         "share", "proportion", "percentage", "majority", "minority", "half", "third", "quarter"})
# Modifiers that say when, not what (`daily visitors`, `annual profits`): time is compared on its own.
TIME_WORDS = frozenset({"daily", "weekly", "monthly", "annual", "yearly", "quarterly", "last", "first", "second",
                        "third", "fourth", "previous", "next", "current", "recent", "latest", "new", "total", "full",
                        "such", "other", "more", "less", "same", "many", "few", "several", "some", "most", "only"})
# Entities whose name says whose figure it is; places and nationalities are compared as places.
ARG_ENTS = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LAW", "LANGUAGE"})
CALENDAR = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                      "saturday", "sunday"})
NOT_ARGS = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


@dataclass(frozen=True)
class Measure:
    """The same-thing key of a figure: equal keys measure the same thing (given place and time)."""

    thing: str
    event: str | None = None
    modifiers: frozenset[str] = frozenset()
    args: frozenset[str] = frozenset()

    def label(self) -> str:
        """`person moving (The Aviator)`: a short reading of the key for the report."""
        parts = [" ".join(sorted(self.modifiers)), self.thing, f"· {self.event}" if self.event else ""]
        text = " ".join(p for p in parts if p)
        return text + (f" ({', '.join(sorted(self.args))})" if self.args else "")

    def record(self) -> FigureMeasure:
        """The measure as the record stores it."""
        return FigureMeasure(thing=self.thing, event=self.event, modifiers=sorted(self.modifiers),
                             args=sorted(self.args))

    @classmethod
    def of_record(cls, stored: FigureMeasure | dict) -> Measure:
        """The measure a record stores (a `FigureMeasure`, or its JSON object)."""
        m = stored if isinstance(stored, FigureMeasure) else FigureMeasure.model_validate(stored)
        return cls(thing=m.thing, event=m.event, modifiers=frozenset(m.modifiers), args=frozenset(m.args))


@cache
def _classes() -> tuple[dict[str, str], dict[str, str]]:
    """Event classes (`cross` -> movement) and counted classes (`visitor` -> person)."""
    events = {w: name for name, words in load_groups("measure_events").items() for w in words}
    counted = {w: cls for cls, words in load_groups("counted_classes").items() for w in words}
    return events, counted


def event_class(lemma: str) -> str | None:
    """The class of what happens (`crossed` -> movement), None for a verb that only reports or changes a figure."""
    cls = _classes()[0].get(lemma, lemma)
    return None if cls == "transparent" else cls


@cache
def is_class(thing: str) -> bool:
    """A measured thing that is a broad class (`person`, `vehicle`), not a noun of its own."""
    return thing in set(_classes()[1].values())


def thing_class(token: Token, counted_key: str | None) -> str:
    """What is counted, as a class: `Russians` and `visitors` -> person; a pronoun takes the record's class."""
    lemma = token.lemma_.lower()
    if token.pos_ == "PRON":
        return counted_key or "person"
    if token.ent_type_ == "NORP":
        return "person"
    if lemma not in _classes()[1] and token.pos_ == "PROPN" and counted_key:
        return counted_key  # `Russians` without the entity recogniser: the record's class
    return _classes()[1].get(lemma, lemma)


def measure_of(doc: Doc, start: int, end: int, counted_key: str | None = None,
               places: frozenset[str] = frozenset()) -> Measure | None:
    """The measure of the figure at characters `start:end` of a parsed sentence (None when not found).

    `places` are name keys (`arg_key`) of the article's places: compared as places, not as arguments.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    noun = _counted_noun(root, span.start, span.end)
    pred, noun_is_quantity = _predicate(noun, root)
    thing = noun
    event: str | None = None
    if pred is not None and pred.pos_ in ("VERB", "AUX"):
        event = event_class(pred.lemma_.lower())
        if event is None or noun_is_quantity:
            # `profits rose to $1bn`, `the number of visitors has been 8,000`: the subject is what is measured.
            subject = next((c for c in pred.children if c.dep_ in SUBJECTS), None)
            if noun_is_quantity and subject is not None and subject.i != noun.i:
                thing = _of_object(subject) if subject.pos_ in ("NOUN", "PRON") and subject.ent_type_ not in \
                    NOT_ARGS else _object_of(pred, noun)
            if event is None:
                event = _event_below(pred)
    elif pred is not None and pred.pos_ in ("NOUN", "PROPN") and noun_is_quantity:
        thing = _of_object(pred)  # `a 40% drop in profits` -> drop; `$540m repayment demand` -> demand
    from newsclaims.pipeline.tokens import is_single_name  # here: the digest imports spaCy only to parse

    # The figure's own tokens or another's (`$339m`'s `m`) or a name beside it (`Italy 17-28 Ireland`) are not what it counts.
    bare = span.start <= thing.i < span.end or is_single_name(thing) or thing.like_num \
        or thing.lower_ in SHORT_SCALES or thing.lower_ in SCALE_WORDS  # `(£79m)` hangs on `$150m`'s `m`
    thing_key = thing_class(thing, counted_key) if not bare else (counted_key or "")
    if not event:
        event = _classes()[0].get(thing.lemma_.lower())  # an event noun: `visitors`, `crossings`, `deaths`
        event = None if event == "transparent" else event
    top = pred if pred is not None else thing
    modifiers = _modifiers(thing, span.start, span.end)
    return Measure(thing=thing_key, event=event, modifiers=modifiers,
                   args=_args(top, span.start, span.end, thing) - places - modifiers)


def _counted_noun(root: Token, lo: int, hi: int) -> Token:
    """The noun a number counts (`7,000 travellers`, `14m tonnes of crops`), or the number itself."""
    if root.dep_ in ("nummod", "quantmod", "compound", "amod") and root.head.pos_ in ("NOUN", "PROPN", "PRON") \
            and not lo <= root.head.i < hi:
        return _of_object(root.head)
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return _of_object(obj) if obj is not None else root


def _of_object(noun: Token) -> Token:
    """`the number of visitors` -> visitors: a count head stands for what it counts."""
    if noun.lemma_.lower() not in COUNT_HEADS:
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in")), None)
    return next((c for c in of.children if c.dep_ == "pobj"), noun) if of is not None else noun


def _predicate(noun: Token, root: Token) -> tuple[Token | None, bool]:
    """The verb or noun the figure hangs on, and whether the figure is a bare quantity (`$1bn`, `76%`)."""
    quantity = noun.i == root.i
    token = noun
    for _ in range(4):
        if token.dep_ == "conj":  # `5,262 and over 8,000`: the first conjunct's head
            token = token.head
            continue
        if token.dep_ == "ROOT":
            return None, quantity
        head = token.head
        if token.dep_ == "pobj" and head.dep_ in ("prep", "agent"):  # `rose to $1bn`
            head = head.head
        if head.lemma_.lower() == "compare":  # `compared to 5,262`: the main clause's measure
            token, quantity = head, True
            continue
        return head, quantity
    return None, quantity


def _object_of(verb: Token, noun: Token) -> Token:
    """`Georgia saw fewer Russians entering: only 6,109`: the object counted, not the place that saw it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i != noun.i), None)
    return obj if obj is not None else noun


def _event_below(verb: Token) -> str | None:
    """`were able to cross`, `are 8,000 to cross`: the first event verb below a reporting verb."""
    for child in verb.subtree:
        if child.i != verb.i and child.pos_ == "VERB" and child.dep_ in ("xcomp", "advcl", "acl", "relcl", "ccomp"):
            cls = event_class(child.lemma_.lower())
            if cls is not None and child.lemma_.lower() not in ("say", "tell"):
                return cls
    return None


def _modifiers(thing: Token, lo: int, hi: int) -> frozenset[str]:
    """What narrows the counted thing: `Oscar` nominations, `net` profit (not when: `daily`, not where)."""
    out = set()
    for child in thing.children:
        if child.dep_ in ("compound", "amod") and not lo <= child.i < hi and child.ent_type_ not in NOT_ARGS \
                and child.lemma_.lower() not in TIME_WORDS and child.pos_ in ("NOUN", "PROPN", "ADJ"):
            out.add(fold(child.lemma_))
    return frozenset(out)


def _args(top: Token, lo: int, hi: int, thing: Token) -> frozenset[str]:
    """Named entities and proper names in the figure's clause: whose profits, which film."""
    doc = top.doc
    left, right = top.left_edge.i, top.right_edge.i + 1
    out = set()
    # `according to the Border Guard` says who, not whose
    said = {s.i for t in doc[left:right] if t.lower_ == "according" for s in t.subtree}
    for token in doc[left:right]:  # the clause's entities from their tags: no scan of the article's
        if token.ent_iob_ != "B" or token.ent_type_ not in ARG_ENTS:
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if end <= right and not (token.i < hi and lo < end) and token.i not in said:
            out.add(arg_key(doc[token.i:end].text))
    run: list[str] = []
    for token in [*doc[left:right], None]:  # runs of proper names the entity recogniser missed
        if token is not None and token.pos_ == "PROPN" and not token.ent_type_ and not lo <= token.i < hi \
                and token.lower_ not in CALENDAR \
                and token.i != thing.i and token.i > 0 \
                and token.i not in said:
            run.append(token.text)
            continue
        if run:
            out.add(arg_key(" ".join(run)))
            run = []
    return frozenset(a for a in out if a)


def arg_key(text: str) -> str:
    """`Time Warner's`, `TimeWarner` -> timewarner."""
    key = fold(text).replace("'s", "").replace("'", "")
    key = key.removeprefix("the ")
    return key.replace(" ", "")


@cache
def parser() -> Language:
    """The installed spaCy pipeline, loaded once and only when some figures need a parse."""
    import spacy

    from newsclaims.pipeline import DEFAULT_MODEL

    return spacy.load(DEFAULT_MODEL)


def measure_sentences(items: list[tuple[str, int, int, str | None, frozenset[str]]]) -> list[Measure | None]:
    """`measure_of` for many (sentence, start, end, counted class, place names): each distinct sentence parsed once."""
    if not items:
        return []
    by_sentence: dict[str, list[int]] = {}
    for n, (sentence, *_) in enumerate(items):
        by_sentence.setdefault(sentence, []).append(n)
    out: list[Measure | None] = [None] * len(items)
    for doc in parser().pipe(by_sentence, batch_size=32):  # docs are dropped as soon as they are read
        for n in by_sentence[doc.text]:
            _, start, end, counted, places = items[n]
            out[n] = measure_of(doc, start, end, counted, places)
    return out
