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


@pytest.mark.issue(4)
def test_the_secretary_is_the_one_named_just_before_not_the_deputy_quoted_earlier() -> None:
    qs = quotes_of(
        "Secretary of State Helen Brandt was in Tokyo when the talks collapsed. Her deputy,"
        " Oskar Lind, was in Washington.",
        "“We knew exactly what had happened,” Lind, the deputy secretary of state, said.",
        "Brandt, who returned on the third day, said the criticism was unfair. “Diplomacy is"
        " not a straight line,” the secretary said.",
    )
    assert quote_starting(qs, "Diplomacy").speaker == "Helen Brandt"


@pytest.mark.issue(4)
def test_the_coach_is_the_coach_who_acted_just_before() -> None:
    qs = quotes_of(
        "“We were flat for 24 minutes,” Hawks coach Tom Reilly said.",
        "Boston coach Ime Udoka was blunter. “That was embarrassing,” Udoka said.",
        "Asked about the final possession, Udoka defended his guard.",
        "“That's the shot we wanted,” the coach said.",
    )
    assert quote_starting(qs, "That's the shot").speaker == "Ime Udoka"


@pytest.mark.issue(4)
def test_an_abbreviated_or_capitalised_title_names_the_office() -> None:
    qs = quotes_of(
        "Gov. Daniel Harrow has pushed the plan for months, and senators are uneasy.",
        "Harrow, for his part, insisted the plan was fair. “I have talked to every member,”"
        " the governor said.",
        "The audit was released by City Auditor Megan Kilgore on Wednesday.",
        "Kilgore, who attended the news conference, said she would release a follow-up."
        " “Accountability starts there,” the auditor said.",
    )
    assert quote_starting(qs, "I have talked").speaker == "Daniel Harrow"
    assert quote_starting(qs, "Accountability").speaker == "Megan Kilgore"


@pytest.mark.issue(4)
def test_a_senator_named_as_an_object_is_not_the_senator_of_another_state() -> None:
    qs = quotes_of(
        "Florida Sen. Marco Rubio and Texas Sen. Ted Cruz are fighting for second place.",
        "Marco Rubio says the race is now between himself, Donald Trump and Ted Cruz.",
        "“I will win this nomination,” the Florida senator said.",
    )
    assert quote_starting(qs, "I will win").speaker != "Ted Cruz"


@pytest.mark.issue(4)
def test_a_state_and_party_nominal_is_the_person_in_focus() -> None:
    qs = quotes_of(
        "Sen. Margaret Ellison left the governor's office angry on Thursday.",
        "Ellison, asked whether she would vote against the budget, declined to say. “I am"
        " asking for one thing in return,” the Virginia Democrat said.",
        "Senate Majority Leader Mitch McConnell criticized the president on Tuesday.",
        "In a statement, the Kentucky Republican dismissed the new rules. “Congress will"
        " watch this closely,” the Kentucky Republican said.",
    )
    assert quote_starting(qs, "I am asking").speaker == "Margaret Ellison"
    assert quote_starting(qs, "Congress will").speaker == "Mitch McConnell"


@pytest.mark.issue(4)
def test_a_surname_that_is_also_a_given_name_gives_no_gender() -> None:
    # "Jackson" (a woman's given name) and "Jean-Pierre" (a man's) said alone are surnames:
    # "she" is the press secretary who spoke last, not the congressman
    qs = quotes_of(
        "Rep. Ronny Jackson of Texas put it more bluntly. “I will never give up my stove,”"
        " Jackson wrote on Twitter.",
        "“The president does not support a ban,” White House press secretary Karine"
        " Jean-Pierre told reporters.",
        "Asked whether the administration would rule out a ban, Jean-Pierre declined to answer.",
        "“I'm not going to get ahead of the commission,” she said.",
    )
    assert quote_starting(qs, "I'm not going").speaker == "Karine Jean-Pierre"


@pytest.mark.issue(4)
def test_a_surname_before_an_indefinite_appositive_is_the_speaker() -> None:
    # the appositive "a Virginia Democrat" describes; "Virginia" is a given name, no name here
    qs = quotes_of(
        "“People are worried about their bills,” Rep. Abigail Spanberger told Politico.",
        "Spanberger, a Virginia Democrat facing a tough re-election, added that she did not"
        " support a ban.",
    )
    assert quote_starting(qs, "she did not").speaker == "Abigail Spanberger"
