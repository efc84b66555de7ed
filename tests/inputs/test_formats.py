"""Every input format's reader, found through the one registry (newsclaims.inputs.formats, .registry)."""

from __future__ import annotations

import json

import pytest

from newsclaims.inputs import JSONL_LINES_PER_ENTRY, discover
from tests.articles import documents_in, one_document


def test_windows_line_ends_become_newlines(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"First line.\r\nSecond line.\r\n")
    assert one_document(tmp_path / "a.txt").text == "First line.\nSecond line.\n"


@pytest.mark.parametrize("content", [b"", b"  \n\t \r\n"])
def test_empty_and_whitespace_only_files_are_errors(tmp_path, content):
    (tmp_path / "blank.txt").write_bytes(content)
    document = one_document(tmp_path / "blank.txt")
    assert document.error is not None and document.error.type == "empty"


def test_html_page_yields_main_text_title_date_and_url(tmp_path):
    page = """<html><head><title>Ferry fares rise | The Harbour Gazette</title>
    <meta property="og:title" content="Ferry fares rise">
    <meta property="article:published_time" content="2023-06-01T08:00:00Z">
    <link rel="canonical" href="https://gazette.example/ferry-fares"></head>
    <body><nav><a href="/">Home</a><a href="/sport">Sport</a></nav>
    <article><h1>Ferry fares rise</h1>
    <p>Ferry operators raised fares by 12% on Monday, the second rise this year.</p>
    <p>"Passengers will simply stop travelling," said Tom Reed, who runs a cafe near the port.</p>
    </article><footer>Subscribe to our newsletter</footer></body></html>"""
    (tmp_path / "story.html").write_text(page, encoding="utf-8")
    document = one_document(tmp_path / "story.html")
    assert document.error is None
    assert "raised fares by 12% on Monday" in document.text
    assert "Sport" not in document.text and "newsletter" not in document.text
    assert document.meta == {"title": "Ferry fares rise", "url": "https://gazette.example/ferry-fares", "date": "2023-06-01"}


def test_html_without_article_text_is_an_error(tmp_path):
    (tmp_path / "empty.htm").write_text("<html><body><nav></nav></body></html>", encoding="utf-8")
    document = one_document(tmp_path / "empty.htm")
    assert document.error is not None and document.error.type == "no_main_text"


def test_markdown_front_matter_becomes_metadata_and_is_left_out_of_the_text(tmp_path):
    body = "# Storm closes schools\n\nHeavy rain closed 30 schools on Friday.\n"
    (tmp_path / "s.md").write_text(f"---\ntitle: Storm closes schools\ndate: 2022-01-14\n---\n{body}", encoding="utf-8")
    document = one_document(tmp_path / "s.md")
    assert document.text == body
    assert document.meta["title"] == "Storm closes schools" and document.meta["date"] == "2022-01-14"


def test_jsonl_export_gives_each_article_its_own_source(tmp_path):
    lines = [
        json.dumps({"id": "a-1", "text": "Prices rose 3% in May.", "title": "Prices", "url": "https://x.example/1"}),
        "",
        json.dumps({"text": "The mayor resigned on Sunday.", "date": "2021-05-02"}),
        "{not json",
        json.dumps({"id": 7, "headline": "no body here"}),
    ]
    (tmp_path / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    documents = documents_in(tmp_path)
    assert [d.source for d in documents] == ["export.jsonl#a-1", "export.jsonl#3", "export.jsonl#4", "export.jsonl#7"]
    assert documents[0].meta == {"title": "Prices", "url": "https://x.example/1", "date": None}
    assert documents[1].meta["date"] == "2021-05-02" and documents[1].error is None
    assert documents[2].error.type == "bad_json" and documents[3].error.type == "no_text"


def test_large_jsonl_is_split_into_entries_that_read_every_line_once(tmp_path):
    count = JSONL_LINES_PER_ENTRY * 2 + 5
    rows = [json.dumps({"id": i, "text": f"Story number {i} is here."}) for i in range(count)]
    (tmp_path / "big.jsonl").write_text("\n".join(rows), encoding="utf-8")  # no final newline
    entries = list(discover([tmp_path]))
    assert len(entries) == 3 and sum(e.count for e in entries) == count
    assert [d.source for d in documents_in(tmp_path)] == [f"big.jsonl#{i}" for i in range(count)]


def test_json_list_and_wrapper_object_exports(tmp_path):
    (tmp_path / "list.json").write_text(json.dumps([{"text": "One."}, {"id": "x", "text": "Two."}]), encoding="utf-8")
    (tmp_path / "wrapped.json").write_text(json.dumps({"articles": [{"body": "Three."}]}), encoding="utf-8")
    (tmp_path / "single.json").write_text(json.dumps({"text": "Four.", "title": "T"}), encoding="utf-8")
    documents = documents_in(tmp_path)
    assert [(d.source, d.text) for d in documents] == [
        ("list.json#1", "One."), ("list.json#x", "Two."), ("single.json", "Four."), ("wrapped.json#1", "Three.")
    ]


def test_every_suffix_is_read_by_the_format_the_registry_names_whatever_its_case(tmp_path):
    from newsclaims.inputs import FORMATS, format_of

    suffixes = [suffix for fmt in FORMATS for suffix in fmt.suffixes]
    assert len(suffixes) == len(set(suffixes)), "a suffix belongs to one format"
    assert format_of("STORY.TXT").kind == format_of("story.txt").kind == "text"
    assert format_of("scan.pdf") is None
    (tmp_path / "LOUD.MD").write_text("# Loud\n\nThe mayor spoke.\n", encoding="utf-8")
    assert one_document(tmp_path / "LOUD.MD").meta == {"title": "Loud"}
