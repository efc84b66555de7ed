"""Direct quotes: which cue, and so which subject, attributes words in quotation marks.

Cues are tried in order of reliability: right after the quotation (`“...,” he said`),
the speech verb the quotation hangs from, cues before it in its sentence, a clause a
colon or dash hands over, then the sentence before (`X said in a statement. “...”`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsclaims.attribution.subjects import Subject, cue_subject, inverted_subject
from newsclaims.extractors.quotes.cues import Attributed, CueIndex, cue_span, index_before
from newsclaims.extractors.quotes.marks import DirectSpan
from newsclaims.lexicon.organisations import ORG_NOUNS
from newsclaims.lexicon.people import PERSON_NOUN_GENDER
from newsclaims.lexicon.speech import SPEECH_VERBS
from newsclaims.pipeline.tokens import sent_start


def direct_attribution(doc: Doc, text: str, d: DirectSpan, index: CueIndex,
                       quoted: list[bool], paragraphs: list[tuple[int, int]]) -> Attributed:
    """The cue and subject that attribute one quotation, or a headline's `Name:` before it."""
    item = Attributed(d.start, d.end, "direct", paragraph=d.paragraph, chain=d.chain)
    span = doc.char_span(d.outer_start, d.outer_end, alignment_mode="expand")
    if span is None:
        return item
    first_sent, last_sent = span[0].sent, span[-1].sent
    later, earlier = index.next_quotation(d), index.previous_quotation(d)
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
    if later is not None:
        right_end = min(right_end, later.outer_start)
    for token in doc[span.end:]:
        if token.idx >= right_end:
            break
        if token.text in (":", ";", "|"):
            right_end = token.idx  # a headline's `‘...’: fishermen protest` is not an attribution
            break
    left_start = first_sent.start_char if earlier is None else max(first_sent.start_char, earlier.outer_end)

    # `“a million dollars” digging up dirt on journalists who criticized the company`: a relative clause
    # on a noun after the quotation tells about that noun, not who said the quotation.
    right = [c for c in index.between(span.end_char, right_end)
             if not (c.dep_ == "relcl" and span.end <= c.head.i < c.i
                     and any(t.tag_ in ("WP", "WDT") for t in c.children))]
    left = index.between(left_start, span.start_char)
    cue_ids = index.ids
    after = span.end

    def subject_of(cue: Token) -> Subject | None:
        return cue_subject(cue, quoted, after if cue.i >= after else None)

    # Strategies in order of reliability; the first cue that yields a subject wins.
    named = _named_before_colon(doc, text, d, paragraphs)
    if named is not None:
        item.subject = named  # `Pollsters agree - Carl Bialik: “...”`
        return item
    # `“...,” he said` / `..., said X`: a cue right after the quote, unless it introduces other content.
    right_cue = next((cue for cue in right if all(
        c.left_edge.i <= span.start and span.end <= c.right_edge.i + 1
        for c in cue.children if c.dep_ in ("ccomp", "xcomp") and not quoted[c.i])), None)
    candidates: list[tuple[Token, bool]] = [] if right_cue is None else [(right_cue, False)]
    governing = _governing_cue(span, cue_ids, left_start, right_end)  # `X said Y was “...”`
    if governing is not None:
        candidates.append((governing, False))
    candidates += [(_main_clause(cue, span), False) for cue in reversed(left)]
    if right_cue is None:
        trailing = _trailing_verb(doc, text, d, span, right_end, quoted)
        if trailing is not None:
            candidates.append((trailing, False))  # `“...,” Kelly charged`: any verb a comma hands the quote to
    colon = _colon_cue(doc, text, d.outer_start, quoted)
    if colon is not None:
        candidates.append((colon, False))
    if earlier is None or earlier.outer_end <= first_sent.start_char and _sentence_before(doc, first_sent, earlier):
        # `X said in a statement. “...”` or a lone quotation after `..., he told reporters.`
        candidates += [(cue, True) for cue in _previous_sentence_cues(doc, text, d, index, paragraphs)]
    thing: tuple[Token, Subject, bool] | None = None
    for cue, from_context in candidates:
        subject = subject_of(cue)
        if subject is None and cue is colon:
            subject = inverted_subject(cue, quoted)  # `Stated Stone:`
        if subject is not None and _is_thing(subject):
            # `Finch said the vote showed they “...”`: a thing shows; a person nearby says.
            thing = thing or (cue, subject, from_context)
            continue
        if subject is not None:
            item.cue_token, item.cue, item.subject = cue, cue_span(text, doc, cue), subject
            item.from_context = from_context
            return item
    if thing is not None:
        cue, item.subject, item.from_context = thing
        item.cue_token, item.cue = cue, cue_span(text, doc, cue)
        return item
    item.subject = _headline_name(doc, text, d, paragraphs)
    return item


def _main_clause(cue: Token, span: SpacySpan) -> Token:
    """`After Brown criticized Clinton, Hillary shot back, “...”`: a cue in an adverbial clause gives way
    to the clause it hangs from when that clause's verb, with a subject of its own, stands between it and
    the quotation."""
    head = cue.head
    if cue.dep_ != "advcl" or not cue.i < head.i < span.start or head.pos_ != "VERB":
        return cue
    return head if any(c.dep_ == "nsubj" for c in head.children) else cue


def _is_thing(subject: Subject) -> bool:
    """A common noun that names neither a person nor an organisation (`the vote`, `the figures`)."""
    if not isinstance(subject, Token) or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    key = subject.lemma_.lower()
    return key not in PERSON_NOUN_GENDER and subject.lower_ not in PERSON_NOUN_GENDER and key not in ORG_NOUNS


def _headline_name(doc: Doc, text: str, d: DirectSpan, paragraphs: list[tuple[int, int]]) -> SpacySpan | None:
    """`Boris Johnson: ‘I will not resign’`: a line that opens with a name and a colon."""
    at = index_before(text, d.outer_start)
    p_start = paragraphs[d.paragraph][0]
    if at <= p_start or text[at] != ":":
        return None
    name = doc.char_span(p_start, at, alignment_mode="contract")
    if name is None or not 0 < len(name) <= 4 or not all(t.pos_ == "PROPN" or t.ent_type_ for t in name):
        return None
    return name


_NAME_OPENERS = ("-", "—", "–", "from", "From")


def _named_before_colon(doc: Doc, text: str, d: DirectSpan, paragraphs: list[tuple[int, int]]) -> SpacySpan | None:
    """`Pollsters agree - Carl Bialik: “...”`, `More from Blumenthal and Cohen: “...”`: a name set off by a
    dash or `from` and handed the quotation by a colon (a digest's line naming whom it quotes)."""
    at = index_before(text, d.outer_start)
    p_start = paragraphs[d.paragraph][0]
    if at <= p_start or text[at] != ":":
        return None
    colon = doc.char_span(at, at + 1, alignment_mode="expand")
    if colon is None:
        return None
    i = colon.start - 1
    while i >= 0 and doc[i].idx >= p_start and i > colon.start - 8 and (
            doc[i].pos_ == "PROPN" or doc[i].ent_type_ in ("PERSON", "ORG") or doc[i].lower_ == "and"
            or doc[i].is_title and doc[i].is_alpha
            or doc[i].text in (".", "’s", "'s") and i + 1 < colon.start):
        i -= 1
    if i < 0 or i + 1 >= colon.start or doc[i].text not in _NAME_OPENERS or doc[i + 1].lower_ == "and":
        return None
    return doc[i + 1:colon.start]


def _trailing_verb(doc: Doc, text: str, d: DirectSpan, span: SpacySpan, right_end: int,
                   quoted: list[bool]) -> Token | None:
    """The verb of `“...,” Kelly charged` or `“...!” shot back Smith`: a quotation that ends on a comma,
    `!` or `?` goes on into its attribution, whatever the verb."""
    if text[d.start:d.end].rstrip()[-1:] not in (",", "!", "?", "—", "–") and text[d.end:d.outer_end].strip()[:1] != ",":
        return None
    if not text[d.outer_end:d.outer_end + 1].isspace():
        return None  # `“I love Hispanics!”Former candidate Jeb Bush blasted`: a new sentence glued on
    for token in doc[span.end:min(len(doc), span.end + 6)]:
        if token.idx >= right_end or quoted[token.i] or token.is_sent_start:
            return None
        if token.pos_ == "VERB" and token.tag_ in ("VBD", "VBZ") and token.dep_ != "relcl":
            subject = next((c for c in token.children if c.dep_ == "nsubj" and not quoted[c.i]), None)
            if subject is not None and subject.tag_ not in ("WDT", "WP") and abs(subject.i - token.i) <= 4:
                return token
            return None
        if token.pos_ not in _SUBJECT_WORDS and token.text != "," and token.dep_ not in ("nsubj", "compound"):
            return None
    return None


_SUBJECT_WORDS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PART"})


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
    at = index_before(text, start)
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
    return sent.start > 0 and doc[sent_start(doc, sent.start - 1)].idx >= earlier.outer_end


def _previous_sentence_cues(doc: Doc, text: str, d: DirectSpan, index: CueIndex,
                            paragraphs: list[tuple[int, int]]) -> list[Token]:
    """The cue ending the sentence before a quotation that opens its own sentence (same paragraph),
    or ending the previous paragraph when this paragraph is only the quotation and that one quoted nobody."""
    p_start, p_end = paragraphs[d.paragraph]
    last_char = index_before(text, d.outer_start)  # of the words before the quotation in its paragraph
    if last_char >= p_start:
        if text[last_char] not in ".!?":
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
    last_start = last[-1].sent.start_char if last[-1].is_punct is False or len(last) < 2 else last[-2].sent.start_char
    # The main clause's cue first (`The party issued a statement apologising to X for emails in which staff
    # suggested ...`: the party), then last first; `... by saying he would serve if asked.`: a cue without a
    # subject gives way.
    found = index.between(max(lo, last_start), hi)
    return sorted(found, key=lambda cue: (*_embedding(cue), -cue.i))


_BACKGROUND = frozenset({"relcl", "advcl"})
"""Clauses that tell around the main statement (`in which officials suggested`, `after X said`)."""


def _embedding(token: Token) -> tuple[bool, int]:
    """Whether a token sits in a relative or adverbial clause, and how many heads up its sentence root is."""
    depth, background = 0, False
    while token.head.i != token.i and depth < 40:  # a run-on parse is no deeper than that in practice
        background = background or token.dep_ in _BACKGROUND
        token, depth = token.head, depth + 1
    return background, depth


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
