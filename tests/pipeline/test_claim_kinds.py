"""Full Fact's claim kinds, read from the parse of sentences written for these tests."""

from __future__ import annotations

import pytest

from newsclaims.pipeline.claim_kinds import (
    CAUSATION,
    FULL_FACT_LABELS,
    OTHER,
    PERSONAL,
    PREDICTION,
    QUANTITY,
    RULES,
    ClaimKinds,
    claim_kind,
)

CASES = [
    # quantity: figures, amounts and comparisons of amounts, in the past or present
    ("Unemployment fell to 4.2% in March, the lowest rate since 1975.", QUANTITY),
    ("The company sold more than 3 million phones last year.", QUANTITY),
    ("House prices have doubled since the pandemic.", QUANTITY),
    ("The majority of voters backed the plan.", QUANTITY),
    ("The club paid £45m for the striker in August.", QUANTITY),
    # prediction: the future, stated or expected
    ("Inflation will rise to 5% next year, the central bank said.", PREDICTION),
    ("Economists expect growth to slow in the second half.", PREDICTION),
    ("The new line is due to open in 2027.", PREDICTION),
    ("The weather forecast shows heavy rain on Sunday.", PREDICTION),
    ("They said they were just going to get inspectors in.", PREDICTION),
    ("Ticket sales are set to double when the tour reaches Europe.", PREDICTION),
    # correlation or causation
    ("Smoking causes about 75,000 deaths a year in England.", CAUSATION),
    ("The delays were caused by a signalling fault near the station.", CAUSATION),
    ("Sales fell because of the strike.", CAUSATION),
    ("Heavy use of social media is linked to poorer sleep in teenagers.", CAUSATION),
    ("The merger led to hundreds of job losses.", CAUSATION),
    # rules and laws
    ("Under the new law, landlords must give tenants six months' notice.", RULES),
    ("It is illegal to drive while using a hand-held phone.", RULES),
    ("The rules require clubs to publish their accounts.", RULES),
    ("Voting is compulsory in Australia.", RULES),
    # personal experience: what the speaker lived through
    ("I grew up in a small town where everyone knew each other.", PERSONAL),
    ("I felt safer in Helsinki than I ever did at home.", PERSONAL),
    ("I have lived here for thirty years.", PERSONAL),
    # other checkable statements
    ("The minister visited the hospital on Tuesday.", OTHER),
    ("I moved to bring those troops home.", OTHER),
    ("The band released its debut album in London.", OTHER),
]


@pytest.mark.parametrize(("sentence", "kind"), CASES)
def test_sentence_gets_its_full_fact_kind(nlp, sentence, kind):
    doc = nlp(sentence)
    assert claim_kind(doc[:]) == kind


def test_each_sentence_of_an_article_is_classified_on_its_own(nlp):
    doc = nlp("Sales fell because of the strike. I grew up in a small town. Prices will rise next year.")
    kinds = ClaimKinds(nlp.vocab)
    assert [kinds(sent) for sent in doc.sents] == [CAUSATION, PERSONAL, PREDICTION]


def test_a_date_alone_is_not_a_quantity(nlp):
    doc = nlp("The film premiered in Cannes on 12 May 2019.")
    assert claim_kind(doc[:]) == OTHER


def test_every_kind_has_a_full_fact_label():
    assert set(FULL_FACT_LABELS) == {QUANTITY, PREDICTION, CAUSATION, RULES, PERSONAL, OTHER}
