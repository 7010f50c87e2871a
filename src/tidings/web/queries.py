"""The web's own SQL over the corpus schema: what the :class:`~tidings.corpus.Corpus` read API
does not offer (yet).

* full-text search with highlighted matches and a total for paging (quotes and articles); how
  each combination of filters is run fast is chosen in :mod:`tidings.corpus.plans`;
* a speaker's quotes per day and outlet (the chart), descriptions with the outlets that used
  them, and addressees;
* the links from an article's own speaker and quote ids to the corpus-wide ones;
* the compare page's columns (one outlet, or one speaker: who/which outlets, descriptions,
  latest quotes) over the articles matching a topic, one function for both;
* articles per day and outlet (the overview chart).

Everything here only reads. Filters mean what they mean in the Corpus API: an outlet matches its
subdomains, dates are inclusive ISO prefixes on the article's date, a speaker is an id or a name
form (resolved by ``Corpus.speaker_pks``, the one place that rule lives).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tidings.corpus import Corpus, plans
from tidings.corpus.addressees import addressee_key
from tidings.web.highlight import HIT_CLOSE, HIT_OPEN

#: Counting matches stops here: past it the page says "1,000+" instead of joining them all (on
#: the 1M-quote bench corpus, counting 10,000 matches with their quotes took 43 ms).
COUNT_CAP = 1_000
#: Ranking matches by relevance (bm25) reads every match, so past this many the results come
#: newest first instead: FTS5 then walks its index backwards and stops at the page. Measured on
#: the 1M-quote bench corpus (bench/web_bench.py): ranking 3,200 matches took 50 ms, 46,000 took
#: 290 ms, 219,000 took 1.9 s; newest first took under 1 ms for each. Rerun it after a change.
RANK_MAX = 1000
#: Characters of context FTS5 keeps around matches in an article snippet (in tokens).
SNIPPET_TOKENS = 28


@dataclass(frozen=True)
class Filters:
    """What a user can narrow a result list by (every field optional)."""

    q: str | None = None
    speaker: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    #: direct, indirect or mixed: quote lists only (the article list has no kind).
    quote_kind: str | None = None
    #: to whom it was said ("AFP"; :mod:`tidings.corpus.addressees` says how it matches): a
    #: quote one of whose reports says so; an article with such a report.
    addressee: str | None = None


@dataclass
class Found:
    """A page of results: rows, the total (capped), and the order they came in
    ("relevance", "newest" for many matches, "date" without a query)."""

    rows: list[dict[str, Any]]
    total: int
    exact: bool
    order: str


def fts_order(total: int, exact: bool, table: str) -> tuple[str, str]:
    """(order name, ORDER BY clause) for a full-text result list of this size."""
    if exact and total <= RANK_MAX:
        # bm25() in ORDER BY is computed for the rows that pass the other filters only; ORDER BY
        # rank is handed to FTS5, which ranks every match before the filters run.
        return "relevance", f"bm25({table}), {table}.rowid DESC"
    return "newest", f"{table}.rowid DESC"


class NoMatch(Exception):
    """A filter matched nothing (an unknown speaker): the result is empty, no query needed."""


# -- filter clauses -----------------------------------------------------------------------------


def outlet_clause(outlet: str, column: str = "o.domain") -> tuple[str, list[Any]]:
    """An outlet matches its domain and its subdomains (as in the Corpus API)."""
    domain = outlet.strip().lower().removeprefix("www.")
    return f"({column} = ? OR {column} LIKE ?)", [domain, f"%.{domain}"]


def outlet_pks(conn: sqlite3.Connection, outlet: str) -> list[int]:
    """Row keys of an outlet and its subdomains (:func:`outlet_clause`'s rule)."""
    clause, params = outlet_clause(outlet, "domain")
    return [r[0] for r in conn.execute(f"SELECT pk FROM outlets WHERE {clause}", params)]


def speaker_pks(corpus: Corpus, speaker: str) -> list[int]:
    """Corpus speaker keys for an id or a name form; raises :class:`NoMatch` when none."""
    pks = corpus.speaker_pks(speaker)
    if not pks:
        raise NoMatch(speaker)
    return pks


def _in(column: str, values: Sequence[Any]) -> str:
    return f"{column} IN ({','.join('?' * len(values))})"


def plain_words(query: str) -> str:
    """A query that is not valid FTS5 syntax, as a conjunction of its quoted words."""
    return " ".join(f'"{w}"' for w in re.findall(r"\w+", query))


def run_fts(
    conn: sqlite3.Connection, sql: str, query: str, before: list[Any], after: list[Any]
) -> list[sqlite3.Row]:
    """Run ``sql`` with the FTS query as written; if FTS5 rejects its syntax, as plain words.

    ``before`` and ``after`` are the parameters on either side of the MATCH placeholder.
    """
    try:
        return conn.execute(sql, [*before, query, *after]).fetchall()
    except sqlite3.OperationalError:
        # FTS5 reports bad syntax in several ways ("fts5: syntax error", "unterminated
        # string", "no such column"); if the plain-words retry fails too, that error is raised.
        plain = plain_words(query)
        if not plain:
            return []
        return conn.execute(sql, [*before, plain, *after]).fetchall()


def capped_count(
    conn: sqlite3.Connection,
    sql: str,
    query: str | None,
    before: list,
    after: list,
    cap: int | None = None,
) -> tuple[int, bool]:
    """Count the rows of ``sql`` up to ``cap`` (default :data:`COUNT_CAP`); (count, exact)."""
    cap = COUNT_CAP if cap is None else cap
    wrapped = f"SELECT COUNT(*) FROM ({sql} LIMIT {cap + 1})"
    if query is None:
        n = conn.execute(wrapped, [*before, *after]).fetchone()[0]
    else:
        rows = run_fts(conn, wrapped, query, before, after)
        n = rows[0][0] if rows else 0
    return min(n, cap), n <= cap


# -- quotes -------------------------------------------------------------------------------------

_QUOTE_COLUMNS = (
    "q.pk, q.id, q.text, q.kind, q.first_date, q.n_occurrences, q.n_outlets,"
    " s.id AS speaker_id, s.name AS speaker"
)


def quote_scope(corpus: Corpus, f: Filters) -> plans.Scope:
    """The filters of a quote search resolved to row keys; raises :class:`NoMatch` when one
    names nothing (an unknown speaker or outlet)."""
    speakers = speaker_pks(corpus, f.speaker) if f.speaker else None
    outlets = None
    if f.outlet:
        outlets = outlet_pks(corpus.connection(), f.outlet)
        if not outlets:
            raise NoMatch(f.outlet)
    return plans.Scope(
        speakers=speakers,
        outlets=outlets,
        since=f.since or None,
        until=f"{f.until}~" if f.until else None,  # '~' sorts after every date-time character
        kind=f.quote_kind or None,
        addressee=addressee_key(f.addressee) if f.addressee else None,
    )


def search_quotes(
    corpus: Corpus, f: Filters, limit: int, offset: int, plan: plans.Plan | None = None
) -> Found:
    """Quotes matching the filters, with the matches marked in ``text_hl``.

    With a query: best match first (newest first past :data:`RANK_MAX` matches); without, by
    date, newest first. An outlet, date or addressee filter keeps quotes with a report from that
    outlet, in that range, said to that addressee. How the filters are applied is chosen by
    cost (:mod:`tidings.corpus.plans`); ``plan`` forces a choice (tests run every plan against the
    same reference).
    """
    conn = corpus.connection()
    try:
        scope = plans.measure(conn, quote_scope(corpus, f))
    except NoMatch:
        return Found([], 0, True, "relevance" if f.q else "date")
    if f.q:
        need = max(COUNT_CAP + 1, offset + limit)
        return _quotes_matching(conn, f.q, scope, limit, offset, need, plan)
    page = plans.dated_page(conn, scope, limit, offset, COUNT_CAP, plan)
    if page.walked is not None:
        total, exact = min(page.walked, COUNT_CAP), page.walked <= COUNT_CAP
    else:
        total, exact = capped_count(conn, f"SELECT 1 {page.base}", None, page.params, [])
    return Found(quotes_by_pk(conn, page.keys), total, exact, "date")


def _quotes_matching(
    conn: sqlite3.Connection,
    query: str,
    scope: plans.Scope,
    limit: int,
    offset: int,
    need: int,
    plan: plans.Plan | None,
) -> Found:
    """A search with words: the FTS5 matches drive, newest first; each filter is a set or a
    probe (:func:`tidings.corpus.plans.choose`)."""
    usable = usable_query(conn, "quotes_fts", query)
    if usable is None:
        return Found([], 0, True, "relevance")
    if plan is None:
        n_matches, _ = capped_count(
            conn,
            "SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ?",
            usable,
            [],
            [],
            cap=plans.ESTIMATE_MATCHES,
        )
        plan = plans.choose(scope, n_matches, need)
    cond, params = plans.filter_sql(scope, plan, "quotes_fts.rowid", "q")
    joins = ""
    if plan.speakers == "probe" or scope.kind:  # the probes read the quote row
        joins = " CROSS JOIN quotes q ON q.pk = quotes_fts.rowid"
    keys, total, exact, order = fts_keys(
        conn, "quotes_fts", usable, joins, cond, params, limit, offset
    )
    rows = _keyed(
        conn,
        f"SELECT {_QUOTE_COLUMNS}, highlight(quotes_fts, 0, ?, ?) AS text_hl FROM quotes_fts"
        " CROSS JOIN quotes q ON q.pk = quotes_fts.rowid"
        " LEFT JOIN speakers s ON s.pk = q.speaker_pk",
        "quotes_fts",
        [HIT_OPEN, HIT_CLOSE],
        usable,
        keys,
    )
    return Found(with_occurrences(conn, rows), total, exact, order)


def usable_query(conn: sqlite3.Connection, table: str, query: str) -> str | None:
    """``query`` if FTS5 accepts its syntax for ``table``, else its words, each quoted (None:
    it has no words). FTS5 reports bad syntax in several ways ("fts5: syntax error",
    "unterminated string", "no such column")."""
    try:
        conn.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT 1", (query,))
        return query
    except sqlite3.OperationalError:
        return plain_words(query) or None


def fts_keys(
    conn: sqlite3.Connection,
    table: str,
    query: str,
    joins: str,
    cond: str,
    params: list[Any],
    limit: int,
    offset: int,
) -> tuple[list[int], int, bool, str]:
    """The keys of a page of full-text matches passing ``cond``: (keys, total, exact, order).

    One walk over the matches with the filters, newest first, stopping at the count cap (or the
    page, if deeper); then, when ranking, bm25 over the matches it kept and nothing else. When
    the words match at most :data:`RANK_MAX` rows at all (counted first, up to that bound), the
    result is ranked whatever the filters keep, so bm25 is taken in the same walk.
    """
    need = max(COUNT_CAP + 1, offset + limit)
    few = conn.execute(
        f"SELECT COUNT(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT {RANK_MAX + 1})",
        (query,),
    ).fetchone()[0] <= min(RANK_MAX, COUNT_CAP)
    score = f", bm25({table})" if few else ", NULL"
    found = conn.execute(
        f"SELECT {table}.rowid{score} FROM {table}{joins} WHERE {table} MATCH ? AND {cond}"
        f" ORDER BY {table}.rowid DESC LIMIT ?",
        [query, *params, need],
    ).fetchall()
    keys = [r[0] for r in found]
    total, exact = min(len(keys), COUNT_CAP), len(keys) <= COUNT_CAP
    order, order_by = fts_order(total, exact, table)
    if order == "newest" or not keys:
        return keys[offset : offset + limit], total, exact, order
    if few:  # ranked in the walk: bm25, then newest (the order of `found`)
        ranked = [r[0] for r in sorted(found, key=lambda r: r[1])]
        return ranked[offset : offset + limit], total, exact, order
    ranked = [
        r[0]
        for r in conn.execute(
            f"SELECT {table}.rowid FROM {table} WHERE {table} MATCH ?"
            f" AND {table}.rowid BETWEEN ? AND ? AND +{table}.rowid IN"
            f" (SELECT value FROM json_each(?)) ORDER BY {order_by} LIMIT ? OFFSET ?",
            [query, min(keys), max(keys), json.dumps(keys), limit, offset],
        )
    ]
    return ranked, total, exact, order


def _keyed(
    conn: sqlite3.Connection,
    select: str,
    table: str,
    before: list[Any],
    query: str,
    keys: list[int],
) -> list[sqlite3.Row]:
    """The rows of ``select`` (over the full-text ``table``, with highlights) for ``keys``, in
    their order: the matches walked are only those between the first and the last key."""
    if not keys:
        return []
    rows = conn.execute(
        f"{select} WHERE {table} MATCH ? AND {table}.rowid BETWEEN ? AND ?"
        f" AND +{table}.rowid IN (SELECT value FROM json_each(?))",
        [*before, query, min(keys), max(keys), json.dumps(keys)],
    ).fetchall()
    order = {k: n for n, k in enumerate(keys)}
    return sorted(rows, key=lambda r: order[r["pk"]])


def quotes_by_pk(conn: sqlite3.Connection, pks: Sequence[int]) -> list[dict[str, Any]]:
    """Quotes (with occurrences) for these keys, in the order given."""
    if not pks:
        return []
    rows = conn.execute(
        f"SELECT {_QUOTE_COLUMNS}, q.text AS text_hl FROM quotes q"
        f" LEFT JOIN speakers s ON s.pk = q.speaker_pk WHERE {_in('q.pk', pks)}",
        list(pks),
    ).fetchall()
    order = {pk: n for n, pk in enumerate(pks)}
    return with_occurrences(conn, sorted(rows, key=lambda r: order[r["pk"]]))


def with_occurrences(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
    """Attach to each quote row the articles that reported it (oldest first)."""
    if not rows:
        return []
    pks = [r["pk"] for r in rows]
    found: dict[int, list[dict[str, Any]]] = {pk: [] for pk in pks}
    for o in conn.execute(
        "SELECT qo.quote_pk, a.id AS article_id, a.title, a.url, o.domain AS outlet, a.date,"
        " qo.start, qo.\"end\", json_extract(qo.cue, '$.text') AS cue,"
        " qo.speaker AS speaker_as_written, qo.speaker_description, qo.addressee,"
        " qo.said_on, json_extract(qo.said_on_mention, '$.text') AS said_on_words"
        " FROM quote_occurrences qo JOIN articles a ON a.pk = qo.article_pk"
        " LEFT JOIN outlets o ON o.pk = a.outlet_pk"
        f" WHERE {_in('qo.quote_pk', pks)} ORDER BY a.date, a.pk, qo.seq",
        pks,
    ):
        d = dict(o)
        found[d.pop("quote_pk")].append(d)
    out = []
    for r in rows:
        d = dict(r)
        d["occurrences"] = found[d.pop("pk")]
        out.append(d)
    return out


# -- articles -----------------------------------------------------------------------------------


def search_articles(corpus: Corpus, f: Filters, limit: int, offset: int) -> Found:
    """Articles matching the filters (a speaker filter keeps articles quoting them, an addressee
    filter articles with a quote said to them); ordered as :func:`search_quotes` orders quotes.

    The filters are checked on :data:`articles_facets` (an index holding each article's outlet,
    date and status: reading those from an article row, which holds its whole text, costs ten
    times more); a speaker filter is the speakers' articles, read once from their index.
    """
    conn = corpus.connection()
    empty = Found([], 0, True, "relevance" if f.q else "date")
    try:
        scope = quote_scope(corpus, f)
    except NoMatch:
        return empty
    # without words, the outlet's (or the date range's) index gives the order, or the speakers'
    # (else the addressee's) few articles are sorted: that filter's '+' goes
    drives = None
    if not f.q and scope.speakers is not None and plans.few_articles(conn, scope, offset + limit):
        drives = "speakers"
    elif not f.q and scope.addressee is not None and plans.few_told(conn, scope, offset + limit):
        drives = "addressee"
    cond, params = scope.article_where()
    cond += " AND a.status = 'article'"
    if scope.speakers is not None:
        cond += (
            f" AND {'' if drives == 'speakers' else '+'}a.pk IN (SELECT x.article_pk FROM"
            f" article_speakers x WHERE x.speaker_pk IN ({plans.marks(scope.speakers)}))"
        )
        params += scope.speakers
    if scope.addressee is not None:  # the articles of the addressee's reports, from its index
        said, more = scope.addressed()
        cond += (
            f" AND {'' if drives == 'addressee' else '+'}a.pk IN (SELECT qo.article_pk FROM"
            f" quote_occurrences qo INDEXED BY quote_occurrences_addressee WHERE {said})"
        )
        params += more
    columns = (
        "a.pk, a.id, a.title, a.url, o.domain AS outlet, a.date, a.section, a.authors,"
        " (SELECT COUNT(*) FROM quote_occurrences qo WHERE qo.article_pk = a.pk) AS n_quotes"
    )
    if f.q:
        usable = usable_query(conn, "articles_fts", f.q)
        if usable is None:
            return empty
        joins = " CROSS JOIN articles a INDEXED BY articles_facets ON a.pk = articles_fts.rowid"
        keys, total, exact, order = fts_keys(
            conn, "articles_fts", usable, joins, cond, params, limit, offset
        )
        rows = _keyed(
            conn,
            f"SELECT {columns}, highlight(articles_fts, 0, ?, ?) AS title_hl,"
            f" snippet(articles_fts, 1, ?, ?, '…', {SNIPPET_TOKENS}) AS snippet"
            " FROM articles_fts CROSS JOIN articles a ON a.pk = articles_fts.rowid"
            " LEFT JOIN outlets o ON o.pk = a.outlet_pk",
            "articles_fts",
            [HIT_OPEN, HIT_CLOSE, HIT_OPEN, HIT_CLOSE],
            usable,
            keys,
        )
        return Found([_article_row(r) for r in rows], total, exact, order)
    # keys first, then the rows
    index = " INDEXED BY articles_facets" if drives else ""
    base = f"FROM articles a{index} WHERE {cond}"
    keys = [
        r[0]
        for r in conn.execute(
            f"SELECT a.pk {base} ORDER BY a.date DESC, a.pk DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
    ]
    total, exact = capped_count(conn, f"SELECT 1 {base}", None, params, [])
    rows = conn.execute(
        f"SELECT {columns}, a.title AS title_hl, NULL AS snippet FROM articles a"
        f" LEFT JOIN outlets o ON o.pk = a.outlet_pk WHERE {_in('a.pk', keys)}",
        keys,
    ).fetchall()
    order = {k: n for n, k in enumerate(keys)}
    rows = sorted(rows, key=lambda r: order[r["pk"]])
    return Found([_article_row(r) for r in rows], total, exact, "date")


def _article_row(row: sqlite3.Row) -> dict[str, Any]:
    d = dict(row)
    d.pop("pk")
    return d


def article_links(
    conn: sqlite3.Connection, article_id: str
) -> tuple[dict[str, str], dict[int, dict]]:
    """For one article: its speaker ids -> corpus speaker ids, and per quote seq the corpus quote
    (id, n_outlets) it was merged into."""
    speakers = {
        r["local_id"]: r["id"]
        for r in conn.execute(
            "SELECT x.local_id, s.id FROM articles a JOIN article_speakers x ON x.article_pk = a.pk"
            " JOIN speakers s ON s.pk = x.speaker_pk WHERE a.id = ?",
            (article_id,),
        )
    }
    quotes = {
        r["seq"]: {"quote_id": r["id"], "n_outlets": r["n_outlets"] or 0}
        for r in conn.execute(
            "SELECT qo.seq, q.id, q.n_outlets FROM articles a"
            " JOIN quote_occurrences qo ON qo.article_pk = a.pk"
            " LEFT JOIN quotes q ON q.pk = qo.quote_pk WHERE a.id = ?",
            (article_id,),
        )
    }
    return speakers, quotes


# -- speakers -----------------------------------------------------------------------------------


def speaker_pk(conn: sqlite3.Connection, speaker_id: str) -> int | None:
    row = conn.execute("SELECT pk FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
    return row[0] if row else None


def speaker_reports(conn: sqlite3.Connection, pk: int) -> list[sqlite3.Row]:
    """(day, outlet, addressee, n): the reports of the speaker's quotes, grouped.

    One pass serves both the chart (per day and outlet) and the addressees: on the 1M-quote bench
    corpus the top speaker's 100,000 reports take one join instead of two.
    """
    return conn.execute(
        "SELECT substr(a.date, 1, 10) AS day, o.domain AS outlet, qo.addressee AS addressee,"
        " COUNT(*) AS n FROM quotes q JOIN quote_occurrences qo ON qo.quote_pk = q.pk"
        " JOIN articles a ON a.pk = qo.article_pk LEFT JOIN outlets o ON o.pk = a.outlet_pk"
        " WHERE q.speaker_pk = ? GROUP BY day, outlet, addressee",
        (pk,),
    ).fetchall()


def speaker_descriptions(conn: sqlite3.Connection, pk: int, limit: int = 30) -> list[sqlite3.Row]:
    """(value, n, outlets): the descriptions articles gave the speaker, most used first."""
    return conn.execute(
        "SELECT j.value AS value, COUNT(*) AS n, group_concat(DISTINCT o.domain) AS outlets"
        " FROM article_speakers x JOIN json_each(x.descriptions) j"
        " JOIN articles a ON a.pk = x.article_pk LEFT JOIN outlets o ON o.pk = a.outlet_pk"
        " WHERE x.speaker_pk = ? GROUP BY j.value ORDER BY n DESC, value LIMIT ?",
        (pk, limit),
    ).fetchall()


def count_speakers(corpus: Corpus, query: str | None) -> int:
    conn = corpus.connection()
    if query:
        pks = corpus.speaker_pks(query)
        if not pks:
            return 0
        return conn.execute(
            f"SELECT COUNT(*) FROM speakers WHERE n_quotes > 0 AND {_in('pk', pks)}", pks
        ).fetchone()[0]
    return conn.execute("SELECT COUNT(*) FROM speakers WHERE n_quotes > 0").fetchone()[0]


# -- compare ------------------------------------------------------------------------------------


def _topic(query: str | None) -> tuple[str, list[Any]]:
    """Keep articles matching a full-text topic (as a clause on ``a.pk``), or everything."""
    if not query:
        return "1=1", []
    # '+': a membership test on each article in scope, never an index constraint (the planner
    # would otherwise seek every matching article in the reports' index, once per quote: 8 s
    # for a speaker on the 1M-quote bench corpus)
    return "+a.pk IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", [query]


def _fts_safe(
    conn: sqlite3.Connection, sql: str, params: list[Any], query: str | None
) -> list[sqlite3.Row]:
    """Run a query whose params include the topic; retry as plain words on FTS syntax errors."""
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError:
        if not query:
            raise
        plain = plain_words(query)
        if not plain:
            return []
        return conn.execute(sql, [plain if p == query else p for p in params]).fetchall()


def compare(
    conn: sqlite3.Connection, by: str, keys: list[int], query: str | None, top: int
) -> dict[str, Any]:
    """One column of the compare page, over the reports in articles matching ``query``.

    ``by='outlet'``: ``keys`` are an outlet's row keys; who it quotes (speakers), how it
    describes them, its latest quotes. ``by='speaker'``: ``keys`` are speakers' row keys; which
    outlets quote them, how each describes them, their latest quotes.

    The reports in scope are read once (a materialised CTE) and the counts, the top list and the
    latest quotes are aggregated from it in the same statement: on the 1M-quote bench corpus an
    outlet has ~29,000 reports, and each of the four separate queries this replaced read them
    all again.
    """
    tc, tp = _topic(query)
    if by == "outlet":
        # a report's corpus speaker is its quote's; the merge builds each speaker's quotes from
        # the reports of that speaker's article speakers, so the article speaker (next to the
        # report) gives it without a random read of the quote row (80 ms for 29,000 reports)
        scope = (
            "FROM articles a JOIN quote_occurrences qo ON qo.article_pk = a.pk"
            " LEFT JOIN article_speakers sx ON sx.pk = qo.article_speaker_pk AND"
            f" qo.quote_pk IS NOT NULL WHERE {_in('a.outlet_pk', keys)}"
        )
        speaker = "sx.speaker_pk"
        top_list = (  # grouped first, then named
            "SELECT s.id AS key, COALESCE(s.name, g.written, '(unattributed)') AS value, g.n"
            " FROM (SELECT speaker_pk, CASE WHEN speaker_pk IS NULL THEN written END AS written,"
            " COUNT(*) AS n FROM r GROUP BY 1, 2) g LEFT JOIN speakers s ON s.pk = g.speaker_pk"
        )
        # descriptions: grouped per speaker and wording, then named
        facets = ""  # the outlet's index drives
        described, group, named = (
            _in("a.outlet_pk", keys),
            "x.speaker_pk",
            "SELECT s.name AS of, g.value, g.n FROM g LEFT JOIN speakers s ON s.pk = g.dim",
        )
    else:
        scope = (
            "FROM quotes q JOIN quote_occurrences qo ON qo.quote_pk = q.pk"
            " JOIN articles a INDEXED BY articles_facets ON a.pk = qo.article_pk"
            f" WHERE {_in('q.speaker_pk', keys)}"
        )
        speaker = "q.speaker_pk"
        top_list = (  # grouped first, then named
            "SELECT NULL AS key, COALESCE(o.domain, '(no outlet)') AS value, SUM(g.n) AS n"
            " FROM (SELECT outlet_pk, COUNT(*) AS n FROM r GROUP BY outlet_pk) g"
            " LEFT JOIN outlets o ON o.pk = g.outlet_pk GROUP BY o.domain"
        )
        # descriptions: grouped per outlet and wording, then named
        facets = " INDEXED BY articles_facets"  # an article's outlet without its row
        described, group, named = (
            _in("x.speaker_pk", keys),
            "a.outlet_pk",
            "SELECT COALESCE(o.domain, '(no outlet)') AS of, g.value, g.n FROM g"
            " LEFT JOIN outlets o ON o.pk = g.dim",
        )
    rows = _fts_safe(
        conn,
        "WITH r AS MATERIALIZED (SELECT a.pk AS article, a.date AS date, qo.quote_pk AS quote,"
        f" {speaker} AS speaker_pk, qo.speaker AS written, a.outlet_pk AS outlet_pk"
        f" {scope} AND {tc})"
        " SELECT 'total' AS part, NULL AS key, COUNT(DISTINCT article) AS value, COUNT(*) AS n"
        " FROM r UNION ALL SELECT 'top', * FROM"
        f" ({top_list} ORDER BY n DESC, value LIMIT ?)"
        " UNION ALL SELECT 'recent', * FROM (SELECT quote AS key, MAX(date) AS value, NULL"
        " FROM r WHERE quote IS NOT NULL GROUP BY quote ORDER BY value DESC, key DESC LIMIT 5)",
        [*keys, *tp, top],
        query,
    )
    descriptions = _fts_safe(
        conn,
        f"WITH g AS (SELECT {group} AS dim, j.value AS value, COUNT(*) AS n"
        " FROM article_speakers x JOIN json_each(x.descriptions) j"
        f" JOIN articles a{facets} ON a.pk = x.article_pk"
        f" WHERE {described} AND {tc} GROUP BY 1, 2)"
        f" {named} ORDER BY n DESC, value, of LIMIT ?",
        [*keys, *tp, top],
        query,
    )
    parts: dict[str, list[sqlite3.Row]] = {"total": [], "top": [], "recent": []}
    for r in rows:
        parts[r["part"]].append(r)
    total = parts["total"][0] if parts["total"] else None
    return {
        "n_quotes": total["n"] if total else 0,
        "n_articles": total["value"] if total else 0,
        "top": [{k: r[k] for k in ("key", "value", "n")} for r in parts["top"]],
        "descriptions": [dict(r) for r in descriptions],
        "quotes": quotes_by_pk(conn, [r["key"] for r in parts["recent"]]),
    }


# -- overview -----------------------------------------------------------------------------------


def article_days(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """(day, outlet, n): articles per day and outlet."""
    return conn.execute(
        "SELECT substr(a.date, 1, 10) AS day, o.domain AS outlet, COUNT(*) AS n FROM articles a"
        " LEFT JOIN outlets o ON o.pk = a.outlet_pk WHERE a.status = 'article'"
        " GROUP BY day, outlet"
    ).fetchall()


def count_errors(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM errors").fetchone()[0]


def count_outlets(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM outlets").fetchone()[0]


def outlet_domains(conn: sqlite3.Connection, limit: int) -> list[str]:
    """Outlet domains, most articles first (the compare form's suggestions). Counted from the
    outlet index alone: the outlet list with quote counts reads every report (2 s at a million
    quotes), which made the compare page slow whatever it compared."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT o.domain FROM outlets o ORDER BY"
            " (SELECT COUNT(*) FROM articles a WHERE a.outlet_pk = o.pk) DESC, o.domain LIMIT ?",
            (limit,),
        )
    ]
