"""Words about organisations: nouns for institutions, outlets and their name heads."""

from __future__ import annotations

from newsclaims.lexicon.loaders import load_groups, load_words, read_data

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


def _kind_of_word(groups: dict[str, frozenset[str]]) -> dict[str, str]:
    """{word: group}, the first group a word appears in winning."""
    table: dict[str, str] = {}
    for group, words in groups.items():
        for word in words:
            table.setdefault(word, group)
    return table


ORG_HEADS = load_groups("org_heads")
"""Last words of organisations' names by kind (`company: inc corp ... productions records`)."""

ORG_HEAD_KIND = _kind_of_word(ORG_HEADS)
"""A name's last word -> the kind of organisation it names (`commission` -> government)."""

ORG_NOMINALS = load_groups("org_nominals")
"""Kind -> the nouns that may refer back to an organisation of that kind (`the company`, `the agency`)."""

NOMINAL_NOUNS = frozenset(word for words in ORG_NOMINALS.values() for word in words)
"""Every noun that may refer back to a named organisation."""

NOT_ORG_HEADS = load_words("org_not_heads")
"""Last words that make a capitalised name an event, competition, document or award, not an organisation."""

PARTIES = load_words("parties")
"""Names of political parties and their members as a body (`tories`, `liberal democrats`)."""

PARTY_FORMS = {form.strip(): line.split(";")[0].strip()
               for line in read_data("party_names.txt").splitlines() if line.strip() and not line.startswith("#")
               for form in line.split(";")}
"""A party's form (`tories`) -> the first form of its line (`conservative party`): the forms of one party."""

INTERNATIONAL = load_words("international")
"""International bodies' usual names and acronyms (`united nations`, `nato`)."""

ORG_CUE_NOUNS = frozenset(
    "shares stock shareholders investors headquarters executives employees staff workers subsidiary "
    "subsidiaries customers subscribers users profits profit revenue revenues sales earnings".split()
)
"""Nouns whose owner or modifier is an organisation: `Google's shareholders`, `Verizon shares`."""

ORG_ROLE_NOUNS = frozenset(
    "ceo chief executive chairman chairwoman chair president founder co-founder owner owners board "
    "director directors management spokesperson spokesman spokeswoman".split()
)
"""Offices that organisations have and people do not: `Google's vice president`, `WorldCom's chief
executive` (spokesmen count only after a name NER did not call a person: `a Google spokesperson`)."""

INTRODUCER_KIND = {
    **{w: "company" for w in "giant engine platform operator carrier retailer maker label insurer lender "
       "conglomerate startup outfit chain developer publisher manufacturer firm company".split()},
    **{w: "outlet" for w in "website site outlet newspaper paper daily weekly magazine tabloid broadcaster "
       "channel station publication portal".split()},
    **{w: "government" for w in "regulator watchdog ministry department agency".split()},
    **{w: "ngo" for w in "charity foundation ngo".split()},
    **{w: "education" for w in "university college school".split()},
    **{w: "party" for w in "party".split()},
    **{w: "sport" for w in "club".split()},
}
"""A common noun that introduces an organisation (`search giant Google`) -> the kind it says."""

SEATS_OF_POWER = frozenset({
    "kremlin", "white house", "downing street", "number 10", "pentagon", "elysee", "élysée", "whitehall",
    "quai d'orsay", "zhongnanhai",
})
"""Buildings whose names stand for the government inside (`the Kremlin said`)."""
