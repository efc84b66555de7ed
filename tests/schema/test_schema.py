from __future__ import annotations

import json

from typer.testing import CliRunner

from newsclaims.cli import app
from newsclaims.schema import SCHEMA_VERSION, Article


def test_schema_command_prints_the_record_json_schema():
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    contract = {"schema_version", "source", "text", "people", "places", "numbers", "quotes", "claims", "error"}
    assert contract <= set(schema["properties"])


def test_a_record_round_trips_through_json(seed_articles):
    article = seed_articles[0]
    again = Article.model_validate_json(article.model_dump_json())
    assert again == article
    assert again.schema_version == SCHEMA_VERSION
