"""Reported speech: the content a cue reports (`said that ...`, `the claim that ...`, `according to`).

The content is a verb's content clause, a speech noun's `that`/`to` clause, or the
clause `according to X` qualifies; reported speech inside reported speech is folded
into its outer content unless it names a new source of its own.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from newsclaims.attribution.subjects import Subject, cue_subject, noun_cue_author
from newsclaims.extractors.quotes.cues import Attributed, cue_span
from newsclaims.extractors.quotes.marks import MIN_WORDS, DirectSpan
from newsclaims.lexicon.speech import INFINITIVE_CUES
from newsclaims.pipeline.spans import SpanIndex

_STRIP_START = frozenset({"that", ",", "—", "–", "-", ":", ";", "and", "but", "while"})


def content_bounds(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """Token range of reported content without leading `that`/punctuation/conjunction and trailing punctuation."""
    while lo < hi and (doc[lo].lower_ in _STRIP_START or doc[lo].is_punct and doc[lo].text not in "“‘«\"'"):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct and doc[hi - 1].text not in "”’»\"'" or doc[hi - 1].dep_ == "cc"):
        hi -= 1
    return lo, hi


def word_count(doc: Doc, rng: tuple[int, int]) -> int:
    """Words and numbers in a token range."""
    return sum(1 for t in doc[rng[0]:rng[1]] if t.is_alpha or t.like_num)


def reported_speech(doc: Doc, text: str, cues: list[tuple[str, Token]], quoted: list[bool],
                    directs: list[DirectSpan]) -> list[Attributed]:
    """Reported speech: a cue's content clause, or the clause `according to X` qualifies."""
    found: list[tuple[Attributed, tuple[int, int]]] = []
    seen: set[tuple[int, int]] = set()
    marked = SpanIndex((d.outer_start, d.outer_end, d) for d in directs)
    for label, cue in cues:
        if label == "NOUN_CUE":
            rng = noun_content(cue)
        else:
            rng = according_content(cue) if label == "ACCORDING" else verb_content(cue)
        if rng is None:
            continue
        lo, hi = content_bounds(doc, *rng)
        if hi <= lo or word_count(doc, (lo, hi)) < MIN_WORDS or (lo, hi) in seen:
            continue
        subject = noun_cue_author(cue, quoted) if label == "NOUN_CUE" else cue_subject(cue, quoted)
        if subject is None:
            continue
        seen.add((lo, hi))
        start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
        # Mostly inside quotation marks: the direct quote is the statement.
        in_direct = sum(max(0, min(end, d.outer_end) - max(start, d.outer_start)) for d in marked.overlapping(start, end))
        if in_direct * 2 > end - start:
            continue
        item = Attributed(start, end, "indirect", cue=cue_span(text, doc, cue), subject=subject, cue_token=cue)
        found.append((item, (lo, hi)))
    return _unnest(doc, found)


def _unnest(doc: Doc, found: list[tuple[Attributed, tuple[int, int]]]) -> list[Attributed]:
    """Reported speech inside reported speech: a pronoun-led inner cue is part of the outer content;
    a new named source (`..., while eyewitnesses said ...`) ends the outer content where it begins."""
    by_cue = sorted((item.cue_token.i, n) for n, (item, _) in enumerate(found) if item.cue_token is not None)
    cue_positions = [i for i, _ in by_cue]
    contents = SpanIndex((lo, hi, n) for n, (_, (lo, hi)) in enumerate(found))
    keep: list[Attributed] = []
    for n, (item, (lo, hi)) in enumerate(found):
        assert item.cue_token is not None
        inner_cues = sorted(m for _, m in by_cue[bisect_left(cue_positions, lo):bisect_left(cue_positions, hi)])
        for m in inner_cues:
            other, (o_lo, o_hi) = found[m]
            if m == n or other.cue_token is None:
                continue
            inner = other.cue_token
            if lo <= inner.i < hi and not (o_lo <= item.cue_token.i < o_hi):
                if _own_named_subject(inner, other.subject):
                    clause = inner.left_edge.i if inner.left_edge.i > lo else inner.i
                    if clause > lo:
                        lo, hi = content_bounds(doc, lo, clause)
                        if hi > lo:
                            item.start, item.end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
        cue_at = item.cue_token.i
        nested = any(m != n for m in contents.overlapping(cue_at, cue_at + 1)) \
            and not _own_named_subject(item.cue_token, item.subject)
        if not nested and word_count(doc, (lo, hi)) >= MIN_WORDS:
            keep.append(item)
    return keep


def _own_named_subject(cue: Token, subject: Subject | None) -> bool:
    """A new source inside someone's reported speech names itself: its own subject, not a pronoun."""
    if not isinstance(subject, Token):
        return subject is not None
    if cue.dep_ == "conj" and subject.head.i != cue.i:
        return True  # `told X that A and said B`: a second statement by the same source
    return subject.pos_ != "PRON" and (subject.head.i == cue.i or cue.lower_ == "according")


def noun_content(noun: Token) -> tuple[int, int] | None:
    """The content clause of a speech noun: `the claim that ...`, `a pledge to ...`."""
    for child in noun.children:
        if child.i < noun.i or child.dep_ not in ("acl", "ccomp", "relcl", "appos"):
            continue
        marks = [c for c in child.children if c.i < child.i]
        if any(c.lower_ == "that" and c.dep_ == "mark" for c in marks) or (
                noun.lemma_.lower() in INFINITIVE_CUES and any(c.lower_ == "to" and c.dep_ == "aux" for c in marks)):
            return child.left_edge.i, child.right_edge.i + 1
    return None


def verb_content(cue: Token) -> tuple[int, int] | None:
    """Token range of the content clause a speech verb governs."""
    heads = [c for c in cue.children if c.dep_ == "ccomp"]
    if not heads:
        # `reported, citing its sources, that ...`: the clause hangs on the participle.
        for child in cue.children:
            if child.dep_ in ("advcl", "xcomp") and child.tag_ == "VBG" and child.i > cue.i:
                heads = [c for c in child.children if c.dep_ == "ccomp"]
                if heads:
                    break
    if not heads and cue.lemma_.lower() in INFINITIVE_CUES and cue.tag_ != "VBG":
        heads = [c for c in cue.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
    if not heads:
        loose = _loose_that_clause(cue)
        if loose is not None:
            return loose
        if cue.dep_ == "parataxis" and cue.head.pos_ in ("VERB", "AUX"):
            head = cue.head
            lo, hi = head.left_edge.i, head.right_edge.i + 1
            if cue.left_edge.i > head.i:
                return lo, cue.left_edge.i
            if cue.right_edge.i < head.i:
                return cue.right_edge.i + 1, hi
        return None
    lo = min(h.left_edge.i for h in heads)
    hi = max(h.right_edge.i for h in heads) + 1
    sent_start = cue.sent.start
    if hi <= cue.i and 0 < lo - sent_start <= 2 and not any(t.is_punct for t in cue.doc[sent_start:lo]):
        lo = sent_start  # `Rail workers will walk out, the union said`: a stray first word
    if lo > cue.i:
        # `said, most of the Russians leaving are men`: a misattached piece between verb and clause.
        for child in cue.children:
            if child.dep_ in ("advcl", "nsubj") and cue.i < child.i < lo:
                lo = min(lo, child.left_edge.i)
    return lo, hi


def _loose_that_clause(cue: Token) -> tuple[int, int] | None:
    """`reported, citing its sources, that ...` when the parser hung the clause elsewhere."""
    doc = cue.doc
    for token in doc[cue.i + 1: min(len(doc), cue.i + 12)]:
        if token.is_sent_start or token.text in ".;:“”\"" or token.pos_ == "VERB" and token.tag_ != "VBG":
            return None
        if token.lower_ == "that" and token.dep_ == "mark" and token.head.i > token.i:
            if token.head.dep_ == "acl" and token.head.head.pos_ == "NOUN":
                return None  # `rejected the claim that ...`: the noun's content, not the verb's
            return token.i + 1, token.head.right_edge.i + 1
    return None


def according_content(cue: Token) -> tuple[int, int] | None:
    """The clause `according to X` qualifies, without the phrase itself."""
    doc = cue.doc
    head = cue.head
    while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT" and head.head.i != head.i:
        head = head.head
    if head.i == cue.i:
        sent = cue.sent
        lo, hi = sent.start, sent.end
    else:
        lo, hi = head.left_edge.i, head.right_edge.i + 1
    to = doc[cue.i + 1]
    obj = next((c for c in to.children if c.dep_ == "pobj"), to)
    pp_lo, pp_hi = cue.i, max(to.i, obj.right_edge.i) + 1
    before, after = content_bounds(doc, lo, min(pp_lo, hi)), content_bounds(doc, max(pp_hi, lo), hi)
    pieces = [p for p in (before, after) if p[1] > p[0]]
    if not pieces:
        return None
    holding = [p for p in pieces if p[0] <= head.i < p[1] and word_count(doc, p) >= MIN_WORDS]
    return holding[0] if holding else max(pieces, key=lambda p: p[1] - p[0])
