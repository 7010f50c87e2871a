"""Corpus commands: `tidings ingest`, `search`, `quotes` (corpus queries), `speakers`, `stats`,
`errors`, `export`, `demo`. Each is a thin shell over :mod:`tidings.corpus` with the same
parameter names; the rich tables are reusable functions (``quotes_table``...)."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from enum import StrEnum
from importlib.resources import files
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn
from rich.table import Table

from tidings.capture.readers import _SKIP_NAMES as SKIP_NAMES  # the walk's own rule
from tidings.cli import app
from tidings.corpus import Corpus
from tidings.corpus.export import export
from tidings.corpus.ingest import IngestReport, default_workers, ingest
from tidings.options import DEFAULT_MAX_BYTES, Options
from tidings.partialdates import label as said_label

#: The corpus file when --db is not given (or $TIDINGS_DB).
DEFAULT_DB = os.environ.get("TIDINGS_DB", "tidings.db")

console = Console()
err_console = Console(stderr=True)

DbOption = typer.Option(DEFAULT_DB, "--db", help="The corpus file (SQLite).", envvar="TIDINGS_DB")
JsonOption = typer.Option(False, "--json", help="One JSON array, for programs.")
JsonlOption = typer.Option(False, "--jsonl", help="One JSON object per line, for programs.")


def _open(db: str) -> Corpus:
    if not Path(db).exists():
        err_console.print(
            f"[red]no corpus at {db}[/red]: run [bold]tidings ingest PATH --db {db}[/]"
        )
        raise typer.Exit(1)
    return Corpus(db)


def _emit(items: list[dict[str, Any]], as_json: bool, as_jsonl: bool) -> bool:
    """Print records for programs; True if done (no table wanted)."""
    if as_json:
        sys.stdout.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
        return True
    if as_jsonl:
        for item in items:
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
        return True
    return False


def _short(text: str | None, n: int) -> str:
    """Whitespace folded, cut to ``n`` characters, escaped for rich markup (user text may hold
    brackets)."""
    text = " ".join((text or "").split())
    return escape(text if len(text) <= n else text[: n - 1] + "…")


# -- tables (reusable) -------------------------------------------------------------------------


def quotes_table(quotes: list[dict[str, Any]], title: str | None = None) -> Table:
    """Merged quotes as a table: speaker, quote, where and when it was reported (and when it
    was said, when a report dates it)."""
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("speaker", style="bold", ratio=2)
    table.add_column("quote", ratio=6)
    table.add_column("reported by", ratio=2)
    table.add_column("first", no_wrap=True)
    for q in quotes:
        occ = q.get("occurrences") or []
        written = {o.get("speaker_as_written") for o in occ} - {None, q.get("speaker")}
        name = q.get("speaker") or next(iter(written), None) or "(unattributed)"
        who = escape(name)
        descs = {o["speaker_description"] for o in occ if o.get("speaker_description")}
        descs = {d for d in descs if d.casefold() != name.casefold()}  # "the group", said twice
        if descs:
            who += f"\n[dim]{_short(sorted(descs)[0], 40)}[/dim]"
        outlets = q.get("outlets") or []
        where = escape(", ".join(outlets)) or "-"
        if q.get("n_occurrences", 1) > 1:
            where += f"\n[dim]{q['n_occurrences']} reports[/dim]"
        first = (q.get("first_date") or "")[:10]
        said = next((o["said_on"] for o in occ if o.get("said_on")), None)
        if said:  # when the words were said, as the first report to date them says
            first += f"\n[dim]said {escape(said_label(said))}[/dim]"
        table.add_row(who, f"“{_short(q['text'], 400)}”", where, first)
    return table


def speakers_table(speakers: list[dict[str, Any]], title: str | None = None) -> Table:
    """Speakers as a table: name, how they are described, counts, outlets."""
    table = Table(title=title, expand=True)
    table.add_column("speaker", style="bold")
    table.add_column("described as", ratio=2)
    table.add_column("quotes", justify="right")
    table.add_column("articles", justify="right")
    table.add_column("outlets", ratio=2)
    for s in speakers:
        aliases = [a for a in s.get("aliases", []) if a != s["name"]]
        name = escape(s["name"]) + (
            f"\n[dim]also: {_short(', '.join(aliases), 40)}[/dim]" if aliases else ""
        )
        table.add_row(
            name,
            _short("; ".join(s.get("descriptions", [])[:3]), 80),
            str(s["n_quotes"]),
            str(s["n_articles"]),
            _short(", ".join(s.get("outlets", [])), 60),
        )
    return table


def articles_table(articles: list[dict[str, Any]], title: str | None = None) -> Table:
    """Articles as a table: date, outlet, title (and the matching words when searching)."""
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("outlet")
    table.add_column("title", ratio=3)
    table.add_column("quotes", justify="right")
    for a in articles:
        title_cell = f"[bold]{_short(a.get('title'), 120)}[/bold]"
        if a.get("snippet"):
            title_cell += f"\n[dim]{_short(a['snippet'], 240)}[/dim]"
        if a.get("duplicate_of"):
            title_cell += f"\n[dim]near-duplicate of {a['duplicate_of'][:12]}[/dim]"
        table.add_row(
            (a.get("date") or "")[:10],
            a.get("outlet") or "-",
            title_cell,
            str(a.get("n_quotes", 0)),
        )
    return table


def stats_table(stats: dict[str, Any]) -> Table:
    table = Table(title=f"corpus {stats['path']}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for key, value in stats.items():
        if key in ("path",):
            continue
        if key == "bytes":
            value = f"{value / 1e6:.1f} MB"
        table.add_row(key.replace("_", " "), str(value if value is not None else "-"))
    return table


# -- ingest ------------------------------------------------------------------------------------


def _count_inputs(paths: list[str]) -> int | None:
    """How many captures there will be, when that is cheap to know (plain files and folders)."""
    n = 0
    for p in paths:
        path = Path(p)
        found = (
            [
                f
                for f in path.rglob("*")
                if f.is_file() and f.name not in SKIP_NAMES and not f.name.startswith(".")
            ]
            if path.is_dir()
            else [path]
        )
        for f in found:
            if f.name.lower().endswith(
                (".warc", ".warc.gz", ".arc", ".arc.gz", ".jsonl", ".jsonl.gz", ".ndjson")
            ):
                return None
            n += 1
    return n


def run_ingest(
    paths: list[str], db: str, options: Options, workers: int, quiet: bool = False
) -> IngestReport:
    """Ingest with a rich progress bar on stderr; returns the report."""
    total = _count_inputs(paths)
    progress = Progress(
        TextColumn("[bold]ingest[/bold]"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn(
            "{task.completed} captures · {task.fields[rate]:.1f}/s · "
            "{task.fields[articles]} articles · {task.fields[quotes]} quotes · "
            "{task.fields[errors]} errors"
        ),
        TimeRemainingColumn(),
        console=err_console,
        disable=quiet,
        transient=False,
    )
    with progress:
        task = progress.add_task("ingest", total=total, rate=0.0, articles=0, quotes=0, errors=0)

        def update(r: IngestReport) -> None:
            progress.update(
                task,
                completed=r.processed + r.already,
                rate=r.rate,
                articles=r.stored.articles,
                quotes=r.stored.quotes,
                errors=r.stored.errors,
            )

        report = ingest(paths, db, options=options, workers=workers, on_progress=update)
    return report


def print_summary(report: IngestReport, console_: Console = err_console) -> None:
    s = report.stored
    table = Table(title=f"ingested into {report.db}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in [
        ("captures read", report.seen),
        ("already in the corpus (skipped)", report.already),
        ("articles stored", s.articles),
        ("pages with no article", s.no_article),
        ("failed captures", s.errors),
        ("quotes found", s.quotes),
        ("near-duplicate articles linked", s.duplicates),
        ("corpus speakers updated", report.merged_speakers),
        ("workers", report.workers),
        ("time", f"{report.elapsed:.1f} s"),
        ("rate", f"{report.rate:.1f} captures/s"),
    ]:
        table.add_row(label, str(value))
    console_.print(table)
    if s.errors:
        codes = Counter(reason.partition(":")[0] for _, reason in s.error_reasons)
        console_.print(
            "[yellow]failures by reason:[/yellow] "
            + ", ".join(f"{code} ×{n}" for code, n in codes.most_common())
            + f"  (details: [bold]tidings errors --db {report.db}[/bold])"
        )


@app.command("ingest")
def ingest_cli(
    paths: list[str] = typer.Argument(..., help="Files, folders, WARC(.gz) or JSONL captures."),
    db: str = DbOption,
    workers: int = typer.Option(0, "--workers", "-w", help="Processes (default: all cores)."),
    analyze: bool = typer.Option(True, "--analyze/--no-analyze", help="Find quotes and people."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, help="Refuse captures larger than this."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Ingest captures into the corpus (SQLite), on all cores, safe to rerun and to interrupt.

    Example: [bold]tidings ingest saved-pages/ crawl.warc.gz --db news.db[/bold]

    A capture already in the corpus (same content) is skipped, so rerunning after a crash or a
    kill finishes the job without doubling anything. Failed captures are kept with their reason
    ([bold]tidings errors[/bold]).
    """
    options = Options(analyze=analyze, max_bytes=max_bytes)
    report = run_ingest(paths, db, options, workers or default_workers(), quiet)
    if not quiet:
        print_summary(report)
    if report.seen == 0:
        err_console.print("[red]no captures found in the given paths[/red]")
        raise typer.Exit(1)


# -- queries -----------------------------------------------------------------------------------


@app.command("search")
def search_cli(
    query: str = typer.Argument(..., help='Words to find (SQLite FTS5 syntax: AND, OR, "a b").'),
    db: str = DbOption,
    outlet: str | None = typer.Option(None, help="Only this outlet (domain), e.g. reuters.com."),
    since: str | None = typer.Option(None, help="From this date (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, help="Up to this date, inclusive."),
    limit: int = typer.Option(20, help="How many articles."),
    as_json: bool = JsonOption,
    as_jsonl: bool = JsonlOption,
) -> None:
    """Search articles (titles and text), best match first.

    Example: [bold]tidings search "troops withdrawal" --since 2016-03-01[/bold]
    """
    try:
        found = _open(db).search(query, outlet=outlet, since=since, until=until, limit=limit)
    except ValueError as exc:
        err_console.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from exc
    if not _emit(found, as_json, as_jsonl):
        console.print(articles_table(found, title=f"{len(found)} articles for “{query}”"))


def corpus_quotes_cli(
    query: str | None,
    speaker: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    db: str,
    order: str | None,
    limit: int,
    as_json: bool,
    as_jsonl: bool,
    kind: str | None = None,
    addressee: str | None = None,
) -> None:
    """Print the corpus's quotes (merged across outlets, newest first) for `tidings quotes`,
    whose options these are."""
    try:
        found = _open(db).quotes(
            speaker=speaker,
            outlet=outlet,
            since=since,
            until=until,
            query=query,
            kind=kind,
            addressee=addressee,
            order=order,
            limit=limit,
        )
    except ValueError as exc:
        err_console.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from exc
    if not _emit(found, as_json, as_jsonl):
        console.print(quotes_table(found, title=f"{len(found)} quotes"))


@app.command("speakers")
def speakers_cli(
    query: str | None = typer.Argument(None, help="A name to look for (optional)."),
    db: str = DbOption,
    outlet: str | None = typer.Option(None, help="Quoted by this outlet (domain)."),
    order: str = typer.Option("quotes", help="quotes (most quoted) or outlets (most outlets)."),
    limit: int = typer.Option(20, help="How many speakers."),
    as_json: bool = JsonOption,
    as_jsonl: bool = JsonlOption,
) -> None:
    """The most quoted people and organisations, with counts and outlets.

    Example: [bold]tidings speakers --outlet bbc.co.uk[/bold]
    """
    try:
        found = _open(db).speakers(query=query, outlet=outlet, order=order, limit=limit)
    except ValueError as exc:
        err_console.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from exc
    if not _emit(found, as_json, as_jsonl):
        console.print(speakers_table(found, title=f"{len(found)} speakers, most quoted first"))


@app.command("stats")
def stats_cli(db: str = DbOption, as_json: bool = JsonOption) -> None:
    """What the corpus holds: counts, dates, size."""
    stats = _open(db).stats()
    if as_json:
        sys.stdout.write(json.dumps(stats, indent=2) + "\n")
    else:
        console.print(stats_table(stats))


@app.command("errors")
def errors_cli(
    db: str = DbOption,
    code: str | None = typer.Option(None, help="Only this failure code, e.g. 'binary'."),
    limit: int = typer.Option(50, help="How many."),
    as_json: bool = JsonOption,
    as_jsonl: bool = JsonlOption,
) -> None:
    """Captures that failed, with the reason (latest first)."""
    found = _open(db).errors(code=code, limit=limit)
    if _emit(found, as_json, as_jsonl):
        return
    table = Table(title=f"{len(found)} failed captures")
    for col in ("source", "code", "reason"):
        table.add_column(col)
    for e in found:
        table.add_row(escape(e["source"]), e["code"], escape(e["reason"]))
    console.print(table)


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class ExportKind(StrEnum):
    articles = "articles"
    quotes = "quotes"
    occurrences = "occurrences"
    speakers = "speakers"


@app.command("export")
def export_cli(
    kind: ExportKind = typer.Argument(..., help="articles, quotes, occurrences or speakers."),
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f", help="File format."),
    output: Path | None = typer.Option(None, "--output", "-o", help="File (default: stdout)."),
    db: str = DbOption,
) -> None:
    """Export a corpus table as JSON Lines, CSV or Parquet.

    Example: [bold]tidings export quotes --format parquet -o quotes.parquet[/bold]
    """
    try:
        n = export(_open(db), kind.value, fmt.value, output)  # type: ignore[arg-type]
    except ValueError as exc:
        err_console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    if output:
        err_console.print(f"{n} {kind.value} written to {output}")


# -- demo --------------------------------------------------------------------------------------


def sample_dir() -> Path:
    """The bundled sample corpus (package data): AEB pages plus a fictional multi-outlet story."""
    return Path(str(files("tidings") / "sample" / "pages"))


@app.command("demo")
def demo_cli(
    db: str = DbOption,
    workers: int = typer.Option(0, "--workers", "-w", help="Processes (default: all cores)."),
) -> None:
    """Ingest the bundled sample corpus and show what came out.

    Who is quoted most, what they said, in which outlets, and the commands to go further.
    Example: [bold]tidings demo --db tidings.db[/bold]
    """
    pages = sample_dir()
    console.rule("[bold]tidings demo[/bold]")
    console.print(f"Ingesting the bundled sample corpus ({pages}) into [bold]{db}[/bold]…")
    report = run_ingest([str(pages)], db, Options(), workers or default_workers())
    print_summary(report, console)
    show_overview(Corpus(db), db)


def show_overview(corpus: Corpus, db: str) -> None:
    """What a person wants to see first in a corpus, then the commands to go further."""
    stats = corpus.stats()
    console.print(
        f"\n[bold]{stats['articles']}[/bold] articles from [bold]{stats['outlets']}[/bold] "
        f"outlets: [bold]{stats['quotes']}[/bold] quotes ({stats['quote_occurrences']} reports) "
        f"by [bold]{stats['speakers']}[/bold] speakers; "
        f"{stats['duplicate_articles']} near-duplicate articles (wire copies) linked.\n"
    )
    top = corpus.speakers(limit=8)
    if not top:
        console.print("[yellow]No quotes found in this corpus.[/yellow]")
    else:
        console.print(speakers_table(top, title="Most quoted"))
        widest = [s for s in corpus.speakers(order="outlets", limit=3) if s["n_outlets"] > 1]
        for s in widest:
            quotes = corpus.quotes(speaker=s["id"], order="outlets", limit=2)
            title = f"{s['name']}, quoted by {s['n_outlets']} outlets"
            console.print(quotes_table(quotes, title=title))
        shared = [q for q in corpus.quotes(order="outlets", limit=3) if q["n_outlets"] > 1]
        if shared:
            console.print(quotes_table(shared, title="The same quote, reported by several outlets"))
    copies = (
        corpus.connection()
        .execute(
            "SELECT o.id FROM articles c JOIN articles o ON o.pk = c.duplicate_of"
            " GROUP BY o.pk ORDER BY COUNT(*) DESC LIMIT 1"
        )
        .fetchone()
    )
    if copies:
        original = corpus.article(copies[0])
        dups = corpus.duplicates(copies[0])
        console.print(
            f"Wire copies: “{escape(original.title or original.id)}” ({original.outlet}) was "
            f"republished by {escape(', '.join(d['outlet'] or d['id'][:12] for d in dups))}."
        )
    who = (widest[0] if top and widest else top[0])["name"].split()[-1] if top else "NAME"
    console.print(
        "\n[bold]Next:[/bold]\n"
        f"  tidings speakers --db {db}                    who is quoted most\n"
        f"  tidings quotes --speaker {who} --db {db}      what someone said, and where\n"
        f'  tidings search "WORDS" --db {db}             search the articles\n'
        f"  tidings stats --db {db}                       what the corpus holds\n"
        f"  tidings export quotes --format csv -o quotes.csv --db {db}\n"
        f"  tidings ingest YOUR-PAGES/ --db {db}          add your own captures"
    )
    if any(c.name == "serve" for c in app.registered_commands):
        console.print(f"  tidings serve --db {db}                       browse it in a web browser")
