"""Reading records for the digest: a bad line is named; the last record of a source wins."""

from __future__ import annotations

from typer.testing import CliRunner

from newsclaims.cli import app


def test_digest_command_names_the_line_of_a_bad_record(tmp_path):
    records = tmp_path / "out.jsonl"
    records.write_text('{"source": "a.txt"}\n{not json\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["digest", str(records)])
    assert result.exit_code == 2
    assert "out.jsonl:2: not a newsclaims record" in result.output


def test_the_last_record_of_a_source_wins(tmp_path):
    from newsclaims.digest import build_digest, iter_records
    from newsclaims.schema import Article, ErrorInfo
    from tests.digest_helpers import quote_record

    text = "“We will keep the border open,” said Anna Berg in Narva."
    failed = Article(source="a.txt", error=ErrorInfo(type="timeout", message="over budget"))
    done = quote_record("a.txt", text, "Anna Berg", "We will keep the border open")
    other = quote_record("b.txt", text.replace("Anna Berg", "Ivo Saar"), "Ivo Saar", "We will keep the border open")
    records = tmp_path / "out.jsonl"
    records.write_text("".join(r.model_dump_json() + "\n" for r in (done, other, failed, done)), encoding="utf-8")
    assert [(r.source, r.error is None) for r in iter_records(records)] == [("b.txt", True), ("a.txt", True)]
    assert len(list(iter_records(records, latest=False))) == 4
    digest = build_digest(iter_records(records))
    assert sorted(digest.articles) == ["a.txt", "b.txt"]
    assert [len(r.occurrences) for r in digest.recurring_quotes] == [2]  # not three: one record per source
