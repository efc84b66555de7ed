"""Why a claim is worth checking: weighted reasons, summed into its score.

The score is a plain sum of weighted reasons, each listed with its weight, so the
order is explainable.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from newsclaims.lexicon.speech import CLAIM_CUES
from newsclaims.schema import Quantity, Quote, Source

# Weight of each reason in the check-worthiness score (summed, then clipped to 0..1).
WEIGHTS = {
    "figure": 0.30,
    "more figures": 0.05,
    "money or percentage": 0.05,
    "comparison": 0.15,
    "change over time": 0.15,
    "superlative": 0.15,
    "named source": 0.10,
    "unnamed source": 0.05,
    "unattributed figure": 0.05,
    "reported speech": 0.20,
    "specific time": 0.05,
    "specific place": 0.05,
    "only vague magnitudes": -0.15,
    "personal account": -0.10,
    "prediction": -0.05,
}


def reasons_of(
    clause: SpacySpan,
    figures: list[Quantity],
    quotes: list[Quote],
    speech: list[Token],
    source: Source | None,
    places: list[str],
    times: list[SpacySpan],
    compared: bool,
) -> list[tuple[str, float]]:
    """Why the clause is worth checking, each reason with its weight."""
    reasons: list[tuple[str, str]] = []
    exact = [n for n in figures if not n.vague]
    if exact:
        reasons.append(("figure", ", ".join(n.text for n in exact[:4])))
        if len(exact) > 1:
            reasons.append(("more figures", f"{len(exact)} in all"))
        if any(n.category in ("money", "percent") for n in exact):
            reasons.append(("money or percentage", ""))
    elif figures:
        reasons.append(("figure", ", ".join(n.text for n in figures[:4])))
        reasons.append(("only vague magnitudes", ""))
    tokens = list(clause)
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    qualifier_words = {"more", "less", "fewer"}
    comparative = [t for t in tokens if t.tag_ in ("JJR", "RBR") and not (
        t.lower_ in qualifier_words and t.i + 2 < len(t.doc) and t.nbor().lower_ == "than" and t.nbor(2).like_num)]
    if comparative or lemmas & CLAIM_CUES["comparison"] or compared:
        word = comparative[0].text if comparative else next(iter(sorted(lemmas & CLAIM_CUES["comparison"])), "compared")
        reasons.append(("comparison", word))
    change = sorted(lemmas & CLAIM_CUES["change"])
    if change:
        reasons.append(("change over time", change[0]))
    superlative = [t for t in tokens if t.tag_ in ("JJS", "RBS") and not (
        t.i > 0 and t.doc[t.i - 1].lower_ == "at")]
    # `a record high` claims an extreme; `were recorded` does not: cue words count only off verbs.
    extreme = {w for t in tokens if t.pos_ not in ("VERB", "AUX") for w in (t.lemma_.lower(), t.lower_)}
    if superlative or extreme & CLAIM_CUES["superlative"]:
        word = superlative[0].text if superlative else sorted(extreme & CLAIM_CUES["superlative"])[0]
        reasons.append(("superlative", word))
    if source is not None:
        reasons.append(("named source" if source.kind != "description" else "unnamed source", source.name))
    elif exact:
        reasons.append(("unattributed figure", ""))
    if (quotes or speech or (source is not None and source.cue == "according to")) and not figures:
        reasons.append(("reported speech", ""))
    if any(clause.start <= t.start < clause.end for t in times):
        reasons.append(("specific time", ""))
    if places:
        reasons.append(("specific place", ""))
    first_person = any(t.lower_ in ("i", "me", "my", "we", "our") for t in tokens)
    if first_person and not exact:
        reasons.append(("personal account", ""))
    modal = [t for t in tokens if t.lemma_.lower() in CLAIM_CUES["prediction"] and t.tag_ in ("MD", "VB", "VBZ", "VBP",
                                                                                          "VBD", "VBG", "VBN")]
    if modal:
        reasons.append(("prediction", modal[0].text))
    return [(f"{label}: {detail}" if detail else label, WEIGHTS[label]) for label, detail in reasons]


def score_of(reasons: list[tuple[str, float]]) -> float:
    """The reasons' weights summed, clipped to 0..1."""
    return round(min(1.0, max(0.0, sum(w for _, w in reasons))), 2)
