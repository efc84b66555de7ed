"""Near-duplicate articles: the same wire story twice is one source, not two that agree.

Each article's word 3-grams go into a MinHash signature (datasketch); a MinHash LSH
index finds earlier articles with a similar signature as the records stream past, so
the work per article is constant and memory is a few hundred bytes per article.
Two versions of one story that were rewritten (a translation, an agency rewrite) share
little wording but several quotes: `join_by_shared_quotes` joins those afterwards.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from datasketch import MinHash, MinHashLSH

from newsclaims.digest.keys import Key, Union

NUM_PERM = 64
COPY_JACCARD = 0.5  # word 3-grams in common: an edited copy of the same story
SHARED_QUOTES = 3  # quotes two versions of a story have in common (exact or near wording)
_WORDS = re.compile(r"\w+")


def shingles(text: str, size: int = 3) -> set[bytes]:
    """Word n-grams of the folded text, as bytes for hashing."""
    words = _WORDS.findall(text.casefold())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@cache
def _permutations(num_perm: int) -> tuple[object, str]:
    """The random permutations, drawn once (datasketch draws them per signature otherwise)."""
    return MinHash(num_perm=num_perm).permutations, MinHash(num_perm=num_perm).scheme


def signature(tokens: Iterable[bytes], num_perm: int = NUM_PERM) -> MinHash:
    """A MinHash of a set of tokens (vectorised over the set)."""
    permutations, scheme = _permutations(num_perm)
    sig = MinHash(num_perm=num_perm, permutations=permutations, scheme=scheme)
    sig.update_batch(list(tokens))
    return sig


class Stories:
    """Articles grouped into stories: copies found by MinHash LSH as they stream in."""

    def __init__(self, threshold: float = COPY_JACCARD) -> None:
        self.index = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.union = Union()
        self.threshold = threshold
        self.how: dict[frozenset[str], str] = {}
        self._sigs: dict[str, MinHash] = {}

    def add(self, source: str, text: str | None) -> None:
        """Index one article and join it to the earlier articles it copies."""
        self.union.find(source)
        grams = shingles(text or "")
        if len(grams) < 5 or source in self._sigs:
            return
        sig = signature(grams)
        for other in self.index.query(sig):
            if sig.jaccard(self._sigs[other]) >= self.threshold:
                self.union.union(source, other)
                self.how[frozenset((source, other))] = "same wording"
        self.index.insert(source, sig)
        self._sigs[source] = sig

    def join_by_shared_quotes(self, pairs: Iterable[tuple[Key, Key]]) -> None:
        """Join articles that share several quotes (two versions of one interview)."""
        shared: Counter[tuple[str, str]] = Counter()
        for a, b in pairs:
            if a[0] != b[0]:
                shared[(min(a[0], b[0]), max(a[0], b[0]))] += 1
        for (a, b), count in shared.items():
            if count >= SHARED_QUOTES:
                self.union.union(a, b)
                self.how.setdefault(frozenset((a, b)), f"{count} quotes in common")

    def story_of(self, source: str) -> str:
        """The story an article belongs to: the first source of its group (sorted)."""
        return str(self.union.find(source))

    def groups(self) -> list[list[str]]:
        """Stories told by more than one article, each sorted, largest first."""
        out = [sorted(g) for g in self.union.groups(sorted(self.union.parent)) if len(g) > 1]
        return sorted(out, key=lambda g: (-len(g), g))
