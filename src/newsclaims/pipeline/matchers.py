"""Fast look-ups of word lists: PhraseMatchers and lexeme flags."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy
from spacy.attrs import LIKE_NUM
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

# A Matcher pattern such as `{"LOWER": {"IN": words}}` costs a Python
# call on every token of every Doc, which made matching a third of our extraction time; a
# PhraseMatcher hashes in C, and a lexeme flag is computed once per word form.


def phrase_matcher(vocab: Vocab, attr: str, phrases: dict[str, Iterable[tuple[str, ...]]]) -> PhraseMatcher:
    """A PhraseMatcher for `{label: [(word, ...), ...]}`, comparing `attr` ("LOWER" or "LEMMA")."""
    matcher = PhraseMatcher(vocab, attr=attr)
    for label, items in phrases.items():
        words = [list(item) for item in items]
        matcher.add(label, [Doc(vocab, words=w, lemmas=w if attr == "LEMMA" else None) for w in words])
    return matcher


# Lexeme flag bits up to 18 are spaCy's own (IS_ALPHA ... IS_CURRENCY, 13 a retired one).
_FIRST_FREE_FLAG = 19


def word_flag(vocab: Vocab, getter: Callable[[str], bool]) -> int:
    """Store `getter(word)` as a flag on every lexeme, old and new; the same getter gets the same flag."""
    for flag, known in vocab.lex_attr_getters.items():
        if known is getter:
            return flag
    free = next(bit for bit in range(_FIRST_FREE_FLAG, 64) if bit not in vocab.lex_attr_getters)
    return vocab.add_flag(getter, flag_id=free)


def flagged(doc: Doc, flag: int, like_num: bool = False) -> list[int]:
    """Indices of the tokens whose word has `flag` (or, with `like_num`, looks like a number)."""
    if not len(doc):
        return []
    columns = doc.to_array([flag, LIKE_NUM] if like_num else [flag]).reshape(len(doc), -1)
    return numpy.flatnonzero(columns.any(axis=1)).tolist()


