"""Words about people: nouns for humans, titles, honorifics, gendered words and pronouns."""

from __future__ import annotations

from newsclaims.lexicon.loaders import load_gendered, load_words

PERSON_NOUNS = load_words("person_nouns")
"""Nouns that describe a human being (`scientist`, `bar owner`, `spokesman`)."""

PERSON_NOUN_GENDER = load_gendered("person_nouns", "gendered_nouns")
"""Person nouns and gendered nouns -> the gender the noun carries (`woman` -> female), or None."""

TITLES = load_words("titles")
"""Titles and offices that may precede a name (`Interior Minister`, `Mr`)."""

MODIFIER_TITLES = frozenset("former late acting interim deputy vice then outgoing incoming".split())
"""Title words that qualify an office but are not one: `former`, `acting`."""

POSTNOMINALS = frozenset("qc kc mp mep msp mla obe mbe cbe kbe dbe frs phd".split())
"""Letters after a name (`Philippe Sands QC`, `John Smith CBE`): an honour or office, not part of the
name, and no organisation or place of its own."""

HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss mx mx. sir dame madam".split())
"""Honorifics tell gender, not office: never a role or a descriptor."""

TITLE_GENDER = {"mr": "male", "mr.": "male", "sir": "male", "mrs": "female", "mrs.": "female",
                "ms": "female", "ms.": "female", "miss": "female", "madam": "female"}
"""The gender an honorific before a name states."""

GENDERED_WORDS = {
    "female": frozenset(
        "woman women girl mother mum mom daughter wife sister grandmother aunt niece widow "
        "actress businesswoman spokeswoman chairwoman congresswoman policewoman waitress "
        "saleswoman mrs mrs. ms ms. miss madam lady dame queen princess she her herself".split()
    ),
    "male": frozenset(
        "man men boy father dad son husband brother grandfather uncle nephew widower "
        "businessman chairman congressman policeman salesman fisherman mr mr. sir lord "
        "king prince he him his himself".split()
    ),
}
"""Words in a description that tell a person's gender (people's descriptors)."""

PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male",
                  "she": "female", "her": "female", "hers": "female", "herself": "female"}
"""Every third-person singular pronoun with its gender."""

SPEAKER_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
"""The pronouns attribution resolves to a person (a subset of PRONOUN_GENDER; merging them is a
measured change for later)."""

PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "you", "my", "our", "your"})
ORG_PRONOUNS = frozenset({"it", "its"})

PARTICLES = frozenset(
    "de da di du del della dal dalla degli der den van von la le bin ibn al el dos das y ter ten zu af av".split()
)
"""Lower-case name particles that may sit inside a name: `Ursula von der Leyen`."""

PAGE_VERBS = frozenset("follow contact email e-mail subscribe".split())
"""Verbs of a page's calls to the reader before a name (`Follow Nina Park on Twitter`)."""

MAX_AGE = 120
"""Ages above this are not a person's age."""


def plausible_age(value: float) -> bool:
    """A number that can be a living person's age."""
    return 0 < value < MAX_AGE
