"""What is excluded (dates, times, identifiers, names, pronouns, scores), and what is not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.numbers.helpers import Expected, Form, check_form, numbers_of

FORMS: list[Form] = [
    ("Since the floods started in June, 12,000 families have moved.", "12,000", 12000, None, None),
    ("In April, 250 workers were laid off.", "250", 250, None, None),
    ("She was one of 4 finalists.", "4", 4, None, None),
    ("On Feb. 3, 700 fans queued.", "700", 700, None, None),
    ("In May, 20 climbers reached the summit.", "20", 20, None, None),
]


@pytest.mark.parametrize(("sentence", "span", "expected", "unit", "qualifier"), FORMS)
def test_counts_after_a_month_and_comma_are_still_figures(
    nlp: Language, sentence: str, span: str, expected: Expected, unit: str | None, qualifier: str | None
) -> None:
    check_form(nlp, sentence, span, expected, unit, qualifier)


NOT_NUMBERS = [
    ("The talks began on Sept. 21, 2019 in Geneva.", "21"),
    ("The talks began on Sept. 21, 2019 in Geneva.", "2019"),
    ("The treaty was signed in 1998.", "1998"),
    ("Crossings are at 90% of the 2019 level.", "2019"),
    ("The broadcast starts at 21.00 GMT.", "21.00"),
    ("The meeting ends at 10:30 a.m.", "10:30"),
    ("The train left at 3pm.", "3pm"),
    ("It was the first sign of trouble.", "first"),
    ("She finished 2nd in the race.", "2nd"),
    ("He is one of the few who stayed.", "one"),
    ("One man refused to leave.", "One"),
    ("Several people were hurt.", "Several"),
    ("Many residents fled.", "Many"),
    ("The COVID-19 wards were full.", "19"),
    ("He cited Article 5 of the treaty.", "5"),
    ("The Boeing 737 landed safely.", "737"),
    ("They met at No. 10 yesterday.", "10"),
    ("The firm filed for Chapter 11 protection.", "11"),
    ("Crime fell in the 1990s.", "1990s"),
    ("She left two weeks ago.", "two weeks"),
    ("Read more at https://example.com/2019/05/story-42.", "42"),
    ("She was born on Oct, 12, 2001 in Leeds.", "12"),
    ("Send letters to 250 Maple Avenue, Springfield, IL, 62701.", "250"),
    ("Send letters to 250 Maple Avenue, Springfield, IL, 62701.", "62701"),
    ("1) Turnout is down.", "1"),
    ("The 2020-21 season was cancelled.", "21"),
    ("Voters care about two things: jobs and rent.", "two things"),
    ("He was the only one who stayed.", "one"),
    ("Sales fell in the first half of the year.", "half"),
    ("It closed on the twenty-first day.", "twenty"),
    ("He told BBC Radio Four on Monday.", "Four"),
    ("Organisers met in precinct 78 downtown.", "78"),
    ("The 5G network is slow.", "5"),
    ("Image 1 of 5 shows the port.", "5"),
    ("Call 555-1234 for details.", "555"),
    # scores and vote tallies are not quantities: neither side is a count
    ("The visitors won 4-2 in extra time.", "4"),
    ("The visitors won 4-2 in extra time.", "2"),
    ("The court ruled on a 6-to-3 vote.", "6"),
    ("The court ruled on a 6-to-3 vote.", "3"),
    ("The House passed it 219-212.", "219"),
    ("The hosts lost 0-3 at home.", "3"),
    ("The board voted 9 to 4 to approve it.", "9"),
    ("The game ended 1-1.", "1"),
    ("The hearing is on 7/12.", "7/12"),
    ("Prices will double next year.", "double"),
    ("She came 1st in the heats.", "1st"),
    ("A couple from Leeds won the prize.", "couple"),
    ("Music from the sixties played.", "sixties"),
    ("Crime rose in the 80s.", "80s"),
    ("Bookmakers put the odds at 20 to 1.", "20"),
    ("Dial 020 7946 0018 for tickets.", "7946"),
    ("One day the river will flood.", "One"),
    ("The ratio of staff to pupils was 3 to 1.", "3"),
    ("The board split 60-40 on the plan.", "60"),
    ("He will go on air in the 2300 slot every Tuesday.", "2300"),
    ("Call 0800 123 456 for details.", "123"),
    ("Call 0800 123 456 for details.", "456"),
    ("Oil prices are now well above 2004's average.", "2004"),
    ("The bells ring at half past ten.", "ten"),
    ("From 4-1 down in the third set, Safin fought back.", "4"),
]


@pytest.mark.parametrize(("sentence", "text"), NOT_NUMBERS)
def test_dates_times_ranks_names_pronouns_and_scores_are_not_numbers(
    nlp: Language, sentence: str, text: str
) -> None:
    numbers = numbers_of(nlp(sentence))
    assert all(text not in n.text for n in numbers), [n.text for n in numbers]
