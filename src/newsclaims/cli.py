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


@app.command()
def digest(
    records: Annotated[Path, typer.Argument(help="JSON Lines file written by `newsclaims extract`.", exists=True,
                                            dir_okay=False)],
    output: Annotated[str, typer.Option("--output", "-o", help="JSON file to write, or `-` for standard output.")] = "-",
) -> None:
    """Across a batch: people and places under every spelling, recurring quotes, figures side by side.

    [b]Examples[/b]

      newsclaims digest out.jsonl -o digest.json

      newsclaims digest out.jsonl | less
    """
    from newsclaims.digest import build_digest, read_records

    result = build_digest(read_records(records)).model_dump_json(indent=2, exclude_none=True)
    if output == "-":
        sys.stdout.write(result + "\n")
    else:
        Path(output).write_text(result + "\n", encoding="utf-8")
        typer.echo(f"digest of {records} -> {output}", err=True)


@app.command()
def report(
    records: Annotated[Path, typer.Argument(help="JSON Lines file written by `newsclaims extract`.", exists=True,
                                            dir_okay=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path("report.html"),
    title: Annotated[str, typer.Option(help="Heading of the page.")] = "newsclaims report",
) -> None:
    """One self-contained HTML page to review a batch: the digest, then every article highlighted.

    Open it in any browser; it needs no network. Records written with the article text
    left out are listed without their highlighted text.

    [b]Example[/b]

      newsclaims report out.jsonl -o report.html
    """
    from newsclaims.digest import build_digest, read_records
    from newsclaims.report import build_report

    articles = read_records(records)
    output.write_text(build_report(articles, build_digest(articles), title=title), encoding="utf-8")
    typer.echo(f"{len(articles)} articles -> {output}", err=True)


def main() -> None:
    app()
