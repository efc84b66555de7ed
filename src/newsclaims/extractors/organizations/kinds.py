"""What kind of organisation a group of mentions names, and its country when the text makes it clear."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from newsclaims import gazetteer
from newsclaims.extractors.organizations.candidates import Mention
from newsclaims.lexicon.organisations import INTRODUCER_KIND
from newsclaims.pipeline.tokens import POSSESSIVE

_INTERNATIONAL_WORDS = frozenset("international world global asian african european inter-american arab".split())
"""First words that make a bank, fund or organisation an international body (`World Bank`)."""


def kind_of(doc: Doc, members: list[Mention], name: str) -> str:
    """From the fullest name's own words, another form's, a noun introducing it (`search giant
    Google`), else `other`."""
    named = [m for m in members if not m.nominal]
    for m in sorted(named, key=lambda m: m.text != name):
        if m.kind:
            words = m.text.casefold().split()
            if m.kind in ("company", "ngo") and words[0] in _INTERNATIONAL_WORDS and len(words) > 1 \
                    and words[-1] in ("bank", "fund", "organisation", "organization"):
                return "international"
            return m.kind
    for m in named:
        k = m.start - 1
        if k >= 0 and doc[k].text.islower() and doc[k].lemma_.lower() in INTRODUCER_KIND:
            return INTRODUCER_KIND[doc[k].lemma_.lower()]
    if any(m.team for m in named):
        return "sport"
    return "other"


def country_of(doc: Doc, members: list[Mention]) -> str | None:
    """A country the name holds or that owns it: `Finnish Border Guard`, `Russia's Defense Ministry`,
    `US telecoms firm WorldCom`; only when the mentions agree on one."""
    gaz = gazetteer.load()
    votes: Counter[str] = Counter()
    for m in members:
        if m.nominal:
            continue
        window = list(doc[m.start:m.end])
        j = m.start - 1
        while j >= 0 and j >= m.start - 4 and (doc[j].text in POSSESSIVE or doc[j].pos_ in ("NOUN", "PROPN", "ADJ")):
            window.insert(0, doc[j])
            j -= 1
        for tok in window:
            code = _country(gaz, tok.text) if tok.text[:1].isupper() else None
            if code:
                votes[code] += 1
                break
    if len(votes) == 1:
        return next(iter(votes))
    return None


def _country(gaz: gazetteer.Gazetteer, word: str) -> str | None:
    """The ISO code a country name or nationality word stands for (`Russia`, `Finnish`, `US`)."""
    if gazetteer.is_demonym(word):
        named = gazetteer.country_of_demonym(word)
        entry = gaz.resolve(named) if named else None
    else:
        entry = next((e for e in gaz.candidates(word) if e.kind == "country"), None)
    return entry.country if entry is not None and entry.kind == "country" else None
