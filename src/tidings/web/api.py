"""The JSON API under /api: everything the pages show, paged, with CSV and JSONL downloads.

Every list endpoint takes ``limit`` and ``offset`` and returns a :class:`~tidings.web.models.Page`;
``format=csv`` or ``format=jsonl`` streams the whole result list instead (up to
:data:`tidings.web.export.MAX_ROWS` rows) as a download.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from tidings.corpus import Corpus
from tidings.model import QuoteKind
from tidings.web import views
from tidings.web.export import download
from tidings.web.models import (
    ArticleDetail,
    ArticleItem,
    Comparison,
    ErrorItem,
    OutletItem,
    Overview,
    Page,
    QuoteItem,
    SpeakerDetail,
    SpeakerItem,
    Stats,
)
from tidings.web.queries import Filters

router = APIRouter(prefix="/api", tags=["api"])

#: Most rows one JSON page holds (the Corpus API's own ceiling).
MAX_LIMIT = 1000


class Format(StrEnum):
    json = "json"
    csv = "csv"
    jsonl = "jsonl"


class CompareBy(StrEnum):
    outlet = "outlet"
    speaker = "speaker"


def get_corpus(request: Request) -> Corpus:
    return request.app.state.corpus


CorpusDep = Annotated[Corpus, Depends(get_corpus)]
Q = Annotated[
    str | None,
    Query(max_length=500, description='Full-text query (FTS5: words, "a phrase", OR, NOT).'),
]
SpeakerQ = Annotated[
    str | None, Query(max_length=200, description="A speaker id or a name ('Putin').")
]
OutletQ = Annotated[
    str | None, Query(max_length=200, description="An outlet domain; subdomains match too.")
]
AddresseeQ = Annotated[
    str | None,
    Query(
        max_length=200,
        description="Only quotes said to this addressee ('AFP', 'reporters'), as articles name"
        " it: the whole name, any case, an agency by any of its names ('AFP' = 'Agence"
        " France-Presse'); a quote is kept when one of its reports says so (and, with"
        " an outlet or dates, that report is from that outlet and in that range). On /api/articles:"
        " articles with such a report.",
    ),
]
KindQ = Annotated[
    QuoteKind | None, Query(description="Only quotes of this kind: direct, indirect or mixed.")
]
Since = Annotated[date | None, Query(description="First date, inclusive (YYYY-MM-DD).")]
Until = Annotated[date | None, Query(description="Last date, inclusive (YYYY-MM-DD).")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Rows per page.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Rows to skip.")]
Fmt = Annotated[
    Format, Query(description="json: one page; csv or jsonl: the whole list, as a download.")
]

DOWNLOADS = {
    200: {
        "content": {
            "text/csv": {"schema": {"type": "string"}},
            "application/x-ndjson": {"schema": {"type": "string"}},
        },
        "description": "A page of results (JSON), or the whole list (CSV / JSONL).",
    },
}
NOT_FOUND = {404: {"description": "No such record.", "content": {"application/json": {}}}}


def _filters(q, speaker, outlet, since, until, addressee=None) -> Filters:
    return Filters(
        q=q or None,
        speaker=speaker or None,
        outlet=outlet or None,
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
        addressee=(addressee or "").strip() or None,
    )


def search_filters(
    q: Q = None,
    speaker: SpeakerQ = None,
    outlet: OutletQ = None,
    since: Since = None,
    until: Until = None,
    addressee: AddresseeQ = None,
) -> Filters:
    """The search filters the quote and article lists share, as one dependency."""
    return _filters(q, speaker, outlet, since, until, addressee)


FiltersDep = Annotated[Filters, Depends(search_filters)]


def page_or_download(
    fetch: Callable[[int, int], Page], limit: int, offset: int, format: Format, name: str
) -> Page | Response:
    """``fetch(limit, offset)``'s page as JSON, or (csv, jsonl) the whole list as a download."""
    if format != Format.json:
        return download(fetch, format, name)
    return fetch(limit, offset)


@router.get("/quotes", response_model=Page[QuoteItem], responses=DOWNLOADS)
def quotes(
    corpus: CorpusDep,
    f: FiltersDep,
    kind: KindQ = None,
    limit: Limit = 20,
    offset: Offset = 0,
    format: Fmt = Format.json,
) -> Page[QuoteItem] | Response:
    """Quotes (merged across outlets, with every article that reported them), best match first
    with ``q``, newest first without; matches are marked in ``text_html``; each report says to
    whom the quote was said (``occurrences[].addressee``)."""
    f = replace(f, quote_kind=kind)
    return page_or_download(
        lambda lim, off: views.search_quotes(corpus, f, lim, off), limit, offset, format, "quotes"
    )


@router.get("/articles", response_model=Page[ArticleItem], responses=DOWNLOADS)
def articles(
    corpus: CorpusDep,
    f: FiltersDep,
    limit: Limit = 20,
    offset: Offset = 0,
    format: Fmt = Format.json,
) -> Page[ArticleItem] | Response:
    """Articles, best match first with ``q`` (matches in ``snippet_html``), newest first without.
    A ``speaker`` keeps the articles that quote them, an ``addressee`` those that report a quote
    said to them."""
    return page_or_download(
        lambda lim, off: views.search_articles(corpus, f, lim, off),
        limit,
        offset,
        format,
        "articles",
    )


@router.get("/articles/{article_id}", response_model=ArticleDetail, responses=NOT_FOUND)
def article(corpus: CorpusDep, article_id: str) -> ArticleDetail:
    """One article record as stored (text, metadata, quotes, speakers, entities, dropped lines),
    with its quotes and speakers linked to the corpus-wide ones, and its near-duplicates."""
    found = views.article(corpus, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return found


@router.get("/speakers", response_model=Page[SpeakerItem], responses=DOWNLOADS)
def speakers(
    corpus: CorpusDep,
    q: Annotated[str | None, Query(max_length=200, description="A name form.")] = None,
    outlet: OutletQ = None,
    limit: Limit = 20,
    offset: Offset = 0,
    format: Fmt = Format.json,
) -> Page[SpeakerItem] | Response:
    """Speakers, most quoted first."""
    return page_or_download(
        lambda lim, off: views.speakers(corpus, q, outlet, lim, off),
        limit,
        offset,
        format,
        "speakers",
    )


@router.get("/speakers/{speaker_id}", response_model=SpeakerDetail, responses=NOT_FOUND)
def speaker(corpus: CorpusDep, speaker_id: str) -> SpeakerDetail:
    """One speaker: name forms, descriptions (with the outlets that used them), addressees,
    quotes per outlet, and the weekly (or monthly) timeline the chart draws."""
    found = views.speaker(corpus, speaker_id)
    if found is None:
        raise HTTPException(404, f"no speaker {speaker_id!r}")
    return found


@router.get(
    "/speakers/{speaker_id}/quotes",
    response_model=Page[QuoteItem],
    responses={**DOWNLOADS, **NOT_FOUND},
)
def speaker_quotes(
    corpus: CorpusDep,
    speaker_id: str,
    q: Q = None,
    outlet: OutletQ = None,
    since: Since = None,
    until: Until = None,
    kind: KindQ = None,
    addressee: AddresseeQ = None,
    limit: Limit = 20,
    offset: Offset = 0,
    format: Fmt = Format.json,
) -> Page[QuoteItem] | Response:
    """A speaker's quotes, newest first (best match first with ``q``)."""
    if views.queries.speaker_pk(corpus.connection(), speaker_id) is None:
        raise HTTPException(404, f"no speaker {speaker_id!r}")
    f = replace(_filters(q, speaker_id, outlet, since, until, addressee), quote_kind=kind)
    return page_or_download(
        lambda lim, off: views.search_quotes(corpus, f, lim, off),
        limit,
        offset,
        format,
        "speaker-quotes",
    )


@router.get("/compare", response_model=Comparison)
def compare(
    corpus: CorpusDep,
    by: CompareBy = CompareBy.outlet,
    value: Annotated[
        list[str] | None,
        Query(max_length=6, description="Outlet domains or speaker ids/names (repeat, up to 6)."),
    ] = None,
    q: Q = None,
) -> Comparison:
    """Two or more outlets (or speakers) side by side over the articles matching ``q``: who is
    quoted (or by whom), how often, with which descriptions, and recent quotes."""
    return views.compare(corpus, by.value, list(value or []), q)


@router.get("/outlets", response_model=Page[OutletItem], responses=DOWNLOADS)
def outlets(
    corpus: CorpusDep, limit: Limit = 100, offset: Offset = 0, format: Fmt = Format.json
) -> Page[OutletItem] | Response:
    """Outlets, most articles first."""
    return page_or_download(
        lambda lim, off: views.outlets(corpus, lim, off), limit, offset, format, "outlets"
    )


@router.get("/errors", response_model=Page[ErrorItem], responses=DOWNLOADS)
def errors(
    corpus: CorpusDep, limit: Limit = 50, offset: Offset = 0, format: Fmt = Format.json
) -> Page[ErrorItem] | Response:
    """Captures that failed at ingest, latest first, with the reason."""
    return page_or_download(
        lambda lim, off: views.errors(corpus, lim, off), limit, offset, format, "errors"
    )


@router.get("/stats", response_model=Stats)
def stats(corpus: CorpusDep) -> Stats:
    """Counts of everything in the corpus and its date range."""
    return views.stats(corpus)


@router.get("/overview", response_model=Overview)
def overview(corpus: CorpusDep, errors_offset: Offset = 0) -> Overview:
    """What the overview page shows: stats, articles per outlet over time, top outlets and
    speakers, the latest ingest errors."""
    return views.overview(corpus, errors_offset)
