"""Figures across articles: the same measure, place and time side by side, agreeing or not.

Records stream past once; each figure keeps only what comparing needs (`FigureEntry`).
At the end, figures are blocked on cheap keys (category, unit, period and a shared
place or proper name) and only those in a block with two or more stories need what they
measure: stored in the record (`ClaimFigure.measure`) or, for older records, read from
the parsed claim sentence (`measure.measure_of`). A group needs the
same measure, the same merged place (at the same level: a city is not its country),
or, without a place, the same named arguments; `verdict` then compares values by time.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from newsclaims.digest.keys import Key, Union, fold
from newsclaims.digest.measure import Measure, arg_key, is_class, measure_sentences
from newsclaims.digest.verdict import compare, interval, time_key, values_match
from newsclaims.digest.when import figure_window
from newsclaims.schema import Article, DigestFigure, DigestPlace, FigureGroup
from newsclaims.schema.digest import FigureMeasure

PRONOUNS = frozenset({"they", "we", "them", "us", "those", "these"})  # not shown as what a figure counts
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w&'-]*[A-Za-z]")
_CALENDAR = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                       "saturday", "sunday", "mr", "mrs", "ms", "dr", "i"})


@dataclass
class FigureEntry:
    """One figure of one claim, with its sentence, until the grouping is done."""

    figure: DigestFigure
    category: str
    counted_key: str | None
    period: str | None
    time: str | None
    local_places: list[str]
    sentence: str
    start: int
    end: int
    anchor: date | None
    place_names: frozenset[str]
    places: frozenset[str] = frozenset()
    story: str = ""
    measure: Measure | None = None
    names: frozenset[str] = field(default_factory=frozenset)
    stored: bool = False  # the measure came with the record: no parse needed


_WORD = re.compile(r"\w+")


def add_figures(entries: list[FigureEntry], article: Article, anchor: date | None) -> None:
    """Keep the comparable figures of one article: not vague, not ages, with a value."""
    numbers = {n.id: n for n in article.numbers}
    place_names = frozenset(arg_key(f) for p in article.places for f in [p.name, *p.aliases,
                                                                        *(m.text for m in p.mentions)])
    for claim in article.claims:
        for fig in claim.figures:
            number = numbers.get(fig.number_id)
            if number is None or number.vague or number.category in ("age", "vague") \
                    or (number.value is None and number.low is None):
                continue
            if number.category == "count" and not fig.counted_key:
                continue
            by = claim.source.name if claim.source else number.source
            sentence = claim.sentence
            stored = getattr(fig, "measure", None)  # written by newer extractors
            entries.append(FigureEntry(
                figure=DigestFigure(
                    source=article.source, id=number.id, text=number.text, value=number.value, low=number.low,
                    high=number.high, unit=number.unit, counted=fig.counted or number.counted,
                    time=fig.time.text if fig.time else None, attributed_to=by, claim_id=claim.id,
                    sentence=claim.text, date=anchor.isoformat() if anchor else None),
                category=number.category, counted_key=fig.counted_key, period=fig.period,
                time=fig.time.text if fig.time else None, local_places=list(fig.place_ids), sentence=sentence.text,
                start=number.start - sentence.start, end=number.end - sentence.start, anchor=anchor,
                place_names=place_names, measure=Measure.of_record(stored) if stored else None,
                stored=stored is not None))


def figure_measures(article: Article) -> dict[tuple[str, str], FigureMeasure]:
    """What each comparable figure of a record measures, by (claim id, number id), parsing its claim sentence.

    The same reading the digest makes of a record without stored measures: what the
    claims extractor stores in `ClaimFigure.measure`. A figure whose measure is not found
    gets an empty one (`thing` ""), so the digest knows not to parse it again.
    """
    entries: list[FigureEntry] = []
    add_figures(entries, article, None)
    measures = measure_sentences([(e.sentence, e.start, e.end, e.counted_key,
                                   e.place_names | {arg_key(e.figure.attributed_to or "")}) for e in entries])
    return {(e.figure.claim_id or "", e.figure.id): m.record() if m is not None else FigureMeasure(thing="")
            for e, m in zip(entries, measures)}


def figure_groups(entries: list[FigureEntry], place_of: dict[Key, str], places: dict[str, DigestPlace],
                  story_of: Callable[[str], str]) -> list[FigureGroup]:
    """Figures about the same measure, place and period from two or more stories, conflicts first."""
    for e in entries:
        e.places = frozenset(place_of[k] for p in e.local_places if (k := (e.figure.source, p)) in place_of)
        e.story = story_of(e.figure.source)
        e.names = frozenset(n for n in (fold(m) for m in _NAME.findall(e.sentence))
                            if n not in _CALENDAR and arg_key(n) not in e.place_names)
    candidates = _candidates(entries)
    entries.clear()  # only the candidates are kept through the parse
    unparsed = [e for e in candidates if not e.stored]
    parsed = measure_sentences([(e.sentence, e.start, e.end, e.counted_key,
                                 e.place_names | {arg_key(e.figure.attributed_to or "")}) for e in unparsed])
    for e, m in zip(unparsed, parsed):
        e.measure = m
    by_key: dict[tuple, list[FigureEntry]] = defaultdict(list)
    for e in candidates:
        m = e.measure
        if m is not None and _comparable(m, e):
            by_key[(m, e.category, e.figure.unit or "", e.period or "")].append(e)
    groups: list[FigureGroup] = []
    for (measure, _, _, period), items in by_key.items():
        for members in _same_place(items):
            if len({e.story for e in members}) >= 2:
                group = _group(measure, period, members, places)
                if group is not None:
                    groups.append(group)
    order = {"conflict": 0, "agree": 1, "compare": 2}
    groups.sort(key=lambda g: (order[g.status], -g.sources, -len(g.figures), g.measure))
    for i, group in enumerate(groups, 1):
        group.id = f"F{i}"
    return groups


def _comparable(m: Measure, e: FigureEntry) -> bool:
    """A measure precise enough to compare: a thing, and more than a base or a broad class (`56% of UK
    homes` says nothing of what those homes have: broadband, digital TV, an HD set; `people` in the UK
    may be dancers, troops or broadband users)."""
    if not m.thing or any(ch.isdigit() for ch in m.thing) or _known_set(e):
        return False  # nothing, or another number (`2004`, the `$27.5bn` a conversion hangs on)
    vague = e.figure.unit == "percent" or is_class(m.thing)
    return not vague or bool(m.event or m.args or m.modifiers)


_DEFINITE = frozenset("the their its his her our my your these those both".split())


def _known_set(e: FigureEntry) -> bool:
    """`the two countries`, `their three children`: a small number after a definite word points back at
    things already named; it states no figure another article could confirm."""
    before = e.sentence[:e.start].split()
    value = e.figure.value
    return bool(before) and before[-1].lower() in _DEFINITE and value is not None and value < 10


def _candidates(entries: list[FigureEntry]) -> list[FigureEntry]:
    """Figures that could agree or conflict with another story's figure in a cheap block.

    A block shares category, unit, period, counted class and a place (or, without a
    place, a proper name of the sentence). Within it, figures at known overlapping times
    may conflict; at unknown times only matching values may agree. Those, the same
    story's other figures in the block, and their copies in other versions of the story
    are the figures worth a parse.
    """
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        base = (e.category, e.figure.unit or "", e.period or "", e.counted_key if e.category == "count" else "")
        for anchor in [("place", p) for p in e.places] or [("name", n) for n in e.names]:
            blocks[(*base, *anchor)].append(i)
    windows = [figure_window(e.time, e.period, e.anchor) for e in entries]
    keep: set[int] = set()
    for ids in blocks.values():
        if len({entries[i].story for i in ids}) < 2:
            continue
        found = _pairable(entries, windows, ids)
        if found:
            stories = {entries[i].story for i in found}
            keep |= found | {i for i in ids if entries[i].story in stories}
    copies = {_copy_key(entries[i]) for i in keep}  # the same figure in another version of the story
    return [e for i, e in enumerate(entries) if i in keep or _copy_key(e) in copies]


def _pairable(entries: list[FigureEntry], windows: list, ids: list[int]) -> set[int]:
    """Figures of a block that have a partner in another story: same known time, or alike time and value."""
    by_time: dict[object, list[int]] = defaultdict(list)
    for i in ids:
        w = windows[i]
        if w is not None:  # known times: any two may conflict
            by_time[("window", w.grain, w.start.year)].append(i)
        by_time[time_key(entries[i].time, entries[i].period)].append(i)  # alike phrases: matching values agree
    found: set[int] = set()
    for key, group in by_time.items():
        if len({entries[i].story for i in group}) < 2:
            continue
        if isinstance(key, tuple):
            found.update(group)
            continue
        valued = sorted((iv[1], i) for i in group if (iv := interval(entries[i].figure)) is not None)
        for n, (_, i) in enumerate(valued):
            for _, j in valued[n + 1:n + 20]:
                if entries[i].story != entries[j].story and values_match(interval(entries[i].figure),
                                                                        interval(entries[j].figure)):
                    found.update((i, j))
    return found


def _copy_key(e: FigureEntry) -> tuple:
    return e.story, e.category, e.figure.value, e.figure.low, e.figure.high, e.figure.unit


RESTATED = 0.7
"""Share of the shorter sentence's word trigrams the other sentence has, from which one restates the
other (containment, not Jaccard: a reused sentence is often trimmed or lengthened; trigrams, not words:
two reporters' own sentences about one figure share words, rarely runs of them)."""


COPIED_RUN = 9
"""Words in a row two sentences share from which one copies the other's clause (`with 200 million
tracks bought online in the US and Europe in 12 months`), however the rest differs."""


def _restated(a: FigureEntry, b: FigureEntry) -> bool:
    """The same value in nearly the same sentence, or in a clause copied into another: one statement
    reused, not two sources."""
    if (a.figure.value, a.figure.low, a.figure.high) != (b.figure.value, b.figure.low, b.figure.high):
        return False
    x, y = (_WORD.findall((e.figure.sentence or "").casefold()) for e in (a, b))
    tx, ty = _trigrams(x), _trigrams(y)
    if tx and ty and len(tx & ty) / min(len(tx), len(ty)) >= RESTATED:
        return True
    return _longest_run(x, y) >= COPIED_RUN


def _trigrams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def _longest_run(x: list[str], y: list[str]) -> int:
    """The most words in a row the two lists share (sentences: a few dozen words each)."""
    best, previous = 0, [0] * (len(y) + 1)
    for word in x:
        current = [0] * (len(y) + 1)
        for j, other in enumerate(y, 1):
            if word == other:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


def _same_place(items: list[FigureEntry]) -> list[list[FigureEntry]]:
    """Figures sharing a merged place; figures without a place join only on named arguments."""
    union = Union()
    first: dict[str, int] = {}
    for i, e in enumerate(items):
        union.find(i)
        if e.places:
            for p in e.places:
                union.union(i, first.setdefault(p, i))
        elif e.measure is not None and e.measure.args:
            union.union(i, first.setdefault("", i))
    return [[items[i] for i in g] for g in union.groups(range(len(items)))
            if items[g[0]].places or (items[g[0]].measure and items[g[0]].measure.args)]


def _group(measure: Measure, period: str, members: list[FigureEntry],
           places: dict[str, DigestPlace]) -> FigureGroup | None:
    """One group: copies of a figure shown once; None when nothing lines up.

    A copy is the same figure in another version of one story, or in another article's
    sentence that restates the first (`_restated`: a follow-up story reusing its background
    paragraph): one source, not two that agree.
    """
    kept: dict[tuple, FigureEntry] = {}
    for e in sorted(members, key=lambda e: (e.figure.source, e.figure.id)):
        same = (e.story, e.figure.value, e.figure.low, e.figure.high)
        if same in kept and kept[same].figure.source != e.figure.source:
            kept[same].figure.copies.append(e.figure.source)
            continue
        earlier = next((k for k in kept.values() if k.story != e.story and _restated(k, e)), None)
        if earlier is not None:
            earlier.figure.copies.append(e.figure.source)
            continue
        kept.setdefault(same, e)
    items = list(kept.values())
    if len({e.story for e in items}) < 2:
        return None  # one source, however often repeated
    for e in items:
        window = figure_window(e.time, e.period, e.anchor)
        e.figure.window = window.label() if window else None
        e.figure.places = sorted(places[p].name for p in e.places)
    status, note = compare([(e.figure, e.story, figure_window(e.time, e.period, e.anchor), e.time, e.period)
                            for e in items])
    if status == "compare" and not period and not any(e.figure.window for e in items):
        return None  # no shared time and no rate: nothing a reader could line up
    shared = Counter(places[p].name for e in items for p in e.places)
    words = Counter(e.figure.counted for e in items if e.figure.counted and e.figure.counted.lower() not in PRONOUNS)
    return FigureGroup(
        id="", counted=", ".join(w for w, _ in words.most_common(3)) or measure.thing, counted_key=measure.thing,
        measure=measure.label(), place=shared.most_common(1)[0][0] if shared else None, period=period or None,
        status=status, note=note, sources=len({e.story for e in items}), figures=[e.figure for e in items])
