"""Writing the review pages of an extract: the index page, and one page per article beside it.

`report.html` is the index; the article pages go in the sibling folder `report_articles/`
(`1.html`, `2.html`, ... in the order of the records). The records are read twice, one
at a time: once for the digest, once to write each article's page, so memory follows
the digest's entities and the index rows, never the articles' text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from newsclaims.report.article import Position, article_page
from newsclaims.report.index import Index, index_page
from newsclaims.report.links import DigestLinks
from newsclaims.schema import Article

_PAGE = re.compile(r"(\d+)\.html")


def pages_dir(output: Path) -> Path:
    """The folder of the article pages of the index page `output`: `report.html` -> `report_articles/`."""
    return output.with_name(f"{output.stem}_articles")


def _numbered(records: Iterable[Article], numbers: dict[str, int]) -> Iterator[Article]:
    """Pass records through, numbering their sources in order (errors included: they get pages too)."""
    for article in records:
        numbers.setdefault(article.source, len(numbers) + 1)
        yield article


def write_pages(records: Callable[[], Iterable[Article]], output: Path, title: str = "newsclaims report") -> int:
    """Write the review pages of the records `records()` gives; returns the number of articles.

    `records` is called twice and must give the same records in the same order: once
    for the digest, once to write each article's page and the index row (streamed).
    """
    from newsclaims.digest import build_digest

    numbers: dict[str, int] = {}
    digest = build_digest(_numbered(records(), numbers))
    links = DigestLinks(digest)
    index = Index(digest, links, numbers)
    folder = pages_dir(output)
    folder.mkdir(parents=True, exist_ok=True)
    back = f"../{output.name}"
    total = len(numbers)
    for article in records():
        number = numbers[article.source]
        story = links.story_of.get(article.source)
        others = {s: numbers[s] for s in links.stories.get(story, []) if s != article.source and s in numbers}
        page = article_page(article, Position(number, total, back, others), links, title)
        (folder / f"{number}.html").write_text(page, encoding="utf-8")
        index.add(article)
    for old in folder.iterdir():  # pages of a longer, earlier report
        match = _PAGE.fullmatch(old.name)
        if match and int(match.group(1)) > total:
            old.unlink()
    output.write_text(index_page(index, title, folder.name), encoding="utf-8")
    return total


def write_report(records: Path, output: Path, title: str = "newsclaims report") -> int:
    """Read an extract's JSON Lines (the latest record of each source) and write its review pages."""
    from newsclaims.digest import iter_records

    return write_pages(lambda: iter_records(records), output, title)
