"""How a filtered quote search runs fast at a million quotes: pick what drives it, by cost.

A quote search combines up to six filters: the words (FTS5 matches, ``M``), the speakers
(``S``: a speaker id or name form may name many), an outlet, a date range and an addressee, which
are properties of the *reports* of a quote (``R``: a quote matches when one of its reports is in
an article from that outlet, in that range, and says it was said to that addressee: all on the
same report, as ``Corpus.quotes`` reads them), and the quote's kind (direct, indirect, mixed: a
column of the quote row, always checked on the row, never a driver: even the rarest kind, mixed,
is ~3% of quotes, so a walk by date meets one every ~30 rows). The other filters can be applied two
ways:

* as a **set**, built once from an index that covers it (``S``: ``quotes_speaker``; ``R``:
  ``articles_outlet`` or ``articles_date_status`` then ``quote_occurrences_article_quote``; with
  an addressee, its reports from ``quote_occurrences_addressee`` (addressee, quote, article), each
  one's article checked in ``articles_facets``), then looked up per candidate;
* as a **probe**, checked on each candidate row (``S``: the quote row's ``speaker_pk``; ``R``: an
  ``EXISTS`` from the quote's reports (``quote_occurrences_quote_article``) to their articles'
  outlet and date (``articles_facets``); with an addressee, one seek of (addressee, quote) in
  ``quote_occurrences_addressee``, then the articles of what it finds).

Measured on the 1M-quote bench corpus (bench/web_bench.py) per row, warm cache, on the shared
2-core machine: reading an index entry 0.1-0.45 µs, adding it to a set ~1 µs, looking one up
0.3 µs, walking FTS5 matches 0.3 µs, a quote row 1-3 µs, the reports probe 2.5-3.6 µs (15 µs
when it read the article rows, which hold whole texts: hence ``articles_facets``), FTS5
``rowid = ?`` 630 µs (never used), bm25 11-55 µs. The ``COST_*`` constants are the relative
costs :func:`choose` compares, for the expected number of candidates walked (which depends on
how dense the other filters are); a wrong guess costs time, never results.

Orders (the results are those of the plain query whatever the plan; tests/web/test_web_plans.py
compares every plan with a brute-force reference on the sample corpus):

* with words: best match first (bm25, then newest) when at most ``RANK_MAX`` quotes pass, else
  newest first (FTS5 walks its rowids backwards and stops at the page);
* without words: by ``first_date`` then ``pk``, newest first. With an outlet or dates this is the
  **report walk**: the matching articles newest first, each one's quotes collected; a quote's
  ``first_date`` is the date of its earliest report (the merge keeps it so), so once the walk is
  past date ``d`` every matching quote first reported after ``d`` has been seen, and the page is
  final as soon as enough of them are. With an addressee, its quotes can drive instead (driver
  ``addressee``): all of them, from its index, sorted by SQLite (read row by row into Python, as
  the report walk reads them, 39,000 reports took 250 ms; counted in SQL, 6 ms), each quote's
  date, kind and speaker read from ``quotes_facets`` (from the quote rows: 3x slower).
"""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tidings.corpus.addressees import addressee_clause

#: Cost of one step, in µs (see the module docstring for where they come from).
COST_SET_ENTRY = 0.45
COST_SET_LOOKUP = 0.3
COST_FTS_ROW = 0.34
COST_QUOTE_ROW = 1.0
COST_REPORT_PROBE = 3.0
COST_INDEX_ENTRY = 0.4
COST_REPORTS_SEEK = 1.5  # a quote's reports from quote_occurrences_quote_article, then a lookup
COST_ADDRESSEE_PROBE = 1.5  # one seek of (addressee, quote) in quote_occurrences_addressee
COST_REPORT_ROW = 4.0  # a report's row, read at random for its addressee (3-4 µs measured)
#: Articles counted when estimating how many reports an outlet / date filter keeps (past this
#: the filter is "large": estimated as half the corpus).
ESTIMATE_ARTICLES = 20_000
#: FTS5 matches counted when estimating how many quotes the words match (same idea).
ESTIMATE_MATCHES = 20_000
#: Reports said to an addressee counted when estimating (past this: "twice as many"; addressees
#: are named on a minority of reports, so "half the corpus" would be far too many).
ESTIMATE_ADDRESSED = 20_000
#: The share of quotes of each kind, for the planner's density guess (counting them would scan
#: the quotes table). The bundled sample corpus: direct 369, indirect 440, mixed 23 of 832.
KIND_SHARE = {"direct": 0.44, "indirect": 0.53, "mixed": 0.03}


def marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


@dataclass
class Scope:
    """The non-text filters of a quote search, resolved to keys, with their sizes.

    ``speakers``/``outlets``: row keys (None: no such filter); ``until`` is already the inclusive
    bound (``date + '~'``); ``kind``: a quote kind (None: any); ``addressee``: a name as the
    filter looks it up (:func:`tidings.corpus.addressees.addressee_key`; None: any).
    ``n_speaker_quotes``: quotes of the speakers (exact, from their counts); ``n_articles``,
    ``n_article_reports``: articles in the outlet and date range (counted up to
    :data:`ESTIMATE_ARTICLES`) and the reports they hold (estimated); ``n_addressed``: reports
    said to the addressee (counted up to :data:`ESTIMATE_ADDRESSED`); ``n_reports``: reports
    passing all of these (estimated, the two taken as independent).
    """

    speakers: list[int] | None
    outlets: list[int] | None
    since: str | None
    until: str | None
    kind: str | None = None
    addressee: str | None = None
    n_quotes: int = 0
    n_speaker_quotes: int = 0
    n_articles: int = 0
    n_article_reports: int = 0
    n_addressed: int = 0
    n_reports: int = 0

    @property
    def has_articles(self) -> bool:
        """Whether a report is filtered by its article (outlet, dates)."""
        return self.outlets is not None or self.since is not None or self.until is not None

    @property
    def has_reports(self) -> bool:
        """Whether a quote is filtered by its reports (outlet, dates, addressee)."""
        return self.has_articles or self.addressee is not None

    def addressed(self, alias: str = "qo") -> tuple[str, list[Any]]:
        """The addressee condition on a report row (the rule of corpus/addressees.py)."""
        assert self.addressee is not None
        return addressee_clause(f"{alias}.addressee", self.addressee)

    def _addressee_reports(self, quote: str | None) -> tuple[str, list[Any]]:
        """FROM and WHERE over the addressee's reports (of the quote ``quote``, if given), with
        their articles' outlet and date when filtered: from the addressee's index, which holds
        each report's quote and article."""
        cond, params = self.addressed()
        sql = "quote_occurrences qo INDEXED BY quote_occurrences_addressee"
        if self.has_articles:
            sql += " CROSS JOIN articles a INDEXED BY articles_facets ON a.pk = qo.article_pk"
            more, more_params = self.article_where()
            cond, params = f"{cond} AND {more}", [*params, *more_params]
        if quote is not None:
            cond += f" AND qo.quote_pk = {quote}"
        return f"{sql} WHERE {cond}", params

    def article_where(self, alias: str = "a") -> tuple[str, list[Any]]:
        """The outlet and date conditions on an article row (or index)."""
        where, params = ["1=1"], []
        if self.outlets is not None:
            where.append(f"{alias}.outlet_pk IN ({marks(self.outlets)})")
            params += self.outlets
        if self.since:
            where.append(f"{alias}.date >= ?")
            params.append(self.since)
        if self.until:
            where.append(f"{alias}.date <= ?")
            params.append(self.until)
        return " AND ".join(where), params

    def reports_set(self) -> tuple[str, list[Any]]:
        """SQL for the quote keys reported in the outlet and date range (index-only), said to
        the addressee (from the addressee's reports)."""
        if self.addressee is not None:
            sql, params = self._addressee_reports(None)
            return f"SELECT qo.quote_pk FROM {sql}", params
        cond, params = self.article_where()
        return (
            "SELECT qo.quote_pk FROM articles a JOIN quote_occurrences qo"
            f" ON qo.article_pk = a.pk WHERE {cond}",
            params,
        )

    def reports_probe(self, quote: str) -> tuple[str, list[Any]]:
        """SQL condition: the quote ``quote`` (a pk expression) has a report in the range (said
        to the addressee: a seek of the pair in the addressee's index)."""
        if self.addressee is not None:
            sql, params = self._addressee_reports(quote)
            return f"EXISTS (SELECT 1 FROM {sql})", params
        cond, params = self.article_where()
        return (
            # CROSS JOIN: from the quote's few reports to their articles, never the other way
            # (the planner would otherwise scan the outlet's articles once per candidate)
            "EXISTS (SELECT 1 FROM quote_occurrences qo CROSS JOIN articles a INDEXED BY"
            f" articles_facets ON a.pk = qo.article_pk WHERE qo.quote_pk = {quote} AND {cond})",
            params,
        )

    def reports_in_articles(self, quote: str) -> tuple[str, list[Any]]:
        """SQL condition: one of the quote's reports is in the set of articles in the range (the
        set built once from the outlet / date index: a few thousand articles where the reports
        set would hold ten times as many quotes)."""
        cond, params = self.article_where()
        if self.addressee is not None:
            said, said_params = self.addressed()
            return (
                "EXISTS (SELECT 1 FROM quote_occurrences qo INDEXED BY quote_occurrences_addressee"
                f" WHERE {said} AND qo.quote_pk = {quote}"
                f" AND +qo.article_pk IN (SELECT a.pk FROM articles a WHERE {cond}))",
                [*said_params, *params],
            )
        return (
            "EXISTS (SELECT 1 FROM quote_occurrences qo WHERE qo.quote_pk ="
            f" {quote} AND +qo.article_pk IN (SELECT a.pk FROM articles a WHERE {cond}))",
            params,
        )

    def speakers_set(self) -> tuple[str, list[Any]]:
        assert self.speakers is not None
        return (
            f"SELECT pk FROM quotes WHERE speaker_pk IN ({marks(self.speakers)})",
            list(self.speakers),
        )


def measure(conn: sqlite3.Connection, scope: Scope) -> Scope:
    """Fill in the sizes the planner compares (a few index reads, under 3 ms)."""
    scope.n_quotes = conn.execute("SELECT COALESCE(MAX(pk), 0) FROM quotes").fetchone()[0] or 1
    if scope.speakers is not None:
        scope.n_speaker_quotes = conn.execute(
            "SELECT COALESCE(SUM(n_quotes), 0) FROM speakers"
            f" WHERE pk IN ({marks(scope.speakers)})",
            scope.speakers,
        ).fetchone()[0]
    if not scope.has_reports:
        return scope
    total_reports = conn.execute("SELECT COALESCE(MAX(pk), 0) FROM quote_occurrences").fetchone()[0]
    if scope.addressee is not None:
        n = _count_addressed(conn, scope)
        scope.n_addressed = 2 * n if n >= ESTIMATE_ADDRESSED else n
    if scope.has_articles:
        cond, params = scope.article_where()
        scope.n_articles = n_articles = conn.execute(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM articles a WHERE {cond}"
            f" LIMIT {ESTIMATE_ARTICLES})",
            params,
        ).fetchone()[0]
        total_articles = conn.execute("SELECT COALESCE(MAX(pk), 0) FROM articles").fetchone()[0]
        per_article = total_reports / total_articles if total_articles else 0
        if n_articles >= ESTIMATE_ARTICLES:  # many: at most all of them
            scope.n_articles = n_articles = max(n_articles, total_articles // 2)
        scope.n_article_reports = round(n_articles * per_article)
    scope.n_reports = scope.n_article_reports if scope.has_articles else total_reports
    if scope.addressee is not None:  # the addressee's share of the reports in range
        scope.n_reports = round(scope.n_reports * scope.n_addressed / max(total_reports, 1))
    return scope


@dataclass(frozen=True)
class Plan:
    """What drives a quote search, and how each other filter is applied: 'set' or 'probe', or
    for the outlet / dates also 'articles' (a probe into the set of articles in range).

    Drivers: ``words`` (FTS5 matches, newest first), ``reports`` (the report walk, articles
    newest first), ``addressee`` (the addressee's quotes from its index, then sorted),
    ``speakers`` (the speakers' quotes from their index, then sorted), ``date`` (every
    quote, newest first).
    """

    driver: str
    speakers: str | None = None
    reports: str | None = None


def _density(scope: Scope) -> float:
    density = KIND_SHARE.get(scope.kind, 1.0) if scope.kind else 1.0
    if scope.speakers is not None:
        density *= min(1.0, scope.n_speaker_quotes / scope.n_quotes)
    if scope.has_reports:
        density *= min(1.0, scope.n_reports / scope.n_quotes)
    return density


def _way(n_set: float, walked: float, probe_cost: float) -> tuple[str, float]:
    """Set or probe for one filter while walking ``walked`` candidates; (way, cost)."""
    as_set = n_set * COST_SET_ENTRY + walked * COST_SET_LOOKUP
    as_probe = walked * probe_cost
    return ("set", as_set) if as_set < as_probe else ("probe", as_probe)


def _reports_way(scope: Scope, walked: float) -> tuple[str, float]:
    """How the outlet / dates / addressee are checked on ``walked`` candidates; (way, cost).

    Without an addressee the set holds the reports in range; with one, the addressee's reports
    (each one's article checked when there is a range), and the probe is one index seek."""
    if scope.addressee is None:
        way = _way(scope.n_article_reports, walked, COST_REPORT_PROBE)
    else:
        per_entry = COST_REPORTS_SEEK / COST_SET_ENTRY if scope.has_articles else 0.0
        probe = COST_ADDRESSEE_PROBE + (COST_REPORTS_SEEK if scope.has_articles else 0.0)
        way = _way(scope.n_addressed * (1 + per_entry), walked, probe)
    if scope.has_articles:
        by_articles = scope.n_articles * COST_SET_ENTRY + walked * COST_REPORTS_SEEK
        if by_articles < way[1]:
            way = ("articles", by_articles)
    return way


def _costed(scope: Scope, driver: str, walked: float, drive_cost: float) -> tuple[float, Plan]:
    cost = drive_cost
    speakers = reports = None
    if scope.speakers is not None and driver != "speakers":
        if driver == "words":
            speakers, more = _way(scope.n_speaker_quotes, walked, COST_QUOTE_ROW)
        else:  # the quote row is read anyway
            speakers, more = "probe", 0.0
        cost += more
    if scope.has_reports and driver not in ("reports", "addressee"):
        reports, more = _reports_way(scope, walked)
        cost += more
    return cost, Plan(driver, speakers, reports)


def choose(scope: Scope, n_matches: int | None, need: int) -> Plan:
    """The cheapest plan to find ``need`` results (and count them up to ``need``).

    ``n_matches``: how many quotes the words match (None without words; ``ESTIMATE_MATCHES`` or
    more means "many").
    """
    density = _density(scope)
    walked_all = need / density if density > 0 else float(scope.n_quotes)
    if n_matches is not None:
        matches = scope.n_quotes if n_matches >= ESTIMATE_MATCHES else n_matches
        walked = min(matches, walked_all)
        return _costed(scope, "words", walked, walked * COST_FTS_ROW)[1]
    walked = min(scope.n_quotes, walked_all)
    options = [_costed(scope, "date", walked, walked * COST_QUOTE_ROW)]
    if scope.speakers is not None:
        n = scope.n_speaker_quotes  # the whole list is read and sorted
        options.append(_costed(scope, "speakers", n, n * COST_SET_ENTRY))
    # about 1.2 reports per quote; the speakers and kind are checked on each report's quote
    kept = KIND_SHARE.get(scope.kind, 1.0) if scope.kind else 1.0
    if scope.speakers is not None:
        kept *= min(1.0, scope.n_speaker_quotes / scope.n_quotes)
    if scope.has_articles:
        step = COST_QUOTE_ROW + COST_SET_ENTRY
        if scope.addressee is not None:  # each report's row is read for its addressee
            kept *= min(1.0, scope.n_reports / max(scope.n_article_reports, 1))
            step += COST_REPORT_ROW
        walked = min(scope.n_article_reports, 1.2 * need / kept) if kept > 0 else walked
        options.append(_costed(scope, "reports", walked, walked * step))
    if scope.addressee is not None:  # every report said to them is read, then sorted
        n = scope.n_addressed
        step = COST_INDEX_ENTRY + COST_REPORTS_SEEK + COST_SET_ENTRY  # quotes_facets, a sort
        step += COST_REPORTS_SEEK if scope.has_articles else 0.0
        options.append(_costed(scope, "addressee", n, n * step))
    return min(options, key=lambda o: o[0])[1]


def every_plan(scope: Scope, words: bool) -> list[Plan]:
    """Every plan that can run a search with these filters (tests run them all)."""
    s_ways = ["set", "probe"] if scope.speakers is not None else [None]
    r_ways: list[str | None] = [None]
    if scope.has_reports:
        r_ways = ["set", "probe", "articles"] if scope.has_articles else ["set", "probe"]
    if words:
        return [Plan("words", s, r) for s in s_ways for r in r_ways]
    s_row = "probe" if scope.speakers is not None else None
    out = [Plan("date", s_row, r) for r in r_ways]
    if scope.speakers is not None:
        out += [Plan("speakers", None, r) for r in r_ways]
    if scope.has_reports:
        out.append(Plan("reports", s_row, None))
    if scope.addressee is not None:
        out.append(Plan("addressee", s_row, None))
    return out


def filter_sql(scope: Scope, plan: Plan, pk: str, quote_row: str | None) -> tuple[str, list]:
    """The WHERE conditions for ``plan``; ``pk`` is the candidate's quote key expression (made
    unusable as an index constraint with ``+`` so the walk order stays the driver's), and
    ``quote_row`` the alias of a joined quote row (needed for a speaker probe and the kind)."""
    where, params = ["1=1"], []
    if scope.kind:
        assert quote_row
        where.append(f"{quote_row}.kind = ?")
        params.append(scope.kind)
    if plan.speakers == "set":
        sql, more = scope.speakers_set()
        where.append(f"+{pk} IN ({sql})")
        params += more
    elif plan.speakers == "probe":
        assert quote_row and scope.speakers is not None
        where.append(f"{quote_row}.speaker_pk IN ({marks(scope.speakers)})")
        params += scope.speakers
    if plan.reports == "set":
        sql, more = scope.reports_set()
        where.append(f"+{pk} IN ({sql})")
        params += more
    elif plan.reports == "probe":
        sql, more = scope.reports_probe(pk)
        where.append(sql)
        params += more
    elif plan.reports == "articles":
        sql, more = scope.reports_in_articles(pk)
        where.append(sql)
        params += more
    return " AND ".join(where), params


# -- without words: the order is first_date, newest first ---------------------------------------


def report_walk(
    conn: sqlite3.Connection, scope: Scope, need: int, count_to: int
) -> tuple[list[int], int]:
    """Quotes reported in the outlet / date range (to the addressee; by the speakers, of the
    kind), newest first.

    Returns (the first ``need`` quote keys in (first_date, pk) descending order, how many match:
    exact, or more than ``count_to`` when the walk stopped early). The walk stops once the first
    ``need`` are final (see the module docstring) and more than ``count_to`` were seen.
    """
    cond, params = scope.article_where()
    if scope.addressee is not None:  # on the report's row ('+': the articles' index drives)
        said, said_params = scope.addressed()
        cond, params = f"{cond} AND +{said}", [*params, *said_params]
    select = (
        "SELECT a.date, q.pk, q.first_date FROM articles a"
        " JOIN quote_occurrences qo ON qo.article_pk = a.pk JOIN quotes q ON q.pk = qo.quote_pk"
        " WHERE"
    )
    speaker_cond = ""
    if scope.speakers is not None:
        speaker_cond = f" AND q.speaker_pk IN ({marks(scope.speakers)})"
        params = [*params, *scope.speakers]
    if scope.kind:
        speaker_cond += " AND q.kind = ?"
        params = [*params, scope.kind]
    seen: dict[int, str | None] = {}
    if scope.since is None and scope.until is None:
        # undated reports come last in the walk, yet may belong to a dated quote: take them first
        for _, pk, first in conn.execute(
            f"{select} {cond} AND a.date IS NULL{speaker_cond}", params
        ):
            seen[pk] = first
    firsts = sorted(f for f in seen.values() if f is not None)  # first dates seen, in order
    position: str | None = None
    for day, pk, first in conn.execute(
        f"{select} {cond} AND a.date IS NOT NULL{speaker_cond} ORDER BY a.date DESC",
        params,
    ):
        if day != position:
            position = day
            # quotes seen whose first report is after the walk's position: their order is final
            final = len(firsts) - bisect.bisect_right(firsts, day)
            if final >= need and len(seen) > count_to:
                break
        if pk not in seen:
            seen[pk] = first
            if first is not None:
                bisect.insort(firsts, first)
    ordered = sorted(seen, key=lambda k: (seen[k] is not None, seen[k] or "", k), reverse=True)
    return ordered[:need], len(seen)


@dataclass
class DatedPage:
    """A page of quote keys without words, newest first, and how to count every match:
    ``walked`` (the report walk counted them: exact up to its ``count_to``), else ``base``,
    the ``FROM ... WHERE ...`` of all matches with its ``params``, for a capped count."""

    keys: list[int]
    walked: int | None = None
    base: str = ""
    params: list[Any] = field(default_factory=list)


def dated_page(
    conn: sqlite3.Connection,
    scope: Scope,
    limit: int,
    offset: int,
    count_to: int = 0,
    plan: Plan | None = None,
) -> DatedPage:
    """The keys of quotes ``offset`` to ``offset + limit`` passing the filters of a measured
    ``scope``, by ``first_date`` then ``pk``, newest first, run by ``plan`` (default: the
    cheapest to find the page and count up to ``count_to``).

    The one way a search without words is run: the web search and ``Corpus.quotes`` (with an
    addressee, where the two mean the same filters) both call it, so a page is the same
    whichever face asked, and each plan is checked against one reference
    (tests/web/test_web_plans.py).
    """
    need = max(count_to + 1, offset + limit)
    plan = plan or choose(scope, None, need)
    if plan.driver == "reports":
        keys, n = report_walk(conn, scope, offset + limit, count_to)
        return DatedPage(keys[offset:], walked=n)
    cond, params = filter_sql(scope, plan, "q.pk", "q")
    source = "quotes q"
    if plan.driver == "addressee":  # their quotes, from the index, sorted here (not in Python)
        told, told_params = scope.reports_set()
        source = f"(SELECT DISTINCT quote_pk AS c FROM ({told})) d CROSS JOIN quotes q"
        source += " INDEXED BY quotes_facets ON q.pk = d.c"  # date, kind, speaker: no row
        params = [*told_params, *params]
    elif plan.driver == "speakers" and scope.speakers is not None:
        source += " INDEXED BY quotes_speaker"
        cond += f" AND q.speaker_pk IN ({marks(scope.speakers)})"
        params += scope.speakers
    elif scope.speakers is not None:
        source += " INDEXED BY quotes_date"  # walk by date, the speakers checked on each row
    # keys from the index alone when the speakers or the addressee drive
    base = f"FROM {source} WHERE {cond}"
    keys = [
        r[0]
        for r in conn.execute(
            f"SELECT q.pk {base} ORDER BY q.first_date DESC, q.pk DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
    ]
    return DatedPage(keys, base=base, params=params)


def few_articles(conn: sqlite3.Connection, scope: Scope, page_end: int) -> bool:
    """Articles list without words, by speakers: are the speakers' articles few enough to read
    and sort (True), or is walking every article by date, checking each, cheaper (False)?"""
    assert scope.speakers is not None
    n, total = conn.execute(
        "SELECT COALESCE(SUM(n_articles), 0), (SELECT COALESCE(MAX(pk), 1) FROM articles)"
        f" FROM speakers WHERE pk IN ({marks(scope.speakers)})",
        scope.speakers,
    ).fetchone()
    return _few(n, total, page_end)


def few_told(conn: sqlite3.Connection, scope: Scope, page_end: int) -> bool:
    """Articles list without words, by addressee (no speakers, or many): are the articles of
    the reports said to them few enough to read and sort (True), or is walking every article by
    date cheaper (False)? Their reports are counted (up to :data:`ESTIMATE_ADDRESSED`), each
    taken as in its own article."""
    n = _count_addressed(conn, scope)
    total = conn.execute("SELECT COALESCE(MAX(pk), 1) FROM articles").fetchone()[0]
    return n < ESTIMATE_ADDRESSED and _few(n, total, page_end)


def _count_addressed(conn: sqlite3.Connection, scope: Scope) -> int:
    """The reports said to the scope's addressee, counted up to :data:`ESTIMATE_ADDRESSED`
    through their index (the planner's estimate; a few ms at most)."""
    said, params = scope.addressed()
    return conn.execute(
        "SELECT COUNT(*) FROM (SELECT 1 FROM quote_occurrences qo INDEXED BY"
        f" quote_occurrences_addressee WHERE {said} LIMIT {ESTIMATE_ADDRESSED})",
        params,
    ).fetchone()[0]


def _few(n: int, total: int, page_end: int) -> bool:
    """Whether reading and sorting ``n`` of ``total`` articles beats walking them by date until
    the page and the count are full (each of the ``n`` costs a row and a sort step)."""
    need = max(page_end, 1001)
    walk = min(total, need * total / n) if n else total
    return n * COST_QUOTE_ROW * 2 < walk * COST_INDEX_ENTRY
