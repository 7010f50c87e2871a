"""Who said what: direct quotes, reported speech and their attributions, with offsets.

requires: ``Article.text`` and ``Article.paragraphs``, one spaCy Doc per paragraph (None where
the paragraph was not parsed) and the article's merged entities. assigns: ``Article.quotes`` and
``Article.speakers`` (returned by :func:`find_quotes`).

The stages, in order (each paragraph is its own spaCy Doc; offsets are mapped back to
``Article.text``):

1. **Marks** (:mod:`tidings.analyze.quotemarks`): the quoted stretches of every paragraph.
2. **Cues** (:func:`tidings.analyze.attributions.find_attributions`, parsed paragraphs only):
   each speech verb outside quote marks with its speaker (subject; or the object of "according
   to"; or the subject of "was quoted as saying"; :mod:`tidings.analyze.subjects`), addressee
   ("told AFP"), channel ("in a statement") and reported content (the clausal complement, or the
   rest of the sentence for "according to"; :mod:`tidings.analyze.content`).
3. **Direct quotes** (:mod:`tidings.analyze.directquotes`): each quoted stretch goes to the cue
   whose content holds it, else to the nearest cue in the same sentence, else the paragraph; a
   colon or dash attribution with no verb ("Smith: ...", "... — Smith";
   :mod:`tidings.analyze.verbless`); else it continues the previous paragraph's quote (a quote
   left open there, or a paragraph that is only a quote: the seed's "I think Russia will ...").
   A short quoted stretch (under :data:`MIN_QUOTE_WORDS` words) with no cue of its own is a scare
   quote, not a quotation; one in title case with no cue within
   :data:`~tidings.analyze.directquotes.TITLE_TAG_CHARS` names a book, a show or a headline. A
   cue that tags a quote right after its closing mark ('"...," Smith added') comes before any
   other; a paragraph that is only 'Name:' announces the next. A quotation cut off mid-clause
   whose statement runs on past the closing mark ('said, "I have not heard that concern" from
   the police.') is, with those words, one mixed content
   (:func:`~tidings.analyze.directquotes.carried_on`).
4. **Reported speech**: a cue whose content is mostly outside marks becomes an indirect quote (its
   partial quotes, "terrorist targets", are part of it); "mixed" when a good part is quoted
   (counted without the cue's aside inside it: 'In cases of flooding, the agency said, "...'").
5. **Speakers** (:mod:`tidings.analyze.resolve`, :mod:`tidings.analyze.speakers`): mentions
   resolved in reading order.

This module keeps stages 3 and 4 together as one walk over the paragraphs, because what a
paragraph's quotes mean depends on the paragraph before (a quote left open, a cue ending in a
colon, a paragraph that is only a name); the rules for one quote or one cue live in the modules
named above.

Long quotations: a quotation left open carries into the next paragraph only when that one
opens with a mark and has no cue of its own (narration, a subheading or a new speaker's tag
ends it); a statement announced by a colon may be typed with straight marks around curly ones
(:func:`~tidings.analyze.quotemarks.outer_quotation`); a record named by a colon line
("Transcript as follows:") is the last speaker's words; a page's block quote goes on over its
paragraphs; a quoted exchange goes back and forth between its two speakers.

Not handled: quotes introduced by a cue two paragraphs away, speakers only named after a
floating quote ("..." is followed next paragraph by "So said Smith"); printed interviews (Q:/A:)
are read by :mod:`tidings.analyze.interviews`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc

from tidings.analyze.addressees import listener_in_phrase
from tidings.analyze.attributions import Attribution, find_attributions
from tidings.analyze.cues import SPEECH_VERBS
from tidings.analyze.directquotes import (
    NEAR_CHARS,
    TITLE_TAG_CHARS,
    bylined,
    carried_on,
    choose,
    gap,
    in_capitals,
    included_speaker,
    is_partial,
    is_title,
    names_a_work,
    names_quotation,
    narrated_person,
    new_actor,
    only_titles,
    person_before,
    tag_of,
    tag_within,
)
from tidings.analyze.mentions import Mention
from tidings.analyze.objects import ANSWERS
from tidings.analyze.quotemarks import Quoted, find_quoted, outer_quotation, quoted_chars
from tidings.analyze.resolve import Found, answered, pieces_around_cue, resolve_quotes
from tidings.analyze.verbless import (
    NAMED_INTRO,
    TWEET_BYLINE,
    document_line,
    embedded_post,
    listed_item,
    markless_speaker,
    name_line,
    qa_label_length,
    said_by_possessor,
    signature,
    signed_paragraph,
    transcript_turns,
)
from tidings.model import Article, Entity, Paragraph, Quote, Speaker

#: A quoted stretch shorter than this, with no cue of its own, is a scare quote. Three words keeps
#: "opportunistic" and "terrorist targets" out and "We will win" in.
MIN_QUOTE_WORDS = 3

#: An embedded quote ('called it "a crazy system"') is kept as a direct quote only from this
#: many words on; shorter ones are scare quotes unless reported speech holds them.
PARTIAL_KEEP_WORDS = 8

#: A paragraph at least this much inside marks is "only a quote" (floating quote).
FLOATING_SHARE = 0.8

#: Reported content with at least this share of quoted characters is "mixed" (mostly the
#: speaker's words: 'called it "a big, big problem in this country"'), not "indirect".
MIXED_SHARE = 0.5


def find_quotes(
    article: Article, docs: list[Doc | None], entities: list[Entity]
) -> tuple[list[Quote], list[Speaker]]:
    """Quotes and speakers of ``article``; ``docs[i]`` is paragraph i parsed, or None.

    A None doc means the paragraph had no cue word outside its marks, so it was not parsed:
    its quotes can only continue the previous one or carry a colon/dash attribution.
    """
    found: list[Found] = []
    prev_open = False  # the previous paragraph left a quote open
    prev_last: Found | None = None  # the last quote of the previous paragraph
    announced: Attribution | None = None  # 'Cruz said:' ending the previous paragraph
    named_line: Mention | None = None  # a paragraph that is only 'Stated Stone:'
    spoke: Attribution | None = None  # 'Trump spoke only in bromides.': no quote, a speaker
    colon_named: Mention | None = None  # 'Here's Clinton in December 1992:' with no cue
    record: tuple[Mention, Found] | None = None  # 'Transcript as follows:', and whose it is
    lines: tuple[Found | None, Found | None] = (None, None)  # dialogue lines two and one back
    prev_outer = False  # the previous paragraph was read by quotemarks.outer_quotation
    block: Found | None = None  # a block quote without marks, in the page's <blockquote>
    listed: Found | None = None  # the last item of a list announced by 'He also said:'
    narration: int | None = None  # the paragraph before (its index), when it yields no quote
    carried: dict[int, tuple[int, int]] = {}  # direct quotes whose statement runs on past the mark
    people = sorted(
        (m.start, m.end, e) for e in entities for m in e.mentions if e.label == "PERSON"
    )
    named = [(m.start, m.end) for e in entities for m in e.mentions if e.label in ("PERSON", "ORG")]
    name_words = {
        w.lower() for e in entities if e.label in ("PERSON", "ORG") for w in e.name.split()
    }
    for i, (para, doc) in enumerate(zip(article.paragraphs, docs, strict=True)):
        colon_before, colon_named = colon_named, None  # for this paragraph only
        record_before, record = record, None
        if para.role == "subheading" or _SIGN_OFF.match(para.text) or not _WORDY.search(para.text):
            # a heading, the writer's sign-off, or a section rule with no word ('___.', '* * *')
            # ends whatever was carried: none of them is anyone's quotation
            prev_open, prev_last, announced, lines = False, None, None, (None, None)
            continue
        if TWEET_BYLINE.match(para.text):
            # '— Marcia Tillman (@GovTillman) February 9, 2022' under an embedded post: the
            # post's byline, nobody's words; it ends what was carried
            prev_open, prev_last, announced, lines = False, None, None, (None, None)
            continue
        if signature(article, i, entities) is not None:
            # '– Dana Ellis, Critic' under a blurb: it signs the paragraph before (read there),
            # nobody's words; it ends what was carried
            prev_open, prev_last, announced, lines = False, None, None, (None, None)
            continue
        post = embedded_post(article, i, entities) or signed_paragraph(article, i, entities)
        if post is not None:
            found.append(post)  # the post's words, its author's; cue words in it are theirs
            prev_open, prev_last, announced, lines = False, post, None, (None, None)
            continue
        base = para.start
        turns = transcript_turns(article, para, i, named, name_words)
        if turns:
            found.extend(turns)
            prev_open, prev_last, lines = False, turns[-1], (lines[1], None)
            continue
        quoted = find_quoted(para.text)
        outer = None
        if announced or colon_before or named_line or record_before or (prev_open and prev_outer):
            # a quotation is expected here (announced, or carried on from one read so): straight
            # marks around curly ones are its marks. Not after any quotation left open: a
            # paragraph of an excerpt quoted in straight marks ('"Pastor Scott defended Trump’s
            # “Look at my African-American” line ...') quotes its people in curly ones
            outer = outer_quotation(para.text)
            quoted = [outer] if outer is not None else quoted
        parsed = doc is not None and doc.has_annotation("DEP")
        atts = find_attributions(doc, base, i, quoted) if parsed else []
        if not quoted and not atts and _photo_caption(para):
            # a photo's caption the page set between two paragraphs of one speaker's quotes
            # ('Fenwick on the quay at dawn, ...' with no full stop): it interrupts nothing,
            # so a floating quote after it is still the speaker's of the quote before it
            continue
        if atts:
            _hand_over(atts, doc, base, para.text)
            _mark_passed_on(atts, doc, base)
        if prev_open and atts and (left := _left_open(prev_last)) is not None:
            opener = article.text[left.start - 1 : left.start]
            tag = _closing_tag(para.text, base, atts, article.text, opener)
            if (
                tag is None
                and quoted
                and quoted[0].open_mark <= 1
                and para.text[quoted[0].open_mark] == opener
            ):
                tag = tag_of((base + quoted[0].start, base + quoted[0].end), atts, article.text)
            if tag is not None:
                # '"I know this will be hard news. / And I ask for patience," the governor
                # said.' (or '/ "And I ask ...," the governor said.', the quotation opened
                # again, as news writing does): the quotation left open runs on into this
                # paragraph and closes at the tag, so the words left open are its speaker's
                left.attribution, left.how, left.confidence = tag, "explicit", 0.75
        q_abs = [(base + q.start, base + q.end) for q in quoted]
        # quoted stretches with their marks, for the share of a content that is quoted
        q_marks = [
            (base + q.open_mark, base + (q.close_mark + 1 if q.closed else q.end)) for q in quoted
        ]
        share = quoted_chars(quoted, 0, len(para.text)) / max(1, len(para.text.strip()))
        here: list[Found] = []
        pieced = _pieced(atts, quoted, q_abs, q_marks, article.text) if atts else set()
        split = _split_quotations(atts, para.text, quoted, q_marks, article.text) if atts else set()
        item = _list_item_words(para) if announced is not None or listed is not None else None
        if (
            item is not None
            and not _tagged_quotation(para.text, quoted)
            and (listed is not None or _announces_points(announced))
        ):
            # 'The governor also said:' and a bulleted list: each item is a point of that one
            # statement (its cue on the first, the next ones going on from it), with no cue of
            # its own ('He is confident the budget will pass' is the governor's point)
            kind = "direct" if share >= FLOATING_SHARE else "indirect"
            kind = "mixed" if kind == "indirect" and share >= MIXED_SHARE else kind
            if listed is None:
                f = Found(kind, para.start + item, para.end, i, announced, "explicit", 0.75)
                announced.used = True  # type: ignore[union-attr]
            else:
                f = Found(kind, para.start + item, para.end, i, None, "continuation", 0.75)
                f.source = listed
            found.append(f)
            prev_open, prev_last, announced, lines, listed = False, f, None, (None, None), f
            continue
        listed = None
        if (
            announced is not None
            and not quoted
            and (_LIST_ITEM.match(para.text) or listed_item(article, i))
        ):
            # "Here's what we know:" / "- Where: ...", "held on the following charges:" /
            # "Jane A. Doe: Theft, ...": a list, no quotation
            announced = None
        if announced is not None and not quoted and (not atts or para.role == "quote-block"):
            # a block quote without marks after 'He said:' (the page's <blockquote> is
            # quoted words even where they hold a cue: "We welcome the decision")
            found.append(Found("direct", para.start, para.end, i, announced, "explicit", 0.6))
            prev_open, prev_last, announced, lines = False, found[-1], None, (lines[1], None)
            block = found[-1] if para.role == "quote-block" else None
            continue
        if block is not None and para.role == "quote-block" and not quoted:
            # the page's block quote goes on over its paragraphs (a statement in <blockquote>)
            found.append(Found("direct", para.start, para.end, i, None, "continuation", 0.6))
            found[-1].source = block
            prev_last = block = found[-1]
            continue
        block = None
        for k, (q, (qs, qe)) in enumerate(zip(quoted, q_abs, strict=True)):
            if k in pieced:
                continue  # a piece of a mixed content: the content is the quote
            words = len(para.text[q.start : q.end].split())
            # a partial quote inside reported content belongs to that content
            host = next(
                (
                    a
                    for a in atts
                    if a.content
                    and a.content[0] <= qs
                    and qe <= a.content[1] + 1
                    and _quoted_share(a.content, q_marks) < MIXED_SHARE
                ),
                None,
            )
            if host is not None and k not in split:
                continue
            partial = is_partial(para.text, q, doc)
            paired = _paired(para.text, quoted, k, here, q_abs)
            if partial and words < PARTIAL_KEEP_WORDS and paired is None:
                continue  # a scare quote or a phrase quoted inside narration
            prev = next((f.attribution for f in reversed(here) if f.kind == "direct"), None)
            prev = _latest_act(prev, atts, qs, article.text)
            att, conf = choose((qs, qe), atts, prev, article.text)
            if paired is not None and partial:
                att, conf = paired.attribution, paired.confidence
            elif partial and _clause_before(att, qs, qe, base + q.open_mark, article.text):
                continue  # 'Wendt had accepted "gifts ...", she said': the clause is the content
            if is_title(para.text[q.start : q.end]) and (
                names_a_work(para.text, q)  # 'her memoir, "Learning From the Ground Up,"'
                or (
                    (att is None or gap(att.cue, (qs, qe)) > TITLE_TAG_CHARS)
                    and not is_title(para.text)  # a headline in title case capitalises its quotes
                )
            ):
                continue  # 'shows like "Orange Is the New Black"': a title, not a quotation
            if bylined(para.text, q):
                continue  # '"Museum to close in May," by the Herald's Tom Reed': a piece's title
            how = "explicit"
            mention = None
            if att is not None and words < MIN_QUOTE_WORDS and gap(att.cue, (qs, qe)) > NEAR_CHARS:
                att = None
            if att is not None and (
                NAMED_INTRO.search(para.text[: q.open_mark])
                or said_by_possessor(para.text[: q.open_mark])
            ):
                # 'Pollsters agree - Carl Bialik: "..."', 'Kane was asked whether he would
                # resign. His answer: "..."': the one named at the colon
                att = None
            if att is not None and (one := included_speaker(para.text, base, q.open_mark)):
                # 'Several senators objected, including Tom Reed: "..."': the one of them named
                att, mention, conf = None, one, 0.7
            if att is not None and conf <= 0.75 and att.cue[1] <= qs:
                # an earlier cue's, by default: not when the writer has turned to someone else
                mention = new_actor(
                    article,
                    people,
                    att.cue[1],
                    qs,
                    att.mention,
                    q_abs,
                    _parsed(article, docs, i, i),
                )
                if mention is not None:
                    att, conf = None, 0.5
            to = None
            if att is None and mention is None:
                mention = markless_speaker(para.text, q, base, doc)
                conf = 0.7 if mention else 0.0
                to = _addressed(para.text, q, base) if mention is not None else None
            # a quoted exchange ('"Will you pay?" a worker shouted.' / '"Yes," Brennan
            # replied.'): a line of it with no tag is the turn of the one who spoke two back
            whole = q.open_mark == 0 and q.close_mark == len(para.text.rstrip()) - 1
            turn = _next_turn(lines) if (share >= FLOATING_SHARE or whole) and not here else None
            if att is None and mention is None and turn is not None and words <= DIALOGUE_WORDS:
                how, conf = "floating", 0.6
            elif att is None and mention is None:
                if words < MIN_QUOTE_WORDS:
                    continue
                if prev_open and q.open_mark <= 1 and prev_last is not None:
                    how, conf = "continuation", 0.8
                elif announced is not None and not here:
                    # 'Cruz called them on it:' ending the paragraph before: its cue, not the
                    # last quote there, is this quote's (a floating quote would take that one)
                    att, conf = announced, 0.75
                elif record_before is not None and not here:
                    # 'Transcript as follows:' after a quote: the record is that speaker's
                    mention, conf = record_before[0], 0.6
                elif colon_before is not None and not here:
                    # 'Here's Clinton in December 1992:' ending the paragraph before, no cue
                    # there: the person it names, not the last quote's speaker
                    mention, conf = colon_before, 0.6
                elif (
                    not here
                    and para.text[: q.open_mark].rstrip().endswith(":")
                    and (named_here := person_before(article, people, base, qs, q_abs, doc))
                ):
                    # the same opening the quote's own paragraph: 'Here's Clinton in 1992: "..."'
                    mention, conf = named_here, 0.6
                elif not here and named_line is None and in_capitals(para.text[q.start : q.end]):
                    # '"DIVISIVE, STUPID AND WRONG"' on a line of its own, with no cue and
                    # nothing announcing it: a headline or a sign the page shows, no one's
                    # words (a quotation announced, or one left open and going on, is kept above)
                    continue
                elif share >= FLOATING_SHARE and prev_last is not None and not here:
                    mention = new_actor(
                        article,
                        people,
                        prev_last.end,
                        qs,
                        _said_by(prev_last),
                        [],
                        _parsed(article, docs, prev_last.paragraph, i),
                    ) or answered(prev_last, article.text[qs:qe], article.text)
                    how, conf = ("explicit", 0.5) if mention else ("floating", 0.65)
                elif share >= FLOATING_SHARE and spoke is not None and not here:
                    # a paragraph of narration that names someone speaking and quotes nothing
                    # ('..., since Trump spoke only in evasive bromides during the interview.')
                    # hands the quote after it to that speaker, unless it turns to someone
                    # else after the cue ('Hale spoke first, and then Ruiz took the microphone.')
                    turned = spoke.paragraph, i
                    mention = new_actor(
                        article,
                        people,
                        spoke.cue[1],
                        qs,
                        spoke.mention,
                        [],
                        _parsed(article, docs, *turned),
                    )
                    att, conf = (None, 0.5) if mention else (spoke, 0.6)
                elif here and here[-1].attribution is not None:
                    # the second half of a quote split around its cue shares that cue
                    last = here[-1]
                    mention = new_actor(
                        article,
                        people,
                        last.end,
                        qs,
                        _said_by(last),
                        q_abs,
                        _parsed(article, docs, i, i),
                    )
                    att, conf = (None, 0.5) if mention else (last.attribution, 0.8)
                elif named_line is not None and not here:
                    mention, conf = named_line, 0.7
                else:
                    mention = person_before(article, people, base, qs, q_abs, doc)
                    if (
                        mention is None
                        and share >= FLOATING_SHARE
                        and not here
                        and narration is not None
                    ):
                        # 'Councillor Reyes was unmoved.' / '"There is nothing to ..."'
                        told = article.paragraphs[narration]
                        mention = narrated_person(
                            article,
                            people,
                            told.start,
                            told.end,
                            _parsed(article, docs, narration, narration),
                        )
                    how, conf = ("explicit", 0.5) if mention else ("none", 0.3)
            if att is not None and (
                att.content is None
                or gap(att.content, (qs, qe)) == 0
                or _tags_before(att, (qs, qe), atts, article.text)
                or names_quotation(att, base + q.open_mark, doc, base, article.text)
            ):
                att.used = True  # the cue's own content is this quote
            f = Found("direct", qs, qe, i, att, how, conf, mention=mention, to=to)
            if att is not None and (end := carried_on(para.text, q, doc)) is not None:
                # (a quote with a cue: one carried from elsewhere keeps its own span and speaker)
                carried[id(f)] = (base + q.open_mark, base + end)
            if record_before is not None and mention is record_before[0]:
                f.owner = record_before[1]
            if how in ("continuation", "floating"):
                src = prev_last if (prev_last is not None and not here) else here[-1]
                f.attribution, f.source = None, src if turn is None else turn
            here.append(f)
        for a in atts:
            if a.used or a.content is None:
                continue
            cs, ce = a.content
            if cs == para.start:
                cs += qa_label_length(para.text)  # 'A: At least three days of water ...'
            said = article.text[cs:ce]
            if len(said.split()) < 2 and said.lower() not in ANSWERS and not _a_name(said):
                continue
            if any(f.kind == "direct" and gap((f.start, f.end), a.content) == 0 for f in here):
                continue
            if _nested(a, atts):
                continue
            if only_titles(said) and a.cue[1] <= cs and not is_title(para.text):
                # 'citing "Sunday Night Football" as his guilty pleasure': a work's title. Not
                # before its tag ('"Nusra Is Al Qaeda," the minister said' quotes a sentence of
                # names), nor in a headline in title case, which capitalises every quotation
                continue
            if (through := tag_within(a, q_abs, atts, article.text)) is not None:
                ce, a = through  # 'Price cannot say that "...," Ruiz added': Ruiz's words
            f = Found("indirect", cs, ce, i, a, "explicit", a.strength)
            if _said_share(f, q_marks, article.text) >= MIXED_SHARE:
                f.kind = "mixed"
            here.append(f)
        here.sort(key=lambda f: f.start)
        found.extend(here)
        directs = [f for f in here if f.kind == "direct"]
        # a paragraph of reported speech only ('the DNC issued a statement apologizing to
        # Sanders') hands its speaker on too: a floating quote after it is that statement's
        # (of reported speech: the last cue's, 'Her friends mocked him, calling him "a
        # buffoon," Susan said': Susan's, whose content comes first), but not a cue in a
        # bracketed aside ('(The bill protects tenants who want to organise.)' explains)
        cued = [f for f in here if f.attribution is not None]
        cued = [f for f in cued if not _in_aside(article.text, base, f.attribution.cue[0])] or cued
        last = max(cued, key=lambda f: f.attribution.cue[0]) if cued else None
        prev_last = directs[-1] if directs else (last or (here[-1] if here else None))
        prev_open = bool(quoted) and not quoted[-1].closed
        prev_outer = outer is not None
        # a paragraph that yields no quote is narration, whether it quotes nothing or only a
        # phrase ('Governor Tom Lee called for "calm at this time" on Monday.', a phrase with
        # no cue of saying, dropped above): the quotation after it may be its person's
        narration = i if not here and para.role == "body" else None
        lines = (lines[1], _dialogue_line(here, quoted, para.text))
        announced = None
        named_line = name_line(para, name_words) if not quoted else None
        spoke = _spoke(atts) if not here else None
        if para.text.rstrip().endswith(":") and atts:
            # the last cue not reported inside another's content ('Breitbart News reported
            # that the White House was refusing to call it terrorism:' announces Breitbart's)
            outer = [a for a in atts if not _nested(a, atts)] or atts
            last = max(outer, key=lambda a: a.cue[0])
            if last.strength > 0.5 and (last.content is None or not last.used):
                announced = last
        if announced is None and para.text.rstrip().endswith(":") and not quoted:
            colon_named = person_before(article, people, base, para.end, q_abs, doc)
            last_quote = next((f for f in reversed(found) if f.paragraph >= i - 1), None)
            owner = _first_of(last_quote) if last_quote is not None else None
            if colon_named is None and not here and owner is not None:
                named_record = document_line(para)
                record = (named_record, owner) if named_record is not None else None
    for f in found:
        if f.kind == "direct" and id(f) in carried:
            # 'said, "I have not heard that concern" from the police.': the statement goes on
            # past the closing mark; its content is the quotation and those words. Set after
            # the walk, which reads the quotation as the direct quote it is (whose cue the
            # next quotation of the paragraph shares)
            f.kind, (f.start, f.end) = "mixed", carried[id(f)]
    return resolve_quotes(article, found, entities)


def _in_aside(text: str, start: int, at: int) -> bool:
    """True when ``at`` lies inside brackets opened after ``start`` (the paragraph's offset)
    and not yet closed: a writer's aside, which explains and speaks for no one."""
    before = text[start:at]
    return before.count("(") > before.count(")")


def _addressed(text: str, q: Quoted, base: int) -> tuple[int, int, str] | None:
    """Who a quote introduced by a possessed noun of saying was addressed to ('Her message to
    the company was short: "Fix it."': the company), as article offsets and words; ``text`` is
    the paragraph's, ``base`` its offset."""
    intro = said_by_possessor(text[: q.open_mark])
    found = listener_in_phrase(text, intro.start(), intro.end()) if intro else None
    return (base + found[0], base + found[1], found[2]) if found else None


def _clause_before(att: Attribution | None, qs: int, qe: int, mark: int, text: str) -> bool:
    """True when the cue after a quotation embedded in a clause reports that whole clause:
    'Wendt had accepted "gifts and favours worth at least 400,000 euros", she said' is the
    judge's account with her words in it, one mixed content, not a direct quote of the
    quoted words alone (the content starts before the opening mark and holds the quotation;
    the cue comes after it). Not when another quotation opens the clause (''They are
    painful'' but necessary ''for the long-term ...,'' he said': two quotes of his)."""
    if att is None or att.content is None or att.cue[0] < qe:
        return False
    cs, ce = att.content
    before = text[cs:mark]
    return cs < mark and qe <= ce + 1 and bool(before.strip()) and not _MARK.search(before)


_MARK = re.compile("[\"“”«»„]|''")


def _list_item_words(para: Paragraph) -> int | None:
    """Where the words of a list item start in ``para`` (past its bullet or number), or None
    when the paragraph is no list item: one the page marked as such (the extracted text keeps
    no bullet) or one opening with a bullet or a number ('- Taxes would fall.')."""
    bullet = _LIST_ITEM.match(para.text)
    if bullet is not None:
        return bullet.end() - 1
    return 0 if para.role == "list-item" else None


def _tagged_quotation(text: str, quoted: list[Quoted]) -> bool:
    """True when a quotation in ``text`` closes on a comma, "?" or "!" before a word: a
    quotation with a tag of its own ('- "We will win," he said.'), which is no point of a list
    announced before; a phrase quoted inside an item ('He would speak "bluntly" on Kenya')
    is."""
    return any(
        q.closed and text[q.end - 1 : q.end] in (",", "?", "!") and text[q.close_mark + 1 :].strip()
        for q in quoted
    )


def _announces_points(att: Attribution | None) -> bool:
    """True when ``att``, the cue ending the paragraph before with a colon, is a verb of
    saying ('also said:', 'told reporters:', 'announced:'): a list after it is what was said.
    After a verb of knowing or finding ('Here's what we know:') the list is the writer's."""
    return att is not None and att.lemma in _SPEECH_LEMMAS and att.strength >= 0.75


_SPEECH_LEMMAS = frozenset(SPEECH_VERBS)


#: A list item: a bullet or a number opening the paragraph ('- Book early.', '• Where: ...',
#: '2. Depth: ...'). After a colon it is the writer's list, not the announced quotation.
_LIST_ITEM = re.compile(r"^\s*(?:[-•*▪●]|\d{1,2}[.)])\s+\S")

#: The writer's sign-off after a transcript or an excerpt, perhaps inside its marks: '"Follow
#: Pam Key on Twitter @pamkeyNEN."' is no one's quotation (was: the last speaker's turn). The
#: whole paragraph only: '"Follow us on Twitter," the mayor said' is a quotation.
_SIGN_OFF = re.compile(
    r"^\W*(?:Follow|Contact|Reach|Email)\b[^.!?\"“”]{0,60}?"
    r"(?:\bon (?:Twitter|X|Facebook|Instagram|Threads|Bluesky|Mastodon)\b(?:\s*(?:at\s+)?@\w+)?"
    r"|@\w+)\W*$",
    re.IGNORECASE,
)


#: A letter or a digit: a paragraph with none ('___.', '* * *', '—') is a section rule.
_WORDY = re.compile(r"[^\W_]")
#: A caption names a picture in a phrase of this many words or more; a shorter line without a
#: full stop is a heading, which does end the quotation carried over it.
CAPTION_WORDS = 10


def _left_open(last: Found | None) -> Found | None:
    """The direct quote that ended the paragraph before with no closing mark and no speaker
    (no cue, no one named), which a closing tag in the next paragraph may give one."""
    if last is None or last.kind != "direct" or last.attribution is not None:
        return None
    return last if last.mention is None and last.how == "none" else None


#: Marks that only open a quotation, and marks that may close one.
_ONLY_OPENERS = "“«‘"
_CLOSERS = '"”'


#: The closing mark of each opening mark.
_PAIRS = {"“": "”", '"': '"'}


def _closing_tag(
    text: str, base: int, atts: list[Attribution], article_text: str, opener: str
) -> Attribution | None:
    """The tag right after the first closing mark of paragraph ``text`` when no opening mark
    comes before it ('And I ask for patience at this time," the governor said.'), or None.
    A straight mark there closes: the quotation left open in the paragraph before, which
    ``opener`` opened; a mark of another kind closes something else (a page's excerpt in
    straight marks quotes its people in curly ones)."""
    for k, ch in enumerate(text):
        if ch in _ONLY_OPENERS:
            return None
        if ch in _CLOSERS:
            if k == 0 or _PAIRS.get(opener) != ch:
                return None
            return tag_of((base, base + k), atts, article_text)
    return None


def _photo_caption(para: Paragraph) -> bool:
    """True when ``para`` reads as a photo caption left in the body text: a phrase of
    :data:`CAPTION_WORDS` words or more, not in title case, that ends without a sentence's
    closing punctuation ('Hori Parata at his farm, the place where he was born and grew up').
    Extraction keeps captions as body paragraphs; a heading is shorter or capitalised."""
    text = para.text.rstrip()
    return (
        para.role == "body"
        and len(text.split()) >= CAPTION_WORDS
        and text[-1] not in '.!?"”’)…:;'
        and not is_title(text)
    )


#: What joins a second quotation to the one before it: 'chanting "No more rent hikes!" and
#: "Housing is a right!"'.
_PAIRED_BY = re.compile(r"\s*,?\s*(?:and|or)\s+")


def _paired(
    text: str, quoted: list[Quoted], k: int, here: list[Found], q_abs: list[tuple[int, int]]
) -> Found | None:
    """The direct quote kept just before quoted stretch ``k`` when only "and" or "or" stands
    between them ('chanting "No more rent hikes!" and "Housing is a right!"', 'shouting "Shame!"
    or "Resign!"'): the second is said by the same people in the same breath, not a scare
    quote, however short. None otherwise (the first one a scare quote, or other words between)."""
    if k == 0 or not here or not quoted[k - 1].closed:
        return None
    last = here[-1]
    if last.kind != "direct" or last.start != q_abs[k - 1][0] or last.attribution is None:
        return None
    between = text[quoted[k - 1].close_mark + 1 : quoted[k].open_mark]
    return last if _PAIRED_BY.fullmatch(between) else None


#: A line of a quoted exchange is one short quotation opening its paragraph, with at most a
#: tag after it ('"By the end of the year," Brennan replied.').
DIALOGUE_WORDS = 15
DIALOGUE_TAG_WORDS = 8


def _dialogue_line(here: list[Found], quoted: list[Quoted], para: str) -> Found | None:
    """The paragraph's one direct quote when the paragraph is a line of an exchange, else None."""
    directs = [f for f in here if f.kind == "direct"]
    if len(here) != 1 or len(directs) != 1 or not quoted or quoted[0].open_mark > 0:
        return None
    said = len(para[quoted[0].start : quoted[0].end].split())
    if said > DIALOGUE_WORDS or len(para.split()) > said + DIALOGUE_TAG_WORDS:
        return None
    return directs[0]


def _first_of(f: Found) -> Found | None:
    """The quote that names who speaks ``f``: ``f`` itself, or the one a floating or continued
    quote follows back to; None when none of them names anyone."""
    while f.source is not None and f.attribution is None and f.mention is None:
        f = f.source
    return f if _said_by(f) is not None else None


def _voice(f: Found) -> str | None:
    """Who speaks a quote, as far as the walk knows: the words of its speaker mention (a
    floating or continued quote's, from the quote it follows); None for a pronoun."""
    first = _first_of(f)
    m = _said_by(first) if first is not None else None
    if m is None or m.kind == "pronoun":
        return None  # "he replied" may or may not be the one named before
    return (m.name or m.head or "").lower() or None


def _next_turn(lines: tuple[Found | None, Found | None]) -> Found | None:
    """The line whose speaker says the next untagged line of an exchange: the one two back,
    when the last two lines are two different people's ('"When?"' after Brennan's answer to a
    worker is the worker's). None outside an exchange."""
    two, one = lines
    if two is None or one is None:
        return None
    a, b = _voice(two), _voice(one)
    return two if a is not None and b is not None and a != b else None


def _parsed(
    article: Article, docs: list[Doc | None], first: int, last: int
) -> list[tuple[int, Doc]]:
    """The parsed paragraphs ``first`` to ``last``, each with its offset in the article: where
    :func:`~tidings.analyze.directquotes.new_actor` looks for a clause that turns to someone
    new between a quote and the next."""
    return [
        (article.paragraphs[j].start, doc)
        for j in range(max(0, first), last + 1)
        if (doc := docs[j]) is not None and doc.has_annotation("DEP")
    ]


def _said_by(f: Found) -> Mention | None:
    """The speaker mention of a quote found in this walk: its cue's subject, or its own."""
    return f.attribution.mention if f.attribution is not None else f.mention


def _spoke(atts: list[Attribution]) -> Attribution | None:
    """The last verb of speaking with a named speaker and nothing reported, in a paragraph
    that gave no quote ('Trump spoke only in evasive bromides during the interview'): whose a
    quotation standing alone in the next paragraph is."""
    said = [
        a
        for a in atts
        if a.content is None
        and a.strength >= 0.75
        and a.mention is not None
        and a.mention.kind in ("name", "pronoun")
        and not _nested(a, atts)
    ]
    return said[-1] if said else None


#: What may open a paragraph before a reporter's name: nothing, or the outlet whose reporter
#: it is ("Reuters' ", "The Post's ").
_OUTLET = re.compile(r"(?:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}['’]s? )?")

#: Cues of a colleague's report that a newsletter or a roundup hands a paragraph over to.
_HAND_OVER_LEMMAS = frozenset(("write", "report"))


def _hand_over(atts: list[Attribution], doc: Doc, base: int, text: str) -> None:
    """Give a colleague's report the rest of its paragraph: in 'Our reporter Ann Wu writes: The
    council voted to close the bridge. Repairs will take a year.' a paragraph that opens with
    a name and "writes:" or "reports:" hands the paragraph over, every sentence after the colon
    being the report (the parse ends the content at the first full stop). The statements it
    passes on ('writes: The agency announced that ...') stand beside it, as an "according to"
    source's do (:func:`_mark_passed_on`). Only the speaker before the cue (the paragraph
    opens with its mention, or with the outlet whose it is: "Reuters' Ann Wu") and the colon
    right after it; "The mayor said: ..." keeps its one sentence."""
    for o in atts:
        if o.lemma not in _HAND_OVER_LEMMAS or o.content is None or o.mention is None:
            continue
        cue_start, cue_end = o.cue[0] - base, o.cue[1] - base
        opening = text[: o.mention.start - base]
        if not _OUTLET.fullmatch(opening) or text[o.mention.end - base : cue_start].strip():
            continue
        if not text[cue_end:].lstrip().startswith(":"):
            continue
        end = len(text.rstrip())
        if not text[o.content[1] - base : end].strip(" .!?"):
            continue  # one sentence: its content as the parse read it
        o.content = (o.content[0], base + end)
        o.hands_over = True
        for a in atts:
            if a is o or a.strength < 0.75 or a.content is None or a.cue[0] < o.content[0]:
                continue
            a.passed_on = _own_clause(a, doc, base)


def _mark_passed_on(atts: list[Attribution], doc: Doc, base: int) -> None:
    """Mark the statements an "according to" source passes on: in 'Executives said routes could
    be cut, according to two people briefed on the plans' the executives' statement stands
    beside the source's (the bundled golds count both), where :func:`_nested` would drop it as
    words reported inside another's. Only a verb of saying with a clause of its own: a belief,
    an act, or a cue word read with an object ('the country had admitted 1.4 million refugees,
    according to the government', 'staffers who reported for duty') is part of the report."""
    for o in atts:
        if o.lemma != "according to" or o.content is None:
            continue
        lo, hi = o.content
        for a in atts:
            if a is o or a.strength < 0.75 or a.content is None or not lo <= a.cue[0] < hi:
                continue
            a.passed_on = _own_clause(a, doc, base)


def _own_clause(att: Attribution, doc: Doc, base: int) -> bool:
    """True when ``att``'s content is a clause with a subject of its own (a statement passed
    on, not an object read as content)."""
    cs, ce = att.content[0] - base, att.content[1] - base  # type: ignore[index]
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and cs <= t.head.idx < ce for t in doc if cs <= t.idx < ce
    )


def _tags_before(att: Attribution, q: tuple[int, int], atts: list[Attribution], text: str) -> bool:
    """True when ``att`` tags the quotation ``q`` from right after it and its content lies
    after the cue: '"We will not go back," the mayor told a crowd that organisers estimated at
    2,000 people.' The verb reports the quotation; what the parser reads as a second content
    (a relative clause on the listener or the speaker, the occasion, a participle) is the
    writer's narration, not another statement, and no indirect quote is made of it. Only a
    content with words between it and the cue: one right after the verb is what it reports too
    ('"...," 75 percent of Democrats said yes'). A clause the parser gave the tag that is
    another verb's ('"...," Warren told Stumpf, after he admitted he had not been held
    accountable') goes too: measured, two such on PolNeAR dev, none on train 0-499."""
    if att.content is None or not (q[1] <= att.cue[0] and att.cue[1] <= att.content[0]):
        return False
    if not text[att.cue[1] : att.content[0]].strip():
        return False
    return tag_of(q, atts, text) is att


def _latest_act(
    prev: Attribution | None, atts: list[Attribution], qs: int, text: str
) -> Attribution | None:
    """The cue a quote with no tag of its own goes on from: the speaker's latest act of saying
    before it in the paragraph, not the one of the paragraph's previous quotation.

    In '"We will not sign," Reyes said, adding that talks could resume. "The owners know where
    to find us."' and '"The harbour is a mess," Allen said. The city had done "everything it
    could," she added. "Now it is up to the port authority."' the last quotation goes on from
    what the speaker added, not from the first statement: it is part of the later act (PolNeAR
    annotates it with that act). Only an act of the same speaker (a pronoun, the same name, or
    "adding" sharing the subject, see :func:`_shares_subject`) whose reported words end before
    the quote; another person's act between ('"A," Obama said at the gala, where Clinton also
    spoke. "B."') leaves the quote with ``prev``, as :func:`~tidings.analyze.directquotes.choose`
    reads it.
    """
    if prev is None or prev.mention is None:
        return prev
    later = [
        a
        for a in atts
        if a is not prev
        and prev.cue[1] <= a.cue[0]
        and a.cue[1] <= qs
        and a.content is not None
        and a.content[1] <= qs
        and a.strength >= 0.75
        and not _nested(a, atts)
        and _same_speaker(prev.mention, a.mention, text)
        and (a.lemma == "add" or not _shares_subject(prev, a))
    ]
    return max(later, key=lambda a: a.cue[0]) if later else prev


def _shares_subject(prev: Attribution, a: Attribution) -> bool:
    """True when ``a`` is a participle or second verb of ``prev``'s subject ('said, adding
    that ...', 'said, speaking of ...'). Of those only "adding" is a further statement the next
    quotation goes on from: 'said, speaking of Clinton's health. "B."' and 'said, emphasizing
    why the past matters. "B."' tell what the first statement was about, and B goes on from it.
    """
    m, n = prev.mention, a.mention
    return m is not None and n is not None and (m.start, m.end) == (n.start, n.end)


def _same_speaker(first: Mention, then: Mention | None, text: str) -> bool:
    """True when ``then`` can only be the speaker ``first`` names again: the same mention (a
    participle sharing its subject), the same words, or a pronoun."""
    if then is None:
        return False
    if (then.start, then.end) == (first.start, first.end) or then.kind == "pronoun":
        return True
    return text[then.start : then.end] == text[first.start : first.end]


#: Cues of remembering: what they report happened, so a statement told inside one ('She
#: recalled that the captain told her to stay below deck') was made, by its own speaker, to its
#: own listener, and stands as an attribution beside the recollection.
RECOLLECTIONS = frozenset(("recall", "recount"))
#: The statements a recollection reports as made: telling and saying ('recalled that the
#: captain told her ...'); an act or a description inside one ('recalling how the campaign
#: exploited his remark describing ...', 'recounted a dinner sponsored by a club called ...')
#: stays part of what is recalled, as PolNeAR train 0-499 leaves them.
RECALLED = frozenset(("tell", "say"))


def _nested(att: Attribution, atts: list[Attribution]) -> bool:
    """True when ``att``'s cue lies inside what a verb of saying reports: in 'Trump said he
    feels he can win' or 'Kasich says he'd sit Putin down and tell him ...' the inner verb is
    part of the speaker's words (often hypothetical or future, 'would tell'), reported with
    them, not a statement of its own."""
    return any(
        o is not att
        and not (att.passed_on and (o.lemma == "according to" or o.hands_over))
        and not (o.lemma in RECOLLECTIONS and att.lemma in RECALLED)
        and (o.strength >= 0.75 or _a_poll(o))
        and o.content
        and o.content[0] <= att.cue[0] < o.content[1]
        for o in atts
    )


#: Head nouns of a poll's finding: what the people polled said or support is its result.
_POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys"})


def _a_poll(att: Attribution) -> bool:
    """True for a poll or survey's finding ('A Marist poll found that 61 percent of voters
    said ...', 'a new survey shows two-thirds support ...'): a verb of saying or support inside
    it is the answer the poll counted, reported with the finding, though "found" or "shows" is
    no verb of saying (PolNeAR dev + train 0-499: 0 of 13 such inner verbs annotated, the
    finding is). A statement an "according to" survey passes on stays (:func:`_nested`)."""
    return att.mention is not None and att.mention.head in _POLL_NOUNS


#: A reported content pieced together from quoted stretches has at least this many words
#: outside the marks when it holds only one stretch ('he is feeling "a lot of emotion"',
#: 'members were "tired of ..."', 'Reyes "had lost ..."'): what was said is the whole clause,
#: as PolNeAR and the bundled gold annotate it ("that" is no word of it: 'said that "..."' is
#: the quotation). Was 3, which gave 'said members were "..."' as a direct quote of the quoted
#: part only; on PolNeAR dev and train 0-499 the scores are the same either way.
PIECED_OUTSIDE_WORDS = 1


#: Words the writer's part of a reported content keeps when a closing quotation is split off it.
SPLIT_KEEP_WORDS = 3


def _split_quotations(
    atts: list[Attribution],
    para: str,
    quoted: list[Quoted],
    q_marks: list[tuple[int, int]],
    text: str,
) -> set[int]:
    """Indices of the quotations that open or close a cue's reported content (mostly the
    writer's words) and are split off it: 'Trump asserted that France had lost its identity:
    "France is no longer France,"', 'Canova wrote to his followers, "It's time to end her
    career," and shared a link'. Such a stretch stands after a colon, a comma or a dash (not
    embedded in narration, :func:`is_partial`) and has a sentence's words: a quotation, which
    the reported content would otherwise swallow as a partial quote. A content closing with it
    is cut before it (when :data:`SPLIT_KEEP_WORDS` words are left: 'France had lost its
    identity'); one opening with it is dropped (what follows is narration). A quoted phrase in
    mid-content ('said the plan, "which nobody has read," is flawed') stays part of it."""
    out: set[int] = set()
    for a in atts:
        if not a.content or _quoted_share(a.content, q_marks) >= MIXED_SHARE:
            continue
        cs, ce = a.content
        for k, (q, (ma, mb)) in enumerate(zip(quoted, q_marks, strict=True)):
            if (
                k in out
                or not (cs <= ma + 1 and mb - 1 <= ce)
                or not (ma <= cs + 1 or mb >= ce - 1)
            ):
                continue
            said = para[q.start : q.end]
            if len(said.split()) < MIN_QUOTE_WORDS or not said[:1].isupper() or is_partial(para, q):
                continue  # a phrase, not a sentence ('..., "on her worst day"')
            lead = para[: q.open_mark].rstrip()[-1:]
            if ma > cs + 1 and lead not in ":—–-":
                continue  # closing a content, a quotation follows a colon or a dash
            out.add(k)
            if ma > cs + 1:
                kept = text[cs:ma].rstrip(" :,;-—–")
                if len(kept.split()) >= SPLIT_KEEP_WORDS:
                    a.content = (cs, cs + len(kept))
    return out


def _pieced(
    atts: list[Attribution],
    quoted: list[Quoted],
    q_abs: list[tuple[int, int]],
    q_marks: list[tuple[int, int]],
    text: str,
) -> set[int]:
    """Indices of the quoted stretches that are pieces of one cue's reported content, mostly
    quoted: 'Djokovic told an interviewer that he is feeling "a lot of emotion" before the "very
    important match."', 'calling the charge "pathetic" and "dangerous."'. What the speaker said
    is the whole content, a mixed quote; each piece on its own would be a fragment. Not pieced:
    a content that is one quoted stretch and little else ('said that "..."'), one that opens
    with a quotation ('said "...". "..."': quotations, the writer's words only between them),
    and one holding a stretch a cue tags ('"...," Smith said'; '..., "from his perspective,"
    Lewandowski added'), a quotation of its own."""
    out: set[int] = set()
    for a in atts:
        if not a.content or _quoted_share(a.content, q_marks) < MIXED_SHARE or _nested(a, atts):
            continue  # (a nested content is not reported on its own: its pieces would be lost)
        cs, ce = a.content
        if any(cs <= o.cue[0] < ce and (o is a or o.strength >= 0.75) for o in atts):
            # another cue inside ('said, adding of Trump, "..."': that one reports it), or its
            # own ('Walker said, "..."' read as one content around the cue): not one statement.
            # A belief or report verb inside is part of what was said ('said the kill showed
            # "exactly why we can't wait"')
            continue
        inside = [k for k, (qs, qe) in enumerate(q_abs) if cs <= qs and qe <= ce + 1]
        if not inside:
            continue
        if any(a_ <= cs < b_ for a_, b_ in q_marks) and not _joined_list(inside, q_marks, text):
            continue  # a content that opens with a quotation is that quotation ('said "..."')
        outside = text[cs:ce]
        for k in reversed(inside):
            a_, b_ = q_marks[k]
            lo, hi = max(0, a_ - cs), max(0, min(ce, b_) - cs)
            outside = outside[:lo] + " " + outside[hi:]
        if len(inside) < 2 and len(outside.split()) < PIECED_OUTSIDE_WORDS:
            continue
        if any(tag_of(q_abs[k], atts, text) is not None for k in inside):
            continue  # a tagged quotation ('"...," Smith said') stands on its own
        out.update(inside)
    return out


#: Words that may join the quoted pieces of one list: 'shouting "Get 'em out" and "Be nice."'.
_JOINERS = {"and", "or", "but", "nor"}


def _joined_list(inside: list[int], q_marks: list[tuple[int, int]], text: str) -> bool:
    """True when two or more quoted stretches follow one another with nothing but a joining
    word between them: 'alternately shouting "Get 'em out of here" and "Be nice."', 'she would
    "support the nominee" but "isn't planning to endorse anyone."' The pieces are one thing
    said, not a quotation followed by the writer's words and another quotation."""
    if len(inside) < 2:
        return False
    for k, nxt in pairwise(inside):
        between = text[q_marks[k][1] : q_marks[nxt][0]].strip(" ,;")
        if between.lower() not in _JOINERS:
            return False
    return True


def _said_share(f: Found, q_marks: list[tuple[int, int]], text: str) -> float:
    """The share of reported content ``f`` that is inside quote marks, counted over what was
    said: without the cue's aside when the cue and its speaker interrupt the content ('In cases
    of flooding, the agency said, "the city is not to blame."'). The aside is the writer's
    words, not the speaker's, so it does not make a content mostly quoted read as mostly the
    writer's. The pieces are those the quote shows
    (:func:`~tidings.analyze.resolve.pieces_around_cue`)."""
    att = f.attribution
    pieces = pieces_around_cue(text, f, att, att.mention if att else None) or [(f.start, f.end)]
    quoted = sum(_quoted_share(p, q_marks) * (p[1] - p[0]) for p in pieces)
    return quoted / max(1, sum(p[1] - p[0] for p in pieces))


def _quoted_share(span: tuple[int, int], quoted: list[tuple[int, int]]) -> float:
    total = sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in quoted)
    return total / max(1, span[1] - span[0])


def _a_name(word: str) -> bool:
    """True for a one-word content that is a name: 'endorsed Trump', 'he said Ryan' (who the
    stance is toward, or the answer), unlike 'said it' or 'supports this'."""
    return word[:1].isupper() and word.replace(".", "").isalpha() and word.lower() not in _NOT_NAMES


#: Capitalised one-word contents that are no names.
_NOT_NAMES = {"it", "this", "that", "them", "him", "her", "so", "i"}
