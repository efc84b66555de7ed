"""Words about organisations: nouns for institutions, outlets and their name heads."""

from __future__ import annotations

from newsclaims.lexicon.loaders import load_words

ORG_NOUNS = load_words("org_nouns")
"""Nouns that make a phrase an institution (`ministry`, `agency`, `company`)."""

ORG_INTRODUCERS = frozenset(
    "website site outlet newspaper paper daily weekly magazine tabloid agency broadcaster channel network "
    "station publication portal company firm group organisation organization ngo party ministry service "
    "bank fund foundation institute university charity union association movement brand app platform".split()
)
"""Nouns that introduce an organisation's name: `the website X`, `the Russian outlet X` (people's
list; to be merged with ORG_NOUNS as a measured change)."""

SOURCE_ORG_NOUNS = ORG_NOUNS | {"official", "officials", "authorities", "media", "medium", "police"}
"""Nouns that make a claim's source an institution rather than a person (claims' list)."""

OUTLETS = load_words("outlets")
"""Names of news outlets and agencies (`afp`, `reuters`)."""

OUTLET_HEADS = frozenset(
    "news times post gazeta gazette journal herald tribune telegraph guardian observer "
    "independent daily weekly press agency radio tv television media broadcasting chronicle "
    "courier express mirror bulletin review magazine wire online".split()
)
"""Last words that make a name an outlet: `... Gazeta`, `... News`, `... Times`."""
