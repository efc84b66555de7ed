"""The index page's data: one row per article for the filters, digest entries most sources first."""

from __future__ import annotations

import json

from newsclaims.report import json_block
from tests.digest_helpers import quote_record
from tests.report_helpers import index_data, write_pages_of

WIRE = ("The minister said on Tuesday that the border would stay open through the winter, and that extra staff "
        "would be sent to the crossings. “{quote},” said {name}.")


def test_digest_entries_are_ordered_by_independent_sources(tmp_path):
    # Ivo Saar is in three versions of one wire story; Lena Dahl in two stories of her own.
    copies = [quote_record(f"wire{n}.txt", WIRE.format(quote="We keep the border open", name="Ivo Saar"),
                           "Ivo Saar", "We keep the border open") for n in range(3)]
    own = [quote_record(f"own{n}.txt", f"In her {word} interview, “{quote},” said Lena Dahl.", "Lena Dahl", quote)
           for n, (word, quote) in enumerate([("first", "Nobody told us anything"),
                                              ("second", "The queues are longer than ever")])]
    index, _ = write_pages_of([*copies, *own], tmp_path)
    people = index_data(index)["people"]
    assert [(p[1], p[4], len(p[5])) for p in people] == [("Lena Dahl", 2, 2), ("Ivo Saar", 1, 3)]
    assert [len(s[2]) for s in index_data(index)["stories"]] == [3]


def test_each_article_row_names_its_entries_and_scores(tmp_path, run):
    a = run("About 7,000 travellers crossed into Norway each day, the border police said.")
    b = run("Only 2,000 people crossed into Norway each day, according to a union.")
    c = run("“Nobody here knows what comes next,” said Irina Volkova in Tallinn.")
    for record, source in zip((a, b, c), "abc"):
        record.source, record.date = f"{source}.txt", "2024-03-01"
    data = index_data(write_pages_of([a, b, c], tmp_path)[0])
    rows = data["articles"]
    assert [r[0] for r in rows] == ["a.txt", "b.txt", "c.txt"]
    assert [r[5] for r in rows] == [1, 1, 0]  # articles with a figure in conflict
    assert [g[5] for g in data["figures"]] == ["conflict"]
    assert rows[0][3] == round(max(c.score for c in a.claims), 2) and rows[0][4]
    assert [data["people"][p][1] for p in rows[2][6]] == ["Irina Volkova"]
    assert [data["places"][p][1] for p in rows[0][8]] == ["Norway"]


def test_json_for_the_page_cannot_close_its_script_element():
    data = {"name": "</script><script>alert(1)</script>", "amp": "a & b <!-- c -->"}
    block = str(json_block(data))
    assert "<" not in block and ">" not in block and "&" not in block
    assert json.loads(block) == data
