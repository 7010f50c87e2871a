"""Quotes end to end through ``analyze`` on a few short articles (loads the spaCy model once)."""

from __future__ import annotations

import pytest
from conftest import quote_starting, quotes_of

from tidings.analyze import needs_parse


def test_analyze_direct_quote_with_title_and_addressee(nlp) -> None:
    qs = quotes_of(
        '"If we are honest, the task was to overcome isolation," Political analyst and '
        "Moscow Times contributor Georgy Bovt told Russia's Business FM radio."
    )
    q = quote_starting(qs, "If we are honest")
    assert (q.speaker, q.kind, q.cue.text, q.addressee) == (
        "Georgy Bovt",
        "direct",
        "told",
        "Business FM",
    )
    assert q.speaker_description == "Political analyst and Moscow Times contributor"


def test_analyze_colon_attribution_and_guillemets(nlp) -> None:
    qs = quotes_of("Prime Minister Manuel Valls said: « We will not give in to terror. »")
    q = quote_starting(qs, "We will not give in")
    assert q.speaker == "Manuel Valls" and q.kind == "direct"


def test_analyze_reported_speech_according_to_and_told_that(nlp) -> None:
    qs = quotes_of(
        "According to Sarah Lain, the withdrawal was a largely opportunistic decision.",
        "Lain told reporters that the ceasefire was fragile.",
    )
    first = quote_starting(qs, "the withdrawal was")
    assert (first.speaker, first.kind, first.cue.text) == ("Sarah Lain", "indirect", "According to")
    second = quote_starting(qs, "the ceasefire was fragile")
    assert (second.speaker, second.addressee) == ("Sarah Lain", "reporters")


def test_analyze_partial_quote_stays_inside_reported_speech(nlp) -> None:
    qs = quotes_of(
        'The deputy minister, Nikolai Pankov, was quoted as saying that strikes against "terrorist '
        'targets" in Syria would continue.'
    )
    assert len(qs) == 1
    q = qs[0]
    assert q.content.text.startswith("strikes against")
    assert (q.speaker, q.kind, q.cue.text) == ("Nikolai Pankov", "indirect", "quoted as saying")


def test_analyze_quote_across_paragraphs_and_floating(nlp) -> None:
    qs = quotes_of(
        '"In a way it was a victim of its own success," said Sarah Lain.',
        '"It led to Assad becoming overconfident.',
        '"The intention is probably to put pressure on Assad."',
        "Some unrelated narration follows here.",
    )
    kinds = [(q.content.text[:10], q.speaker, q.attribution) for q in qs]
    assert kinds == [
        ("In a way i", "Sarah Lain", "explicit"),
        ("It led to ", "Sarah Lain", "floating"),
        ("The intent", "Sarah Lain", "continuation"),
    ]


def test_analyze_pronoun_and_organisation_speakers(nlp) -> None:
    qs = quotes_of(
        '"Russia is setting an example," the pro-Kremlin Izvestia daily said.',
        "Sarah Lain is a Russia specialist.",
        '"There is a ceasefire in place," she said.',
    )
    org = quote_starting(qs, "Russia is setting")
    assert (org.speaker, org.speaker_type) == ("Izvestia", "organization")
    she = quote_starting(qs, "There is a ceasefire")
    assert she.speaker == "Sarah Lain" and she.speaker_mention.text == "she"


def test_analyze_anonymous_source(nlp) -> None:
    qs = quotes_of("The army will pull out by Friday, officials said on Tuesday.")
    q = quote_starting(qs, "The army will pull out")
    assert q.speaker_type == "anonymous" and q.speaker == "officials"


def test_analyze_unbalanced_marks_never_crash(nlp) -> None:
    qs = quotes_of('He said "this never closes', '" and this never opened, she said."', "“ ” „ «")
    assert isinstance(qs, list)


def test_analyze_scare_quotes_are_not_quotes(nlp) -> None:
    assert quotes_of('It was a largely "opportunistic" decision by the "regime".') == []


def test_analyze_only_speech_paragraphs_are_parsed() -> None:
    assert needs_parse("Putin said in a statement on Monday.")
    assert not needs_parse('"We said it and we told them so."')
    assert not needs_parse("The jets took off from the base.")


def test_analyze_interview_addressee_and_statement_channel(nlp) -> None:
    qs = quotes_of(
        '"We will not back down," Smith said in an interview with Reuters.',
        '"The task has been fulfilled," Putin said in a statement on Monday.',
    )
    interview = quote_starting(qs, "We will not back down")
    assert interview.addressee == "Reuters"
    assert interview.via is not None and interview.via.text == "an interview with Reuters"
    statement = quote_starting(qs, "The task has been fulfilled")
    assert statement.via is not None and statement.via.text == "a statement"
    assert statement.addressee is None


def test_analyze_speaker_rules_salience_previous_cue_dateline_colon(nlp) -> None:
    qs = quotes_of(
        '"We will build it," said Matt Lauer, the host.',
        'In his speech, Donald Trump proclaimed a goal. He told the crowd, "We will win big."',
        '"My name is not on the ballot," Barack Obama said at the dinner, where Hillary Clinton '
        'also spoke. "Justice is on the ballot."',
        "WASHINGTON -- President Obama, opening the museum on Saturday, said it would tell "
        '"a story of suffering and delight and hope for everyone."',
        "When Wallace died, Bill Clinton released the following statement:",
        '"We offer our condolences to the family and friends of George Wallace."',
    )
    # the one person named earlier in the paragraph, not the last speaker
    assert quote_starting(qs, "We will win big").speaker == "Donald Trump"
    # a cue-less quote keeps the paragraph's previous quote's cue, not the relative clause's
    assert quote_starting(qs, "Justice is on").speaker == "Barack Obama"
    assert "Obama" in (quote_starting(qs, "a story of suffering").speaker or "")
    # a colon after a verb that is a cue only with a clause announces the next paragraph
    assert quote_starting(qs, "We offer our").speaker == "Bill Clinton"


def test_analyze_party_tag_is_not_the_speaker(nlp) -> None:
    # two subjects in the parse ("OH" of the place, "Kasich"): the one next to the verb speaks
    qs = quotes_of(
        "Tuesday at Baldwin Wallace University in Berea, OH, after winning Ohio in the "
        "Republican presidential primary, Gov. John Kasich (R-OH), said, \u201cI\u2019m getting "
        "ready to rent a covered wagon. We\u2019re going to California.\u201d"
    )
    assert quote_starting(qs, "I\u2019m getting ready").speaker == "John Kasich"
    # a cue parsed as an adverbial clause of the quote, its subject before a party tag
    qs = quotes_of(
        "Tuesday on WTMJ\u2019s radio, while discussing a controversial tweet from presumptive "
        "Republican presidential nominee Donald Trump, Speaker of the House Rep. Paul Ryan "
        "(R-WI) said \u201canti-Semitic images, they\u2019ve got no place in a presidential "
        "campaign.\u201d"
    )
    q = quote_starting(qs, "anti-Semitic images")
    assert (q.speaker, q.cue.text) == ("Paul Ryan", "said")


def test_analyze_any_verb_tagging_a_quote_is_its_cue(nlp) -> None:
    qs = quotes_of('"Jeb wants to be a tough guy tonight," Trump shot back. "Let me talk."')
    assert [(q.speaker, q.cue.text) for q in qs] == [("Trump", "shot back"), ("Trump", "shot back")]
    # a verb with an object after a quote is narration, not a tag
    qs = quotes_of('"We will build the wall and it will be great," Trump signed the order.')
    assert quote_starting(qs, "We will build").cue is None


def test_analyze_cue_after_a_question_quote_is_its_tag(nlp) -> None:
    # the parser ends the sentence at "?": the cue opening the next one still tags the quote,
    # and "of Apple" is what the quote is about, not reported content
    qs = quotes_of(
        "\u201cWho do they think they are?\u201d Trump said of Apple in February, when the "
        "company refused to unlock the phone."
    )
    direct = [(q.speaker, q.cue.text) for q in qs if q.kind == "direct"]
    assert direct == [("Trump", "said")]
    assert not [q for q in qs if q.cue.text == "said" and q.kind != "direct"]


def test_analyze_reported_content_keeps_the_marks_of_its_quote(nlp) -> None:
    qs = quotes_of(
        "Asked about it, Bush says the billionaire businessman \u201ccan\u2019t win, plain and "
        "simple.\u201d"
    )
    q = quote_starting(qs, "the billionaire")
    assert q.content.text.endswith("simple.\u201d")
    assert (q.kind, q.speaker) == ("mixed", "Bush")


def test_analyze_reported_content_stops_at_the_next_verb_of_saying(nlp) -> None:
    qs = quotes_of(
        "Carson said he saw no need to change anything about his campaign, telling "
        "Stephanopoulos that the polls would turn."
    )
    said = next(q for q in qs if q.cue and q.cue.text == "said")
    assert said.content.text == "he saw no need to change anything about his campaign"
    qs = quotes_of('He says he respects Clinton and calls her "an extremely intelligent woman."')
    says = next(q for q in qs if q.cue and q.cue.text == "says")
    assert says.content.text == "he respects Clinton"


def test_analyze_that_clause_hung_on_a_noun_is_still_what_was_said(nlp) -> None:
    qs = quotes_of(
        "Courted by most of the Republican candidates, Adelson said earlier on Friday during a "
        "news conference that he may wait until February's primaries to decide who to back."
    )
    q = next(q for q in qs if q.cue and q.cue.text == "said")
    assert q.content.text.startswith("he may wait until February")
    assert (q.kind, q.speaker) == ("indirect", "Adelson")


def test_analyze_continue_is_a_cue_only_as_a_tag(nlp) -> None:
    qs = quotes_of("The delegate lead for Hillary Clinton continues to grow after a big win.")
    assert qs == []
    qs = quotes_of('"We will not stop," he continued. "We will win this state."')
    assert [q.cue.text for q in qs] == ["continued", "continued"]


def test_analyze_free_participle_has_the_sentence_subject(nlp) -> None:
    qs = quotes_of(
        "Clinton seemed to be ready to riff on the incident in Iowa, telling the crowd, "
        '"Some people get a little carried away, have you noticed that?"'
    )
    q = quote_starting(qs, "Some people")
    assert (q.speaker, q.cue.text) == ("Clinton", "telling")


def test_analyze_verb_after_an_object_shares_the_sentence_subject(nlp) -> None:
    qs = quotes_of(
        "Trump gestured as if to stop the ruckus, then leaned in and boomed: "
        "\u201cLet\u2019s defeat her in November.\u201d"
    )
    assert quote_starting(qs, "Let\u2019s defeat").speaker == "Trump"


def test_analyze_belief_inside_reported_words_does_not_take_the_quote(nlp) -> None:
    qs = quotes_of(
        "Sanders is outlining a litany of policy proposals. He says if people think the issues "
        "will be addressed by \u201cestablishment politics and establishment economics, "
        "you\u2019ve got a very good candidate to vote for.\u201d"
    )
    # one mixed quote of the clause he says, its quoted words inside: "think" takes nothing
    (q,) = [q for q in qs if "establishment politics" in q.content.text]
    assert (q.kind, q.cue.text) == ("mixed", "says")
    assert q.content.text.startswith("if people think")


def test_analyze_any_verb_before_a_colon_introduces_the_quote(nlp) -> None:
    qs = quotes_of(
        "Clinton said so. She then addressed the supporters again: \u201cHere is what I regret. "
        "I regret they don\u2019t want to listen to anybody else.\u201d"
    )
    q = quote_starting(qs, "Here is what")
    assert (q.speaker, q.cue.text, q.speaker_mention.text) == ("Clinton", "addressed", "She")
    # a colon that opens no quote introduces nothing
    qs = quotes_of("She then addressed the supporters: jobs, schools and roads, she said.")
    assert not [q for q in qs if q.cue and q.cue.text == "addressed"]


def test_analyze_where_and_when_are_not_what_was_written(nlp) -> None:
    qs = quotes_of(
        "''What does that mean, he kept the country safe?'' Mr. Trump wrote on Twitter on Monday."
    )
    assert [(q.kind, q.cue.text, q.speaker) for q in qs] == [("direct", "wrote", "Trump")]


def test_analyze_organisation_names_keep_their_title_words(nlp) -> None:
    qs = quotes_of(
        "The U.S. Attorney's Office said Carlineo never intended to hurt anyone, and a lawyer "
        "for him agreed."
    )
    q = next(q for q in qs if q.cue and q.cue.text == "said")
    assert q.speaker is not None and "Attorney" in q.speaker and q.speaker != "Office"


def test_analyze_time_phrase_is_not_part_of_the_speaker(nlp) -> None:
    qs = quotes_of(
        "The opposition on Thursday accused the government of ignoring warnings about the barrier."
    )
    q = next(q for q in qs if q.cue and q.cue.text == "accused")
    assert q.speaker_mention.text == "The opposition"


def test_analyze_words_after_an_inverted_cue_speak(nlp) -> None:
    # the parser makes the speaker an object or an adverb; after a quote the verb is inverted
    qs = quotes_of(
        "\u201cIt\u2019s Bernie\u2019s to lose at this point,\u201d added another New Hampshire "
        "Democrat."
    )
    q = quote_starting(qs, "It\u2019s Bernie")
    assert (q.cue.text, q.speaker_mention.text) == ("added", "another New Hampshire Democrat")
    assert [x.kind for x in qs] == ["direct"]  # the speaker is not reported content
    qs = quotes_of(
        "''Why would he want to give up the Republican National Committee?'' asked Mr. "
        "Manafort, referring to the candidate's fights."
    )
    assert quote_starting(qs, "Why would he").speaker == "Manafort"


def test_analyze_cue_interrupting_its_clause(nlp) -> None:
    qs = quotes_of(
        "Many of the closures, he said, have involved public and semiprivate courses.",
        "Still, he said, officials have to decide who gets extra scrutiny.",
    )
    first, second = (q for q in qs if q.kind == "indirect")
    assert first.content.text.startswith("Many of the closures")
    assert first.content.text.endswith("semiprivate courses")
    assert second.content.text == "officials have to decide who gets extra scrutiny"


def test_analyze_unnamed_asker_and_one_word_answers(nlp) -> None:
    qs = quotes_of("When asked whether he would issue a quarantine, Christie said he would.")
    asked = next(q for q in qs if q.cue.text == "asked")
    assert (asked.content.text, asked.speaker) == ("whether he would issue a quarantine", None)
    qs = quotes_of("Asked about it, 72 percent of Democrats said yes while 48 percent agreed.")
    said = next(q for q in qs if q.cue.text == "said")
    assert (said.content.text, said.speaker_mention.text) == ("yes", "72 percent of Democrats")


def test_analyze_reported_content_bounds(nlp) -> None:
    # a second "that" clause is said too; the writer's aside after a comma is not
    qs = quotes_of("Clinton said she appreciated Sanders' apology and that she wanted to move on.")
    assert quote_starting(qs, "she appreciated").content.text.endswith(
        "and that she wanted to move on"
    )
    qs = quotes_of(
        "Chris Christie said he would quarantine people over fears of the Zika virus, which is "
        "spread primarily by mosquitoes."
    )
    q = quote_starting(qs, "he would quarantine")
    assert q.content.text == "he would quarantine people over fears of the Zika virus"


def test_analyze_wish_with_an_infinitive_is_reported(nlp) -> None:
    qs = quotes_of("Clinton wants to raise the minimum wage to $12 an hour.")
    assert [(q.kind, q.cue.text, q.content.text) for q in qs] == [
        ("indirect", "wants", "to raise the minimum wage to $12 an hour")
    ]
    assert quotes_of("The river wants to flood the town every spring.") == []


def test_analyze_headline_colon_with_a_surname_named_elsewhere(nlp) -> None:
    qs = quotes_of(
        "Lynch: No outside influence on FBI probe into Clinton emails",
        "Attorney General Loretta Lynch is reaffirming her position on the inquiry.",
    )
    q = quote_starting(qs, "No outside influence")
    assert q.speaker_mention.text == "Lynch"
    assert quotes_of("Update: No outside influence on FBI probe into emails") == []


def test_analyze_name_with_a_colon_after_a_dash_introduces_the_quote(nlp) -> None:
    qs = quotes_of(
        "Pollsters agree - Carl Bialik: \u201cOne of the biggest lessons was a simple one: keep "
        "on contacting voters as late as possible.\u201d"
    )
    q = quote_starting(qs, "One of the biggest")
    assert (q.speaker, q.cue) == ("Carl Bialik", None)


def test_analyze_stance_objects_groups_documents_and_directives(nlp) -> None:
    """Act and intent verbs toward a name or a thing, with group, poll and document sources."""
    qs = quotes_of(
        "Christie endorsed Trump last week and has appeared at his rallies.",
        "About three-quarters support a temporary ban on new arrivals.",
        "A Wall Street Journal/NBC News poll showed a slimmer lead for Clinton.",
        "She urged the administration to join a NATO-led coalition.",
        "He shook hands and asked workers if they planned to attend the caucuses.",
        "In some states, a third of Democratic voters want a switch to more liberal policies.",
        "He found his keys and left the house.",
    )
    got = {q.content.text: (q.cue.text, q.speaker_mention.text) for q in qs}
    assert got["Trump"] == ("endorsed", "Christie")
    assert got["a temporary ban on new arrivals"] == ("support", "About three-quarters")
    assert got["a slimmer lead for Clinton"][0] == "showed"
    assert got["to join a NATO-led coalition"] == ("urged", "She")
    assert got["if they planned to attend the caucuses"] == ("asked", "He")
    assert got["a switch to more liberal policies"][0] == "want"
    assert not any("keys" in c for c in got)  # a person who finds keys reports nothing


def test_analyze_reported_content_keeps_its_inner_verbs(nlp) -> None:
    """A verb inside what someone says is part of it: the content runs on ('and tell him',
    'and expects', 'because ...'), the inner verb is no attribution of its own, and a pronoun
    subject in someone's reported words is that someone."""
    qs = quotes_of(
        "Kasich says he'd sit Putin down and tell him there will be no more nonsense.",
        "Trump said he feels he can win New Hampshire and expects a big turnout.",
        "The AP said it did not include those meetings in its tally because they were part "
        "of the daily duties.",
    )
    contents = [q.content.text for q in qs]
    assert "he'd sit Putin down and tell him there will be no more nonsense" in contents
    assert "he feels he can win New Hampshire and expects a big turnout" in contents
    assert any(c.startswith("it did not include") and c.endswith("daily duties") for c in contents)
    assert len(qs) == 3, contents


def test_pronoun_in_reported_words_is_the_reporter() -> None:
    """'Trump said he ...': the nested "he" is Trump (pure function, no parse)."""
    from tidings.analyze.attributions import Attribution
    from tidings.analyze.mentions import Mention
    from tidings.analyze.resolve import Found, reporter
    from tidings.model import Speaker

    trump = Speaker(id="s0", name="Donald Trump", type="person")
    outer = Attribution(
        (6, 10), "say", Mention(0, 5, "name", name="Trump"), (0, 70), 0, content=(11, 70)
    )
    inner = Attribution(
        (14, 19),
        "feel",
        Mention(11, 13, "pronoun", head="he", gender="male"),
        (0, 70),
        0,
        content=(20, 70),
        strength=0.6,
    )
    g = Found("indirect", 11, 70, 0, outer, "explicit", 0.75, speaker=trump)
    f = Found("indirect", 20, 70, 0, inner, "explicit", 0.6)
    assert reporter(f, [g, f]) is trump
    trump.gender = "male"
    inner.mention = Mention(11, 13, "pronoun", head="she", gender="female")
    assert reporter(f, [g, f]) is None  # "she" is not him
    inner.mention = Mention(11, 15, "pronoun", head="they", plural=True)
    assert reporter(f, [g, f]) is None


def test_analyze_gerund_after_preposition_as_clause_and_share_subjects(nlp) -> None:
    """'After suggesting ..., Rubio ...' and 'by promising ...' take the clause's subject; 'As
    the Times noted, <clause>' reports the clause; '6 in 10 white men supported X' is a source."""
    qs = quotes_of(
        "After suggesting on Wednesday that he regretted lobbing insults at Mr. Trump last "
        "month, Mr. Rubio only occasionally disagreed with him.",
        "Mr. Trump has rallied thousands by promising to impose 35 percent tariffs on imported "
        "goods.",
        "As the International Business Times noted, Clinton raised more than $1.1 million from "
        "the securities industry.",
        "About 6 in 10 white men supported Sanders.",
    )
    got = {q.content.text: (q.cue.text, q.speaker_mention.text) for q in qs}
    assert got["he regretted lobbing insults at Mr. Trump last month"] == (
        "suggesting",
        "Mr. Rubio",
    )
    assert got["to impose 35 percent tariffs on imported goods"] == ("promising", "Mr. Trump")
    assert got["Clinton raised more than $1.1 million from the securities industry"] == (
        "noted",
        "the International Business Times",
    )
    assert got["Sanders"] == ("supported", "About 6 in 10 white men")


def test_analyze_judgment_and_intent_verbs(nlp) -> None:
    """Judgment verbs report a judgment ('sees Cruz as a uniter', 'consider Clinton honest')
    but not a sight ('saw him there'); 'implied', 'decided to' report content too."""
    qs = quotes_of(
        "Viguerie backs the senator because he sees Cruz as a uniter.",
        "Just 30 percent of all voters consider Clinton honest.",
        "She saw him there again in 1999.",
        "Trump implied a federal judge was biased.",
        "Teachout decided to bypass Faso himself and go after his donor.",
    )
    got = {q.content.text: q.cue.text for q in qs}
    assert got["Cruz as a uniter"] == "sees"
    assert got["Clinton honest"] == "consider"
    assert got["a federal judge was biased"] == "implied"
    assert got["to bypass Faso himself and go after his donor"] == "decided"
    assert not any("1999" in c or c.startswith("him") for c in got)


def test_analyze_any_verb_with_a_comma_leads_into_a_quote(nlp) -> None:
    """'Hillary shot back, "..."': subject, verb and comma right before the quote tag it."""
    qs = quotes_of(
        "When Jerry Brown criticized Bill Clinton during a debate, Hillary shot back, “I "
        "suppose I could have chosen to bake cookies, but I chose to fulfill my profession.”"
    )
    q = quote_starting(qs, "I suppose")
    assert (q.kind, q.cue.text, q.speaker_mention.text) == ("direct", "shot", "Hillary")


def test_analyze_nouns_of_saying_with_an_owner(nlp) -> None:
    """'Trump's claim that ...', 'His promise to ...' attribute their clause to the possessor;
    'The claim that ...' names no one and is left out."""
    qs = quotes_of(
        "Donald Trump spoke in Ohio on Monday.",
        "Trump's claim that he opposed the war is false.",
        "The claim that the plan was cheap is false.",
        "His promise to build a wall won votes.",
    )
    got = {q.content.text: (q.cue.text, q.speaker or "") for q in qs}
    assert got["he opposed the war"][0] == "claim"
    assert got["he opposed the war"][1].endswith("Trump")
    assert got["to build a wall"][0] == "promise"
    assert got["to build a wall"][1].endswith("Trump")  # "His": the last person
    assert not any(c.startswith("the plan") for c in got)
    assert "the war" not in got  # the verb inside the claim is part of it


def test_analyze_relative_which_speaks_for_its_organisation(nlp) -> None:
    """'The union, which endorsed Hillary Clinton, ...': "which" is the union."""
    qs = quotes_of("The union, which endorsed Hillary Clinton in November, is regarded as liberal.")
    q = quote_starting(qs, "Hillary Clinton")
    assert (q.cue.text, q.speaker_mention.text, q.speaker) == ("endorsed", "which", "The union")


def test_analyze_cue_interrupting_its_clause_after_a_subject(nlp) -> None:
    """'This campaign, he says, is different': the words before the cue are the clause's
    subject, not a lone adverb ('Still, he said, ...'), so they belong to the content."""
    qs = quotes_of(
        "This campaign, he says, is different.", "Still, he said, officials must decide."
    )
    contents = [q.content.text for q in qs]
    assert "This campaign, he says, is different" in contents
    assert "officials must decide" in contents


def test_analyze_quote_after_the_object_completes_a_naming_verb(nlp) -> None:
    """'called the young senator "the next great hope ..."': the quotation right after the
    object is what the verb says of it (the parser made it an adverbial noun); a time phrase
    at the end ('on Tuesday') is when, not what."""
    qs = quotes_of(
        "Ms. Hale called the young senator \u201cthe next great hope of the party\u201d in a "
        "radio interview.",
        "Mr. Olsen described the mayor as a \u201creckless spender\u201d on Tuesday.",
    )
    called = quote_starting(qs, "the young senator")
    assert called.content.text.endswith("the next great hope of the party\u201d")
    assert called.kind == "mixed"
    described = quote_starting(qs, "the mayor as")
    assert described.content.text == "the mayor as a \u201creckless spender\u201d"


def test_quotes_tag_after_the_closing_mark_beats_an_earlier_content() -> None:
    """'Jones says that "the plan is dead," Smith added.': the quote ending in a comma runs
    straight into "Smith added", which tags it, though it also lies in what Jones says. After
    a question mark, a cue that leads into the next quote does not tag the one before."""
    from tidings.analyze.attributions import Attribution
    from tidings.analyze.directquotes import choose
    from tidings.analyze.mentions import Mention

    text = 'Jones says that "the plan is dead," Smith added.'
    q = (text.index("the plan"), text.index(',"') + 1)
    says = Attribution(
        cue=(6, 10),
        lemma="say",
        mention=Mention(0, 5, "name", name="Jones"),
        sentence=(0, len(text)),
        paragraph=0,
        content=(text.index('"'), text.index(" Smith")),
    )
    at = text.index("Smith")
    added = Attribution(
        cue=(at + 6, at + 11),
        lemma="add",
        mention=Mention(at, at + 5, "name", name="Smith"),
        sentence=(0, len(text)),
        paragraph=0,
    )
    assert choose(q, [says, added], None, text)[0] is added
    assert choose(q, [says, added])[0] is says  # without the text: the content rule
    text2 = '"Is it over?" Lee then writes back, "Not yet."'
    at = text2.index("Lee")
    writes = Attribution(
        cue=(at + 9, at + 15),
        lemma="write",
        mention=Mention(at, at + 3, "name", name="Lee"),
        sentence=(0, len(text2)),
        paragraph=0,
    )
    from tidings.analyze.directquotes import tag_of

    assert tag_of((1, text2.index('?"') + 1), [writes], text2) is None


def test_analyze_comma_tag_in_a_paragraph_without_cue_words(nlp) -> None:
    """'Rita Moss went on, "..."' has no word of the cue lexicon outside its marks, so only
    the comma-before-quote test gets it parsed; then the verb running into the quote tags it."""
    q = quote_starting(
        quotes_of('Rita Moss went on, "That is simply not true and everybody can see it."'), "That"
    )
    assert (q.speaker, q.cue.text if q.cue else None) == ("Rita Moss", "went")


def test_analyze_act_verbs_of_stance_toward_an_object(nlp) -> None:
    """Verbs of stance or action toward something added to the act lexicon: 'assailed the
    deal as ...', 'encouraged voters to ...' (the object is whom, the infinitive what),
    'focused on ...'."""
    qs = quotes_of(
        "Senator Mary Cole assailed the trade deal as a betrayal of workers.",
        "The governor encouraged voters to stay home during the storm.",
        "In her speech, Ms. Reyes focused on the cost of child care.",
    )
    got = {q.cue.text: (q.speaker, q.content.text) for q in qs if q.cue}
    assert got["assailed"] == ("Mary Cole", "the trade deal as a betrayal of workers")
    assert got["encouraged"] == ("The governor", "to stay home during the storm")
    assert got["focused"][1].endswith("the cost of child care")


def test_analyze_according_to_interrupting_its_clause(nlp) -> None:
    """'Among the cases at risk, according to Ms. Park, are three involving unions': the
    clause runs on both sides of the phrase, so the whole sentence is attributed; at the end
    of a sentence only what comes before it."""
    qs = quotes_of(
        "Among the cases at risk, according to Ms. Park, are three involving unions.",
        "The vote was close, according to officials.",
    )
    got = {q.content.text: q.speaker for q in qs}
    assert got["Among the cases at risk, according to Ms. Park, are three involving unions"] == (
        "Park"
    )
    assert got["The vote was close"] == "officials"


def test_analyze_cue_after_an_apposition_read_as_a_participle(nlp) -> None:
    """'Beruff, a Scott ally, called Florida's standards "strong."': the small model hangs
    "called" on the name as a participle (acl); with an object it is the name's own verb. A
    passive participle without one ('Smith, asked about it, said ...') is not."""
    qs = quotes_of(
        "Beruff, a Scott ally, called Florida\u2019s standards \u201cstrong.\u201d",
        "Smith, asked about the plan, said it was fine.",
    )
    called = next(q for q in qs if q.cue and q.cue.text == "called")
    assert called.speaker == "Beruff"
    assert called.content.text.startswith("Florida\u2019s standards")
    said = next(q for q in qs if q.cue and q.cue.text == "said")
    assert (said.speaker, said.content.text) == ("Smith", "it was fine")


@pytest.mark.parametrize(
    ("quoted", "title"),
    [
        ("Orange Is the New Black", True),
        ("A Time for Truth,", True),
        ("Make America Great Again", True),
        ("U-S-A! U-S-A!", False),  # a chant in capitals
        ("We will win this state", False),
        ("Putin", False),
    ],
)
def test_quotes_is_title(quoted: str, title: bool) -> None:
    from tidings.analyze.directquotes import is_title

    assert is_title(quoted) is title


def test_analyze_title_in_quote_marks_is_no_quotation_unless_tagged(nlp) -> None:
    """A quoted stretch in title case names a book or a show; with a cue right by it
    ('"Make America Great Again," Trump said') it is a slogan someone said."""
    qs = quotes_of(
        "Dana Ruiz has written two books. \u201cA Time for Truth,\u201d her memoir, sold well, "
        "and \u201cAn American Daughter of the Plains\u201d is out next year.",
        '"Make America Great Again," Trump said.',
    )
    contents = [q.content.text for q in qs if q.kind == "direct"]
    assert not any("Truth" in c or "Plains" in c for c in contents)
    assert "Make America Great Again," in contents


def test_analyze_name_line_announces_the_next_paragraphs_quote(nlp) -> None:
    """A paragraph that is only a known name and a colon ('Warren:') introduces the block
    quote after it; a label ('Update:') does not."""
    qs = quotes_of(
        "Senator Elizabeth Warren spoke at the rally in Boston on Monday.",
        "Warren:",
        "\u201cI think the stakes are so high that they would do anything to stay in power.\u201d",
    )
    assert quote_starting(qs, "I think the stakes").speaker == "Elizabeth Warren"
    qs = quotes_of(
        "Update:", "\u201cI think the stakes are so high that they would do anything to win.\u201d"
    )
    assert quote_starting(qs, "I think the stakes").speaker is None


def test_analyze_as_x_put_it(nlp) -> None:
    """'As Smith put it, "..."' is the idiom of saying; 'put the money aside' is not."""
    q = quote_starting(
        quotes_of("As Smith put it, \u201cNobody wins a war like this one.\u201d"), "Nobody"
    )
    assert (q.speaker, q.cue.text if q.cue else None) == ("Smith", "put")
    qs = quotes_of("He put the money aside, \u201cfor a rainy day and nothing else.\u201d")
    assert all(q.cue is None for q in qs)


def test_analyze_adjective_as_noun_after_a_question_quote(nlp) -> None:
    """'"...?" the 43-year-old asked': the parser makes "old" an adjective heading the
    sentence; with its determiner it is the speaker, and the phrase stops at the quote."""
    q = quote_starting(
        quotes_of("\u201cWhy would anyone want to live like that?\u201d the 43-year-old asked."),
        "Why would",
    )
    assert q.speaker_mention is not None
    assert q.speaker_mention.text.endswith("43-year-old")


def test_analyze_floating_quote_after_reported_speech_only(nlp) -> None:
    """A paragraph that is only a quote takes the speaker of the paragraph before even when
    that one holds reported speech and no quote ('issued a statement apologizing ...')."""
    qs = quotes_of(
        "The league issued a statement apologizing to the players for the delay.",
        "\u201cWe regret the confusion and we will make sure it does not happen again.\u201d",
    )
    q = quote_starting(qs, "We regret")
    assert (q.speaker, q.attribution) == ("The league", "floating")


def test_analyze_stance_noun_with_a_possessor(nlp) -> None:
    """ "Trump's attacks on the judge", "Maria Lopez's support for the bill": the possessor
    holds the stance, the object of the noun's preposition is what it is toward; without a
    possessor ('The support for Sanders grew') the noun names no one."""
    qs = quotes_of(
        "Donald Trump's attacks on the judge drew criticism.",
        "Maria Lopez praised the mayor, and her support for the bill was clear.",
        "The support for Sanders grew.",
    )
    got = {q.cue.text: (q.speaker, q.content.text) for q in qs if q.cue}
    assert got["attacks"] == ("Donald Trump", "the judge")
    assert got["support"] == ("Maria Lopez", "the bill")
    assert not any(q.content.text == "Sanders" for q in qs)


def test_analyze_one_word_name_tagged_as_adverb_and_time_clause_not_content(
    nlp,
) -> None:
    """'Jolly said ...': the small model tags a one-word name opening the sentence as an
    adverb, which would leave the cue with no subject; 'In a note issued soon after the
    senator suspended her campaign, Walsh said ...': the "after" clause the parser hung on
    the cue as its complement is when, and the content is what follows the cue."""
    qs = quotes_of(
        "Jolly said he has worked with both parties on the bill.",
        "In a note issued soon after the senator suspended her campaign, Walsh said she is "
        "sure the party will unite.",
    )
    got = {q.speaker: q.content.text for q in qs if q.cue and q.cue.text == "said"}
    assert got["Jolly"] == "he has worked with both parties on the bill"
    assert got["Walsh"] == "she is sure the party will unite"


def test_analyze_cue_joined_to_a_passive_verb_and_a_complement_after_the_cue(
    nlp,
) -> None:
    """'the mayor was forced into a retreat and said that ...': the subject the cue shares
    with a passive verb speaks (only the cue's own passive, 'he was told', does not); 'Ms.
    Lane is not worried - in fact, she said the race "keeps her honest."': the complement
    after the cue, not the clause before it, is what she said."""
    qs = quotes_of(
        "By the end of the day, the mayor was forced into a rare retreat and said that his "
        "words had been ''misconstrued.''",
        "Ms. Lane is not worried about the polls \u2014 in fact, she said the race "
        "\u201ckeeps her honest.\u201d",
    )
    got = {q.content.text: q.speaker for q in qs if q.cue and q.cue.text == "said"}
    assert got["his words had been ''misconstrued.''"] == "the mayor"
    assert got["the race \u201ckeeps her honest.\u201d"] == "Lane"


def test_analyze_clause_then_inverted_cue_parsed_as_a_second_subject(nlp) -> None:
    """'<clause>, said Ruth Klein, a sociologist': the parser made the clause a subject of
    "said" as well; the name after the cue speaks and the clause is what she said."""
    qs = quotes_of(
        "The pledge to \u201cbring the jobs back\u201d appeals to older workers who long for an "
        "era when a degree was not needed, said Ruth Klein, a sociologist at Emory University."
    )
    q = quote_starting(qs, "The pledge")
    assert q.speaker == "Ruth Klein"
    assert q.content.text.endswith("when a degree was not needed")


def test_analyze_second_cue_joined_to_the_reported_clause_is_the_speakers(
    nlp,
) -> None:
    """'the filing said that was not its view and dismissed those reports as "..."': the parser
    hangs "dismissed" on the reported clause (whose subject is "that"); in the tense of "said"
    it is the speaker's next act, so the filing dismissed them."""
    qs = quotes_of(
        "However, the company's filing said that was not its view and dismissed those reports "
        'as "old and misinterpreted claims."'
    )
    q = next(q for q in qs if q.cue and q.cue.text == "dismissed")
    assert q.speaker_mention is not None and q.speaker_mention.text == "the company's filing"


def test_every_quote_of_a_person_carries_the_name_and_type_the_article_settled() -> None:
    """The small model tags "Karen Holt" as an organisation; "Holt" later is a person. All her
    quotes, the ones built before that was known included, name the person Karen Holt."""
    quotes = quotes_of(
        "Karen Holt, general secretary of the Metalworkers' Union, accused the company of"
        ' "bargaining in bad faith" and said members had voted to reject its offer.',
        '"They offered us a one-off bonus and called it a pay rise," Holt told the Guardian.',
    )
    assert len(quotes) >= 3
    assert {(q.speaker, q.speaker_type) for q in quotes} == {("Karen Holt", "person")}


@pytest.mark.parametrize(
    "text",
    [
        'A senior nurse, who did not want to be named, said morale remained low. "People are'
        ' exhausted," she said.',
        "One worker, who asked not to be named because he feared reprisals, said he had not"
        " been paid overtime in a year.",
    ],
)
def test_why_a_source_is_unnamed_is_not_something_it_said(text: str) -> None:
    quotes = quotes_of(text)
    assert quotes, "the source's own words are still found"
    assert not [q for q in quotes if "named" in q.content.text], [q.content.text for q in quotes]


def test_the_agent_of_asked_is_who_asked() -> None:
    """'Asked by reporters whether ..., a spokeswoman said ...': the reporters asked; with no
    agent ('Asked whether ...') the asker stays unnamed."""
    quotes = quotes_of(
        "Asked by reporters whether the fault could affect other models, a company spokeswoman"
        ' said there was "no indication" of that.'
    )
    asked = [q for q in quotes if q.cue is not None and q.cue.text == "Asked"]
    assert [q.speaker for q in asked] == ["reporters"], [(q.cue, q.speaker) for q in quotes]
    said = [q for q in quotes if q.cue is not None and q.cue.text == "said"]
    assert [q.speaker for q in said] == ["a company spokeswoman"]


def test_a_name_before_an_asked_aside_was_asked_not_asking() -> None:
    quotes = quotes_of(
        "Prime Minister Jonas Berg, asked about the criticism during a visit to Brussels, said"
        ' he had "full confidence" in his finance minister.'
    )
    asked = [q for q in quotes if q.cue is not None and q.cue.text == "asked"]
    assert all(q.speaker != "Jonas Berg" for q in asked), [
        (q.speaker, q.content.text) for q in asked
    ]
    said = [q for q in quotes if q.cue is not None and q.cue.text == "said"]
    assert [q.speaker for q in said] == ["Jonas Berg"]


def test_a_name_behind_a_fronted_phrase_and_its_title_speaks() -> None:
    """'Outside court, the current mayor, Joanne Pike, welcomed ...': the small model makes
    "court" the subject, the title its apposition and the name the title's."""
    quotes = quotes_of("Outside court, the current mayor, Joanne Pike, welcomed the verdict.")
    (q,) = [q for q in quotes if q.cue is not None and q.cue.text == "welcomed"]
    assert (q.speaker, q.speaker_description) == ("Joanne Pike", "the current mayor")
    assert q.speaker_mention is not None and q.speaker_mention.text.startswith("the current")


def test_pressed_on_a_question_is_asked_by_its_agent() -> None:
    """'Pressed by host Kristen Welker on whether ..., Brooks said ...': a question put to
    Brooks, the host's, as with "asked"; 'pressed the button' and 'Pressed for specifics,'
    put no question on a topic."""
    quotes = quotes_of(
        "Pressed by host Kristen Welker on whether he would sign the bill, Senator Ada Brooks"
        " said he would wait for the final text."
    )
    pressed = [q for q in quotes if q.cue is not None and q.cue.text == "Pressed"]
    assert [(q.speaker, q.content.text) for q in pressed] == [
        ("Kristen Welker", "whether he would sign the bill")
    ]
    said = [q for q in quotes if q.cue is not None and q.cue.text == "said"]
    assert [q.speaker for q in said] == ["Ada Brooks"]
    for text in (
        "She pressed the button on the wall and the door opened.",
        "Pressed for specifics, the campaign could not provide an example.",
    ):
        assert not [q for q in quotes_of(text) if q.cue and q.cue.text.lower() == "pressed"]
