"""Finding files and turning hostile bytes into article text, or into a clear error."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsclaims import inputs as sources
from newsclaims.inputs import Entry, Skipped, decode, discover, read

STORY = "The council said the bridge would cost \u00a34.5m \u2013 \u201cfar too much\u201d, according to Ann O\u2019Hara.\n"


def _documents(root: Path) -> list[sources.Document]:
    return [doc for found in discover([root]) if isinstance(found, Entry) for doc in read(found)]


def _one(path: Path) -> sources.Document:
    (found,) = list(discover([path]))
    assert isinstance(found, Entry)
    (document,) = list(read(found))
    return document


def test_windows_1252_pound_sign_and_curly_quotes_decode_correctly():
    assert decode(STORY.encode("cp1252")) == STORY


def test_windows_1252_wins_over_central_european_guess_on_short_english_text():
    text = "Tickets cost \u00a312 \u201cat most\u201d, she said. They weren\u2019t cheap.\n" * 3
    assert decode(text.encode("cp1252")) == text


def test_other_legacy_encodings_are_still_detected():
    russian = "\u041f\u0440\u0435\u043c\u044c\u0435\u0440-\u043c\u0438\u043d\u0438\u0441\u0442\u0440 \u0437\u0430\u044f\u0432\u0438\u043b, \u0447\u0442\u043e \u044d\u043a\u043e\u043d\u043e\u043c\u0438\u043a\u0430 \u0441\u043a\u043e\u0440\u043e \u0432\u043e\u0441\u0441\u0442\u0430\u043d\u043e\u0432\u0438\u0442\u0441\u044f.\n"
    assert decode(russian.encode("cp1251")) == russian


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_byte_order_mark_decodes(encoding):
    data = STORY.encode(encoding)
    if encoding != "utf-16":
        data = ("\ufeff" + STORY).encode(encoding)
    assert decode(data) == STORY


def test_utf8_byte_order_mark_is_not_part_of_the_text():
    assert decode(b"\xef\xbb\xbf" + STORY.encode()) == STORY


def test_nul_bytes_mean_a_binary_file():
    with pytest.raises(sources.ReadError) as info:
        decode(b"%PDF-1.4\x00\x01\x02 binary stream")
    assert info.value.kind == "binary"


def test_windows_line_ends_become_newlines(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"First line.\r\nSecond line.\r\n")
    assert _one(tmp_path / "a.txt").text == "First line.\nSecond line.\n"


@pytest.mark.parametrize("content", [b"", b"  \n\t \r\n"])
def test_empty_and_whitespace_only_files_are_errors(tmp_path, content):
    (tmp_path / "blank.txt").write_bytes(content)
    document = _one(tmp_path / "blank.txt")
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
    document = _one(tmp_path / "story.html")
    assert document.error is None
    assert "raised fares by 12% on Monday" in document.text
    assert "Sport" not in document.text and "newsletter" not in document.text
    assert document.meta == {"title": "Ferry fares rise", "url": "https://gazette.example/ferry-fares", "date": "2023-06-01"}


def test_html_without_article_text_is_an_error(tmp_path):
    (tmp_path / "empty.htm").write_text("<html><body><nav></nav></body></html>", encoding="utf-8")
    document = _one(tmp_path / "empty.htm")
    assert document.error is not None and document.error.type == "no_main_text"


def test_markdown_front_matter_becomes_metadata_and_is_left_out_of_the_text(tmp_path):
    body = "# Storm closes schools\n\nHeavy rain closed 30 schools on Friday.\n"
    (tmp_path / "s.md").write_text(f"---\ntitle: Storm closes schools\ndate: 2022-01-14\n---\n{body}", encoding="utf-8")
    document = _one(tmp_path / "s.md")
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
    documents = _documents(tmp_path)
    assert [d.source for d in documents] == ["export.jsonl#a-1", "export.jsonl#3", "export.jsonl#4", "export.jsonl#7"]
    assert documents[0].meta == {"title": "Prices", "url": "https://x.example/1", "date": None}
    assert documents[1].meta["date"] == "2021-05-02" and documents[1].error is None
    assert documents[2].error.type == "bad_json" and documents[3].error.type == "no_text"


def test_large_jsonl_is_split_into_entries_that_read_every_line_once(tmp_path):
    count = sources.JSONL_LINES_PER_ENTRY * 2 + 5
    rows = [json.dumps({"id": i, "text": f"Story number {i} is here."}) for i in range(count)]
    (tmp_path / "big.jsonl").write_text("\n".join(rows), encoding="utf-8")  # no final newline
    entries = list(discover([tmp_path]))
    assert len(entries) == 3 and sum(e.count for e in entries) == count
    assert [d.source for d in _documents(tmp_path)] == [f"big.jsonl#{i}" for i in range(count)]


def test_json_list_and_wrapper_object_exports(tmp_path):
    (tmp_path / "list.json").write_text(json.dumps([{"text": "One."}, {"id": "x", "text": "Two."}]), encoding="utf-8")
    (tmp_path / "wrapped.json").write_text(json.dumps({"articles": [{"body": "Three."}]}), encoding="utf-8")
    (tmp_path / "single.json").write_text(json.dumps({"text": "Four.", "title": "T"}), encoding="utf-8")
    documents = _documents(tmp_path)
    assert [(d.source, d.text) for d in documents] == [
        ("list.json#1", "One."), ("list.json#x", "Two."), ("single.json", "Four."), ("wrapped.json#1", "Three.")
    ]


def test_discovery_is_sorted_relative_and_lists_other_files_as_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ay.", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "notes").write_text("no suffix", encoding="utf-8")
    found = list(discover([tmp_path]))
    assert [(type(f).__name__, f.source) for f in found] == [
        ("Entry", "a.txt"), ("Entry", "b/z.txt"), ("Skipped", "notes"), ("Skipped", "scan.pdf")
    ]


def test_hidden_folders_are_listed_once_not_searched(tmp_path):
    (tmp_path / ".git" / "objects").mkdir(parents=True)
    (tmp_path / ".git" / "objects" / "x.txt").write_text("internal", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ay.", encoding="utf-8")
    assert list(discover([tmp_path])) == [Skipped(".git/", "hidden folder, not searched"), Entry(str(tmp_path / "a.txt"), "a.txt", "text")]


def test_outputs_inside_the_input_folder_are_not_read_back(tmp_path):
    (tmp_path / "a.txt").write_text("Ay.", encoding="utf-8")
    (tmp_path / "out.jsonl").write_text('{"source": "a.txt"}\n', encoding="utf-8")
    assert [f.source for f in discover([tmp_path], exclude=[tmp_path / "out.jsonl"])] == ["a.txt"]


def test_symlink_loops_become_error_records(tmp_path):
    os.symlink("loop.txt", tmp_path / "loop.txt")
    (tmp_path / "dir").mkdir()
    os.symlink("..", tmp_path / "dir" / "up")
    documents = _documents(tmp_path)
    assert [(d.source, d.error.type) for d in documents] == [("dir/up", "symlink_loop"), ("loop.txt", "symlink_loop")]


def test_dangling_symlink_and_unreadable_file_are_error_records(tmp_path):
    os.symlink("gone.txt", tmp_path / "dangling.txt")
    documents = _documents(tmp_path)
    assert [(d.source, d.error.type) for d in documents] == [("dangling.txt", "missing")]
    if os.geteuid() == 0:
        pytest.skip("root can read a chmod 000 file")
    locked = tmp_path / "locked.txt"
    locked.write_text("Secret.", encoding="utf-8")
    locked.chmod(0)
    assert _one(locked).error.type == "unreadable"


def test_a_named_pipe_is_skipped_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert list(discover([tmp_path])) == [Skipped("pipe.txt", "not a regular file")]
