"""To whom: the addressee of a quote (issue 4 item 3), on hand-written news sentences.

Each test is a way English news names who the words were said or written to, or a look-alike
that names no one; the convention is the gold's (tests/data/quote_gold/README.md, "Addressees").
"""

from __future__ import annotations

from conftest import quote_starting, quotes_of


def _to(paragraphs: list[str], starts: str) -> tuple[str | None, str | None]:
    """(addressee name, addressee mention text) of the quote starting with ``starts``."""
    q = quote_starting(quotes_of(*paragraphs), starts)
    return q.addressee, q.addressee_mention.text if q.addressee_mention else None


def test_said_to_people_is_the_addressee(nlp) -> None:
    got = _to(["“The deal is done,” Mayor Lena Ortiz said to reporters on the steps."], "The deal")
    assert got == ("reporters", "reporters")


def test_said_to_applause_names_no_addressee(nlp) -> None:
    got = _to(["“We are back,” the singer Tomas Vey said to wild applause."], "We are back")
    assert got == (None, None)


def test_a_letter_or_email_to_someone(nlp) -> None:
    paras = ["In a letter to shareholders, chief executive Rosa Imbert said profits would fall."]
    assert _to(paras, "profits would fall")[1] == "shareholders"
    paras = ["The ministry said in an email to the Irish Times that no decision had been taken."]
    assert _to(paras, "no decision")[1] == "the Irish Times"
    paras = ["In a speech to union members, Ivan Kovac said the plan was dead."]
    assert _to(paras, "the plan was dead")[1] == "union members"


def test_a_statement_emailed_to_an_outlet(nlp) -> None:
    paras = ["A spokesman said in a statement emailed to Reuters that the plant was safe."]
    assert _to(paras, "the plant was safe")[0] == "Reuters"


def test_a_call_or_chat_with_someone(nlp) -> None:
    paras = ["Maya Fenwick said in a phone call with reporters that the launch would slip."]
    assert _to(paras, "the launch would slip")[1] == "reporters"


def test_wrote_to_someone(nlp) -> None:
    paras = ["Senator Dana Holt wrote to the regulator that the fees were illegal."]
    assert _to(paras, "the fees were illegal")[1] == "the regulator"


def test_a_participle_after_a_telling_shares_its_addressee(nlp) -> None:
    paras = ["Senator Dana Holt wrote to the Treasury on Monday, saying the rules were unclear."]
    assert _to(paras, "the rules were unclear")[1] == "the Treasury"
    paras = ["Judge Amos Kerr urged ministers to act, saying “families cannot wait”."]
    assert _to(paras, "families cannot wait")[1] == "ministers"


def test_the_subject_of_a_passive_telling_is_the_addressee(nlp) -> None:
    paras = ["Staff at the plant were told by managers that the site would close."]
    q = quote_starting(quotes_of(*paras), "the site would close")
    assert q.addressee_mention is not None and q.addressee_mention.text.startswith("Staff")
    assert q.speaker_mention is not None and q.speaker_mention.text == "managers"


def test_asked_by_someone(nlp) -> None:
    paras = [
        "Asked by reporters whether he would run again, Governor Paul Dane said he had not decided."
    ]
    assert _to(paras, "he had not decided")[1] == "reporters"
    paras = ["Responding to a question from a student, Ana Ruiz said fees would stay."]
    assert _to(paras, "fees would stay")[1] == "a student"


def test_asked_about_something_names_no_addressee(nlp) -> None:
    paras = ["Asked about the report, a spokesman said it was under review."]
    assert _to(paras, "it was under review") == (None, None)


def test_admitted_confirmed_explained_to_someone(nlp) -> None:
    paras = ["Tom Kerr admitted to investigators that he had deleted the files."]
    assert _to(paras, "he had deleted")[1] == "investigators"
    paras = ["The company confirmed to the BBC that talks had ended."]
    assert _to(paras, "talks had ended")[0] == "BBC"
    paras = ["Lisa Vance explained to the committee that the budget had run out."]
    assert _to(paras, "the budget had run out")[1] == "the committee"


def test_an_object_that_is_no_one_is_no_addressee(nlp) -> None:
    paras = ["The charity has urged a “halt to the evictions and for the council to meet them”."]
    assert _to(paras, "halt to the evictions") == (None, None)


def test_a_pronoun_addressee_is_resolved(nlp) -> None:
    paras = [
        "Anna Berg, the club's owner, met the new coach, Tom Reyes, on Monday.",
        "Reyes told her that the team would be rebuilt.",
    ]
    assert _to(paras, "the team would be rebuilt") == ("Anna Berg", "her")


def test_a_surname_addressee_is_the_full_name(nlp) -> None:
    paras = [
        "Prime Minister Ellen Sato visited the factory on Friday.",
        "Workers told Sato that wages had fallen.",
    ]
    assert _to(paras, "wages had fallen") == ("Ellen Sato", "Sato")


def test_a_telling_inside_the_content_is_no_addressee(nlp) -> None:
    paras = ["Ruth Mills said she had told the board about the losses in May."]
    assert _to(paras, "she had told the board") == (None, None)


def test_an_addressee_the_content_opens_with_is_kept(nlp) -> None:
    # the parse reads "that ..." as a relative clause of "board" and the content opens with
    # the addressee: still the one spoken to
    paras = ["Tom Hale, 71, explained to the board that he had used the pool every day for years."]
    q = quote_starting(quotes_of(*paras), "the board that")
    assert q.addressee_mention is not None and q.addressee_mention.text == "the board"


def test_pleaded_guilty_to_something_is_no_addressee(nlp) -> None:
    paras = ["Ray Dunn pleaded guilty to fraud, saying he had “made a terrible mistake”."]
    assert all(q.addressee is None for q in quotes_of(*paras))


def test_a_thing_told_is_no_addressee(nlp) -> None:
    paras = ["A darker version of the story was told by Mara Quist, who said the firm knew."]
    assert all(q.addressee is None for q in quotes_of(*paras))


def test_addressing_someone(nlp) -> None:
    paras = ["Addressing nurses at the clinic, Sara Lind said the ward would reopen in May."]
    assert _to(paras, "the ward would reopen")[1] == "nurses"


def test_a_plural_of_people_told_in_the_passive(nlp) -> None:
    paras = ["Estate agents were told by the bank on Monday that mortgage rates would rise."]
    q = quote_starting(quotes_of(*paras), "mortgage rates would rise")
    assert q.addressee_mention is not None and q.addressee_mention.text == "Estate agents"


def test_a_letter_sent_to_someone(nlp) -> None:
    paras = ["Mayor Sue Park said in a letter sent to residents that the bridge would close."]
    assert _to(paras, "the bridge would close")[1] == "residents"


def test_an_addressee_named_on_the_subject(nlp) -> None:
    paras = ["Kim Lowe, speaking to reporters on Monday, said the talks had failed."]
    assert _to(paras, "the talks had failed")[1] == "reporters"
    paras = ["Hanna Roy, asked by a reporter about the rumours, said she had no plans to leave."]
    assert _to(paras, "she had no plans")[1] == "a reporter"
    paras = ["Dana Voss, in a note to investors, said the shares were undervalued."]
    assert _to(paras, "the shares were undervalued")[1] == "investors"


def test_a_channel_subject_sent_to_someone(nlp) -> None:
    paras = ["Her message to supporters said the campaign would go on."]
    assert _to(paras, "the campaign would go on")[1] == "supporters"


def test_a_participle_after_remarks_or_a_speech_delivered_to_someone(nlp) -> None:
    paras = ["Governor Ana Pell made the remarks to reporters in Albany, saying the budget held."]
    assert _to(paras, "the budget held")[1] == "reporters"
    paras = ["Minister Ivo Lind gave a speech to parliament, warning that growth would slow."]
    assert _to(paras, "growth would slow")[1] == "parliament"
    paras = ["General Rui Sal sent a letter to the president, saying the troops needed time."]
    assert _to(paras, "the troops needed time")[1] == "the president"


def test_written_to_someone_is_no_content(nlp) -> None:
    """'wrote to the mayor' names who was written to; it is not what was written."""
    quotes = quotes_of("Councillor Ada Moss wrote to the mayor on Friday.")
    assert [q.content.text for q in quotes] == []


def test_admitted_to_a_deed_names_no_addressee(nlp) -> None:
    """'admitted to the affair' is what was owned up to, not who heard it."""
    got = _to(["Senator Rob Kemp admitted to the affair in an interview."], "the affair")
    assert got == (None, None)


def test_a_possessed_noun_of_saying_addressed_to_someone(nlp) -> None:
    """'Her message to the company was short:' names who the quote after it went to."""
    paras = [
        "Auditor Maria Lopez read the report on Monday.",
        "Her message to the staff was short: “Fix it.”",
    ]
    assert _to(paras, "Fix it") == ("staff", "the staff")
    paras = ["Coach Dana Mills spoke after the loss. His reply to reporters: “We were not ready.”"]
    assert _to(paras, "We were not")[1] == "reporters"


def test_a_possessed_noun_of_saying_to_a_thing_names_no_addressee(nlp) -> None:
    """'Her answer to the question' names what was answered, not who heard it."""
    paras = [
        "Mayor Ana Pell was asked about the budget.",
        "Her answer to the question was blunt: “No.”",
    ]
    assert _to(paras, "No.") == (None, None)


def test_texted_or_emailed_someone_is_the_addressee(nlp) -> None:
    """'texted her sister that ...', 'emailed supporters on Monday, ...': a message sent to
    someone, whose object is who got it (news16)."""
    paras = ["Ms. Lund texted her sister that the flight was late."]
    assert _to(paras, "the flight was late")[1] == "her sister"
    paras = ['The candidate, Rita Voss, emailed supporters on Monday: "We are not done."']
    assert _to(paras, "We are not done")[1] == "supporters"


def test_called_on_someone_to_act_is_the_addressee(nlp) -> None:
    """'called on his supporters to stay calm': the appeal is said to them, as "urged his
    supporters to ..." is; "called on the school last week" is a visit, no appeal."""
    paras = ["Tom Reed called on his supporters to stay calm on Sunday."]
    assert _to(paras, "his supporters")[1] == "his supporters"


def test_a_question_set_off_before_a_clause_is_put_to_its_subject(nlp) -> None:
    """'Asked by a reporter whether she would run again, she said: "..."': the question is the
    reporter's, put to her; her reply is said to the reporter."""
    paras = [
        "Mayor Ana Pell spoke at a school on Monday.",
        "Asked by a reporter on Tuesday whether she would run again, she said: “I have not"
        " decided.”",
    ]
    assert _to(paras, "whether she would") == ("Ana Pell", "she")
    assert _to(paras, "I have not decided") == ("reporter", "a reporter")


def test_asked_by_an_outlet_hung_inside_the_topic(nlp) -> None:
    """'Asked about the painting last week by the newspaper Dagens Nyheter, Larsson laughed and
    said ...': the parse hangs "by" on the topic; the newspaper asked (the question's speaker,
    the answer's addressee), and the answer, joined to "laughed", still answers it (session 21,
    a page of trafilatura's evaluation set)."""
    qs = quotes_of(
        "Asked about the painting last week by the newspaper Dagens Nyheter, Larsson laughed"
        ' and said the artist would have to "take the blame" himself.'
    )
    said = [q for q in qs if q.cue is not None and q.cue.text == "said"]
    assert [q.addressee for q in said] == ["Dagens Nyheter"]
    asked = [q for q in qs if q.cue is not None and q.cue.text == "Asked"]
    assert [(q.speaker, q.content.text) for q in asked] == [
        ("Dagens Nyheter", "the painting last week")
    ]


def test_asked_about_a_work_by_a_person_names_no_asker(nlp) -> None:
    """'Asked about the novel by Toni Morrison': the person after "by" made the topic."""
    qs = quotes_of("Asked about the novel by Toni Morrison, Hale said it had changed her life.")
    assert [q.addressee for q in qs if q.cue is not None and q.cue.text == "said"] == [None]


def test_asked_by_reporters_then_an_answer_joined_to_another_verb(nlp) -> None:
    """'Asked by reporters whether she would run, Hale smiled and said ...': the reporters."""
    qs = quotes_of(
        "Asked by reporters whether she would run, Hale smiled and said she had not decided."
    )
    assert [q.addressee for q in qs if q.cue is not None and q.cue.text == "said"] == ["reporters"]
