"""The `newsclaims` command: typer options in, one library call out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from newsclaims import batch, pipeline
from newsclaims.schema import json_schema

app = typer.Typer(
    help="Extract people, places, numbers, quotes and claims from news articles, "
    "with the exact character span of every item.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (searched recursively).", exists=True)],
    output: Annotated[
        str, typer.Option("--output", "-o", help="JSON Lines file to write, or `-` for standard output.")
    ] = "newsclaims.jsonl",
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores).")] = None,
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to use.")] = pipeline.DEFAULT_MODEL,
) -> None:
    """Extract every article under PATHS into one JSON object per article.

    [b]Examples[/b]

      newsclaims extract seeds/ -o out.jsonl

      newsclaims extract story.txt -o -

      newsclaims extract archive/ --jobs 2 --model en_core_web_md
    """
    settings = batch.Settings(model=model)
    if jobs:
        settings.jobs = jobs
    try:
        summary = batch.run(paths, None if output == "-" else Path(output), settings)
    except pipeline.ModelNotFound as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(
        f"{summary.processed} processed, {summary.skipped} skipped, {summary.failed} failed"
        + ("" if output == "-" else f" -> {output}"),
        err=True,
    )
    if summary.processed == 0 and summary.failed:
        raise typer.Exit(3)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output record.

    [b]Example[/b]

      newsclaims schema > record.schema.json
    """
    sys.stdout.write(json_schema() + "\n")


def main() -> None:
    app()
