"""Reported speech in shapes news prose uses (session 22, rep24): a series of verb phrases the
parser hangs on the cue, a finite verb joined under a modal, a plural read as the verb before
a verb of saying, "read a statement from X" after a quotation, an offer of goods, two tags run
together with no appositive. Sentences written for these tests, through ``analyze`` (loads the
spaCy model once)."""

from __future__ import annotations

from conftest import quotes_of


def _contents(*paragraphs: str) -> list[tuple[str, str]]:
    return [(q.cue.text, q.content.text) for q in quotes_of(*paragraphs) if q.cue]


def test_quotes_reported24_a_series_hung_on_the_cue_is_reported() -> None:
    """'said it would close three plants, lay off 2,000 workers and move ...': the parser
    hangs the second and third verbs on "said"; in the reported verb's form ("move" after
    "would close", "hid" after "knew") and not the cue's, they go on with the content."""
    assert _contents(
        "The company said it would close three plants, lay off 2,000 workers and move "
        "production to Mexico."
    ) == [
        ("said", "it would close three plants, lay off 2,000 workers and move production to Mexico")
    ]
    assert _contents(
        "The lawsuit claims that the company knew about the defect, hid it from regulators "
        "and sold the cars anyway."
    ) == [
        (
            "claims",
            "the company knew about the defect, hid it from regulators and sold the cars anyway",
        )
    ]


def test_quotes_reported24_a_series_read_as_a_second_complement() -> None:
    """'say the suspect robbed two banks, stole a car and fled': the parser makes "stole" a
    second complement of "say" with no subject; it is the series too. A clause with a subject
    of its own after ", and" is still cut."""
    assert _contents(
        "Officials say the suspect robbed two banks, stole a car and fled to Mexico."
    ) == [("say", "the suspect robbed two banks, stole a car and fled to Mexico")]
    assert _contents(
        "Officials say the suspect robbed two banks, and they fear he will strike again."
    ) == [("say", "the suspect robbed two banks"), ("fear", "he will strike again")]


def test_quotes_reported24_a_series_in_the_cues_tense_stays_the_speakers() -> None:
    """Coordinated parts the parser already keeps stay whole, and a clause of its own after
    the content is still cut."""
    assert _contents("The board asked that the county provide buses and hire two drivers.") == [
        ("asked", "the county provide buses and hire two drivers")
    ]
    assert _contents(
        "Officials said that the plant was closed, cleaned and inspected last week."
    ) == [("said", "the plant was closed, cleaned and inspected last week")]
    assert _contents(
        "The mayor said the city had repaired the bridge, and the council agreed."
    ) == [("said", "the city had repaired the bridge")]


def test_quotes_reported24_a_finite_verb_under_a_modal_is_the_next_act() -> None:
    """'said that the company would cut prices and left the room': a verb that shares "would"
    is bare, so "left" (the cue's past) is the speaker's next act; "and expand" stays."""
    assert _contents("Smith said that the company would cut prices and left the room.") == [
        ("said", "the company would cut prices")
    ]
    assert _contents("Jones said that prices would rise and then walked out of the meeting.") == [
        ("said", "prices would rise")
    ]
    assert _contents("Smith said that the company would cut prices and expand into Asia.") == [
        ("said", "the company would cut prices and expand into Asia")
    ]


def test_quotes_reported24_a_plural_read_as_the_verb_before_a_verb_of_saying() -> None:
    """'Police reports state that ...': the tagger makes "reports" the verb and "state" its
    object; the reports state the clause. 'Police reports that ...' is still the police's."""
    got = [
        (q.speaker_mention.text, q.cue.text, q.content.text)
        for q in quotes_of(
            "Police reports state that the car was travelling at 90 miles an hour.",
            "The police reports state that the car was speeding.",
            "Court filings state that the company knew.",
            "Police reports that the car was stolen.",
        )
    ]
    assert got == [
        ("Police reports", "state", "the car was travelling at 90 miles an hour"),
        ("The police reports", "state", "the car was speeding"),
        ("Court filings", "state", "the company knew"),
        ("Police", "reports", "the car was stolen"),
    ]


def test_quotes_reported24_read_a_statement_from_after_a_quotation() -> None:
    """'"...," read a statement from the ministry': the writer puts the verb first, the parser
    reads the statement as the object of "read"; the statement (its issuer when named) is
    the source. A reader reading ('The students read a statement aloud') is no tag."""
    quotes = quotes_of(
        '"We will not negotiate with terrorists," read a statement from the ministry.',
        '"The company regrets the error," read a statement issued by Acme Corp.',
    )
    assert [(q.speaker_mention.text, q.cue.text) for q in quotes] == [
        ("a statement from the ministry", "read"),
        ("Acme Corp.", "read"),
    ]
    assert not quotes_of("The students read a statement from the ministry aloud.")


def test_a_statement_read_from_a_named_person_is_theirs() -> None:
    """session 24: in '"...," read a statement from Mayor Ann Hill.' the parser hangs "from" on
    "read", not on "statement"; the named issuer still speaks, as in '"...," a statement from
    Mayor Ann Hill said.'."""
    for tag in ("read a statement from Mayor Ann Hill", "a statement from Mayor Ann Hill said"):
        (q,) = quotes_of(f"“The library will stay open all summer,” {tag}.")
        assert q.speaker == "Ann Hill"
    # "from" after another object of the verb is no issuer of the statement
    (q,) = quotes_of("“The library will stay open,” the statement read from start to end.")
    assert q.speaker != "end"


def test_quotes_reported24_a_statement_issued_by_a_name_is_its() -> None:
    """'a statement issued by Acme Corp. said': the one it was issued by speaks, as with "a
    statement from Acme Corp."."""
    (q,) = quotes_of('"We will appeal the ruling," a statement issued by Acme Corp. said.')
    assert q.speaker_mention.text == "Acme Corp."
    (q,) = quotes_of('"We will appeal," said a statement released by the family on Friday.')
    assert q.speaker_mention.text == "a statement released by the family"
    # session 24: the participle after a comma ("the statement, signed by X,")
    (q,) = quotes_of("“We regret the delay,” said the statement, signed by chairman Ole Dahl.")
    assert q.speaker == "Ole Dahl"
    (q,) = quotes_of("The statement, signed by chairman Ole Dahl, said the firm regrets it.")
    assert q.speaker == "Ole Dahl"


def test_a_writing_made_by_someone_names_its_maker_in_the_phrase() -> None:
    """session 23: 'a poll conducted by Gallup', 'a list compiled by X', 'a lawsuit filed by
    the city': the maker is part of the source's phrase (and name), as with "issued by"."""
    (q,) = quotes_of("Support for the plan rose, according to a poll conducted by Gallup.")
    assert q.speaker_mention.text == "a poll conducted by Gallup"
    (q,) = quotes_of("A lawsuit filed by the city claims the firm hid the risks.")
    assert q.speaker_mention.text == "A lawsuit filed by the city"
    # a participle of something else done to the writing is no maker
    (q,) = quotes_of("A report seen by Reuters says the firm hid the risks.")
    assert q.speaker_mention.text == "A report"


def test_quotes_reported24_an_offer_of_goods_is_no_attribution() -> None:
    """'companies offering cloud computing services': trade, no words; an offer of words or a
    proposal stays."""
    assert not quotes_of(
        "Companies offering cloud computing services have grown fast.",
        "The bank offers low-interest loans to students.",
    )
    assert _contents(
        "Smith offered his congratulations to the winner.", "The firm offered to pay the fine."
    ) == [("offered", "his congratulations to the winner"), ("offered", "to pay the fine")]


def test_quotes_reported24_two_tags_run_together_give_the_addressee() -> None:
    """'"...," said Smith, told the Observer.': the parser hangs "said" on "told", which has
    no subject; the one told heard the words. 'Smith said, smiling, told ...' is no such run."""
    for text in (
        '"We will win this election," said Smith, told the Observer.',
        '"We will win this election," Smith said, told the Observer.',
    ):
        (q,) = quotes_of(text)
        assert (q.speaker_mention.text, q.addressee_mention.text) == ("Smith", "the Observer")
