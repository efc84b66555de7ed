"""Claims: clauses that assert a figure or report what a source says, scored for checking.

A claim is the unit a fact-checker triages, so it is a clause rather than a whole
sentence when a sentence joins independent clauses (`X happened, and only 1,688 ...
according to Y` gives the second clause its own claim). The score is a plain sum of
weighted reasons, each listed with its weight, so the order is explainable.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span as SpacySpan, Token
from spacy.vocab import Vocab

from newsclaims.pipeline.boilerplate import inside
from newsclaims.extractors.base import Context, Extractor
from newsclaims.lexicon import load_groups
from newsclaims.attribution import claim_source, reporting_verbs
from newsclaims.lexicon.speech import CLAIM_CUES
from newsclaims.pipeline.spans import SpanIndex
from newsclaims.pipeline.matchers import phrase_matcher
from newsclaims.schema import Claim, ClaimFigure, Quantity, Quote, Source, Span


COUNTED_CLASS = {word: cls for cls, words in load_groups("counted_classes").items() for word in words}

# Weight of each reason in the check-worthiness score (summed, then clipped to 0..1).
WEIGHTS = {
    "figure": 0.30,
    "more figures": 0.05,
    "money or percentage": 0.05,
    "comparison": 0.15,
    "change over time": 0.15,
    "superlative": 0.15,
    "named source": 0.10,
    "unnamed source": 0.05,
    "unattributed figure": 0.05,
    "reported speech": 0.20,
    "specific time": 0.05,
    "specific place": 0.05,
    "only vague magnitudes": -0.15,
    "personal account": -0.10,
    "prediction": -0.05,
}
# Heads of a source phrase that name an institution, or officials speaking for one, not a person.
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


@lru_cache(maxsize=8)
def _matcher(vocab: Vocab) -> PhraseMatcher:
    """Rate phrases and attribution cues; built once per vocabulary."""
    # LOWER, not LEMMA: the phrases must also match on pipelines without a lemmatizer.
    rates = ["daily", "weekly", "monthly", "annually", "yearly", "nightly", *WEEKDAYS]
    return phrase_matcher(vocab, "LOWER", {
        "RATE": [(each, period) for each in ("each", "every", "per", "a", "an") for period in PERIOD_WORDS]
        + [(word,) for word in rates],
        "ACCORDING": [("according", "to")],
        "COMPARED": [(verb, to) for verb in ("compared", "compare", "comparing") for to in ("to", "with")],
    })


def extract_claims(doc: Doc, ctx: Context) -> list[Claim]:
    """Every checkable clause of the article, in text order."""
    people, places, numbers, quotes, boilerplate = ctx.people, ctx.places, ctx.numbers, ctx.quotes, ctx.boilerplate
    matches = [(doc.vocab.strings[m], s, e) for m, s, e in _matcher(doc.vocab)(doc)]
    by_label: dict[str, list[SpacySpan]] = {"RATE": [], "ACCORDING": [], "COMPARED": []}
    for label, s, e in matches:
        by_label[label].append(doc[s:e])
    dates = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    cues = SpanIndex([(c.start_char, c.end_char, c) for c in by_label["ACCORDING"]])
    compared = SpanIndex([(c.start_char, c.end_char, c) for c in by_label["COMPARED"]])
    times = SpanIndex([(t.start_char, t.end_char, t) for t in dates + by_label["RATE"]])
    mentions = SpanIndex([(m.start, m.end, p) for p in people for m in p.mentions])
    place_at = SpanIndex([(m.start, m.end, p) for p in places for m in p.mentions])
    number_at = SpanIndex([(n.start, n.end, n) for n in numbers])
    quote_at = SpanIndex([(q.start, q.end, q) for q in quotes])
    claims: list[Claim] = []
    text = ctx.text
    for unit in _units(doc, quote_at, boilerplate):
        unit_places = _ids(place_at.within(unit.start_char, unit.end_char))
        unit_times = _time_expressions(times.within(unit.start_char, unit.end_char))
        for clause in _clauses(unit, quote_at):
            start, end = _trim(doc, clause)
            nums = number_at.within(start, end)
            qs = quote_at.overlapping(start, end)
            speech = reporting_verbs(clause, qs)
            figures = [n for n in nums if n.category != "age"]
            own_cues = cues.within(clause.start_char, clause.end_char)
            if not figures and not qs and not speech and not own_cues:
                continue
            according = own_cues or cues.within(unit.start_char, unit.end_char)
            source = claim_source(doc, qs, speech, according, mentions)
            kind = "both" if figures and (qs or source) else ("quantitative" if figures else "attributed")
            person_ids = _ids(mentions.within(start, end))
            if source and source.person_id and source.person_id not in person_ids:
                person_ids.append(source.person_id)
            claim_places = _ids(place_at.within(start, end))
            reasons = _reasons(clause, figures, qs, speech, source, claim_places, unit_times,
                               bool(compared.within(start, end)))
            score = round(min(1.0, max(0.0, sum(w for _, w in reasons))), 2)
            claims.append(
                Claim(
                    id=f"c{len(claims) + 1}", start=start, end=end, text=text[start:end],
                    sentence=Span.of(text, *_trim(doc, unit)), kind=kind, source=source,
                    number_ids=[n.id for n in nums], person_ids=person_ids, place_ids=claim_places,
                    quote_ids=[q.id for q in qs], score=score,
                    reasons=[f"{label} ({weight:+.2f})" for label, weight in reasons],
                    figures=_figures(doc, clause, figures, unit_times, unit_places),
                )
            )
    return claims


def _ids(items: list) -> list[str]:
    return list(dict.fromkeys(i.id for i in items))


def _trim(doc: Doc, span: SpacySpan) -> tuple[int, int]:
    """Character bounds without surrounding space and without a dangling `, and` at the end."""
    start_i, end_i = span.start, span.end
    while start_i < end_i - 1 and doc[start_i].is_space:
        start_i += 1
    while end_i - 1 > start_i and (doc[end_i - 1].is_space or doc[end_i - 1].dep_ == "cc"
                                   or doc[end_i - 1].text in {",", ";", "—", "–"}):
        end_i -= 1
    start, end = doc[start_i].idx, doc[end_i - 1].idx + len(doc[end_i - 1].text)
    return start, end


def _units(doc: Doc, quotes: SpanIndex[Quote], boilerplate: tuple[tuple[int, int], ...]) -> list[SpacySpan]:
    """Sentences outside page furniture, joined when one quotation runs across them."""
    units: list[SpacySpan] = []
    for sent in doc.sents:
        if not sent.text.strip() or inside(boilerplate, sent.start_char, sent.end_char):
            continue
        if units and units[-1].end == sent.start and quotes.covers(sent.start_char):
            units[-1] = doc[units[-1].start:sent.end]
        else:
            units.append(sent)
    return units


def _clauses(unit: SpacySpan, quotes: SpanIndex[Quote]) -> list[SpacySpan]:
    """Split a sentence before each coordinated clause that has its own subject."""
    doc = unit.doc
    cuts = []
    for token in unit:
        if (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and token.head.i < token.i
                and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)
                and any(c.dep_ == "cc" for c in token.head.children)):
            cut = token.left_edge.i
            at = doc[cut].idx
            if unit.start < cut and not quotes.covers(at):
                cuts.append(cut)
    bounds = [unit.start, *sorted(set(cuts)), unit.end]
    return [doc[a:b] for a, b in zip(bounds, bounds[1:]) if b > a and doc[a:b].text.strip()]


def _time_expressions(found: list[SpacySpan]) -> list[SpacySpan]:
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


def _figures(
    doc: Doc, clause: SpacySpan, numbers: list[Quantity], times: list[SpacySpan], place_ids: list[str]
) -> list[ClaimFigure]:
    """What each figure counts, when, and where: the keys for comparing figures across articles."""
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
        elif last_noun is not None and span.root.dep_ not in ("nsubj", "nsubjpass"):
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
        out.append(ClaimFigure(number_id=number.id, counted=counted, counted_key=key, period=period,
                               time=time_span, place_ids=place_ids))
    return out


def _counted_token(span: SpacySpan) -> Token | None:
    """The noun a figure counts: its head (`1,688 Russians`), `of` object, or the copula's subject."""
    root = span.root
    candidate: Token | None = None
    if root.dep_ in ("nummod", "quantmod", "amod", "compound") and root.head.pos_ in ("NOUN", "PROPN") \
            and not (span.start <= root.head.i < span.end):
        candidate = root.head
    else:
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None:
            candidate = obj
        elif root.dep_ in ("attr", "acomp") or (root.dep_ == "advmod" and root.head.lemma_ == "be"):
            candidate = next((c for c in root.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
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


def _reasons(
    clause: SpacySpan,
    figures: list[Quantity],
    quotes: list[Quote],
    speech: list[Token],
    source: Source | None,
    places: list[str],
    times: list[SpacySpan],
    compared: bool,
) -> list[tuple[str, float]]:
    """Why the clause is worth checking, each reason with its weight."""
    reasons: list[tuple[str, str]] = []
    exact = [n for n in figures if not n.vague]
    if exact:
        reasons.append(("figure", ", ".join(n.text for n in exact[:4])))
        if len(exact) > 1:
            reasons.append(("more figures", f"{len(exact)} in all"))
        if any(n.category in ("money", "percent") for n in exact):
            reasons.append(("money or percentage", ""))
    elif figures:
        reasons.append(("figure", ", ".join(n.text for n in figures[:4])))
        reasons.append(("only vague magnitudes", ""))
    tokens = list(clause)
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    qualifier_words = {"more", "less", "fewer"}
    comparative = [t for t in tokens if t.tag_ in ("JJR", "RBR") and not (
        t.lower_ in qualifier_words and t.i + 2 < len(t.doc) and t.nbor().lower_ == "than" and t.nbor(2).like_num)]
    if comparative or lemmas & CLAIM_CUES["comparison"] or compared:
        word = comparative[0].text if comparative else next(iter(sorted(lemmas & CLAIM_CUES["comparison"])), "compared")
        reasons.append(("comparison", word))
    change = sorted(lemmas & CLAIM_CUES["change"])
    if change:
        reasons.append(("change over time", change[0]))
    superlative = [t for t in tokens if t.tag_ in ("JJS", "RBS") and not (
        t.i > 0 and t.doc[t.i - 1].lower_ == "at")]
    # `a record high` claims an extreme; `were recorded` does not: cue words count only off verbs.
    extreme = {w for t in tokens if t.pos_ not in ("VERB", "AUX") for w in (t.lemma_.lower(), t.lower_)}
    if superlative or extreme & CLAIM_CUES["superlative"]:
        word = superlative[0].text if superlative else sorted(extreme & CLAIM_CUES["superlative"])[0]
        reasons.append(("superlative", word))
    if source is not None:
        reasons.append(("named source" if source.kind != "description" else "unnamed source", source.name))
    elif exact:
        reasons.append(("unattributed figure", ""))
    if (quotes or speech or (source is not None and source.cue == "according to")) and not figures:
        reasons.append(("reported speech", ""))
    if any(clause.start <= t.start < clause.end for t in times):
        reasons.append(("specific time", ""))
    if places:
        reasons.append(("specific place", ""))
    first_person = any(t.lower_ in ("i", "me", "my", "we", "our") for t in tokens)
    if first_person and not exact:
        reasons.append(("personal account", ""))
    modal = [t for t in tokens if t.lemma_.lower() in CLAIM_CUES["prediction"] and t.tag_ in ("MD", "VB", "VBZ", "VBP",
                                                                                          "VBD", "VBG", "VBN")]
    if modal:
        reasons.append(("prediction", modal[0].text))
    return [(f"{label}: {detail}" if detail else label, WEIGHTS[label]) for label, detail in reasons]


EXTRACTOR = Extractor(provides="claims", needs=("people", "places", "numbers", "quotes"), run=extract_claims)
