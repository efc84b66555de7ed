"""Named mentions grouped into organisations: one form in different case or with `the`, a shorter
form that ends a longer one (`Radio 1` of `BBC Radio 1`), and acronyms linked to their expansion."""

from __future__ import annotations

import re
from collections import Counter

from newsclaims.digest.keys import Union
from newsclaims.extractors.organizations.candidates import Mention
from newsclaims.lexicon.organisations import ORG_HEAD_KIND, ORG_HEADS, PARTY_FORMS

COMPANY_WORDS = ORG_HEADS["company"] | frozenset("motor motors".split())
"""Words that may follow a company's short name in its full one (`Inc.`, `Corp.`, `Motor Co.`)."""

_SPACES = re.compile(r"\s+")


def key(text: str) -> str:
    """A form's identity: case, a leading `the`, a possessive ending and spacing do not count."""
    folded = _SPACES.sub(" ", text.replace("’", "'").casefold()).strip()
    if folded.startswith("the "):
        folded = folded[4:]
    if folded.endswith("'s"):
        folded = folded[:-2]
    return folded


def group(mentions: list[Mention], links: dict[str, str]) -> list[list[Mention]]:
    """Named mentions in groups, one per organisation, in order of first mention."""
    groups = Union()  # form keys
    keys = list(dict.fromkeys(key(m.text) for m in mentions))
    for k in keys:
        groups.find(k)
    for acronym, full in links.items():
        groups.union(key(full), key(acronym))
    parties = {key(m.text) for m in mentions if m.kind == "party"}
    for k in parties:  # `Tory` and `Tories`, `Democrat` and `Democrats`
        for plural in (k + "s", k[:-1] + "ies" if k.endswith("y") else None):
            if plural in parties:
                groups.union(plural, k)
    by_party: dict[str, str] = {}
    for k in keys:  # `the Tories` and `the Conservatives`, `Lib Dem` and `Liberal Democrat`
        if k in PARTY_FORMS:
            groups.union(by_party.setdefault(PARTY_FORMS[k], k), k)
    _join_company_forms(keys, groups)
    _join_abbreviations(keys, groups)
    by_suffix: dict[str, list[str]] = {}
    for k in keys:
        words = k.split()
        for n in range(1, len(words)):
            by_suffix.setdefault(" ".join(words[n:]), []).append(k)
    for k in keys:
        longer = {groups.find(x) for x in by_suffix.get(k, [])}
        if len(longer) == 1 and not (" " not in k and k in ORG_HEAD_KIND):  # `Corp.` is no name of its own
            groups.union(longer.pop(), k)
    out: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        out.setdefault(groups.find(key(m.text)), []).append(m)
    return list(out.values())


def _join_company_forms(keys: list[str], groups: Union) -> None:
    """`Apple` of `Apple Inc.`, `Ford` of `Ford Motor Co.`: a name that starts a longer one whose other
    words are only a company's (legal form, `Motor`, `Group`), when only one longer name fits."""
    known = set(keys)
    fuller: dict[str, set[str]] = {}
    for k in keys:
        words = k.split()
        for n in range(1, len(words)):
            if all(w in COMPANY_WORDS for w in words[n:]) and " ".join(words[:n]) in known:
                fuller.setdefault(" ".join(words[:n]), set()).add(k)
    for short, longer in fuller.items():
        if len(longer) == 1:
            groups.union(longer.pop(), short)


def abbreviates(short: str, word: str) -> bool:
    """`Man` of `Manchester`, `Utd` of `United`, `Dem` of `Democrat`: the same first letter, the rest of
    its letters in order in the longer word."""
    short = short.rstrip(".")
    if not short or len(short) >= len(word) or short[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(ch in rest for ch in short[1:])


def _join_abbreviations(keys: list[str], groups: Union) -> None:
    """`Man Utd` and `Manchester United`, `Lib Dem` and `Liberal Democrat`: as many words, each the
    same word or an abbreviation of it, when only one longer name fits."""
    by_initials: dict[tuple[str, ...], list[str]] = {}
    for k in keys:
        by_initials.setdefault(tuple(w[0] for w in k.split()), []).append(k)
    for k in keys:
        words = k.split()
        if len(words) < 2:
            continue
        fits = [o for o in by_initials[tuple(w[0] for w in words)] if o != k and all(
            a == b or abbreviates(a, b) for a, b in zip(words, o.split())) and len(o) > len(k)]
        if len(fits) == 1:
            groups.union(fits[0], k)


def fullest(members: list[Mention]) -> str:
    """The fullest form used: most words (acronyms last), then most uses, then first used."""
    counts = Counter(m.text for m in members)
    order = {text: k for k, text in reversed(list(enumerate(m.text for m in members)))}
    return max(counts, key=lambda t: (not _acronym_form(members, t), len(t.split()), len(t), counts[t], -order[t]))


def _acronym_form(members: list[Mention], text: str) -> bool:
    return any(m.acronym for m in members if m.text == text)
