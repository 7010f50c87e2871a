"""Every way of running a filtered search gives the results of the plain definition.

The search page's quote and article lists are run by a plan chosen by cost (tidings.corpus.plans);
here every plan, for every combination of filters, with and without words, on the first and a
later page, with the normal count cap and with a tiny one (so the "newest first" order and the
early stops of the report walk run too), is compared with a brute-force reference computed in
Python from whole tables of the sample corpus (and so is ``Corpus.quotes`` with an addressee,
which runs the same planner). The addressee (a property of a report, like the
outlet and dates) has its own filter values, drawn from the reports said to one addressee so that
its combinations with the other filters keep some quotes.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest

from tidings.corpus import plans
from tidings.corpus.addressees import same_addressee
from tidings.web import queries
from tidings.web.db import open_corpus
from tidings.web.queries import Filters

FILTERS = ("speaker", "outlet", "dates")
#: The quote list has one filter more: the quote's kind.
QUOTE_FILTERS = (*FILTERS, "kind")


@pytest.fixture(scope="module")
def corpus(web_db):
    c = open_corpus(web_db)
    yield c
    c.close()


@pytest.fixture(scope="module", params=["broad", "one speaker"])
def values(corpus, request) -> dict[str, Any]:
    """Filter values that keep some quotes but not all.

    broad: the most quoted speaker's surname, the outlet reporting most quotes, two days in the
    middle of the report dates, a frequent word. one speaker: the most quoted speaker among those
    quoted by two outlets or more, the outlet reporting most of their quotes, and the first half
    of the dates of their reports, so that every combination keeps some quotes.
    """
    conn = corpus.connection()
    word = conn.execute(
        "SELECT term FROM quotes_fts_vocab WHERE length(term) > 3 ORDER BY doc DESC LIMIT 1"
    ).fetchone()[0]
    reports = (
        "SELECT o.domain, a.date FROM quotes q JOIN quote_occurrences qo ON qo.quote_pk = q.pk"
        " JOIN articles a ON a.pk = qo.article_pk JOIN outlets o ON o.pk = a.outlet_pk"
        " WHERE a.date IS NOT NULL"
    )
    if request.param == "broad":
        (name,) = conn.execute("SELECT name FROM speakers ORDER BY n_quotes DESC").fetchone()
        rows = conn.execute(reports).fetchall()
        kind = "direct"
    else:
        pk, name = conn.execute(
            "SELECT pk, name FROM speakers WHERE n_outlets > 1 ORDER BY n_quotes DESC"
        ).fetchone()
        rows = conn.execute(reports + " AND q.speaker_pk = ?", (pk,)).fetchall()
        (kind,) = conn.execute(  # the speaker's most common kind: combinations keep some
            "SELECT kind FROM quotes WHERE speaker_pk = ? GROUP BY kind ORDER BY COUNT(*) DESC",
            (pk,),
        ).fetchone()
    outlets = [r[0] for r in rows]
    dates = sorted(r[1] for r in rows)
    if request.param == "broad":
        since, until = dates[len(dates) // 2][:10], dates[len(dates) // 2][:10]
    else:
        since, until = dates[0][:10], dates[len(dates) // 2][:10]
    return {
        "speaker": name.split()[-1],
        "outlet": max(set(outlets), key=lambda o: (outlets.count(o), o)),
        "since": since,
        "until": until,
        "q": word,
        "kind": kind,
    }


def reference_quotes(corpus, f: Filters, limit: int, offset: int) -> tuple[list[str], int, bool]:
    """The definition: filter every quote in Python, order, count (capped), page."""
    conn = corpus.connection()
    speakers = set(corpus.speaker_pks(f.speaker)) if f.speaker else None
    outlets = set(queries.outlet_pks(conn, f.outlet)) if f.outlet else None
    reports: dict[int, list[tuple[int | None, str | None, str | None]]] = {}
    for quote_pk, outlet_pk, day, addressee in conn.execute(
        "SELECT qo.quote_pk, a.outlet_pk, a.date, qo.addressee FROM quote_occurrences qo"
        " JOIN articles a ON a.pk = qo.article_pk WHERE qo.quote_pk IS NOT NULL"
    ):
        reports.setdefault(quote_pk, []).append((outlet_pk, day, addressee))

    def reported(pk: int) -> bool:
        """One report of the quote passes the outlet, dates and addressee together."""
        for outlet_pk, day, addressee in reports.get(pk, []):
            if outlets is not None and outlet_pk not in outlets:
                continue
            if f.addressee and not same_addressee(addressee, f.addressee):
                continue
            if f.since and (day is None or day < f.since):
                continue
            if f.until and (day is None or day > f.until + "~"):
                continue
            return True
        return False

    rows = conn.execute("SELECT pk, id, first_date, speaker_pk, kind FROM quotes").fetchall()
    if f.q:
        score = dict(
            conn.execute(
                "SELECT rowid, bm25(quotes_fts) FROM quotes_fts WHERE quotes_fts MATCH ?", (f.q,)
            ).fetchall()
        )
        rows = [r for r in rows if r["pk"] in score]
    kept = [
        r
        for r in rows
        if (speakers is None or r["speaker_pk"] in speakers)
        and (f.quote_kind is None or r["kind"] == f.quote_kind)
        and (not (outlets is not None or f.since or f.until or f.addressee) or reported(r["pk"]))
    ]
    n = len(kept)
    if f.q and n <= queries.COUNT_CAP:
        kept.sort(key=lambda r: (score[r["pk"]], -r["pk"]))
    elif f.q:
        kept.sort(key=lambda r: -r["pk"])
    else:
        kept.sort(
            key=lambda r: (r["first_date"] is not None, r["first_date"] or "", r["pk"]),
            reverse=True,
        )
    page = [r["id"] for r in kept[offset : offset + limit]]
    return page, min(n, queries.COUNT_CAP), n <= queries.COUNT_CAP


def filter_sets(filters: tuple[str, ...] = FILTERS):
    for with_q in (False, True):
        for k in range(len(filters) + 1):
            for combo in itertools.combinations(filters, k):
                yield pytest.param(with_q, combo, id=("words+" if with_q else "") + "+".join(combo))


def make(values: dict, with_q: bool, combo: tuple[str, ...]) -> Filters:
    return Filters(
        q=values["q"] if with_q else None,
        speaker=values["speaker"] if "speaker" in combo else None,
        outlet=values["outlet"] if "outlet" in combo else None,
        since=values["since"] if "dates" in combo else None,
        until=values["until"] if "dates" in combo else None,
        quote_kind=values["kind"] if "kind" in combo else None,
        addressee=values["addressee"] if "addressee" in combo else None,
    )


def check_every_quote_plan(corpus, f: Filters, combo: tuple[str, ...]) -> None:
    """The chosen plan and every other one give the reference's pages, totals and exactness."""
    conn = corpus.connection()
    scope = plans.measure(conn, queries.quote_scope(corpus, f))
    expected_some = reference_quotes(corpus, f, 1000, 0)[1]
    assert expected_some or set(combo) - {"kind"}, "the filter values keep no quote"
    every = plans.every_plan(scope, bool(f.q))
    assert len(every) >= (2 if set(combo) - {"kind"} else 1)  # the kind is never a driver
    for plan in [None, *every]:
        for limit, offset in [(5, 0), (3, 4), (50, 0)]:
            found = queries.search_quotes(corpus, f, limit, offset, plan=plan)
            ids = [r["id"] for r in found.rows]
            assert (ids, found.total, found.exact) == reference_quotes(corpus, f, limit, offset), (
                plan,
                limit,
                offset,
            )


@pytest.mark.parametrize("cap", [1000, 4], ids=["cap1000", "cap4"])
@pytest.mark.parametrize(("with_q", "combo"), list(filter_sets(QUOTE_FILTERS)))
def test_web_plans_every_quote_plan_gives_the_reference_results(
    corpus, values, monkeypatch, with_q, combo, cap
) -> None:
    monkeypatch.setattr(queries, "COUNT_CAP", cap)
    monkeypatch.setattr(queries, "RANK_MAX", cap)
    check_every_quote_plan(corpus, make(values, with_q, combo), combo)


@pytest.fixture(scope="module")
def addressed(corpus) -> dict[str, Any]:
    """Filter values around the most common addressee, typed in capitals (the filter ignores
    case): the speaker told it most often, and from that speaker's reports to it, the outlet of
    most, the first half of their dates (up to the outlet's first), the kind and a word of the
    outlet's first, so that every filter together still keeps a quote."""
    conn = corpus.connection()
    rows = conn.execute(
        "SELECT qo.addressee, s.name, o.domain, a.date, q.text, q.kind FROM quote_occurrences qo"
        " JOIN quotes q ON q.pk = qo.quote_pk JOIN speakers s ON s.pk = q.speaker_pk"
        " JOIN articles a ON a.pk = qo.article_pk JOIN outlets o ON o.pk = a.outlet_pk"
        " WHERE qo.addressee IS NOT NULL AND a.date IS NOT NULL"
    ).fetchall()

    def most(values: list[str]) -> str:
        return max(set(values), key=lambda v: (values.count(v), v))

    addressee = most([r[0].lower() for r in rows])
    told = [r for r in rows if r[0].lower() == addressee]
    assert len(told) >= 3, "the sample corpus names too few addressees to test with"
    speaker = most([r[1] for r in told])
    theirs = [r for r in told if r[1] == speaker]
    outlet = most([r[2] for r in theirs])
    dates = sorted(r[3] for r in theirs)
    first = min((r for r in theirs if r[2] == outlet), key=lambda r: r[3])
    return {
        "addressee": addressee.upper(),
        "speaker": speaker.split()[-1],
        "outlet": outlet,
        "since": dates[0][:10],
        "until": max(first[3], dates[len(dates) // 2])[:10],
        "q": max(re.findall(r"[a-z]{4,}", first[4].lower()), key=len),
        "kind": first[5],
    }


def addressee_sets(filters: tuple[str, ...]):
    """The addressee with every subset of the other filters, with and without words."""
    for with_q, combo in (p.values for p in filter_sets(filters)):
        yield pytest.param(
            with_q,
            ("addressee", *combo),
            id="+".join(["to", *(["words"] if with_q else [])]) + "".join(f"+{c}" for c in combo),
        )


@pytest.mark.parametrize("cap", [1000, 4], ids=["cap1000", "cap4"])
@pytest.mark.parametrize(("with_q", "combo"), list(addressee_sets(QUOTE_FILTERS)))
def test_web_plans_every_quote_plan_with_an_addressee_gives_the_reference_results(
    corpus, addressed, monkeypatch, with_q, combo, cap
) -> None:
    monkeypatch.setattr(queries, "COUNT_CAP", cap)
    monkeypatch.setattr(queries, "RANK_MAX", cap)
    f = make(addressed, with_q, combo)
    if combo == ("addressee",) and not with_q:  # it keeps some; the plans include its walk
        assert reference_quotes(corpus, f, 1000, 0)[1] >= 3
        scope = plans.measure(corpus.connection(), queries.quote_scope(corpus, f))
        assert plans.Plan("addressee") in plans.every_plan(scope, False)
    check_every_quote_plan(corpus, f, combo)


@pytest.mark.parametrize(
    ("with_q", "combo"), [p for p in addressee_sets(QUOTE_FILTERS) if not p.values[0]]
)
def test_web_plans_the_library_call_with_an_addressee_gives_the_reference_results(
    corpus, addressed, with_q, combo
) -> None:
    """``Corpus.quotes(addressee=...)`` (the Python API and ``tidings quotes --to``) runs the
    planner the web search runs: its pages are the reference's too."""
    f = make(addressed, with_q, combo)
    for limit, offset in [(5, 0), (3, 4), (50, 0)]:
        found = corpus.quotes(
            addressee=f.addressee,
            speaker=f.speaker,
            outlet=f.outlet,
            since=f.since,
            until=f.until,
            kind=f.quote_kind,
            limit=limit,
            offset=offset,
        )
        expected = reference_quotes(corpus, f, limit, offset)[0]
        assert [q["id"] for q in found] == expected, (limit, offset)


def reference_articles(corpus, f: Filters, limit: int, offset: int) -> tuple[list[str], int, bool]:
    """The articles list by definition (status article; a speaker filter keeps the articles
    quoting one of the speakers)."""
    conn = corpus.connection()
    speakers = set(corpus.speaker_pks(f.speaker)) if f.speaker else None
    outlets = set(queries.outlet_pks(conn, f.outlet)) if f.outlet else None
    quoting: dict[int, set[int]] = {}
    for article_pk, speaker_pk in conn.execute(
        "SELECT article_pk, speaker_pk FROM article_speakers"
    ):
        quoting.setdefault(article_pk, set()).add(speaker_pk)
    told = {
        article_pk
        for article_pk, addressee in conn.execute(
            "SELECT article_pk, addressee FROM quote_occurrences"
        )
        if f.addressee and same_addressee(addressee, f.addressee)
    }
    rows = conn.execute(
        "SELECT pk, id, date, outlet_pk FROM articles WHERE status = 'article'"
    ).fetchall()
    if f.q:
        score = dict(
            conn.execute(
                "SELECT rowid, bm25(articles_fts) FROM articles_fts WHERE articles_fts MATCH ?",
                (f.q,),
            ).fetchall()
        )
        rows = [r for r in rows if r["pk"] in score]
    kept = [
        r
        for r in rows
        if (outlets is None or r["outlet_pk"] in outlets)
        and (not f.since or (r["date"] is not None and r["date"] >= f.since))
        and (not f.until or (r["date"] is not None and r["date"] <= f.until + "~"))
        and (speakers is None or quoting.get(r["pk"], set()) & speakers)
        and (not f.addressee or r["pk"] in told)
    ]
    n = len(kept)
    if f.q and n <= queries.COUNT_CAP:
        kept.sort(key=lambda r: (score[r["pk"]], -r["pk"]))
    elif f.q:
        kept.sort(key=lambda r: -r["pk"])
    else:
        kept.sort(key=lambda r: (r["date"] is not None, r["date"] or "", r["pk"]), reverse=True)
    page = [r["id"] for r in kept[offset : offset + limit]]
    return page, min(n, queries.COUNT_CAP), n <= queries.COUNT_CAP


def check_article_search(corpus, f: Filters) -> None:
    for limit, offset in [(5, 0), (3, 4), (50, 0)]:
        found = queries.search_articles(corpus, f, limit, offset)
        ids = [r["id"] for r in found.rows]
        assert (ids, found.total, found.exact) == reference_articles(corpus, f, limit, offset)


@pytest.mark.parametrize("few", [None, True, False], ids=["chosen", "sorted", "walked"])
@pytest.mark.parametrize("cap", [1000, 4], ids=["cap1000", "cap4"])
@pytest.mark.parametrize(("with_q", "combo"), list(filter_sets()))
def test_web_plans_article_search_gives_the_reference_results(
    corpus, values, monkeypatch, with_q, combo, cap, few
) -> None:
    monkeypatch.setattr(queries, "COUNT_CAP", cap)
    monkeypatch.setattr(queries, "RANK_MAX", cap)
    if few is not None:  # the speakers' articles sorted, or every article walked by date
        monkeypatch.setattr(plans, "few_articles", lambda *_: few)
    check_article_search(corpus, make(values, with_q, combo))


@pytest.mark.parametrize("few", [None, True, False], ids=["chosen", "sorted", "walked"])
@pytest.mark.parametrize("cap", [1000, 4], ids=["cap1000", "cap4"])
@pytest.mark.parametrize(("with_q", "combo"), list(addressee_sets(FILTERS)))
def test_web_plans_article_search_with_an_addressee_gives_the_reference_results(
    corpus, addressed, monkeypatch, with_q, combo, cap, few
) -> None:
    monkeypatch.setattr(queries, "COUNT_CAP", cap)
    monkeypatch.setattr(queries, "RANK_MAX", cap)
    if few is not None:  # the addressee's (or speakers') articles sorted, or all walked by date
        monkeypatch.setattr(plans, "few_told", lambda *_: few)
        monkeypatch.setattr(plans, "few_articles", lambda *_: few and "speaker" not in combo)
    check_article_search(corpus, make(addressed, with_q, combo))


def test_web_plans_bad_fts_syntax_is_searched_as_words(corpus) -> None:
    words = queries.search_quotes(corpus, Filters(q="said that"), 5, 0)
    broken = queries.search_quotes(corpus, Filters(q='said "that'), 5, 0)
    assert [r["id"] for r in broken.rows] == [r["id"] for r in words.rows]
    assert queries.search_articles(corpus, Filters(q="((("), 5, 0).rows == []
