"""Page furniture is marked on made-up pages, prose is left alone, and extractors skip what is marked."""

from __future__ import annotations

import pytest

from newsclaims.pipeline.boilerplate import find_boilerplate, inside


def _marked(text: str) -> list[str]:
    return [text[s:e] for s, e in find_boilerplate(text)]


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content",
        "Cloudy icon",
        "54°F",
        "3 / 12",
        "Recommended Videos",
        "Most Read",
        "Loading...",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "See also  Floods close the coastal road for a third day",
        "Read more: Council votes on the new bridge",
        "Copyright 2031 Example Media Group. All rights reserved.",
        "© 2029 Northern Gazette Ltd",
        "Follow all Example stories on the harbour strike at https://example.org/hub/strike.",
        "Advertisement",
        "Share this article",
        "Photo: Dana Whitlock/Example Agency",
        "By Marta Quill and Tobias Renn",
        "Tags: harbour, strike, dockers",
        "___",
        "Facebook Twitter Email",
        "Image caption, Dockers gathered outside the port offices",
        "First published on Tue 4 May 2031 10.12 BST",
        "Reporting by Ana Lind; Editing by Piet Vos",
        "Example Press writer Jon Ruud in Caldera Bay contributed to this report.",
        "This article is more than 2 years old",
        "REUTERS/Sam Orr",
    ],
)
def test_furniture_lines_are_marked(line):
    text = f"The harbour reopened on Monday after a long strike.\n\n{line}\n\nDockers returned to work."
    assert _marked(text) == [line]


def test_a_caption_ending_in_a_credit_and_its_title_are_marked():
    text = (
        "Dockers march to the port gates\n"
        "Dockers march on Friday to the gates of the port in Caldera Bay. Photo: Ines Varga/Example Agency\n"
        "The strike began in March."
    )
    assert _marked(text) == text.splitlines()[:2]


def test_a_credit_glued_to_the_caption_word_is_marked():
    text = "Crowds wait at the quay for the last ferryPhoto: Lena Holt/Shutterstock\nThe ferry left at noon."
    assert _marked(text) == [text.splitlines()[0]]


def test_an_agency_photo_tag_marks_its_caption():
    text = "Trucks queue at the depot in Westmoor, Tuesday, May 4. (AP Photo)\n\nThe queue cleared by night."
    assert _marked(text) == [text.split("\n")[0]]


@pytest.mark.parametrize(
    "line",
    [
        "Search teams said they found the boat near the northern reef late on Sunday evening.",
        "Home owners in the valley have been told to leave before the river rises further tonight.",
        "The mayor said the comments were taken out of context by her opponents.",
        "By the end of the week, most of the ferries were running again.",
    ],
)
def test_prose_that_starts_like_furniture_is_content(line):
    assert _marked(line) == []


def test_regions_keep_offsets_into_the_original_text():
    text = "Intro line.\r\nLoading...\r\nMore prose here."
    (start, end), = find_boilerplate(text)
    assert text[start:end].strip() == "Loading..."


def test_inside_checks_overlap_with_any_region():
    regions = tuple((i * 100, i * 100 + 10) for i in range(30))
    assert inside(regions, 2005, 2008)
    assert inside(regions, 1995, 2001)
    assert not inside(regions, 2010, 2050)
    assert not inside((), 0, 5)
    assert inside(((0, 10), (20, 30)), 25, 26)


def test_no_item_is_extracted_from_page_furniture(run):
    text = (
        "Skip to main content\n"
        "Read more: Governor Alma Reyes visits Caldera Bay for 3 days\n"
        "Workers gather outside the terminal in Portmere. Photo: Jonah Pike/Example Agency\n\n"
        "PORTMERE – Dock workers in Portmere ended their strike on Monday, said union leader Karl Benn.\n\n"
        "Leave a Reply\n"
    )
    article = run(text)
    regions = [(b.start, b.end) for b in article.boilerplate]
    items = [m for p in article.people for m in p.mentions] + [m for p in article.places for m in p.mentions]
    items += list(article.numbers) + list(article.quotes)
    assert items, "the article body should yield items"
    assert not any(inside(tuple(regions), i.start, i.end) for i in items)
    assert "Jonah Pike" not in {p.name for p in article.people}
    assert "Alma Reyes" not in {p.name for p in article.people}


@pytest.mark.parametrize(
    "line",
    ["By Monday Evening", "By The Numbers", "By Christmas", "By the time the police arrived, the crowd had gone.",
     "By Halvorsen's count, 12 boats were lost.", "By Sunday, 40 families had been moved."],
)
def test_a_line_opening_with_by_and_a_time_or_a_sentence_is_not_a_byline(line):
    assert _marked(line) == []


@pytest.mark.parametrize("line", [
    "By Priya Ramanathan", "By ODELL MARSH and Kit Varga | Example Wire",
    "By Priya Ramanathan | Published March 3, 2024", "By Priya Ramanathan, Example News Updated 5:06 PM EDT",
])
def test_a_byline_is_furniture(line):
    assert _marked(line) == [line]


def test_the_reporter_in_a_byline_is_not_a_person_of_the_story(run):
    text = "By Priya Ramanathan\nBy the time the police arrived, Tomas Halvorsen had left the harbour."
    names = {p.name for p in run(text).people}
    assert "Tomas Halvorsen" in names and "Priya Ramanathan" not in names
