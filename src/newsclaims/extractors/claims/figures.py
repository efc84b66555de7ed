"""What a claim's figures measure: the counted thing, its class, the time and the period.

These are the keys for comparing figures across articles (`1,688 Russians ... that day`
is a count of persons per day). `measure` is the digest's same-thing key (counted thing,
event, modifiers, named arguments), read here from the parsed article so that the digest
need not parse claim sentences again.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span as SpacySpan, Token

# The digest's reading, so a stored measure and the digest's own parse of an older record agree.
from newsclaims.digest.measure import arg_key, measure_of
from newsclaims.lexicon import load_groups
from newsclaims.pipeline.tokens import SUBJECT_DEPS, is_single_name
from newsclaims.schema import ClaimFigure, Place, Quantity, Span
from newsclaims.schema.digest import FigureMeasure

COUNTED_CLASS = {word: cls for cls, words in load_groups("counted_classes").items() for word in words}
# Heads that count something else: `the number of migrants` counts migrants.
COUNT_HEADS = frozenset({"number", "total", "count", "tally", "figure"})
PERIOD_WORDS = ["day", "week", "month", "year", "night", "hour"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
CUMULATIVE = frozenset({"by", "since", "until", "till", "through", "throughout"})
_PERIOD_RE = [
    ("day", re.compile(r"\b(?:day|daily|today|tonight|yesterday|overnight|night|nightly|"
                       r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")),
    ("week", re.compile(r"\b(?:week|weekly|weekend)\b")),
    ("month", re.compile(r"\b(?:month|monthly|january|february|march|april|may|june|july|august|"
                         r"september|october|november|december)\b")),
    ("year", re.compile(r"\b(?:year|yearly|annual|annually|\d{4})\b")),
]
_PLURAL_STRETCH = re.compile(r"\b(?:days|weeks|months|years|decades)\b")


def time_expressions(found: list[SpacySpan]) -> list[SpacySpan]:
    """Dates and rate phrases of a sentence without overlaps (a date entity wins), in text order."""
    kept: list[SpacySpan] = []
    for span in sorted(found, key=lambda s: (s.label_ not in ("DATE", "TIME"), s.start)):
        if not any(k.start < span.end and span.start < k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def period_of(time: SpacySpan | None) -> str | None:
    """The stretch a time expression covers: `each day`/`on Friday` -> day; `by Tuesday` -> None."""
    if time is None:
        return None
    before = time.doc[time.start - 1].lower_ if time.start > 0 else ""
    text = time.text.lower()
    if before in CUMULATIVE or text.split()[0] in CUMULATIVE or _in_cumulative_clause(time):
        return None
    is_rate = re.search(r"\b(?:each|every|per|a|an|daily|weekly|monthly|annually|yearly)\b", text)
    if _PLURAL_STRETCH.search(text) and not is_rate:
        return None
    for period, pattern in _PERIOD_RE:
        if pattern.search(text):
            return period
    return None


def _in_cumulative_clause(time: SpacySpan) -> bool:
    """`since Putin announced ... last Wednesday`: the date starts a running total, not a period."""
    for head in time.root.ancestors:
        for c in head.children:
            if c.lower_ in CUMULATIVE and c.i < time.start and (
                    c.dep_ == "mark" or (c.dep_ == "prep" and time.root in c.subtree)):
                return True
        if head.pos_ in ("VERB", "AUX"):
            return False
    return False


def place_keys(places: list[Place]) -> frozenset[str]:
    """Every name of the article's places as a measure argument key: places are not arguments."""
    return frozenset(arg_key(name) for p in places
                     for name in [p.name, *p.aliases, *(m.text for m in p.mentions)])


def claim_figures(
    doc: Doc, clause: SpacySpan, numbers: list[Quantity], times: list[SpacySpan], place_ids: list[str],
    places: frozenset[str] = frozenset(), source: str | None = None,
) -> list[ClaimFigure]:
    """What each figure counts, when, where and what it measures: the keys for comparing figures
    across articles. `places` are `place_keys`; `source` is who the claim is attributed to (else
    each figure's own source): neither counts as whose figure it is."""
    out: list[ClaimFigure] = []
    last_noun: tuple[str, str] | None = None
    for k, number in enumerate(numbers):
        span = doc.char_span(number.start, number.end, alignment_mode="expand")
        if span is None:
            continue
        noun = _counted_token(span)
        if number.counted:
            counted, key = number.counted, _key_for_text(number.counted, clause)
        elif noun is not None:
            counted, key = _noun_text(noun), _key(noun)
        elif last_noun is not None and span.root.dep_ not in SUBJECT_DEPS:
            counted, key = last_noun  # `5,262 on Thursday` after `1,688 Russians`
        else:
            earlier = _earlier_counted(clause, span)  # `fewer Russians entering: only 6,109`
            counted, key = (_noun_text(earlier), _key(earlier)) if earlier is not None else (None, None)
        if key is not None:
            last_noun = (counted or key, key)
        time = _time_for(number, numbers[k - 1] if k else None,
                         numbers[k + 1] if k + 1 < len(numbers) else None, clause, times)
        # The numbers extractor's time wins when it names a period; else a rate in the clause
        # (`daily visitors ... in recent days`: the figure is per day).
        own = Span(start=time.start_char, end=time.end_char, text=time.text) if time is not None else None
        given = number.time
        given_period = period_of(doc.char_span(given.start, given.end, alignment_mode="expand")) if given else None
        own_period = period_of(time)
        if given is not None and (given_period is not None or own_period is None):
            time_span, period = given, given_period
        else:
            time_span, period = own, own_period
        said_by = arg_key(source if source is not None else number.source or "")
        measure = measure_of(doc, number.start, number.end, key, places | {said_by})
        out.append(ClaimFigure(number_id=number.id, counted=counted, counted_key=key, period=period,
                               time=time_span, place_ids=place_ids,
                               measure=measure.record() if measure is not None else FigureMeasure(thing="")))
    return out


def _counted_token(span: SpacySpan) -> Token | None:
    """The noun a figure counts: its head (`1,688 Russians`), `of` object, or the copula's subject."""
    root = span.root
    candidate: Token | None = None
    if root.dep_ in ("nummod", "quantmod", "amod", "compound") and root.head.pos_ in ("NOUN", "PROPN") \
            and not (span.start <= root.head.i < span.end) and not is_single_name(root.head):
        candidate = root.head
    else:
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None:
            candidate = obj
        elif root.dep_ in ("attr", "acomp") or (root.dep_ == "advmod" and root.head.lemma_ == "be"):
            candidate = next((c for c in root.head.children if c.dep_ in SUBJECT_DEPS), None)
    if candidate is not None and candidate.lemma_.lower() in COUNT_HEADS:
        of = next((c for c in candidate.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        candidate = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return candidate


def _earlier_counted(clause: SpacySpan, span: SpacySpan) -> Token | None:
    """The nearest noun before the figure in its clause whose class is known (a demonym, `people`)."""
    for token in reversed(clause.doc[clause.start:span.start]):
        if token.pos_ in ("NOUN", "PROPN") and (token.ent_type_ == "NORP" or token.lemma_.lower() in COUNTED_CLASS):
            return token
    return None


def _noun_text(noun: Token) -> str:
    """The counted noun with its compounds (`border crossings`), as written."""
    left = min([noun.i] + [c.i for c in noun.lefts if c.dep_ == "compound"])
    return noun.doc[left:noun.i + 1].text


def _key(noun: Token) -> str:
    lemma = noun.lemma_.lower()
    if noun.ent_type_ == "NORP" or lemma in COUNTED_CLASS and COUNTED_CLASS[lemma] == "person":
        return "person"
    if noun.lower_ in ("they", "we", "them", "us"):
        return "person"
    return COUNTED_CLASS.get(lemma, lemma)


def _key_for_text(counted: str, clause: SpacySpan) -> str:
    """The class of a counted phrase given as text: look its last word up in the clause."""
    last = counted.split()[-1].lower() if counted.split() else counted.lower()
    for token in clause:
        if token.lower_ == last:
            return _key(token)
    return COUNTED_CLASS.get(last.rstrip("s"), COUNTED_CLASS.get(last, last))


def _time_for(
    number: Quantity, prev: Quantity | None, nxt: Quantity | None, clause: SpacySpan, times: list[SpacySpan]
) -> SpacySpan | None:
    """The time expression nearest a figure on its side of the neighbouring figures; else a rate."""
    lo = prev.end if prev is not None else clause.start_char
    hi = nxt.start if nxt is not None else clause.end_char
    after = [t for t in times if number.end <= t.start_char and t.end_char <= hi]
    if after:
        return after[0]
    before = [t for t in times if lo <= t.start_char and t.end_char <= number.start]
    if before:
        return before[-1]
    rates = [t for t in times if re.search(r"\b(?:each|every|per|daily|weekly|monthly|annually|yearly)\b",
                                           t.text.lower())]
    return rates[0] if rates else None

