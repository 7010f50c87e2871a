"""`tidings serve`: the web UI and JSON API over a corpus, on this machine only by default."""

from __future__ import annotations

import typer

from tidings.cli import app
from tidings.cli.corpus import DbOption

#: Hosts that only this machine can reach. Binding elsewhere exposes the corpus to the network.
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@app.command("serve")
def serve_cli(
    db: str = DbOption,
    host: str = typer.Option(
        "127.0.0.1", help="Address to listen on. Keep the default unless others must reach it."
    ),
    port: int = typer.Option(8000, help="Port to listen on."),
) -> None:
    """Browse and search a corpus in the browser, with a JSON API under /api.

    Example: [bold]tidings serve --db tidings.db[/bold], then open http://127.0.0.1:8000/

    The server is read-only (the database is opened read-only; only GET requests are answered).
    A corpus written by an older tidings is migrated first, once, with a message.
    """
    import uvicorn

    from tidings.web import create_app
    from tidings.web.db import CorpusUnavailable

    loopback = host in LOOPBACK
    if not loopback:
        typer.echo(
            f"warning: listening on {host}: anyone who can reach this address can read the corpus",
            err=True,
        )
    _migrate_first(db)
    # On loopback, also refuse requests whose Host header names another site (DNS rebinding).
    allowed = ["127.0.0.1", "localhost"] if loopback else None
    try:
        web_app = create_app(db, allowed_hosts=allowed)
    except CorpusUnavailable as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(
        f"tidings: serving {db} at http://{'[' + host + ']' if ':' in host else host}:{port}/"
    )
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


def _migrate_first(db: str) -> None:
    """Migrate a corpus file written by an older tidings before serving it read-only, saying so
    (a user expects serve to open the corpus they have, not to be sent to another command);
    a file it cannot migrate stops serve with the reason and what to do."""
    import sqlite3
    from pathlib import Path

    from tidings.corpus.schema import LATEST, connect, migrate_file, version

    if not Path(db).is_file():
        return  # create_app says there is no corpus and how to build one
    try:
        conn = connect(db, readonly=True)
        found = version(conn)
        conn.close()
    except sqlite3.Error:
        return  # no SQLite file: create_app says why it cannot be served
    if not 0 < found < LATEST:
        return  # current; newer, or no corpus at all: create_app refuses it with its reason
    typer.echo(f"tidings: migrating {db} from corpus schema version {found} to {LATEST}", err=True)
    try:
        migrate_file(db)
    except (RuntimeError, sqlite3.Error) as exc:
        typer.echo(
            f"error: could not migrate {db} ({exc}): serve a writable copy of it, which"
            " `tidings serve` migrates the same way",
            err=True,
        )
        raise typer.Exit(1) from None
