"""Reading records for the digest: a bad line is named."""

from __future__ import annotations

from typer.testing import CliRunner

from newsclaims.cli import app


def test_digest_command_names_the_line_of_a_bad_record(tmp_path):
    records = tmp_path / "out.jsonl"
    records.write_text('{"source": "a.txt"}\n{not json\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["digest", str(records)])
    assert result.exit_code == 2
    assert "out.jsonl:2: not a newsclaims record" in result.output
