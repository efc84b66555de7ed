"""The review page: the digest, then every article with its highlights, rendered from templates/."""

from __future__ import annotations

import base64
import hashlib
from collections import defaultdict
from importlib.resources import files
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from newsclaims.report.marks import KINDS, Highlight, highlights, mark_up
from newsclaims.schema import Article, Digest


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
