"""Quotes: direct speech in quotation marks and reported speech, each with its source.

Quotation marks are found with a small scanner (the only regex here): it pairs
opening and closing marks paragraph by paragraph, so a stray mark never
swallows the rest of an article, and a quotation left open at a paragraph end
continues when the next paragraph reopens it. Everything else uses the parse:
speech and cognition verbs come from a PhraseMatcher over lemmas, the reported
content is the verb's content clause, `according to X` is a matched phrase
whose object is the source, and the speaker is the cue's subject as resolved by
`coref.Resolver` (names, pronouns, descriptions, organisations).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span as SpacySpan, Token
from spacy.vocab import Vocab

from newsclaims.pipeline.boilerplate import inside
from newsclaims.attribution import Resolver, phrase_span
from newsclaims.extractors.base import Context, Extractor
from newsclaims.lexicon.organisations import ORG_NOUNS
from newsclaims.lexicon.people import PERSON_NOUN_GENDER, PLURAL_PRONOUNS
from newsclaims.lexicon.speech import AUTHORING_VERBS, INFINITIVE_CUES, SPEECH_NOUNS, SPEECH_VERBS
from newsclaims.pipeline.matchers import phrase_matcher
from newsclaims.schema import Quote, Span, Speaker

MIN_WORDS = 3

# -- quotation marks --------------------------------------------------------

_MARK_RE = re.compile(r"``|''|[“”„‟«»‹›\"‘’‚']")
_FAMILY = {"“": "d", "”": "d", "„": "d", "‟": "d", '"': "d", "``": "d", "''": "d",
           "‘": "s", "’": "s", "‚": "s", "'": "s", "«": "g", "»": "g", "‹": "h", "›": "h"}
_OPENERS = frozenset("“„‟«‹‘‚") | {"``"}
_CLOSERS = frozenset("”»›")
_BEFORE_OPEN = frozenset(" \t\n([{—–-:;,/")  # what may precede an opening mark
_AFTER_CLOSE = frozenset(" \t\n.,;:!?)]}—–-/…")  # what may follow a closing mark
_WORD_RE = re.compile(r"\w+")


@dataclass
class _Mark:
    start: int
    end: int
    family: str
    can_open: bool
    can_close: bool


@dataclass
class DirectSpan:
    """The words between a pair of marks; `outer` includes the marks."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    paragraph: int
    chain: int


def _classify(text: str, m: re.Match[str]) -> _Mark | None:
    mark = m.group()
    before = text[m.start() - 1] if m.start() > 0 else "\n"
    after = text[m.end()] if m.end() < len(text) else "\n"
    left_flank = not after.isspace() and (before in _BEFORE_OPEN or before in _FAMILY or before.isspace())
    right_flank = not before.isspace() and (after in _AFTER_CLOSE or after in _FAMILY)
    family = _FAMILY[mark]
    if mark in ("’", "'") and before.isalnum() and after.isalnum():
        return None  # an apostrophe inside a word: don't, I’m, O'Brien
    if mark in _OPENERS:
        # German „…“ closes with “; a lone ‘ after a letter is an apostrophe.
        if mark == "‘" and before.isalnum():
            return None
        return _Mark(m.start(), m.end(), family, True, mark == "“" and right_flank and not left_flank)
    if mark in _CLOSERS:
        return _Mark(m.start(), m.end(), family, left_flank and not right_flank, True)
    if mark == "’":
        return _Mark(m.start(), m.end(), family, False, right_flank) if right_flank else None
    # Straight marks " ' and '' point either way; the neighbours decide.
    if not (left_flank or right_flank):
        return None
    return _Mark(m.start(), m.end(), family, left_flank, right_flank)


def _opens_with(paragraph: str, family: str) -> bool:
    stripped = paragraph.lstrip()
    m = _MARK_RE.match(stripped)
    return bool(m) and _FAMILY[m.group()] == family and (m.group() in _OPENERS or m.group() in ('"', "''", "'"))


def find_direct(text: str) -> list[DirectSpan]:
    """Every quotation, one per paragraph; pieces of a multi-paragraph quotation share `chain`."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    found: list[DirectSpan] = []
    chain_id = 0
    carried: int | None = None  # chain continuing from the previous paragraph
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        open_mark: _Mark | None = None
        continuing = carried
        carried = None
        marks = [k for k in (_classify(text, m) for m in _MARK_RE.finditer(text, p_start, p_end)) if k is not None]
        for n, mark in enumerate(marks):
            if open_mark is None:
                if mark.can_open:
                    open_mark = mark
                continue
            if mark.family != open_mark.family:
                continue  # a nested quotation inside the open one
            if mark.can_close and _possessive(text, mark) and any(
                    later.family == mark.family and later.can_close for later in marks[n + 1:]):
                continue  # `the workers' union`: a plural possessive, the quotation closes later
            if mark.can_close:
                chain = continuing if continuing is not None and not _found_in_paragraph(found, p_index) else None
                if chain is None:
                    chain_id += 1
                    chain = chain_id
                _emit(found, text, open_mark.end, mark.start, open_mark.start, mark.end, p_index, chain)
                open_mark = None
            elif mark.can_open:
                open_mark = mark  # the earlier opener was stray
        if open_mark is None:
            continue
        nxt = paragraphs[p_index + 1] if p_index + 1 < len(paragraphs) else None
        long_enough = len(_WORD_RE.findall(text[open_mark.end:p_end])) > MIN_WORDS
        runs_on = long_enough and nxt is not None and _opens_with(text[nxt[0]:nxt[1]], open_mark.family)
        at_start = not text[p_start:open_mark.start].strip() or text[p_start:open_mark.start].rstrip().endswith(":")
        if runs_on or (at_start and long_enough):
            chain = continuing if continuing is not None and not _found_in_paragraph(found, p_index) else None
            if chain is None:
                chain_id += 1
                chain = chain_id
            _emit(found, text, open_mark.end, p_end, open_mark.start, p_end, p_index, chain)
            if runs_on:
                carried = chain
    return found


def _possessive(text: str, mark: _Mark) -> bool:
    """An apostrophe after a plural `s` followed by a word: `the workers' union`, `the Russians’ homes`."""
    if text[mark.start:mark.end] not in ("'", "’") or mark.start == 0 or text[mark.start - 1] != "s":
        return False
    rest = text[mark.end:mark.end + 2]
    return len(rest) == 2 and rest[0] == " " and rest[1].isalpha()


def _found_in_paragraph(found: list[DirectSpan], paragraph: int) -> bool:
    """A quotation was already closed in this paragraph (so a later one does not continue the last)."""
    return bool(found) and found[-1].paragraph == paragraph


def _emit(found: list[DirectSpan], text: str, start: int, end: int, outer_start: int, outer_end: int,
          paragraph: int, chain: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\r\n,":
        end -= 1
    if end > start:
        found.append(DirectSpan(start, end, outer_start, outer_end, paragraph, chain))


# -- cues -------------------------------------------------------------------

@lru_cache(maxsize=8)
def _cue_matchers(vocab: Vocab) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Cue words by lemma and by form; built once per vocabulary."""
    by_lemma = phrase_matcher(vocab, "LEMMA", {
        "CUE": [(v,) for v in sorted(SPEECH_VERBS | INFINITIVE_CUES)],
        "GO_ON": [("go", "on")],  # `she went on`
        "NOUN_CUE": [(n,) for n in sorted(SPEECH_NOUNS)],
    })
    by_form = phrase_matcher(vocab, "LOWER", {"SAYS": [("says",), ("said",)], "ACCORDING": [("according", "to")]})
    return by_lemma, by_form


# The part of speech a cue word must have, and the label it is found under.
_CUE_POS = {"CUE": (("VERB", "AUX"), "CUE"), "GO_ON": (("VERB",), "CUE"), "NOUN_CUE": (("NOUN",), "NOUN_CUE"),
            "SAYS": (("NOUN", "PROPN"), "CUE")}  # `says` mistagged as a noun in a headline


def _cues(doc: Doc) -> list[tuple[str, Token]]:
    """(label, first token) of every speech cue: `CUE` verbs, `NOUN_CUE` nouns, `ACCORDING` to."""
    strings = doc.vocab.strings
    found = []
    for matcher in _cue_matchers(doc.vocab):
        for match_id, start, _ in matcher(doc):
            label, token = strings[match_id], doc[start]
            if label in _CUE_POS:
                pos, label = _CUE_POS[label]
                if token.pos_ not in pos:
                    continue
            found.append((label, token))
    return found


@dataclass
class _Attribution:
    """A quote span with the cue and subject that attribute it (if any)."""

    start: int
    end: int
    kind: str
    cue: Span | None = None
    subject: Token | SpacySpan | None = None
    speaker: Speaker | None = None
    from_context: bool = False
    paragraph: int = -1
    chain: int = -1
    cue_token: Token | None = None


def _subject(cue: Token, quoted: list[bool], after: int | None = None) -> Token | SpacySpan | None:
    """The cue's subject: nsubj, a coordinated verb's subject, `according to X`'s X, the words
    between a quotation and its cue (`“...,” the 52-year-old added`), or an inverted NP."""
    if cue.lower_ == "according":
        to = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        return obj if obj is not None and not quoted[obj.i] else None
    verb = cue
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not quoted[c.i]), None)
        if subj is not None:
            if subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return verb.head  # `Sanders, who said ...`: the noun the clause describes
            if subj.dep_ == "nsubjpass" or subj.lower_ in ("there", "that", "this", "which", "who", "what"):
                return None
            return _author(subj) or subj
        participle = verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp", "pcomp")
        if (verb.dep_ in ("conj", "xcomp") and verb.head.i < verb.i) or participle:
            head = verb.head
            if verb.dep_ == "xcomp" and verb.tag_ == "VB":
                # `the killings led most voters to say ...`: the object says it, not the subject.
                obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
                if obj is not None and not quoted[obj.i]:
                    return obj
            # `rallied supporters by warning that`, `released a statement saying`: up to the clause's verb.
            while head.pos_ in ("ADP", "NOUN", "PROPN") and head.head.i != head.i:
                head = head.head
            # `told X that A happened and said B`: the parser hangs the second verb inside the first clause.
            if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.lemma_.lower() not in SPEECH_VERBS:
                head = head.head
            verb = head
            continue
        break
    if after is not None:
        window = _subject_window(cue, after, quoted)
        if window is not None:
            return window
    if cue.tag_ in ("VBG", "VBN", "TO", "VB"):
        return None  # `accusing it of ...`: a participle has no inverted subject
    return _inverted_subject(cue, quoted)


def _author(noun: Token) -> Token | None:
    """Who wrote or gave a statement: `his claim`, `a statement by/from the ministry`.
    A document is not a speaker, so `the minister's statement said` is the minister's."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in ("PERSON", "ORG")
                                    or obj.lemma_.lower() in ORG_NOUNS or obj.lemma_.lower() in PERSON_NOUN_GENDER):
                return obj
    return None


def _noun_cue_source(noun: Token, quoted: list[bool]) -> Token | SpacySpan | None:
    """The author of `a promise that ...`: its possessor or `by` phrase, else the subject of the
    verb that makes or issues it (`X made a promise that`, not `X rejected the claim that`)."""
    author = _author(noun)
    verb = noun.head
    made = noun.dep_ == "dobj" and verb.pos_ == "VERB"
    if author is not None and not (made and author.pos_ == "PRON"):
        return None if quoted[author.i] else author
    if made and verb.lemma_.lower() in AUTHORING_VERBS:
        # `the senator renewed her pledge`: the possessive pronoun is the subject.
        return _subject(verb, quoted) or author
    return author


def _noun_content(noun: Token) -> tuple[int, int] | None:
    """The content clause of a speech noun: `the claim that ...`, `a pledge to ...`."""
    for child in noun.children:
        if child.i < noun.i or child.dep_ not in ("acl", "ccomp", "relcl", "appos"):
            continue
        marks = [c for c in child.children if c.i < child.i]
        if any(c.lower_ == "that" and c.dep_ == "mark" for c in marks) or (
                noun.lemma_.lower() in INFINITIVE_CUES and any(c.lower_ == "to" and c.dep_ == "aux" for c in marks)):
            return child.left_edge.i, child.right_edge.i + 1
    return None


def _subject_window(cue: Token, after: int, quoted: list[bool]) -> SpacySpan | None:
    """The noun phrase between a quotation's closing mark and its cue, when the parse lost it."""
    doc = cue.doc
    start = after
    while start < cue.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    end = start
    while end < cue.i and not (doc[end].pos_ in ("VERB", "AUX") or doc[end].lower_ in ("who", "which", "that")
                               or doc[end].text in (",", ";", ":") or quoted[end]):
        end += 1
    if end <= start or end - start > 8 or not any(t.pos_ in ("NOUN", "PROPN", "PRON") or t.lower_ == "old"
                                                  for t in doc[start:end]):
        return None
    return doc[start:end]


def _inverted_subject(cue: Token, quoted: list[bool]) -> Token | None:
    """`says the young father`, `explains to AFP Viktor Zakharov`: the NP after the verb."""
    doc = cue.doc
    candidate: Token | None = None
    addressee = cue.lemma_.lower() in ("tell", "inform", "ask", "brief", "assure", "remind", "warn")
    for token in doc[cue.i + 1: min(len(doc), cue.i + 12)]:
        if addressee and token.dep_ in ("dobj", "dative") and token.head.i == cue.i:
            return None
        if quoted[token.i] or token.is_sent_start or token.text in (",", ".", ";", ":", "—", "–") or token.pos_ == "VERB":
            break
        if token.ent_type_ == "PERSON":
            return _np_head(token)
        if candidate is None and token.pos_ in ("NOUN", "PROPN") and not token.ent_type_ in ("DATE", "TIME"):
            if not (token.head.dep_ == "prep" and token.head.lower_ in ("to", "on", "in", "at")
                    and token.head.head.i == cue.i and token.dep_ == "pobj" and token.ent_type_ != "PERSON"):
                candidate = token
            elif token.head.lower_ == "to":
                candidate = None
    return _np_head(candidate) if candidate is not None else None


def _np_head(token: Token) -> Token:
    while token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i:
        token = token.head
    return token


def _cue_span(text: str, doc: Doc, cue: Token) -> Span:
    end_tok = cue
    if cue.lower_ == "according":
        end_tok = doc[cue.i + 1]
    else:
        for child in cue.children:
            if child.dep_ in ("prt", "dative") and child.i == end_tok.i + 1:
                end_tok = child
        if end_tok.i + 1 < len(doc) and doc[end_tok.i + 1].dep_ == "dative":
            end_tok = doc[end_tok.i + 1]
    return Span.of(text, cue.idx, end_tok.idx + len(end_tok))


# -- reported speech --------------------------------------------------------

_STRIP_START = frozenset({"that", ",", "—", "–", "-", ":", ";", "and", "but", "while"})


def _trim(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """Token range without leading `that`/punctuation/conjunction and trailing punctuation."""
    while lo < hi and (doc[lo].lower_ in _STRIP_START or doc[lo].is_punct and doc[lo].text not in "“‘«\"'"):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct and doc[hi - 1].text not in "”’»\"'" or doc[hi - 1].dep_ == "cc"):
        hi -= 1
    return lo, hi


def _content_range(cue: Token) -> tuple[int, int] | None:
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


def _according_range(cue: Token) -> tuple[int, int] | None:
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
    before, after = _trim(doc, lo, min(pp_lo, hi)), _trim(doc, max(pp_hi, lo), hi)
    pieces = [p for p in (before, after) if p[1] > p[0]]
    if not pieces:
        return None
    holding = [p for p in pieces if p[0] <= head.i < p[1] and _words(doc, p) >= MIN_WORDS]
    return holding[0] if holding else max(pieces, key=lambda p: p[1] - p[0])


def _words(doc: Doc, rng: tuple[int, int]) -> int:
    return sum(1 for t in doc[rng[0]:rng[1]] if t.is_alpha or t.like_num)


# -- the extractor ------------------------------------------------------------

def extract_quotes(doc: Doc, ctx: Context) -> list[Quote]:
    """Direct and reported quotes with their speakers, in text order."""
    text, people, boilerplate = ctx.text, ctx.people, ctx.boilerplate
    directs = [d for d in find_direct(text) if not inside(boilerplate, d.start, d.end)]
    quoted = [False] * len(doc)
    kept: list[DirectSpan] = []
    for d in directs:
        outer = doc.char_span(d.outer_start, d.outer_end, alignment_mode="expand")
        if outer is None:
            continue
        for token in outer:
            quoted[token.i] = True
        if len(_WORD_RE.findall(text[d.start:d.end])) >= MIN_WORDS and not _is_title(doc, text, d):
            kept.append(d)
    para_of = _paragraph_index(text)
    if not all(doc.has_annotation(a) for a in ("TAG", "DEP", "LEMMA")):
        # A pipeline without tagger and parser (`--model` is open): quotation marks only, no speakers.
        items = [_Attribution(d.start, d.end, "direct", paragraph=d.paragraph, chain=d.chain) for d in kept]
    else:
        resolver = Resolver(doc, people, [(d.outer_start, d.outer_end) for d in directs], text=text)
        matches = _cues(doc)
        cues = [(label, tok) for label, tok in matches
                if not quoted[tok.i] and not inside(boilerplate, tok.idx, tok.idx + len(tok))]
        cues.sort(key=lambda c: c[1].i)
        index = _CueIndex([c for c in cues if c[0] != "NOUN_CUE"], kept)
        items = [_direct_attribution(doc, text, d, index, quoted, para_of) for d in kept]
        items += _indirect(doc, text, cues, quoted, directs)
        _resolve_in_order(items, resolver, doc)
    # The writer's own `I think ...` or `you know ...` is not a source's statement.
    items = [i for i in items if i.kind == "direct" or i.speaker is not None]
    _from_context(items, text, para_of)
    items = [i for i in items if not _scare_quote(doc, text, i)]

    quotes = []
    for item in sorted(items, key=lambda a: (a.start, a.kind)):
        quotes.append(Quote(
            id=f"q{len(quotes) + 1}", start=item.start, end=item.end, text=text[item.start:item.end],
            kind=item.kind, speaker=item.speaker, cue=item.cue,
            speaker_from=None if item.speaker is None else ("context" if item.from_context else "sentence"),
        ))
    return quotes


def _index_before(text: str, pos: int) -> int:
    """Index of the last non-space character before `pos` (-1 if none), without copying the text."""
    pos -= 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    return pos


def _char_before(text: str, pos: int) -> str:
    at = _index_before(text, pos)
    return text[at] if at >= 0 else ""


def _paragraph_index(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _is_title(doc: Doc, text: str, d: DirectSpan) -> bool:
    """A name in quotation marks mid-sentence (`the NGO “Guide to the Free World”`, `on “Meet the Press.”`):
    mostly title case, or no verb with its longer words capitalised."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    before = _char_before(text, d.outer_start)
    if span is None or not before or before in ".!?:\n" or not span[0].is_title:
        return False
    alpha = [t for t in span if t.is_alpha and t.text != "I"]
    if len(alpha) >= 2 and sum(t.is_title for t in alpha) * 3 >= len(alpha) * 2 and len(alpha) <= 10:
        return True
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    words = [t for t in alpha if len(t) > 3]
    return bool(words) and sum(t.is_title for t in words) * 2 >= len(words)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SCARE_CUES = frozenset({"so-called", "dubbed", "termed", "branded", "labelled", "labeled", "nicknamed"})


def _scare_quote(doc: Doc, text: str, item: _Attribution) -> bool:
    """Words in quotation marks that nobody is said to have said: a short verbless phrase mid-sentence
    (`a “special military operation”`), or one the writer calls `so-called`."""
    if item.kind != "direct":
        return False
    before = [w for w in (w.strip("“\"‘'«„`") for w in text[max(0, item.start - 14):item.start].lower().split()) if w]
    if before and before[-1] in _SCARE_CUES:
        return True
    if item.speaker is not None:
        return False
    span = doc.char_span(item.start, item.end, alignment_mode="expand")
    if span is None or len(_WORD_RE.findall(span.text)) > 5 or any(t.tag_ in _FINITE for t in span):
        return False
    return _char_before(text, span.start_char - 1) not in ("", ".", "!", "?", ":", "\n")


class _CueIndex:
    """Cues by position and quotations by paragraph, so each quotation looks only at its neighbours."""

    def __init__(self, cues: list[tuple[str, Token]], kept: list[DirectSpan]) -> None:
        self.cues = cues
        self.starts = [t.idx for _, t in cues]
        self.ids = {t.i for _, t in cues}
        self.kept = kept
        self.by_paragraph: dict[int, list[DirectSpan]] = {}
        for k in kept:
            self.by_paragraph.setdefault(k.paragraph, []).append(k)

    def between(self, lo: int, hi: int) -> list[Token]:
        """Cue tokens starting in [lo, hi) characters."""
        return [t for _, t in self.cues[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]]


def _direct_attribution(doc: Doc, text: str, d: DirectSpan, index: _CueIndex,
                        quoted: list[bool], paragraphs: list[tuple[int, int]]) -> _Attribution:
    item = _Attribution(d.start, d.end, "direct", paragraph=d.paragraph, chain=d.chain)
    span = doc.char_span(d.outer_start, d.outer_end, alignment_mode="expand")
    if span is None:
        return item
    first_sent, last_sent = span[0].sent, span[-1].sent
    neighbours = index.by_paragraph.get(d.paragraph, [])
    later = [k for k in neighbours if k.outer_start >= d.outer_end]
    earlier = [k for k in neighbours if k.outer_end <= d.outer_start]
    right_end = last_sent.end_char
    if not any(t.is_alpha for t in doc[span.end:last_sent.end]) and last_sent.end < len(doc):
        # `“...?” Sanders asked.`: the parser ends the sentence inside the quotation.
        nxt = doc[last_sent.end].sent
        first_word = next((t for t in nxt if t.is_alpha), None)
        asked = text[d.start:d.end].rstrip("”’\"' ").endswith(("?", "!", "…"))
        if first_word is not None and (first_word.is_lower or asked) \
                and "\n" not in text[span.end_char:nxt.start_char]:
            # Only a cue right at the start of that sentence (`Sanders asked`, `she said`).
            right_end = nxt.end_char if first_word.is_lower else nxt[min(len(nxt), 6) - 1].idx + 1
    if later:
        right_end = min(right_end, later[0].outer_start)
    for token in doc[span.end:]:
        if token.idx >= right_end:
            break
        if token.text in (":", ";", "|"):
            right_end = token.idx  # a headline's `‘...’: fishermen protest` is not an attribution
            break
    left_start = max([first_sent.start_char] + [k.outer_end for k in earlier])

    right = index.between(span.end_char, right_end)
    left = index.between(left_start, span.start_char)
    cue_ids = index.ids
    after = span.end

    def subject_of(cue: Token) -> Token | SpacySpan | None:
        return _subject(cue, quoted, after if cue.i >= after else None)

    # Strategies in order of reliability; the first cue that yields a subject wins.
    candidates: list[tuple[Token, bool]] = []
    for cue in right:
        # `“...,” he said` / `..., said X`: a cue right after the quote, unless it introduces other content.
        own = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp") and not quoted[c.i]]
        if all(c.left_edge.i <= span.start and span.end <= c.right_edge.i + 1 for c in own):
            candidates.append((cue, False))
            break
    governing = _governing_cue(span, cue_ids, left_start, right_end)  # `X said Y was “...”`
    if governing is not None:
        candidates.append((governing, False))
    candidates += [(cue, False) for cue in reversed(left)]
    colon = _colon_cue(doc, text, d.outer_start, quoted)
    if colon is not None:
        candidates.append((colon, False))
    if not earlier or earlier[-1].outer_end <= first_sent.start_char and _sentence_before(doc, first_sent, earlier[-1]):
        # `X said in a statement. “...”` or a lone quotation after `..., he told reporters.`
        candidates += [(cue, True) for cue in _previous_sentence_cues(doc, text, d, index, paragraphs)]
    thing: tuple[Token, Token | SpacySpan, bool] | None = None
    for cue, from_context in candidates:
        subject = subject_of(cue)
        if subject is None and cue is colon:
            subject = _inverted_subject(cue, quoted)  # `Stated Stone:`
        if subject is not None and _is_thing(subject):
            # `Finch said the vote showed they “...”`: a thing shows; a person nearby says.
            thing = thing or (cue, subject, from_context)
            continue
        if subject is not None:
            item.cue_token, item.cue, item.subject = cue, _cue_span(text, doc, cue), subject
            item.from_context = from_context
            return item
    if thing is not None:
        cue, item.subject, item.from_context = thing
        item.cue_token, item.cue = cue, _cue_span(text, doc, cue)
        return item
    item.subject = _headline_name(doc, text, d, paragraphs)
    return item


def _is_thing(subject: Token | SpacySpan) -> bool:
    """A common noun that names neither a person nor an organisation (`the vote`, `the figures`)."""
    if not isinstance(subject, Token) or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    key = subject.lemma_.lower()
    return key not in PERSON_NOUN_GENDER and subject.lower_ not in PERSON_NOUN_GENDER and key not in ORG_NOUNS


def _headline_name(doc: Doc, text: str, d: DirectSpan, paragraphs: list[tuple[int, int]]) -> SpacySpan | None:
    """`Boris Johnson: ‘I will not resign’`: a line that opens with a name and a colon."""
    at = _index_before(text, d.outer_start)
    p_start = paragraphs[d.paragraph][0]
    if at <= p_start or text[at] != ":":
        return None
    name = doc.char_span(p_start, at, alignment_mode="contract")
    if name is None or not 0 < len(name) <= 4 or not all(t.pos_ == "PROPN" or t.ent_type_ for t in name):
        return None
    return name


_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "thought": "think",
              "spoke": "speak", "went": "go", "swore": "swear", "sang": "sing"}


def _speech_form(word: str) -> bool:
    """An inflected speech verb the tagger took for a name (`Stated Stone:` opening a line)."""
    if word in SPEECH_VERBS or _IRREGULAR.get(word) in SPEECH_VERBS:
        return True
    stems = [word[:-1], word[:-2]] if word.endswith(("ed", "es")) else [word[:-1]] if word.endswith("s") else []
    return any(stem in SPEECH_VERBS for stem in stems)


def _colon_cue(doc: Doc, text: str, start: int, quoted: list[bool]) -> Token | None:
    """`Stated Stone:` / `He played up his strength: “...”`: the clause a colon hands over to the quotation
    (or a dash, before a quotation that is a sentence: `He also defended the tactic -- “I think ...”`)."""
    at = _index_before(text, start)
    if at < 0:
        return None
    if text[at] in "—–-":
        following = text[start + 1:start + 3].lstrip("“\"‘'`")
        if not following[:1].isupper():
            return None
    elif text[at] != ":":
        return None
    colon = doc.char_span(at, at + 1, alignment_mode="expand")
    if colon is None:
        return None
    sent = colon[0].sent
    words = [t for t in doc[sent.start:colon.start] if not quoted[t.i]]
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    spoken = [t for t in verbs if t.lemma_.lower() in SPEECH_VERBS]
    if spoken:
        return spoken[-1]
    if words and words[0].is_title and _speech_form(words[0].lower_):
        return words[0]  # `Stated Stone:` (the tagger reads a name)
    verbs = [t for t in verbs if any(c.dep_ == "nsubj" for c in t.children)]
    return verbs[-1] if verbs else None


def _sentence_before(doc: Doc, sent: SpacySpan, earlier: DirectSpan) -> bool:
    """The sentence before `sent` holds no part of the `earlier` quotation (it has its own cue)."""
    return sent.start > 0 and doc[sent.start - 1].sent.start_char >= earlier.outer_end


def _previous_sentence_cues(doc: Doc, text: str, d: DirectSpan, index: _CueIndex,
                            paragraphs: list[tuple[int, int]]) -> list[Token]:
    """The cue ending the sentence before a quotation that opens its own sentence (same paragraph),
    or ending the previous paragraph when this paragraph is only the quotation and that one quoted nobody."""
    p_start, p_end = paragraphs[d.paragraph]
    head = text[p_start:d.outer_start]
    if head.strip():
        if not head.rstrip().endswith((".", "!", "?")):
            return []
        lo, hi = p_start, d.outer_start
    else:
        if d.paragraph == 0 or text[d.outer_end:p_end].strip(" .,\"”’'"):
            return []
        lo, hi = paragraphs[d.paragraph - 1]
        if index.by_paragraph.get(d.paragraph - 1):
            return []
    last = doc.char_span(lo, hi, alignment_mode="expand")
    if last is None or not len(last):
        return []
    sent_start = last[-1].sent.start_char if last[-1].is_punct is False or len(last) < 2 else last[-2].sent.start_char
    # Last first; `... by saying he would serve if asked.`: a cue without a subject gives way.
    return index.between(max(lo, sent_start), hi)[::-1]


def _governing_cue(span: SpacySpan, cue_ids: set[int], lo_char: int, hi_char: int) -> Token | None:
    """The nearest speech verb the quotation hangs from in the parse."""
    for token in span:
        if span.start <= token.head.i < span.end:
            continue
        head = token.head
        for _ in range(6):
            if not lo_char <= head.idx < hi_char:
                break
            if head.i in cue_ids:
                return head
            if head.head.i == head.i:
                break
            head = head.head
    return None


def _indirect(doc: Doc, text: str, cues: list[tuple[str, Token]], quoted: list[bool],
              directs: list[DirectSpan]) -> list[_Attribution]:
    """Reported speech: a cue's content clause, or the clause `according to X` qualifies."""
    found: list[tuple[_Attribution, tuple[int, int]]] = []
    seen: set[tuple[int, int]] = set()
    for label, cue in cues:
        if label == "NOUN_CUE":
            rng = _noun_content(cue)
        else:
            rng = _according_range(cue) if label == "ACCORDING" else _content_range(cue)
        if rng is None:
            continue
        lo, hi = _trim(doc, *rng)
        if hi <= lo or _words(doc, (lo, hi)) < MIN_WORDS or (lo, hi) in seen:
            continue
        subject = _noun_cue_source(cue, quoted) if label == "NOUN_CUE" else _subject(cue, quoted)
        if subject is None:
            continue
        seen.add((lo, hi))
        start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
        in_direct = sum(max(0, min(end, d.outer_end) - max(start, d.outer_start)) for d in directs)
        if in_direct * 2 > end - start:
            continue
        item = _Attribution(start, end, "indirect", cue=_cue_span(text, doc, cue), subject=subject, cue_token=cue)
        found.append((item, (lo, hi)))
    return _unnest(doc, found)


def _unnest(doc: Doc, found: list[tuple[_Attribution, tuple[int, int]]]) -> list[_Attribution]:
    """Reported speech inside reported speech: a pronoun-led inner cue is part of the outer content;
    a new named source (`..., while eyewitnesses said ...`) ends the outer content where it begins."""
    keep: list[_Attribution] = []
    for item, (lo, hi) in found:
        assert item.cue_token is not None
        for other, (o_lo, o_hi) in found:
            if other is item or other.cue_token is None:
                continue
            inner = other.cue_token
            if lo <= inner.i < hi and not (o_lo <= item.cue_token.i < o_hi):
                subj = other.subject
                if _own_named_subject(inner, subj):
                    clause = inner.left_edge.i if inner.left_edge.i > lo else inner.i
                    if clause > lo:
                        lo, hi = _trim(doc, lo, clause)
                        if hi > lo:
                            item.start, item.end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
        nested = any(
            o_lo <= item.cue_token.i < o_hi and other is not item
            and not _own_named_subject(item.cue_token, item.subject)
            for other, (o_lo, o_hi) in found
        )
        if not nested and _words(doc, (lo, hi)) >= MIN_WORDS:
            keep.append(item)
    return keep


def _own_named_subject(cue: Token, subject: Token | SpacySpan | None) -> bool:
    """A new source inside someone's reported speech names itself: its own subject, not a pronoun."""
    if not isinstance(subject, Token):
        return subject is not None
    if cue.dep_ == "conj" and subject.head.i != cue.i:
        return True  # `told X that A and said B`: a second statement by the same source
    return subject.pos_ != "PRON" and (subject.head.i == cue.i or cue.lower_ == "according")


def _resolve_in_order(items: list[_Attribution], resolver: Resolver, doc: Doc) -> None:
    """Resolve subjects in text order so referents exist before the pronouns that need them."""
    def position(item: _Attribution) -> tuple[int, int]:
        subject = item.subject
        return (subject.start_char if isinstance(subject, SpacySpan) else subject.idx, item.start)  # type: ignore[union-attr]

    for item in sorted((i for i in items if i.subject is not None), key=position):
        subject = item.subject
        if isinstance(subject, SpacySpan):
            heads = [t for t in subject if t.pos_ in ("NOUN", "PROPN", "PRON") or t.lower_ == "old"]
            speaker, from_context = resolver.resolve(heads[-1], phrase=subject)
        else:
            assert subject is not None
            if subject.lower_ in PLURAL_PRONOUNS:
                _remember_groups(resolver, doc, subject)
            speaker, from_context = resolver.resolve(subject)
        if speaker is not None and not any(ch.isalpha() for ch in speaker.name):
            speaker = None  # a stray possessive or symbol is nobody
        item.speaker, item.from_context = speaker, from_context or item.from_context


def _remember_groups(resolver: Resolver, doc: Doc, pronoun: Token) -> None:
    """Plural groups of people in the sentences before `they`, as candidates for it."""
    sent = pronoun.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    covered = -1
    for chunk in doc[start:pronoun.i].noun_chunks:
        head = chunk.root
        if head.dep_ == "conj" or head.i <= covered or resolver.in_quote(head.idx):
            continue
        group: SpacySpan | None = None
        if head.lower_ in _QUANTITY:
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            members = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
            if members and members[0].lemma_.lower() in PERSON_NOUN_GENDER:
                group = phrase_span(head)
        elif head.tag_ == "NNS" and head.lemma_.lower() in PERSON_NOUN_GENDER:
            group = phrase_span(head)
        if group is not None:
            resolver.remember_group(group)
            covered = group.end - 1


_QUANTITY = frozenset({"dozens", "hundreds", "thousands", "scores", "millions", "group", "groups", "number",
                       "couple", "handful", "majority", "many", "some", "most", "dozen"})


def _from_context(items: list[_Attribution], text: str, paragraphs: list[tuple[int, int]]) -> None:
    """Quotes with no cue of their own: the rest of their quotation, the quote they continue,
    a quote they repeat (headlines), or the previous paragraph's speaker (floating quotes)."""
    directs = sorted((i for i in items if i.kind == "direct"), key=lambda i: i.start)
    by_chain: dict[int, _Attribution] = {}
    by_paragraph: dict[int, list[_Attribution]] = {}
    for item in directs:
        if item.speaker is not None and item.chain not in by_chain:
            by_chain[item.chain] = item
        by_paragraph.setdefault(item.paragraph, []).append(item)
    ordered = sorted(items, key=lambda i: i.start)
    starts = [i.start for i in ordered]
    words: dict[int, set[str]] = {}
    for item in directs:
        if item.speaker is not None:
            continue
        same = [o for o in by_paragraph[item.paragraph] if o is not item and o.speaker is not None]
        source = by_chain.get(item.chain)
        if source is None:
            before = [o for o in same if o.start < item.start]
            source = before[-1] if before else None
        if source is None:
            source = _repeated(item, directs, text, words)
        if source is None and item.paragraph > 0 and _only_quotes(item, by_paragraph[item.paragraph], text, paragraphs):
            p_start, p_end = paragraphs[item.paragraph - 1]
            prev = [o for o in ordered[bisect_left(starts, p_start):bisect_left(starts, p_end)] if o.speaker is not None]
            source = prev[-1] if prev else None
        if source is None:
            after = [o for o in same if o.start > item.start]
            source = after[0] if after else None
        if source is not None and source.speaker is not None:
            item.speaker, item.from_context = source.speaker, True


def _repeated(item: _Attribution, directs: list[_Attribution], text: str,
              words: dict[int, set[str]]) -> _Attribution | None:
    """An attributed quote whose words this one repeats (a headline echoing the body)."""
    def words_of(quote: _Attribution) -> set[str]:
        if id(quote) not in words:
            words[id(quote)] = set(_WORD_RE.findall(text[quote.start:quote.end].lower()))
        return words[id(quote)]

    mine = words_of(item)
    best, best_score = None, 0.6
    for other in directs:
        if other is item or other.speaker is None or other.from_context and other.cue is None:
            continue
        score = len(mine & words_of(other)) / max(1, len(mine))
        if score > best_score:
            best, best_score = other, score
    return best


def _only_quotes(item: _Attribution, same_paragraph: list[_Attribution], text: str,
                 paragraphs: list[tuple[int, int]]) -> bool:
    """True when the paragraph holds nothing but quotation."""
    p_start, p_end = paragraphs[item.paragraph]
    cursor = p_start
    for other in same_paragraph:
        if _WORD_RE.search(text, cursor, max(cursor, other.start)):
            return False
        cursor = max(cursor, other.end)
    return not _WORD_RE.search(text, cursor, p_end)


EXTRACTOR = Extractor(provides="quotes", needs=("people",), run=extract_quotes)
