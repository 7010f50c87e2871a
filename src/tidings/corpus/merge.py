"""Across articles: one corpus speaker per person, one corpus quote per thing said.

Speakers. Each article speaker gets a merge group from its name (names.group_key): a person's
surname ('person:putin'), an organisation's folded name ('org:kremlin'); anonymous sources get
none and stay per article. Within a group (:func:`cluster_people`):

1. names with given names cluster by first given name: "Vladimir Putin", "Russian President
   Vladimir Putin" (the title is stripped) and "V. Putin" (an initial joins the one full name it
   fits) are one person; "John Smith" and "Mary Smith" are two;
2. a bare surname ("Putin", "Mr Smith") joins the one full-name cluster it can belong to; when
   there are several, the evidence decides: the same article naming one of them in full, the
   descriptions ("Kremlin spokesman"), the entities co-occurring in the article, and a gendered
   title ("Mrs Smith"); with no evidence either way it stays a separate "Smith" rather than guess.

Quotes. The occurrences (article Quote records) of one corpus speaker cluster when their words
are equal (case and punctuation ignored) or one outlet's wording contains most of another's
(``CONTAINMENT`` of the shorter one's word 4-grams): wire copies and trimmed quotes are one
quote, with every occurrence (article, offsets, cue, description) kept as provenance.

Runs over pending rows only (``article_speakers.merged = 0``, ``quote_occurrences.quote_pk IS
NULL``), re-clustering the whole groups they touch, so the result does not depend on the order
articles arrived in, and a merge interrupted by a kill is simply redone by the next run.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from tidings.corpus.names import (
    PersonName,
    compatible_given,
    fold,
    org_key,
    parse_person,
    stable_id,
    text_key,
    text_words,
)

#: Share of the shorter wording's word 4-grams found in the longer one for two wordings of one
#: speaker to be the same quote. 0.8 keeps "we will not back down" inside "we will not back down,
#: not now, not ever" and apart from a different sentence on the same topic sharing a phrase.
CONTAINMENT = 0.8
#: Wordings shorter than this many words merge only when equal (short phrases recur too often).
MIN_CONTAINMENT_WORDS = 6
_NGRAM = 4
_STOP = frozenset(
    ["a", "an", "the", "of", "and", "in", "on", "at", "for", "to", "by", "with", "from"]
)


@dataclass
class Member:
    """One article speaker, as the clustering sees it."""

    pk: int
    article_pk: int
    name: str
    type: str
    descriptions: list[str]
    gender: str | None
    parsed: PersonName | None = None


@dataclass
class Cluster:
    members: list[Member] = field(default_factory=list)

    def name(self) -> str:
        full = [m.parsed.display for m in self.members if m.parsed and m.parsed.given]
        pool = full or [m.parsed.display if m.parsed else m.name for m in self.members]
        counts = Counter(pool)
        return max(counts, key=lambda n: (counts[n], len(n), n))

    def type(self) -> str:
        """'person' when any member is one (NER calls unfamiliar surnames organisations)."""
        types = Counter(m.type for m in self.members)
        return "person" if "person" in types else types.most_common(1)[0][0]

    def gender(self) -> str | None:
        votes = Counter(
            g for m in self.members for g in (m.gender, m.parsed.gender if m.parsed else None) if g
        )
        return votes.most_common(1)[0][0] if votes else None


@dataclass
class MergeStats:
    groups: int = 0
    speakers: int = 0
    quotes: int = 0


def merge_pending(conn: sqlite3.Connection) -> MergeStats:
    """Place pending article speakers and quote occurrences in corpus speakers and quotes.

    Runs in one transaction (all or nothing); a no-op when nothing is pending.
    """
    stats = MergeStats()
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "UPDATE article_speakers SET merged = 1 WHERE merged = 0 AND group_key IS NULL"
        )
        vacated = _rekey_people_typed_as_organisations(conn)
        groups = [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT group_key FROM article_speakers WHERE merged = 0"
            )
        ]
        groups += sorted(vacated - set(groups))
        touched: set[int] = set()
        for key in groups:
            touched |= _merge_group(conn, key)
            stats.groups += 1
        for pk in sorted(touched):
            stats.quotes += _merge_quotes(conn, pk)
        stats.quotes += _merge_unattributed(conn)
        _update_speaker_counts(conn, touched)
        stats.speakers = len(touched)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return stats


# -- speakers ----------------------------------------------------------------------------------


def _rekey_people_typed_as_organisations(conn: sqlite3.Connection) -> set[str]:
    """Move 'organisations' that are people named elsewhere in the corpus into the person group.

    NER often labels an unfamiliar surname ("Varga", "Okafor") as an organisation, so one person
    ends up as a person in one article and an organisation in another. An organisation-typed name
    of one to three words joins the group 'person:<surname>' when that group exists and the name
    is the bare surname or has a first name seen in the group ("Grace Okafor").

    Not handled: a company named like a person of the corpus ("Ford" with a "Harrison Ford"
    quoted) is wrongly moved; it needs the ORG entity evidence, left for later.

    Returns the groups emptied, whose corpus speakers must go.
    """
    dirty = {
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT group_key FROM article_speakers WHERE merged = 0"
            " AND group_key IS NOT NULL"
        )
    }
    candidates: dict[str, str] = {}  # org group -> person group
    vacated: set[str] = set()
    for key in dirty:
        kind, _, name = key.partition(":")
        if kind == "person":
            rows = conn.execute(
                "SELECT DISTINCT group_key FROM article_speakers WHERE group_key IN (?, ?, ?)"
                " OR group_key LIKE ? OR group_key LIKE ?",
                (f"org:{name}", f"other:{name}", key, f"org:% {name}", f"other:% {name}"),
            )
            for (other,) in rows:
                if other != key:
                    candidates[other] = key
        elif kind in ("org", "other") and 1 <= len(name.split()) <= 3:
            parsed = parse_person(name)
            if parsed:
                candidates[key] = f"person:{parsed.surname}"
    for org_group, person_group in candidates.items():
        given = {
            p.first
            for (n,) in conn.execute(
                "SELECT DISTINCT name FROM article_speakers WHERE group_key = ?", (person_group,)
            )
            if (p := parse_person(n)) is not None and p.first
        }
        if not given:  # no such person in the corpus
            continue
        parsed = parse_person(org_group.partition(":")[2])
        if parsed is None or (parsed.first and parsed.first not in given):
            continue
        conn.execute(
            "UPDATE article_speakers SET group_key = ?, merged = 0 WHERE group_key = ?",
            (person_group, org_group),
        )
        conn.execute("UPDATE article_speakers SET merged = 0 WHERE group_key = ?", (person_group,))
        vacated.add(org_group)
    return vacated


def _merge_group(conn: sqlite3.Connection, key: str) -> set[int]:
    """Re-cluster one group; return the corpus speaker pks whose quotes must be recomputed."""
    members = [
        Member(
            pk=r[0],
            article_pk=r[1],
            name=r[2],
            type=r[3],
            descriptions=json.loads(r[4]),
            gender=r[5],
        )
        for r in conn.execute(
            "SELECT pk, article_pk, name, type, descriptions, gender FROM article_speakers"
            " WHERE group_key = ? ORDER BY pk",
            (key,),
        )
    ]
    if not members:
        clusters: list[Cluster] = []
    elif key.startswith("person:"):
        for m in members:
            m.parsed = parse_person(m.name)
        clusters = cluster_people(members, lambda pks: _entity_names(conn, pks))
    else:
        clusters = [Cluster(members)]
    old = {r[0] for r in conn.execute("SELECT pk FROM speakers WHERE group_key = ?", (key,))}
    new: set[int] = set()
    for cluster in clusters:
        name = cluster.name()
        speaker_type = cluster.type()
        sid = stable_id("spk", key, fold(name))
        conn.execute(
            "INSERT INTO speakers(id, name, type, gender, group_key) VALUES (?,?,?,?,?)"
            " ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type,"
            " gender = excluded.gender",
            (sid, name, speaker_type, cluster.gender(), key),
        )
        pk = conn.execute("SELECT pk FROM speakers WHERE id = ?", (sid,)).fetchone()[0]
        new.add(pk)
        conn.executemany(
            "UPDATE article_speakers SET speaker_pk = ?, merged = 1 WHERE pk = ?",
            [(pk, m.pk) for m in cluster.members],
        )
        conn.execute("DELETE FROM speaker_aliases WHERE speaker_pk = ?", (pk,))
        aliases = {_alias(m.name) for m in cluster.members} | {
            _alias(m.parsed.display) for m in cluster.members if m.parsed
        }
        conn.executemany(
            "INSERT OR IGNORE INTO speaker_aliases(speaker_pk, alias) VALUES (?, ?)",
            [(pk, a) for a in aliases if a],
        )
    gone = old - new
    if gone:
        marks = ",".join("?" * len(gone))
        conn.execute(
            f"UPDATE quote_occurrences SET quote_pk = NULL WHERE quote_pk IN"
            f" (SELECT pk FROM quotes WHERE speaker_pk IN ({marks}))",
            list(gone),
        )
        conn.execute(f"DELETE FROM quotes WHERE speaker_pk IN ({marks})", list(gone))
        conn.execute(f"DELETE FROM speaker_aliases WHERE speaker_pk IN ({marks})", list(gone))
        conn.execute(f"DELETE FROM speakers WHERE pk IN ({marks})", list(gone))
    return new


def _alias(name: str) -> str:
    return " ".join(re.findall(r"\w+", fold(name)))


def _entity_names(conn: sqlite3.Connection, article_pks: Iterable[int]) -> dict[int, set[str]]:
    """Folded names of the entities in each article (co-occurrence evidence)."""
    pks = sorted(set(article_pks))
    out: dict[int, set[str]] = defaultdict(set)
    for i in range(0, len(pks), 500):
        chunk = pks[i : i + 500]
        for article_pk, name in conn.execute(
            f"SELECT article_pk, name FROM entities WHERE article_pk IN"
            f" ({','.join('?' * len(chunk))})",
            chunk,
        ):
            out[article_pk].add(fold(name))
    return out


def cluster_people(
    members: list[Member], entity_names: Callable[[Iterable[int]], dict[int, set[str]]]
) -> list[Cluster]:
    """Cluster the people of one surname group (see the module docstring for the rules).

    ``entity_names(article_pks)`` gives the entity names per article, asked for only when a bare
    surname has to choose between several people.
    """
    full: dict[str, Cluster] = {}
    initials: list[Member] = []
    bare: list[Member] = []
    for m in members:
        if m.parsed is None or not m.parsed.given:
            bare.append(m)
        elif len(m.parsed.given[0]) == 1:
            initials.append(m)
        else:
            full.setdefault(m.parsed.given[0], Cluster()).members.append(m)
    for m in initials:
        fits = [k for k in full if compatible_given(m.parsed.given, (k,))]  # type: ignore[union-attr]
        key = fits[0] if len(fits) == 1 else m.parsed.given[0]  # type: ignore[union-attr]
        full.setdefault(key, Cluster()).members.append(m)
    clusters = list(full.values())
    if not bare:
        return clusters
    if len(clusters) <= 1:
        target = clusters[0] if clusters else Cluster()
        target.members += [m for m in bare if _gender_fits(m, target)]
        rest = [m for m in bare if m not in target.members]
        if not clusters:
            clusters.append(target)
        if rest:
            clusters.append(Cluster(rest))
        return clusters
    entities = entity_names({m.article_pk for m in members})
    profiles = [_profile(c, entities) for c in clusters]
    unresolved = Cluster()
    for m in bare:
        scores = [
            _score(m, c, p, entities) if _gender_fits(m, c) else -1.0
            for c, p in zip(clusters, profiles, strict=True)
        ]
        best = max(scores)
        if best > 0 and scores.count(best) == 1:
            clusters[scores.index(best)].members.append(m)
        else:
            unresolved.members.append(m)
    if unresolved.members:
        clusters.append(unresolved)
    return clusters


def _gender_fits(m: Member, cluster: Cluster) -> bool:
    mine = m.gender or (m.parsed.gender if m.parsed else None)
    theirs = cluster.gender()
    return not (mine and theirs and mine != theirs)


@dataclass
class _Profile:
    articles: set[int]
    words: set[str]
    entities: set[str]


def _description_words(descriptions: Iterable[str]) -> set[str]:
    return {w for d in descriptions for w in re.findall(r"\w+", fold(d)) if w not in _STOP}


def _profile(cluster: Cluster, entities: dict[int, set[str]]) -> _Profile:
    words = _description_words(d for m in cluster.members for d in m.descriptions)
    words |= {t for m in cluster.members if m.parsed for t in m.parsed.titles} - _STOP
    ents = set().union(*(entities.get(m.article_pk, set()) for m in cluster.members))
    return _Profile({m.article_pk for m in cluster.members}, words, ents)


def _score(m: Member, cluster: Cluster, profile: _Profile, entities: dict[int, set[str]]) -> float:
    """Evidence that a bare-surname mention is this cluster's person (0 = none)."""
    score = 0.0
    mine_gender = m.gender or (m.parsed.gender if m.parsed else None)
    if mine_gender and mine_gender == cluster.gender():
        score += 3
    if m.article_pk in profile.articles:  # the same article names them in full
        score += 10
    mine = _description_words(m.descriptions) | (set(m.parsed.titles) if m.parsed else set())
    score += 2 * len(mine & profile.words)
    surname = m.parsed.surname if m.parsed else ""
    names = {n for n in entities.get(m.article_pk, set()) if surname not in n.split()}
    score += len(names & profile.entities)
    return score


# -- quotes ------------------------------------------------------------------------------------


@dataclass
class _Occ:
    pk: int
    key: str
    text: str
    kind: str
    date: str | None
    outlet_pk: int | None


def _merge_quotes(conn: sqlite3.Connection, speaker_pk: int) -> int:
    """Recompute the quotes of one corpus speaker from all its occurrences."""
    sid = conn.execute("SELECT id FROM speakers WHERE pk = ?", (speaker_pk,)).fetchone()[0]
    conn.execute(
        "UPDATE quote_occurrences SET quote_pk = NULL WHERE quote_pk IN"
        " (SELECT pk FROM quotes WHERE speaker_pk = ?)",
        (speaker_pk,),
    )
    conn.execute("DELETE FROM quotes WHERE speaker_pk = ?", (speaker_pk,))
    occs = _occurrences(
        conn,
        "qo.article_speaker_pk IN (SELECT pk FROM article_speakers WHERE speaker_pk = ?)",
        (speaker_pk,),
    )
    return _write_quotes(conn, cluster_quotes(occs), speaker_pk, sid)


def _merge_unattributed(conn: sqlite3.Connection) -> int:
    """Quotes with no corpus speaker merge only with the same words, no speaker either."""
    no_speaker = (
        "(qo.article_speaker_pk IS NULL OR qo.article_speaker_pk IN"
        " (SELECT pk FROM article_speakers WHERE speaker_pk IS NULL))"
    )
    keys = [
        r[0]
        for r in conn.execute(
            f"SELECT DISTINCT key FROM quote_occurrences qo WHERE quote_pk IS NULL AND {no_speaker}"
        )
    ]
    made = 0
    for key in keys:
        qid = stable_id("q", "", key)
        old = conn.execute("SELECT pk FROM quotes WHERE id = ?", (qid,)).fetchone()
        if old:
            conn.execute("UPDATE quote_occurrences SET quote_pk = NULL WHERE quote_pk = ?", old)
            conn.execute("DELETE FROM quotes WHERE pk = ?", old)
        occs = _occurrences(conn, f"qo.key = ? AND {no_speaker}", (key,))
        made += _write_quotes(conn, [occs], None, "")
    return made


def _occurrences(conn: sqlite3.Connection, where: str, params: tuple) -> list[_Occ]:
    return [
        _Occ(*r)
        for r in conn.execute(
            "SELECT qo.pk, qo.key, qo.text, qo.kind, a.date, a.outlet_pk FROM quote_occurrences qo"
            f" JOIN articles a ON a.pk = qo.article_pk WHERE {where} ORDER BY a.date, qo.pk",
            params,
        )
    ]


def cluster_quotes(occs: list[_Occ]) -> list[list[_Occ]]:
    """Group one speaker's occurrences into quotes: equal words, or one wording inside another."""
    parent = list(range(len(occs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    by_key: dict[str, int] = {}
    grams: list[set[tuple[str, ...]]] = []
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, o in enumerate(occs):
        if o.key in by_key:
            union(i, by_key[o.key])
            grams.append(set())
            continue
        by_key[o.key] = i
        words = text_words(o.text)
        g = (
            {tuple(words[k : k + _NGRAM]) for k in range(len(words) - _NGRAM + 1)}
            if len(words) >= MIN_CONTAINMENT_WORDS
            else set()
        )
        grams.append(g)
        shared: Counter[int] = Counter()
        for gram in g:
            for j in index[gram]:
                shared[j] += 1
            index[gram].append(i)
        for j, n in shared.items():
            if n >= CONTAINMENT * min(len(g), len(grams[j])):
                union(i, j)
    groups: dict[int, list[_Occ]] = defaultdict(list)
    for i, o in enumerate(occs):
        groups[find(i)].append(o)
    return list(groups.values())


def _write_quotes(
    conn: sqlite3.Connection, groups: list[list[_Occ]], speaker_pk: int | None, sid: str
) -> int:
    made = 0
    for group in groups:
        if not group:
            continue
        text = max((o.text for o in group), key=lambda t: (len(text_words(t)), t))
        kinds = Counter(o.kind for o in group)
        kind = "direct" if "direct" in kinds else kinds.most_common(1)[0][0]
        dates = [o.date for o in group if o.date]
        qid = stable_id("q", sid, text_key(text))
        cur = conn.execute(
            "INSERT INTO quotes(id, text, kind, speaker_pk, first_date, n_occurrences, n_outlets)"
            " VALUES (?,?,?,?,?,?,?)",
            (
                qid,
                text,
                kind,
                speaker_pk,
                min(dates) if dates else None,
                len(group),
                len({o.outlet_pk for o in group if o.outlet_pk is not None}),
            ),
        )
        conn.executemany(
            "UPDATE quote_occurrences SET quote_pk = ? WHERE pk = ?",
            [(cur.lastrowid, o.pk) for o in group],
        )
        made += 1
    return made


def _update_speaker_counts(conn: sqlite3.Connection, pks: Iterable[int]) -> None:
    for pk in pks:
        conn.execute(
            "UPDATE speakers SET"
            " n_quotes = (SELECT COUNT(*) FROM quotes WHERE speaker_pk = :pk),"
            " n_articles = (SELECT COUNT(DISTINCT article_pk) FROM article_speakers"
            "  WHERE speaker_pk = :pk),"
            " n_outlets = (SELECT COUNT(DISTINCT a.outlet_pk) FROM article_speakers x"
            "  JOIN articles a ON a.pk = x.article_pk WHERE x.speaker_pk = :pk),"
            " profile = :profile"
            " WHERE pk = :pk",
            {"pk": pk, "profile": json.dumps(speaker_profile(conn, pk), ensure_ascii=False)},
        )


def speaker_profile(conn: sqlite3.Connection, pk: int) -> dict[str, list[str]]:
    """What a speaker listing shows besides counts: outlets (most quoting first), the name forms
    seen (most used first), the descriptions (most used first). Stored by the merge, so listing
    the most quoted speakers costs no aggregation."""
    outlets = [
        r[0]
        for r in conn.execute(
            "SELECT o.domain, COUNT(*) AS n FROM article_speakers x"
            " JOIN articles a ON a.pk = x.article_pk JOIN outlets o ON o.pk = a.outlet_pk"
            " WHERE x.speaker_pk = ? GROUP BY o.domain ORDER BY n DESC, o.domain",
            (pk,),
        )
    ]
    aliases = [
        r[0]
        for r in conn.execute(
            "SELECT name, COUNT(*) AS n FROM article_speakers WHERE speaker_pk = ?"
            " GROUP BY name ORDER BY n DESC, name",
            (pk,),
        )
    ]
    counts: Counter[str] = Counter()
    for (descs,) in conn.execute(
        "SELECT descriptions FROM article_speakers WHERE speaker_pk = ?", (pk,)
    ):
        counts.update(json.loads(descs))
    descriptions = sorted(counts, key=lambda k: (-counts[k], k))
    return {"outlets": outlets, "aliases": aliases, "descriptions": descriptions}


__all__ = [
    "MergeStats",
    "cluster_people",
    "cluster_quotes",
    "merge_pending",
    "org_key",
    "speaker_profile",
]
