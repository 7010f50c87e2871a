# ruff: noqa: E501  (the cases are sentences, one string each)
"""Speaker constructions of everyday news prose, on sentences written for this check (spk19,
session 18, 130 cases; spk20, session 19, 57 more; spk21, session 20, 8 more; spk22, session 21, 4 more; spk24, session 22, 5 more; spk25, session 23, 4 more; the lead, session 24, 80 more; spk27, session 24, 2 more; spk28, session 24, 40 more; no PolNeAR or
gold text): each case is an article of a few paragraphs, words of one direct quote, and the
speaker a reader names.
Prints each case that tidings gets wrong.

    PYTHONPATH=src python bench/speaker_constructions.py [--all]
"""

from __future__ import annotations

import argparse
import sys

# (id, paragraphs, words in the quote, the speaker's name a reader gives)
CASES: list[tuple[str, tuple[str, ...], str, str]] = [
    (
        "inversion-after-long-quote",
        (
            "“We have spent three years asking the ministry for an answer, and every letter we"
            " send comes back with the same polite refusal to meet us,” said Marta Lindqvist,"
            " who chairs the residents' association.",
        ),
        "polite refusal",
        "Marta Lindqvist",
    ),
    (
        "tag-mid-quote",
        ("“The bridge is safe,” Harold Benn said, “but it will not stay safe for long.”",),
        "stay safe",
        "Harold Benn",
    ),
    (
        "tag-mid-quote-inverted",
        ("“The bridge is safe,” said Harold Benn, “but it will not stay safe for long.”",),
        "stay safe",
        "Harold Benn",
    ),
    (
        "description-after-name",
        (
            "Priya Raman, a spokeswoman for the Harbor Authority, said the port would reopen on"
            " Monday. “Crews have worked through the night,” she said.",
        ),
        "Crews have",
        "Priya Raman",
    ),
    (
        "description-before-name",
        (
            "A spokeswoman for the Harbor Authority, Priya Raman, said: “Crews have worked"
            " through the night.”",
        ),
        "Crews have",
        "Priya Raman",
    ),
    (
        "description-after-name-colon",
        (
            "Priya Raman, a spokeswoman for the Harbor Authority, said: “Crews have worked"
            " through the night.”",
        ),
        "Crews have",
        "Priya Raman",
    ),
    (
        "pronoun-she-after-man-and-woman",
        (
            "Governor Paul Dorsey met Mayor Elena Cruz on Tuesday to discuss the flood defences.",
            "“We cannot wait for another storm,” she said after the meeting.",
        ),
        "another storm",
        "Elena Cruz",
    ),
    (
        "pronoun-he-after-woman-and-man",
        (
            "Mayor Elena Cruz met Governor Paul Dorsey on Tuesday to discuss the flood defences.",
            "“The money is there,” he told reporters afterwards.",
        ),
        "money is there",
        "Paul Dorsey",
    ),
    (
        "the-official",
        (
            "A senior State Department official, speaking on condition of anonymity, described"
            " the talks as difficult.",
            "“Nobody expected a breakthrough this week,” the official said.",
        ),
        "breakthrough",
        "official",
    ),
    (
        "floating-next-paragraph",
        (
            "Theo Marsh, who runs the bakery on Elm Street, said business had fallen by half"
            " since the road closed.",
            "“Some mornings I sell nothing at all. Nothing.”",
        ),
        "sell nothing",
        "Theo Marsh",
    ),
    (
        "question-to-someone",
        (
            "Asked whether she would stand again, Senator Ruth Adair shook her head. “Not a"
            " chance,” she said.",
        ),
        "Not a chance",
        "Ruth Adair",
    ),
    (
        "question-by-reporter-then-answer",
        (
            "A reporter asked Coach Dan Whitley whether the team had lost its nerve.",
            "“We lost a game, not our nerve,” Whitley said.",
        ),
        "not our nerve",
        "Dan Whitley",
    ),
    (
        "according-to-after",
        (
            "The plant will close by March, “with no exceptions for the night shift,” according"
            " to Lena Fischer, the union's regional organiser.",
        ),
        "no exceptions",
        "Lena Fischer",
    ),
    (
        "according-to-before",
        (
            "According to Lena Fischer, the union's regional organiser, the plant will close by"
            " March “with no exceptions for the night shift.”",
        ),
        "no exceptions",
        "Lena Fischer",
    ),
    (
        "possessive-spokesman",
        (
            "Senator Carl Whitmore's spokesman said the senator “has never met the man and never"
            " will.”",
        ),
        "never met",
        "spokesman",
    ),
    (
        "possessive-spokesman-quote-after",
        ("“The senator has never met the man,” Carl Whitmore's spokesman said.",),
        "never met",
        "spokesman",
    ),
    (
        "plural-officials",
        (
            "Police closed the motorway for six hours after the crash.",
            "“It was a scene of devastation,” the officials said.",
        ),
        "devastation",
        "officials",
    ),
    (
        "plural-named-pair",
        ("“We are delighted,” said Anna and Piet de Vries, who have run the farm since 1988.",),
        "delighted",
        "Anna",
    ),
    (
        "lead-named-then-pronoun",
        (
            "Oksana Hale, the Olympic sprinter, will retire at the end of the season.",
            "“My legs have told me it is time,” Hale said on Friday.",
        ),
        "legs have",
        "Oksana Hale",
    ),
    (
        "lead-named-then-floating",
        (
            "Oksana Hale, the Olympic sprinter, announced on Friday that she will retire at the"
            " end of the season.",
            "“My legs have told me it is time.”",
        ),
        "legs have",
        "Oksana Hale",
    ),
    (
        "second-quote-in-paragraph-continues",
        ("“We are not going anywhere,” said Councillor Amit Shah. “This is our town too.”",),
        "our town",
        "Amit Shah",
    ),
    (
        "new-speaker-interrupts",
        (
            "“The budget is balanced,” Finance Minister Jorge Salas said.",
            "“It is balanced on the backs of nurses,” opposition leader Ines Moura replied.",
        ),
        "backs of nurses",
        "Ines Moura",
    ),
    (
        "added-after-intervening",
        (
            "“The budget is balanced,” Finance Minister Jorge Salas said on Monday.",
            "Opposition leader Ines Moura called the figures a fiction.",
            "“We will see the real numbers in June,” Salas added.",
        ),
        "real numbers",
        "Jorge Salas",
    ),
    (
        "he-after-she-quote",
        (
            "Ines Moura called the figures a fiction. Jorge Salas rejected that.",
            "“The figures were audited twice,” he said.",
        ),
        "audited twice",
        "Jorge Salas",
    ),
    (
        "title-surname-tag",
        (
            "Dr. Helen Okafor, an epidemiologist at Lakeside University, has studied the virus"
            " for a decade.",
            "“It spreads faster in the cold,” Dr. Okafor said.",
        ),
        "faster in the cold",
        "Helen Okafor",
    ),
    (
        "who-said",
        ("The warning came from Hamid Jalali, who said the dam “could fail within days.”",),
        "fail within days",
        "Hamid Jalali",
    ),
    (
        "told-addressee-not-speaker",
        ("“I did nothing wrong,” Rep. Mark Ellery told Judge Susan Park.",),
        "nothing wrong",
        "Mark Ellery",
    ),
    (
        "told-passive",
        ("Workers were told by manager Greg Olsen that “the plant is safe.”",),
        "plant is safe",
        "Greg Olsen",
    ),
    (
        "said-in-a-statement",
        (
            "In a statement, Thornbury Council said the decision was “final and will not be"
            " revisited.”",
        ),
        "final and",
        "Thornbury Council",
    ),
    (
        "colon-tag-before",
        ("Mayor Elena Cruz put it bluntly: “We are out of money.”",),
        "out of money",
        "Elena Cruz",
    ),
    (
        "wrote-on-twitter",
        ("“Shameful decision,” Senator Ruth Adair wrote on Twitter.",),
        "Shameful",
        "Ruth Adair",
    ),
    (
        "the-former-governor",
        (
            "Former Governor Sam Polk endorsed the challenger on Sunday.",
            "“She has the grit this state needs,” the former governor said.",
        ),
        "grit",
        "Sam Polk",
    ),
    (
        "the-chief-executive",
        (
            "Brightwater Energy's chief executive, Laura Kemp, announced 400 job cuts.",
            "“These are painful choices,” the chief executive said.",
        ),
        "painful choices",
        "Laura Kemp",
    ),
    (
        "his-wife",
        (
            "Tom Brandt was arrested on Friday.",
            "“He is innocent,” his wife, Carla Brandt, said outside the court.",
        ),
        "innocent",
        "Carla Brandt",
    ),
    (
        "name-then-age",
        ("“I have lived here all my life,” said Rosa Delgado, 74.",),
        "all my life",
        "Rosa Delgado",
    ),
    (
        "quoted-earlier-pronoun-across-paragraph",
        (
            "Elena Cruz said the city would appeal.",
            "The ruling, she added, was “a gift to developers.”",
        ),
        "gift to developers",
        "Elena Cruz",
    ),
    (
        "interrupted-two-sentences",
        ("“We did everything by the book,” the coach, Dan Whitley, said. “Everything.”",),
        "Everything.",
        "Dan Whitley",
    ),
    (
        "paraphrase-then-quote-same-speaker",
        (
            "Ana Ruiz, who sits on the school board, said the cuts would hit the youngest"
            " pupils hardest. “They are the ones with no voice,” she said.",
        ),
        "no voice",
        "Ana Ruiz",
    ),
    (
        "organisation-statement-then-it",
        (
            "Nordwind Motors recalled 40,000 cars on Thursday.",
            "“Safety is our first priority,” it said in a statement.",
        ),
        "first priority",
        "Nordwind Motors",
    ),
    (
        "the-woman-after-named-man",
        (
            "Police arrested Mark Tyler, 31, on Friday. A neighbour, Joan Pruitt, saw the arrest.",
            "“They came at dawn,” Pruitt said.",
        ),
        "came at dawn",
        "Joan Pruitt",
    ),
    (
        "both-said",
        (
            "Emma Holt and Raj Patel, who founded the charity in 2010, said they were"
            " “heartbroken” by the closure.",
        ),
        "heartbroken",
        "Emma Holt",
    ),
    (
        "said-x-adding",
        (
            "The storm was the worst in a decade, said meteorologist Karl Bauer, adding that"
            " “the coast has never seen winds like this.”",
        ),
        "never seen winds",
        "Karl Bauer",
    ),
    (
        "quote-then-pronoun-in-next-sentence-tag",
        (
            "Judge Susan Park sentenced Mark Ellery to four years.",
            "“You betrayed the trust of your voters,” she told him.",
        ),
        "betrayed the trust",
        "Susan Park",
    ),
    (
        "quote-with-tag-on-next-line-saying",
        (
            "Fans lined the streets on Saturday. “We waited twenty years for this,” said Owen"
            " Pryce, a season-ticket holder since 1996, holding up a scarf.",
        ),
        "twenty years",
        "Owen Pryce",
    ),
    (
        "spokesperson-for-org-no-name",
        ("A spokesperson for Brightwater Energy said: “We do not comment on rumours.”",),
        "rumours",
        "spokesperson",
    ),
    (
        "ministry-said-then-it-added",
        (
            "The Health Ministry said 40 people had been treated. “More may come forward,” it"
            " added.",
        ),
        "More may",
        "Health Ministry",
    ),
    (
        "told-the-outlet",
        ("“I regret nothing,” Carl Whitmore told The Daily Ledger in an interview.",),
        "regret nothing",
        "Carl Whitmore",
    ),
    (
        "said-after-prepositional",
        (
            "Speaking at a rally in Dayton on Saturday, Senator Ruth Adair said: “This race is"
            " far from over.”",
        ),
        "far from over",
        "Ruth Adair",
    ),
    (
        "speaking-participle-no-cue",
        (
            "Speaking to reporters in Dayton, Senator Ruth Adair was defiant. “This race is far"
            " from over.”",
        ),
        "far from over",
        "Ruth Adair",
    ),
    (
        "the-vermont-democrat",
        (
            "Senator Ruth Adair of Vermont voted against the bill on Tuesday.",
            "“This bill robs the poor to pay the rich,” the Vermont Democrat said.",
        ),
        "robs the poor",
        "Ruth Adair",
    ),
    (
        "the-45-year-old",
        (
            "Mark Tyler, a carpenter from Leeds, has been out of work since June.",
            "“Nobody is hiring,” the 45-year-old said.",
        ),
        "Nobody is hiring",
        "Mark Tyler",
    ),
    (
        "she-said-of-him",
        (
            "Judge Susan Park spoke briefly after the hearing.",
            "“He showed no remorse,” she said of Mark Ellery.",
        ),
        "no remorse",
        "Susan Park",
    ),
    (
        "name-said-of-name",
        ("“He showed no remorse,” Park said of Ellery, the former congressman.",),
        "no remorse",
        "Park",
    ),
    (
        "reporter-asked-then-reply",
        (
            "“Will you resign?” a reporter asked Rep. Mark Ellery.",
            "“Absolutely not,” Ellery replied.",
        ),
        "Absolutely not",
        "Mark Ellery",
    ),
    (
        "reporter-asked-then-floating-reply",
        (
            "A reporter asked Rep. Mark Ellery whether he would resign.",
            "“Absolutely not. I have done nothing wrong.”",
        ),
        "Absolutely not",
        "Mark Ellery",
    ),
    (
        "when-asked-about",
        (
            "When asked about the delays, Transport Secretary Hugh Marr said: “The trains will run"
            " on time by spring.”",
        ),
        "run on time",
        "Hugh Marr",
    ),
    (
        "dateline-lead-then-she",
        (
            "WASHINGTON — Senator Ruth Adair on Tuesday called the spending bill a disgrace and"
            " vowed to block it.",
            "“I will read every page of it on the floor if I have to,” she said.",
        ),
        "every page",
        "Ruth Adair",
    ),
    (
        "name-age-occupation-tag",
        ("“It is the worst winter I remember,” Mark Tyler, 52, a retired teacher, said.",),
        "worst winter",
        "Mark Tyler",
    ),
    (
        "the-group-said",
        (
            "The Coalition for Clean Rivers filed its complaint on Wednesday.",
            "“The company has poisoned this river for a decade,” the group said.",
        ),
        "poisoned this river",
        "Coalition for Clean Rivers",
    ),
    (
        "officials-said-bare",
        ("“The fire is contained,” officials said on Sunday.",),
        "fire is contained",
        "officials",
    ),
    (
        "statement-from-office",
        (
            "“The mayor has full confidence in the chief,” read a statement from Mayor Elena"
            " Cruz's office.",
        ),
        "full confidence",
        "Cruz",
    ),
    (
        "tweeted-colon",
        ("Senator Ruth Adair tweeted: “Shameful decision by the court.”",),
        "Shameful",
        "Ruth Adair",
    ),
    (
        "in-a-tweet",
        ("Senator Ruth Adair said in a tweet that the ruling was “shameful and cowardly.”",),
        "shameful and",
        "Ruth Adair",
    ),
    (
        "reported-inside-reported",
        ("Ellery said his lawyer told him: “Keep quiet and let me handle it.”",),
        "Keep quiet",
        "lawyer",
    ),
    (
        "continuation-after-explicit",
        (
            "“The factory was our whole life,” said Greta Voss, who worked there for 30 years.",
            "“Now there is nothing. My children have moved away.”",
        ),
        "children have moved",
        "Greta Voss",
    ),
    (
        "she-then-he-paragraphs",
        (
            "“We were ready,” coach Maria Lopes said.",
            "Her captain, Diego Serra, disagreed. “We were tired,” he said.",
        ),
        "were tired",
        "Diego Serra",
    ),
    (
        "one-resident-said",
        (
            "Residents of the estate have complained about damp for years.",
            "“The walls are black with mould,” one resident said.",
        ),
        "black with mould",
        "resident",
    ),
    (
        "man-who-gave-first-name",
        ("“We have nowhere to go,” said a man who gave only his first name, Ali.",),
        "nowhere to go",
        "Ali",
    ),
    (
        "who-added-relative",
        ("The decision was welcomed by Ana Ruiz, who added: “It is about time.”",),
        "about time",
        "Ana Ruiz",
    ),
    (
        "in-an-interview-with",
        ("In an interview with The Daily Ledger, Carl Whitmore said: “I regret nothing.”",),
        "regret nothing",
        "Carl Whitmore",
    ),
    (
        "colon-after-paraphrase-pronoun",
        ("Carl Whitmore defended his record at length. He put it this way: “I regret nothing.”",),
        "regret nothing",
        "Carl Whitmore",
    ),
    (
        "quote-before-said-the-description",
        ("“The vote was rigged,” said the party's chairman, Omar Faruk.",),
        "was rigged",
        "Omar Faruk",
    ),
    (
        "said-description-no-name-then-name",
        (
            "“The vote was rigged,” said the chairman of the Liberty Party, Omar Faruk, at a"
            " press conference in Lagos.",
        ),
        "was rigged",
        "Omar Faruk",
    ),
    (
        "he-after-told-him",
        (
            "Paul Dorsey said he had warned Mark Ellery months ago. “I told him it would end badly,” he said.",
        ),
        "end badly",
        "Paul Dorsey",
    ),
    (
        "she-after-her-opponent",
        ("Elena Cruz attacked her opponent, Paul Dorsey, on Tuesday. “He has no plan,” she said.",),
        "no plan",
        "Elena Cruz",
    ),
    (
        "he-after-criticised-by",
        ("Paul Dorsey was criticised by Elena Cruz on Tuesday. “I have a plan,” he said.",),
        "have a plan",
        "Paul Dorsey",
    ),
    (
        "quote-then-said-name-who",
        (
            "“This is a dark day,” said Paul Dorsey, who resigned from the board in 2019. “We all saw it coming.”",
        ),
        "saw it coming",
        "Paul Dorsey",
    ),
    (
        "speaker-noun-then-pronoun-next-para",
        (
            "Hundreds of nurses marched on Parliament on Saturday. Among them was Grace Obi, a midwife from Croydon.",
            "“We are exhausted,” she said. “We cannot go on like this.”",
        ),
        "cannot go on",
        "Grace Obi",
    ),
    (
        "among-them-quote",
        (
            "Hundreds of nurses marched on Parliament on Saturday. Among them was Grace Obi, a midwife from Croydon.",
            "“We are exhausted.”",
        ),
        "exhausted",
        "Grace Obi",
    ),
    (
        "one-of-them",
        (
            "Several parents waited outside the school gates. One of them, Ahmed Nasser, said: “Nobody tells us anything.”",
        ),
        "Nobody tells",
        "Ahmed Nasser",
    ),
    (
        "spokesman-for-x-said-name-later",
        (
            "“We are reviewing the footage,” said Inspector Claire Duval, a spokeswoman for the Lyon police.",
        ),
        "reviewing the footage",
        "Claire Duval",
    ),
    (
        "the-spokesman-later",
        (
            "Inspector Claire Duval, a spokeswoman for the Lyon police, confirmed the arrest.",
            "“The suspect is cooperating,” the spokeswoman said.",
        ),
        "cooperating",
        "Claire Duval",
    ),
    (
        "she-added-second-para",
        (
            "Elena Cruz said the city would appeal the ruling.",
            "“We will take this all the way,” she added.",
        ),
        "all the way",
        "Elena Cruz",
    ),
    (
        "mr-surname",
        (
            "Ahmed Nasser, 44, runs a grocery on the corner.",
            "“Business is terrible,” Mr. Nasser said.",
        ),
        "terrible",
        "Ahmed Nasser",
    ),
    (
        "ms-surname-two-people",
        (
            "Ahmed Nasser and his wife, Leila Nasser, run a grocery on the corner.",
            "“Business is terrible,” Ms. Nasser said.",
        ),
        "terrible",
        "Leila Nasser",
    ),
    (
        "quoted-as-saying",
        ("The Daily Ledger quoted Paul Dorsey as saying the plan was “dead on arrival.”",),
        "dead on arrival",
        "Paul Dorsey",
    ),
    (
        "was-quoted-as-saying",
        ("Paul Dorsey was quoted as saying the plan was “dead on arrival.”",),
        "dead on arrival",
        "Paul Dorsey",
    ),
    (
        "wrote-in-op-ed",
        (
            "In an op-ed for The Daily Ledger, Paul Dorsey wrote that the plan was “dead on arrival.”",
        ),
        "dead on arrival",
        "Paul Dorsey",
    ),
    (
        "insisted-that",
        ("Elena Cruz insisted that the city was “not for sale.”",),
        "not for sale",
        "Elena Cruz",
    ),
    (
        "called-it",
        ("Elena Cruz called the ruling “a gift to developers.”",),
        "gift to developers",
        "Elena Cruz",
    ),
    (
        "told-reporters-colon",
        ("Elena Cruz told reporters on Tuesday: “We will appeal.”",),
        "We will appeal",
        "Elena Cruz",
    ),
    (
        "said-to-reporters-inverted",
        (
            "“We will appeal,” Cruz told reporters, adding that the city had “every right” to do so.",
        ),
        "every right",
        "Cruz",
    ),
    (
        "plural-pronoun-they",
        (
            "The two senators, Ruth Adair and Paul Dorsey, wrote to the president on Monday.",
            "“The public deserves answers,” they wrote.",
        ),
        "deserves answers",
        "Ruth Adair",
    ),
    (
        "company-spokesperson-email",
        ("“We take these concerns seriously,” a Brightwater spokesperson said in an email.",),
        "seriously",
        "spokesperson",
    ),
    (
        "x-said-through-spokesman",
        ("Paul Dorsey said through a spokesman that he was “deeply disappointed.”",),
        "deeply disappointed",
        "Paul Dorsey",
    ),
    (
        "x-via-spokeswoman-inverted",
        ("“He is deeply disappointed,” said Anna Berg, a spokeswoman for Dorsey.",),
        "deeply disappointed",
        "Anna Berg",
    ),
    (
        "quote-question-then-answer-floating",
        ("“Would I do it again?” asked Greta Voss. “Absolutely.”",),
        "Absolutely",
        "Greta Voss",
    ),
    (
        "tag-after-question-quote",
        ("“Why should we pay for their mistakes?” asked one protester, Jamal Reid.",),
        "pay for their",
        "Jamal Reid",
    ),
    (
        "headline-like-lead",
        (
            "Dorsey: ‘I will not resign’",
            "Paul Dorsey refused to step down on Tuesday despite mounting pressure.",
            "“I will not resign,” he said.",
        ),
        "will not resign,",
        "Paul Dorsey",
    ),
    (
        "lead-name-org",
        (
            "Brightwater Energy will cut 400 jobs, the company announced on Monday.",
            "“These are painful choices,” it said.",
        ),
        "painful choices",
        "Brightwater Energy",
    ),
    (
        "the-firm",
        ("Brightwater Energy will cut 400 jobs.", "“These are painful choices,” the firm said."),
        "painful choices",
        "Brightwater Energy",
    ),
    (
        "show-title-after",
        ("“We are going to win this state,” Kellyanne Conway said on ABC’s “This Week.”",),
        "win this state",
        "Kellyanne Conway",
    ),
    (
        "show-title-aside",
        (
            "Bernie Sanders, speaking on CNN’s “State of the Union,” said the party needed “a political revolution.”",
        ),
        "political revolution",
        "Bernie Sanders",
    ),
    (
        "party-state-parens",
        ("“This is a disgrace,” Rep. Jim Jordan (R-Ohio) said Tuesday.",),
        "disgrace",
        "Jim Jordan",
    ),
    (
        "party-state-commas",
        ("Sen. Lindsey Graham, R-S.C., said the deal was “a disaster for our allies.”",),
        "disaster for our",
        "Lindsey Graham",
    ),
    (
        "he-speaker-not-mentioned",
        ("Donald Trump said Barack Obama had been weak on trade. “He is a disaster,” he said.",),
        "is a disaster",
        "Donald Trump",
    ),
    (
        "he-speaker-not-mentioned-next-para",
        (
            "Donald Trump said Barack Obama had been weak on trade.",
            "“He is a disaster,” Trump said. “Total disaster.”",
        ),
        "Total disaster",
        "Donald Trump",
    ),
    (
        "campaign-statement",
        ("In a statement Tuesday, the Clinton campaign said: “We look forward to the debate.”",),
        "look forward",
        "Clinton campaign",
    ),
    (
        "spokesman-name-inverted",
        ("“We look forward to the debate,” said Brian Fallon, a Clinton spokesman.",),
        "look forward",
        "Brian Fallon",
    ),
    (
        "possessive-title-name",
        ("Trump’s campaign manager, Kellyanne Conway, said the candidate was “ready to go.”",),
        "ready to go",
        "Kellyanne Conway",
    ),
    (
        "tweeted-day",
        ("“Crooked Hillary is unfit to serve,” Trump tweeted Sunday.",),
        "unfit",
        "Trump",
    ),
    (
        "said-in-speech-in",
        ("“We will not back down,” Clinton said Tuesday in a speech in Columbus, Ohio.",),
        "back down",
        "Clinton",
    ),
    (
        "told-supporters-adding",
        (
            "“We are going to win,” Cruz told supporters Monday, adding, “And we are going to win big.”",
        ),
        "win big",
        "Cruz",
    ),
    (
        "quote-then-he-other-party",
        (
            "Ted Cruz attacked Marco Rubio on immigration. “He supported amnesty,” Cruz said. Rubio fired back. “That is a lie,” he said.",
        ),
        "That is a lie",
        "Rubio",
    ),
    (
        "said-of",
        ("“She has been wrong on every issue,” Sanders said of Clinton.",),
        "wrong on every",
        "Sanders",
    ),
    (
        "interview-with-paper",
        ("In an interview with The Washington Post, Trump said NATO was “obsolete.”",),
        "obsolete",
        "Trump",
    ),
    (
        "press-secretary",
        (
            "White House press secretary Josh Earnest said the president “has made his views clear.”",
        ),
        "made his views",
        "Josh Earnest",
    ),
    (
        "the-white-house-said",
        ("“The president has made his views clear,” the White House said in a statement.",),
        "made his views",
        "White House",
    ),
    (
        "the-billionaire",
        ("Donald Trump spoke for an hour in Des Moines.", "“I love Iowa,” the billionaire said."),
        "love Iowa",
        "Donald Trump",
    ),
    (
        "the-front-runner",
        (
            "Donald Trump spoke for an hour in Des Moines.",
            "“I love Iowa,” the Republican front-runner said.",
        ),
        "love Iowa",
        "Donald Trump",
    ),
    (
        "the-former-secretary",
        (
            "Hillary Clinton campaigned in Ohio on Monday.",
            "“We need jobs here,” the former secretary of state said.",
        ),
        "jobs here",
        "Hillary Clinton",
    ),
    (
        "mrs-clinton",
        (
            "Hillary Clinton campaigned in Ohio on Monday with her husband, Bill Clinton.",
            "“We need jobs here,” Mrs. Clinton said.",
        ),
        "jobs here",
        "Hillary Clinton",
    ),
    (
        "mr-clinton",
        (
            "Hillary Clinton campaigned in Ohio on Monday with her husband, Bill Clinton.",
            "“She will fight for you,” Mr. Clinton said.",
        ),
        "fight for you",
        "Bill Clinton",
    ),
    (
        "quote-para-then-para-float",
        (
            "“We need jobs here,” Hillary Clinton said in Youngstown.",
            "“And we need them now. Not in ten years.”",
        ),
        "need them now",
        "Hillary Clinton",
    ),
    (
        "float-after-other-mention",
        (
            "“We need jobs here,” Hillary Clinton said in Youngstown, where Donald Trump had spoken a day earlier.",
            "“And we need them now.”",
        ),
        "need them now",
        "Hillary Clinton",
    ),
    (
        "writes-in-book",
        ("In his new book, Jeb Bush writes that immigrants “come out of an act of love.”",),
        "act of love",
        "Jeb Bush",
    ),
    (
        "according-to-spokesman",
        (
            "The senator will not attend, “because of a prior commitment,” according to his spokesman, Tom Hale.",
        ),
        "prior commitment",
        "Tom Hale",
    ),
    (
        "noted-that",
        ("Obama noted that the economy had added “more than 14 million jobs.”",),
        "14 million",
        "Obama",
    ),
    (
        "responded",
        ("Asked about the remarks, Clinton responded: “I have nothing to add.”",),
        "nothing to add",
        "Clinton",
    ),
    (
        "quote-q-then-said-name-comma-title",
        ("“Is this the best we can do?” said Sen. Ben Sasse, R-Neb., on Tuesday.",),
        "best we can do",
        "Ben Sasse",
    ),
    # spk20, session 19: 50 more of my own (no data read), in shapes the first batch did not cover
    (
        "surname-pair-last-named-in-full",
        (
            "Hana Okafor and her husband, Daniel Okafor, have run the bakery on Mill Street for 20 years.",
            "“We never thought we would have to close,” Daniel Okafor said.",
            "“People still come every morning,” Okafor said. “But the rent has tripled.”",
        ),
        "rent has tripled",
        "Daniel Okafor",
    ),
    (
        "surname-pair-mrs-after-couple",
        (
            "Hana Okafor and her husband, Daniel Okafor, have run the bakery on Mill Street for 20 years.",
            "“We opened with one oven,” Mrs. Okafor said.",
        ),
        "one oven",
        "Hana Okafor",
    ),
    (
        "surname-father-son-elder",
        (
            "Arturo Benitez, 78, founded the boatyard. His son, Luis Benitez, took it over in 2010.",
            "“My father built every hull by hand,” Luis Benitez said.",
            "“The river gave us everything,” the elder Benitez said.",
        ),
        "gave us everything",
        "Arturo Benitez",
    ),
    (
        "read-a-statement-from",
        (
            "The council voted on Tuesday to close the library.",
            "“This decision was not taken lightly,” read a statement from Mayor Elena Cruz.",
        ),
        "not taken lightly",
        "Elena Cruz",
    ),
    (
        "the-statement-said-after-org",
        (
            "Northline Rail said on Friday it would cut 40 services from its winter timetable.",
            "“We apologise to passengers for the disruption,” the statement said.",
        ),
        "apologise to passengers",
        "Northline Rail",
    ),
    (
        "paraphrase-then-name-next-sentence",
        (
            "The new bridge will open two months late, a city engineer said on Monday.",
            "Ravi Menon, who leads the project, blamed the weather. “We lost six weeks to the floods,” he said.",
        ),
        "six weeks",
        "Ravi Menon",
    ),
    (
        "org-then-spokesperson-named",
        (
            "The Harbor Authority has closed the north pier after cracks were found in its pilings.",
            "“Nobody will be allowed on the pier until engineers have checked every beam,” said Priya Raman, a spokeswoman for the authority.",
        ),
        "every beam",
        "Priya Raman",
    ),
    (
        "org-spokesperson-then-she",
        (
            "The Harbor Authority has closed the north pier, its spokeswoman, Priya Raman, said on Monday.",
            "“We expect it to stay shut for a month,” she said.",
        ),
        "for a month",
        "Priya Raman",
    ),
    (
        "pronoun-after-other-quote-gender",
        (
            "“The plan is dead,” said Senator Ruth Adair.",
            "Her colleague Paul Dorsey disagreed. “There is still time to save it,” he said.",
        ),
        "still time",
        "Paul Dorsey",
    ),
    (
        "the-former-of-two",
        (
            "Elena Cruz and Paul Dorsey both want the seat.",
            "“I have lived here all my life,” the former said.",
        ),
        "all my life",
        "Elena Cruz",
    ),
    (
        "the-latter-of-two",
        (
            "Elena Cruz and Paul Dorsey both want the seat.",
            "“I am the only one with a plan,” the latter said.",
        ),
        "only one with a plan",
        "Paul Dorsey",
    ),
    (
        "the-senator-after-senator-and-governor",
        (
            "Senator Ruth Adair and Governor Paul Dorsey toured the flooded valley on Sunday.",
            "“These families need help now,” the senator said.",
        ),
        "need help now",
        "Ruth Adair",
    ),
    (
        "caption-then-floating-quote",
        (
            "Marta Lindqvist, who chairs the residents' association, said the ministry had ignored them.",
            "“We wrote 40 letters,” she said.",
            "Marta Lindqvist outside her home in Westfield",
            "“Not one of them got an answer.”",
        ),
        "Not one of them",
        "Marta Lindqvist",
    ),
    (
        "one-resident-name-said",
        (
            "Residents of Westfield packed the hall on Thursday night.",
            "One resident, Tom Hale, said: “We were promised a park, not a car park.”",
        ),
        "not a car park",
        "Tom Hale",
    ),
    (
        "one-resident-name-then-he",
        (
            "Residents of Westfield packed the hall on Thursday night. One resident, Tom Hale, stood to speak.",
            "“We were promised a park,” he said.",
        ),
        "promised a park",
        "Tom Hale",
    ),
    (
        "says-present-name-description",
        ("“You cannot grow rice without water,” says Kofi Mensah, a farmer in the valley.",),
        "grow rice",
        "Kofi Mensah",
    ),
    (
        "name-comma-age-comma-town-said",
        ("“I heard a bang and then the lights went out,” Grace Obi, 34, of Springfield, said.",),
        "lights went out",
        "Grace Obi",
    ),
    (
        "dr-title",
        (
            "Dr. Amara Singh, who runs the clinic, said demand had doubled.",
            "“We see 200 patients a day,” Singh said.",
        ),
        "200 patients",
        "Amara Singh",
    ),
    (
        "hyphenated-surname",
        ("“The court has spoken,” said Lucia Moreno-Vidal, the defence lawyer.",),
        "court has spoken",
        "Lucia Moreno-Vidal",
    ),
    (
        "particle-surname",
        (
            "Pieter van der Berg, the club's chairman, said the stadium would be rebuilt.",
            "“We will play here again,” Van der Berg said.",
        ),
        "play here again",
        "Berg",
    ),
    (
        "apostrophe-surname",
        ("“Nobody told us the plant was closing,” said Sean O'Brien, a welder.",),
        "plant was closing",
        "Sean O'Brien",
    ),
    (
        "her-attorney-name",
        (
            "Grace Obi denies the charges. Her attorney, Tom Hale, said she would plead not guilty.",
            "“My client has done nothing wrong,” Hale said.",
        ),
        "nothing wrong",
        "Tom Hale",
    ),
    (
        "replied-after-question-quote",
        (
            "“Will you resign?” a reporter asked Mayor Elena Cruz.",
            "“Absolutely not,” she replied.",
        ),
        "Absolutely not",
        "Elena Cruz",
    ),
    (
        "countered-named",
        (
            "Ruth Adair called the budget reckless.",
            "“It is the most careful budget in a decade,” countered Paul Dorsey, the finance minister.",
        ),
        "most careful budget",
        "Paul Dorsey",
    ),
    (
        "quipped-surname",
        (
            "Paul Dorsey, the finance minister, was in good spirits.",
            "“I have had worse Mondays,” Dorsey quipped.",
        ),
        "worse Mondays",
        "Paul Dorsey",
    ),
    (
        "said-adding-colon",
        (
            "Elena Cruz said the city would appeal, adding: “We will take this to the highest court.”",
        ),
        "highest court",
        "Elena Cruz",
    ),
    (
        "speaking-at-said",
        ("Speaking at a rally in Dayton, Ruth Adair said: “This state deserves better.”",),
        "deserves better",
        "Ruth Adair",
    ),
    (
        "in-a-statement-name-said",
        ("In a statement, Paul Dorsey said: “I regret the hurt my words have caused.”",),
        "hurt my words",
        "Paul Dorsey",
    ),
    (
        "said-in-an-email-inverted",
        ("“We are reviewing the footage,” said Lt. Mark Ellery in an email.",),
        "reviewing the footage",
        "Mark Ellery",
    ),
    (
        "police-said-then-named-officer",
        (
            "Police said a man had been arrested. “He was found hiding in a shed,” said Sgt. Amy Ross.",
        ),
        "hiding in a shed",
        "Amy Ross",
    ),
    (
        "two-senators-the-senator-from",
        (
            "Senators Ruth Adair of Ohio and Paul Dorsey of Iowa clashed over the farm bill.",
            "“Iowa's farmers are not a piggy bank,” said Dorsey.",
        ),
        "piggy bank",
        "Paul Dorsey",
    ),
    (
        "quote-by-other-then-he-next-para",
        (
            "Paul Dorsey said the plant would be sold.",
            "“It is a sad day,” said Grace Obi, who has worked there 30 years.",
            "“We had no choice,” he said.",
        ),
        "no choice",
        "Paul Dorsey",
    ),
    (
        "she-after-man-quote",
        (
            "Mayor Elena Cruz listened as Paul Dorsey spoke.",
            "“The money is gone,” Dorsey said.",
            "“Then we will find more,” she said.",
        ),
        "find more",
        "Elena Cruz",
    ),
    (
        "dialogue-alternating",
        (
            "Grace Obi and her neighbour, Tom Hale, have argued about the fence for years.",
            "“It is on my land,” Obi said.",
            "“It is not,” Hale said. “I have the deeds.”",
        ),
        "the deeds",
        "Tom Hale",
    ),
    (
        "name-who-clause-said-long",
        (
            "Marta Lindqvist, who has lived on the street since 1985 and raised four children here, said: “This is our home.”",
        ),
        "our home",
        "Marta Lindqvist",
    ),
    (
        "the-72-year-old-after-name",
        (
            "Arturo Benitez has fished the river all his life.",
            "“The fish are gone,” the 78-year-old said.",
        ),
        "fish are gone",
        "Arturo Benitez",
    ),
    (
        "the-mother-of-three",
        (
            "Grace Obi lost her job at the plant in March.",
            "“I do not know how I will pay the rent,” the mother of three said.",
        ),
        "pay the rent",
        "Grace Obi",
    ),
    (
        "told-paper-name",
        ("“We did everything we could,” Ravi Menon told the Westfield Gazette.",),
        "everything we could",
        "Ravi Menon",
    ),
    (
        "said-name-told-paper-inverted",
        (
            "“We did everything we could,” Ravi Menon, the fire chief, told the Westfield Gazette on Sunday.",
        ),
        "everything we could",
        "Ravi Menon",
    ),
    (
        "a-source-said",
        (
            "Paul Dorsey will resign this week, according to two people familiar with his plans.",
            "“He has had enough,” one of them said.",
        ),
        "had enough",
        "one of them",
    ),
    (
        "quote-then-explained-name",
        ("“Salt water rots the wood from the inside,” explained Luis Benitez, who builds boats.",),
        "rots the wood",
        "Luis Benitez",
    ),
    (
        "wrote-in-letter",
        (
            "Grace Obi wrote to the council last month. “My son cannot walk to school safely,” she wrote in the letter.",
        ),
        "walk to school",
        "Grace Obi",
    ),
    (
        "said-on-x-handle",
        ("“A great day for Ohio,” Ruth Adair wrote on X.",),
        "great day for Ohio",
        "Ruth Adair",
    ),
    (
        "two-quotes-one-para-two-speakers",
        ("“We will win,” Elena Cruz said. “They will not,” Paul Dorsey replied.",),
        "They will not",
        "Paul Dorsey",
    ),
    (
        "the-minister-after-minister-named",
        (
            "Finance Minister Paul Dorsey met union leaders on Tuesday.",
            "“The door is open,” the minister said.",
        ),
        "door is open",
        "Paul Dorsey",
    ),
    (
        "his-daughter-name",
        (
            "Arturo Benitez died on Sunday. His daughter, Ana Benitez, said he had fished until the end.",
            "“He was on the water last week,” she said.",
        ),
        "on the water",
        "Ana Benitez",
    ),
    (
        "couple-she-he-pronouns",
        (
            "Hana Okafor and her husband, Daniel Okafor, have run the bakery for 20 years.",
            "“I still get up at four,” he said.",
        ),
        "up at four",
        "Daniel Okafor",
    ),
    (
        "organisation-it-said-then-quote",
        (
            "Northline Rail apologised on Friday. It said in a statement: “We let our passengers down.”",
        ),
        "let our passengers down",
        "Northline Rail",
    ),
    (
        "spokesman-for-org-said-quote-colon",
        ("A spokesman for Northline Rail said: “Services will resume on Monday.”",),
        "resume on Monday",
        "spokesman",
    ),
    (
        "continuation-across-paragraphs-with-new-para-no-tag",
        (
            "“We built this town,” said Arturo Benitez, standing on the pier.",
            "“Now they want to sell it to the highest bidder.”",
        ),
        "highest bidder",
        "Arturo Benitez",
    ),
    (
        "name-then-quote-then-she-said-after-other-named",
        (
            "Grace Obi met Paul Dorsey at the plant gates.",
            "“You promised us jobs,” Obi told him. “Where are they?” she asked.",
        ),
        "Where are they",
        "Grace Obi",
    ),
    (
        "the-statement-after-released",
        (
            "Northline Rail released a statement on Friday after 40 trains were cancelled.",
            "“We apologise to passengers for the disruption,” the statement said.",
        ),
        "apologise to passengers",
        "Northline Rail",
    ),
    (
        "the-authority-said",
        (
            "The Harbor Authority closed the north pier on Monday.",
            "“Safety comes first,” the authority said in a statement.",
        ),
        "Safety comes first",
        "Harbor Authority",
    ),
    (
        "surname-opens-paragraph-then-he",
        (
            "Paul Dorsey attacked Tom Hale over the budget on Monday.",
            "Hale hit back on Tuesday. “The numbers are wrong,” he said.",
        ),
        "numbers are wrong",
        "Tom Hale",
    ),
    (
        "role-opens-paragraph-then-he",
        (
            "Tom Hale, the mayor, met Paul Dorsey, the governor, on Monday.",
            "“We agreed on a plan,” the governor said.",
            "The mayor was less sure. “We will see,” he said.",
        ),
        "We will see",
        "Tom Hale",
    ),
    (
        "title-after-appositive-and-verb",
        (
            "Tom Hale, the mayor, met Paul Dorsey on Monday.",
            "“We will see,” the mayor said.",
        ),
        "We will see",
        "Tom Hale",
    ),
    (
        "party-in-appositive",
        (
            "Ruth Adair, a Democratic senator, and Paul Dorsey, a Republican senator, both voted against the bill.",
            "“This plan is a disaster,” the Democratic senator said.",
        ),
        "a disaster",
        "Ruth Adair",
    ),
    # spk21, session 20
    (
        "company-named-for-founder",
        (
            "Singer Ana Reyes left Westbrook Records in the spring.",
            "Maya Lund Productions denied on Monday that it had agreed a deal with the label.",
            "“At no time did we sign anything,” the production company said.",
        ),
        "sign anything",
        "Maya Lund Productions",
    ),
    (
        "company-named-for-founder-the-company",
        (
            "Singer Ana Reyes left Westbrook Records in the spring.",
            "Maya Lund Productions denied on Monday that it had agreed a deal with the label.",
            "“We have nothing to add,” the company said.",
        ),
        "nothing to add",
        "Maya Lund Productions",
    ),
    (
        "trade-noun-after-surname-quote",
        (
            "Owen Pryce was written out of the series this week.",
            "“It came as a shock,” Pryce said.",
            "“But I will be back on stage soon,” said the actor.",
        ),
        "back on stage",
        "Owen Pryce",
    ),
    (
        "trade-noun-named-far-back",
        (
            "Grammy winner and singer Lila Moreau will not tour this year.",
            "Her label confirmed the news on Friday.",
            "Tickets will be refunded, the promoters said.",
            "“I need to rest my voice,” the singer said.",
        ),
        "rest my voice",
        "Lila Moreau",
    ),
    (
        "the-billionaire-one-person-named",
        (
            "Harold Stein spoke for an hour at the trade fair.",
            "“I love this city,” the billionaire said.",
        ),
        "love this city",
        "Harold Stein",
    ),
    (
        "the-younger-by-kin",
        (
            "Rosa Delgado founded the shop in 1975. Her daughter, Marta Delgado, runs it today.",
            "“We never raised the price of bread,” the younger Delgado said.",
        ),
        "price of bread",
        "Marta Delgado",
    ),
    (
        "the-elder-by-age",
        (
            "Tomas Varga, 80, and Peter Varga, 52, still fish the lake every morning.",
            "“The lake has changed,” the elder Varga said.",
        ),
        "lake has changed",
        "Tomas Varga",
    ),
    (
        "hyphenated-adverb-subject",
        (
            "Brightwell Foods recalled two of its cereals last month.",
            "The company flat-out rejected the report on Friday.",
            "“Our products are safe,” the company said.",
        ),
        "products are safe",
        "Brightwell Foods",
    ),
    # spk22, session 21
    (
        "question-after-reported-clause",
        (
            "The housing board met on Thursday.",
            "Ms. Okoro said affordable rent remains her main demand. “We asked for help in"
            " March and again in June. Is anybody listening?”",
        ),
        "anybody listening",
        "Okoro",
    ),
    (
        "under-questioning-name-described",
        (
            "The inquiry heard from the water agency on Tuesday. Under questioning Lena Ortiz,"
            " the agency's chief chemist, admitted: “We never ran the tests we promised.”",
        ),
        "never ran",
        "Lena Ortiz",
    ),
    (
        "posted-that-someone-spoke-quoted-manner",
        (
            "A reporter in the courtroom, Sam Ito, posted that the defendant spoke “calmly and"
            " at length about the night of the fire.”",
        ),
        "calmly",
        "Sam Ito",
    ),
    (
        "telling-runs-into-quote-after-reaction",
        (
            "Mayor Ruth Adair took the stage at the rally.",
            "The crowd roared as she told them, “This city will not be sold.”",
        ),
        "not be sold",
        "Ruth Adair",
    ),
    (
        "scene-clause-cue-no-comma",
        (
            "The rally ran late into the night.",
            "When a woman near the stage yelled “We love you,” Senator Ruth Adair laughed,"
            " “I love you too.”",
        ),
        "We love you",
        "a woman near the stage",
    ),
    (
        "pseudo-cleft-doer",
        (
            "Ruth Adair watched the count on television at home.",
            "All she could do was shout “Finally!”",
        ),
        "Finally",
        "Ruth Adair",
    ),
    (
        "floating-after-phrase-with-no-cue",
        (
            "The river broke its banks overnight.",
            "Governor Ruth Adair toured the “worst-hit streets” on Monday.",
            "“We will get through this together. Nobody will be left behind.”",
        ),
        "get through",
        "Ruth Adair",
    ),
    (
        "cleft-who-nominal",
        ("The river broke its banks overnight.", "It was the mayor who said “enough is enough.”"),
        "enough is",
        "the mayor",
    ),
    (
        "participle-after-scene-clause-misparsed",
        (
            "The rehearsal ran long.",
            "Adair asks, as a plumber walks in front of her, saying he is “here to fix the pipes.”",
        ),
        "fix the pipes",
        "a plumber",
    ),
    (
        "participle-after-contrasting-clause",
        (
            "The county budget passed on a close vote.",
            "Governor Ruth Adair defended the plan on Monday, although Senator Tom Hale went"
            " further, calling it “a disaster for every school in the county.”",
        ),
        "disaster for every",
        "Tom Hale",
    ),
    (
        "role-in-relative-clause",
        (
            "The county budget passed on a close vote.",
            "Ruth Adair, who was secretary of state under two governors, spoke at the hearing.",
            "“This budget is a promise we cannot keep,” the former secretary of state said.",
        ),
        "promise we cannot",
        "Ruth Adair",
    ),
    (
        "cue-past-an-aside",
        (
            "The rally ran late into the evening.",
            "When a man near the stage shouted, “Taxes,” Hale joked, again using a thick"
            " accent, “Amen, brother! Come on up and pay them for me!”",
        ),
        "pay them for me",
        "Hale",
    ),
    (
        "copular-reply-tag",
        (
            "The plant's future has been in doubt since spring.",
            "“We have no plans to close the plant this year,” was the response from Ruth Adair.",
        ),
        "no plans to close",
        "Ruth Adair",
    ),
    # session 24 (lead): 30 more, written blind; the first paragraph is a lead, so the
    # case's paragraphs are body text
    (
        "age-nominal",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Marta Kowal, 45, has run the bakery on Mill Street since 2004.",
            "“Nobody buys bread on a Monday anymore,” the 45-year-old said.",
        ),
        "Nobody buys",
        "Marta Kowal",
    ),
    (
        "party-nominal",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Sen. Dana Pruitt (D-Ohio) opposed the measure on Tuesday.",
            "“This bill helps nobody in my state,” the Democrat said.",
        ),
        "helps nobody",
        "Dana Pruitt",
    ),
    (
        "former-coach-nominal",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Former coach Bill Ambrose watched the game from the stands.",
            "“They played without any fear,” the former coach said.",
        ),
        "without any fear",
        "Bill Ambrose",
    ),
    (
        "wife-first-name",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Tom Pekar lost his job at the plant in March.",
            "“We have cut back on everything,” his wife, Linda, said.",
        ),
        "cut back",
        "Linda",
    ),
    (
        "lawyer-of",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Carl Hume was charged with fraud last year.",
            "“My client will be cleared,” Hume's lawyer, Rosa Vint, told the court.",
        ),
        "will be cleared",
        "Rosa Vint",
    ),
    (
        "spokeswoman-for-named",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“We are reviewing the footage,” a spokeswoman for the agency, Nadia Ferris, said on Monday.",
        ),
        "reviewing the footage",
        "Nadia Ferris",
    ),
    (
        "dr-surname",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Dr. Helen Marsh leads the trial at the city hospital.",
            "“The early results are encouraging,” Dr. Marsh said.",
        ),
        "early results",
        "Helen Marsh",
    ),
    (
        "dash-aside",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“We were never told,” Okafor – a nurse for 20 years – said of the change.",
        ),
        "never told",
        "Okafor",
    ),
    (
        "says-inverted-present",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“It is the best season we have had,” says Ivo Brandt, who farms 300 acres near Ulm.",
        ),
        "best season",
        "Ivo Brandt",
    ),
    (
        "told-ap",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“The water came up in minutes,” Jess Moreau told The Associated Press.",
        ),
        "came up in minutes",
        "Jess Moreau",
    ),
    (
        "wrote-colon-next-para",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "The mayor, Ines Barros, wrote on Twitter:",
            "“The city will rebuild every home lost tonight.”",
        ),
        "rebuild every home",
        "Ines Barros",
    ),
    (
        "asked-colon",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Asked about the delay, Piet Laan said:",
            "“We waited for the parts like everybody else.”",
        ),
        "waited for the parts",
        "Piet Laan",
    ),
    (
        "came-the-reply",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Reporters asked the minister whether she would resign.",
            "“Never,” came the reply from Agnes Holm.",
        ),
        "Never",
        "Agnes Holm",
    ),
    (
        "statement-signed-by",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“We regret the harm caused,” said the statement, signed by chairman Olaf Rind.",
        ),
        "regret the harm",
        "Olaf Rind",
    ),
    (
        "she-added-two-women",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Maria Lutz, the school's head, met parents on Friday. Her deputy, Sara Inge, stayed away.",
            "“We owe them an answer,” Lutz said. “And we will give one,” she added.",
        ),
        "will give one",
        "Maria Lutz",
    ),
    (
        "said-of",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“He was always the first one in,” Ruth Banner said of her son.",
        ),
        "first one in",
        "Ruth Banner",
    ),
    (
        "quote-after-indirect",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Police Chief Omar Dale said officers had acted within the rules.",
            "“Nobody was hurt, and nobody broke the law,” he said.",
        ),
        "Nobody was hurt",
        "Omar Dale",
    ),
    (
        "according-to-after-quote",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“The pipes were fifty years old,” according to Hal Greer, the town engineer.",
        ),
        "fifty years old",
        "Hal Greer",
    ),
    (
        "colleague-surname-title",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Professor Anika Suri and her colleague, Ben Lowe, studied the samples.",
            "“We found lead in every one,” Suri said.",
        ),
        "lead in every one",
        "Anika Suri",
    ),
    (
        "he-after-other-man-object",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Coach Pat Rourke benched striker Leo Vance on Saturday.",
            "“I needed him fresh for the final,” Rourke said. “He understood,” he added.",
        ),
        "He understood",
        "Pat Rourke",
    ),
    (
        "speaking-on-condition",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“The talks have stalled,” said one official, speaking on condition of anonymity.",
        ),
        "talks have stalled",
        "official",
    ),
    (
        "long-title-inverted",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“Prices will fall by spring,” said Lea Moss, chief economist at the Harbor Street Bank in Boston.",
        ),
        "fall by spring",
        "Lea Moss",
    ),
    (
        "continued-next-para",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“The river rose faster than any of us expected,” said Sam Odell, the county's emergency manager.",
            "“By midnight we had moved two hundred people.”",
        ),
        "two hundred people",
        "Sam Odell",
    ),
    (
        "interview-with",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "In an interview with the Daily Star, Greta Lind said: “I never wanted to leave.”",
        ),
        "never wanted to leave",
        "Greta Lind",
    ),
    (
        "the-company-named",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Orbis Foods cut 300 jobs in its Leeds plant on Monday.",
            "“The decision was not easy,” the company said in a statement.",
        ),
        "not easy",
        "Orbis Foods",
    ),
    (
        "nickname-quote-subject",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Henrik “Hank” Olsen runs the ferry to the island.",
            "“The sea decides when we sail,” Olsen said.",
        ),
        "sea decides",
        "Henrik",
    ),
    (
        "she-after-man-quote",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Judge Karen Duval heard from the defendant, Mark Tell, on Monday.",
            "“You showed no remorse,” she told him.",
        ),
        "no remorse",
        "Karen Duval",
    ),
    (
        "told-me",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“I would do it all again,” Rafael Soto told me last week.",
        ),
        "all again",
        "Rafael Soto",
    ),
    (
        "parenthetical-title",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“We ran out of beds by noon,” said Chen Wu (a nurse at St. Mary's).",
        ),
        "out of beds",
        "Chen Wu",
    ),
    (
        "quote-then-name-sentence",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“The harbor is closed until further notice.” That was the word from port director Elin Sand on Sunday.",
        ),
        "harbor is closed",
        "Elin Sand",
    ),
    (
        "copular-argument-that",
        (
            "Ines Varga has opposed the bypass for years.",
            "Her argument has always been that the road “would split the town in two.”",
        ),
        "split the town",
        "Ines Varga",
    ),
    (
        "let-them-know",
        (
            "Ines Varga met the strikers at the gate on Tuesday.",
            "She let them know that the city “will not abandon you, whatever the court decides.”",
        ),
        "will not abandon you",
        "Ines Varga",
    ),
    # session 24 (lead), a second 30 written blind (26/30 right at first)
    (
        "she-two-people-object",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Nora Vance sued her former employer, Delta Freight, and its owner, Karl Betz, in May.",
            "“They treated me like a machine,” she said.",
        ),
        "like a machine",
        "Nora Vance",
    ),
    (
        "he-after-she-quote",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Mayor Lena Fry and police chief Rob Hale spoke after the vote.",
            "“We will hire forty officers,” Fry said.",
            "“It will take two years to train them,” he said.",
        ),
        "two years",
        "Rob Hale",
    ),
    (
        "org-it-said",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Harlow Airways cancelled 80 flights on Sunday.",
            "“Safety comes first,” it said in a statement.",
        ),
        "Safety comes first",
        "Harlow Airways",
    ),
    (
        "org-spokesperson",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Harlow Airways cancelled 80 flights on Sunday.",
            "“Safety comes first,” a spokesperson for the airline said.",
        ),
        "Safety comes first",
        "spokesperson",
    ),
    (
        "the-firm-named",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Brook & Lowe, a law firm in Leeds, filed the claim on Monday.",
            "“Our clients were misled,” the firm said.",
        ),
        "were misled",
        "Brook & Lowe",
    ),
    (
        "the-group-named",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Clean Rivers Now, an environmental group, tested water at 40 sites.",
            "“Every sample failed,” the group said.",
        ),
        "Every sample failed",
        "Clean Rivers Now",
    ),
    (
        "they-group-named",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Clean Rivers Now, an environmental group, tested water at 40 sites.",
            "“Every sample failed,” they said.",
        ),
        "Every sample failed",
        "Clean Rivers Now",
    ),
    (
        "quote-before-cue-in-next-para",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Ines Calder, who runs the shelter, said demand had doubled.",
            "“We turn people away every night. It breaks my heart.”",
        ),
        "breaks my heart",
        "Ines Calder",
    ),
    (
        "surname-possessive-spokesman",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Governor Alan Pike signed the bill on Friday.",
            "“This is a good day for the state,” Pike's spokesman, Joe Lind, said.",
        ),
        "good day",
        "Joe Lind",
    ),
    (
        "title-before-name-lowercase",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“Nobody expected the roof to fail,” said building inspector Mona Reid.",
        ),
        "roof to fail",
        "Mona Reid",
    ),
    (
        "name-comma-age-inverted",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“I have lived here all my life,” said Arthur Penn, 82.",
        ),
        "all my life",
        "Arthur Penn",
    ),
    (
        "told-newspaper-in-interview",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Singer Tara Vell told the Evening Post in an interview: “I wrote the song in one night.”",
        ),
        "one night",
        "Tara Vell",
    ),
    (
        "quote-with-she-says-present",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“It is hard to find staff,” she says. Kim Oduya has run the cafe for ten years.",
        ),
        "hard to find staff",
        "Kim Oduya",
    ),
    (
        "after-heading-cue",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Workers at the plant voted to strike on Monday.",
            "“We have no choice,” said union steward Pete Mulvey, who has worked there for 30 years.",
        ),
        "no choice",
        "Pete Mulvey",
    ),
    (
        "his-father-said",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Sam Greer, 19, was hurt in the crash.",
            "“He is lucky to be alive,” his father, Mark Greer, said.",
        ),
        "lucky to be alive",
        "Mark Greer",
    ),
    (
        "both-named-then-latter",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Ana Ruiz beat Ellen Park in the final on Sunday.",
            "“She played better today,” Park said.",
        ),
        "played better",
        "Ellen Park",
    ),
    (
        "mid-quote-tag-pronoun",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Dr. Omar Said runs the clinic.",
            "“We see forty patients a day,” he said, “and we have two nurses.”",
        ),
        "two nurses",
        "Omar Said",
    ),
    (
        "colon-name-only",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "The minister was asked about the strike.",
            "Minister Hana Berg: “The door is open.”",
        ),
        "door is open",
        "Hana Berg",
    ),
    (
        "quote-who-added",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“The data are clear,” said Yusuf Ali, a statistician who added that more tests were needed.",
        ),
        "data are clear",
        "Yusuf Ali",
    ),
    (
        "according-to-spokesman-name",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“The ship will sail on Monday,” according to port spokesman Lars Eide.",
        ),
        "sail on Monday",
        "Lars Eide",
    ),
    (
        "repeated-question-answer",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Asked whether he would run again, Senator Paul Ivers smiled.",
            "“Ask me next year,” he said.",
        ),
        "next year",
        "Paul Ivers",
    ),
    (
        "writer-first-person",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "I met Clara Moss at her farm in April.",
            "“The rain came too late,” she told me.",
        ),
        "rain came too late",
        "Clara Moss",
    ),
    (
        "the-teen",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Jada Nnamdi, 16, won the regional spelling bee on Saturday.",
            "“I studied every night,” the teen said.",
        ),
        "every night",
        "Jada Nnamdi",
    ),
    (
        "the-actor",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Actor Tom Hardwick arrived at the premiere in a wheelchair.",
            "“I broke my ankle on set,” the actor said.",
        ),
        "broke my ankle",
        "Tom Hardwick",
    ),
    (
        "the-couple",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Raj and Priya Mehta lost their home in the fire.",
            "“We have nothing left,” the couple said.",
        ),
        "nothing left",
        "Mehta",
    ),
    (
        "noted-quote",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“Only half the money has arrived,” noted Bea Nolan, the charity's director.",
        ),
        "half the money",
        "Bea Nolan",
    ),
    (
        "quote-speaker-between-sentences",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“We were lucky,” Dan Firth said. “The wind turned just in time. Another hour and the village would have burned.”",
        ),
        "Another hour",
        "Dan Firth",
    ),
    (
        "two-speakers-paragraph",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“The plan is sound,” said Ivy Hart. Her rival, Leon Cole, disagreed: “It is a fantasy.”",
        ),
        "a fantasy",
        "Leon Cole",
    ),
    (
        "statement-from-company",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "In a statement, Norgate Energy said: “We are cooperating fully with the inquiry.”",
        ),
        "cooperating fully",
        "Norgate Energy",
    ),
    (
        "emailed-statement",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“We take these concerns seriously,” Mira Stone, a spokeswoman for the hospital, said in an emailed statement.",
        ),
        "concerns seriously",
        "Mira Stone",
    ),
    # session 24 (lead), a third 20 written blind (17/20 right at first)
    (
        "pronoun-after-object-woman",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Prosecutor Dana Wilkes questioned the witness, Ruth Ames, for two hours.",
            "“I saw him leave at ten,” Ames said. “I am sure of it,” she added.",
        ),
        "sure of it",
        "Ruth Ames",
    ),
    (
        "he-subject-continuity",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Coach Ray Dunn praised his goalkeeper, Ole Berg, after the match.",
            "“He kept us in the game,” Dunn said.",
        ),
        "kept us in the game",
        "Ray Dunn",
    ),
    (
        "quote-split-across-para-open",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“We knew the river would rise,” said Tilda Marsh, who owns the boatyard.",
            "“What we did not know was how fast. By noon the yard was under water.”",
        ),
        "By noon",
        "Tilda Marsh",
    ),
    (
        "wire-dateline",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "LONDON (Reuters) - Britain's finance minister Rachel Voss said on Tuesday that growth would slow.",
            "“We face a difficult year,” Voss told lawmakers.",
        ),
        "difficult year",
        "Rachel Voss",
    ),
    (
        "the-minister-after-title",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Britain's finance minister Rachel Voss spoke in parliament on Tuesday.",
            "“We face a difficult year,” the minister said.",
        ),
        "difficult year",
        "Rachel Voss",
    ),
    (
        "spokesman-for-named-org",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "A spokesman for Aldway Stores, Ken Oates, said the shop would reopen.",
            "“We expect to open by Friday,” Oates said.",
        ),
        "open by Friday",
        "Ken Oates",
    ),
    (
        "interview-qa-name",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Lena Brandt has coached the team since 2015. We spoke to her before the final.",
            "“Are you nervous?” “Not at all. We have prepared for this all year.”",
        ),
        "prepared for this",
        "Lena Brandt",
    ),
    (
        "obit-daughter",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Walter Finch, a carpenter who built half the houses on Elm Street, died on Monday. He was 91.",
            "“He never stopped working,” said his daughter, Joan Finch.",
        ),
        "never stopped working",
        "Joan Finch",
    ),
    (
        "court-judge-told",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Judge Amara Obi sentenced the man to six years.",
            "“You betrayed the trust of your clients,” she told him.",
        ),
        "betrayed the trust",
        "Amara Obi",
    ),
    (
        "police-said-in-statement",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Police in Harlow said in a statement that two men were arrested.",
            "“Inquiries are continuing,” the statement said.",
        ),
        "Inquiries are continuing",
        "statement",
    ),
    (
        "according-to-report-quote",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“The system failed at every level,” according to the report, which was published on Monday.",
        ),
        "failed at every level",
        "report",
    ),
    (
        "name-then-colon-said",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Rosa Lind, the head teacher, put it simply: “We need more teachers.”",
        ),
        "need more teachers",
        "Rosa Lind",
    ),
    (
        "dash-tag-after-quote",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "“We will rebuild” — those were the words of Mayor Ian Shaw on Sunday.",
        ),
        "We will rebuild",
        "Ian Shaw",
    ),
    (
        "quote-tag-with-apposition-before",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "A retired nurse, Edith Crane, 74, said: “Nobody asked us.”",
        ),
        "Nobody asked us",
        "Edith Crane",
    ),
    (
        "we-speaker-org",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Harbor Bank said it would close 40 branches.",
            "“We have listened to our customers,” the bank said.",
        ),
        "listened to our customers",
        "Harbor Bank",
    ),
    (
        "she-after-two-paragraphs",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Nina Ross opened her first shop in 1998.",
            "Today she runs twelve, with 300 staff.",
            "“I never planned any of it,” she said.",
        ),
        "never planned",
        "Nina Ross",
    ),
    (
        "surname-with-title-later",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Dr. Paul Kern and Dr. Alice Kern run the clinic together.",
            "“We see the same patients for decades,” said Alice Kern.",
        ),
        "same patients",
        "Alice Kern",
    ),
    (
        "tweet-quote",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Singer Jo Blake posted on Instagram on Sunday night.",
            "“Thank you all for the love,” she wrote.",
        ),
        "for the love",
        "Jo Blake",
    ),
    (
        "asked-whether-he-replied",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Reporters asked Senator Mark Dill whether he would vote for the bill.",
            "“Probably not,” he replied.",
        ),
        "Probably not",
        "Mark Dill",
    ),
    (
        "quote-in-headline-style-para",
        (
            "The storm flooded much of the county overnight, closing roads and schools.",
            "Fire chief Owen Pratt said crews fought the blaze for six hours.",
            "“It was the worst fire I have seen in twenty years,” Pratt said, adding that nobody was hurt.",
        ),
        "worst fire",
        "Owen Pratt",
    ),
    # spk28, session 24: 40 more, written blind; the first paragraph is a lead
    (
        "court-prosecutor-nominal",
        (
            "The trial of a Ridgeway builder accused of fraud opened on Monday.",
            "Prosecutor Amy Lenz told jurors that the defendant, Dennis Hart, had forged 40 invoices.",
            "“He planned every step of it,” the prosecutor said.",
        ),
        "planned every step",
        "Amy Lenz",
    ),
    (
        "striker-nominal-two-men",
        (
            "Ridgeway beat Holt 3-1 on Saturday to go top of the league.",
            "Manager Tom Ashby praised striker Jonas Eke, who scored twice.",
            "“I just kept running,” the striker said.",
        ),
        "kept running",
        "Jonas Eke",
    ),
    (
        "agency-nominal-after-company",
        (
            "A chemical plant on the river has been fined for the second time this year.",
            "The Environmental Protection Agency fined Delcor Chemicals $2 million on Thursday.",
            "“The company ignored three warnings,” the agency said.",
        ),
        "ignored three warnings",
        "Environmental Protection Agency",
    ),
    (
        "obituary-daughter-inverted",
        (
            "Ellen Marsh, who taught piano in the village for 50 years, died on Sunday. She was 91.",
            "“She never turned a child away,” said her daughter, Clare Dunn.",
        ),
        "never turned a child",
        "Clare Dunn",
    ),
    (
        "obituary-old-interview",
        (
            "Ellen Marsh, who taught piano in the village for 50 years, died on Sunday. She was 91.",
            "Her daughter, Clare Dunn, said she had played until the last week of her life.",
            "In a 1998 interview, Marsh said: “Music is the only language every child speaks.”",
        ),
        "only language",
        "Ellen Marsh",
    ),
    (
        "wire-dateline-economist",
        (
            "LONDON (Reuters) - Britain's economy grew faster than expected in the third quarter, official data showed on Friday.",
            "“The recovery is broadening,” said Hugo Lane, an economist at Pell Bank.",
        ),
        "recovery is broadening",
        "Hugo Lane",
    ),
    (
        "told-name-mid-quote-she",
        (
            "A man who set fire to his neighbour's car was jailed on Friday.",
            "Judge Amara Bell sentenced Curtis Webb to six years.",
            "“You had every chance,” she told Webb, “and you threw each one away.”",
        ),
        "threw each one",
        "Amara Bell",
    ),
    (
        "was-blunt-colon",
        (
            "The council has rejected plans for a new swimming pool.",
            "The council leader, Rhys Owen, was blunt: “We cannot afford it.”",
        ),
        "cannot afford",
        "Rhys Owen",
    ),
    (
        "put-it-simply-dash",
        (
            "A flour shortage has closed bakeries across the region.",
            "Baker Nils Aberg put it simply — “no flour, no bread.”",
        ),
        "no flour",
        "Nils Aberg",
    ),
    (
        "she-after-surnames-contrast",
        (
            "The library will stay open on Sundays, the council decided on Tuesday.",
            "Councillor Ray Dunn and his rival, Megan Price, clashed over the budget. Dunn wants to cut the library's hours. Price wants to keep them.",
            "“Libraries are where children learn to love reading,” she said.",
        ),
        "love reading",
        "Megan Price",
    ),
    (
        "occupation-nominal-glaciologist",
        (
            "A glacier in Greenland is sliding into the sea twice as fast as in 2010, a study found.",
            "Kofi Mensah, a glaciologist at Leeds University, led the study with two colleagues from Oslo.",
            "“We were surprised by how fast the ice moved,” the glaciologist said.",
        ),
        "how fast the ice",
        "Kofi Mensah",
    ),
    (
        "spokesman-for-colon",
        (
            "Trains between Harlow and Ely were cancelled after a landslide on Sunday.",
            "A spokesman for Harlow Rail said: “Services will resume on Tuesday.”",
        ),
        "resume on Tuesday",
        "spokesman",
    ),
    (
        "org-inverted-in-statement",
        (
            "Federal agents searched the offices of an oil company in Houston on Wednesday.",
            "“We are cooperating fully with investigators,” said Vantor Energy in a statement.",
        ),
        "cooperating fully",
        "Vantor Energy",
    ),
    (
        "brother-first-name-he",
        (
            "A jury cleared Lucia Ferro of all charges on Thursday.",
            "Her brother, Marco, waited outside the court with their parents.",
            "“Justice was done today,” he said.",
        ),
        "Justice was done",
        "Marco",
    ),
    (
        "mother-inverted-relative",
        (
            "The search for a missing teenager entered its third week on Monday.",
            "“I just want him home,” said the boy's mother, Ana Ruiz, who has not seen him since May.",
        ),
        "want him home",
        "Ana Ruiz",
    ),
    (
        "chief-constable-nominal",
        (
            "Police used tear gas on protesters outside the parliament on Saturday.",
            "Chief Constable Paul Reid defended the decision at a news conference.",
            "“Officers acted lawfully,” the chief constable said.",
        ),
        "acted lawfully",
        "Paul Reid",
    ),
    (
        "feature-she-says-neighbour",
        (
            "On the coast north of Whitby, the winters are long and the mornings dark.",
            "Ada Kim, 67, walks the beach every morning. Her neighbour, Tom Fry, joins her on Sundays.",
            "“The sea keeps me honest,” she says.",
        ),
        "keeps me honest",
        "Ada Kim",
    ),
    (
        "replied-surname-after-question",
        (
            "Repairs to the town's bridges are six months behind schedule.",
            "At Tuesday's meeting, Alderman Frank Ruiz asked the city manager, Joan Petty, why the work had stalled.",
            "“We ran out of money in June,” Petty replied.",
        ),
        "ran out of money",
        "Joan Petty",
    ),
    (
        "replied-she-after-question",
        (
            "Repairs to the town's bridges are six months behind schedule.",
            "At Tuesday's meeting, Alderman Frank Ruiz asked the city manager, Joan Petty, why the work had stalled.",
            "“We ran out of money in June,” she replied.",
        ),
        "ran out of money",
        "Joan Petty",
    ),
    (
        "asked-whether-laughed-colon",
        (
            "Senator Greg Mott spoke to reporters in Dayton on Friday.",
            "Asked whether he would run again, Mott laughed: “Ask me in a year.”",
        ),
        "Ask me in a year",
        "Greg Mott",
    ),
    (
        "shrugged-then-he-said",
        (
            "Holt have lost five games in a row.",
            "Asked about his side's form, the Holt manager, Sean Doyle, shrugged. “We are not scoring goals,” he said.",
        ),
        "not scoring goals",
        "Sean Doyle",
    ),
    (
        "demonym-nominal",
        (
            "The second seed went out in the first round at Eastbourne on Monday.",
            "Two-time champion Rita Vos lost to the British qualifier Amy Cole in straight sets.",
            "“My legs felt heavy,” the Dutchwoman said.",
        ),
        "legs felt heavy",
        "Rita Vos",
    ),
    (
        "told-analysts-surname",
        (
            "Shares in Corvel fell 8 percent on Wednesday.",
            "The fall came after the chief executive, Diane Shore, warned of weaker sales.",
            "“The second half will be harder,” Shore told analysts on a call.",
        ),
        "second half",
        "Diane Shore",
    ),
    (
        "finance-chief-he-contrast",
        (
            "Shares in Corvel fell 8 percent on Wednesday after the chief executive, Diane Shore, warned of weaker sales.",
            "Her finance chief, Paul Grant, was more upbeat. “We see demand returning by spring,” he said.",
        ),
        "demand returning",
        "Paul Grant",
    ),
    (
        "she-wrote-in-email",
        (
            "Bees can recognise human faces, according to a study published on Thursday.",
            "The study was led by Ines Duarte of the University of Porto and Mark Hale of Exeter.",
            "“The data are clear,” she wrote in an email.",
        ),
        "data are clear",
        "Ines Duarte",
    ),
    (
        "fire-chief-inverted",
        (
            "Fire tore through a row of shops in the old town overnight.",
            "“The roof could have fallen at any time,” said fire chief Dale Morrow.",
        ),
        "roof could have",
        "Dale Morrow",
    ),
    (
        "nominal-tag-mid-quote",
        (
            "The club's accounts show a loss for the third year running.",
            "Treasurer Ana Weiss presented the figures to members on Thursday.",
            "“The numbers,” the treasurer said, “do not add up.”",
        ),
        "do not add up",
        "Ana Weiss",
    ),
    (
        "adding-colon",
        (
            "Fire tore through a row of shops in the old town overnight.",
            "Fire chief Dale Morrow said the fire began in a kitchen, adding: “It spread in minutes.”",
        ),
        "spread in minutes",
        "Dale Morrow",
    ),
    (
        "insisted-inverted-former-role",
        (
            "The bowls club has lost £40,000 over five years, an audit found.",
            "“I did nothing wrong,” insisted Ray Hollis, the club's former treasurer.",
        ),
        "did nothing wrong",
        "Ray Hollis",
    ),
    (
        "testified-surname",
        (
            "The murder trial of a Ridgeway man heard from its first witness on Tuesday.",
            "A neighbour, Joy Pike, told the jury she heard shouting from the flat.",
            "“It went on for an hour,” Pike testified.",
        ),
        "on for an hour",
        "Joy Pike",
    ),
    (
        "the-defendant-nominal",
        (
            "A man who set fire to his neighbour's car was jailed on Friday.",
            "Judge Amara Bell said the defendant, Curtis Webb, had shown no remorse. Prosecutor Leo Stam asked for eight years.",
            "“I am sorry,” the defendant said before he was led away.",
        ),
        "I am sorry",
        "Curtis Webb",
    ),
    (
        "un-title-chain-told-reporters",
        (
            "GENEVA (AP) — Peace talks on the border war collapsed on Monday.",
            "“There is no military solution,” U.N. Secretary-General Ana Pires told reporters in Geneva.",
        ),
        "no military solution",
        "Ana Pires",
    ),
    (
        "police-said-in-statement-colon",
        (
            "Two men were arrested after a break-in at a jeweller's on the high street.",
            "Police said in a statement: “Both men are being held at Ridgeway station.”",
        ),
        "being held",
        "Police",
    ),
    (
        "open-quote-continues-next-para",
        (
            "The dam above Lowick burst on Saturday, flooding six farms.",
            "“We lost everything,” said Nora Quinn, whose farm lies below the dam. “The house, the barn, the animals.",
            "“Now we start again.”",
        ),
        "start again",
        "Nora Quinn",
    ),
    (
        "he-latest-subject-modest",
        (
            "Two children were pulled from a burning house in May.",
            "Mayor Tim Roe thanked firefighter Ed Salas at a ceremony on Friday. Salas carried both children down a ladder.",
            "“I only did my job,” he said.",
        ),
        "only did my job",
        "Ed Salas",
    ),
    (
        "union-leader-possessive-role",
        (
            "Bus drivers voted on Sunday to strike for a week in March.",
            "“We will not back down,” the union's leader, Kay Brook, told members at a rally.",
        ),
        "not back down",
        "Kay Brook",
    ),
    (
        "tweeted-inverted-role",
        (
            "Ridgeway won the cup for the first time in 40 years on Saturday.",
            "“Proud of every one of you,” tweeted club captain Owen Lyle.",
        ),
        "Proud of every",
        "Owen Lyle",
    ),
    (
        "the-club-said",
        (
            "Ridgeway FC sacked manager Tom Ashby on Sunday after six straight defeats.",
            "“We thank Tom for four good years,” the club said in a statement.",
        ),
        "four good years",
        "Ridgeway FC",
    ),
    (
        "officer-nominal-sergeant",
        (
            "A driver was found alive in a ditch two days after his car left the road.",
            "Sgt. Mia Roth spotted the car from a patrol boat on the canal.",
            "“It was upside down in the reeds,” the officer said.",
        ),
        "upside down",
        "Mia Roth",
    ),
    (
        "lawyer-surname-after-family",
        (
            "A family is suing the city over a fall on a council stairway.",
            "Their lawyer, Jon Fisk, said the city had ignored repeated warnings. Martha Kell, 70, broke her hip in the fall.",
            "“They knew the stairs were rotten,” Fisk said.",
        ),
        "stairs were rotten",
        "Jon Fisk",
    ),
]


def check(show_all: bool) -> int:
    """Run every case through ``analyze``; print the wrong ones (all with ``show_all``)."""
    sys.path.insert(0, "tests")
    from conftest import quotes_of

    wrong = 0
    for cid, paragraphs, words, speaker in CASES:
        qs = [q for q in quotes_of(*paragraphs) if words in q.content.text and q.kind != "indirect"]
        got = [(q.speaker, q.speaker_mention.text if q.speaker_mention else None) for q in qs]
        ok = len(qs) == 1 and any(speaker in (s or "") for s in got[0])
        wrong += not ok
        if show_all or not ok:
            print(("ok   " if ok else "WRONG"), cid, "->", got, "| want", speaker)
    print(f"{len(CASES) - wrong}/{len(CASES)} right")
    return wrong


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--all", action="store_true", help="print the right cases too")
    check(ap.parse_args().all)
