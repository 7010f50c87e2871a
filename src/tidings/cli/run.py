"""`tidings run`: many captures -> Parquet shards, on this machine or a Ray cluster."""

from __future__ import annotations

from enum import StrEnum

import typer

from tidings.cli import app
from tidings.cli.extract import InputTypeChoice
from tidings.engine import DEFAULT_CHUNK_SIZE, InputError, OutputMismatch, run
from tidings.options import DEFAULT_MAX_BYTES, Options


class EngineChoice(StrEnum):
    local = "local"
    ray = "ray"


@app.command("run")
def run_cli(
    inputs: list[str] = typer.Argument(
        ...,
        help="Files, folders, globs or URLs (file://, s3:// with tidings[s3]): WARC, HTML, "
        "text, JSONL.",
    ),
    out: str = typer.Option(..., "--out", "-o", help="Output folder or URL for Parquet shards."),
    engine: EngineChoice = typer.Option(
        EngineChoice.local, "--engine", "-e", help="local: a process pool; ray: Ray Data."
    ),
    address: str | None = typer.Option(
        None, help="Ray cluster to join (auto, ray://head:10001); default: start a local Ray."
    ),
    workers: int | None = typer.Option(
        None, "--workers", "-w", help="Parallel workers (default: all cores / cluster CPUs)."
    ),
    num_cpus: int | None = typer.Option(None, help="Cores for a local Ray (default: all)."),
    chunk_size: int = typer.Option(
        DEFAULT_CHUNK_SIZE, help="Captures per shard (the unit of work and of resuming)."
    ),
    input_type: InputTypeChoice = typer.Option(
        InputTypeChoice.auto, "--input-type", "-t", help="Treat input as HTML or text."
    ),
    analyze: bool = typer.Option(
        True, "--analyze/--no-analyze", help="Find quotes, speakers and entities."
    ),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, help="Refuse captures larger than this."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No per-shard progress lines."),
) -> None:
    """Process a crawl into Parquet shards of articles, quotes, entities and errors.

    Example: [bold]tidings run crawl/*.warc.gz --out run1 --engine ray --workers 8[/bold]

    Each chunk of each input file becomes one shard (articles/, quotes/, entities/, errors/
    under OUT) and OUT/manifest.json records inputs, options, shards, counts and timings.
    Rerunning the same command skips the shards already written. Failed captures are records
    with their reason (OUT/errors/); exit status 1 only if some chunk could not be written.
    """
    options = Options(input_type=input_type.value, analyze=analyze, max_bytes=max_bytes)

    def progress(summary: dict) -> None:
        if quiet:
            return
        if "failed" in summary:
            typer.echo(f"FAILED {summary['key']}: {summary['failed']}", err=True)
        elif summary.get("skipped"):
            typer.echo(f"skip   {summary['key']} (already written)", err=True)
        else:
            c = summary["counts"]
            typer.echo(
                f"shard  {summary['key']}: {c['captures']} captures, {c['errors']} errors, "
                f"{summary['seconds']:.1f}s",
                err=True,
            )

    try:
        manifest = run(
            inputs,
            out,
            engine=engine.value,
            options=options,
            chunk_size=chunk_size,
            workers=workers,
            address=address,
            num_cpus=num_cpus,
            on_shard=progress,
        )
    except (InputError, OutputMismatch, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    except RuntimeError as exc:  # EngineUnavailable: the ray extra is not installed
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    c = manifest.counts()
    last = manifest.runs[-1]
    typer.echo(
        f"{c.get('captures', 0)} captures -> {c.get('articles', 0)} articles, "
        f"{c.get('no_article', 0)} without article, {c.get('errors', 0)} errors, "
        f"{c.get('quotes', 0)} quotes, {c.get('entities', 0)} entities in {out} "
        f"({last['shards_written']} shards written, {last['shards_skipped']} skipped, "
        f"{last['wall_seconds']:.1f}s)"
    )
    if not manifest.complete:
        typer.echo(
            f"incomplete: {len(manifest.incomplete)} input(s) have chunks missing; "
            "rerun the same command to retry them",
            err=True,
        )
        raise typer.Exit(1)


@app.command("load")
def load_cli(
    out: str = typer.Argument(..., help="The --out folder (or URL) of a `tidings run`."),
    db: str = typer.Option("tidings.db", "--db", help="The corpus file (created if missing)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No per-shard progress lines."),
) -> None:
    """Load the Parquet output of `tidings run` into the SQLite corpus, for search and the UI.

    Example: [bold]tidings load run1 --db tidings.db[/bold]

    Near-duplicates are linked and speakers and quotes merged across articles as in
    `tidings ingest`. Safe to rerun: captures already in the corpus are skipped.
    """
    from tidings.engine.load import NotARunOutput, load

    def progress(report) -> None:
        if not quiet:
            s = report.stored
            typer.echo(
                f"{report.shards} shards: {s.articles} articles, {s.errors} errors, "
                f"{s.skipped} already in the corpus",
                err=True,
            )

    try:
        report = load(out, db, on_shard=progress)
    except NotARunOutput as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    s = report.stored
    typer.echo(
        f"loaded {report.shards} shards into {db}: {s.articles} articles, {s.no_article} "
        f"without article, {s.errors} errors, {s.quotes} quotes, {s.duplicates} near-duplicates, "
        f"{s.skipped} already there; merged {report.merged_speakers} speakers, "
        f"{report.merged_quotes} quotes ({report.elapsed:.1f}s)"
    )
    if report.incomplete:
        typer.echo(
            f"note: the run is incomplete ({len(report.incomplete)} inputs have chunks missing)",
            err=True,
        )
