"""Speaker constructions of everyday news prose, on sentences written for this check (spk19,
session 18; no PolNeAR or gold text): each case is an article of a few paragraphs, words of
one direct quote, and the speaker a reader names. Prints each case that tidings gets wrong.

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
        "the-company-after-two-organisations",
        (
            "Halvorsen Foods sued Greenmark Logistics in federal court on Monday, saying the"
            " shipper had lost a season's worth of frozen goods.",
            "“We will defend ourselves vigorously,” the company said in a statement.",
        ),
        "defend ourselves",
        "Greenmark Logistics",
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
        "the-senator-two-senators",
        (
            "Senator Ruth Adair and Senator Paul Dorsey clashed over the bill on Tuesday. Dorsey"
            " accused Adair of stalling.",
            "“I am not stalling, I am reading,” the senator said.",
        ),
        "reading",
        "Ruth Adair",
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
