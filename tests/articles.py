"""Made-up articles for batch tests: a folder of them, and the records a run wrote."""

from __future__ import annotations

import json
from pathlib import Path

PARAGRAPHS = [
    "The mayor of Oakridge, Helen Brooks, said on Monday that the city would hire 120 new teachers.",
    '"We cannot wait another year," Brooks told reporters outside City Hall.',
    "Union leaders in Portland said the plan would cost at least $4 million a year.",
    "According to the finance office, spending on schools rose 8% last year.",
    "Residents of Lakeview told the Daily Courier that classes had grown to 35 pupils.",
]


def article(n: int) -> str:
    """Article `n`: the paragraphs in a rotated order, and a line of its own."""
    return "\n\n".join(PARAGRAPHS[(n + i) % len(PARAGRAPHS)] for i in range(len(PARAGRAPHS))) + f"\n\nReport {n}.\n"


def write_folder(root: Path, count: int) -> Path:
    """`count` articles as story_000.txt, story_001.txt, ..."""
    root.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (root / f"story_{n:03d}.txt").write_text(article(n), encoding="utf-8")
    return root


def story_names(count: int) -> list[str]:
    return [f"story_{n:03d}.txt" for n in range(count)]


def read_lines(path: Path) -> list[dict]:
    """Every record of a JSON Lines output, in file order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def documents_in(root: Path) -> list:
    """Every article (or error Document) discovery and reading find under `root`."""
    from newsclaims.inputs import Entry, discover, read

    return [doc for found in discover([root]) if isinstance(found, Entry) for doc in read(found)]


def one_document(path: Path):
    """The one article a file holds."""
    from newsclaims.inputs import Entry, discover, read

    (found,) = list(discover([path]))
    assert isinstance(found, Entry)
    (document,) = list(read(found))
    return document
