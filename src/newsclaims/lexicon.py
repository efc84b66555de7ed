"""Word lists the extractors share, kept as data files in `newsclaims/data/`."""

from __future__ import annotations

from importlib.resources import files


def load_words(name: str) -> frozenset[str]:
    """One entry per line of `data/NAME.txt`; `#` starts a comment."""
    text = files("newsclaims").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(e.lower() for e in entries if e)


SPEECH_VERBS = load_words("speech_verbs")
