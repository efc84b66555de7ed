"""The words of the number grammar: numerals, scales, fractions, qualifiers, units and the context
words that decide what a figure is (a price, a date, an identifier, a score).

The long lists live in `data/` (`number_words.tsv`, `qualifiers.tsv`, `units.tsv`,
`currency_prefixes.tsv` and one word list per context); the short, structural tables stay here.
"""

from __future__ import annotations

from fractions import Fraction

from newsclaims.lexicon.loaders import load_table, load_words, read_data
from newsclaims.lexicon.people import MAX_AGE


def _number_words() -> dict[str, dict[str, float]]:
    """`data/number_words.tsv` as {class: {word: value}} (a word may sit in several classes)."""
    classes: dict[str, dict[str, float]] = {}
    for line in read_data("number_words.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        word, cls, value = line.split("\t")
        number = Fraction(value)
        classes.setdefault(cls, {})[word] = int(number) if number.denominator == 1 else float(number)
    return classes


def _qualifiers() -> dict[str, dict[str, str]]:
    """`data/qualifiers.tsv` as {`before` | `after`: {words: bound}}."""
    sides: dict[str, dict[str, str]] = {"before": {}, "after": {}}
    for line in read_data("qualifiers.tsv").splitlines():
        if line and not line.startswith("#"):
            words, side, bound = line.split("\t")
            sides[side][words] = bound
    return sides


_WORDS = _number_words()
_SIDES = _qualifiers()

# --- numerals ---------------------------------------------------------------------------------------

ONES: dict[str, int] = {w: int(v) for w, v in _WORDS["one"].items()}
"""`zero` ... `nineteen`."""
TENS: dict[str, int] = {w: int(v) for w, v in _WORDS["ten"].items()}
"""`twenty` ... `ninety`."""
SCALE_WORDS: dict[str, float] = {w: (100 if v == 100 else float(v)) for w, v in _WORDS["scale"].items()}
"""Multipliers written as words: `hundred`, `million`, `lakh`."""
SHORT_SCALES: dict[str, float] = {w: float(v) for w, v in _WORDS["short_scale"].items()}
"""Abbreviated scales written after digits (`$676m`, `5bn`, `1.5k`)."""
MONEY_ONLY_SCALES = frozenset({"m", "b"})
"""Short scales read as scales only with money (`80m` is metres unless money or people are meant)."""
SPACED_SCALES = frozenset({"bln", "mln", "bn", "trn"})
"""Short scales unambiguous even after a space: `102 bln`."""
DENOMINATORS: dict[str, int] = {w: int(v) for w, v in _WORDS["denominator"].items()}
"""Fraction words and what they divide by: `two thirds`, `a quarter`."""
ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                           "ninth"})
"""Ordinals that end a compound: `twenty-first` is no number."""
VULGAR_FRACTIONS: dict[str, float] = dict(_WORDS["vulgar"])
"""Fraction characters: `½`, `¾`."""
VAGUE_PLURALS: dict[str, float] = {w: float(v) for w, v in _WORDS["vague_plural"].items()}
"""Vague magnitudes: plural scale words without a numeral (`thousands`, `tens of thousands`)."""
VAGUE_OF_ONLY: dict[str, float] = dict(_WORDS["vague_of"])
"""Vague only before `of`: `tens of thousands`, `scores of`."""
VAGUE_DETERMINERS = ("several", "a few", "few", "many", "some", "a couple of", "a couple")
"""Determiners that make a scale word vague: `several thousand`."""
STANDALONE_FRACTION_STOPS = frozenset({"as", "past", "of", "a", "an", "the", "way", "time", "hour"})
"""Words after `half` or `a third` that make it no share by itself: `half as many` (a multiplier), `half
past ten` (a time), `half of` and `half a` (read by the grammar's other rules)."""
FRACTION_INTRODUCERS = frozenset({"by", "for", "to", "than", "nearly", "almost", "about", "around", "roughly",
                                  "only", "just", "over", "under", "some", "least", "most", "barely", "fully",
                                  "exactly", "precisely", "approximately", "of"})
"""Words after which `half` or `a third` is an amount (`cut by a third`, `more than half`); elsewhere it
is one only as a clause's subject (`A third said no`)."""
DECADE_WORDS: dict[str, int] = {w: int(v) for w, v in _WORDS["decade"].items()}
"""Decade words of ages: `in her forties`."""
DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
"""Which years of a decade `early`, `mid` and `late` mean."""

# --- qualifiers -------------------------------------------------------------------------------------

QUALIFIERS: dict[str, str] = _SIDES["before"]
"""Qualifier before a figure, as written -> what it says about the true value relative to it."""
POST_QUALIFIERS: dict[str, str] = _SIDES["after"]
"""Qualifier after a figure (`or more`, `+`, `or so`) -> its bound."""

# --- units and currencies ---------------------------------------------------------------------------

UNITS: dict[str, tuple[str, ...]] = load_table("units")
"""Written unit or currency word -> (unit, category)."""
CURRENCY_PREFIXES: dict[str, str] = {k: v[0] for k, v in load_table("currency_prefixes").items()}
"""Currency symbol or code written before the numeral -> ISO 4217 code."""
BARE_TEMPERATURES = {"c": "celsius", "f": "fahrenheit"}
"""A capital C or F alone after a figure is a temperature scale (`25 C`, `98.6 F`)."""
CURRENCY_SUFFIX_SYMBOLS = frozenset({"$", "€", "£", "¥", "₽", "₹", "₴", "₺", "₩", "₪", "₦"})
"""Currency symbols also written after the figure (`5€`)."""
UNIT_MAX_TOKENS = 4
"""The longest unit in tokens (`new zealand dollars`)."""
COMPOUND_UNITS = {"foot": ("inch", 12), "lb": ("oz", 16), "stone": ("lb", 14), "hour": ("minute", 60),
                  "minute": ("second", 60), "m": ("cm", 100), "kg": ("g", 1000), "mile": ("yard", 1760)}
"""`6 ft 2 in`: the larger unit -> (the smaller unit, how many of it make one)."""
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade",
                        "century"})
"""Units of duration (`two weeks ago` is a date, not a figure)."""
MONEY_VERBS = load_words("money_verbs")
"""Verbs whose object is a price: `paid 50 pounds`."""
MONEY_NOUNS = load_words("money_nouns")
"""Nouns whose value is money: `the fine was 80 pounds`."""

# --- ranges, proportions, dimensions ----------------------------------------------------------------

RANGE_CONNECTORS = frozenset({"to", "-", "–", "—", "~", "through", "thru", "and", "till", "until", "or"})
"""Words that join two figures into a range."""
DIMENSION_CONNECTORS = frozenset({"x", "×", "by", "*"})
"""Words between the sides of a dimension (`10 x 12 feet`)."""
PROPORTION_BASES = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 25, 50, 100, 1000, 10_000, 100_000,
                              1_000_000})
"""What `N in M` is said out of: small numbers and round powers of ten (`four in 10`, `1 in 1,000`)."""

# --- changes ----------------------------------------------------------------------------------------


def _change_words() -> dict[str, tuple[str | None, str, frozenset[str]]]:
    """`data/change_words.tsv` as {lemma: (direction or None, which figures are its amount, parts of
    speech)}."""
    verb, noun = frozenset({"VERB", "AUX"}), frozenset({"NOUN"})
    parts = {"verb": verb, "noun": noun, "both": verb | noun}
    return {lemma: (None if direction == "none" else direction, takes, parts[pos])
            for lemma, (direction, takes, pos) in load_table("change_words").items()}


CHANGE_WORDS = _change_words()
"""Verbs and nouns of a rise or a fall -> (`up` | `down` | None, `any` | `share` | `by`, parts of speech)."""
CHANGE_PARTICLES = {"up": "up", "down": "down", "higher": "up", "lower": "down"}
"""Particles that give a neutral change verb its direction: `went up 5%`, `edged down 0.1%`."""
CHANGE_PREPOSITIONS = {"by": "amount", "of": "amount", "to": "to", "from": "from"}
"""A figure's preposition -> its part of the change: `rose by 5%`, `a rise of 5%`, `fell to 13,176`,
`fell from 5.3%`."""
SHARE_UNITS = frozenset({"percent", "percentage point", "basis point"})
"""Units of the figures `share` words take as their amount (`gained 3%`)."""

# --- ages ---------------------------------------------------------------------------------------------

AGE_VERBS = frozenset({"retire", "die", "marry", "graduate", "debut", "emigrate", "quit", "enlist", "wed"})
"""Verbs of a life event: `at 65` after them is an age (`retired at 65`, `died at 92`)."""
AGE_BOUNDS = frozenset({"over", "under", "above", "below"})
"""Bounds that make a small figure after a person noun an age group (`kids under 5`)."""
AGE_PREFIXES = frozenset({"aged", "age", "ages"})
"""Words that make the following figure an age."""
AGE_UNITS = {"year": "year", "years": "year", "month": "month", "months": "month", "week": "week",
             "weeks": "week", "day": "day", "days": "day", "yr": "year", "yrs": "year"}
"""Units of `-year-old`, `18 months old`."""
POSSESSIVES = frozenset({"his", "her", "their", "my", "your", "our", "its"})
"""`in his 40s` is an age; `in the 1990s` is not."""
HALF_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "our", "my", "your", "these", "those",
                              "this", "that"})
"""Determiners after a predeterminer `half` (`half the money`)."""

STATED_AGE_MAX = MAX_AGE
"""The largest age a figure said of a person may state (`aged over 65`, `she is 7`, `18 or older`):
inclusive, where `lexicon.people.plausible_age` excludes MAX_AGE itself. Kept apart so output stays
as it was; merging the two limits is a measured change for later."""
APPOSITION_AGE_MIN, APPOSITION_AGE_MAX = 1, 115
"""An age set off after a name (`Marta, 41,`) lies in this range, inclusive: a third limit, also to be
merged with `plausible_age` as a measured change."""


def stated_age(value: float) -> bool:
    """A figure that can be the age stated of a person: 0 < value <= STATED_AGE_MAX."""
    return 0 < value <= STATED_AGE_MAX


# --- exclusions: dates, times, identifiers, scores ---------------------------------------------------

MONTHS = load_words("months")
"""Month names and abbreviations."""
CLOCK_WORDS = load_words("clock_words")
"""Words after a figure that make it a clock time."""
CLOCK_PREPOSITIONS = frozenset({"at", "by", "until", "till", "before", "after", "from", "around"})
"""Prepositions before `21.00` that make it a time."""
RELATIVE_DATE_WORDS = frozenset({"ago", "earlier", "later", "before", "after", "prior", "hence", "previously",
                                 "since"})
"""Words after a duration that make it a date (`two weeks ago`)."""
YEAR_PREPOSITIONS = frozenset({"in", "since", "by", "from", "until", "till", "of", "before", "after",
                               "during", "between", "to", "the", "'s", "’s"})
"""Words before a four-digit figure that make it a year even before a plural noun."""
IDENTIFIER_NOUNS = load_words("identifier_nouns") | {"#"}
"""Nouns that make the following numeral an identifier (`Article 5`, `Flight 17`, `No. 10`)."""
IDENTIFIERS_WHEN_CAPITALISED = frozenset({
    "number", "level", "class", "type", "case", "unit", "block", "mark", "model", "code", "box", "row",
    "track", "band", "squad", "step", "stage", "phase", "tier", "figure", "rule", "category"})
"""Identifier nouns that make an identifier only when capitalised: `Level 3`, not `level 3`."""
STREET_WORDS = load_words("street_words")
"""Street words: `100 Haven Avenue` is an address."""
NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
"""Entity labels of numbers: any other entity holding a numeral and a word is a name (`Windows 95`)."""
NOT_NAME_LABELS = NUMERIC_LABELS | {"NORP"}
"""Entity labels of capitalised words that are no part of a name a numeral could be in (`Monday`,
`Russians`)."""
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
                      "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})
"""Days of the week: `Tuesday 300` is no name."""
SCORE_WORDS = load_words("score_words")
"""Words of winning, losing and voting that make `3-1` a score."""
ONE_TIME_ADVERBS = frozenset({"day", "night", "morning", "evening", "afternoon", "week", "year"})
"""`One day I will go`: `one` with these at a sentence start is an adverb of time."""
