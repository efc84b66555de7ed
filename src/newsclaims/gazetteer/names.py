"""What the gazetteer says about a word: a major place, a nationality and the country it names."""

from __future__ import annotations

import re
from functools import cache

from newsclaims.gazetteer.build import COUNTRY_VARIANTS
from newsclaims.gazetteer.cache import load
from newsclaims.gazetteer.index import fold


def is_major_place(name: str, own_name: bool = False) -> bool:
    """A place big enough that a capitalised word naming it most likely means the place
    (with `own_name`, only by its main name, not an alternate one)."""
    folded = fold(name)
    return any((e.kind in ("country", "region", "crossing") or e.population >= 100_000)
               and (not own_name or fold(e.name) == folded) for e in load().candidates(name))


# Nationality words that do not start like their country's name.
IRREGULAR_DEMONYMS = {
    "french": "France", "dutch": "Netherlands", "swiss": "Switzerland", "danish": "Denmark",
    "british": "United Kingdom", "english": "United Kingdom", "scottish": "United Kingdom",
    "welsh": "United Kingdom", "irish": "Ireland", "greek": "Greece", "belarusian": "Belarus",
    "filipino": "Philippines", "finnish": "Finland", "polish": "Poland", "spanish": "Spain",
    "norwegian": "Norway", "icelandic": "Iceland", "peruvian": "Peru", "cypriot": "Cyprus", "thai": "Thailand", "lao": "Laos", "burmese": "Myanmar", "emirati": "United Arab Emirates",
}
_DEMONYM_ENDING = re.compile(r"(?:an|ian|ean|ish|ese|i|ic|ch|kh|k|er|ot|sh)s?$")


_GENERIC_NAME_WORDS = frozenset(
    "democratic republic united central south north east west new saint st the of and islands island "
    "federated states kingdom arab peoples people federation plurinational state".split()
)


@cache
def _country_stems() -> dict[str, frozenset[tuple[str, str]]]:
    """First four letters of each country's distinctive word -> (that word, country name)."""
    stems: dict[str, set[tuple[str, str]]] = {}
    for entry in load().entries():
        if entry.kind == "country":
            for name in (entry.name, *COUNTRY_VARIANTS.get(entry.country or "", ())):
                words = [w for w in fold(name).split() if w not in _GENERIC_NAME_WORDS]
                if words and len(words[0]) >= 4:
                    stems.setdefault(words[0][:4], set()).add((words[0], entry.name))
    return {k: frozenset(v) for k, v in stems.items()}


def _demonym_countries(folded: str) -> list[str]:
    """Countries whose distinctive word shares at least four first letters with `folded`, best first."""
    found = [(w, n) for w, n in _country_stems().get(folded[:4], frozenset()) if w != folded]
    scored = sorted(((len(_common_prefix(w, folded)), -len(n), n) for w, n in found), reverse=True)
    return [n for k, ln, n in scored if (k, ln) == scored[0][:2]] if scored else []


def is_demonym(word: str) -> bool:
    """`Kazakh`, `Finnish`, `Russian`: a nationality word, judged by the country names it starts like."""
    folded = fold(word)
    if folded in IRREGULAR_DEMONYMS:
        return True
    return (len(folded) >= 4 and " " not in folded and bool(_DEMONYM_ENDING.search(folded))
            and bool(_demonym_countries(folded)) and not is_major_place(word, own_name=True))


def country_of_demonym(word: str) -> str | None:
    """`Kazakh` -> `Kazakhstan`, when one country's name starts most like it."""
    folded = fold(word)
    if folded in IRREGULAR_DEMONYMS:
        return IRREGULAR_DEMONYMS[folded]
    names = set(_demonym_countries(folded))
    return names.pop() if len(names) == 1 else None


def _common_prefix(a: str, b: str) -> str:
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return a[:k]
