"""Rises and falls: the amount of a change, the levels before and after, their direction and links."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.numbers.helpers import find, numbers_of

# sentence, figure, direction, role, the figures of the same change
CHANGES: list[tuple[str, str, str | None, str | None, list[str]]] = [
    ("Turnout rose 5% on Monday.", "5%", "up", "amount", []),
    ("The FTSE 100 index fell 0.4 per cent to 13,176.", "0.4 per cent", "down", "amount", ["13,176"]),
    ("The FTSE 100 index fell 0.4 per cent to 13,176.", "13,176", "down", "to", ["0.4 per cent"]),
    ("Sales saw a sharp 3 percent drop.", "3 percent", "down", "amount", []),
    ("Prices fell from $36,040 in March to $34,935 in April.", "$36,040", "down", "from", ["$34,935"]),
    ("Prices fell from $36,040 in March to $34,935 in April.", "$34,935", "down", "to", ["$36,040"]),
    ("Unemployment fell to 5.1% from 5.3%.", "5.3%", "down", "from", ["5.1%"]),
    ("Sales rose by 5% to $1.2bn.", "5%", "up", "amount", ["$1.2bn"]),
    ("The index was up 0.3% at noon.", "0.3%", "up", "amount", []),
    ("Shares closed 2% lower.", "2%", "down", "amount", []),
    ("There was a rise of 5% in prices.", "5%", "up", "amount", []),
    ("The board raised prices by 10%.", "10%", "up", "amount", []),
    ("The bank cut its forecast to 2%.", "2%", "down", "to", []),
    ("The pound gained 52 points against the euro.", "52", "up", "amount", []),
    # a word without a direction takes it from the levels or a particle
    ("Rates went from 2.5% to 3%.", "2.5%", "up", "from", ["3%"]),
    ("Rates went from 2.5% to 3%.", "3%", "up", "to", ["2.5%"]),
    ("The rate edged down 0.1%.", "0.1%", "down", "amount", []),
    # no change stated
    ("The firm cut 500 jobs.", "500", None, None, []),
    ("The bank lost £5bn last year.", "£5bn", None, None, []),
    ("They signed a £5m contract.", "£5m", None, None, []),
    ("Tickets cost from $5 to $10.", "$5 to $10", None, None, []),
    ("Up to 60 flights were cancelled.", "60", None, None, []),
    ("The rate went to 3%.", "3%", None, None, []),
]


@pytest.mark.parametrize(("sentence", "span", "direction", "role", "partners"), CHANGES)
def test_a_stated_rise_or_fall_gives_direction_role_and_partners(
    nlp: Language, sentence: str, span: str, direction: str | None, role: str | None, partners: list[str]
) -> None:
    numbers = numbers_of(nlp(sentence))
    number = find(numbers, span)
    assert (number.change, number.change_role) == (direction, role)
    by_id = {n.id: n.text for n in numbers}
    assert sorted(by_id[i] for i in number.change_with or []) == sorted(partners)


def test_the_level_before_takes_the_unit_and_scale_of_the_level_after(nlp: Language) -> None:
    numbers = numbers_of(nlp("Yields rose from 40 to 55 percent and sales from 7 to 8 million."))
    forty, seven = find(numbers, "40"), find(numbers, "7")
    assert (forty.value, forty.unit, forty.change_role) == (40, "percent", "from")
    assert (seven.value, seven.change_role) == (7_000_000, "from")
