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
    ClaimFigure,
    Digest,
    DigestFigure,
    DigestPerson,
    DigestPlace,
    DigestQuote,
    FigureGroup,
    ItemRef,
    Place,
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
PRONOUNS = frozenset({"they", "we", "them", "us", "those", "these"})  # not shown as what a figure counts
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
    matches = _quote_matches(quotes)
    _merge_people(people, matches, quotes)
    edges = _quote_edges(matches, quotes, people)
    person_groups = _person_groups(people, records)
    person_of = {key: p.id for p in person_groups for key in ((m.source, m.id) for m in p.members)}
    place_groups, place_of = _places(records)
    return Digest(
        articles=[a.source for a in records],
        people=person_groups,
        places=place_groups,
        recurring_quotes=_recurring(quotes, edges, person_of),
        figures=_figure_groups(records, place_of, {p.id: p for p in place_groups}),
    )


def _people_entries(records: list[Article]) -> _People:
    """Entries merged on the name alone: the same full name, a spelling variant, a lone surname."""
    people = _People()
    for article in records:
        for person in article.people:
            key = (article.source, person.id)
            people.entries[key] = {"person": person, "forms": [person.name, *person.aliases],
                                   "tokens": tuple(fold(person.name).replace("'", "").split())}
            people.union.find(key)
    by_name: dict[tuple[str, ...], list[Key]] = defaultdict(list)
    for key, entry in people.entries.items():
        by_name[entry["tokens"]].append(key)
    full_names = [t for t in by_name if len(t) > 1]
    for tokens in full_names:  # the same full name in several articles
        _join_all(people, by_name[tokens], "same name")
    blocks: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for tokens in full_names:  # spelling variants: compared only within a block of similar surnames
        blocks[translit_key(tokens[-1])[:3]].append(tokens)
    for names in blocks.values():
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if fuzz.ratio(translit_key(" ".join(a)), translit_key(" ".join(b))) >= NAME_SIMILARITY:
                    _join_pair(people, by_name[a], by_name[b], "spelling variant of the name")
    by_surname: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for tokens in full_names:
        by_surname[tokens[-1]].add(tokens)
    for tokens, keys in by_name.items():  # a lone surname joins the one full name that ends with it
        if len(tokens) != 1:
            continue
        fuller = by_surname.get(tokens[0], set())
        roots = {people.union.find(k) for name in fuller for k in by_name[name]}
        if len(roots) == 1:
            target = by_name[next(iter(fuller))]
            for key in keys:
                _join_pair(people, [key], [k for k in target if k[0] != key[0]],
                           "surname of a full name used elsewhere")
    return people


def _join_all(people: _People, keys: list[Key], why: str) -> None:
    """Join entries of one name across articles, except where stated ages disagree."""
    for key in keys[1:]:
        _join_pair(people, [key], keys[:1] + [k for k in keys[1:] if k != key][:3], why)


def _join_pair(people: _People, some: list[Key], others: list[Key], why: str) -> None:
    """Join the first compatible pair (different articles, ages that do not conflict)."""
    for a in some:
        for b in others:
            if a[0] != b[0] and not _ages_conflict(people, a, b):
                _join(people, a, b, why)
                return


def _ages_conflict(people: _People, a: Key, b: Key) -> bool:
    age_a, age_b = people.entries[a]["person"].age, people.entries[b]["person"].age
    return age_a is not None and age_b is not None and age_a != age_b


def _join(people: _People, a: Key, b: Key, why: str) -> None:
    ra, rb = people.union.find(a), people.union.find(b)
    if ra == rb:
        return
    notes = people.evidence.pop(ra, []) + people.evidence.pop(rb, [])
    people.union.union(a, b)
    people.evidence[people.union.find(a)] = notes if why in notes else [*notes, why]


@dataclass
class _Matches:
    """Quotes grouped by identical wording, and scored pairs of similar wordings."""

    by_text: dict[str, list[Key]]
    pairs: list[tuple[str, str, str | None, float]]


def _quote_matches(quotes: dict) -> _Matches:
    """Exact repeats by hashing; similar wordings only among quotes that share rare words."""
    by_text: dict[str, list[Key]] = defaultdict(list)
    for key, quote in quotes.items():
        text = _quote_text(quote.text)
        if len(text.split()) >= MIN_QUOTE_WORDS:
            by_text[text].append(key)
    texts = list(by_text)
    words = [{w for w in t.split() if len(w) > 2} for t in texts]
    index: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for w in ws:
            index[w].append(i)
    cap = max(50, len(texts) // 100)  # a word in more quotes than this says nothing about a match
    shared: Counter[tuple[int, int]] = Counter()
    for ids in index.values():
        if len(ids) <= cap:
            for n, i in enumerate(ids):
                for j in ids[n + 1:]:
                    shared[(i, j)] += 1
    pairs = []
    for (i, j), count in shared.items():
        if count >= min(2, len(words[i]), len(words[j])):
            match, similarity = quote_similarity(texts[i], texts[j])
            if similarity * 100 >= QUOTE_SAME_SPEAKER:
                pairs.append((texts[i], texts[j], match, similarity))
    return _Matches(by_text, pairs)


def _cross_pairs(a: list[Key], b: list[Key], limit: int = 4) -> Iterable[tuple[Key, Key]]:
    """A few pairs of quotes from different articles, enough to connect two groups."""
    n = 0
    for x in a:
        for y in b:
            if x[0] != y[0]:
                yield x, y
                n += 1
                if n >= limit:
                    return


def _merge_people(people: _People, matches: _Matches, quotes: dict) -> None:
    """First names alone join across articles when corroborated: a shared quote, or the same age."""
    candidates: list[tuple[Key, Key, str]] = []
    for keys in matches.by_text.values():
        candidates += [(x, y, "exact") for x, y in _cross_pairs(keys[:1], keys[1:], limit=len(keys))]
    for a, b, match, _ in matches.pairs:
        if match is not None:
            candidates += [(x, y, match) for x, y in _cross_pairs(matches.by_text[a], matches.by_text[b])]
    for x, y, match in candidates:
        sx, sy = quotes[x].speaker, quotes[y].speaker
        if sx is None or sy is None or sx.person_id is None or sy.person_id is None:
            continue
        a, b = (x[0], sx.person_id), (y[0], sy.person_id)
        if a in people.entries and b in people.entries and not _ages_conflict(people, a, b):
            if set(people.entries[a]["tokens"]) & set(people.entries[b]["tokens"]):
                _join(people, a, b, f"same quote ({match})")
    by_first_and_age: dict[tuple, list[Key]] = defaultdict(list)
    for key, entry in people.entries.items():
        if len(entry["tokens"]) == 1 and entry["person"].age is not None:
            by_first_and_age[(entry["tokens"], entry["person"].age)].append(key)
    for keys in by_first_and_age.values():
        _join_all(people, keys, "same first name and age")


def _quote_edges(matches: _Matches, quotes: dict, people: _People) -> list[_QuoteEdge]:
    """Links between quotes of different articles that say the same thing (a few per group suffice)."""

    def speaker(k: Key) -> object | None:
        q = quotes[k]
        if q.speaker is None or not q.speaker.person_id or (k[0], q.speaker.person_id) not in people.entries:
            return None
        return people.union.find((k[0], q.speaker.person_id))

    edges = []
    for keys in matches.by_text.values():
        for other in keys[1:]:
            edges.append(_QuoteEdge(keys[0], other, "exact", 1.0))
    for a, b, match, similarity in matches.pairs:
        for x, y in _cross_pairs(matches.by_text[a], matches.by_text[b], limit=len(matches.by_text[a]) * len(
                matches.by_text[b])):
            if match is not None:
                edges.append(_QuoteEdge(x, y, match, similarity))
                break
            sx = speaker(x)
            if sx is not None and sx == speaker(y):
                edges.append(_QuoteEdge(x, y, "paraphrase", similarity))
                break
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
        if len({m[0] for m in members}) < 2:
            continue
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
    blocks: dict[str, list[str]] = defaultdict(list)
    for name in by_key:
        if not name.startswith("geonames:") and len(name) >= 5:
            blocks[name[0]].append(name)
    # Spelling variants: one transliteration step apart. A ratio of 88 needs lengths within
    # 0.78 of each other, so each name meets only the names of similar length in its block.
    for names in blocks.values():
        names.sort(key=len)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if len(a) < 0.78 * len(b):
                    break
                if fuzz.ratio(a, b) >= PLACE_SIMILARITY and _countries_agree(entries[by_key[a]], entries[by_key[b]]):
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


def _countries_agree(a: Place, b: Place) -> bool:
    """Nothing known tells them apart: no two countries, no two gazetteer entries."""
    if a.geonames_id and b.geonames_id and a.geonames_id != b.geonames_id:
        return False
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


# --- I/O edge -------------------------------------------------------------------------------


def read_records(path: Path) -> list[Article]:
    """Records of a `newsclaims extract` JSON Lines file (blank lines skipped)."""
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                records.append(Article.model_validate(json.loads(line)))
            except ValueError as exc:  # bad JSON or not a record: say where
                first = str(exc).splitlines()[0]
                raise ValueError(f"{path}:{number}: not a newsclaims record ({first})") from exc
    return records
