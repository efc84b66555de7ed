"""The cross-article digest: who is quoted where, which quotes recur, where figures disagree.

Works on extracted records only (no spaCy), so a digest of a million articles costs
string comparisons, not parsing. Matching is deliberately conservative where a wrong
merge would mislead: a first name alone joins another article's person only with
corroboration (a shared quote or the same age), never on the name by itself.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from newsclaims.schema import (
    Article,
    Claim,
    Digest,
    DigestFigure,
    DigestPerson,
    DigestPlace,
    DigestQuote,
    FigureGroup,
    ItemRef,
    Quantity,
    RecurringQuote,
)

PLACE_SIMILARITY = 88  # rapidfuzz ratio of transliteration keys: Vaalimaa ~ Walima
NAME_SIMILARITY = 90
QUOTE_NEAR = 85  # same words, small edits
QUOTE_PARAPHRASE = 72  # two translations: same content words, other order and wording
QUOTE_SAME_SPEAKER = 60  # looser when both speakers are already known to be one person
MIN_QUOTE_WORDS = 3
FIGURE_TOLERANCE = 0.10
RATE_WORDS = re.compile(r"\b(?:each|every|per|a|daily|weekly|monthly|annually|yearly)\b")
# Spelling rules that differ between transliterations of one name (Russian, Finnish, Arabic...).
_TRANSLIT = [(r"\bsaint\b|\bst\b\.?", "st"), (r"\bthe\b", ""), (r"[-‐–]", " "), (r"w", "v"), (r"ph", "f"),
             (r"kh", "h"), (r"[yj]", "i"), (r"(.)\1+", r"\1"), (r"[^\w ]", ""), (r"\s+", " ")]


def fold(text: str) -> str:
    """Casefolded, accents and punctuation removed: `Zákharov’s` -> `zakharovs`."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return re.sub(r"\s+", " ", re.sub(r"[^\w' ]", " ", text)).strip()


def translit_key(name: str) -> str:
    """A key equal for spellings of one name across transliterations: Vaalimaa, Valima, Walima -> valima."""
    key = fold(name).replace("'", "")
    for pattern, repl in _TRANSLIT:
        key = re.sub(pattern, repl, key)
    return key.strip()


class _Union:
    def __init__(self) -> None:
        self.parent: dict[object, object] = {}

    def find(self, x: object) -> object:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: object, b: object) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self, items: Iterable[object]) -> list[list[object]]:
        out: dict[object, list[object]] = defaultdict(list)
        for item in items:
            out[self.find(item)].append(item)
        return list(out.values())


Key = tuple[str, str]  # (article source, item id)


# --- quotes ---------------------------------------------------------------------------------


@dataclass
class _QuoteEdge:
    a: Key
    b: Key
    match: str
    similarity: float


def _quote_text(text: str) -> str:
    return fold(text).replace("'", "")


def quote_similarity(a: str, b: str) -> tuple[str | None, float]:
    """How alike two quotes are: `exact`, `near` (small edits) or `paraphrase` (same words reordered)."""
    na, nb = _quote_text(a), _quote_text(b)
    if len(na.split()) < MIN_QUOTE_WORDS or len(nb.split()) < MIN_QUOTE_WORDS:
        return None, 0.0
    if na == nb:
        return "exact", 1.0
    ratio = fuzz.ratio(na, nb)
    if ratio >= QUOTE_NEAR:
        return "near", ratio / 100
    shorter, longer = sorted((len(na.split()), len(nb.split())))
    sort_ratio = fuzz.token_sort_ratio(na, nb)
    set_ratio = fuzz.token_set_ratio(na, nb) if shorter >= 6 and shorter / longer >= 0.5 else 0
    best = max(ratio, sort_ratio, set_ratio)
    return ("paraphrase", best / 100) if best >= QUOTE_PARAPHRASE else (None, best / 100)


# --- the digest -----------------------------------------------------------------------------


@dataclass
class _People:
    entries: dict[Key, dict] = field(default_factory=dict)
    union: _Union = field(default_factory=_Union)
    evidence: dict[object, list[str]] = field(default_factory=lambda: defaultdict(list))


def build_digest(articles: Iterable[Article]) -> Digest:
    """The cross-article view of a batch of extracted records."""
    records = [a for a in articles if a.error is None]
    quotes = {(a.source, q.id): q for a in records for q in a.quotes}
    people = _people_entries(records)
    strong_edges = _quote_edges(quotes, people, same_speaker_only=False)
    _merge_people(people, strong_edges, quotes)
    loose_edges = _quote_edges(quotes, people, same_speaker_only=True)
    person_groups = _person_groups(people, records)
    person_of = {key: p.id for p in person_groups for key in ((m.source, m.id) for m in p.members)}
    place_groups, place_of = _places(records)
    return Digest(
        articles=[a.source for a in records],
        people=person_groups,
        places=place_groups,
        recurring_quotes=_recurring(quotes, strong_edges + loose_edges, person_of),
        figures=_figure_groups(records, place_of, {p.id: p for p in place_groups}),
    )


def _people_entries(records: list[Article]) -> _People:
    people = _People()
    for article in records:
        for person in article.people:
            key = (article.source, person.id)
            forms = [person.name, *person.aliases]
            people.entries[key] = {"person": person, "forms": forms,
                                   "tokens": tuple(fold(person.name).replace("'", "").split())}
            people.union.find(key)
    keys = list(people.entries)
    by_name: dict[tuple[str, ...], list[Key]] = defaultdict(list)
    for key in keys:
        by_name[people.entries[key]["tokens"]].append(key)
    full = [k for k in keys if len(people.entries[k]["tokens"]) > 1]
    for i, a in enumerate(full):  # full names: equal, or one transliteration apart
        for b in full[i + 1:]:
            if a[0] == b[0] or _ages_conflict(people, a, b):
                continue
            ta, tb = people.entries[a]["tokens"], people.entries[b]["tokens"]
            if ta == tb or fuzz.ratio(translit_key(" ".join(ta)), translit_key(" ".join(tb))) >= NAME_SIMILARITY:
                _join(people, a, b, "same name" if ta == tb else "spelling variant of the name")
    for key in keys:  # a lone surname joins the one full name that ends with it
        tokens = people.entries[key]["tokens"]
        if len(tokens) != 1:
            continue
        fuller = {people.union.find(k) for k in full if people.entries[k]["tokens"][-1] == tokens[0]
                  and k[0] != key[0]}
        if len(fuller) == 1:
            target = next(k for k in full if people.union.find(k) in fuller)
            if not _ages_conflict(people, key, target):
                _join(people, key, target, "surname of a full name used elsewhere")
    return people


def _ages_conflict(people: _People, a: Key, b: Key) -> bool:
    age_a, age_b = people.entries[a]["person"].age, people.entries[b]["person"].age
    return age_a is not None and age_b is not None and age_a != age_b


def _join(people: _People, a: Key, b: Key, why: str) -> None:
    ra, rb = people.union.find(a), people.union.find(b)
    if ra == rb:
        return
    notes = people.evidence.pop(ra, []) + people.evidence.pop(rb, []) + [why]
    people.union.union(a, b)
    people.evidence[people.union.find(a)] = notes


def _merge_people(people: _People, edges: list[_QuoteEdge], quotes: dict) -> None:
    """First names alone join across articles when corroborated: a shared quote, or the same age."""
    for edge in edges:
        pa, pb = (quotes[edge.a].speaker, quotes[edge.b].speaker)
        if pa is None or pb is None or pa.person_id is None or pb.person_id is None:
            continue
        a, b = (edge.a[0], pa.person_id), (edge.b[0], pb.person_id)
        if a in people.entries and b in people.entries and a[0] != b[0] and not _ages_conflict(people, a, b):
            ta, tb = people.entries[a]["tokens"], people.entries[b]["tokens"]
            if set(ta) & set(tb):
                _join(people, a, b, f"same quote ({edge.match})")
    singles = [k for k, e in people.entries.items() if len(e["tokens"]) == 1]
    for i, a in enumerate(singles):
        for b in singles[i + 1:]:
            pa, pb = people.entries[a]["person"], people.entries[b]["person"]
            if a[0] != b[0] and people.entries[a]["tokens"] == people.entries[b]["tokens"] \
                    and pa.age is not None and pa.age == pb.age:
                _join(people, a, b, "same first name and age")


def _quote_edges(quotes: dict, people: _People, same_speaker_only: bool) -> list[_QuoteEdge]:
    """Pairs of quotes in different articles that say the same thing."""
    edges = []
    keys = list(quotes)
    speaker_of = {
        k: people.union.find((k[0], q.speaker.person_id))
        if q.speaker is not None and q.speaker.person_id and (k[0], q.speaker.person_id) in people.entries
        else None
        for k, q in quotes.items()
    }
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if a[0] == b[0]:
                continue
            same_speaker = speaker_of[a] is not None and speaker_of[a] == speaker_of[b]
            match, similarity = quote_similarity(quotes[a].text, quotes[b].text)
            if same_speaker_only:
                if match is None and same_speaker and similarity * 100 >= QUOTE_SAME_SPEAKER:
                    edges.append(_QuoteEdge(a, b, "paraphrase", similarity))
            elif match is not None:
                edges.append(_QuoteEdge(a, b, match, similarity))
    return edges


def _person_groups(people: _People, records: list[Article]) -> list[DigestPerson]:
    by_person: dict[Key, list] = defaultdict(list)
    for article in records:
        for quote in article.quotes:
            if quote.speaker is not None and quote.speaker.person_id:
                by_person[(article.source, quote.speaker.person_id)].append(quote)
    groups = []
    for members in people.union.groups(people.entries):
        members = sorted(members)
        persons = [people.entries[m]["person"] for m in members]
        forms = Counter(f for m in members for f in people.entries[m]["forms"])
        name = max((p.name for p in persons), key=lambda n: (len(n.split()), forms[n], len(n)))
        groups.append(DigestPerson(
            id="", name=name,
            variants=sorted(forms, key=lambda f: (-forms[f], f)),
            articles=sorted({m[0] for m in members}),
            members=[ItemRef(source=m[0], id=m[1], text=people.entries[m]["person"].name) for m in members],
            quotes=[DigestQuote(source=m[0], id=q.id, text=q.text, kind=q.kind, speaker=q.speaker.name)
                    for m in members for q in by_person[m]],
            roles=sorted({p.role for p in persons if p.role}),
            ages=sorted({p.age for p in persons if p.age is not None}),
            evidence=people.evidence.get(people.union.find(members[0]), []),
        ))
    groups.sort(key=lambda g: (-len(g.articles), -len(g.quotes), g.name))
    for i, group in enumerate(groups, 1):
        group.id = f"P{i}"
    return groups


def _recurring(quotes: dict, edges: list[_QuoteEdge], person_of: dict[Key, str]) -> list[RecurringQuote]:
    union = _Union()
    worst: dict[object, tuple[int, float]] = {}
    order = {"exact": 0, "near": 1, "paraphrase": 2}
    for edge in edges:
        union.union(edge.a, edge.b)
    nodes = {k for e in edges for k in (e.a, e.b)}
    for edge in edges:
        root = union.find(edge.a)
        rank, sim = worst.get(root, (0, 1.0))
        worst[root] = (max(rank, order[edge.match]), min(sim, edge.similarity))
    out = []
    for members in union.groups(sorted(nodes)):
        members = sorted(members)
        rank, sim = worst[union.find(members[0])]
        speakers = [quotes[m].speaker for m in members if quotes[m].speaker is not None]
        named = [s for s in speakers if s.person_id]
        speaker = named[0] if named else (speakers[0] if speakers else None)
        out.append(RecurringQuote(
            id="", text=quotes[members[0]].text, match=list(order)[rank], similarity=round(sim, 2),
            speaker=speaker.name if speaker else None,
            person_id=person_of.get((members[0][0], speaker.person_id)) if speaker and speaker.person_id else None,
            occurrences=[DigestQuote(source=m[0], id=m[1], text=quotes[m].text, kind=quotes[m].kind,
                                     speaker=quotes[m].speaker.name if quotes[m].speaker else None)
                         for m in members],
        ))
    out.sort(key=lambda r: (-len({o.source for o in r.occurrences}), -len(r.text)))
    for i, r in enumerate(out, 1):
        r.id = f"R{i}"
    return out


# --- places ---------------------------------------------------------------------------------


def _places(records: list[Article]) -> tuple[list[DigestPlace], dict[Key, str]]:
    union = _Union()
    entries = {(a.source, p.id): p for a in records for p in a.places}
    keys_of = {k: {translit_key(n) for n in [p.name, *p.aliases] if translit_key(n)} for k, p in entries.items()}
    by_key: dict[str, Key] = {}
    for k, p in entries.items():
        union.find(k)
        names = keys_of[k] | ({f"geonames:{p.geonames_id}"} if p.geonames_id else set())
        for name in names:
            if name in by_key and _countries_agree(entries[by_key[name]], p):
                union.union(k, by_key[name])
            by_key.setdefault(name, k)
    distinct = sorted(k for k in by_key if not k.startswith("geonames:"))
    for i, a in enumerate(distinct):  # spelling variants: one transliteration step apart
        for b in distinct[i + 1:]:
            if len(a) >= 5 and len(b) >= 5 and a[0] == b[0] and fuzz.ratio(a, b) >= PLACE_SIMILARITY \
                    and _countries_agree(entries[by_key[a]], entries[by_key[b]]):
                union.union(by_key[a], by_key[b])
    groups, place_of = [], {}
    for members in union.groups(entries):
        members = sorted(members)
        places = [entries[m] for m in members]
        forms = Counter()
        for p in places:
            for mention in p.mentions:
                forms[mention.text] += 1
            forms.update({p.name: 0, **{a: 0 for a in p.aliases}})
        names = Counter(p.name for p in places)
        name = max(names, key=lambda n: (names[n], forms[n], -len(n)))
        countries = Counter(p.country for p in places if p.country)
        kinds = Counter(p.kind for p in places if p.kind)
        ids = [p.geonames_id for p in places if p.geonames_id]
        groups.append(DigestPlace(
            id="", name=name, variants=sorted(forms, key=lambda f: (-forms[f], f)),
            articles=sorted({m[0] for m in members}),
            members=[ItemRef(source=m[0], id=m[1], text=entries[m].name) for m in members],
            country=countries.most_common(1)[0][0] if countries else None,
            kind=kinds.most_common(1)[0][0] if kinds else None,
            geonames_id=ids[0] if ids else None,
            mentions=sum(len(p.mentions) for p in places),
        ))
        groups[-1].id = ",".join(f"{m[0]}#{m[1]}" for m in members)  # temporary, renamed below
    groups.sort(key=lambda g: (-len(g.articles), -g.mentions, g.name))
    for i, group in enumerate(groups, 1):
        for ref in group.members:
            place_of[(ref.source, ref.id)] = f"L{i}"
        group.id = f"L{i}"
    return groups, place_of


def _countries_agree(a, b) -> bool:
    return a.country is None or b.country is None or a.country == b.country


# --- figures --------------------------------------------------------------------------------


def _figure_groups(records: list[Article], place_of: dict[Key, str],
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
        union = _Union()
        for n, i in enumerate(idx):
            union.find(i)
            for j in idx[n + 1:]:
                if figures[i][2].source != figures[j][2].source and _same_place(figures[i][1], figures[j][1],
                                                                                  places):
                    union.union(i, j)
        for members in union.groups(idx):
            if len({figures[i][2].source for i in members}) < 2:
                continue
            shared = Counter(places[p].name for i in members for p in _place_ids(figures[i][2], places))
            place = shared.most_common(1)[0][0] if shared else None
            items = sorted((figures[i][2] for i in members), key=lambda f: (f.source, f.id))
            status, note = _compare(items)
            if status == "compare" and not period:
                continue  # no shared time and no rate: nothing a reader could line up
            words = Counter(f.counted for f in items if f.counted)
            label = ", ".join(w for w, _ in words.most_common(3)) or counted
            groups.append(FigureGroup(id="", counted=label, counted_key=counted, place=place, period=period or None,
                                      status=status, note=note, figures=items))
    groups.sort(key=lambda g: ({"conflict": 0, "agree": 1, "compare": 2}[g.status], -len(g.figures)))
    for i, group in enumerate(groups, 1):
        group.id = f"F{i}"
    return groups


def _same_place(a: set[str], b: set[str], places: dict[str, DigestPlace]) -> bool:
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


def _digest_figure(source: str, number: Quantity, claim: Claim, fig, place_ids: set[str],
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


def _same_time(a: DigestFigure, b: DigestFigure) -> bool:
    """Two figures refer to one time: both rates (`each day`, `daily`) or the same date words."""
    ta, tb = (a.time or "").lower(), (b.time or "").lower()
    if RATE_WORDS.search(ta) and RATE_WORDS.search(tb) or not ta and not tb:
        return True
    return bool(ta) and fold(ta).removeprefix("on ") == fold(tb).removeprefix("on ")


def _compare(items: list[DigestFigure]) -> tuple[str, str]:
    """Each figure against the other articles' figures for the same time: any match agrees."""
    agree: list[str] = []
    conflict: list[str] = []
    for a in items:
        others = [b for b in items if b.source != a.source and _same_time(a, b)]
        ia = _interval(a)
        if not others or ia is None:
            continue
        matching = [b for b in others if (ib := _interval(b)) is not None and _overlap(ia, ib)]
        if matching:
            if any(f"{m.text} ({m.source}) ~ {a.text} ({a.source})" in agree for m in matching):
                continue
            agree.append(f"{a.text} ({a.source}) ~ {matching[0].text} ({matching[0].source})")
        else:
            conflict.append(f"{a.text} ({a.source}) vs " + ", ".join(f"{b.text} ({b.source})" for b in others))
    if conflict:
        return "conflict", "disagree: " + "; ".join(conflict)
    if agree:
        return "agree", "agree: " + "; ".join(agree)
    return "compare", "the same thing at different times: compare side by side"


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    slack = FIGURE_TOLERANCE * max(a[1], b[1])
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


# --- I/O edge -------------------------------------------------------------------------------


def read_records(path: Path) -> list[Article]:
    """Records of a `newsclaims extract` JSON Lines file (blank lines skipped)."""
    with path.open(encoding="utf-8") as handle:
        return [Article.model_validate(json.loads(line)) for line in handle if line.strip()]
