"""Reported speech, session 25: "per X" as a source, a closing tag the tagger reads as a noun
('..., the paper states.'), adjectives of feeling with a clause, a cue with an object of its
own, a "but" clause after a source phrase.
Hand-written news sentences, none from PolNeAR or the golds.
"""

from __future__ import annotations

from conftest import quote_starting, quotes_of


def test_per_a_source_reads_as_according_to(nlp) -> None:
    """'..., per the Labor Department' and 'Per the health department, ...' give the clause to
    the source, as "according to" does; so does a record of counts ('per the Tribune's
    endorsement tracker', 'per a list kept by the state party')."""
    qs = quotes_of(
        "The mayor has raised more money than any of her rivals this quarter, per the city's"
        " campaign finance board."
    )
    q = quote_starting(qs, "The mayor has raised more money")
    assert q is not None and q.content.text.endswith("this quarter")
    assert q.speaker_mention is not None and q.speaker_mention.text.endswith("finance board")
    qs = quotes_of("Per the state health department, hospital admissions rose by a third.")
    assert quote_starting(qs, "hospital admissions rose")
    qs = quotes_of(
        "The governor has won more county endorsements than her rival, per the Tribune's"
        " endorsement tracker."
    )
    assert quote_starting(qs, "The governor has won")
    qs = quotes_of("Three of the five seats are held by women, per a list kept by the state party.")
    assert quote_starting(qs, "Three of the five seats")


def test_per_a_rate_or_an_agreement_is_no_source(nlp) -> None:
    """A rate ('$4 per gallon', 'per capita', '12 per cent', 'per day') and "as per" or "per"
    an order or a contract say how much or by what terms, not who said so."""
    for text in (
        "Gas costs $4 per gallon in the state, up from $3 a year ago.",
        "Rents rose 12 per cent last year.",
        "The contract was signed as per the agreement reached in March.",
        "The order was carried out per the colonel's instructions.",
        "The shipment left on Monday, per the contract signed in June.",
    ):
        assert quotes_of(text) == [], text
    qs = quotes_of("The plant makes 400 cars per day, the company said.")
    assert [q.content.text for q in qs] == ["The plant makes 400 cars per day"]


def test_a_closing_tag_read_as_a_noun_is_the_documents(nlp) -> None:
    """'..., the paper states.': the tagger reads "paper states" as one plural noun; the tag
    gives the clause before the comma to the paper. A plural noun closing a list or a phrase
    ('bank statements', 'the member states') is no tag."""
    qs = quotes_of(
        "Granting farmers formal titles to their land is key to slowing soil loss and protecting"
        " them from uncontrolled mining, the paper states."
    )
    q = quote_starting(qs, "Granting farmers formal titles")
    assert q is not None and q.content.text.endswith("uncontrolled mining")
    assert q.speaker_mention is not None and q.speaker_mention.text == "the paper"
    qs = quotes_of(
        "Pension costs will double by 2040 unless the rules change, the agency's annual review"
        " states."
    )
    assert quote_starting(qs, "Pension costs will double")
    assert (
        quotes_of("Power was shared between the cities, the regions and the member states.") == []
    )
    assert quotes_of("Most of the money went to the southern states.") == []


def test_an_adjective_of_feeling_with_a_clause_is_a_stance(nlp) -> None:
    """'The mayor was furious that the city had cut down the oaks': the clause is what the
    mayor reacts to, his view, as with "concerned that". With a preposition or an infinitive
    the adjective tells a feeling and no view ('pleased with the result', 'delighted to
    welcome her', 'stunned by the news')."""
    qs = quotes_of("The mayor was furious that the city had cut down the old oaks without warning.")
    q = quote_starting(qs, "the city had cut down the old oaks")
    assert q.speaker_mention is not None and q.speaker_mention.text == "The mayor"
    qs = quotes_of("Union leaders were outraged that the company had moved the plant abroad.")
    assert quote_starting(qs, "the company had moved the plant abroad")
    for text in (
        "The manager was pleased with the result.",
        "We are delighted to welcome her to the team.",
        "Fans were stunned by the news.",
    ):
        assert quotes_of(text) == [], text


def test_a_cue_with_an_object_of_its_own_tags_no_clause_before_it(nlp) -> None:
    """'The unions cannot agree on a candidate, so they have not endorsed anyone': "endorsed"
    has its own object; the clause before it is not what was endorsed. A tag with no object,
    or with a listener after a verb of telling, still reports the clause before it."""
    qs = quotes_of("The unions cannot agree on a candidate, so they have not endorsed anyone.")
    assert all(not q.content.text.startswith("The unions cannot agree") for q in qs)
    for text, clause in (
        ("The economy is growing, the president told the crowd.", "The economy is growing"),
        (
            "Taxes will rise next year, the report predicted on Monday.",
            "Taxes will rise next year",
        ),
        ("The strike is over, the union announced this morning.", "The strike is over"),
        (
            "The recession of 1981 ended his plans to open a shop, Mr. Lane said in his 2010"
            " memoir, ''A Grocer's Son.''",
            "The recession of 1981 ended his plans to open a shop",
        ),
    ):
        assert [q.content.text for q in quotes_of(text)] == [clause], text


def test_a_but_clause_after_a_source_phrase_is_the_writers(nlp) -> None:
    """'Sales rose, according to the company, but profits fell': the source phrase gives the
    company the rise; the "but" clause is the writer's counterpoint. An "and" clause goes on
    with the report, and a phrase inside a clause keeps both sides of it."""
    qs = quotes_of(
        "Sales rose 4 percent, according to the company, but profits fell for a quarter."
    )
    assert [q.content.text for q in qs] == ["Sales rose 4 percent"]
    qs = quotes_of(
        "The senator has far more donors than any rival, per the campaign's own tracker, but"
        " most party leaders have stayed neutral."
    )
    assert [q.content.text for q in qs] == ["The senator has far more donors than any rival"]
    qs = quotes_of("Among the cases at risk, according to the lawyers, are 16 appeals.")
    assert [q.content.text for q in qs] == [
        "Among the cases at risk, according to the lawyers, are 16 appeals"
    ]
