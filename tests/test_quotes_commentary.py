"""Quotes in features, commentary posts and service stories (branch spans11): printed Q&As
and explainers, lists, "in X's view", broken-off quotations, posts and signs that "read".
Hand-written news sentences, none from PolNeAR.
"""

from __future__ import annotations

from conftest import analyzed, quote_starting, quotes_of

CHEF_QA = [
    "Chef Marta Lindqvist opened her first restaurant at 24. We spoke with her about the new "
    "menu and the kitchen she runs.",
    "Q: Why change a menu that people loved?",
    "Lindqvist: Because I was bored with it, and my cooks were bored with it.",
    "Q: What did your regulars say?",
    "Lindqvist: Some of them were furious. We gave them a free dessert.",
    "Her business partner says the gamble paid off.",
    '"We have never been busier," said co-owner Jonas Berg.',
    "The restaurant is open Tuesday to Sunday.",
]


def test_name_labelled_answers_after_q_are_direct_and_the_interview_ends() -> None:
    """'Q: ...?' / 'Lindqvist: ...' is an interview's answer, the interviewee's own words; the
    narration after the last answer is nobody's answer."""
    qs = quotes_of(*CHEF_QA)
    answers = [q for q in qs if q.speaker == "Marta Lindqvist" and q.cue is None]
    assert [q.kind for q in answers] == ["direct", "direct"]
    assert answers[0].content.text.startswith("Because I was bored")
    assert not any("open Tuesday" in q.content.text for q in qs)
    assert not any(
        q.content.text.startswith("Her business partner") or "We have never" in q.content.text
        for q in answers
    )
    berg = [q for q in qs if "never been busier" in q.content.text]
    assert berg and all(q.speaker == "Jonas Berg" for q in berg)


def test_an_explainers_questions_are_answered_by_nobody() -> None:
    """'Q: Is the water safe?' / 'A: Not yet, the utility said.' is the newsroom answering
    the reader, not an interview of the official named at the top."""
    qs = quotes_of(
        "Residents of Carver Heights were told to boil their water on Monday after a main "
        "broke, utility director Paula Grant said.",
        "Q: Is the water safe to drink?",
        "A: Not until the notice is lifted, which could take two days, the utility said.",
        "Q: Can I shower?",
        "A: Yes, but avoid swallowing the water, according to the county health department.",
        "Crews worked through the night to replace the broken pipe.",
    )
    assert not any(q.attribution == "interview" for q in qs)
    assert not any(q.content.text.startswith("Crews worked") for q in qs)


def test_an_interview_answered_in_the_first_person_still_reads() -> None:
    article = analyzed(
        "Novelist Ada Brennan spoke to us about her tenth book.",
        "Q: Where did the idea come from?",
        "A: From my grandmother's letters. I found them in a shoebox.",
        "Q: Was it hard to write?",
        "A: Every page. I rewrote the ending nine times.",
    )
    answers = [q for q in article.quotes if q.attribution == "interview"]
    assert [q.speaker for q in answers] == ["Ada Brennan", "Ada Brennan"]


def test_a_list_after_a_colon_is_no_quotation() -> None:
    """ "Here's what we know:" / "- When: ..." announces the writer's list, not anyone's words."""
    qs = quotes_of(
        "The county closed three beaches on Saturday after a sewage spill, officials said.",
        "Here's what we know:",
        "- Which beaches: Pelican Point, Shell Cove and the north end of Marsh Beach.",
        "- How long: At least until water tests come back clean, probably Tuesday.",
        "What swimmers should do now:",
        "1. Stay out of the water near storm drains.",
        "2. Watch for the county's red flags.",
    )
    assert not any(
        q.content.text.lstrip("-12. ").startswith(("Which", "How", "Stay", "Watch")) for q in qs
    ), [q.content.text for q in qs]


def test_a_colon_announcing_a_quotation_still_does() -> None:
    qs = quotes_of(
        "The harbour master, Ian Doyle, said of the new breakwater:",
        "It has saved this harbour twice already, and it will save it again.",
    )
    assert any(q.speaker == "Ian Doyle" and q.content.text.startswith("It has saved") for q in qs)


def test_in_someones_view_attributes_the_clause_after_it() -> None:
    """'In Okafor's view, ...', 'In the view of X, the mayor, ...', 'But in the opinion of X,
    ...': the clause is the owner's view, as after "according to"."""
    qs = quotes_of(
        "The port's new cranes arrived two years late.",
        "In Okafor's view, the delay cost the city its best chance at the shipping contract.",
        "In the view of Helen Strand, the harbour's chief engineer, the cranes were never the "
        "problem.",
        'But in the opinion of several dockworkers, the new shift rota "broke the place."',
    )
    okafor = quote_starting(qs, "the delay cost")
    assert okafor.speaker_mention.text.startswith("Okafor")
    assert okafor.cue.text == "In Okafor's view"
    strand = quote_starting(qs, "the cranes were never")
    assert strand.speaker == "Helen Strand"
    assert strand.cue.text == "In the view of"
    rota = quote_starting(qs, "the new shift rota")
    assert rota.speaker_mention.text == "several dockworkers"


def test_in_my_view_inside_a_quotation_names_no_one() -> None:
    qs = quotes_of('"In my view, the cranes were fine," said Helen Strand, the chief engineer.')
    assert all(q.speaker == "Helen Strand" for q in qs)
    assert not any(q.cue is not None and "view" in q.cue.text for q in qs)


def test_a_quotation_broken_off_is_tagged_by_the_clause_after_it() -> None:
    """'"We had hoped—" Ames began': the speaker broke off; the clause after the marks tags
    the quotation whatever its verb, as after a comma."""
    qs = quotes_of(
        "The inquiry heard from the former harbour master, Ruth Halvorsen, on Tuesday.",
        '"The night the gate failed, we were—" Halvorsen faltered. "We were not ready."',
        "The ferry operator, Colin Marsh, was next.",
        '"If only somebody had listened..." Marsh trailed off.',
    )
    assert quote_starting(qs, "The night the gate").speaker == "Ruth Halvorsen"
    assert quote_starting(qs, "The night the gate").cue.text == "faltered"
    assert quote_starting(qs, "If only").speaker == "Colin Marsh"


def test_a_quotation_ending_in_a_full_stop_is_not_tagged_by_any_verb() -> None:
    qs = quotes_of(
        "The talks ended abruptly on Friday, officials said.",
        '"We are finished here." Halvorsen walked out of the room.',
    )
    assert not any(q.cue is not None and q.cue.text == "walked" for q in qs)


def test_a_quotation_inside_a_clause_tagged_after_it_is_the_clause_mixed() -> None:
    """'Ortiz had taken "cash and favours worth at least 200,000 dollars", the judge said':
    the judge's account of Ortiz with her words in it, one mixed content, not a direct quote
    of the quoted words alone."""
    qs = quotes_of(
        "Judge Maria Lindgren read the verdict on Thursday.",
        'Ortiz had taken "cash and favours worth at least 200,000 dollars from the builder", '
        'she said, and had "betrayed the people who elected him".',
        "The mayor's budget would \"starve the libraries and the parks of every spare dollar "
        'they have," the union said.',
    )
    ortiz = quote_starting(qs, "Ortiz had taken")
    assert ortiz.kind == "mixed"
    assert ortiz.speaker == "Maria Lindgren"
    assert not any(q.content.text.startswith("cash and favours") for q in qs)
    budget = quote_starting(qs, "The mayor's budget")
    assert budget.kind == "mixed"


def test_two_quotations_in_one_clause_stay_direct() -> None:
    qs = quotes_of(
        "The plant's owner defended the layoffs on Monday.",
        '"They are painful" but needed "for the long-term health of the business and of '
        'the town," its chief executive, Dana Cole, said.',
    )
    assert quote_starting(qs, "They are painful").kind == "direct"


def test_a_written_thing_that_read_is_the_source_of_its_words() -> None:
    """'A placard at the gate read: "..."': the placard's words, quoted; "read" is the cue."""
    qs = quotes_of(
        "Hundreds of nurses marched to the health ministry on Saturday.",
        'A placard held by one of the nurses read: "We cannot care for you if nobody cares '
        'for us."',
        'A note pinned to the ward door read, "Back in five minutes. Please do not ring."',
    )
    placard = quote_starting(qs, "We cannot care")
    assert placard.cue.text == "read"
    assert placard.speaker_mention.text.startswith("A placard")
    note = quote_starting(qs, "Back in five")
    assert note.cue.text == "read"


def test_a_person_who_read_out_words_is_not_taken_as_a_written_thing() -> None:
    qs = quotes_of(
        "The committee met behind closed doors for six hours.",
        'Afterwards the chairman read: "The committee has voted to suspend the member."',
    )
    assert all(q.speaker_mention is None or "chairman" in q.speaker_mention.text for q in qs)


def test_an_abbreviated_rank_ends_no_sentence() -> None:
    """'spokesman Lt. Col. Ann Reyes said': the tokenizer splits 'Lt' from its stop, which
    ended a sentence there (the question's content ran into 'spokesman Lt', the speaker
    was 'Army Lt')."""
    qs = quotes_of(
        "Asked whether the base would close, spokeswoman Lt. Col. Ann Reyes said the Army "
        "had made no decision.",
        '"We fundamentally disagree," said retired Army Lt. Gen. Mark Ellery.',
    )
    asked = quote_starting(qs, "whether the base")
    assert asked.content.text == "whether the base would close"
    assert quote_starting(qs, "the Army had").speaker == "Ann Reyes"
    assert quote_starting(qs, "We fundamentally").speaker == "Mark Ellery"


def test_an_explainers_a_prefix_is_not_part_of_what_was_said() -> None:
    qs = quotes_of(
        "Q: Can I still use my old bus pass?",
        "A: Old passes will work until the end of March, the transit authority said.",
        "Q: What if I lose it?",
        "A: A replacement costs $5, according to the authority's website.",
    )
    assert quote_starting(qs, "Old passes").speaker_mention.text == "the transit authority"
    assert quote_starting(qs, "A replacement costs").content.text == "A replacement costs $5"
    assert not any(q.content.text.startswith("A:") for q in qs)


POST = [
    "The fire chief defended the department's response on social media.",
    "Our crews were on scene in six minutes. Anyone who says otherwise is not telling the "
    "truth. pic.twitter.com/Qw3rTy7uIo",
    "— Chief Aaron Webb (@ChiefWebbFD) June 14, 2024",
    "pic.twitter.com/Zx9Lm2Kp0a",
    "— Riverside Watch (@RiversideWatch) June 14, 2024",
    "Residents disputed the timeline at Tuesday's meeting.",
]


def test_an_embedded_post_is_its_authors_direct_quote() -> None:
    """A post's words with its byline ('— Name (@handle) Month D, YYYY') on the next line are
    the author's direct quote, its picture link left out; a cue word in them ('says') is
    the author's, not a quote of its own; a post of only a link quotes nothing."""
    article = analyzed(*POST)
    post = quote_starting(article.quotes, "Our crews")
    assert post.kind == "direct"
    assert post.speaker == "Aaron Webb"
    assert post.content.text.endswith("telling the truth.")
    assert not any("otherwise" in q.content.text and q is not post for q in article.quotes)
    assert not any("pic.twitter" in q.content.text for q in article.quotes)
    assert not any("Riverside Watch" in (q.speaker or "") for q in article.quotes)


def test_by_someones_own_account_attributes_the_clause() -> None:
    qs = quotes_of(
        "Tomas Ferreira has coached the under-12 team for eleven seasons. By his own account, "
        "he has never once won a trophy.",
        "The club paid the fee from its savings account, and the season went ahead.",
    )
    own = quote_starting(qs, "he has never")
    assert own.speaker == "Tomas Ferreira"
    assert own.cue.text == "By his own account"
    assert not any("season went ahead" in q.content.text for q in qs)
