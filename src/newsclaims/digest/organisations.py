"""Organisations across articles: one entry under its full name, its short forms and its acronym.

Records carry an `organizations` list once the extractor writes one; until then (and
for older records) this section is simply empty.
"""

from __future__ import annotations

from collections import Counter

from newsclaims.digest.keys import Key, Union, fold
from newsclaims.schema import Article, DigestOrganisation, ItemRef

_SMALL = frozenset({"of", "and", "the", "for", "de", "&", "in", "on"})


def _get(item: object, name: str, default: object = None) -> object:
    return item.get(name, default) if isinstance(item, dict) else getattr(item, name, default)


def add_organisations(entries: dict[Key, dict], article: Article) -> None:
    """Keep what matching needs of one article's organisations (a missing list is an empty one)."""
    for org in getattr(article, "organizations", None) or []:
        name = str(_get(org, "name", "") or "")
        if not name:
            continue
        aliases = [str(a) for a in _get(org, "aliases", None) or []]
        mentions = _get(org, "mentions", None) or []
        entries[(article.source, str(_get(org, "id", name)))] = {
            "name": name, "forms": [name, *aliases], "kind": _get(org, "kind"), "country": _get(org, "country"),
            "mentions": len(mentions)}


def name_key(name: str) -> str:
    """`The Finnish Border Guard` -> finnish border guard."""
    return fold(name).replace("'", "").removeprefix("the ")


def acronym(name: str) -> str | None:
    """`Customs and Border Protection` -> cbp; a name already in capitals is its own acronym."""
    words = [w for w in fold(name).split() if w not in _SMALL]
    if len(name) <= 6 and name.replace(".", "").isupper():
        return name.replace(".", "").lower()
    return "".join(w[0] for w in words) if len(words) >= 2 else None


def organisation_groups(entries: dict[Key, dict]) -> tuple[list[DigestOrganisation], dict[Key, str]]:
    """The digest organisations, most articles first, and the digest id of every article's organisation."""
    union = Union()
    by_key: dict[str, Key] = {}
    for key, entry in entries.items():
        union.find(key)
        names = {name_key(f) for f in entry["forms"]} | {f"acr:{a}" for f in entry["forms"] if (a := acronym(f))}
        for name in names - {""}:
            other = by_key.setdefault(name, key)
            if other != key and _countries_agree(entries[other], entry):
                union.union(key, other)
    groups: list[DigestOrganisation] = []
    for members in union.groups(entries):
        members = sorted(members)
        forms = Counter(f for m in members for f in entries[m]["forms"])
        names = Counter(entries[m]["name"] for m in members)
        name = max(names, key=lambda n: (names[n], len(n)))
        kinds = Counter(entries[m]["kind"] for m in members if entries[m]["kind"])
        countries = Counter(entries[m]["country"] for m in members if entries[m]["country"])
        groups.append(DigestOrganisation(
            id="", name=name, variants=sorted(forms, key=lambda f: (-forms[f], f)),
            articles=sorted({m[0] for m in members}),
            members=[ItemRef(source=m[0], id=m[1], text=entries[m]["name"]) for m in members],
            kind=kinds.most_common(1)[0][0] if kinds else None,
            country=countries.most_common(1)[0][0] if countries else None,
            mentions=sum(entries[m]["mentions"] for m in members)))
    groups.sort(key=lambda g: (-len(g.articles), -g.mentions, g.name))
    org_of: dict[Key, str] = {}
    for i, group in enumerate(groups, 1):
        group.id = f"O{i}"
        for ref in group.members:
            org_of[(ref.source, ref.id)] = group.id
    return groups, org_of


def _countries_agree(a: dict, b: dict) -> bool:
    return not a["country"] or not b["country"] or a["country"] == b["country"]
