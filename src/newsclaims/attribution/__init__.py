"""Who said it: the one home for attribution.

`resolver` resolves a cue's subject to a speaker (names, pronouns, descriptions, organisations);
`claims` finds a claim's source; `figures` finds who a figure is attributed to.
"""

from newsclaims.attribution.claims import claim_source, reporting_verbs
from newsclaims.attribution.figures import figure_source
from newsclaims.attribution.resolver import Referent, Resolver, phrase_span

__all__ = ["Referent", "Resolver", "claim_source", "figure_source", "phrase_span", "reporting_verbs"]
