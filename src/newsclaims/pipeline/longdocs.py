"""Articles longer than the model's `max_length`: parsed in paragraph-bounded pieces, merged back."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

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


