"""Highlights: every extracted item as a `<mark>` in the escaped article text, properly nested."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup

from newsclaims.schema import Article, Quantity

# Outer to inner when two items start together: a claim holds quotes, a quote holds names.
KIND_ORDER = {"furniture": -1, "claim": 0, "quote": 1, "person": 2, "place": 3, "number": 4}
KINDS = tuple(k for k in KIND_ORDER if k != "furniture")


@dataclass(frozen=True)
class Highlight:
    """One item's span in the text, to be wrapped in `<mark data-kind data-id>`."""

    start: int
    end: int
    kind: str
    id: str
    anchor: str = ""
    title: str = ""


def highlights(article: Article, prefix: str) -> list[Highlight]:
    """Every extracted item of the article as a highlight; the first of each id gets the anchor."""
    out: list[Highlight] = []
    seen: set[tuple[str, str]] = set()

    def add(start: int, end: int, kind: str, item_id: str, title: str) -> None:
        key = (kind, item_id)
        anchor = f"{prefix}-{item_id}" if key not in seen else ""
        seen.add(key)
        out.append(Highlight(start, end, kind, item_id, anchor, title))

    for person in article.people:
        for mention in person.mentions:
            add(mention.start, mention.end, "person", person.id, person.name)
    for place in article.places:
        for mention in place.mentions:
            add(mention.start, mention.end, "place", place.id, place.name)
    for number in article.numbers:
        add(number.start, number.end, "number", number.id, _number_title(number))
    for quote in article.quotes:
        add(quote.start, quote.end, "quote", quote.id, f"{quote.kind} quote: {quote.speaker.name if quote.speaker else 'no speaker'}")
    for claim in article.claims:
        worth = f", check-worthiness {claim.score:.2f}" if claim.score is not None else ""  # null: no model
        add(claim.start, claim.end, "claim", claim.id, f"claim {claim.id}{worth}")
    return [h for h in out if h.start < h.end]


def _number_title(number: Quantity) -> str:
    value = number.value if number.value is not None else (
        f"{number.low}..{number.high}" if number.low is not None else "vague")
    parts = [f"value {value}", number.unit or "", f"counts {number.counted}" if number.counted else ""]
    return ", ".join(p for p in parts if p)


def mark_up(text: str, items: Iterable[Highlight]) -> Markup:
    """The text, escaped, with every highlight as properly nested `<mark>` elements.

    Overlapping items that cross (a quote running past the end of a claim) are split
    into fragments; each fragment carries `data-span` so the pieces of one item can be
    found and joined again. The marks never change the text: their concatenated
    textContent is exactly `text[start:end]`.
    """
    items = sorted(items, key=lambda h: (h.start, -h.end, KIND_ORDER[h.kind]))
    starts: dict[int, list[Highlight]] = defaultdict(list)
    for h in items:
        starts[h.start].append(h)
    bounds = sorted({0, len(text), *(h.start for h in items), *(h.end for h in items)})
    rank = {id(h): i for i, h in enumerate(items)}
    out: list[str] = []
    stack: list[Highlight] = []
    active: list[Highlight] = []
    first = set()
    for a, b in zip(bounds, bounds[1:]):
        active = sorted([h for h in active if h.end > a] + starts.get(a, []), key=lambda h: rank[id(h)])
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        out.extend(_close(h) for h in reversed(stack[keep:]))
        for h in active[keep:]:
            out.append(_open(h, id(h) not in first))
            first.add(id(h))
        stack = active
        out.append(_escape(text[a:b]))
    out.extend(_close(h) for h in reversed(stack))
    return Markup("".join(out))


def _escape(text: str) -> str:
    """markupsafe's escaping, without a Markup object per piece (a long article has thousands of pieces)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;") \
        .replace("'", "&#39;")


def _close(h: Highlight) -> str:
    return "</span>" if h.kind == "furniture" else "</mark>"


def _open(h: Highlight, first: bool) -> str:
    if h.kind == "furniture":
        return '<span class="furniture" title="page furniture: ignored by the extractors">'
    attrs = [("data-kind", h.kind), ("data-id", h.id), ("data-span", f"{h.start}-{h.end}"), ("class", f"k-{h.kind}")]
    if first and h.anchor:
        attrs.append(("id", h.anchor))
    if not first:
        attrs.append(("data-part", "cont"))
    if first and h.title:
        attrs.append(("title", h.title))
    return "<mark " + " ".join(f'{k}="{_escape(v)}"' for k, v in attrs) + ">"
