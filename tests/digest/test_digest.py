"""The digest as a whole: `build_digest` over records, and the `digest` command."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from newsclaims.cli import app
from newsclaims.digest import build_digest


def test_errored_records_are_left_out_of_the_digest(run):
    from newsclaims.schema import Article, ErrorInfo

    kept = run("“Nobody here knows what comes next,” said Irina Volkova in Tallinn.")
    kept.source = "a.txt"
    broken = Article(source="b.txt", error=ErrorInfo(type="undecodable", message="not UTF-8"))
    digest = build_digest([kept, broken])
    assert digest.articles == ["a.txt"]
    assert any(p.name == "Irina Volkova" for p in digest.people)


def test_digest_command_writes_json(tmp_path, run):
    a = run("“Nobody here knows what comes next,” said Irina Volkova in Tallinn.")
    b = run("“Nobody here knows what comes next”, Irina Volkova said in Tallinn.")
    a.source, b.source = "a.txt", "b.txt"
    records = tmp_path / "out.jsonl"
    records.write_text(a.model_dump_json() + "\n" + b.model_dump_json() + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["digest", str(records), "-o", str(tmp_path / "digest.json")])
    assert result.exit_code == 0, result.output
    digest = json.loads((tmp_path / "digest.json").read_text(encoding="utf-8"))
    assert digest["articles"] == ["a.txt", "b.txt"]
    assert digest["recurring_quotes"][0]["match"] == "exact"
    assert any(p["name"] == "Tallinn" and len(p["articles"]) == 2 for p in digest["places"])
