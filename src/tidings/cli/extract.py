"""`tidings extract`: captures in, article records out."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer

from tidings.capture import iter_captures
from tidings.cli import app
from tidings.options import DEFAULT_MAX_BYTES, Options
from tidings.pipeline import run
from tidings.render import RENDERERS


class InputTypeChoice(StrEnum):
    auto = "auto"
    html = "html"
    text = "text"


class Format(StrEnum):
    jsonl = "jsonl"
    json = "json"
    text = "text"
    markdown = "markdown"


@app.command("extract")
def extract_cli(
    paths: list[str] = typer.Argument(
        ..., help="Files, folders (read recursively), WARC/JSONL files, or '-' for stdin."
    ),
    input_type: InputTypeChoice = typer.Option(
        InputTypeChoice.auto,
        "--input-type",
        "-t",
        help="Treat input as HTML or text (default: detect).",
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write here instead of stdout."
    ),
    fmt: Format = typer.Option(
        Format.jsonl, "--format", "-f", help="jsonl for programs; text or markdown to read."
    ),
    analyze: bool = typer.Option(
        True, "--analyze/--no-analyze", help="Find quotes, speakers and entities."
    ),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, help="Refuse captures larger than this."),
    site_templates: bool = typer.Option(
        False,
        "--site-templates",
        help="Text captures: lines repeated across captures of one site (same URL host, or same "
        "folder) are dropped as furniture (reason 'template').",
    ),
) -> None:
    """Extract articles (and who said what) from pages.

    Example: [bold]tidings extract page.html saved/ crawl.warc.gz -o articles.jsonl[/bold]

    One record per capture is written, also for failures (status 'error', with the reason) and
    pages with no article (status 'no_article'). Exit status 1 if any capture failed.
    """
    options = Options(
        input_type=input_type.value,
        analyze=analyze,
        max_bytes=max_bytes,
        site_templates=site_templates,
    )
    render = RENDERERS[fmt.value]
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    failed = total = 0
    try:
        written = [output] if output else []
        for article in run(iter_captures(paths, max_bytes, written=written), options):
            total += 1
            if article.status == "error":
                failed += 1
                typer.echo(f"error: {article.source}: {article.reason}", err=True)
            out.write(render(article))
            if fmt in (Format.jsonl, Format.json):
                out.write("\n")
            out.flush()
    finally:
        if output:
            out.close()
    _report_skipped()
    if total == 0:
        typer.echo("no captures found in the given paths", err=True)
        raise typer.Exit(1)
    if failed:
        typer.echo(f"{failed} of {total} captures failed", err=True)
        raise typer.Exit(1)


def _report_skipped() -> None:
    """Say which WARC records were left out and why (counted by capture.warc)."""
    warc = sys.modules.get("tidings.capture.warc")
    if warc is None or not warc.skipped:
        return
    parts = ", ".join(f"{n} {reason}" for reason, n in warc.skipped.most_common())
    typer.echo(f"skipped {sum(warc.skipped.values())} WARC records: {parts}", err=True)
