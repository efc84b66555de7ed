"""Pronouns: `he`/`she` take the most salient compatible person, `it` an organisation, `they` a group.

Salience is recency, with one refinement: in the most recent sentence that offers
someone, its subject beats an object (`Dahl spoke to Holm. He said ...` is Dahl).
"""

from __future__ import annotations

from newsclaims.attribution.referents import Referent, Referents

ORGANISATION_REACH = 400  # characters back an `it` looks for its organisation
GROUP_REACH = 600  # characters back a `they` looks for its group
NEAR_CHARS = 300  # about two sentences


def organisation_for(referents: Referents, position: int) -> Referent | None:
    """`Twitter said it ...`: the most recent single organisation, close by."""
    for ref in referents.before(position):
        if ref.speaker.kind == "organisation" and not ref.plural:
            return ref
        if ref.start < position - ORGANISATION_REACH:
            break
    return None


def group_for(referents: Referents, position: int) -> Referent | None:
    """`they`: the most recent group of people or organisation, close by."""
    for ref in referents.before(position):
        if ref.plural or ref.speaker.kind == "organisation":
            return ref
        if ref.start < position - GROUP_REACH:
            break
    return None


def person_for(referents: Referents, position: int, gender: str) -> Referent | None:
    """`he`/`she`: the most salient person of a compatible gender before `position`."""
    genders = (None, gender)
    fitting = referents.persons_before(position, genders)
    first = next(fitting, None)
    if first is None:
        return None
    # A woman known as one (`Ms`, `she` before), mentioned close by, beats a nearer person of unknown
    # gender for `she`; not for `he`, since most unmarked names in the news are men's.
    if gender == "female" and first.gender is None:
        known = next(referents.persons_before(position, (gender,)), None)
        if known is not None and first.start - known.start < NEAR_CHARS:
            fitting = referents.persons_before(position, genders, starting_by=known.start)
            first = next(fitting)
    # In the most recent sentence that offers someone, its subject beats an object.
    if first.is_subject:
        return first
    for ref in fitting:
        if ref.sentence == first.sentence:
            if ref.is_subject:
                return ref
        elif first.sentence != -1 and ref.sentence != -1:
            break  # sentences only get earlier from here
    return first
