"""Why a claim is worth checking, in words a reporter can read.

The evidence is listed, not weighed: the claim's `score` is the check-worthiness model's
probability (`pipeline.checkworthy`) and its `kind` Full Fact's (`pipeline.claim_kinds`).
Each reason is `label` or `label: detail` (`figure: 1,688, 5,262`, `named source: Finnish
Border Guard`, `comparison: compared`).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from newsclaims.lexicon.speech import CLAIM_CUES
from newsclaims.schema import Quantity, Quote, Source

REASONS = (
    "figure",  # the exact figures, as written
    "only vague magnitudes",  # `hundreds`, `dozens`: nothing exact to check
    "named source",  # who says so: a person or an organisation
    "unnamed source",  # `officials`, `a spokesman`
    "unattributed figure",  # a figure nobody in the sentence vouches for
    "reported speech",  # a quotation or `X said` without a figure
    "comparison",
    "change over time",
    "superlative",
    "specific time",
    "specific place",
)
"""Every label a reason may carry, in the order they are listed."""


def reasons_of(
    clause: SpacySpan,
    figures: list[Quantity],
    quotes: list[Quote],
    speech: list[Token],
    source: Source | None,
    places: list[str],
    times: list[SpacySpan],
    compared: bool,
) -> list[str]:
    """The evidence in a clause: its figures, its source, a comparison, a change, a superlative,
    its time and its places (`places` are names)."""
    reasons: list[tuple[str, str]] = []
    exact = [n for n in figures if not n.vague]
    if figures:
        reasons.append(("figure", ", ".join(n.text for n in (exact or figures)[:4])))
        if not exact:
            reasons.append(("only vague magnitudes", ""))
    if source is not None:
        reasons.append(("named source" if source.kind != "description" else "unnamed source", source.name))
    elif exact:
        reasons.append(("unattributed figure", ""))
    if (quotes or speech or (source is not None and source.cue == "according to")) and not figures:
        reasons.append(("reported speech", ""))
    tokens = list(clause)
    qualifier_words = {"more", "less", "fewer"}
    comparative = [t for t in tokens if t.tag_ in ("JJR", "RBR") and not (
        t.lower_ in qualifier_words and t.i + 2 < len(t.doc) and t.nbor().lower_ == "than" and t.nbor(2).like_num)]
    compare_words = _cue_words(tokens, "comparison")
    if comparative or compare_words or compared:
        reasons.append(("comparison", (comparative or compare_words)[0].text if comparative or compare_words
                        else "compared"))
    change = _cue_words(tokens, "change")
    if change:
        reasons.append(("change over time", change[0].text))
    superlative = [t for t in tokens if t.tag_ in ("JJS", "RBS") and not (
        t.i > 0 and t.doc[t.i - 1].lower_ == "at")]
    # `a record high` claims an extreme; `were recorded` does not: cue words count only off verbs.
    extreme = [t for t in _cue_words(tokens, "superlative") if t.pos_ not in ("VERB", "AUX")]
    if superlative or extreme:
        reasons.append(("superlative", (superlative or extreme)[0].text))
    own_times = [t for t in times if clause.start <= t.start < clause.end]
    if own_times:
        reasons.append(("specific time", own_times[0].text))
    if places:
        reasons.append(("specific place", ", ".join(places)))
    return [f"{label}: {detail}" if detail else label for label, detail in reasons]


def _cue_words(tokens: list[Token], group: str) -> list[Token]:
    """The clause's words, as written, whose form or lemma is in a claim-cue group."""
    cues = CLAIM_CUES[group]
    return [t for t in tokens if t.lower_ in cues or t.lemma_.lower() in cues]
