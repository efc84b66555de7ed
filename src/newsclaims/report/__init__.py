"""The HTML review page: the digest, then every article with its items highlighted in the text.

One self-contained file (CSS and script inline, no network), so a journalist can
mail it or open it offline. Article text is always escaped; a Content-Security-Policy
allows only the page's own script, by hash, as a second line of defence.
"""

from __future__ import annotations

import base64
import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from newsclaims.schema import Article, Digest

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
        add(claim.start, claim.end, "claim", claim.id, f"claim {claim.id}, check-worthiness {claim.score:.2f}")
    return [h for h in out if h.start < h.end]


def _number_title(number) -> str:
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
        out.append(str(escape(text[a:b])))
    out.extend(_close(h) for h in reversed(stack))
    return Markup("".join(out))


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
    return "<mark " + " ".join(f'{k}="{escape(v)}"' for k, v in attrs) + ">"


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("newsclaims.report", "templates"), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    return env


def _asset(name: str) -> str:
    return files("newsclaims.report").joinpath("templates", name).read_text(encoding="utf-8")


def build_report(articles: list[Article], digest: Digest, title: str = "newsclaims report") -> str:
    """The whole page as one HTML string."""
    anchors = {a.source: f"a{i}" for i, a in enumerate(articles, 1)}
    views = []
    for article in articles:
        prefix = anchors[article.source]
        text = article.text or ""
        by_speaker: dict[str, list] = defaultdict(list)
        for quote in article.quotes:
            by_speaker[quote.speaker.name if quote.speaker else "No speaker found"].append(quote)
        speakers = sorted(by_speaker.items(), key=lambda kv: (kv[0] == "No speaker found", -len(kv[1]), kv[0]))
        names = {p.id: p.name for p in article.people} | {p.id: p.name for p in article.places}
        views.append({
            "a": article, "prefix": prefix,
            "body": mark_up(text, highlights(article, prefix) + [
                Highlight(b.start, b.end, "furniture", "") for b in article.boilerplate if b.start < b.end
            ]) if text else None,
            "claims": sorted(article.claims, key=lambda c: (-c.score, c.start)),
            "speakers": speakers, "names": names,
            "counts": {k: len(getattr(article, k)) for k in ("people", "places", "numbers", "quotes", "claims")},
        })
    script = _asset("report.js")
    digest_hash = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    return _environment().get_template("report.html.j2").render(
        title=title, digest=digest, articles=views, anchors=anchors, kinds=KINDS,
        others=[p for p in digest.people if len(p.articles) == 1 and not p.quotes],
        multi_people=sum(1 for p in digest.people if len(p.articles) > 1),
        css=Markup(_asset("report.css")), script=Markup(script), script_hash=digest_hash,
    )


def write_report(records: Path, output: Path, title: str = "newsclaims report") -> int:
    """Read an extract's JSON Lines and write its review page; returns the number of articles."""
    from newsclaims.digest import build_digest, read_records

    articles = read_records(records)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(build_report(articles, build_digest(articles), title=title), encoding="utf-8")
    return len(articles)
