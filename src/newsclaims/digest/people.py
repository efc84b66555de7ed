"""People across articles: merged on the name, or on a first name backed by a shared quote or age.

A first name alone never joins another article's person: a wrong merge would put one
person's words in another's mouth.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from rapidfuzz import fuzz

from newsclaims.digest.keys import Key, Union, fold, translit_key
from newsclaims.digest.quotes import Matches, QuoteEntry, cross_pairs
from newsclaims.schema import Article, DigestPerson, DigestQuote, ItemRef

NAME_SIMILARITY = 90


class PersonEntry(NamedTuple):
    """What merging needs of one article's person."""

    name: str
    age: int | None
    role: str | None


@dataclass
class People:
    """Every article's person entries, the groups they form, and why each group was merged."""

    entries: dict[Key, dict] = field(default_factory=dict)
    union: Union = field(default_factory=Union)
    evidence: dict[object, list[str]] = field(default_factory=lambda: defaultdict(list))


def add_people(people: People, article: Article) -> None:
    """Keep what matching needs of one article's people (not their mentions)."""
    for person in article.people:
        key = (article.source, person.id)
        people.entries[key] = {"person": PersonEntry(person.name, person.age, person.role),
                               "forms": [person.name, *person.aliases],
                               "tokens": tuple(fold(person.name).replace("'", "").split())}
        people.union.find(key)


def merge_names(people: People) -> None:
    """Entries merged on the name alone: the same full name, a spelling variant, a lone surname."""
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


def _join_all(people: People, keys: list[Key], why: str) -> None:
    """Join entries of one name across articles, except where stated ages disagree."""
    for key in keys[1:]:
        _join_pair(people, [key], keys[:1] + [k for k in keys[1:] if k != key][:3], why)


def _join_pair(people: People, some: list[Key], others: list[Key], why: str) -> None:
    """Join the first compatible pair (different articles, ages that do not conflict)."""
    for a in some:
        for b in others:
            if a[0] != b[0] and not _ages_conflict(people, a, b):
                _join(people, a, b, why)
                return


def _ages_conflict(people: People, a: Key, b: Key) -> bool:
    age_a, age_b = people.entries[a]["person"].age, people.entries[b]["person"].age
    return age_a is not None and age_b is not None and age_a != age_b


def _join(people: People, a: Key, b: Key, why: str) -> None:
    ra, rb = people.union.find(a), people.union.find(b)
    if ra == rb:
        return
    notes = people.evidence.pop(ra, []) + people.evidence.pop(rb, [])
    people.union.union(a, b)
    people.evidence[people.union.find(a)] = notes if why in notes else [*notes, why]


def merge_people(people: People, matches: Matches, quotes: dict[Key, QuoteEntry]) -> None:
    """First names alone join across articles when corroborated: a shared quote, or the same age."""
    candidates: list[tuple[Key, Key, str]] = []
    for keys in matches.by_text.values():
        candidates += [(x, y, "exact") for x, y in cross_pairs(keys[:1], keys[1:], limit=len(keys))]
    for a, b, match, _ in matches.pairs:
        if match is not None:
            candidates += [(x, y, match) for x, y in cross_pairs(matches.by_text[a], matches.by_text[b])]
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


def speaker_of(people: People, quotes: dict[Key, QuoteEntry]) -> Callable[[Key], object | None]:
    """The digest person (a group root) who said a quote, or None when the speaker is not a known person."""

    def speaker(k: Key) -> object | None:
        q = quotes[k]
        if q.speaker is None or not q.speaker.person_id or (k[0], q.speaker.person_id) not in people.entries:
            return None
        return people.union.find((k[0], q.speaker.person_id))

    return speaker


def person_groups(people: People, quotes: dict[Key, QuoteEntry]) -> list[DigestPerson]:
    """One digest entry per merged person, most articles first, with every quote they gave."""
    by_person: dict[Key, list] = defaultdict(list)
    for (source, _), quote in quotes.items():
        if quote.speaker is not None and quote.speaker.person_id:
            by_person[(source, quote.speaker.person_id)].append(quote)
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
