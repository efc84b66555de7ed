"""Readers of the data files in `lexicon/data/`: word lists, `group: words` lines, tab-separated tables."""

from __future__ import annotations

from importlib.resources import files


def read_data(filename: str) -> str:
    """The text of `newsclaims/lexicon/data/FILENAME`, wherever the package is installed."""
    return files("newsclaims.lexicon").joinpath("data", filename).read_text(encoding="utf-8")


def load_words(name: str) -> frozenset[str]:
    """One entry per line of `data/NAME.txt`; `#` starts a comment."""
    text = read_data(f"{name}.txt")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(e.lower() for e in entries if e)


def load_groups(name: str) -> dict[str, frozenset[str]]:
    """`group: word word ...` lines of `data/NAME.txt` as {group: words}; `#` starts a comment."""
    groups: dict[str, frozenset[str]] = {}
    for line in read_data(f"{name}.txt").splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" in line:
            group, words = line.split(":", 1)
            groups[group.strip()] = frozenset(w.lower() for w in words.split())
    return groups


def load_table(name: str) -> dict[str, tuple[str, ...]]:
    """Rows of `data/NAME.tsv`: first column -> the remaining columns; `#` lines are comments."""
    rows = (line.split("\t") for line in read_data(f"{name}.tsv").splitlines() if line and not line.startswith("#"))
    return {row[0]: tuple(c.strip() for c in row[1:]) for row in rows}


def load_gendered(*names: str) -> dict[str, str | None]:
    """`noun` or `noun:m` / `noun:f` lines of the named files as {noun: "male" | "female" | None}."""
    table: dict[str, str | None] = {}
    for name in names:
        for entry in load_words(name):
            noun, _, mark = entry.partition(":")
            table[noun.strip()] = {"m": "male", "f": "female"}.get(mark.strip())
    return table
