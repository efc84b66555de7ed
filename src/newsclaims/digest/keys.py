"""Matching keys shared by every digest section: folded text, transliteration keys, a union-find."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

Key = tuple[str, str]  # (article source, item id)

# Spelling rules that differ between transliterations of one name (Russian, Finnish, Arabic...).
_TRANSLIT = [(r"\bsaint\b|\bst\b\.?", "st"), (r"\bthe\b", ""), (r"[-‐–]", " "), (r"w", "v"), (r"ph", "f"),
             (r"kh", "h"), (r"[yj]", "i"), (r"(.)\1+", r"\1"), (r"[^\w ]", ""), (r"\s+", " ")]


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Casefolded, accents and punctuation removed: `Zákharov’s` -> `zakharovs` (names recur: cached)."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return re.sub(r"\s+", " ", re.sub(r"[^\w' ]", " ", text)).strip()


def translit_key(name: str) -> str:
    """A key equal for spellings of one name across transliterations: Vaalimaa, Valima, Walima -> valima."""
    key = fold(name).replace("'", "")
    for pattern, repl in _TRANSLIT:
        key = re.sub(pattern, repl, key)
    return key.strip()


class Union:
    """Union-find over hashable items: the groups of people, places, quotes and figures."""

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
