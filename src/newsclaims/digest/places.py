"""Places across articles: one entry per place under every spelling, never across countries."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import NamedTuple

from rapidfuzz import fuzz

from newsclaims.digest.keys import Key, Union, translit_key
from newsclaims.schema import Article, DigestPlace, ItemRef

PLACE_SIMILARITY = 88  # rapidfuzz ratio of transliteration keys: Vaalimaa ~ Walima


class PlaceEntry(NamedTuple):
    """What merging needs of one article's place: its mentions reduced to counted spellings."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    kind: str | None
    geonames_id: int | None
    forms: tuple[tuple[str, int], ...]
    mentions: int


def add_places(entries: dict[Key, PlaceEntry], article: Article) -> None:
    """Keep one article's places (their mentions count towards the most used spelling)."""
    for place in article.places:
        forms = Counter(m.text for m in place.mentions)
        entries[(article.source, place.id)] = PlaceEntry(place.name, tuple(place.aliases), place.country, place.kind,
                                                         place.geonames_id, tuple(forms.items()), len(place.mentions))


def place_groups(entries: dict[Key, PlaceEntry]) -> tuple[list[DigestPlace], dict[Key, str]]:
    """The digest places, most articles first, and the digest place id of every article's place."""
    union = Union()
    keys_of = {k: {translit_key(n) for n in [p.name, *p.aliases] if translit_key(n)} for k, p in entries.items()}
    by_key: dict[str, Key] = {}
    for k, p in entries.items():
        union.find(k)
        names = keys_of[k] | ({f"geonames:{p.geonames_id}"} if p.geonames_id else set())
        for name in names:
            if name in by_key and countries_agree(entries[by_key[name]], p):
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
                if fuzz.ratio(a, b) >= PLACE_SIMILARITY and countries_agree(entries[by_key[a]], entries[by_key[b]]):
                    union.union(by_key[a], by_key[b])
    groups, place_of = [], {}
    for members in union.groups(entries):
        members = sorted(members)
        places = [entries[m] for m in members]
        forms = Counter()
        for p in places:
            forms.update(dict(p.forms))
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
            mentions=sum(p.mentions for p in places),
        ))
        groups[-1].id = ",".join(f"{m[0]}#{m[1]}" for m in members)  # temporary, renamed below
    groups.sort(key=lambda g: (-len(g.articles), -g.mentions, g.name))
    for i, group in enumerate(groups, 1):
        for ref in group.members:
            place_of[(ref.source, ref.id)] = f"L{i}"
        group.id = f"L{i}"
    return groups, place_of


def countries_agree(a: PlaceEntry, b: PlaceEntry) -> bool:
    """Nothing known tells them apart: no two countries, no two gazetteer entries."""
    if a.geonames_id and b.geonames_id and a.geonames_id != b.geonames_id:
        return False
    return a.country is None or b.country is None or a.country == b.country
