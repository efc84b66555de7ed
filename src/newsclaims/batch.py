"""Running many articles: reading, parsing in batches, writing records in order."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from newsclaims import pipeline
from newsclaims.extract import analyze
from newsclaims.schema import Article
from newsclaims.sinks import JsonlSink
from newsclaims.sources import Document, discover, read


@dataclass
class Settings:
    """Every option of a run, in one place."""

    model: str = pipeline.DEFAULT_MODEL
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    batch_size: int = 32


@dataclass
class Summary:
    processed: int = 0
    failed: int = 0
    skipped: int = 0


def _records(nlp: Language, docs: list[Document], settings: Settings) -> Iterator[Article]:
    good = [d for d in docs if d.error is None]
    parsed = nlp.pipe((d.text for d in good), batch_size=settings.batch_size)
    for document in docs:
        if document.error is not None:
            yield Article(source=document.source, error=document.error)
        else:
            yield analyze(next(parsed), document.source)


def run(paths: list[Path], output: Path | None, settings: Settings | None = None) -> Summary:
    """Extract every article under `paths` and write one JSON line each to `output` (stdout if None)."""
    settings = settings or Settings()
    nlp = pipeline.load(settings.model)
    docs = [read(path, source) for path, source in discover(paths)]
    summary = Summary()
    with JsonlSink(output) as sink:
        for record in _records(nlp, docs, settings):
            sink.write(record)
            if record.error is None:
                summary.processed += 1
            else:
                summary.failed += 1
    return summary
