"""An article's page: every item highlighted, lists linked to highlights, items linked to their digest entries."""

from __future__ import annotations

import re

from newsclaims.report import highlights, prefix
from tests.report_helpers import index_data, parse_marks, write_pages_of


def test_every_extracted_item_is_highlighted_on_its_page(tmp_path, run):
    article = run("“We counted 3,000 cars at the gate in Narva before noon,” said Tomas Berg, a customs officer.\n\n"
                  "Only 412 trucks crossed on Monday, according to the port authority.")
    article.source = "story.txt"
    _, [page] = write_pages_of([article], tmp_path)
    parsed = parse_marks(page)
    expected = highlights(article, prefix(1))
    assert expected
    text = article.text or ""
    for h in expected:
        assert parsed.texts[(h.kind, h.id, f"{h.start}-{h.end}")] == text[h.start:h.end]
    assert {"person", "place", "number", "quote", "claim"} <= {h.kind for h in expected}


def test_list_entries_link_to_highlights_that_exist(tmp_path, run):
    article = run("Some 2,000 people marched in Lisbon on Sunday, police said, and “We will come back,” "
                  "said Rui Costa, an organiser.")
    article.source = "march.txt"
    _, [page] = write_pages_of([article], tmp_path)
    ids = set(parse_marks(page).ids)
    targets = set(re.findall(r'href="#([^"]+)"', page))
    assert targets and targets <= ids


def test_claims_are_listed_by_check_worthiness(tmp_path, run):
    article = run("The weather was pleasant.\n\n“I like it here,” said Ana Silva.\n\n"
                  "Exports rose to a record 9,000 tonnes last year, compared with 6,500 tonnes in 2021, "
                  "the statistics office said.")
    article.source = "s.txt"
    _, [page] = write_pages_of([article], tmp_path)
    section = page[page.index("Claims by check-worthiness"):page.index("Quotes by speaker")]
    scores = [float(s) for s in re.findall(r'<span class="score">([0-9.]+)</span>', section)]
    assert len(scores) == len(article.claims) >= 2
    assert scores == sorted(scores, reverse=True)


def test_article_pages_and_digest_entries_link_to_each_other(tmp_path, run):
    a = run("About 7,000 travellers crossed into Norway each day, the border police said. "
            "“We will not back down,” said Anna Berg, a union leader.")
    b = run("Some 7,200 travellers entered Norway daily, according to officials. "
            "“We will not back down,” Anna Berg told reporters.")
    a.source, b.source = "a.txt", "b.txt"
    index, pages = write_pages_of([a, b], tmp_path)
    data = index_data(index)
    entries = {e[0]: e for section in ("people", "places", "figures", "quotes") for e in data[section]}
    for n, page in enumerate(pages, 1):
        linked = set(re.findall(r'href="\.\./report\.html#([^"]+)"', page))
        assert linked <= set(entries)  # every link back names an entry of the index
        kinds = {entry[0] for entry in linked}
        assert {"P", "L", "F", "R"} <= kinds  # the person, the place, the figure group, the recurring quote
        anchors = set(parse_marks(page).ids)
        for entry in linked:  # ... and that entry links to this page, at an item that is there
            items = _items_of(entries[entry], entry[0])
            assert any(m == n and f"a{n}-{item}" in anchors for m, item in items), entry
    berg = next(e for e in data["people"] if e[1] == "Anna Berg")
    assert berg[4] == 2 and len(berg[5]) == 2  # two sources, two articles


def _items_of(entry: list, kind: str) -> list[tuple[int, str]]:
    """(article number, item id) pairs an index entry links to."""
    if kind == "F":
        return [(f[0], f[1]) for f in entry[8]]
    if kind == "R":
        return [(o[0], o[1]) for o in entry[6]]
    column = 5 if kind == "P" else 6
    return [(m[0], m[1]) for m in entry[column]]


def test_organisations_link_to_their_digest_entry_and_back(tmp_path):
    from newsclaims.schema import Article, Organization, Span

    records = []
    for n, (text, name) in enumerate([("The Finnish Border Guard said queues grew.", "Finnish Border Guard"),
                                      ("Queues grew, the Finnish Border Guard said.", "Finnish Border Guard")]):
        start = text.index(name)
        org = Organization(id="o1", name=name, kind="government", country="FI",
                           mentions=[Span.of(text, start, start + len(name))])
        records.append(Article(source=f"{n}.txt", text=text, organizations=[org]))
    index, pages = write_pages_of(records, tmp_path)
    [entry] = index_data(index)["organisations"]
    assert entry[1] == "Finnish Border Guard" and entry[5] == 2  # two sources
    for n, page in enumerate(pages, 1):
        assert f'href="../report.html#{entry[0]}"' in page
        assert [n, "o1"] in entry[6] and f'id="a{n}-o1"' in page
