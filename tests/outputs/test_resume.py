"""Reading what an earlier run wrote (newsclaims.outputs.resume): repair, then keys in any field order."""

from __future__ import annotations

import json

from newsclaims.outputs import latest_lines, leading_fields, read_keys, read_records, repair_last_line
from tests.articles import read_lines


def test_repair_last_line_keeps_whole_lines_only(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"a": 1}\n{"b": 2}\n{"c": ')
    assert repair_last_line(path) == 6
    assert path.read_bytes() == b'{"a": 1}\n{"b": 2}\n'
    path.write_bytes(b'{"partial')
    repair_last_line(path)
    assert path.read_bytes() == b""


def test_resume_keys_read_fast_match_the_full_records(extracted_views, tmp_path):
    out, _, _ = extracted_views
    copy = tmp_path / "copy.jsonl"
    copy.write_bytes(out.read_bytes() + b'{"source": "hand-written.txt", "content_hash": null}\n')
    full = [(r["source"], r.get("content_hash")) for _, r in read_records(copy)]
    assert list(read_keys(copy)) == full
    assert full[-1] == ("hand-written.txt", None) and len(full) == len(read_lines(out)) + 1


def test_resume_keys_do_not_depend_on_the_order_of_a_records_fields(extracted_views, tmp_path):
    out, _, _ = extracted_views
    records = read_lines(out)
    shuffled = tmp_path / "shuffled.jsonl"
    with shuffled.open("w", encoding="utf-8") as fh:
        for record in records:  # source and content_hash last, after the whole text
            fields = sorted(record.items(), key=lambda kv: kv[0] in ("source", "content_hash"))
            fh.write(json.dumps(dict(fields), indent=None) + "\n")
        fh.write('{"content_hash" : "abc",\t"note": {"source": "nested, not mine"}, "source":"spaced.txt" }\n')
        fh.write("not json\n\n[1, 2]\n")
    keys = list(read_keys(shuffled))
    assert keys == [(r["source"], r["content_hash"]) for r in records] + [("spaced.txt", "abc")]


def test_leading_fields_stop_reading_once_the_wanted_fields_are_found():
    line = '{"source": "a.txt", "content_hash": "h", "text": ' + '"unterminated'
    assert leading_fields(line, frozenset({"source", "content_hash"})) == {"source": "a.txt", "content_hash": "h"}
    assert leading_fields(line, frozenset({"source", "text"})) is None


def test_latest_lines_leave_out_records_a_later_record_for_the_same_source_supersedes(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text(
        '{"source": "a.txt", "error": {"type": "timeout"}}\n'
        '{"source": "b.txt", "error": null}\n'
        "\n"
        '{"content_hash": "2", "source": "a.txt", "error": null}\n',
        encoding="utf-8",
    )
    lines = list(latest_lines(path))
    assert [number for number, _ in lines] == [2, 3, 4]
    assert [json.loads(line)["source"] for _, line in lines if line.strip()] == ["b.txt", "a.txt"]
