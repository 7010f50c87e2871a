"""The right speaker on direct quotes (issue 4 (d)): short hand-written paragraphs through
``analyze`` (loads the spaCy model once), one case per rule of branch attr7."""

from __future__ import annotations

import pytest
from conftest import direct_quote_holding, quotes_of


@pytest.fixture(scope="module")
def quotes():
    return quotes_of


@pytest.mark.issue(4)
def test_floating_quote_after_reported_speech_takes_the_last_cues_speaker(quotes) -> None:
    # the paragraph's statement is Susan's; her friends' "calling" is reported inside it
    qs = quotes(
        "Her liberal friends have mocked Trump's campaign, calling Trump “an orange buffoon,”"
        " Susan Miller said as she turned around.",
        "“But he's our orange buffoon, and we love him!”",
    )
    q = direct_quote_holding(qs, "we love him")
    assert q.attribution == "floating"
    assert q.speaker == "Susan Miller"


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "In a 2014 interview, Al Gore insisted it was “premature” to back the campaign"
            " while adding on climate matters, “I don't have any doubt that her heart is in"
            " the right place on the issue.”",
            "her heart",
            "Al Gore",
        ),
        (
            "Small groups of students continued to call for more details about the fatal"
            " shooting near the city's stadium on Sunday - where the National Football League's"
            " Charlotte Panthers played the Denver Broncos - while chanting, \"Hands up, don't"
            ' shoot."',
            "Hands up",
            "Small groups of students",
        ),
    ],
    ids=["while-adding", "while-chanting"],
)
def test_participle_after_while_has_the_sentences_subject(quotes, text, words, speaker) -> None:
    assert direct_quote_holding(quotes(text), words).speaker == speaker


@pytest.mark.issue(4)
def test_quote_with_no_cue_goes_to_the_person_who_is_a_subject_not_the_last_named(quotes) -> None:
    qs = quotes(
        "In a panel, Sen. Bernie Sanders of Vermont, who lost the primaries to Hillary Clinton,"
        " saw the exhaustion of young voters with bigotry as a reason to back her. “The younger"
        " people are more than any generation sick and tired of discrimination and racism.”"
    )
    assert direct_quote_holding(qs, "sick and tired").speaker == "Bernie Sanders"


@pytest.mark.issue(4)
def test_quote_alone_after_narration_naming_a_speaker_is_that_speakers(quotes) -> None:
    qs = quotes(
        "What his plan means is left to the imagination of voters, since Donald Trump spoke"
        " only in vague terms during the interview.",
        "“We have to do something and it's the only way you stop it.”",
        "“We have to be a lot tougher than we are now.”",
    )
    first, second = (
        direct_quote_holding(qs, "do something"),
        direct_quote_holding(qs, "a lot tougher"),
    )
    assert first.speaker == "Donald Trump" and first.cue is not None
    assert first.cue.text == "spoke"
    assert second.attribution == "floating" and second.speaker == "Donald Trump"


@pytest.mark.issue(4)
def test_quote_alone_after_narration_with_no_speaker_stays_unattributed(quotes) -> None:
    qs = quotes(
        "The hall was quiet for a long time after the vote on Tuesday.",
        "“We have to do something and it's the only way you stop it.”",
    )
    assert direct_quote_holding(qs, "do something").speaker is None


@pytest.mark.issue(4)
def test_colon_after_a_reported_clause_belongs_to_the_cue_that_reports_it(quotes) -> None:
    qs = quotes(
        "Mr. Slinker, whose latest start-up uses big data to help brands find suppliers, said"
        " Mr. Trump was a candidate very much in the spirit of Silicon Valley: \"He's a start-up"
        " kind of guy. He's more viral than Facebook ever was.\""
    )
    assert direct_quote_holding(qs, "more viral").speaker == "Slinker"


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Sarah Silverman mocks Sanders supporters at the convention: 'You're being"
            " ridiculous, all of you.'",
            "being ridiculous",
            "Sarah Silverman",
        ),
        # a name in a possessive is not who opens the line
        (
            "The timing of Bernie Sanders' surge doesn't surprise Republican pollster Daron"
            " Shaw: “Historically, lesser-known candidates have seen the biggest boost.”",
            "biggest boost",
            "Daron Shaw",
        ),
    ],
    ids=["first-named", "not-a-possessive"],
)
def test_quote_after_a_one_clause_colon_line_is_the_first_persons(
    quotes, text, words, speaker
) -> None:
    assert direct_quote_holding(quotes(text), words).speaker == speaker


@pytest.mark.issue(4)
def test_name_after_a_quote_with_a_long_apposition_is_the_speaker(quotes) -> None:
    qs = quotes(
        "“Very good reporter, very good reporter this guy,” Trump, the party's frontrunner"
        " nationally and the polling leader in South Carolina by a wide margin after winning"
        " the New Hampshire primaries, said when Boyle asked him a question."
    )
    assert direct_quote_holding(qs, "this guy").speaker == "Trump"


@pytest.mark.issue(4)
def test_colon_opening_a_quote_paragraph_names_its_speaker_not_the_last_one(quotes) -> None:
    qs = quotes(
        "“That is life at the bottom, thanks to the party,” writes Thomas Frank.",
        "Here's Bill Clinton in 1992: “Our new direction must rest on an understanding of the"
        " new realities of global competition. The world we face today is a world where what"
        " you earn depends on what you can learn.”",
    )
    assert direct_quote_holding(qs, "new direction").speaker == "Bill Clinton"


@pytest.mark.issue(4)
def test_colon_paragraph_naming_a_person_hands_them_the_next_quote(quotes) -> None:
    qs = quotes(
        "The only reason for it is a blind faith in Barack Obama's word:",
        "“We will take in 200,000 refugees over the next two years from around the world.”",
    )
    assert direct_quote_holding(qs, "200,000").speaker == "Barack Obama"


@pytest.mark.issue(4)
def test_the_owner_of_an_email_or_statement_speaks_through_it(quotes) -> None:
    qs = quotes(
        "Bernie Sanders is raising money for candidates down the ballot.",
        "Sanders’ fundraising email to his supporters notes that Supervisor Jane Kim “is a civil"
        " rights attorney who’s fought for affordable housing and fair wages in her city.”",
    )
    q = direct_quote_holding(qs, "civil rights")
    assert q.speaker == "Bernie Sanders"
    assert q.speaker_mention is not None and q.speaker_mention.text.startswith("Sanders")


@pytest.mark.issue(4)
def test_participle_opening_a_sentence_goes_on_from_the_cue_before(quotes) -> None:
    qs = quotes(
        "Later in the show, after the Sanders interview concluded, Maher stated of the email"
        " scandal that the State Department report “wasn’t good.” Adding, “Now, like with all"
        " Clinton scandals, what they actually do is never that bad. It’s always how they"
        " handle it.”"
    )
    assert direct_quote_holding(qs, "never that bad").speaker == "Maher"


@pytest.mark.issue(4)
def test_participle_opening_a_sentence_before_its_subject_is_that_subjects(quotes) -> None:
    qs = quotes(
        "The senator left the hall early. Speaking to reporters on Monday, Donald Trump said,"
        " “We are going to win this state by a lot of votes.”"
    )
    assert direct_quote_holding(qs, "win this state").speaker == "Donald Trump"


@pytest.mark.issue(4)
def test_a_participles_aside_after_the_name_does_not_lend_its_noun(quotes) -> None:
    qs = quotes(
        "The issue had come up Friday after Mr. Trump, asked about the deaths of journalists"
        " under Mr. Putin, had said, ''I think our country does plenty of killing also.''"
    )
    assert direct_quote_holding(qs, "plenty of killing").speaker == "Trump"


@pytest.mark.issue(4)
def test_a_second_participle_after_and_is_the_tellers(quotes) -> None:
    qs = quotes(
        "Ruth Bader Ginsburg doubled down on her criticism on Tuesday, telling CNN that Trump is"
        " a “faker” and questioning how he has “gotten away with not turning over his tax"
        " returns.”"
    )
    assert direct_quote_holding(qs, "gotten away").speaker == "Ruth Bader Ginsburg"


@pytest.mark.issue(4)
def test_pronoun_speaker_is_not_a_name_in_the_quoted_words(quotes) -> None:
    # branch attr8: "Obama" is in what was said, so "he" is the speaker named before
    qs = quotes(
        "Republican challenger Mark Dalton said on Tuesday that the incumbent had lost touch.",
        "“Obama has failed this state and so has everyone who stood with him,” he said.",
    )
    assert direct_quote_holding(qs, "Obama has failed").speaker == "Mark Dalton"


@pytest.mark.issue(4)
def test_pronoun_goes_to_the_quoted_person_named_in_the_paragraphs_narration(quotes) -> None:
    # branch attr8: Lund is named at the paragraph's start (a speaker quoted before, whom the
    # tagger may not tag here); the last speaker, Ruiz, was quoted in the paragraph before
    qs = quotes(
        "Peter Lund said on Wednesday he would travel to Mexico City for the talks.",
        "Mexican President Jorge Ruiz said the talks had gone well. “We are close to a deal,”"
        " he said.",
        "Lund almost seemed to agree. “There is a lot of goodwill on both sides,” he said.",
    )
    assert direct_quote_holding(qs, "close to a deal").speaker == "Jorge Ruiz"
    assert direct_quote_holding(qs, "goodwill").speaker == "Peter Lund"


@pytest.mark.issue(4)
def test_name_set_off_by_commas_after_the_cue_is_the_speaker(quotes) -> None:
    # branch attr8: the parser makes "interpretation" the subject of "said"
    qs = quotes(
        "Any fair interpretation of the deal, said Michael Kofman, an expert on Russia at the"
        " Wilson Center, would see it as “the best means of saving the opposition.”"
    )
    q = direct_quote_holding(qs, "best means")
    assert q.speaker == "Michael Kofman"
    assert q.speaker_description == "an expert on Russia at the Wilson Center"


@pytest.mark.issue(4)
def test_tag_after_quote_whose_noun_the_parser_made_a_compound_of_the_cue(quotes) -> None:
    # branch attr8: "the" and "ministry" hung on "states": the speaker was the whole line
    qs = quotes(
        "The Interior Ministry said on Monday that the protests were illegal.",
        "“We will not be intimidated,” the ministry states in its report.",
    )
    q = direct_quote_holding(qs, "intimidated")
    assert q.speaker_mention is not None and q.speaker_mention.text == "the ministry"
    assert q.speaker == "Interior Ministry"


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "“Clinton needs a strategy for targeting Johnson and Stein voters,” Nate Silver, the"
            " polling guru who founded fivethirtyeight.com tweeted on Wednesday. “They're"
            " clearly drawing more from her side of the ledger now.”",
            "needs a strategy",
            "Nate Silver",
        ),
        (
            "“What does that mean, he kept the country safe?” Mr. Trump asked, repeating a"
            " broadside - that the 43rd president was responsible for the attacks - that he"
            " used in Saturday's debate. “What about during 9/11? I was there.”",
            "kept the country safe",
            "Trump",
        ),
    ],
    ids=["relative-clause-tag", "asked-with-object"],
)
def test_quote_with_no_cue_takes_the_speaker_named_right_after_it(
    quotes, text, words, speaker
) -> None:
    # branch attr8: the tag after A was read for B (or for reported speech) only
    assert direct_quote_holding(quotes(text), words).speaker == speaker


@pytest.mark.issue(4)
def test_statement_after_a_quote_ending_its_sentence_is_no_tag(quotes) -> None:
    # guard: 'The articles add ...' opens a sentence of its own
    qs = quotes(
        "The school worked with the paper on two articles that examined “the gap between"
        " Exxon Mobil's public position and its internal planning on climate change.” The"
        " articles add that the company funded doubt."
    )
    assert direct_quote_holding(qs, "the gap between").speaker is None


@pytest.mark.issue(4)
def test_name_after_a_capitalised_title_and_its_conjunct_is_the_speaker(quotes) -> None:
    # branch attr8: the parser makes "President" the subject and the name its conjunct
    qs = quotes(
        "Sirius XM Vice President for news and talk Dave Gorab called the show “the"
        " conservative news show of record.”"
    )
    q = direct_quote_holding(qs, "news show of record")
    assert q.speaker == "Dave Gorab"
    assert q.speaker_description == "Sirius XM Vice President for news and talk"


@pytest.mark.issue(4)
def test_pronoun_goes_to_the_subject_opening_the_narration_paragraph_before(quotes) -> None:
    # branch attr8: no one is named in the quote's own paragraph; the paragraph before quotes
    # nothing and opens with Clinton, so "he" is Clinton, not Dalton, the last man quoted
    qs = quotes(
        "Republican challenger Mark Dalton said on Tuesday that the incumbent had lost touch.",
        "“My record speaks for itself,” Sen. Karen Price said.",
        "The race has drawn national attention. Former President Bill Clinton campaigned for"
        " Price last week.",
        "“She is a fighter,” he told a crowd in Dayton.",
    )
    assert direct_quote_holding(qs, "She is a fighter").speaker == "Bill Clinton"


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "narration",
    [
        "While Obama had many artists writing songs for him, that has not happened for Price,"
        " which concerns Henry Crespo.",
        "Trump's grasp of policy is worrying, Crespo said.",
    ],
    ids=["subordinate-clause", "speaker-quoted-there"],
)
def test_pronoun_keeps_the_last_speaker_when_the_paragraph_before_has_no_clear_subject(
    quotes, narration
) -> None:
    # guards: "While Obama ..." opens no sentence with its subject; Crespo spoke there
    qs = quotes(
        "“A lot of her attempts come across as pandering,” Henry Crespo said.",
        narration,
        "“No one is writing songs for her,” he said.",
    )
    assert direct_quote_holding(qs, "No one is writing").speaker == "Henry Crespo"


@pytest.mark.issue(4)
def test_tag_whose_cue_the_tagger_read_as_a_noun_names_the_speaker(quotes) -> None:
    # branch attr8: "state" is tagged a noun, so no cue was found for either quote
    qs = quotes(
        "“Today, the kingdom is one of the leading nations in combating terrorism,” the Saudis"
        " state in the white paper. “Saudi Arabia shares the same enemies as the United States.”"
    )
    assert direct_quote_holding(qs, "leading nations").speaker == "Saudis"
    assert direct_quote_holding(qs, "same enemies").speaker == "Saudis"


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "the ad states", "a voice-over states": the tagger reads "ad states" as one noun
        (
            "The campaign released a new spot on Tuesday. “We will fix the roads,” a voice-over"
            " in the ad states. “And we will fix the schools.”",
            "a voice-over in the ad",
        ),
        # "the two write": the verb after a numeral is read as a noun
        (
            "Senators Ana Ruiz and Tom Reed sent the director a letter on Monday. “You seem to have"
            " picked a new standard,” the two write. “We do not understand it.”",
            "the two",
        ),
    ],
)
def test_a_lower_case_tag_whose_cue_the_tagger_read_as_a_noun_names_the_speaker(
    quotes, text: str, speaker: str
) -> None:
    qs = quotes(text)
    firsts = [q for q in qs if q.kind != "indirect"]
    assert len(firsts) == 2, [(q.content.text, q.speaker) for q in qs]
    assert [q.speaker for q in firsts] == [speaker, speaker]


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“We will win the state,” the senator jokes.", "the senator"),
        ("“We will win the state,” Reed tweets.", "Reed"),
    ],
)
def test_a_tag_in_jokes_or_tweets_read_as_a_noun_names_the_speaker(
    quotes, paragraph, speaker
) -> None:
    # "jokes" and "tweets" after a name are tagged plural nouns: no cue is found
    assert direct_quote_holding(quotes(paragraph), "win the state").speaker == speaker


@pytest.mark.issue(4)
def test_a_noun_read_tag_beats_the_speaker_of_the_paragraph_before(quotes) -> None:
    # without the tag the first quote floats to the paragraph before (Ruiz's "citing") and
    # the second, after a full stop, has no one
    qs = quotes(
        "Senators Ana Ruiz and Tom Reed asked the director for answers on Monday, citing a case"
        " in which a Marine was found guilty of “gross negligence.”",
        "“You seem to have picked a new standard,” the two write. “We do not understand the"
        " need to cite intent.”",
    )
    assert direct_quote_holding(qs, "new standard").speaker == "the two"
    assert direct_quote_holding(qs, "We do not understand").speaker == "the two"


def test_an_age_as_a_definite_description_is_the_person_just_named(quotes) -> None:
    found = quotes(
        "Rovers won 2-1. Manager Sheila Grant said the players had been patient.",
        "Tomás Aguilar, signed from Valencia in the summer, equalised before heading the winner.",
        '"I just try to be in the right place," the 24-year-old told the club\'s website.',
    )
    (q,) = [q for q in found if q.content.text.startswith("I just try")]
    assert q.speaker == "Tomás Aguilar"
    assert q.speaker_type == "person"
    # a gendered noun after the age skips a person of the other gender
    found = quotes(
        "Maria Lopez and her lawyer, Tom Hale, left the court on Friday.",
        '"Justice was done," the 34-year-old woman told reporters outside.',
    )
    assert found[0].speaker == "Maria Lopez"


def test_an_age_skips_a_name_used_as_a_modifier(quotes) -> None:
    found = quotes(
        "Melania Trump spoke on the opening night, and the Trump team sought to get the event "
        "back on track.",
        "With millions watching, the former model delivered a defense of her husband.",
        '"He will go to work for you," said the 46-year-old.',
    )
    (q,) = [q for q in found if q.content.text.startswith("He will go")]
    assert q.speaker == "Melania Trump"


def test_an_anonymous_source_is_named_without_its_relative_clause(quotes) -> None:
    found = quotes(
        "A nurse at Westfield General, who asked not to be named because she was not "
        "authorised to speak to the media, described the situation as desperate.",
        '"Some nights there are two of us for thirty patients," she said.',
    )
    assert {q.speaker for q in found} == {"A nurse at Westfield General"}


def test_the_statement_speaks_for_who_made_it(quotes) -> None:
    found = quotes(
        "In a statement, Daniel Obi said he accepted the report's findings and apologised to "
        'residents. "I was in charge, and the failures were mine," the statement said.',
    )
    (q,) = [q for q in found if q.content.text.startswith("I was in charge")]
    assert q.speaker == "Daniel Obi"
    # "the campaign's statement" names its own owner, "a statement" is another one
    found = quotes(
        "In a statement, Daniel Obi said he accepted the findings. "
        '"We disagree," the union\'s statement said.',
    )
    (q,) = [q for q in found if q.content.text.startswith("We disagree")]
    assert q.speaker != "Daniel Obi"


def test_who_a_speaker_was_speaking_to_is_the_addressee(quotes) -> None:
    found = quotes(
        "Jens Ober, the deputy minister, met union leaders on Monday.",
        'Speaking to reporters later, he said: "The door is open."',
    )
    assert [(q.speaker, q.addressee) for q in found] == [("Jens Ober", "reporters")]


def test_a_surname_read_as_a_noun_is_no_description(quotes) -> None:
    found = quotes(
        "His rival, businessman Omar Siddiqui, says the freeze would gut services. "
        '"You can\'t run a city on promises," Siddiqui said in an interview.'
    )
    (q,) = [q for q in found if q.content.text.startswith("You can't")]
    assert q.speaker == "Omar Siddiqui"
    assert q.speaker_description == "His rival"


# branch attr9


def test_a_possessed_word_for_a_reply_before_a_colon_names_the_speaker(quotes) -> None:
    found = quotes(
        "Union leader Tom Okafor warned that wages would be watched closely.",
        "Mayor Ines Fairbanks' reaction to the union's warning: \"I have heard it before.\"",
        'Asked about fares, Okafor kept it short. His answer: "Not this year."',
    )
    assert direct_quote_holding(found, "heard it before").speaker == "Ines Fairbanks"
    assert direct_quote_holding(found, "Not this year").speaker == "Tom Okafor"


def test_in_a_persons_view_after_a_quote_names_the_speaker(quotes) -> None:
    found = quotes(
        "The council approved the ferry contract on Tuesday after months of dispute.",
        '"This is not a problem you fix in one year – it is an across-the-board failure" '
        "from the ferries to the buses, in Okafor's view.",
        '"Passengers come first at last," in the words of councillor Priya Das.',
    )
    assert direct_quote_holding(found, "across-the-board").speaker == "Okafor"
    assert direct_quote_holding(found, "Passengers come first").speaker == "Priya Das"


def test_a_surname_ending_in_ing_tagged_a_gerund_is_the_subject(quotes) -> None:
    # the tagger reads "Schilling" as a gerund, the parser makes it a clausal subject
    found = quotes(
        'Schilling describes himself on his website as a "proud conservative who loves his '
        'country and its ballparks."',
    )
    assert direct_quote_holding(found, "proud conservative").speaker == "Schilling"


def test_you_know_set_off_by_commas_is_no_cue(quotes) -> None:
    # '"...," you know, well, ...' is a speaker's filler, not a tag naming "you" the speaker
    found = quotes(
        '"Nobody should be punished for that," Harlan Voss said on Monday. "But if a man walks '
        'in and says, "Give me a thousand rounds," you know, well, you would be wary about '
        'that, too."',
    )
    assert direct_quote_holding(found, "a man walks in").speaker == "Harlan Voss"


def test_a_surname_read_as_a_common_noun_is_the_person_named_in_full_before(quotes) -> None:
    # "Dubois" and "Mendes" open their paragraphs with no entity (tagged NN / NNS)
    found = quotes(
        "Talks over farm tariffs broke down on Monday when France's trade minister, Claire "
        "Dubois, left the room after less than an hour.",
        'Dubois accused her Brazilian counterpart, Paulo Mendes, of "bad faith" and said there '
        'was "nothing left to discuss."',
        'Mendes denied the charge. "We came with a serious offer and they did not even read '
        'it," he said.',
    )
    assert direct_quote_holding(found, "nothing left").speaker == "Claire Dubois"
    assert direct_quote_holding(found, "serious offer").speaker == "Paulo Mendes"


def test_the_title_before_a_comma_names_the_person_for_the_nominal(quotes) -> None:
    found = quotes(
        "Talks over farm tariffs broke down on Monday when France's trade minister, Claire "
        "Dubois, left the room.",
        'The minister later told French television that "Paris will go to the WTO."',
    )
    assert direct_quote_holding(found, "go to the WTO").speaker == "Claire Dubois"


def test_an_honorific_picks_the_person_of_its_gender_among_namesakes(quotes) -> None:
    found = quotes(
        "Hillary Clinton and her husband, former President Bill Clinton, campaigned together "
        "in Columbus on Saturday.",
        '"She is the most qualified person ever to run," Mr. Clinton told the crowd.',
        '"We are not taking anything for granted," Mrs. Clinton said in a statement.',
    )
    assert direct_quote_holding(found, "most qualified").speaker == "Bill Clinton"
    assert direct_quote_holding(found, "taking anything").speaker == "Hillary Clinton"


def test_a_pronoun_goes_to_the_subject_opening_the_sentence_before(quotes) -> None:
    # several men named in the paragraph: "he" is the one the sentence before is about
    found = quotes(
        '"We will win this state," Paul Brennan, the party chairman, said on Monday.',
        "Mark Rubin is also trying to play defence against Tom Hale, Jeff Bush and Chris "
        'Kent. He is now talking about taxes, which he calls "the issue that decides '
        'everything."',
    )
    said = [q.speaker for q in found if "decides everything" in q.content.text]
    assert said and set(said) == {"Mark Rubin"}


def test_a_pronoun_after_a_comma_is_not_the_name_in_what_was_said(quotes) -> None:
    # guard: "Trump" in the reported words is not who "he" is; the man opening the sentence
    # before is
    found = quotes(
        '"We will hold the county," Paul Brennan, the party chairman, said on Monday.',
        "Joseph Hunter, a conservative blogger in Chicago, said he will not vote for Trump "
        "because of his rhetoric. Also, Trump is no conservative, he said. \"He's a liberal, "
        'always was!"',
    )
    said = [q.speaker for q in found if "no conservative" in q.content.text]
    assert said == ["Joseph Hunter"]


def test_it_is_the_organisation_opening_the_sentence_before(quotes) -> None:
    found = quotes(
        "The European Medicines Agency said it was reviewing the recall of the drug.",
        'Harlow Council voted to close the library on Tuesday. "The building is no longer '
        'safe," it said.',
        'The Brazilian foreign ministry issued a statement on Monday night. "Brazil has always '
        'sought a fair settlement," it said.',
    )
    assert direct_quote_holding(found, "no longer safe").speaker == "Harlow Council"
    assert (
        direct_quote_holding(found, "fair settlement").speaker == "The Brazilian foreign ministry"
    )


def test_a_participle_after_a_clause_of_people_is_theirs_when_the_subject_is_a_thing(
    quotes,
) -> None:
    # the sentence's subject is an incident, which shouts nothing; the protesters do
    found = quotes(
        "The first disruption came during her speech at the college, when housing protesters "
        'interrupted her, shouting "You raised our rents and you will lose our votes!"',
    )
    assert direct_quote_holding(found, "raised our rents").speaker == "housing protesters"


def test_as_someone_put_it_before_the_words_names_the_speaker(quotes) -> None:
    # "put" is no cue word, so the sentence was not parsed and the quote was lost
    found = quotes(
        "The airline says its prices are fair. As Ms. Harper put it in a statement to "
        'reporters in May, the company is "offering a service nobody else will."',
    )
    assert direct_quote_holding(found, "nobody else will").speaker == "Harper"


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Governor Tom Ridley spoke at the plaza, where about 200 nurses had gathered on"
            " Monday, chanting “fair pay now, fair pay now.”",
            "fair pay now",
            "about 200 nurses",
        ),
        (
            "The mayor stood at the door as the protesters marched past the hall, shouting"
            " “Shame on you, shame on you.”",
            "Shame on you",
            "the protesters",
        ),
        (
            "The senator smiled when Mayor Ann Castle opened the meeting with a nod to the"
            " city's new stadium deal, adding, “We finally got it done after ten years.”",
            "finally got it done",
            "Ann Castle",
        ),
        (
            # the ones told are the clause's people: the teller is the sentence's subject
            "Mayor Ann Castle left the hall as the reporters gathered outside, telling them she"
            " had “nothing more to add today.”",
            "nothing more to add",
            "Ann Castle",
        ),
        (
            # a clause that describes a thing sets no scene: the sentence's subject describes
            "Mayor Ann Castle showed the small touches that Governor Tom Ridley might like,"
            " describing the fair as “the best week of the year in this county.”",
            "best week of the year",
            "Ann Castle",
        ),
        (
            # "It" of a cleft sentence speaks no words: the one in its clause does
            "It was at the hearing that Senator Paul Kern gave his speech, warning that the"
            " dam was “not safe for another winter of floods.”",
            "another winter of floods",
            "Paul Kern",
        ),
    ],
    ids=[
        "where-gathered-chanting",
        "as-marched-shouting",
        "when-opened-adding",
        "telling-them",
        "that-describes-a-thing",
        "it-was-that-cleft",
    ],
)
def test_participle_right_after_a_clause_of_others_has_that_clauses_subject(
    quotes, text, words, speaker
) -> None:
    # the participle closes the clause just before it: the people of that clause speak
    assert direct_quote_holding(quotes(text), words).speaker == speaker


@pytest.mark.issue(4)
def test_cue_inside_reported_words_does_not_speak_the_next_quote(quotes) -> None:
    # "is" tags the label "change agent" inside Ellis's words; the quote after is Ellis's
    qs = quotes(
        "Yet Ridley is also a “change agent,” Ellis said. “That’s exactly what people want"
        " right now, so he is well placed.”",
    )
    assert direct_quote_holding(qs, "exactly what people want").speaker == "Ellis"


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        (
            "“We should start with the budget,” Mayor Alan Price said, and his deputy cut in.",
            "his deputy",
        ),
        (
            "“We will appeal the ruling,” Maria Lopez said, and Frank Hale shook his head.",
            "Frank Hale",
        ),
        (
            "Senator John Hale spoke first, and then Governor Mark Ruiz took the microphone.",
            "Mark Ruiz",
        ),
        # the same speaker, a pronoun, or a clause that is no turn ("as ... looked on") keep it
        (
            "“We will appeal the ruling,” Maria Lopez said, and she smiled at the reporters.",
            "Maria Lopez",
        ),
        (
            "“We will appeal the ruling,” Maria Lopez said as Frank Hale looked on.",
            "Maria Lopez",
        ),
    ],
    ids=["nominal-cut-in", "name-second-clause", "after-spoke", "pronoun-keeps", "as-clause-keeps"],
)
def test_a_second_clause_turning_to_someone_hands_them_the_next_quote(
    quotes, first, speaker
) -> None:
    # '"...," Ebeling said, and her husband cut in. / "Don't forget ..."': the husband's
    qs = quotes(first, "“There is nothing left to decide today, and everyone here knows it.”")
    assert direct_quote_holding(qs, "nothing left").speaker == speaker


@pytest.mark.issue(4)
def test_a_person_named_inside_the_reported_clause_is_not_the_speaker(quotes) -> None:
    # no cue word, so no parse: the one named before the "that" clause reports it
    qs = quotes(
        "Councillor Dana Mills anticipated that the hardest task for a Mayor Price would be"
        " “finding the money for the schools and the roads.”"
    )
    assert direct_quote_holding(qs, "finding the money").speaker == "Dana Mills"


_REPLY = "“Not this time. I have done what I came to do, and it is time for someone new"


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("question", "reply", "speaker"),
    [
        (
            "A reporter asked Governor Mark Ruiz whether he would run again next year.",
            _REPLY + ",” he said.",
            "Mark Ruiz",
        ),
        (
            "“Will you run again next year?” Senator John Hale asked Governor Mark Ruiz.",
            _REPLY + ".”",
            "Mark Ruiz",
        ),
        # a topic, not a question: the quote after it may be the question itself
        (
            "Senator John Hale asked Governor Mark Ruiz about the budget.",
            "“You promised us a balanced budget, and you broke that promise in a month.”",
            "John Hale",
        ),
        # the asker pressing on
        (
            "Senator John Hale asked Governor Mark Ruiz whether he would run again next year.",
            "“Will you? The voters deserve an answer before the primary, and so do I.”",
            "John Hale",
        ),
    ],
    ids=["he-said-after-whether", "floating-after-question", "topic-keeps", "question-keeps"],
)
def test_the_reply_to_a_question_is_the_one_asked(quotes, question, reply, speaker) -> None:
    qs = quotes(question, reply)
    assert direct_quote_holding(qs, reply[1:12]).speaker == speaker


def test_a_company_nominal_is_no_public_body(quotes) -> None:
    """ "The company said" and "The firm said" refer to a business; the United Nations General
    Assembly and the Senate, the only organisations named before, are none: the nominal stays
    an anonymous source."""
    found = quotes(
        '"We are ready," the envoy said in a speech to the United Nations General Assembly.',
        "The company said in a letter to shareholders that profits would fall.",
        "The Senate passed the bill on Friday. The firm said it would comply.",
    )
    speakers = {q.content.text: q.speaker for q in found}
    assert speakers["profits would fall"] == "The company", speakers
    assert speakers["it would comply"] == "The firm", speakers


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Mayor Alan Price praised the transit plan on Monday, but Ruiz was cautious.",
            "“We will see how it works before we spend another dollar,” he said.",
        ),
        (
            "Mayor Alan Price praised the transit plan on Monday, but Ruiz was cautious. “We"
            " will see how it works before we spend another dollar,” he said.",
        ),
    ],
    ids=["paragraph-before", "same-paragraph"],
)
def test_pronoun_after_a_turn_with_but_is_the_person_turned_to(quotes, paragraphs) -> None:
    # 'Price praised the plan, but Ruiz was cautious.': the writer turns to Ruiz, whose
    # caution the quote then shows; "he" is Ruiz, not Price who opened the paragraph
    qs = quotes("Councillor Tom Ruiz has sat on the transit board since 2009.", *paragraphs)
    assert direct_quote_holding(qs, "We will see").speaker == "Tom Ruiz"


def test_pronoun_after_but_with_someone_else_named_later_keeps_the_opener(quotes) -> None:
    # guard: the "but" clause is not the paragraph's last word on people ('..., but Ruiz was
    # away. Price went ahead anyway.'): the one who opens the last sentence speaks
    qs = quotes(
        "Councillor Tom Ruiz has sat on the transit board since 2009.",
        "Mayor Alan Price held the vote on Monday, but Ruiz was away in Denver. Price went"
        " ahead anyway.",
        "“A week of waiting would not have helped anyone,” he said.",
    )
    assert direct_quote_holding(qs, "A week of waiting").speaker == "Alan Price"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The new advertisement concludes with footage of Senator Paul Hale saying during a"
            " debate last week, “That makes me smart,” before the screen goes dark.",
            "That makes me smart",
            "Paul Hale",
        ),
        (
            "The minute-long spot from the Hale campaign ends with a narrator saying: “Can voters"
            " trust Governor Tom Price with their money?”",
            "Can voters trust",
            "narrator",
        ),
    ],
    ids=["footage-of-name-saying", "a-narrator-saying"],
)
def test_participle_of_saying_after_a_person_is_that_persons(quotes, text, words, speaker):
    # 'concludes with footage of Hale saying, "..."', 'ends with a narrator saying: "..."':
    # the one right before the participle says the words, not the subject of the verb the
    # parser hung the quotation on (the advertisement)
    q = direct_quote_holding(quotes(text), words)
    assert speaker in (q.speaker or q.speaker_mention.text)


def test_participle_with_no_speaker_before_it_keeps_the_cue_before(quotes) -> None:
    # guard: 'said on Monday, speaking to reporters at City Hall, "..."': the participle
    # has no speaker of its own right before it, so the quote stays with the cue before
    q = direct_quote_holding(
        quotes(
            "Mayor Alan Price said on Monday, speaking to reporters outside City Hall with"
            " Councillor Tom Ruiz, “We will not raise taxes this year.”"
        ),
        "We will not raise",
    )
    assert q.speaker == "Alan Price"


@pytest.mark.parametrize(
    "text",
    [
        "I am old enough to remember Governor Tom Price going on television in 1977, declaring"
        " a war on waste, and telling viewers that “we need to cut every budget by a tenth.”",
        "Many voters still recall Governor Tom Price standing on the steps of the capitol,"
        " telling the crowd that “no town will lose its school while I am governor.”",
    ],
    ids=["remember-x-going", "recall-x-standing"],
)
def test_free_participle_after_a_scene_with_its_own_subject_is_that_subjects(quotes, text):
    # 'remember Carter going on TV, declaring ..., and telling Americans that "..."': the
    # participles go on from the one seen going or standing, not from who remembers
    found = [q for q in quotes(text) if q.kind != "indirect"]
    assert [q.speaker for q in found] == ["Tom Price"], [(q.content.text, q.speaker) for q in found]


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Senator Tom Reed spoke to reporters on Tuesday.",
                "He anticipated that the hardest task for a Mayor Price would be “cleaning up"
                " the mess the last one left.”",
            ),
            "Tom Reed",
        ),
        (
            (
                "Councillor Dana Mills voted against the budget on Monday.",
                "She feared that the plan was “a gift to developers and nothing else.”",
            ),
            "Dana Mills",
        ),
    ],
    ids=["he-anticipated", "she-feared"],
)
def test_a_pronoun_whose_that_clause_runs_into_the_quote_speaks_it(quotes, paragraphs, speaker):
    # no cue: the pronoun opening the sentence thinks what the clause reports, not "Price",
    # named inside the clause
    found = [q for q in quotes(*paragraphs) if q.kind != "indirect"]
    assert [q.speaker for q in found] == [speaker], [(q.content.text, q.speaker) for q in found]


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Shares of Acme Corp. fell 8 percent in early trading after the company cut its"
            " forecast, blaming “a brutal winter and weak demand.”",
            "Acme Corp.",
        ),
        (
            "Shares of Acme Corp. fell 8 percent on Tuesday, blaming “a brutal winter and weak"
            " demand.”",
            "Acme Corp.",
        ),
        (
            "Shares of Acme Corp. fell 5 percent on Tuesday, with analysts blaming “weak demand"
            " in China and a strong dollar.”",
            "analysts",
        ),
    ],
    ids=["after-the-company", "whose-shares", "with-analysts"],
)
def test_shares_that_fell_blame_nothing_the_company_does(quotes, text, speaker) -> None:
    # a market report's subject says nothing: the participle of saying is the company's
    found = [q for q in quotes(text) if q.kind != "indirect"]
    assert [q.speaker for q in found] == [speaker], [(q.content.text, q.speaker) for q in found]


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The 60-second ad ends with a voice-over saying: “Big money for himself. Can you"
            " trust Tom Reed?”",
            "a voice-over",
        ),
        (
            "The 60 second ad ends with a voice over saying: “Big money for himself. Can you"
            " trust Tom Reed?”",
            "a voice",
        ),
    ],
    ids=["voice-over", "voice-over-spaced"],
)
def test_an_ad_ending_with_a_voice_over_saying_is_the_voices(quotes, text, speaker) -> None:
    # the parser reads "over" as the noun, or as a preposition: the voice speaks, not the ad
    found = [q for q in quotes(text) if q.kind != "indirect"]
    assert [q.speaker for q in found] == [speaker], [(q.content.text, q.speaker) for q in found]


@pytest.mark.issue(4)
def test_a_floating_quote_skips_a_cue_in_a_bracketed_aside(quotes) -> None:
    # the aside explains the bill; the paragraph's speaker is the mayor, not the tenants
    found = quotes(
        "Mayor Ana Pell also spoke about the housing bill, which the council passed in May. (The"
        " bill requires landlords to register and protects tenants who want to organise.)",
        "“This law is the floor, not the ceiling. We will do more.”",
    )
    assert direct_quote_holding(found, "the floor").speaker == "Ana Pell"


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "text",
    [
        "A chorus of Democrats has said the same thing, including the former senator Tom Reed"
        " -- “It is a disgrace to the office and to the party.”",
        "Several senators criticised the plan on Tuesday, including Tom Reed: “It is a disgrace"
        " to the office and to the party.”",
    ],
    ids=["dashes", "colon"],
)
def test_the_one_named_after_including_speaks_the_quote_after_the_colon(quotes, text) -> None:
    # a group's cue, then one of the group named before a colon or dash: that one speaks
    assert direct_quote_holding(quotes(text), "a disgrace").speaker == "Tom Reed"


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "text",
    [
        "“We will win this,” she predicted, before Tom Reed interrupted: “No, you won’t, not"
        " this time.”",
        "“We will win this,” Ada Moss predicted, before Tom Reed cut in: “No, you won’t, not"
        " this time.”",
    ],
    ids=["interrupted", "cut-in"],
)
def test_a_cue_right_before_the_colon_opens_the_quote_after_it(quotes, text) -> None:
    # the parser makes the second quotation part of what "predicted" reports
    assert direct_quote_holding(quotes(text), "not this time").speaker == "Tom Reed"


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor Ada Moss recalled Tom Reed telling her: “You will never win this city.”",
            "Tom Reed",
        ),
        ("Mayor Ada Moss recalled the letter saying: “You will never win this city.”", "Ada Moss"),
    ],
    ids=["recalled-someone", "recalled-a-thing"],
)
def test_one_recalled_telling_speaks_not_who_recalls(quotes, text, speaker) -> None:
    assert direct_quote_holding(quotes(text), "never win").speaker == speaker


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("paragraph", "speaker", "description"),
    [
        (
            "Former special envoy to Ukraine Kurt Volker said the talks would resume.",
            "Kurt Volker",
            "Former special envoy to Ukraine",
        ),
        (
            "Another diplomat, former special envoy to Ukraine Kurt Volker, said the talks "
            "would resume.",
            "Kurt Volker",
            "former special envoy to Ukraine",
        ),
        (
            "A senior adviser to President Donald Trump said the talks would resume.",
            "A senior adviser to President Donald Trump",  # anonymous: named by the description
            None,
        ),
    ],
)
def test_role_to_a_place_then_a_name_is_that_person(quotes, paragraph, speaker, description):
    """'envoy to Ukraine Kurt Volker': the tagger runs the place into the name and the parser
    hangs the name on "to"; the speaker is the person, the role to the place the description.
    'adviser to President Donald Trump' is the adviser: a title before the name is no place."""
    (q,) = quotes(paragraph)
    assert q.speaker == speaker
    if description:
        assert q.speaker_description == description


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "He hoped for direct talks between his government and the Taliban, who have long "
            "refused to negotiate with Kabul.",
            "Taliban",
        ),
        ("The plan was drawn up by Ana Ruiz, who said it would cost little.", "Ana Ruiz"),
    ],
)
def test_who_after_a_thing_and_a_name_is_the_name(quotes, paragraph, speaker) -> None:
    """'talks between his government and the Taliban, who have long refused': the parser
    hangs the clause on "talks"; a thing says nothing, so "who" is the name before it."""
    found = [q for q in quotes(paragraph) if q.speaker_mention and q.speaker_mention.text == "who"]
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Mayor Ana Pell praised the budget on Monday. An accountant who reviewed the"
                " books said the numbers were wrong. “It was a mess,” he said.",
            ),
            "An accountant",
        ),
        (
            (
                "Mayor Ana Pell praised the budget on Monday.",
                "The auditor who reviewed the books said the numbers were wrong. “It was a"
                " mess,” she said.",
            ),
            "The auditor",
        ),
    ],
)
def test_he_after_someone_named_by_trade_is_that_person(quotes, paragraphs, speaker) -> None:
    """'An accountant who reviewed the books said ...' / '"...," he said.': a person called by
    trade is someone "he" or "she" can be, as "an official" is (naming.PERSON_NOUNS)."""
    q = direct_quote_holding(quotes(*paragraphs), "It was a mess")
    assert q.speaker == speaker


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("paragraph", "first", "second"),
    [
        (
            "When someone in the audience shouted, “Reed,” Moss joked, again using an exaggerated"
            " Southern accent, “Amen, brother! Come on up!”",
            "someone",
            "Moss",
        ),
        (
            "As the crowd chanted, “Lock her up,” Tom Reed smiled and said, “We will see.”",
            "the crowd",
            "Tom Reed",
        ),
    ],
)
def test_a_quote_after_a_scene_setting_cue_is_not_the_next_clauses(
    quotes, paragraph, first, second
) -> None:
    """'When someone shouted, "Reed," Moss joked, "Amen!"': the first quotation is what was
    shouted; the name and cue after it open the main clause (directquotes._scene_cue), they
    are no tag."""
    qs = [q for q in quotes(paragraph) if q.kind != "indirect"]
    assert [q.speaker for q in qs] == [first, second]


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        (
            "Shares of Nordwind Motors fell 6% on Friday after the carmaker said demand had"
            " weakened “faster than anyone predicted.”",
            "faster than",
            "Nordwind Motors",
        ),
        (
            "Brevik Pharma’s shares jumped 20% after the drugmaker said its trial had met"
            " “every goal we set.”",
            "every goal",
            "Brevik Pharma",
        ),
    ],
    ids=["shares-of", "possessive"],
)
def test_a_business_noun_after_a_companys_shares_is_that_company(
    quotes, paragraph, words, speaker
) -> None:
    """'Shares of X fell after the carmaker said ...': market news names the company inside
    its shares; the business noun is that company (nominals._shares_of)."""
    q = direct_quote_holding(quotes(paragraph), words)
    assert (q.speaker, q.speaker_type) == (speaker, "organization")


@pytest.mark.issue(4)
def test_an_organisations_role_set_off_with_a_name_is_that_person(quotes) -> None:
    """'The Royal College of Nursing's regional secretary, Bernadette Cole, said': the parser
    cut the subject at "College"; the secretary, named after the comma, speaks
    (mentions._possessed_role)."""
    q = direct_quote_holding(
        quotes(
            "The Guild of Wind Engineers' national secretary, Bernadette Cole, said the offer"
            " was unfair, “and everyone in this trade can see it.”"
        ),
        "everyone in this trade",
    )
    assert (q.speaker, q.speaker_type) == ("Bernadette Cole", "person")
    assert q.speaker_description == "The Guild of Wind Engineers' national secretary"


@pytest.mark.issue(4)
def test_a_name_after_a_trade_is_a_person_whom_she_names(quotes) -> None:
    """'staff nurse Amira Haddad, 29, said': a trade before the name (and an age after it)
    make a person of a name the tagger took for a company, so "she" after is her."""
    qs = quotes(
        "At the rally outside City Hall, staff nurse Amira Haddad, 29, said she had not been"
        " paid for weeks.",
        "“We are tired,” she said.",
    )
    q = direct_quote_holding(qs, "We are tired")
    assert (q.speaker, q.speaker_type) == ("Amira Haddad", "person")


@pytest.mark.issue(4)
def test_the_one_who_asked_is_not_the_one_who_answers(quotes) -> None:
    """'Asked by a reporter whether she would run again, she said: "..."': the reporter asked;
    "she" answers, and is the person named before (antecedents._asker_before)."""
    qs = quotes(
        "Mayor Ana Pell spoke at a school on Monday.",
        "Asked by a reporter on Tuesday whether she would run again, she said: “I have not"
        " decided.”",
    )
    q = direct_quote_holding(qs, "I have not decided")
    assert q.speaker == "Ana Pell"
    assert q.addressee == "reporter"


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The council closed the library, a move unions called “a scandal and a disgrace.”",
            "unions",
        ),
        (
            "The mayor defended the cuts, a decision residents called “cruel and needless.”",
            "residents",
        ),
    ],
)
def test_the_namer_of_a_thing_in_a_relative_clause_without_that(quotes, paragraph, speaker):
    """'a move unions called "a scandal"': "called" has what it named and no object, so it
    opens a relative clause on "a move" and "unions" call it so (subjects.gapped_naming)."""
    qs = [q for q in quotes(paragraph) if q.cue is not None and q.cue.text == "called"]
    assert [q.speaker for q in qs] == [speaker]
    assert qs[0].speaker_mention.text == speaker


@pytest.mark.issue(4)
def test_a_website_named_by_its_address_is_an_organisation(quotes) -> None:
    """'"...," 9to5Mac.com reported': the tagger reads the address as a number; it is the
    outlet."""
    q = direct_quote_holding(
        quotes("“The new model will ship in March,” 9to5Mac.com reported."), "new model"
    )
    assert (q.speaker, q.speaker_type) == ("9to5Mac.com", "organization")


def test_speaker_before_a_whose_clause_not_the_clauses_object(nlp) -> None:
    """'The band, whose 2011 single "Paper Boats" reached number three, announced ...': the
    parser hangs the cue on the relative clause's last noun as a participle; the band set off
    before ", whose" speaks, not "number three" (con19, a news17/rdb2 construction)."""
    qs = quotes_of(
        'The band, whose 2011 single "Paper Boats" reached number three, announced in August'
        " that it would tour Europe next year."
    )
    assert [q.speaker for q in qs] == ["The band"]
    assert qs[0].content.text == "it would tour Europe next year"


def test_one_told_after_asking_is_the_listener_not_the_speaker(nlp) -> None:
    """'I asked about the grape and was brusquely informed: "..."': the subject of "asked" is
    the one told; the teller goes unnamed. The parse gives "informed" no subject of its own, so
    the conjunct's was read as the speaker (session 21, a travel piece of trafilatura's
    evaluation set)."""
    qs = quotes_of(
        "I asked about the grape at a cellar in Vienna and was brusquely informed: "
        '"It is just red wine - there are many like it, and they are all red wine."'
    )
    told = [q for q in qs if q.cue is not None and q.cue.text == "informed"]
    assert len(told) == 1
    assert told[0].speaker is None
    assert told[0].addressee == "I"


def test_one_who_asked_and_was_answered_by_a_named_teller(nlp) -> None:
    """'She called the ministry and was told by a spokesman that ...': the agent tells."""
    qs = quotes_of(
        "Ms. Hale called the ministry and was told by a spokesman that the office had closed."
    )
    told = [q for q in qs if q.cue is not None and q.cue.text == "told"]
    assert len(told) == 1
    assert told[0].speaker_mention.text == "a spokesman"


def test_one_told_in_a_passive_infinitive_is_the_listener(nlp) -> None:
    """'I asked more, only to be curtly informed: "..."', 'He called the office to be told that
    ...': the passive infinitive's subject is the asker's, who is told, not who tells."""
    qs = quotes_of(
        "After a remark from a grower about the grape, I asked more only to be curtly informed:"
        ' "It is just red wine - there are many like it, and they are all red wine."',
        "Mr. Pike called the tax office to be told that his file had been lost.",
    )
    told = [q for q in qs if q.cue is not None and q.cue.text in ("informed", "told")]
    assert len(told) == 2
    assert [q.speaker for q in told] == [None, None]
    assert [q.addressee for q in told] == ["I", "Pike"]


def test_a_cue_inside_reported_words_does_not_take_the_next_quote(nlp) -> None:
    """'It is easy, she says, for visitors to complain about the roads. "But they never see the
    work ..."': "complain" is part of what she says; the quotation after is hers, not the
    visitors' (session 21, a page of trafilatura's evaluation set)."""
    qs = quotes_of(
        "Ana Marsh runs the farm with her brother.",
        "It is easy, she says, for visitors to complain about the roads."
        ' "But they never see the work that goes into it."',
    )
    q = next(q for q in qs if q.content.text.startswith("But they never"))
    assert q.cue.text == "says"
    assert q.speaker_mention.text == "she"
