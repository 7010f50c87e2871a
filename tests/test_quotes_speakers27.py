"""Speakers and reported clauses of shapes the parser misreads (session 24, spk27): a share of a
group before "said" ('A third said wages were too low'), a cue's object that is the subject of
the clause it reports ('He says data from the institute, released Monday, show that ...'), "let
X know that ...", a noun of saying equated with a "that" clause ('Her argument was that ...'),
words someone passes on ('echoed the concerns of residents that ...'), a name the parser split
in two ('according to the blog Iowa Starting Line'). Sentences written for these tests, through
``analyze`` (loads the spaCy model once)."""

from __future__ import annotations

from conftest import analyzed, quotes_of


def _said(*paragraphs: str) -> dict[str, list[tuple[str | None, str]]]:
    """Each content's (speaker name or mention words, cue words)."""
    out: dict[str, list[tuple[str | None, str]]] = {}
    for q in quotes_of(*paragraphs):
        mention = q.speaker_mention.text if q.speaker_mention else None
        cue = q.cue.text if q.cue else ""
        out.setdefault(q.content.text, []).append((q.speaker or mention, cue))
    return out


def test_speakers27_a_share_of_a_group_says() -> None:
    """'A third said wages were too low': the tagger reads "third" as an adjective and "said"
    as a participle of "wages"; the share is who said it, the clause what was said."""
    got = _said(
        "A third said wages were too low.",
        "Nearly a fifth said the rent had doubled.",
        "A tenth believed the factory would reopen.",
        "Of those polled, a third said wages were too low.",
    )
    assert got["wages were too low"] == [("A third", "said"), ("A third", "said")]
    assert got["the rent had doubled"] == [("Nearly a fifth", "said")]
    assert got["the factory would reopen"] == [("A tenth", "believed")]


def test_speakers27_a_said_that_is_an_adjective_is_no_cue() -> None:
    """Near misses: "said" as an adjective ('the said wages'), a share with no clause after."""
    got = _said(
        "The said wages were paid on time.",
        "A third said wages.",
        "Two thirds said rents were too high.",
    )
    assert list(got) == ["rents were too high"]


def test_speakers27_the_object_is_the_reported_clause_s_subject() -> None:
    """'He says data from the institute, released Monday, show that prices rose': the parser
    made "data" the object of "says" and "show" an adverbial clause; the clause is all said."""
    got = _said(
        "Ann Hill says data from the institute, released Monday, show that prices rose.",
        "Tom Reed says records from the archive, kept since 1950, prove that the border moved.",
    )
    assert got["data from the institute, released Monday, show that prices rose"] == [
        ("Ann Hill", "says")
    ]
    assert got["records from the archive, kept since 1950, prove that the border moved"] == [
        ("Tom Reed", "says")
    ]


def test_speakers27_an_object_with_no_clause_of_its_own_stays() -> None:
    """Near misses: an object and the speaker's next acts ('said a few words, smiled and sat
    down'), an addressee set off by an aside ('told reporters, gathered outside, that ...'), a
    verb that does not agree with the object ('data ... shows' agrees; 'records ... proves'
    does not)."""
    got = _said(
        "Tom Reed said little, then left the room.",
        "Ann Hill told reporters, gathered outside the court, that she was innocent.",
        "Tom Reed says records from the archive, kept since 1950, proves that the border moved.",
    )
    assert "little, then left the room" not in got
    assert "records from the archive, kept since 1950, proves that the border moved" not in got


def test_speakers27_who_lets_others_know_tells_them() -> None:
    """'The mayor let residents know that ...': the mayor tells the residents (was: the
    residents as speaker); 'made it known that ...': the subject of "made", not "it"."""
    article = analyzed(
        "The mayor let residents know that the water was safe to drink.",
        "The coach made it known that he would not return next season.",
    )
    by_content = {q.content.text: q for q in article.quotes}
    water = by_content["the water was safe to drink"]
    assert water.speaker_mention.text == "The mayor"
    assert water.addressee_mention is not None and water.addressee_mention.text == "residents"
    assert by_content["he would not return next season"].speaker_mention.text == "The coach"


def test_speakers27_know_alone_and_let_me_know() -> None:
    """Near misses: "know" with no causative ('Residents know that ...' is their stance), and
    an imperative 'Let me know if ...' (no one named tells anything)."""
    got = _said(
        "Residents know that the water is safe.",
        "Let me know if the water is safe.",
    )
    assert got["the water is safe"] == [("Residents", "know")]
    assert "if the water is safe" not in got


def test_speakers27_a_noun_of_saying_equated_with_a_clause() -> None:
    """'Her argument was that the law violates the constitution', "The union's view is that
    ...": the possessor says the clause after the copula (a quotation in it ends at its
    closing mark)."""
    got = _said(
        "The union's view is that the deal is unfair.",
        "Trump's claim has long been that the election was rigged.",
        'The senator\'s argument was that the budget "must be balanced."',
    )
    assert got["the deal is unfair"] == [("The union", "view")]
    assert got["the election was rigged"] == [("Trump", "claim")]
    assert got['the budget "must be balanced."'] == [("The senator", "argument")]


def test_speakers27_a_noun_of_saying_with_no_owner_or_no_clause() -> None:
    """Near misses: no owner ('The concern is that ...'), no clause ('Her argument was weak'),
    the noun not the copula's subject ('The problem with his argument is that ...')."""
    got = _said(
        "The concern is that the plan would fail.",
        "Her argument was weak.",
        "The problem with his argument is that it ignores costs.",
    )
    assert got == {}


def test_speakers27_words_passed_on_are_their_holder_s() -> None:
    """'The mayor echoed the concerns of residents that ...', 'repeated the warnings of
    economists that ...': the clause is the residents', the economists'; the verb's subject
    is no speaker of it (a light verb's subject was the warnings' owner before)."""
    got = _said(
        "The mayor echoed the concerns of residents that the new road would bring traffic.",
        "The senator repeated the warnings of economists that prices would rise.",
    )
    assert got["the new road would bring traffic"] == [("residents", "concerns")]
    assert got["prices would rise"] == [("economists", "warnings")]


def test_speakers27_own_words_echoed_stay_the_speaker_s() -> None:
    """Near misses: the speaker's own concerns ('echoed her own concerns that ...'), a noun
    with no clause ('the concerns of residents about traffic'), concerns raised with no
    holder ('raised concerns that ...')."""
    got = _said(
        "The mayor echoed the concerns of residents about traffic.",
        "The union raised concerns that the plant would close.",
    )
    assert got["the concerns of residents about traffic"] == [("The mayor", "echoed")]
    assert got["the plant would close"] == [("The union", "concerns")]


def test_speakers27_a_name_split_in_two_appositions() -> None:
    """'according to the blog Iowa Starting Line' at the end of a sentence: the parser hangs
    "Iowa" and "Line" on "blog" as two appositions; the name is the whole run (was "Iowa")."""
    got = _said(
        "Warren has hired 50 staff in the state, according to the blog Iowa Starting Line.",
        "Prices rose again, according to the newspaper Des Moines Register.",
    )
    assert got["Warren has hired 50 staff in the state"] == [("Iowa Starting Line", "according to")]
    assert got["Prices rose again"] == [("Des Moines Register", "according to")]


def test_speakers27_a_charge_after_a_spaced_hyphen_is_the_writer_s() -> None:
    """'likened the plan to "burning the Constitution" - a charge that stung ...': a hyphen
    between spaces is a dash, and a noun naming the words as a charge or claim after it is the
    writer's gloss, not what was said."""
    got = _said(
        'Tom Reed likened the plan to "burning the Constitution" - a charge that stung the '
        "White House.",
        'Ann Hill said the rules were "a disgrace" — an accusation that angered the board.',
    )
    assert got['the plan to "burning the Constitution"'] == [("Tom Reed", "likened")]
    assert got['the rules were "a disgrace"'] == [("Ann Hill", "said")]


def test_speakers27_a_hyphen_inside_words_opens_no_gloss() -> None:
    """Near miss: a hyphenated word after the quotation ('"a disgrace" - a charge' is a gloss;
    '"a one-time deal" for anti-poverty programs' goes on with what was said)."""
    got = _said('Ann Hill said the money was "a one-time deal" for anti-poverty programs.')
    assert got['the money was "a one-time deal" for anti-poverty programs'] == [
        ("Ann Hill", "said")
    ]


def test_speakers27_a_but_clause_that_quotes_the_speaker_again() -> None:
    """'said the plan was "a good start" but she wanted "much more."': the "but" clause, with
    the speaker again as its subject and quoted words, goes on with what was said (it was two
    attributions, the second read at "wanted")."""
    got = _said(
        'Ann Hill said the plan was "a good start" but she wanted "much more."',
        'Tom Reed says there is a "long road ahead" but he feels confident that the team will '
        '"surprise people."',
    )
    assert got['the plan was "a good start" but she wanted "much more."'] == [("Ann Hill", "said")]
    assert got[
        'there is a "long road ahead" but he feels confident that the team will "surprise people."'
    ] == [("Tom Reed", "says")]


def test_speakers27_a_but_clause_of_someone_else_or_no_quotation() -> None:
    """Near misses: another person's clause ('Ann Hill said ... but he called it "a mess."'),
    one with no quotation, the speaker's next act ('but added that ...'), a new report ('but
    he said that ...')."""
    got = _said(
        'Ann Hill said the plan was "a good start," but he called it "a mess."',
        "Ann Hill said the plan was a good start but she wanted to wait.",
        'Ann Hill said the plan was "a good start" but added that she wanted "much more."',
        'Tom Reed said the cuts were "painful," but he said that the budget "works for everyone."',
    )
    assert got['the budget "works for everyone."'] == [("Tom Reed", "said")]
    assert 'the plan was "a good start,"' in got
    assert "the plan was a good start" in got
    assert got['she wanted "much more."'] == [("Ann Hill", "added")]


def test_speakers27_a_statement_that_is_the_channel_of_telling() -> None:
    """'told the jury in his opening statement on Monday that ...': the clause is what he told
    the jury, read once at "told" with its addressee; the statement is where he said it (it
    gave a second attribution of the same words, with no addressee). A noun of saying whose
    clause the parser hung on another verb still reports it ('challenged over his statement
    on Wednesday that ...')."""
    article = analyzed(
        "His lawyer, Tom Reed, told the jury in his opening statement on Monday that the banker"
        ' had acted alone and was "trying to save himself."',
        'Ann Hill was challenged over her statement on Wednesday that the banker "acted alone."',
    )
    told = [q for q in article.quotes if q.content.text.startswith("the banker had acted")]
    assert [q.cue.text for q in told] == ["told"]
    assert told[0].addressee_mention is not None and told[0].addressee_mention.text == "the jury"
    assert [q.cue.text for q in article.quotes if "acted alone." in q.content.text] == ["statement"]
