"""Shared fixtures: the real default spaCy pipeline, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsclaims import pipeline
from newsclaims.extract import extract
from newsclaims.schema import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return pipeline.load()


@pytest.fixture(scope="session")
def seed_articles(nlp: Language) -> list[Article]:
    return [extract(p.read_text(encoding="utf-8"), nlp, p.name) for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture
def run(nlp: Language):
    """Extract one made-up article: `run("Text.")` -> Article."""
    return lambda text: extract(text, nlp, "test.txt")
