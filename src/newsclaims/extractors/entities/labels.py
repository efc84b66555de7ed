"""Labels (names, aliases, descriptors, roles) are read by people: their whitespace is normalised,
while the spans they come from keep the text exactly (`spokesman for Acme Corp.\\n\\n` ->
`spokesman for Acme Corp.`)."""

from __future__ import annotations

from collections.abc import Iterable


def label(text: str) -> str:
    """One space between words, none at the ends."""
    return " ".join(text.split())


def labels(texts: Iterable[str], leave_out: str | None = None) -> list[str]:
    """Distinct normalised labels in first-seen order, without empty ones and without `leave_out`."""
    out = dict.fromkeys(label(t) for t in texts)
    return [t for t in out if t and t != leave_out]
