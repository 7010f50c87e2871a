"""The server-rendered pages: overview, search, speakers, speaker, article, compare, API list.

Each handler gathers data through :mod:`tidings.web.views` (the same functions the JSON API
returns) and renders a template. Query parameters are read leniently here: a malformed date is
reported on the page rather than answered with a bare 422.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from tidings.model import QUOTE_KINDS
from tidings.web import views
from tidings.web.article_view import article_blocks
from tidings.web.queries import Filters

router = APIRouter(include_in_schema=False)

PER_PAGE = 20
#: Highest page number a pager links to (offsets past this are not worth a database scan).
MAX_PAGE = 500

Text = Annotated[str | None, Query(max_length=500)]
PageNo = Annotated[int, Query(ge=1, le=MAX_PAGE)]


def _render(request: Request, template: str, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, template, context)


def _date(value: str | None, name: str, problems: list[str]) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        problems.append(f"{name}: '{value}' is not a date (use YYYY-MM-DD); ignored")
        return None


def _quote_kind(value: str | None, problems: list[str]) -> str | None:
    if not value:
        return None
    if value not in QUOTE_KINDS:
        problems.append(f"kind: '{value}' is not one of {', '.join(QUOTE_KINDS)}; ignored")
        return None
    return value


def _filters(
    problems: list[str], q, speaker, outlet, since, until, quote_kind, addressee=None
) -> Filters:
    """The search filters as typed into a page's form, read leniently (see the module doc)."""
    return Filters(
        q=(q or "").strip() or None,
        speaker=(speaker or "").strip() or None,
        outlet=(outlet or "").strip() or None,
        since=_date(since, "since", problems),
        until=_date(until, "until", problems),
        quote_kind=_quote_kind(quote_kind, problems),
        addressee=(addressee or "").strip() or None,
    )


def _params(f: Filters) -> dict[str, Any]:
    """The filters as the page's own query parameters (for its pager and tabs)."""
    return {
        "q": f.q,
        "speaker": f.speaker,
        "outlet": f.outlet,
        "since": f.since,
        "until": f.until,
        "quote_kind": f.quote_kind,
        "addressee": f.addressee,
    }


def _url(path: str, params: dict[str, Any]) -> str:
    kept = [(k, v) for k, v in params.items() if v not in (None, "", [])]
    flat = []
    for key, value in kept:
        if isinstance(value, list):
            flat += [(key, v) for v in value]
        else:
            flat.append((key, value))
    return path + ("?" + urlencode(flat) if flat else "")


def pager(path: str, params: dict[str, Any], page: int, total: int, exact: bool) -> dict[str, Any]:
    """Links to the previous and next pages, keeping the other parameters."""
    pages = max(1, min(MAX_PAGE, -(-total // PER_PAGE)))
    return {
        "page": page,
        "pages": pages,
        "total": total,
        "exact": exact,
        "first": (page - 1) * PER_PAGE + 1 if total else 0,
        "last": min(page * PER_PAGE, total),
        "prev": _url(path, {**params, "page": page - 1}) if page > 1 else None,
        "next": _url(path, {**params, "page": page + 1})
        if page < pages or (not exact and page < MAX_PAGE)
        else None,
    }


@router.get("/", response_class=HTMLResponse)
def overview_page(request: Request, errors_page: PageNo = 1) -> HTMLResponse:
    corpus = request.app.state.corpus
    data = views.overview(corpus, (errors_page - 1) * PER_PAGE, PER_PAGE)
    more = errors_page * PER_PAGE < data.errors.total
    return _render(
        request,
        "overview.html",
        data=data,
        chart=data.articles_timeline.model_dump(),
        errors_prev=f"/?errors_page={errors_page - 1}#errors" if errors_page > 1 else None,
        errors_next=f"/?errors_page={errors_page + 1}#errors" if more else None,
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: Text = None,
    kind: Annotated[str, Query(pattern="^(quotes|articles)$")] = "quotes",
    speaker: Text = None,
    outlet: Text = None,
    since: Text = None,
    until: Text = None,
    quote_kind: Text = None,
    addressee: Text = None,
    page: PageNo = 1,
) -> HTMLResponse:
    corpus = request.app.state.corpus
    problems: list[str] = []
    f = _filters(problems, q, speaker, outlet, since, until, quote_kind, addressee)
    params = _params(f)
    offset = (page - 1) * PER_PAGE
    # The other tab's count costs a second full-text search; with filters on top of the words
    # that doubles a slow page (bench/RESULTS.md), so the tab then goes without its number.
    filtered = any((f.speaker, f.outlet, f.since, f.until, f.quote_kind, f.addressee))
    if kind == "articles":
        results = views.search_articles(corpus, f, PER_PAGE, offset)
        other = None if filtered else views.search_quotes(corpus, f, 1, 0)
    else:
        results = views.search_quotes(corpus, f, PER_PAGE, offset)
        other = None if filtered else views.search_articles(corpus, f, 1, 0)
    counts = {kind: results, ("articles" if kind == "quotes" else "quotes"): other}
    return _render(
        request,
        "search.html",
        q=f.q,
        f=f,
        kind=kind,
        results=results,
        counts=counts,
        problems=problems,
        tab_urls={k: _url("/search", {**params, "kind": k}) for k in ("quotes", "articles")},
        kinds=QUOTE_KINDS,
        downloads={
            fmt: _url(f"/api/{kind}", _api_params(params, kind, fmt)) for fmt in ("csv", "jsonl")
        },
        pager=pager("/search", {**params, "kind": kind}, page, results.total, results.total_exact),
    )


def _api_params(params: dict[str, Any], listing: str, fmt: str) -> dict[str, Any]:
    """A page's filters as the API's parameters: the API calls the quote kind ``kind`` (the
    search page's ``kind`` is its tab), and the article list has none."""
    out = {k: v for k, v in params.items() if k != "quote_kind"}
    if listing == "quotes":
        out["kind"] = params.get("quote_kind")
    return {**out, "format": fmt}


@router.get("/speakers", response_class=HTMLResponse)
def speakers_page(
    request: Request, q: Text = None, outlet: Text = None, page: PageNo = 1
) -> HTMLResponse:
    corpus = request.app.state.corpus
    results = views.speakers(corpus, q, outlet, PER_PAGE, (page - 1) * PER_PAGE)
    params = {"q": q, "outlet": outlet}
    return _render(
        request,
        "speakers.html",
        query=q,
        outlet=outlet,
        results=results,
        downloads={
            fmt: _url("/api/speakers", {**params, "format": fmt}) for fmt in ("csv", "jsonl")
        },
        pager=pager("/speakers", params, page, results.total, results.total_exact),
    )


@router.get("/speakers/{speaker_id}", response_class=HTMLResponse)
def speaker_page(
    request: Request,
    speaker_id: str,
    q: Text = None,
    outlet: Text = None,
    since: Text = None,
    until: Text = None,
    quote_kind: Text = None,
    addressee: Text = None,
    page: PageNo = 1,
) -> HTMLResponse:
    corpus = request.app.state.corpus
    detail = views.speaker(corpus, speaker_id)
    if detail is None:
        raise HTTPException(404, "There is no speaker with this id in the corpus.")
    problems: list[str] = []
    f = _filters(problems, q, speaker_id, outlet, since, until, quote_kind, addressee)
    params = {k: v for k, v in _params(f).items() if k != "speaker"}  # the path names them
    quotes = views.search_quotes(corpus, f, PER_PAGE, (page - 1) * PER_PAGE)
    path = f"/speakers/{speaker_id}"
    return _render(
        request,
        "speaker.html",
        s=detail,
        f=f,
        quotes=quotes,
        problems=problems,
        chart=detail.timeline.model_dump(),
        kinds=QUOTE_KINDS,
        downloads={
            fmt: _url(f"/api/speakers/{speaker_id}/quotes", _api_params(params, "quotes", fmt))
            for fmt in ("csv", "jsonl")
        },
        pager=pager(path, params, page, quotes.total, quotes.total_exact),
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    corpus = request.app.state.corpus
    detail = views.article(corpus, article_id)
    if detail is None:
        raise HTTPException(404, "There is no article with this id in the corpus.")
    return _render(
        request,
        "article.html",
        d=detail,
        a=detail.article,
        blocks=article_blocks(detail),
    )


@router.get("/compare", response_class=HTMLResponse)
def compare_page(
    request: Request,
    by: Annotated[str, Query(pattern="^(outlet|speaker)$")] = "outlet",
    value: Annotated[list[str] | None, Query(max_length=6)] = None,
    q: Text = None,
) -> HTMLResponse:
    corpus = request.app.state.corpus
    values = [v for v in (value or []) if v.strip()]
    data = views.compare(corpus, by, values, (q or "").strip() or None)
    slots = [c.key for c in data.columns]
    slots += [""] * max(0, 3 - len(slots))
    return _render(
        request,
        "compare.html",
        data=data,
        q=data.query,
        by=by,
        slots=slots,
        outlets=views.outlet_domains(corpus),
        json_url=_url("/api/compare", {"by": by, "value": slots, "q": data.query}),
    )


@router.get("/api", response_class=HTMLResponse)
def api_page(request: Request) -> HTMLResponse:
    """A plain list of the API's endpoints and parameters, from the OpenAPI schema."""
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "params": [
                        {
                            "name": p["name"],
                            "in": p["in"],
                            "description": p.get("description", ""),
                        }
                        for p in op.get("parameters", [])
                    ],
                }
            )
    return _render(request, "api.html", endpoints=endpoints)
