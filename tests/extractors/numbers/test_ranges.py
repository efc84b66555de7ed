"""Two numerals as one figure: ranges with magnitude and unit carried across, proportions,
compound measures, opposite bounds, dimensions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.numbers.helpers import Expected, Form, check_form

FORMS: list[Form] = [
    ("Each day 7 to 8,000 people crossed.", "7 to 8,000", (7000, 8000), None, None),
    ("Each day around 7-8,000 visitors came.", "7-8,000", (7000, 8000), None, "around"),
    ("Officials expect 2 to 3 million voters.", "2 to 3 million", (2_000_000, 3_000_000), None, None),
    ("Between 20 and 30 students failed.", "20 and 30", (20, 30), None, None),
    ("Between twenty and thirty students failed.", "twenty and thirty", (20, 30), None, None),
    ("Prices rose 20-30% this year.", "20-30%", (20, 30), "percent", None),
    ("Prices rose 10% to 20% this year.", "10% to 20%", (10, 20), "percent", None),
    ("The walk is 3–5 km long.", "3–5 km", (3, 5), "km", None),
    ("Tickets cost $10-$20 each.", "$10-$20", (10, 20), "USD", None),
    ("The deal is worth $5-10 million.", "$5-10 million", (5_000_000, 10_000_000), "USD", None),
    ("The team sold 1.5 to 2 billion dollars of bonds.", "1.5 to 2 billion dollars",
     (1_500_000_000, 2_000_000_000), "USD", None),
    ("Groups of five to ten children played.", "five to ten", (5, 10), None, None),
    ("More than 30 and less than 50 people came.", "30 and less than 50", (30, 50), None,
     "more than ... less than"),
    ("Tickets cost from $5 to $10.", "$5 to $10", (5, 10), "USD", None),
    ("Less than 50 and more than 30 people came.", "50 and more than 30", (30, 50), None,
     "less than ... more than"),
    ("The drive is 1k-2k miles.", "1k-2k miles", (1000, 2000), "mile", None),
    ("She needs one or two new ideas.", "one or two", (1, 2), None, None),
    ("It grew from 1.2 million in 2000 to 1.5 million in 2010.", "1.5 million", 1_500_000, None, None),
    ("Three in 10 renters say they cannot save.", "Three in 10", 30, "percent", None),
    ("One in four nurses plans to quit.", "One in four", 25, "percent", None),
    ("Eight out of ten owners said their cats preferred it.", "Eight out of ten", 80, "percent", None),
    ("Roughly 1 in 3 households owns a dog.", "1 in 3", 100 / 3, "percent", "roughly"),
    ("The centre is 6 ft 9 in tall.", "6 ft 9 in", 6.75, "foot", None),
    ("The keeper stands 6 feet 3 inches.", "6 feet 3 inches", 6.25, "foot", None),
    ("The new-born weighed 7 lb 8 oz.", "7 lb 8 oz", 7.5, "lb", None),
    ("The match lasted 2 hours 30 minutes.", "2 hours 30 minutes", 2.5, "hour", None),
    ("There were 7 or 8 boats in the bay.", "7 or 8", (7, 8), None, None),
    ("A room costs between $80 and $120.", "$80 and $120", (80, 120), "USD", None),
    ("Some 30-40 boats took part.", "30-40", (30, 40), None, "some"),
    ("The job takes 3-4 weeks.", "3-4 weeks", (3, 4), "week", None),
    ("Highs of 18 to 22 degrees Celsius are forecast.", "18 to 22 degrees Celsius", (18, 22), "celsius", None),
    ("The repairs cost between 4 and 6 million euros.", "4 and 6 million euros",
     (4_000_000, 6_000_000), "EUR", None),
    ("The hall is 20 x 30 metres.", "20", 20, "m", None),
    ("The sheet is 2 m by 4 m.", "2 m", 2, "m", None),
    ("The board is 3 by 5 feet.", "3", 3, "foot", None),
    ("Grades range from 0 to 100.", "0 to 100", (0, 100), None, None),
    ("The race lasted 1 hour 5 minutes.", "1 hour 5 minutes", 1 + 5 / 60, "hour", None),
    ("She ran the mile in 4 minutes 30 seconds.", "4 minutes 30 seconds", 4.5, "minute", None),
    ("The opener scored 45 in 70 balls.", "45", 45, None, None),
    ("The opener scored 45 in 70 balls.", "70", 70, None, None),
    ("The index lost 0.4 percent or 52 points.", "0.4 percent", 0.4, "percent", None),
    ("Analysts expect 15 or 20 percent growth.", "15 or 20 percent", (15, 20), "percent", None),
    ("Nights of minus 2 to minus 8 degrees are forecast.", "minus 2 to minus 8 degrees", (-8, -2), "degree", None),
    ("Farmers reported a yield of 30-35 bushels.", "30-35", (30, 35), None, None),
    ("The goalkeeper is 1 metre 92 tall.", "1 metre 92", 1.92, "m", None),
    ("Inflation will be 1.5%-2% next year.", "1.5%-2%", (1.5, 2), "percent", None),
    ("The transfer fee is £3m-£4m.", "£3m-£4m", (3_000_000, 4_000_000), "GBP", None),
    # ranges with `-`, `~`, `or` and `and`, the unit and magnitude carried; two-sided bounds
    ("The lamp uses 5-10W of power.", "5-10W", (5, 10), "W", None),
    ("Salaries of 25k or 40k are common.", "25k or 40k", (25_000, 40_000), None, None),
    ("The signal is between 15kHz and 17kHz.", "15kHz and 17kHz", (15, 17), "kHz", None),
    ("The price is 1000-5000 dollars.", "1000-5000 dollars", (1000, 5000), "USD", None),
    ("Expect 20~100 visitors.", "20~100", (20, 100), None, None),
    ("Expect 20 ~ 100 visitors.", "20 ~ 100", (20, 100), None, None),
    ("Bids above 1000 and below 1500 were accepted.", "1000 and below 1500", (1000, 1500), None, "above ... below"),
    ("At least 5 and at most 10 cars came.", "5 and at most 10", (5, 10), None, "at least ... at most"),
    ("The deal is worth $2 to 3 billion.", "$2 to 3 billion", (2e9, 3e9), "USD", None),
]


@pytest.mark.parametrize(("sentence", "span", "expected", "unit", "qualifier"), FORMS)
def test_two_numerals_join_into_one_figure(
    nlp: Language, sentence: str, span: str, expected: Expected, unit: str | None, qualifier: str | None
) -> None:
    check_form(nlp, sentence, span, expected, unit, qualifier)
