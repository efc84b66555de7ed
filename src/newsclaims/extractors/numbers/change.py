"""Rises and falls: which figures state a change, in which direction, and which belong together.

`rose 5%` and `a sharp 3 percent drop` state the amount of a change; in `fell 0.4 per cent to 13,176`
0.4 is the amount and 13,176 the level after; `from $36,040 ... to $34,935` gives the levels before and
after. The change word is the verb or noun the figure (or its preposition: `by`, `of`, `to`, `from`)
hangs on in the parse, looked up in `lexicon/data/change_words.tsv`; the figures of one change word
are one change. A word without a direction (`went from 3% to 5%`) takes it from an `up`/`down`
particle or from the two levels.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsclaims.extractors.numbers.model import Candidate, lower_at
from newsclaims.lexicon.numbers import CHANGE_PARTICLES, CHANGE_PREPOSITIONS, CHANGE_WORDS, SHARE_UNITS

_VERB_AMOUNT_DEPS = frozenset({"dobj", "npadvmod", "advmod", "obj", "attr"})
"""How an amount hangs on its verb: `rose 5%`, `gained 3 points`."""
_NOUN_AMOUNT_DEPS = frozenset({"nummod", "compound", "amod", "quantmod", "npadvmod", "nmod"})
"""How an amount hangs on its noun: `a 3 percent drop`, `a $5bn increase`."""
_PAIR_GAP = 12
"""The most tokens between a `from` level and its `to` level when the parse does not join them."""


@dataclass
class Change:
    """A figure's part in a change: the direction, its role, and the change it belongs to (first the token
    of the change word; once grouped, the index of the change's first figure)."""

    direction: str | None
    role: str
    word: int


def is_change_word(token: Token) -> bool:
    """A verb or noun of a rise or fall: `from X to Y` after it is two levels, not a range."""
    entry = CHANGE_WORDS.get(token.lemma_.lower())
    return entry is not None and token.pos_ in entry[2]


def find_changes(doc: Doc, found: list[Candidate]) -> list[Change | None]:
    """Each figure's part in a change, or None. Levels `from 40 to 55 percent` get the unit and the
    magnitude of their partner (`40` is 40 percent)."""
    changes = [change_of(doc, cand) for cand in found]
    for i, cand in enumerate(found):
        if changes[i] is None:
            changes[i] = _paired_level(doc, found, changes, i)
    for members in _groups(changes):
        _carry_levels(doc, found, changes, members)
        direction = _direction(doc, found, changes, members)
        for i in members:
            if direction is None:
                changes[i] = None
            else:
                changes[i].direction = direction  # type: ignore[union-attr]
    return changes


def _groups(changes: list[Change | None]) -> list[list[int]]:
    """The figures of each change, in order: those of one change word, split where a role comes back
    (`rose from 40 to 55 percent and sales from 7 to 8 million`: two changes). Each change's `word`
    becomes the index of its first figure, so that figures share a `word` exactly when they are one change."""
    by_word: dict[int, list[int]] = {}
    for i, change in enumerate(changes):
        if change is not None:
            by_word.setdefault(change.word, []).append(i)
    groups: list[list[int]] = []
    for members in by_word.values():
        current: list[int] = []
        for i in members:
            if any(changes[k].role == changes[i].role for k in current):  # type: ignore[union-attr]
                groups.append(current)
                current = []
            current.append(i)
        groups.append(current)
    for members in groups:
        for i in members:
            changes[i].word = members[0]  # type: ignore[union-attr]
    return groups


def _figure_root(doc: Doc, cand: Candidate) -> Token:
    """The token through which the figure hangs in the parse: its numeral, up to the last head inside it;
    `52 points` hangs through `points`."""
    token = doc[cand.numerals[0].start] if cand.numerals else doc[cand.start]
    while cand.start <= token.head.i < cand.end and token.head.i != token.i:
        token = token.head
    if token.head.lower_ in ("point", "points") and token.head.i == cand.end:
        token = token.head
    return token


def _preposition(doc: Doc, cand: Candidate) -> Token | None:
    """The word before the figure, past a qualifier written before it (`rose to nearly 5%`)."""
    k = cand.start - 1
    if cand.qualifier and " ... " not in cand.qualifier:
        words = cand.qualifier.split()
        if [t.lower_ for t in doc[max(0, k - len(words) + 1):k + 1]] == words:
            k -= len(words)
    return doc[k] if k >= 0 else None


def change_of(doc: Doc, cand: Candidate) -> Change | None:
    """The figure's change from its own attachment: a preposition, a verb, a particle or a noun."""
    if cand.vague or cand.category == "age":
        return None
    prep = _preposition(doc, cand)
    if prep is not None and prep.lower_ in CHANGE_PREPOSITIONS and prep.head.i != prep.i:
        role = CHANGE_PREPOSITIONS[prep.lower_]
        word = prep.head
        if cand.low is not None and role != "amount" or prep.lower_ == "of" and word.pos_ != "NOUN":
            return None
        return _checked(doc, cand, word, role, by=prep.lower_ == "by")
    root = _figure_root(doc, cand)
    head = root.head
    if head.i == root.i:
        return None
    particle = CHANGE_PARTICLES.get(head.lower_)
    if particle and head.pos_ in ("ADV", "ADJ", "ADP") and not (cand.qualifier or "").startswith(head.lower_):
        return Change(particle, "amount", head.i)  # `up 5%`, `closed 2% higher`
    if root.dep_ in _VERB_AMOUNT_DEPS and head.pos_ in ("VERB", "AUX"):
        return _checked(doc, cand, head, "amount", by=False)
    if root.dep_ in _NOUN_AMOUNT_DEPS and head.tag_ == "NN" and 0 <= head.i - cand.end <= 3:  # not `six jumps`
        return _checked(doc, cand, head, "amount", by=False)
    return None


def _checked(doc: Doc, cand: Candidate, word: Token, role: str, by: bool) -> Change | None:
    """The change when `word` is a change word that takes this figure in this role."""
    if not is_change_word(word):
        return None
    direction, takes, _ = CHANGE_WORDS[word.lemma_.lower()]
    if role == "amount" and takes == "by" and not by:
        return None  # `cut 500 jobs` counts jobs
    if role == "amount" and takes == "share" and not (
            cand.unit in SHARE_UNITS or lower_at(doc, cand.end) in ("point", "points")):
        return None  # `lost $5m` is a loss, not a fall
    if direction is None:
        direction = next((CHANGE_PARTICLES[c.lower_] for c in word.children
                          if c.lower_ in CHANGE_PARTICLES and c.dep_ in ("prt", "advmod")), None)
    return Change(direction, role, word.i)


def _paired_level(doc: Doc, found: list[Candidate], changes: list[Change | None], i: int) -> Change | None:
    """`an increase from 3% to 4%`, `rose by 30,000 to 1.4 million` parsed oddly: a `to` level right
    after a `from` level or an amount of a change (or a `from` level right before a `to`) shares its
    change."""
    prep = _preposition(doc, found[i])
    if prep is None or prep.lower_ not in ("to", "from") or found[i].low is not None:
        return None
    j = i - 1 if prep.lower_ == "to" else i + 1
    if not 0 <= j < len(found) or changes[j] is None:
        return None
    partner = changes[j]
    wanted = ("from", "amount") if prep.lower_ == "to" else ("to",)
    first, second = (found[j], found[i]) if j < i else (found[i], found[j])
    if partner.role not in wanted or second.start - first.end > _PAIR_GAP or any(
            t.is_sent_start for t in doc[first.end:second.start + 1]):
        return None
    return Change(partner.direction, prep.lower_, partner.word)


def _carry_levels(doc: Doc, found: list[Candidate], changes: list[Change | None], members: list[int]) -> None:
    """`from 40 to 55 percent`, `from 7 to 8 million`: the `from` level gets the `to` level's unit and
    scale."""
    start = next((i for i in members if changes[i].role == "from"), None)  # type: ignore[union-attr]
    end = next((i for i in members if changes[i].role == "to"), None)  # type: ignore[union-attr]
    if start is None or end is None:
        return
    low, high = found[start], found[end]
    if low.end + 1 != high.start or lower_at(doc, low.end) != "to" or low.value is None:
        return
    if low.unit is None and high.unit is not None:
        low.unit, low.category = high.unit, high.category
    scale = high.numerals[-1].scale if high.numerals else 1.0
    bare = low.numerals and low.numerals[-1].scale == 1
    if scale > 1 and bare and low.value * scale <= (high.value or 0) * 10:
        low.value *= scale


def _direction(doc: Doc, found: list[Candidate], changes: list[Change | None],
               members: list[int]) -> str | None:
    """The group's direction: its word's, else from its `from` and `to` levels."""
    given = next((changes[i].direction for i in members if changes[i].direction), None)  # type: ignore[union-attr]
    if given is not None:
        return given
    levels = {changes[i].role: found[i].value for i in members}  # type: ignore[union-attr]
    before, after = levels.get("from"), levels.get("to")
    if before is None or after is None or before == after:
        return None
    return "up" if after > before else "down"
