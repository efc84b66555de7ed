"""Finding files in a stable order, and listing what is not an article (newsclaims.inputs.discovery)."""

from __future__ import annotations

import os

import pytest

from newsclaims.inputs import Entry, Skipped, discover
from tests.articles import documents_in, one_document


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
    documents = documents_in(tmp_path)
    assert [(d.source, d.error.type) for d in documents] == [("dir/up", "symlink_loop"), ("loop.txt", "symlink_loop")]


def test_dangling_symlink_and_unreadable_file_are_error_records(tmp_path):
    os.symlink("gone.txt", tmp_path / "dangling.txt")
    documents = documents_in(tmp_path)
    assert [(d.source, d.error.type) for d in documents] == [("dangling.txt", "missing")]
    if os.geteuid() == 0:
        pytest.skip("root can read a chmod 000 file")
    locked = tmp_path / "locked.txt"
    locked.write_text("Secret.", encoding="utf-8")
    locked.chmod(0)
    assert one_document(locked).error.type == "unreadable"


def test_a_named_pipe_is_skipped_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert list(discover([tmp_path])) == [Skipped("pipe.txt", "not a regular file")]
