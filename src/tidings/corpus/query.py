"""The read side of a corpus: ``tidings.Corpus(path)``; the CLI, HTTP API and web UI call this.

Results are plain dicts (JSON-ready, keys documented on each method), except :meth:`Corpus.article`
which gives back the :class:`~tidings.model.Article` record exactly as it was stored. Each thread
gets its own SQLite connection (WAL: reads never block the writer, nor the writer them).

>>> corpus = Corpus("tidings.db")
>>> corpus.quotes(speaker="Putin", since="2016-01-01", query="withdrawal")[0]["text"]
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tidings.corpus import plans
from tidings.corpus.addressees import addressee_clause, addressee_key
from tidings.corpus.merge import speaker_profile
from tidings.corpus.names import fold
from tidings.corpus.schema import LATEST, connect, migrate, version
from tidings.model import QUOTE_KINDS, Article, Entity, Quote, Span, Speaker

DateLike = str | date | datetime | None

#: Bounds that keep a text query fast at any corpus size (bench/corpus_bench.py search, 1,000,000
#: quotes). A query is answered from its latest matches (FTS5 walks a term's rowids backwards in
#: O(limit)), never from all of them: a common word matches half the corpus, and fetching or
#: ranking 500,000 rows takes seconds. FTS_CANDIDATES matches without filters; with a speaker or
#: outlet filter FILTERED_CANDIDATES; when ranking (bm25 costs ~30 µs a row) RANK_CANDIDATES.
#: A filter naming at most NARROW_FILTER quotes is walked through its own index instead.
FTS_CANDIDATES = 1000
FILTERED_CANDIDATES = 5000
RANK_CANDIDATES = 200
NARROW_FILTER = 20_000

_QUOTE_ORDER = {
    "rank": "q.first_date DESC, q.pk DESC",  # without a query there is no rank: newest first
    "date": "q.first_date DESC, q.pk DESC",
    "outlets": "q.n_outlets DESC, q.n_occurrences DESC, q.first_date DESC, q.pk DESC",
}
#: The columns of a quote row in :meth:`Corpus.quotes` (before its occurrences are added).
_QUOTE_COLUMNS = (
    "q.pk, q.id, q.text, q.kind, q.first_date, q.n_occurrences, q.n_outlets,"
    " s.id AS speaker_id, s.name AS speaker, s.type AS speaker_type"
)
_SPEAKER_ORDER = {
    "quotes": "s.n_quotes DESC, s.n_articles DESC, s.name",
    "outlets": "s.n_outlets DESC, s.n_quotes DESC, s.name",
}

#: Most rows a single call returns; more is paging (``offset``).
MAX_LIMIT = 1000


def check_kind(kind: str) -> str:
    """``kind`` if it names a quote kind, else a ValueError that lists the kinds."""
    if kind not in QUOTE_KINDS:
        raise ValueError(f"kind must be one of {', '.join(QUOTE_KINDS)}, not {kind!r}")
    return kind


class Corpus:
    """A corpus file, read through plain queries. Creates and migrates the file when needed.

    :param path: the SQLite file, e.g. ``"tidings.db"``.
    """

    def __init__(self, path: str | Path, *, create: bool = True, readonly: bool = False) -> None:
        """
        :param create: create (and migrate) the file when it does not exist.
        :param readonly: open read-only connections (SQLite refuses any write, e.g. for a web
            server); the file must exist at this tidings' schema version, never migrated.
        """
        self.path = str(path)
        self.readonly = readonly
        if (readonly or not create) and not Path(self.path).is_file():
            raise FileNotFoundError(f"no corpus at {self.path} (run `tidings ingest` first)")
        self._local = threading.local()
        self._conns: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        if readonly:
            found = version(self._conn())
            if found != LATEST:
                raise RuntimeError(
                    f"{self.path} has corpus schema version {found}, this tidings reads version"
                    f" {LATEST}: `tidings serve --db {self.path}` migrates it before serving"
                    " (or tidings.corpus.schema.migrate_file)"
                )
        else:
            migrate(self._conn())

    # -- connections ----------------------------------------------------------------------------

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path, readonly=self.readonly)
            self._local.conn = conn
            with self._lock:
                self._conns.append(conn)
        return conn

    def connection(self) -> sqlite3.Connection:
        """This thread's SQLite connection, for reads the methods here do not cover."""
        return self._conn()

    def interrupt(self) -> None:
        """Abort the query each thread's connection is running, if any (safe from any thread);
        the interrupted call raises ``sqlite3.OperationalError``."""
        with self._lock:
            for conn in self._conns:
                conn.interrupt()

    def close(self) -> None:
        with self._lock:
            for conn in self._conns:
                conn.close()
            self._conns.clear()
        self._local = threading.local()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _all(self, sql: str, params: list | tuple = ()) -> list[sqlite3.Row]:
        return self._conn().execute(sql, params).fetchall()

    def _one(self, sql: str, params: list | tuple = ()) -> sqlite3.Row | None:
        return self._conn().execute(sql, params).fetchone()

    # -- articles -------------------------------------------------------------------------------

    def articles(
        self,
        *,
        outlet: str | None = None,
        since: DateLike = None,
        until: DateLike = None,
        query: str | None = None,
        status: str | None = "article",
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Articles, newest first (or best match first with ``query``, among its latest
        ``RANK_CANDIDATES`` matches).

        Each dict: id, title, url, outlet, date, published, section, authors, status, reason,
        n_quotes, duplicate_of (article id or None), and ``snippet`` when searching.
        """
        where, params = ["1=1"], []
        if status:
            where.append("a.status = ?")
            params.append(status)
        if outlet:
            outlet_pks = self._outlet_pks(outlet)
            if not outlet_pks:
                return []
            where.append(f"a.outlet_pk IN ({','.join('?' * len(outlet_pks))})")
            params += outlet_pks
        _date_filter(where, params, since, until, "a.date")
        select = (
            "SELECT a.pk, a.id, a.title, a.url, o.domain AS outlet, a.date, a.published,"
            " a.section, a.authors, a.status, a.reason, d.id AS duplicate_of,"
            " (SELECT COUNT(*) FROM quote_occurrences qo WHERE qo.article_pk = a.pk) AS n_quotes"
        )
        joins = (
            " FROM articles a LEFT JOIN outlets o ON o.pk = a.outlet_pk"
            " LEFT JOIN articles d ON d.pk = a.duplicate_of"
        )
        if query:
            sql = (
                f"{select} {joins} JOIN (SELECT rowid AS r, rank AS score FROM articles_fts"
                f" WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT {RANK_CANDIDATES}) m"
                f" ON m.r = a.pk WHERE {' AND '.join(where)}"
                " ORDER BY m.score LIMIT ? OFFSET ?"
            )
            rows = self._fts(sql, query, params, limit, offset)
            return self._with_snippets(rows, query)
        sql = (
            f"{select} {joins} WHERE {' AND '.join(where)}"
            " ORDER BY a.date DESC, a.pk DESC LIMIT ? OFFSET ?"
        )
        rows = self._all(sql, [*params, _limit(limit), offset])
        return [_article_summary(r) for r in rows]

    def _with_snippets(self, rows: list[sqlite3.Row], query: str) -> list[dict[str, Any]]:
        """Article summaries with a snippet of the text around the matches (for the page only)."""
        found = [_article_summary(r) for r in rows]
        if not found:
            return found
        pks = [r["pk"] for r in rows]
        sql = (
            "SELECT rowid, snippet(articles_fts, 1, '[', ']', '…', 16) FROM articles_fts"
            f" WHERE articles_fts MATCH ? AND rowid IN ({','.join('?' * len(pks))})"
        )
        try:
            snippets = dict(self._all(sql, [query, *pks]))
        except sqlite3.OperationalError:
            snippets = dict(self._all(sql, [_plain(query), *pks]))
        for pk, d in zip(pks, found, strict=True):
            d["snippet"] = snippets.get(pk)
        return found

    def search(self, query: str, **filters: Any) -> list[dict[str, Any]]:
        """Articles matching a full-text query (SQLite FTS5 syntax; plain words work), best first.

        Same dicts as :meth:`articles`, with a ``snippet`` where the matches are in [brackets].
        """
        return self.articles(query=query, **filters)

    def article(self, article_id: str) -> Article | None:
        """The stored article record, with its quotes, speakers and entities (a round trip)."""
        row = self._one(
            "SELECT a.*, o.domain AS outlet FROM articles a LEFT JOIN outlets o"
            " ON o.pk = a.outlet_pk WHERE a.id = ?",
            (article_id,),
        )
        if row is None:
            err = self._one("SELECT * FROM errors WHERE capture_id = ?", (article_id,))
            return _error_record(err) if err else None
        return self._article_record(row)

    def duplicates(self, article_id: str) -> list[dict[str, Any]]:
        """The other articles of its near-duplicate group (wire copies and their original).

        Each dict: id, title, url, outlet, date, similarity (to this article when they were
        compared directly, else None), original (True for the group's earliest copy).
        """
        row = self._one(
            "SELECT pk, COALESCE(duplicate_of, pk) FROM articles WHERE id = ?", (article_id,)
        )
        if row is None:
            return []
        pk, root = row
        return [
            {**dict(r), "original": bool(r["original"])}
            for r in self._all(
                "SELECT b.id, b.title, b.url, o.domain AS outlet, b.date,"
                " (SELECT MAX(d.similarity) FROM duplicates d WHERE (d.article_pk = b.pk AND"
                "  d.other_pk = :pk) OR (d.article_pk = :pk AND d.other_pk = b.pk)) AS similarity,"
                " b.pk = :root AS original"
                " FROM articles b LEFT JOIN outlets o ON o.pk = b.outlet_pk"
                " WHERE (b.pk = :root OR b.duplicate_of = :root) AND b.pk != :pk"
                " ORDER BY b.date, b.pk",
                {"pk": pk, "root": root},
            )
        ]

    # -- quotes ---------------------------------------------------------------------------------

    def quotes(
        self,
        *,
        speaker: str | None = None,
        outlet: str | None = None,
        since: DateLike = None,
        until: DateLike = None,
        query: str | None = None,
        article: str | None = None,
        kind: str | None = None,
        addressee: str | None = None,
        order: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Quotes merged across outlets, newest first.

        :param speaker: a speaker id, or a name form ("Putin", "Vladimir Putin").
        :param outlet: a domain ("reuters.com"); keeps quotes reported there.
        :param since: / until: dates ("2024-05-01"), inclusive: on the date the quote was first
            reported, or with ``outlet``, ``article`` or ``addressee``, on the dates of those
            reports.
        :param query: full-text query over the quote's words.
        :param article: an article id; keeps the quotes it reports.
        :param kind: 'direct', 'indirect' or 'mixed'; keeps quotes of that kind (a quote merged
            across outlets is direct when one report quotes it directly, else its reports'
            most common kind).
        :param addressee: to whom it was said, as an article names it ("AFP", "reporters"):
            the whole name, without regard to (ASCII) case (:mod:`tidings.corpus.addressees`);
            keeps quotes one report says were said to them (the addressee is a report's: one
            outlet may say "told AFP", another only "said").
        :param order: 'date' (newest first, the default), 'outlets' (reported by most outlets
            first) or 'rank' (best match first, with ``query``).

        A text query matching very many quotes is answered from its latest matches (see
        ``FTS_CANDIDATES``): a bound on latency at any corpus size.

        Each dict: id, text, kind, speaker_id, speaker, speaker_type, first_date, n_occurrences,
        n_outlets, outlets (domains), occurrences (one dict per article reporting it: article_id,
        title, url, outlet, date, start, end, text, cue, speaker_as_written, speaker_description,
        addressee, attribution, confidence, said_on, said_on_mention: the time words as written).
        """
        order = order or "date"
        if order not in _QUOTE_ORDER:
            raise ValueError(f"order must be one of {', '.join(_QUOTE_ORDER)}, not {order!r}")
        if addressee and not (query or article) and _QUOTE_ORDER[order] == _QUOTE_ORDER["date"]:
            return self._told(addressee, speaker, outlet, since, until, kind, limit, offset)
        where, params = ["1=1"], []
        if kind:
            where.append("q.kind = ?")
            params.append(check_kind(kind))
        sides: list[int] = []  # sizes of the non-text filters, to pick the cheaper plan
        driver, driver_params, occ_set = "", [], ""
        if speaker:
            pks = self.speaker_pks(speaker)
            if not pks:
                return []
            where.append(f"q.speaker_pk IN ({','.join('?' * len(pks))})")
            params += pks
            sides.append(
                self._one(
                    f"SELECT COALESCE(SUM(n_quotes), 0) FROM speakers WHERE pk IN"
                    f" ({','.join('?' * len(pks))})",
                    pks,
                )[0]  # type: ignore[index]
            )
        if outlet or article or addressee:
            occ, occ_params = ["1=1"], []
            if outlet:
                outlet_pks = self._outlet_pks(outlet)
                if not outlet_pks:
                    return []
                occ.append(f"a.outlet_pk IN ({','.join('?' * len(outlet_pks))})")
                occ_params += outlet_pks
            if article:
                occ.append("a.id = ?")
                occ_params.append(article)
            if addressee:  # the rule in corpus/addressees.py; index quote_occurrences_addressee
                clause, more = addressee_clause("qo.addressee", addressee)
                occ.append(clause)
                occ_params += more
            _date_filter(occ, occ_params, since, until, "a.date")
            # the outlet's (article's, addressee's) quotes drive the query: a small set, walked once
            occ_set = (
                "SELECT DISTINCT qo.quote_pk AS c FROM articles a JOIN quote_occurrences qo"
                f" ON qo.article_pk = a.pk WHERE {' AND '.join(occ)}"
            )
            driver = f" FROM ({occ_set}) d CROSS JOIN quotes q ON q.pk = d.c"
            driver_params = occ_params
        else:
            _date_filter(where, params, since, until, "q.first_date")
        select = f"SELECT {_QUOTE_COLUMNS}"
        speakers_join = " LEFT JOIN speakers s ON s.pk = q.speaker_pk"
        if not query:
            sql = (
                f"{select}{driver or ' FROM quotes q'}{speakers_join} WHERE {' AND '.join(where)}"
                f" ORDER BY {_QUOTE_ORDER[order]} LIMIT ? OFFSET ?"
            )
            return self._with_occurrences(
                self._all(sql, [*driver_params, *params, _limit(limit), offset])
            )
        narrow = bool(sides) and min(sides) <= NARROW_FILTER
        if order == "rank":  # bm25 costs ~30 µs a row: rank the latest matches only
            cap, score = RANK_CANDIDATES, ", rank AS score"
            ordering = "m.score"
        else:
            cap, score = (FILTERED_CANDIDATES if sides else FTS_CANDIDATES), ""
            ordering = _QUOTE_ORDER[order]
        fts = (
            f"SELECT rowid AS r{score} FROM quotes_fts WHERE quotes_fts MATCH ?"
            f" ORDER BY rowid DESC LIMIT {cap}"
        )
        if driver and order != "rank":
            sql = (
                f"{select}{driver}{speakers_join} WHERE d.c IN ({fts})"
                f" AND {' AND '.join(where)} ORDER BY {ordering} LIMIT ? OFFSET ?"
            )
            rows = self._fts(sql, query, params, limit, offset, before=driver_params)
            return self._with_occurrences(rows)
        if driver:  # ranking: the matches first, each probed in the outlet's set
            where.append(f"q.pk IN ({occ_set})")
            params = [*params, *driver_params]
        if narrow and order != "rank":
            # a narrow filter walks its own index and probes the set of matches
            sql = (
                f"{select} FROM quotes q{speakers_join} WHERE q.pk IN ({fts})"
                f" AND {' AND '.join(where)} ORDER BY {ordering} LIMIT ? OFFSET ?"
            )
        else:
            # the matches first, each checked against the filters ('+' keeps SQLite from
            # walking a broad filter's index instead)
            checks = [w.replace("q.speaker_pk IN", "+q.speaker_pk IN") for w in where]
            sql = (
                f"{select} FROM ({fts}) m JOIN quotes q ON q.pk = m.r{speakers_join}"
                f" WHERE {' AND '.join(checks)} ORDER BY {ordering} LIMIT ? OFFSET ?"
            )
        rows = self._fts(sql, query, params, limit, offset)
        return self._with_occurrences(rows)

    def _told(
        self,
        addressee: str,
        speaker: str | None,
        outlet: str | None,
        since: DateLike,
        until: DateLike,
        kind: str | None,
        limit: int,
        offset: int,
    ) -> list[dict[str, Any]]:
        """:meth:`quotes` said to ``addressee`` without words, newest first: run by the planner
        the web search runs (:func:`tidings.corpus.plans.dated_page`), which picks what drives
        by cost (the addressee's own index, the outlet's or dates' reports, the speakers'
        quotes), where the general query above always walks the reports."""
        speakers = outlets = None
        if speaker and not (speakers := self.speaker_pks(speaker)):
            return []
        if outlet and not (outlets := self._outlet_pks(outlet)):
            return []
        conn = self._conn()
        scope = plans.Scope(
            speakers=speakers,
            outlets=outlets,
            since=_iso(since) if since else None,
            until=_iso(until) + "~" if until else None,  # '~' sorts after every date character
            kind=check_kind(kind) if kind else None,
            addressee=addressee_key(addressee),
        )
        keys = plans.dated_page(conn, plans.measure(conn, scope), _limit(limit), offset).keys
        if not keys:
            return []
        rows = self._all(
            f"SELECT {_QUOTE_COLUMNS} FROM quotes q LEFT JOIN speakers s ON s.pk = q.speaker_pk"
            f" WHERE q.pk IN ({plans.marks(keys)})",
            keys,
        )
        at = {pk: n for n, pk in enumerate(keys)}
        return self._with_occurrences(sorted(rows, key=lambda r: at[r["pk"]]))

    def quote(self, quote_id: str) -> dict[str, Any] | None:
        """One merged quote with all its occurrences (same dict as :meth:`quotes`)."""
        rows = self._all(
            f"SELECT {_QUOTE_COLUMNS} FROM quotes q LEFT JOIN speakers s ON s.pk = q.speaker_pk"
            " WHERE q.id = ?",
            (quote_id,),
        )
        found = self._with_occurrences(rows)
        return found[0] if found else None

    def _with_occurrences(self, rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
        if not rows:
            return []
        pks = [r["pk"] for r in rows]
        occ: dict[int, list[dict[str, Any]]] = {pk: [] for pk in pks}
        for o in self._all(
            "SELECT qo.quote_pk, a.id AS article_id, a.title, a.url, o.domain AS outlet, a.date,"
            ' qo.start, qo."end", qo.text, qo.cue, qo.speaker AS speaker_as_written,'
            " qo.speaker_description, qo.addressee, qo.attribution, qo.confidence, qo.said_on,"
            " qo.said_on_mention"
            " FROM quote_occurrences qo JOIN articles a ON a.pk = qo.article_pk"
            " LEFT JOIN outlets o ON o.pk = a.outlet_pk"
            f" WHERE qo.quote_pk IN ({','.join('?' * len(pks))}) ORDER BY a.date, a.pk",
            pks,
        ):
            d = dict(o)
            pk = d.pop("quote_pk")
            cue = json.loads(d["cue"]) if d["cue"] else None
            d["cue"] = cue["text"] if cue else None
            when = json.loads(d["said_on_mention"]) if d["said_on_mention"] else None
            d["said_on_mention"] = when["text"] if when else None
            occ[pk].append(d)
        out = []
        for r in rows:
            d = dict(r)
            pk = d.pop("pk")
            d["occurrences"] = occ[pk]
            d["outlets"] = sorted({o["outlet"] for o in occ[pk] if o["outlet"]})
            out.append(d)
        return out

    # -- speakers -------------------------------------------------------------------------------

    def speakers(
        self,
        *,
        query: str | None = None,
        outlet: str | None = None,
        type: str | None = None,
        order: str = "quotes",
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Speakers, most quoted first.

        :param query: a name form to look for ("Putin").
        :param outlet: keep speakers quoted by this outlet.
        :param type: 'person' or 'organization'.
        :param order: 'quotes' (most quoted first) or 'outlets' (quoted by most outlets first).

        Each dict: id, name, type, gender, n_quotes, n_articles, n_outlets, outlets (domains,
        most quoting first), aliases (name forms seen), descriptions (most used first).
        """
        if order not in _SPEAKER_ORDER:
            raise ValueError(f"order must be one of {', '.join(_SPEAKER_ORDER)}, not {order!r}")
        where, params = ["s.n_quotes > 0"], []
        if query:
            pks = self.speaker_pks(query)
            if not pks:
                return []
            where.append(f"s.pk IN ({','.join('?' * len(pks))})")
            params += pks
        if type:
            where.append("s.type = ?")
            params.append(type)
        if outlet:
            outlet_pks = self._outlet_pks(outlet)
            if not outlet_pks:
                return []
            where.append(
                "s.pk IN (SELECT x.speaker_pk FROM articles a JOIN article_speakers x"
                f" ON x.article_pk = a.pk WHERE a.outlet_pk IN ({','.join('?' * len(outlet_pks))}))"
            )
            params += outlet_pks
        rows = self._all(
            "SELECT s.pk, s.id, s.name, s.type, s.gender, s.n_quotes, s.n_articles, s.n_outlets,"
            " s.profile"
            f" FROM speakers s WHERE {' AND '.join(where)}"
            f" ORDER BY {_SPEAKER_ORDER[order]} LIMIT ? OFFSET ?",
            [*params, _limit(limit), offset],
        )
        return [self._speaker_dict(r) for r in rows]

    def speaker(self, speaker_id: str) -> dict[str, Any] | None:
        """One speaker (same dict as :meth:`speakers`); its quotes: ``quotes(speaker=id)``."""
        row = self._one(
            "SELECT s.pk, s.id, s.name, s.type, s.gender, s.n_quotes, s.n_articles, s.n_outlets,"
            " s.profile"
            " FROM speakers s WHERE s.id = ?",
            (speaker_id,),
        )
        return self._speaker_dict(row) if row else None

    def _speaker_dict(self, row: sqlite3.Row) -> dict[str, Any]:
        d = dict(row)
        pk = d.pop("pk")
        profile = d.pop("profile", None)
        d.update(json.loads(profile) if profile else speaker_profile(self._conn(), pk))
        return d

    def speaker_pks(self, value: str) -> list[int]:
        """Corpus speakers matching an id or a name form (whole words, case/accent-insensitive)."""
        row = self._one("SELECT pk FROM speakers WHERE id = ?", (value,))
        if row:
            return [row[0]]
        words = re.findall(r"\w+", fold(value))
        if not words:
            return []
        # every word of the query is a word of one name form, in any order ("Putin, Vladimir")
        rows = self._all(
            "SELECT DISTINCT speaker_pk FROM speaker_aliases WHERE pk IN"
            " (SELECT rowid FROM speaker_aliases_fts WHERE speaker_aliases_fts MATCH ?)",
            (" ".join(f'"{w}"' for w in words),),
        )
        return [r[0] for r in rows]

    # -- overview -------------------------------------------------------------------------------

    def outlets(self, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Outlets, most articles first. Each dict: domain, n_articles, n_quotes."""
        return [
            dict(r)
            for r in self._all(
                "SELECT o.domain, COUNT(DISTINCT a.pk) AS n_articles,"
                " (SELECT COUNT(*) FROM quote_occurrences qo JOIN articles b"
                "  ON b.pk = qo.article_pk WHERE b.outlet_pk = o.pk) AS n_quotes"
                " FROM outlets o LEFT JOIN articles a ON a.outlet_pk = o.pk"
                " AND a.status = 'article' GROUP BY o.pk"
                " ORDER BY n_articles DESC, o.domain LIMIT ? OFFSET ?",
                (_limit(limit), offset),
            )
        ]

    def stats(self) -> dict[str, Any]:
        """Counts of everything, the date range and the schema version."""

        def count(sql: str) -> int:
            return self._one(sql)[0]  # type: ignore[index]

        first, last = self._one(
            "SELECT MIN(date), MAX(date) FROM articles WHERE status = 'article'"
        )  # type: ignore[misc]
        size = sum(
            p.stat().st_size for p in (Path(self.path), Path(self.path + "-wal")) if p.exists()
        )
        return {
            "path": self.path,
            "schema_version": version(self._conn()),
            "captures": count("SELECT COUNT(*) FROM captures"),
            "articles": count("SELECT COUNT(*) FROM articles WHERE status = 'article'"),
            "no_article": count("SELECT COUNT(*) FROM articles WHERE status = 'no_article'"),
            "errors": count("SELECT COUNT(*) FROM errors"),
            "outlets": count("SELECT COUNT(*) FROM outlets"),
            "quotes": count("SELECT COUNT(*) FROM quotes"),
            "quote_occurrences": count("SELECT COUNT(*) FROM quote_occurrences"),
            "speakers": count("SELECT COUNT(*) FROM speakers WHERE n_quotes > 0"),
            "entities": count("SELECT COUNT(*) FROM entities"),
            "duplicate_articles": count(
                "SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL"
            ),
            "pending_merge": count("SELECT COUNT(*) FROM quote_occurrences WHERE quote_pk IS NULL"),
            "first_date": first,
            "last_date": last,
            "bytes": size,
        }

    def errors(
        self, *, code: str | None = None, limit: int = 100, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Failed captures, latest first. Each dict: capture_id, source, url, outlet, code,
        reason, captured_at, ingested_at."""
        where, params = ("WHERE code = ?", [code]) if code else ("", [])
        return [
            dict(r)
            for r in self._all(
                "SELECT capture_id, source, url, outlet, code, reason, captured_at, ingested_at"
                f" FROM errors {where} ORDER BY pk DESC LIMIT ? OFFSET ?",
                [*params, _limit(limit), offset],
            )
        ]

    # -- helpers --------------------------------------------------------------------------------

    def _fts(
        self,
        sql: str,
        query: str,
        params: list,
        limit: int,
        offset: int,
        before: list | None = None,
    ) -> list[sqlite3.Row]:
        """Run an FTS query as written; if it is not valid FTS5 syntax, as plain words.

        ``before``: parameters that come before the query's in the SQL.
        """
        before = before or []
        try:
            return self._all(sql, [*before, query, *params, _limit(limit), offset])
        except sqlite3.OperationalError:
            plain = _plain(query)
            if not plain:
                return []
            return self._all(sql, [*before, plain, *params, _limit(limit), offset])

    def _outlet_pks(self, outlet: str) -> list[int]:
        """An outlet's row keys: its domain and its subdomains ('bbc.co.uk' -> 'news.bbc.co.uk')."""
        domain = outlet.strip().lower().removeprefix("www.")
        return [
            r[0]
            for r in self._all(
                "SELECT pk FROM outlets WHERE domain = ? OR domain LIKE ?", (domain, f"%.{domain}")
            )
        ]

    def _article_record(self, row: sqlite3.Row) -> Article:
        pk = row["pk"]
        speakers = []
        for s in self._all(
            "SELECT * FROM article_speakers WHERE article_pk = ? ORDER BY pk", (pk,)
        ):
            mentions = [
                Span(start=m["start"], end=m["end"], text=m["text"])
                for m in self._all(
                    "SELECT * FROM speaker_mentions WHERE article_speaker_pk = ? ORDER BY rowid",
                    (s["pk"],),
                )
            ]
            speakers.append(
                Speaker.model_validate(
                    {
                        **_extra(s),
                        "id": s["local_id"],
                        "name": s["name"],
                        "type": s["type"],
                        "descriptions": json.loads(s["descriptions"]),
                        "gender": s["gender"],
                        "entity_id": s["entity_id"],
                        "mentions": mentions,
                    }
                )
            )
        quotes = [
            Quote.model_validate(
                {
                    **_extra(q),
                    "id": q["local_id"],
                    "kind": q["kind"],
                    "content": Span(start=q["start"], end=q["end"], text=q["text"]),
                    "cue": _span(q["cue"]),
                    "speaker_id": q["speaker_local_id"],
                    "speaker": q["speaker"],
                    "speaker_type": q["speaker_type"],
                    "speaker_mention": _span(q["speaker_mention"]),
                    "speaker_description": q["speaker_description"],
                    "addressee": q["addressee"],
                    "addressee_mention": _span(q["addressee_mention"]),
                    "attribution": q["attribution"],
                    "confidence": q["confidence"],
                    "paragraph": q["paragraph"],
                    "said_on": q["said_on"],
                    "said_on_mention": _span(q["said_on_mention"]),
                }
            )
            for q in self._all(
                "SELECT * FROM quote_occurrences WHERE article_pk = ? ORDER BY seq", (pk,)
            )
        ]
        entities = []
        for e in self._all("SELECT * FROM entities WHERE article_pk = ? ORDER BY seq", (pk,)):
            mentions = [
                Span(start=m["start"], end=m["end"], text=m["text"])
                for m in self._all(
                    "SELECT * FROM entity_mentions WHERE entity_pk = ? ORDER BY rowid", (e["pk"],)
                )
            ]
            entities.append(
                Entity.model_validate(
                    {
                        **_extra(e),
                        "id": e["local_id"],
                        "name": e["name"],
                        "label": e["label"],
                        "mentions": mentions,
                    }
                )
            )
        return Article.model_validate(
            {
                **_extra(row),
                "schema_version": row["schema_version"],
                "id": row["id"],
                "source": row["source"],
                "status": row["status"],
                "reason": row["reason"],
                "input_type": row["input_type"],
                "url": row["url"],
                "canonical_url": row["canonical_url"],
                "outlet": row["outlet"],
                "captured_at": row["captured_at"],
                "title": row["title"],
                "section": row["section"],
                "authors": json.loads(row["authors"]),
                "other_credits": json.loads(row["other_credits"]),
                "published": row["published"],
                "modified": row["modified"],
                "language": row["language"],
                "description": row["description"],
                "lead_image": json.loads(row["lead_image"]) if row["lead_image"] else None,
                "images": json.loads(row["images"]),
                "paragraphs": _paragraphs(json.loads(row["paragraphs"]), row["text"]),
                "related": json.loads(row["related"]),
                "dropped": json.loads(row["dropped"]),
                "text": row["text"],
                "quotes": quotes,
                "speakers": speakers,
                "entities": entities,
            }
        )


def _paragraphs(stored: list, text: str) -> list[dict[str, Any]]:
    """Paragraphs back from their compact [role, start, end] form (store.compact_paragraphs)."""
    return [
        {"role": p[0], "start": p[1], "end": p[2], "text": text[p[1] : p[2]]}
        if isinstance(p, list)
        else p
        for p in stored
    ]


def _extra(row: sqlite3.Row) -> dict[str, Any]:
    """The fields stored in a row's ``extra`` column (record fields without a column)."""
    return json.loads(row["extra"]) if row["extra"] else {}


def _plain(query: str) -> str:
    """A query as plain words (each quoted), for text that is not valid FTS5 syntax."""
    return " ".join(f'"{w}"' for w in re.findall(r"\w+", query))


def _span(value: str | None) -> Span | None:
    return Span.model_validate_json(value) if value else None


def _error_record(row: sqlite3.Row) -> Article:
    return Article(
        id=row["capture_id"],
        source=row["source"],
        status="error",
        reason=f"{row['code']}: {row['reason']}",
        url=row["url"],
        outlet=row["outlet"],
        captured_at=row["captured_at"],
    )


def _article_summary(row: sqlite3.Row) -> dict[str, Any]:
    d = dict(row)
    d.pop("pk", None)
    d["authors"] = json.loads(d["authors"])
    return d


def _limit(limit: int) -> int:
    return max(0, min(int(limit), MAX_LIMIT))


def _date_filter(
    where: list[str], params: list, since: DateLike, until: DateLike, column: str
) -> None:
    """Inclusive bounds on ISO date strings: until='2024-05-01' keeps '2024-05-01T23:00'."""
    if since:
        where.append(f"{column} >= ?")
        params.append(_iso(since))
    if until:
        where.append(f"{column} <= ?")
        params.append(_iso(until) + "~")  # '~' sorts after every date-time character


_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+([+-]\d{2}:?\d{2}|Z)?)?)?)?$")


def _iso(value: str | date | datetime) -> str:
    """A date bound as an ISO string; a year or a month works too ('2024', '2024-05')."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    text = str(value).strip()
    if not _DATE.match(text):
        raise ValueError(f"not a date: {text!r} (use YYYY-MM-DD, or YYYY-MM, or YYYY)")
    return text
