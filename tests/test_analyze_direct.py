"""Which quoted stretches become direct or mixed quotes, end to end through ``analyze``
(hand-written sentences; each test failed before the rule it names)."""

from __future__ import annotations

from conftest import quotes_of


def test_two_apostrophes_open_the_quoted_label_of_call(nlp) -> None:
    """Archives that type a double mark as two apostrophes ('') still quote what the verb says
    of its object: the label is the speaker's words, with the object they describe."""
    qs = quotes_of(
        "Last week the director, James Comey, recommended no charges, but he called her "
        "actions ''extremely careless.'' The investigation undercut her."
    )
    q = next(q for q in qs if q.cue.text == "called")
    assert q.kind == "mixed" and q.content.text == "her actions ''extremely careless.''"
    assert q.speaker == "James Comey"


def test_quoted_pieces_of_one_reported_content_are_one_mixed_quote(nlp) -> None:
    """'told reporters that he felt "a lot of pressure" before the "biggest game of the season"':
    what the coach said is the whole clause, not two fragments."""
    qs = quotes_of(
        "Coach Mark Ellison told reporters that his players felt “a lot of pressure” before "
        "the “biggest game of the season.”"
    )
    assert [(q.kind, q.content.text, q.speaker) for q in qs] == [
        (
            "mixed",
            "his players felt “a lot of pressure” before the “biggest game of the season.”",
            "Mark Ellison",
        )
    ]
    qs = quotes_of("A spokeswoman, Jane Rowe, called the charge “pathetic” and “dangerous.”")
    assert [(q.kind, q.content.text) for q in qs] == [
        ("mixed", "the charge “pathetic” and “dangerous.”")
    ]


def test_quotations_inside_a_content_stay_direct(nlp) -> None:
    """A content that is one quotation, or a quotation its cue tags, is not pieced."""
    qs = quotes_of("Smith said that “we will build the bridge and the state will pay for it.”")
    assert [q.kind for q in qs] == ["direct"]
    qs = quotes_of(
        "“We have started all those conversations,” Mr. Smith said, adding of the mayor, "
        "“He cares about the city.”"
    )
    first = next(q for q in qs if q.content.text.startswith("We have started"))
    assert first.kind == "direct" and first.content.text.endswith("conversations,")


def test_quotation_after_a_colon_is_split_off_reported_content(nlp) -> None:
    """A quotation after a colon that the parse hung inside a reported content ('The report,
    the agency said, found the program a failure: "..."') is direct; the writer's part before
    the colon stays reported speech."""
    qs = quotes_of(
        "The report, the agency said, found the program a failure: “It did not work at all.”"
    )
    kinds = {q.content.text: (q.kind, q.cue.text) for q in qs}
    assert kinds == {
        "The report, the agency said, found the program a failure": ("indirect", "said"),
        "It did not work at all.": ("direct", "found"),
    }


def test_quotation_opening_a_content_is_direct(nlp) -> None:
    """'wrote to his followers, "It's time ...," and shared a link': what he wrote is the
    quotation; what follows it is narration (a guard: this one was right before)."""
    qs = quotes_of(
        "Soon after the mayor was booed Monday during a union breakfast in Chicago, Ortiz wrote "
        "to his 8,000 Twitter followers, “It is time to end his political career for good,” and "
        "shared a link to his fundraising page."
    )
    assert [(q.kind, q.content.text, q.speaker) for q in qs] == [
        ("direct", "It is time to end his political career for good,", "Ortiz")
    ]


def test_phrase_after_a_comma_stays_in_reported_content(nlp) -> None:
    """A lower-case phrase after a comma is a partial quote of the reported clause."""
    qs = quotes_of(
        "The senator said that when he thinks about the families, “it gets me mad every day.”"
    )
    assert [q.kind for q in qs] == ["indirect"]


def test_clause_before_a_colon_is_not_the_content_of_the_cue_after_it(nlp) -> None:
    """'Even its backers sounded equivocal: Harman called it "the least bad option"': what
    Harman said is the quoted label of "it", not the writer's lead-in before the colon."""
    qs = quotes_of(
        "Even people who endorsed the plan sounded equivocal: Former Rep. Jane Harman called it "
        "“the least bad option under the circumstances.”"
    )
    q = next(q for q in qs if q.cue.text == "called")
    assert (q.kind, q.content.text, q.speaker) == (
        "mixed",
        "it “the least bad option under the circumstances.”",
        "Jane Harman",
    )


def test_headline_quotation_in_single_marks_is_direct(nlp) -> None:
    """ "Garcia: 'We will rebuild every bridge.'": a name, a colon and a quotation in single
    marks is her direct quote, the content between the marks."""
    qs = quotes_of(
        "Garcia: 'We will rebuild every bridge in this city.'",
        "Mayor Ana Garcia spoke to reporters in Springfield on Monday.",
    )
    q = next(q for q in qs if "rebuild" in q.content.text)
    assert (q.kind, q.content.text, q.speaker) == (
        "direct",
        "We will rebuild every bridge in this city.",
        "Ana Garcia",
    )


def test_content_around_its_own_cue_is_not_pieced(nlp) -> None:
    """'In an interview, Walker said, "..."': the quotation is Walker's, direct; a content the
    parse read around the cue itself is not one mixed statement."""
    qs = quotes_of(
        "In an interview with TMZ Sports, Walker said, “I’ve had a lot of people cancel speech "
        "engagements with me because of my relationship with Donald.”"
    )
    assert [(q.kind, q.speaker) for q in qs] == [("direct", "Walker")]
    assert qs[0].content.text.startswith("I’ve had")


def test_a_closing_double_apostrophe_opens_no_quoted_complement(nlp) -> None:
    """Two apostrophes open and close a quotation alike: the pair closing a quoted object
    ('condemned ''a cowardly act of terror'' and promised ...') does not open a quoted label
    that runs on into the next verb, whose own content is then reported too."""
    qs = quotes_of(
        "Senator Jane Ward condemned ''a cowardly act of terror'' and promised to ''find "
        "those responsible.''"
    )
    got = {q.cue.text: (q.kind, q.content.text) for q in qs}
    assert got["condemned"] == ("direct", "a cowardly act of terror")
    assert got["promised"] == ("mixed", "to ''find those responsible.''")


def test_a_quote_after_narration_about_someone_else_is_not_the_earlier_speakers(nlp) -> None:
    """'"A," Tom said. Betsy shook her head. "B."' and a floating quote after 'But Kelly was
    relentless.': the writer has turned to another person, who speaks the next quote; the
    earlier speaker's cue is not shared across that sentence."""
    qs = quotes_of(
        "“It goes in one ear and out the other,” Tom Ebeling said, pointing to his ears. "
        "Betsy Ebeling shook her head. “Tom is much better about it than I am.”"
    )
    assert [(q.content.text[:6], q.speaker) for q in qs if q.kind == "direct"] == [
        ("It goe", "Tom Ebeling"),
        ("Tom is", "Betsy Ebeling"),
    ]
    qs = quotes_of(
        "Donald Trump tried to laugh it off by interjecting, “Only Rosie O’Donnell.” But "
        "Megyn Kelly was relentless.",
        "“Does that sound to you like the temperament of a man we should elect as president?”",
    )
    assert [q.speaker for q in qs] == ["Donald Trump", "Megyn Kelly"]


def test_a_quote_after_narration_about_the_same_speaker_keeps_the_cue(nlp) -> None:
    """The same person named again, or a name after a title's abbreviation ('Mr.', 'Gov.'),
    is no turn to someone else."""
    qs = quotes_of(
        "“We will win this state,” Senator Tom Ebeling said on Monday. Ebeling smiled at the "
        "crowd.",
        "“We always do. We will do it again in November.”",
    )
    assert [q.speaker for q in qs] == ["Tom Ebeling", "Tom Ebeling"]
    qs = quotes_of(
        "“They did not tell us about the talks,” said Yaakov Amidror, a former adviser to "
        "Mr. Netanyahu. “They did not tell us about anything.”"
    )
    assert [q.speaker for q in qs] == ["Yaakov Amidror", "Yaakov Amidror"]


def test_a_headline_quote_counts_its_marks_as_quoted(nlp) -> None:
    """'Name: ...' with quoted pieces is direct when at least half of it is inside the marks,
    the marks counted as for any reported content (quotes.MIXED_SHARE)."""
    qs = quotes_of(
        "Trump: Cruz Has ‘To Come a Long Way’ On Ethanol, He’s For Oil Because ‘Oil Pays Him a "
        "Lot of Money.’",
        "Donald Trump said on Saturday that Ted Cruz is wrong about ethanol.",
    )
    head = next(q for q in qs if q.content.text.startswith("Cruz Has"))
    assert head.kind == "direct" and head.speaker == "Donald Trump"


def test_a_quotation_after_a_comma_ends_the_content_at_its_closing_mark(nlp) -> None:
    """'said, "We'll see," when asked whether ...': the quotation closes on its own comma, and
    what follows it is the writer's; a quotation that runs on into the writer's words with no
    punctuation of its own ('said, "I have not heard that concern" from officials') stays one
    phrase with them."""
    qs = quotes_of(
        "Sanders had previously said, “We’ll see,” when asked whether he would raise money "
        "for other candidates."
    )
    said = next(q for q in qs if q.cue.text == "said")
    assert (said.kind, said.content.text) == ("direct", "We’ll see,")
    from tidings.analyze.content import with_marks
    from tidings.analyze.quotemarks import find_quoted

    text = "De Blasio said, “I have not heard that concern” from police officials."
    lo = text.index("“") + 1
    assert with_marks(text, (lo, len(text) - 1), find_quoted(text)) == (lo - 1, len(text) - 1)


def test_quoted_pieces_joined_by_and_are_one_mixed_quote(nlp) -> None:
    """'shouting ''Get 'em out of here'' and ''Be nice.''': a content that opens with a quotation
    is that quotation, unless another follows it with only a joining word between: then the
    pieces are one thing said."""
    qs = quotes_of(
        "Mr. Trump stood on the stage, alternately shouting ''Get 'em out of here'' and "
        "''Be nice.''"
    )
    assert [(q.kind, q.content.text) for q in qs] == [
        ("mixed", "''Get 'em out of here'' and ''Be nice.''")
    ]


def test_an_object_called_something_in_marks_after_as_is_the_subjects_words(nlp) -> None:
    """'pounding Trump as a "con artist"', 'introduced him as ''a fighter for families''': the
    marks give the label to the verb's subject whatever the verb (a mixed quote of the object
    and its label); a second label joined by "and" goes with it."""
    qs = quotes_of(
        "Senate Minority Leader Harry Reid has been steadily pounding Trump as a “con artist” "
        "for weeks."
    )
    assert [(q.kind, q.content.text, q.speaker, q.cue.text) for q in qs] == [
        ("mixed", "Trump as a “con artist”", "Harry Reid", "pounding")
    ]
    qs = quotes_of(
        "Mrs. Clinton introduced him as ''a fighter for families'' and a passionate advocate."
    )
    assert [(q.kind, q.content.text, q.speaker) for q in qs] == [
        ("mixed", "him as ''a fighter for families''", "Clinton")
    ]
    qs = quotes_of("The senator painted the governor as a “coward” and a “liar.”")
    assert [q.content.text for q in qs] == ["the governor as a “coward” and a “liar.”"]


def test_a_name_after_as_with_no_object_is_no_quote(nlp) -> None:
    """No object, nothing called: 'ran as the "law and order" candidate', 'known as the "..."
    Act', 'such as "..."' (a guard: these gave no quote before either); and a quotation of
    sentences after "as" stays a direct quote of the verb of saying that tags it."""
    assert quotes_of("He ran as the “law and order” candidate in the primary.") == []
    assert (
        quotes_of(
            "The bill, known as the “Justice Against Sponsors of Terrorism Act,” passed the "
            "Senate in May."
        )
        == []
    )
    qs = quotes_of(
        "“We need someone who fights hard,” he said introducing Clinton as a “global leader on "
        "human rights. Nobody comes closer to her experience.”"
    )
    assert [q.kind for q in qs] == ["direct", "direct"]


def _parsed(words: list[str], spaces: list[bool], heads: list[int], deps: list[str]):
    """A Doc built by hand with the parse given (no model), as the parser may read it."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps)


def test_a_gloss_after_a_quotation_is_not_part_of_the_content() -> None:
    """'denounced "self-deportation," which is like a sundae': the writer's relative clause
    (or apposition) after the quotation's comma explains the speaker's words; the content ends
    at the closing mark. A gloss that quotes the speaker again stays."""
    from tidings.analyze.content import trim

    words = ["denounced", "“", "mass", "amnesty", ",", "”", "which", "is", "like", "a", "sundae"]
    spaces = [True, False, True, False, False, True, True, True, True, True, False]
    heads = [0, 3, 3, 0, 3, 3, 7, 3, 7, 10, 8]
    deps = ["ROOT", "punct", "amod", "dobj", "punct", "punct", "nsubj", "relcl", "prep", "det"]
    doc = _parsed(words, spaces, heads, [*deps, "pobj"])
    assert doc.text[slice(*trim(doc, 1, len(doc)))] == "mass amnesty"
    words = ["denounced", "“", "mass", "amnesty", ",", "”", "which", "is", "“", "unfair", "”"]
    spaces = [True, False, True, False, False, True, True, True, False, False, False]
    heads = [0, 3, 3, 0, 3, 3, 7, 3, 9, 7, 9]
    deps = ["ROOT", "punct", "amod", "dobj", "punct", "punct", "nsubj", "relcl", "punct", "acomp"]
    doc = _parsed(words, spaces, heads, [*deps, "punct"])
    assert doc.text[slice(*trim(doc, 1, len(doc)))] == "mass amnesty,” which is “unfair"
    # a gloss on a title ('praised "Wild Rose," a story about ...'): the marks name a work
    words = ["praised", "“", "Wild", "Rose", ",", "”", "a", "story"]
    spaces = [True, False, True, False, False, True, True, False]
    heads = [0, 3, 3, 0, 3, 3, 7, 3]
    deps = ["ROOT", "punct", "compound", "dobj", "punct", "punct", "det", "appos"]
    doc = _parsed(words, spaces, heads, deps)
    assert doc.text[slice(*trim(doc, 1, len(doc)))] == "Wild Rose,” a story"


def test_a_that_clause_hung_past_a_noun_of_sayings_phrase_is_its_content(nlp) -> None:
    """'his statement on Wednesday that "Islam hates us"': the parser hangs the clause on the
    verb; after a time or place phrase it is still what the statement said (a relative "that",
    'her comments to the committee that met', is not)."""
    qs = quotes_of(
        "He was challenged over his statement on Wednesday that ''Islam hates us,'' and "
        "defended it."
    )
    # the content holds the quotation's marks, as a verb's does ('said that "..."'; session 24)
    assert [(q.kind, q.content.text, q.cue.text) for q in qs] == [
        ("mixed", "''Islam hates us,''", "statement")
    ]
    assert quotes_of("Her comments to the committee that met on Monday were brief.") == []
    # 'his rejection of the idea that ...': the clause is the idea's (the stance's content is
    # the idea, as before)
    qs = quotes_of("His rejection of the idea that he was ever wrong is well known.")
    assert [q.content.text for q in qs] == ["the idea that he was ever wrong"]
