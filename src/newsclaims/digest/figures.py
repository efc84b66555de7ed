"""Figures across articles: the same counted thing, place and period side by side, agreeing or not."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from newsclaims.digest.keys import Key, Union, fold
from newsclaims.schema import Article, Claim, ClaimFigure, DigestFigure, DigestPlace, FigureGroup, Quantity

FIGURE_TOLERANCE = 0.10
PRONOUNS = frozenset({"they", "we", "them", "us", "those", "these"})  # not shown as what a figure counts
RATE_WORDS = re.compile(r"\b(?:each|every|per|a|daily|weekly|monthly|annually|yearly)\b")


def figure_groups(records: list[Article], place_of: dict[Key, str],
                   places: dict[str, DigestPlace]) -> list[FigureGroup]:
    """Figures about the same counted thing, place and period, from two or more articles."""
    figures: list[tuple[tuple, set[str], DigestFigure]] = []
    for article in records:
        numbers = {n.id: n for n in article.numbers}
        for claim in article.claims:
            for fig in claim.figures:
                number = numbers.get(fig.number_id)
                if number is None or number.vague or not fig.counted_key or number.category == "age":
                    continue
                place_ids = {place_of[(article.source, p)] for p in fig.place_ids if (article.source, p) in place_of}
                # A rate (`each day`) compares by class (`visitors` ~ `Russians`); a one-off figure by its noun.
                what = fig.counted_key if fig.period else fold(fig.counted or "")
                if not what:
                    continue
                figures.append(((what, number.unit or "", fig.period or ""), place_ids,
                                _digest_figure(article.source, number, claim, fig, place_ids, places)))
    by_key: dict[tuple, list[int]] = defaultdict(list)
    for i, (key, _, _) in enumerate(figures):
        by_key[key].append(i)
    groups: list[FigureGroup] = []
    for (counted, unit, period), idx in by_key.items():
        union = Union()
        by_places: dict[frozenset[str], list[int]] = defaultdict(list)
        for i in idx:  # figures tied to the very same places join at once; no place, no comparison
            if not figures[i][1]:
                continue
            by_places[frozenset(figures[i][1])].append(i)
            union.union(i, by_places[frozenset(figures[i][1])][0])
        buckets: dict[str, list[frozenset[str]]] = defaultdict(list)
        for where in by_places:  # other place sets are compared only when they share a place or country
            for anchor in _anchors(where, places):
                buckets[anchor].append(where)
        for sets in buckets.values():
            for n, a in enumerate(sets):
                for b in sets[n + 1:]:
                    if a != b and _same_place(a, b, places):
                        union.union(by_places[a][0], by_places[b][0])
        for members in union.groups(idx):
            if len({figures[i][2].source for i in members}) < 2:
                continue
            shared = Counter(places[p].name for i in members for p in _place_ids(figures[i][2], places))
            place = shared.most_common(1)[0][0] if shared else None
            items = sorted((figures[i][2] for i in members), key=lambda f: (f.source, f.id))
            status, note = _compare(items)
            if status == "compare" and not period:
                continue  # no shared time and no rate: nothing a reader could line up
            words = Counter(f.counted for f in items if f.counted and f.counted.lower() not in PRONOUNS)
            label = ", ".join(w for w, _ in words.most_common(3)) or counted
            groups.append(FigureGroup(id="", counted=label, counted_key=counted, place=place, period=period or None,
                                      status=status, note=note, figures=items))
    groups.sort(key=lambda g: ({"conflict": 0, "agree": 1, "compare": 2}[g.status], -len(g.figures)))
    for i, group in enumerate(groups, 1):
        group.id = f"F{i}"
    return groups


def _anchors(where: frozenset[str], places: dict[str, DigestPlace]) -> set[str]:
    """Keys under which a place set can meet another: its places, and the countries they lie in."""
    return set(where) | {f"country:{places[p].country}" for p in where if places[p].country}


def _same_place(a: frozenset[str], b: frozenset[str], places: dict[str, DigestPlace]) -> bool:
    """Mostly the same places, a place matching itself or the country it lies in (Vaalimaa ~ Finland)."""

    def within(x: str, y: str) -> bool:
        return x == y or (places[y].kind == "country" and places[x].country is not None
                          and places[x].country == places[y].country)

    matched_a = {x for x in a if any(within(x, y) or within(y, x) for y in b)}
    matched_b = {y for y in b if any(within(x, y) or within(y, x) for x in a)}
    return bool(matched_a) and (len(matched_a) + len(matched_b)) / (len(a) + len(b)) >= 0.5


def _place_ids(fig: DigestFigure, places: dict[str, DigestPlace]) -> list[str]:
    by_name = {p.name: p.id for p in places.values()}
    return [by_name[n] for n in fig.places if n in by_name]


def _digest_figure(source: str, number: Quantity, claim: Claim, fig: ClaimFigure, place_ids: set[str],
                   places: dict[str, DigestPlace]) -> DigestFigure:
    by = claim.source.name if claim.source else number.source
    return DigestFigure(
        source=source, id=number.id, text=number.text, value=number.value, low=number.low, high=number.high,
        unit=number.unit, counted=fig.counted, time=fig.time.text if fig.time else None,
        places=sorted(places[p].name for p in place_ids), attributed_to=by, claim_id=claim.id,
        sentence=claim.text,
    )


def _interval(fig: DigestFigure) -> tuple[float, float] | None:
    if fig.low is not None and fig.high is not None:
        return float(fig.low), float(fig.high)
    if fig.value is None:
        return None
    return float(fig.value), float(fig.value)


def _time_key(fig: DigestFigure) -> str:
    """Figures with equal keys refer to one time: both rates (`each day`, `daily`), or the same date words."""
    text = (fig.time or "").lower()
    if RATE_WORDS.search(text):
        return "rate"
    return fold(text).removeprefix("on ")


def _compare(items: list[DigestFigure]) -> tuple[str, str]:
    """Each figure against the other articles' figures for the same time: any match agrees."""
    agree: list[str] = []
    conflict: list[str] = []
    by_time: dict[str, list[DigestFigure]] = defaultdict(list)
    for fig in items:
        by_time[_time_key(fig)].append(fig)
    seen: set[tuple[str, str]] = set()
    for same in by_time.values():
        for a in same:
            ia = _interval(a)
            others = [b for b in same if b.source != a.source]
            if not others or ia is None:
                continue
            match = next((b for b in others if (ib := _interval(b)) is not None and _overlap(ia, ib)), None)
            if match is not None:
                pair = (f"{a.text} ({a.source})", f"{match.text} ({match.source})")
                if pair[::-1] not in seen:
                    seen.add(pair)
                    agree.append(" ~ ".join(pair))
            else:
                conflict.append(f"{a.text} ({a.source}) vs " + ", ".join(f"{b.text} ({b.source})" for b in others[:3]))
    if conflict:
        return "conflict", "disagree: " + "; ".join(conflict[:5]) + (" ..." if len(conflict) > 5 else "")
    if agree:
        return "agree", "agree: " + "; ".join(agree[:5]) + (" ..." if len(agree) > 5 else "")
    return "compare", "the same thing at different times: compare side by side"


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    slack = FIGURE_TOLERANCE * max(a[1], b[1])
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack
