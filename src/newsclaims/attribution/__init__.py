"""Who said it: the one home for attribution, used by quotes, claims and numbers.

`subjects` finds who a cue's parse says is speaking; `according` detects `according to X`;
`resolver` resolves a subject to a speaker (names via `phrases`, pronouns, descriptions,
named sources and organisations, with `referents` keeping what may be pointed back to);
`claims` finds a claim's source; `figures` finds who a figure is attributed to.
"""

from newsclaims.attribution.according import according_cues, according_source
from newsclaims.attribution.claims import claim_source, reporting_verbs
from newsclaims.attribution.figures import attribute_figures, figure_source, source_head
from newsclaims.attribution.phrases import phrase_span
from newsclaims.attribution.referents import Referent, Referents
from newsclaims.attribution.resolver import Resolver
from newsclaims.attribution.subjects import Subject, cue_subject, inverted_subject, noun_cue_author, \
    statement_author

__all__ = ["Referent", "Referents", "Resolver", "Subject", "according_cues", "according_source", "attribute_figures",
           "claim_source", "cue_subject", "figure_source", "inverted_subject", "noun_cue_author", "phrase_span",
           "reporting_verbs", "source_head", "statement_author"]
