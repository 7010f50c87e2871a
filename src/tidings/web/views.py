"""One function per page or API result: the pages and the JSON API show the same data.

Each takes the corpus and plain arguments and returns a model from :mod:`tidings.web.models`;
pages.py renders it with a template, api.py returns it as JSON (or CSV/JSONL).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from tidings.corpus import Corpus
from tidings.corpus.addressees import addressee_group, canonical_addressee
from tidings.web import queries
from tidings.web.cache import KEEP_MIN_QUOTES, OVERVIEW_KEY
from tidings.web.highlight import hits
from tidings.web.models import (
    ArticleDetail,
    ArticleItem,
    ArticleQuote,
    CompareColumn,
    Comparison,
    Count,
    DuplicateItem,
    ErrorItem,
    Occurrence,
    OutletItem,
    Overview,
    Page,
    QuoteItem,
    Series,
    SpeakerDetail,
    SpeakerItem,
    Stats,
    Timeline,
)
from tidings.web.queries import Filters

#: Series drawn separately in a chart; the rest are summed as "other outlets" (colours stay
#: distinguishable, the legend stays short).
MAX_SERIES = 7
#: A timeline longer than this many weeks is drawn per month instead.
MAX_WEEKS = 104
NO_OUTLET = "(no outlet)"


# -- timelines ----------------------------------------------------------------------------------


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


def _months(first: date, last: date) -> list[date]:
    out, cur = [], first.replace(day=1)
    while cur <= last:
        out.append(cur)
        cur = (cur.replace(day=28) + timedelta(days=4)).replace(day=1)
    return out


def timeline(rows: Iterable[Any], label: str) -> Timeline:
    """Bucket (day, outlet, n) rows per week (Mondays), or per month when the span is long.

    Every bucket between the first and the last is present (zeros included), so the chart's
    x-axis is time, not a list of busy weeks.
    """
    counts: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for day, outlet, n in rows:
        d = _day(day)
        if d is not None:
            counts[d][outlet or NO_OUTLET] += n
    if not counts:
        return Timeline(unit="week", label=label, buckets=[], series=[])
    first, last = min(counts), max(counts)
    if (last - first).days <= 7 * MAX_WEEKS:
        unit = "week"
        start = first - timedelta(days=first.weekday())
        buckets = [start + timedelta(weeks=k) for k in range((last - start).days // 7 + 1)]

        def bucket_of(d: date) -> date:
            return d - timedelta(days=d.weekday())
    else:
        unit = "month"
        buckets = _months(first, last)

        def bucket_of(d: date) -> date:
            return d.replace(day=1)

    index = {b: k for k, b in enumerate(buckets)}
    totals: dict[str, int] = defaultdict(int)
    for per in counts.values():
        for outlet, n in per.items():
            totals[outlet] += n
    ranked = sorted(totals, key=lambda o: (-totals[o], o))
    shown = ranked if len(ranked) <= MAX_SERIES + 1 else ranked[:MAX_SERIES]
    names = [*shown, "other outlets"] if len(shown) < len(ranked) else shown
    values = {name: [0] * len(buckets) for name in names}
    for d, per in counts.items():
        k = index[bucket_of(d)]
        for outlet, n in per.items():
            values[outlet if outlet in shown else "other outlets"][k] += n
    return Timeline(
        unit=unit,
        label=label,
        buckets=[b.isoformat() for b in buckets],
        series=[Series(name=name, values=values[name]) for name in names],
    )


# -- quotes and search --------------------------------------------------------------------------


def _quote_item(row: dict[str, Any]) -> QuoteItem:
    return QuoteItem(
        id=row["id"],
        text=row["text"],
        text_html=str(hits(row.get("text_hl") or row["text"])),
        kind=row["kind"],
        speaker_id=row.get("speaker_id"),
        speaker=row.get("speaker"),
        first_date=row.get("first_date"),
        n_occurrences=row.get("n_occurrences") or 0,
        n_outlets=row.get("n_outlets") or 0,
        occurrences=[Occurrence(**o) for o in row.get("occurrences", [])],
    )


def search_quotes(corpus: Corpus, f: Filters, limit: int, offset: int) -> Page[QuoteItem]:
    found = queries.search_quotes(corpus, f, limit, offset)
    return Page[QuoteItem](
        items=[_quote_item(r) for r in found.rows],
        total=found.total,
        total_exact=found.exact,
        order=found.order,
        offset=offset,
        limit=limit,
    )


def search_articles(corpus: Corpus, f: Filters, limit: int, offset: int) -> Page[ArticleItem]:
    found = queries.search_articles(corpus, f, limit, offset)
    items = [
        ArticleItem(
            id=r["id"],
            title=r["title"],
            title_html=str(hits(r["title_hl"] or r["title"] or "")),
            url=r["url"],
            outlet=r["outlet"],
            date=r["date"],
            section=r["section"],
            authors=json.loads(r["authors"] or "[]"),
            n_quotes=r["n_quotes"],
            snippet_html=str(hits(r["snippet"])) if r["snippet"] else None,
        )
        for r in found.rows
    ]
    return Page[ArticleItem](
        items=items,
        total=found.total,
        total_exact=found.exact,
        order=found.order,
        offset=offset,
        limit=limit,
    )


# -- speakers -----------------------------------------------------------------------------------

_SPEAKER_FIELDS = ("id", "name", "type", "gender", "n_quotes", "n_articles", "n_outlets")


def speakers(
    corpus: Corpus, query: str | None, outlet: str | None, limit: int, offset: int
) -> Page[SpeakerItem]:
    rows = corpus.speakers(query=query or None, outlet=outlet or None, limit=limit, offset=offset)
    total = queries.count_speakers(corpus, query) if not outlet else None
    items = [SpeakerItem(**{k: r[k] for k in _SPEAKER_FIELDS}) for r in rows]
    if total is None:  # an outlet filter: count by paging past the end is not worth it
        total = offset + len(items) + (1 if len(items) == limit else 0)
        return Page[SpeakerItem](
            items=items, total=total, total_exact=len(items) < limit, offset=offset, limit=limit
        )
    return Page[SpeakerItem](items=items, total=total, offset=offset, limit=limit)


def _counts(rows: Iterable[Any]) -> list[Count]:
    return [
        Count(
            value=r["value"],
            n=r["n"],
            outlets=sorted(set((r["outlets"] or "").split(","))) if r["outlets"] else [],
        )
        for r in rows
    ]


def addressee_counts(reports: Iterable[Any], limit: int = 30) -> list[Count]:
    """Addressees of a speaker's quotes (case-insensitive, an agency's names as one, shown in
    their commonest spelling or the agency's first name), with how often and in which outlets,
    most frequent first."""
    spellings: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    outlets: dict[str, set[str]] = defaultdict(set)
    for r in reports:
        if not r["addressee"]:
            continue
        key = addressee_group(r["addressee"])  # the filter's rule: its link finds them all
        spellings[key][r["addressee"]] += r["n"]
        if r["outlet"]:
            outlets[key].add(r["outlet"])
    counts = [
        Count(
            value=canonical_addressee(max(forms, key=lambda f: (forms[f], f))),
            n=sum(forms.values()),
            outlets=sorted(outlets[key]),
        )
        for key, forms in spellings.items()
    ]
    return sorted(counts, key=lambda c: (-c.n, c.value))[:limit]


def speaker(corpus: Corpus, speaker_id: str) -> SpeakerDetail | None:
    """A speaker's page data: counts, name forms, descriptions, addressees, the weekly chart.

    Big speakers' pages come from the corpus object's ``speaker_cache`` when it has one
    (:mod:`tidings.web.cache`; the app sets it).
    """
    row = (
        corpus.connection()
        .execute("SELECT pk, n_quotes FROM speakers WHERE id = ?", (speaker_id,))
        .fetchone()
    )
    if row is None:
        return None
    cache = getattr(corpus, "speaker_cache", None)
    if cache is None:
        return speaker_detail(corpus, row["pk"])
    return cache.get(speaker_id, row["n_quotes"], lambda: speaker_detail(corpus, row["pk"]))


def speaker_detail(corpus: Corpus, pk: int) -> SpeakerDetail:
    """Compute a speaker's page data (every report of every quote: the slow part)."""
    conn = corpus.connection()
    row = conn.execute(
        "SELECT id, name, type, gender, n_quotes, n_articles, n_outlets FROM speakers WHERE pk = ?",
        (pk,),
    ).fetchone()
    aliases = [
        r[0]
        for r in conn.execute(
            "SELECT name, COUNT(*) AS n FROM article_speakers WHERE speaker_pk = ?"
            " GROUP BY name ORDER BY n DESC, name LIMIT 50",
            (pk,),
        )
    ]
    reports = queries.speaker_reports(conn, pk)
    days = [(r["day"], r["outlet"], r["n"]) for r in reports]
    per_outlet: dict[str, int] = defaultdict(int)
    for r in reports:
        per_outlet[r["outlet"] or NO_OUTLET] += r["n"]
    return SpeakerDetail(
        **dict(row),
        aliases=aliases,
        outlets=[
            Count(value=o, n=n)
            for o, n in sorted(per_outlet.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        descriptions=_counts(queries.speaker_descriptions(conn, pk)),
        addressees=addressee_counts(reports),
        timeline=timeline(days, "quotes reported"),
    )


# -- articles -----------------------------------------------------------------------------------


def article(corpus: Corpus, article_id: str) -> ArticleDetail | None:
    record = corpus.article(article_id)
    if record is None:
        return None
    speaker_ids, quote_links = queries.article_links(corpus.connection(), article_id)
    quotes = []
    for seq, q in enumerate(record.quotes):
        link = quote_links.get(seq, {})
        quotes.append(
            ArticleQuote(
                seq=seq,
                quote_id=link.get("quote_id"),
                kind=q.kind,
                text=q.content.text,
                start=q.content.start,
                end=q.content.end,
                cue=q.cue.text if q.cue else None,
                speaker=q.speaker,
                speaker_id=speaker_ids.get(q.speaker_id or ""),
                speaker_description=q.speaker_description,
                addressee=q.addressee,
                said_on=q.said_on,
                said_on_words=q.said_on_mention.text if q.said_on_mention else None,
                n_outlets=link.get("n_outlets", 0),
            )
        )
    duplicates = (
        [DuplicateItem(**d) for d in corpus.duplicates(article_id)]
        if record.status != "error"
        else []
    )
    return ArticleDetail(
        article=record.model_dump(mode="json"),
        quotes=quotes,
        speaker_ids=speaker_ids,
        duplicates=duplicates,
    )


# -- compare ------------------------------------------------------------------------------------

#: Rows per list on the compare page.
COMPARE_TOP = 10


def _compare_counts(rows: list[dict[str, Any]]) -> list[Count]:
    return [Count(value=r["value"] or "", n=r["n"], key=r.get("key"), of=r.get("of")) for r in rows]


def compare(corpus: Corpus, by: str, values: list[str], query: str | None) -> Comparison:
    """Outlets (``by='outlet'``) or speakers side by side, over articles matching ``query``.

    With no values, the three biggest outlets (or most quoted speakers) are compared.
    """
    conn = corpus.connection()
    values = [v.strip() for v in values if v and v.strip()][:6]
    columns = []
    if by == "speaker":
        if not values:
            values = [s["id"] for s in corpus.speakers(limit=3)]
        for value in values:
            pks = corpus.speaker_pks(value)
            if not pks:
                columns.append(_missing(value, "Quoted by"))
                continue
            data = _compared(corpus, "speaker", pks, query)
            names = conn.execute(
                f"SELECT id, name FROM speakers WHERE pk IN ({','.join('?' * len(pks))})"
                " ORDER BY n_quotes DESC",
                pks,
            ).fetchall()
            key = names[0]["id"] if len(names) == 1 else value
            label = " / ".join(r["name"] for r in names[:3]) + (" …" if len(names) > 3 else "")
            columns.append(_column(key, label, "Quoted by", data))
    else:
        by = "outlet"
        if not values:
            # the overview's outlet list (kept in the cache: counting every outlet's reports
            # takes seconds at a million quotes)
            values = [o.domain for o in overview(corpus).outlets[:3]]
        for value in values:
            keys = queries.outlet_pks(conn, value)
            if not keys:
                columns.append(_missing(value, "Who they quote"))
                continue
            data = _compared(corpus, "outlet", keys, query)
            columns.append(_column(value, value, "Who they quote", data))
    return Comparison(by=by, query=query or None, columns=columns)


def outlet_domains(corpus: Corpus) -> list[str]:
    """The compare form's outlet suggestions (200, most articles first; counting them takes
    ~40 ms at a million quotes, so they are cached with the speaker pages)."""

    def compute() -> list[str]:
        return queries.outlet_domains(corpus.connection(), 200)

    cache = getattr(corpus, "speaker_cache", None)
    return (
        cache.get("(outlet domains)", KEEP_MIN_QUOTES, compute) if cache is not None else compute()
    )


def _compared(corpus: Corpus, by: str, keys: list[int], query: str | None) -> dict[str, Any]:
    """A compare column's data; without a topic it is kept in the corpus object's cache (an
    outlet's column reads all its reports: ~0.2 s for 29,000 on the 1M-quote bench corpus),
    like big speakers' pages, until the file changes."""

    def compute() -> dict[str, Any]:
        return queries.compare(corpus.connection(), by, keys, query, COMPARE_TOP)

    cache = getattr(corpus, "speaker_cache", None)
    if query or cache is None:
        return compute()
    return cache.get(f"(compare) {by} {sorted(keys)}", KEEP_MIN_QUOTES, compute)


def _column(key: str, label: str, top_label: str, data: dict[str, Any]) -> CompareColumn:
    return CompareColumn(
        key=key,
        label=label,
        n_quotes=data["n_quotes"],
        n_articles=data["n_articles"],
        top_label=top_label,
        top=_compare_counts(data["top"]),
        descriptions=_compare_counts(data["descriptions"]),
        quotes=[_quote_item(q) for q in data["quotes"]],
    )


def _missing(value: str, top_label: str) -> CompareColumn:
    return CompareColumn(
        key=value,
        label=value,
        found=False,
        n_quotes=0,
        n_articles=0,
        top_label=top_label,
        top=[],
        descriptions=[],
        quotes=[],
    )


# -- overview -----------------------------------------------------------------------------------


def errors(corpus: Corpus, limit: int, offset: int) -> Page[ErrorItem]:
    rows = corpus.errors(limit=limit, offset=offset)
    return Page[ErrorItem](
        items=[ErrorItem(**r) for r in rows],
        total=queries.count_errors(corpus.connection()),
        offset=offset,
        limit=limit,
    )


def outlets(corpus: Corpus, limit: int, offset: int) -> Page[OutletItem]:
    rows = corpus.outlets(limit=limit, offset=offset)
    return Page[OutletItem](
        items=[OutletItem(**r) for r in rows],
        total=queries.count_outlets(corpus.connection()),
        offset=offset,
        limit=limit,
    )


def stats(corpus: Corpus) -> Stats:
    return Stats(**corpus.stats())


def overview(corpus: Corpus, errors_offset: int = 0, errors_limit: int = 20) -> Overview:
    """The overview: counts, articles per outlet over time, outlets, top speakers, errors.

    All but the errors scan the whole corpus (seconds at a million quotes), so they are kept in
    the corpus object's cache, like big speakers' pages, until the file changes.
    """

    def heavy() -> dict[str, Any]:
        return {
            "stats": stats(corpus),
            "articles_timeline": timeline(queries.article_days(corpus.connection()), "articles"),
            "outlets": outlets(corpus, 20, 0).items,
            "top_speakers": speakers(corpus, None, None, 15, 0).items,
        }

    cache = getattr(corpus, "speaker_cache", None)
    parts = cache.get(OVERVIEW_KEY, KEEP_MIN_QUOTES, heavy) if cache is not None else heavy()
    return Overview(**parts, errors=errors(corpus, errors_limit, errors_offset))
