"""Speakers in long features, commentary and business copy (issue 4 item 2, branch spk11):
short news paragraphs written for this file, one construction per test, through ``analyze``.
Each checks the resolved name a user reads, which PolNeAR's speaker score cannot see when a
nominal's span overlaps the gold source whatever it resolves to."""

from __future__ import annotations

import pytest
from conftest import quote_starting, quotes_of


@pytest.mark.issue(4)
def test_a_company_named_by_its_country_is_not_the_company_quoted_before() -> None:
    # the paragraph's own company, not the one the article called "the company" before
    qs = quotes_of(
        "Regulators fined Oracle $900 million on Tuesday. Oracle said it would appeal, and the"
        " company said the ruling was wrong.",
        "SAP welcomed the decision. “This is a victory for customers,” the German company said.",
    )
    assert quote_starting(qs, "This is a victory").speaker == "SAP"


@pytest.mark.issue(4)
def test_a_company_named_by_its_place_is_the_one_the_article_placed_there() -> None:
    qs = quotes_of(
        "Nordvik Shipping and the Dutch operator Havenlijn were both fined.",
        "Nordvik Shipping said it would appeal.",
        "Analysts expected the fine. “We cooperated fully,” the Dutch company said.",
    )
    assert quote_starting(qs, "We cooperated").speaker == "Havenlijn"


@pytest.mark.issue(4)
def test_a_company_based_somewhere_else_is_not_the_one_described_before() -> None:
    # the Swiss company is not the Italian one: unresolved rather than wrong
    qs = quotes_of(
        "The Italian company Brembo said demand was weak. “We see no recovery,” the Italian"
        " company said.",
        "Shares in Europe fell. “Orders are stable,” the Swiss company said.",
    )
    assert quote_starting(qs, "We see no").speaker == "Brembo"
    assert quote_starting(qs, "Orders are").speaker != "Brembo"


@pytest.mark.issue(4)
def test_a_plain_the_company_stays_with_the_article_company() -> None:
    qs = quotes_of(
        "The European Commission fined Apple on Monday. Apple said it would appeal, and the"
        " company said the fine was unfair.",
        "Spotify welcomed the decision. “This is a good day,” the Swedish company said.",
        "Analysts said the fine would not dent Apple's profits. “We will fight this,” the"
        " company said.",
    )
    assert quote_starting(qs, "This is a good day").speaker == "Spotify"
    assert quote_starting(qs, "We will fight").speaker == "Apple"
