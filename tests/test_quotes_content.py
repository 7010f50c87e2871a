"""Where a reported content starts and ends (branch content11): the clause the speaker said,
with its own subject, cut neither inside the speaker's quoted words nor around its own cue.
Hand-written news sentences, none from PolNeAR.
"""

from __future__ import annotations

from conftest import quote_starting, quotes_of


def test_content_keeps_that_as_the_clause_subject(nlp) -> None:
    """'said that was ...': "that" is the subject of the reported clause, not a complementizer."""
    qs = quotes_of(
        "The transport minister was asked on Friday about the delayed bridge.",
        "Minister Joan Avery said that would never happen again under her watch.",
        "The union leader, Sam Okafor, said that's exactly what they promised last year.",
    )
    assert quote_starting(qs, "that would").content.text == (
        "that would never happen again under her watch"
    )
    assert quote_starting(qs, "that's").content.text.startswith("that's exactly")


def test_content_still_drops_that_as_complementizer(nlp) -> None:
    qs = quotes_of("The mayor said that the new stadium would open in the spring.")
    assert quote_starting(qs, "the new stadium").content.text == (
        "the new stadium would open in the spring"
    )


def test_content_runs_to_the_end_of_a_quotation_it_opened(nlp) -> None:
    """'said the plan was "late, and nobody denies it."': the comma inside the quoted words
    does not end what was said (the parser joins the second clause to the cue)."""
    qs = quotes_of(
        "The council's budget vote was delayed again on Thursday.",
        'Her rival, Paul Grant, said the plan was "late, and nobody denies it."',
        'The treasurer said the figures were "wrong, and we will prove it."',
    )
    assert quote_starting(qs, "the plan was").content.text == (
        'the plan was "late, and nobody denies it."'
    )
    q = quote_starting(qs, "the figures were")
    assert q.content.text == 'the figures were "wrong, and we will prove it."'
    assert q.kind == "mixed"


def test_content_after_a_set_phrase_and_a_parenthetical_cue(nlp) -> None:
    """'In fact, prosecutors said, it was ...': the content is the clause after the cue, not
    the sentence with its own speaker and cue in it; a place before the cue stays."""
    qs = quotes_of(
        "The company's accounts were examined by auditors last spring.",
        "In fact, prosecutors said, the firm had never turned a profit.",
        "In short, the auditors said, the books had been cooked for years.",
        "In Ohio, he said, voters want change.",
    )
    assert quote_starting(qs, "the firm").content.text == "the firm had never turned a profit"
    assert quote_starting(qs, "the books").content.text == "the books had been cooked for years"
    assert quote_starting(qs, "In Ohio").content.text.endswith("voters want change")


def test_content_keeps_a_subject_before_a_concession(nlp) -> None:
    """'said the fine, while the largest of its kind, was unlikely to ...': the subject the
    parser took for the cue's object, the aside and the verb after it are one clause."""
    qs = quotes_of(
        "Apple was fined by the European Commission on Monday.",
        "Analysts said the fine, while the largest of its kind, was unlikely to dent the "
        "company's finances.",
        "Doctors said the drug, although it was approved last year, had not reached most "
        "hospitals.",
    )
    assert quote_starting(qs, "the fine").content.text == (
        "the fine, while the largest of its kind, was unlikely to dent the company's finances"
    )
    assert quote_starting(qs, "the drug").content.text.endswith("most hospitals")


def test_content_in_a_relative_clause_starts_after_its_cue(nlp) -> None:
    """'a chip that it says can train ...': the relative pronoun before the cue is the
    content's subject, and the cue's own words are no part of what was said."""
    qs = quotes_of(
        "Cerebra Systems on Tuesday unveiled a new chip that it says can train large models"
        " twice as fast.",
        "The company also sells a drug which it claims cuts hospital stays by half.",
    )
    assert quote_starting(qs, "can train").content.text == ("can train large models twice as fast")
    assert quote_starting(qs, "cuts hospital").content.text.startswith("cuts hospital stays")
    assert all(" says " not in q.content.text for q in qs)


def test_content_keeps_the_clauses_fronted_phrase(nlp) -> None:
    """'said despite the delays, the bridge would open': the phrase before the comma opens the
    reported clause (the parser hangs it on the cue); it is part of what was said."""
    qs = quotes_of(
        "The minister said despite the delays, the bridge would open in May.",
        "The chairman says in the long run, the merger will save jobs.",
        "The coach says win or lose in the final, he is staying with the club.",
    )
    texts = {q.content.text for q in qs}
    assert "despite the delays, the bridge would open in May" in texts
    assert "in the long run, the merger will save jobs" in texts
    assert "win or lose in the final, he is staying with the club" in texts


def test_content_leaves_out_where_the_speaker_spoke(nlp) -> None:
    """'said in a statement, ...', 'said at a briefing, ...': how and where it was said, not
    what."""
    qs = quotes_of(
        "Smith said in a statement, the firm had done nothing wrong.",
        "Officials said at a briefing, the roads would reopen.",
    )
    texts = {q.content.text for q in qs}
    assert "the firm had done nothing wrong" in texts
    assert "the roads would reopen" in texts


def test_content_of_a_clause_the_parser_read_as_adverbial(nlp) -> None:
    """'said on Tuesday night, after the vote, the bridge would close': with time phrases
    between the cue and the clause the small model hangs the clause on "said" as an adverbial
    clause; a finite clause with its own subject and no subordinator is what was said. One
    with a subordinator ('said little when the bridge closed') stays no content."""
    qs = quotes_of(
        "Officials said on Tuesday night, after the vote, the bridge would close.",
        "The minister said on Monday, the plan would go ahead.",
    )
    texts = {q.content.text for q in qs}
    assert "after the vote, the bridge would close" in texts
    assert "the plan would go ahead" in texts
    assert quote_starting(qs, "after the vote").speaker_mention.text == "Officials"
    qs = quotes_of("The mayor said little on Tuesday, when the bridge closed.")
    assert not [q for q in qs if "bridge" in q.content.text]


def test_a_quotation_running_straight_on_from_the_reported_clause_is_part_of_it() -> None:
    # session 22: the parser hangs the quoted clause on the cue as a second complement; the
    # report is one, mixed ('must keep testing in place "so we are not blind."')
    (q,) = quotes_of(
        "The director said countries must keep testing in place \u201cso we are not blind.\u201d"
    )
    assert q.content.text.startswith("countries must keep testing")
    assert q.content.text.rstrip("\u201d.").endswith("so we are not blind")
    # set off by a full stop, the quotation is one of its own
    qs = quotes_of(
        "The director said countries must keep testing. \u201cWe are not blind,\u201d she added."
    )
    assert [q.content.text for q in qs] == ["countries must keep testing", "We are not blind,"]


def test_a_reported_clause_the_parser_split_in_two_is_one_content() -> None:
    # session 23: an adjective's own clause with no "that" became a second complement of the
    # cue, so the content stopped at "it was"
    (q,) = quotes_of("The union said it was pleased workers would get a raise.")
    assert q.content.text == "it was pleased workers would get a raise"
    (q,) = quotes_of("The ministry said it was satisfied children can safely return to class.")
    assert q.content.text.endswith("can safely return to class")
    # two complements with a comma or a conjunction between are two; a verb of saying after a
    # hidden conjunction is another speaker's report
    qs = quotes_of("Most voters said prices are too high, and many said wages were too low.")
    assert [q.content.text for q in qs] == ["prices are too high", "wages were too low"]
    qs = quotes_of(
        "Republicans said they were convinced the agency mishandled the case and Democrats "
        "accused the party of stoking the issue."
    )
    assert any(q.cue.text == "accused" for q in qs)
    assert not any("stoking" in q.content.text for q in qs if q.cue.text == "said")


def test_a_straight_mark_opens_a_quotation_only_with_a_space_before_and_none_after(nlp) -> None:
    # a straight mark right after a clause may close a quotation ('because "we import a lot"
    # He added'): it runs nothing on
    from tidings.analyze.content import _opens_quotation

    doc = nlp.make_doc('It said "we import a lot" He added, \u201cno.\u201d')
    marks = [t for t in doc if t.text in ('"', "\u201c", "\u201d")]
    assert [_opens_quotation(t) for t in marks] == [True, False, True, False]


def test_the_agent_of_a_passive_as_frame_said_the_clause_it_frames() -> None:
    # session 22: '..., as confirmed by the coast guard' is read as 'as the coast guard
    # confirmed' is; a passive with its own subject is no frame
    (q,) = quotes_of("The ship was seized on Monday, as confirmed by the coast guard.")
    assert (q.speaker, q.content.text) == ("coast guard", "The ship was seized on Monday")
    (q,) = quotes_of("As first reported by the Daily Mail, the ship was seized on Monday.")
    assert (q.speaker, q.content.text) == ("Daily Mail", "the ship was seized on Monday")
