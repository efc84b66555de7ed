"""`newsclaims extract` driven through the CLI runner."""

from __future__ import annotations

import json
import shutil

from typer.testing import CliRunner

from newsclaims.cli import app

from .conftest import SEEDS


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_extract_writes_one_record_per_article_with_relative_sources(tmp_path):
    articles = tmp_path / "in" / "sub"
    articles.mkdir(parents=True)
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, articles / seed.name)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    records = _lines(out)
    assert [r["source"] for r in records] == [f"sub/{p.name}" for p in sorted(SEEDS.glob("*.txt"))[:2]]
    for record in records:
        assert record["schema_version"] == "1" and record["error"] is None
        assert record["text"] == (articles / record["source"].split("/")[1]).read_text(encoding="utf-8")


def test_extract_a_single_file_to_stdout_uses_its_name():
    seed = sorted(SEEDS.glob("*.txt"))[0]
    result = CliRunner().invoke(app, ["extract", str(seed), "-o", "-", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["source"] == seed.name
    assert any(p["name"] == "Jesse Pirttinen" for p in record["people"])


def test_unknown_model_is_a_usage_error(tmp_path):
    seed = sorted(SEEDS.glob("*.txt"))[0]
    result = CliRunner().invoke(app, ["extract", str(seed), "-o", str(tmp_path / "x.jsonl"), "--model", "no_such_model"])
    assert result.exit_code == 2
    assert "not installed" in result.output


def test_every_command_has_help_with_examples():
    for command in ("extract", "schema"):
        result = CliRunner().invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.output
