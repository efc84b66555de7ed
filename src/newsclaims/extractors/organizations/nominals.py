"""Nominal mentions: `the company`, `the agency`, `the label`, `the club` refer back to the most recent
organisation named before them whose kind the noun fits."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from newsclaims.extractors.organizations.candidates import Mention
from newsclaims.lexicon.organisations import NOMINAL_NOUNS, ORG_NOMINALS

LOOKBACK = 4
"""How many organisations back (most recent first) a nominal may reach for one of its kind."""


def nominal_mentions(doc: Doc, blocked: set[int]) -> list[Mention]:
    """Every `the` + organisation noun that heads its own phrase (`the company said`, `the firm's
    profits`), not one that starts a longer description (`the company's founder` stays, `the group
    of nations` and `the French company` do not)."""
    found = []
    for tok in doc:
        if tok.lower_ != "the" or tok.i + 1 >= len(doc) or tok.i + 1 in blocked:
            continue
        noun = doc[tok.i + 1]
        if noun.pos_ != "NOUN" or not noun.text.islower() or noun.lower_ not in NOMINAL_NOUNS:
            continue
        nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ in ("NOUN", "PROPN") and nxt.text not in ("'s", "’s")):
            continue
        found.append(Mention(tok.i, noun.i + 1, doc[tok.i:noun.i + 1].text, nominal=True))
    return found


def fits(noun: str, kind: str | None) -> bool:
    """Whether a nominal noun may refer to an organisation of this kind (an unknown kind fits the
    nouns that fit every kind: `the group`, `the organisation`, `the body`)."""
    if kind is None or kind == "other":
        return sum(noun in words for words in ORG_NOMINALS.values()) >= 2
    return noun in ORG_NOMINALS.get(kind, frozenset())


def resolve(nominals: list[Mention], named: list[tuple[int, int, str | None]]) -> list[tuple[Mention, int]]:
    """Each nominal with the group of the organisation it refers to. `named` holds (token start,
    group, kind) of every named mention, sorted by start."""
    starts = [s for s, _, _ in named]
    resolved = []
    for mention in nominals:
        k = bisect_left(starts, mention.start)
        noun = mention.text.split()[-1].lower()
        seen: list[int] = []
        j = k - 1
        while j >= 0 and len(seen) < LOOKBACK:
            _, group, kind = named[j]
            if group not in seen:
                seen.append(group)
                if fits(noun, kind):
                    resolved.append((mention, group))
                    break
            j -= 1
    return resolved
