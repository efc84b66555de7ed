"""Figure sources: resolved after quotes by attribution's one resolver."""

from __future__ import annotations


def test_a_figure_in_a_quote_is_the_speakers(run):
    article = run("“Claims rose 40 percent this year,” said Maria Lopez, the head of the fund.")
    [figure] = [n for n in article.numbers if n.text.startswith("40")]
    assert figure.source == "Maria Lopez"


def test_a_pronoun_source_of_a_figure_is_the_person_it_means(run):
    article = run("Tom Briggs, the mayor, opened the library on Saturday. "
                  "He said 3,000 people had visited in its first week.")
    [figure] = [n for n in article.numbers if n.text.startswith("3,000")]
    assert figure.source == "Tom Briggs"
