"""Speakers and quotes merged across articles and outlets (hand-built articles, real SQLite)."""

from __future__ import annotations

import pytest
from corpus_builders import make_article

from tidings.corpus import Corpus
from tidings.corpus.merge import merge_pending
from tidings.corpus.names import group_key, parse_person
from tidings.corpus.store import Store


def _store(db, articles) -> Corpus:
    with Store(db) as store:
        store.add([(a, None, None) for a in articles])
        merge_pending(store.conn)
    return Corpus(db)


def _said(key, outlet, name, words, published="2024-05-01", **kw):
    return make_article(
        key,
        outlet,
        [f'{name} said: "{words}" Officials in the capital declined to comment.'],
        [(name, words)],
        published=published,
        **kw,
    )


def test_names_strip_titles_and_nationality():
    p = parse_person("Russian President Vladimir Putin")
    assert (p.given, p.surname, p.display) == (("vladimir",), "putin", "Vladimir Putin")
    assert parse_person("Secretary of State Antony Blinken").display == "Antony Blinken"
    assert parse_person("Mrs. Smith").gender == "female"
    assert parse_person("Robert Smith Jr.").surname == "smith"
    assert group_key("The Kremlin", "organization") == group_key("Kremlin", "organization")
    assert group_key("a senior official", "anonymous") is None


def test_merge_one_speaker_for_every_form_of_a_name(tmp_path):
    corpus = _store(
        tmp_path / "c.db",
        [
            _said("a", "one.com", "Putin", "The troops will come home."),
            _said("b", "two.com", "Vladimir Putin", "Our mission is accomplished."),
            _said("c", "three.com", "Russian President Vladimir Putin", "We keep our bases."),
        ],
    )
    [putin] = corpus.speakers()
    assert putin["name"] == "Vladimir Putin"
    assert (putin["n_quotes"], putin["n_articles"], putin["n_outlets"]) == (3, 3, 3)
    assert set(putin["outlets"]) == {"one.com", "two.com", "three.com"}
    for form in ("Putin", "vladimir putin", "Putin, Vladimir"):
        assert len(corpus.quotes(speaker=form)) == 3, form


def test_merge_keeps_two_people_with_one_surname_apart(tmp_path):
    corpus = _store(
        tmp_path / "c.db",
        [
            _said(
                "a",
                "one.com",
                "John Smith",
                "The harbour will reopen.",
                descriptions={"John Smith": ["harbour master"]},
                entities=[("Port Authority", "ORG")],
            ),
            _said(
                "b",
                "two.com",
                "Mary Smith",
                "The school budget is too small.",
                descriptions={"Mary Smith": ["head teacher"]},
                entities=[("Education Board", "ORG")],
                genders={"Mary Smith": "female"},
            ),
            # bare surnames, resolved by description and by co-occurring entity
            _said(
                "c",
                "three.com",
                "Smith",
                "Ships are waiting outside.",
                descriptions={"Smith": ["the harbour master"]},
            ),
            make_article(
                "d",
                "four.com",
                ['The Education Board met. Smith said: "Teachers need more." No vote was held.'],
                [("Smith", "Teachers need more.")],
                entities=[("Education Board", "ORG")],
            ),
            # a gendered title decides too
            _said("e", "five.com", "Mrs Smith", "Pupils deserve better."),
        ],
    )
    by_name = {s["name"]: s for s in corpus.speakers()}
    assert set(by_name) == {"John Smith", "Mary Smith"}
    john = {q["text"] for q in corpus.quotes(speaker=by_name["John Smith"]["id"])}
    mary = {q["text"] for q in corpus.quotes(speaker=by_name["Mary Smith"]["id"])}
    assert john == {"The harbour will reopen.", "Ships are waiting outside."}
    assert mary == {
        "The school budget is too small.",
        "Teachers need more.",
        "Pupils deserve better.",
    }


def test_merge_leaves_an_ambiguous_bare_surname_unresolved(tmp_path):
    corpus = _store(
        tmp_path / "c.db",
        [
            _said("a", "one.com", "John Smith", "The harbour will reopen."),
            _said("b", "two.com", "Mary Smith", "The school budget is too small."),
            _said("c", "three.com", "Smith", "Nothing was decided."),
        ],
    )
    assert sorted(s["name"] for s in corpus.speakers()) == ["John Smith", "Mary Smith", "Smith"]


def test_merge_one_quote_reported_by_several_outlets(tmp_path):
    words = "We will not back down, not now, not ever, whatever they threaten."
    corpus = _store(
        tmp_path / "c.db",
        [
            _said("a", "one.com", "Vladimir Putin", words, published="2024-05-02"),
            _said("b", "two.com", "Putin", words.upper(), published="2024-05-01"),
            # a trimmed wording of the same quote
            _said("c", "three.com", "Putin", "We will not back down, not now, not ever"),
            _said("d", "three.com", "Putin", "Something else entirely, said another day."),
        ],
    )
    quotes = corpus.quotes(speaker="Putin")
    assert len(quotes) == 2
    [merged] = [q for q in quotes if q["n_occurrences"] == 3]
    assert merged["n_outlets"] == 3 and merged["outlets"] == ["one.com", "three.com", "two.com"]
    assert merged["first_date"] == "2024-05-01"
    # provenance: each occurrence points at its own article text
    for occ in merged["occurrences"]:
        article = corpus.article(occ["article_id"])
        assert article.text[occ["start"] : occ["end"]] == occ["text"]
    assert corpus.quote(merged["id"]) == merged


def test_merge_is_independent_of_arrival_order(tmp_path):
    arts = [
        _said("a", "one.com", "Putin", "The troops will come home."),
        _said("b", "two.com", "Vladimir Putin", "The troops will come home."),
        _said("c", "three.com", "John Smith", "The harbour will reopen."),
    ]
    first = _store(tmp_path / "1.db", arts)
    second_db = tmp_path / "2.db"
    for a in reversed(arts):  # one at a time, merging after each, in reverse
        _store(second_db, [a])
    second = Corpus(second_db)

    def view(c):
        return sorted((q["id"], q["speaker_id"], q["n_occurrences"]) for q in c.quotes())

    assert view(first) == view(second)
    assert [s["id"] for s in first.speakers()] == [s["id"] for s in second.speakers()]


def test_quotes_filter_by_outlet_dates_and_words(tmp_path):
    corpus = _store(
        tmp_path / "c.db",
        [
            _said("a", "one.com", "Jane Doe", "The bridge opens in June.", published="2024-01-10"),
            _said("b", "two.com", "Jane Doe", "Taxes will not rise.", published="2024-03-05"),
            _said(
                "c",
                "news.three.com",
                "Jane Doe",
                "The bridge cost too much.",
                published="2024-06-30T18:00:00+00:00",
            ),
        ],
    )

    def texts(**kw):
        return sorted(q["text"] for q in corpus.quotes(**kw))

    assert texts(outlet="two.com") == ["Taxes will not rise."]
    assert texts(outlet="three.com") == ["The bridge cost too much."]  # subdomain
    assert texts(since="2024-03-01") == ["Taxes will not rise.", "The bridge cost too much."]
    assert texts(until="2024-06-30") == [
        "Taxes will not rise.",
        "The bridge cost too much.",
        "The bridge opens in June.",
    ]
    assert texts(until="2024-03-04") == ["The bridge opens in June."]
    assert texts(query="bridge", since="2024-02-01") == ["The bridge cost too much."]
    assert texts(speaker="Nobody Known") == []
    assert texts(since="2024-06", until="2024") == ["The bridge cost too much."]
    with pytest.raises(ValueError, match="not a date"):
        corpus.quotes(since="last week")
    assert corpus.speakers(outlet="two.com")[0]["name"] == "Jane Doe"
    assert corpus.speakers(outlet="nowhere.org") == []


def test_anonymous_sources_are_not_merged_but_their_quotes_are_kept(tmp_path):
    corpus = _store(
        tmp_path / "c.db",
        [
            _said(
                "a",
                "one.com",
                "a senior official",
                "Talks have stalled.",
                speaker_types={"a senior official": "anonymous"},
            ),
            _said(
                "b",
                "two.com",
                "a senior official",
                "Talks have stalled.",
                speaker_types={"a senior official": "anonymous"},
            ),
        ],
    )
    assert corpus.speakers() == []
    [q] = corpus.quotes(query="stalled")
    assert q["speaker_id"] is None and q["n_occurrences"] == 2
    assert {o["speaker_as_written"] for o in q["occurrences"]} == {"a senior official"}


def test_merge_a_person_that_ner_typed_as_an_organisation(tmp_path):
    org = {"Varga": "organization", "Grace Okafor": "organization", "Reuters": "organization"}
    articles = [
        _said("a", "one.com", "Varga", "The barrier will be rebuilt.", speaker_types=org),
        _said("b", "two.com", "Prime Minister Helena Varga", "An inquiry will follow."),
        _said("c", "three.com", "Grace Okafor", "Nobody read the report.", speaker_types=org),
        _said("d", "four.com", "Daniel Okafor", "The pumps worked."),
        _said("e", "one.com", "Grace Okafor", "An inquiry is not an answer."),
        _said("f", "two.com", "Reuters", "Nothing to add.", speaker_types=org),
    ]
    corpus = _store(tmp_path / "c.db", articles)
    got = {(s["name"], s["type"], s["n_quotes"]) for s in corpus.speakers()}
    for a in articles:  # the same, one article per merge (the organisation-typed ones first)
        _store(tmp_path / "one-by-one.db", [a])
    assert {
        (s["name"], s["type"], s["n_quotes"]) for s in Corpus(tmp_path / "one-by-one.db").speakers()
    } == got
    assert got == {
        ("Helena Varga", "person", 2),
        ("Grace Okafor", "person", 2),
        ("Daniel Okafor", "person", 1),
        ("Reuters", "organization", 1),
    }


def test_quotes_outlet_filter_in_every_plan(tmp_path):
    corpus = _store(
        tmp_path / "c.db",
        [
            _said("a", "one.com", "Jane Doe", "The bridge opens in June.", published="2024-01-10"),
            _said("b", "two.com", "Jane Doe", "The bridge will cost more.", published="2024-03-05"),
            _said("c", "two.com", "John Roe", "The bridge is a waste.", published="2024-04-05"),
        ],
    )
    for order in ("date", "rank", "outlets"):
        got = sorted(
            q["text"] for q in corpus.quotes(query="bridge", outlet="two.com", order=order)
        )
        assert got == ["The bridge is a waste.", "The bridge will cost more."], order
        got = [
            q["text"]
            for q in corpus.quotes(
                query="bridge", outlet="two.com", speaker="Doe", since="2024-03-01", order=order
            )
        ]
        assert got == ["The bridge will cost more."], order
    assert [q["text"] for q in corpus.quotes(outlet="two.com", until="2024-03-31")] == [
        "The bridge will cost more."
    ]
