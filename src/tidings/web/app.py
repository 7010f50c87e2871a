"""``create_app(db_path)``: the FastAPI app over one corpus file (pages, /api, static files).

>>> app = create_app("tidings.db")        # then: uvicorn.run(app, host="127.0.0.1")

Handlers are plain ``def`` functions: FastAPI runs them on its thread pool, and each thread reads
through its own read-only SQLite connection (:mod:`tidings.web.db`).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from tidings import __version__
from tidings.corpus import Corpus
from tidings.partialdates import label as said_label
from tidings.web.cache import KEEP_MIN_QUOTES, WARM_SPEAKERS, SpeakerCache
from tidings.web.db import open_corpus
from tidings.web.security import ReadOnlyHeaders

HERE = Path(__file__).parent


def make_templates(corpus_name: str) -> Jinja2Templates:
    """Jinja2 with autoescaping forced on for every template (page text is never trusted)."""
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.autoescape = True
    env.trim_blocks = True
    env.lstrip_blocks = True
    env.globals["corpus_name"] = corpus_name
    env.filters["thousands"] = lambda n: f"{n:,}" if isinstance(n, int) else n
    env.filters["day"] = lambda s: (s or "")[:10]
    env.filters["web_url"] = web_url
    env.filters["unpunct"] = unpunct
    env.filters["said_date"] = said_label  # '2016-03-15' -> '15 Mar 2016'
    return templates


def unpunct(html: object) -> Markup:
    """Drop the comma a quote often ends with ("...tides," he said) when shown on its own."""
    text = str(html)
    return Markup(text[:-1] if text.endswith(",") else text)


def web_url(value: object) -> str | None:
    """The URL if it is http(s), else None: a page's ``javascript:`` link never becomes a link."""
    if isinstance(value, str) and urlsplit(value.strip()).scheme.lower() in ("http", "https"):
        return value.strip()
    return None


def create_app(
    db_path: str | Path,
    *,
    allowed_hosts: list[str] | None = None,
    warm_speakers: int = WARM_SPEAKERS,
) -> FastAPI:
    """The web UI and JSON API over the corpus at ``db_path``, opened read-only.

    :param allowed_hosts: Host header values to accept (e.g. ``["127.0.0.1", "localhost"]`` on
        loopback, which blocks DNS-rebinding pages from reading the corpus); None accepts any.
    :param warm_speakers: compute the pages of this many of the most quoted speakers in the
        background at start-up (:mod:`tidings.web.cache`); 0 computes each on first view.
    :raises tidings.web.db.CorpusUnavailable: no corpus file there, or another schema version.
    """
    corpus = open_corpus(db_path)
    corpus.speaker_cache = SpeakerCache(db_path)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        stop = threading.Event()
        warmer = threading.Thread(
            target=warm_speaker_cache, args=(corpus, warm_speakers, stop), daemon=True
        )
        if warm_speakers:
            warmer.start()
        yield
        # The warmer must be done before the connections close: closing a SQLite connection
        # while another thread runs a query on it can crash the process (a segfault in the
        # test suite, where apps start and stop quickly). Stop it, abort its query, wait.
        stop.set()
        corpus.interrupt()
        if warmer.is_alive():
            warmer.join()
        corpus.close()

    app = FastAPI(
        lifespan=lifespan,
        title="tidings",
        version=__version__,
        summary="Read-only API over a tidings corpus: articles, quotes, speakers, outlets.",
        # FastAPI's interactive docs load scripts from a CDN, which the CSP forbids: /api is a
        # server-rendered endpoint list instead, and the schema is at /api/openapi.json.
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.corpus = corpus
    app.state.templates = make_templates(Path(db_path).name)

    from tidings.web import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException) -> HTMLResponse | JSONResponse:
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return _error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, exc: RequestValidationError) -> HTMLResponse | JSONResponse:
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": jsonable(exc.errors())}, status_code=422)
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in exc.errors()
        )
        return _error_page(request, 422, problems)

    app.add_middleware(ReadOnlyHeaders)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    return app


def warm_speaker_cache(corpus: Corpus, limit: int, stop: threading.Event) -> None:
    """Fill the speaker cache: the overview, the compare page as it opens (the three biggest
    outlets, no topic), then the most quoted speakers' pages, most quoted first. Returns early
    once ``stop`` is set (the app is shutting down)."""
    from tidings.web import views

    try:
        rows = corpus.connection().execute(
            "SELECT id, n_quotes FROM speakers WHERE n_quotes >= ? ORDER BY n_quotes DESC LIMIT ?",
            (KEEP_MIN_QUOTES, limit),
        )
        todo = [r["id"] for r in rows]
        steps = (
            lambda: views.overview(corpus),  # the front page first
            lambda: views.compare(corpus, "outlet", [], None),  # the compare page as it opens
            lambda: views.outlet_domains(corpus),
            lambda: corpus.speaker_cache.warm(todo, lambda sid: views.speaker(corpus, sid), stop),
        )
        for step in steps:
            if stop.is_set():
                return
            step()
    except sqlite3.Error:  # interrupted at shutdown, or the corpus went away: nothing to warm
        pass


def jsonable(errors: list) -> list:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(errors)


_TITLES = {404: "Not found", 405: "Not allowed", 422: "Bad request", 500: "Server error"}


def _error_page(request: Request, status: int, detail: str) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "title": _TITLES.get(status, "Error"), "detail": detail},
        status_code=status,
    )
