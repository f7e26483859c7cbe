"""Node types from the article's own evidence: a name the model typed a person or an
organisation that the article's words place in most of its mentions ("a housewife from
Sivas", "ISIL has taken Palmyra") is a place; a vote on the resolver (``add_vote``) cast
after linking, before the rules ask types. Word lists are data (``kg/data/en/node_types.json``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass
from functools import cache, partial
from typing import Any

from kg.cities import city_country
from kg.extract.assaults import fighter
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.coref import given_names
from kg.language import data_file, reading_language
from kg.resolve.names import name_words
from kg.vocab import EntityType

# at least this many place cues (a large city's name is one) and no speaker cue
_PLACE_CUES = 2
# "a housewife from Sivas" (a place) but "a writer from Salon" (a workplace): a person's
# origin, a cue only for a name typed a person (kept apart from other cues: a bit of its own)
_ORIGIN = 1 << 8
_RETYPED = (EntityType.PERSON, EntityType.ORGANIZATION)
# the types of a name whose list partner is a place ("from Homs and Der Ezzor")
_PLACES = (EntityType.CITY, EntityType.PLACE, EntityType.COUNTRY)
# each paragraph with the (label, root token) of its retypable names (``_retypable_roots``)
_Roots = list[tuple[Paragraph, list[tuple[str, Any]]]]


@dataclass(frozen=True, slots=True)
class NodeTypeWords:
    """The word lists of ``kg/data/en/node_types.json``."""

    place_preps: frozenset[str]
    taking_verbs: frozenset[str]
    seizing_verbs: frozenset[str]
    seizing_senses: frozenset[str]
    speech_verbs: frozenset[str]
    person_nouns: frozenset[str]
    org_nouns: frozenset[str]
    member_nouns: frozenset[str]
    thing_relatives: frozenset[str]
    owned_member_nouns: frozenset[str]
    naming_participles: frozenset[str]


@cache
def _words(language: str) -> NodeTypeWords:
    data: dict[str, Any] = json.loads(data_file("node_types.json", language).read_text("utf-8"))
    lists = {k: v for k, v in data.items() if not k.startswith("_")}
    for key, words in lists.items():
        if not isinstance(words, list) or not all(
            isinstance(w, str) and w.islower() for w in words
        ):
            raise ValueError(f"node_types.json: {key} must be a list of lower-case words")
    return NodeTypeWords(**{k: frozenset(v) for k, v in lists.items()})


def node_type_words() -> NodeTypeWords:
    """The node type word lists of the language being read."""
    return _words(reading_language())


@dataclass
class _Cues:
    place: int = 0
    person: int = 0
    mentions: int = 0
    # mentions whose words beside say no town (``_unlike_town``): too weak for the place
    # cues' rule, enough to keep a name from a city by its country alone
    unlike_town: int = 0


def _mention_roots(para: Paragraph) -> Iterator[tuple[str, Any]]:
    """(label, root token) of each linked name in the paragraph: the token whose head is
    outside the name."""
    tokens, heads, links = para.tokens, para.heads, para.links
    for i, label in links.items():
        if links.get(heads[i]) != label or heads[i] == i:
            yield label, tokens[i]


def _retypable(ctx: ArticleContext, label: str, kept: dict[str, bool]) -> bool:
    """Whether a name can take a type from its cues: not lower-case, no bracketed form and
    not the data's (``place_types`` and ``org_types`` pass such a name over before they ask
    anything else of it, so its cues need not be read; perf43). Kept per label in ``kept``."""
    held = kept.get(label)
    if held is None:
        held = kept[label] = not (
            label.islower() or " [" in label or ctx.lx.lookup(label) is not None
        )
    return held


class _People:
    """The indexes of a paragraph's person nouns (``_person_nouns``), found when first asked:
    only a name after "from" asks (perf43)."""

    __slots__ = ("_ctx", "_held", "_para")

    def __init__(self, ctx: ArticleContext, para: Paragraph) -> None:
        self._ctx, self._para = ctx, para
        self._held: frozenset[int] | None = None

    def __contains__(self, index: object) -> bool:
        if self._held is None:
            self._held = _person_nouns(self._ctx, self._para)
        return index in self._held


def _cue(
    token: Any, words: NodeTypeWords, titles: frozenset[str], people: Container[int]
) -> tuple[int, int]:
    """(place, person) cues of one mention from the words around it; ``people``: the
    indexes of the paragraph's person nouns ("housewife", "minister")."""
    at = token
    for _ in range(4):  # "from Diyala and Salahuddin": the list's first name's place
        if at.dep_ != "conj":
            break
        at = at.head
    head = at.head
    if at.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in words.speech_verbs:
        return 0, 1
    if any(c.dep_ == "appos" and c.lemma_.lower() in words.person_nouns for c in token.children):
        return 0, 1
    start = min(token.left_edge.i, token.i)  # (the edge read once: a Doc look-up each)
    before = token.doc[start - 1] if start > 0 else None
    if before is not None and before.text in titles:
        return 0, 1
    if at.dep_ == "pobj" and head.lower_ in words.place_preps:
        if head.lower_ == "from":
            # "a housewife from Sivas", "a writer from Salon": a person's origin; "web
            # tools from Reykjavik", "used tools from X": a source, no cue
            return (_ORIGIN if head.head.i in people else 0), 0
        return 1, 0
    if at.dep_ == "dobj" and head.lemma_.lower() in words.taking_verbs:
        return 1, 0
    return 0, 0


def _seized_by_side(
    ctx: ArticleContext, para: Paragraph, label: str, token: Any, words: NodeTypeWords
) -> bool:
    """Whether a one-word name is the direct object of a seizing verb whose subject is a side
    that fights ("Boko Haram has taken Baga", "rebels stormed Gao"), with no particle or
    complement that gives the verb another sense ("took X hostage", "took X to court"):
    that one mention places it as two cues would (atk54)."""
    verb = token.head
    if " " in label or token.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() not in words.seizing_verbs:
        return False
    kids = para.children(verb)
    if any(
        c.dep_ in ("prt", "oprd", "xcomp", "ccomp", "dative", "nsubjpass", "auxpass")
        or (
            c.dep_ == "prep"
            and c.lower_ in words.seizing_senses
            # "took Kunduz on Monday": a date leaves the verb its sense
            and not all(k.ent_type_ in ("DATE", "TIME") for k in c.children if k.dep_ == "pobj")
        )
        for c in kids
    ):
        return False
    sides = [e for c in kids if c.dep_ == "nsubj" for e in ctx.ents(para, c)]
    return bool(sides) and all(fighter(ctx, e) and e != label for e in sides)


def _listed_with_place(ctx: ArticleContext, para: Paragraph, label: str, token: Any) -> bool:
    """Whether the mention is listed with a name of a place ("from Homs and Der Ezzor",
    "the towns of Katwijk and Rotterdam", "in Homs, Qusayr and Hama"): another linked name
    of its list, not typed a person, is typed a city, a place or a country, or is a
    city's name of the data, and such names are more than twice the list's other linked
    names (type47)."""
    first = token
    for _ in range(6):
        if first.dep_ != "conj":
            break
        first = first.head
    members: list[Any] = []
    todo = [first]
    while todo and len(members) < 12:
        at = todo.pop()
        members.append(at)
        todo.extend(c for c in at.children if c.dep_ == "conj")
    links = para.links
    places = others = 0
    # in the list's order, not a set's: the record's calls are the same in every process
    partners = dict.fromkeys(links.get(other.i) for other in members)
    for partner in partners:
        if partner is None or partner == label:
            continue
        if ctx.etype_is(partner, EntityType.PERSON):
            others += 1
        elif ctx.etype_in(partner, _PLACES) or city_country(partner):
            places += 1
        else:
            others += 1  # "Aloha, America West, ..., Delta and U.S. Air": airlines
    return places > 2 * others


def _person_nouns(ctx: ArticleContext, para: Paragraph) -> frozenset[int]:
    """Indexes of the paragraph's lower-case nouns of one person: a role, a job or a person
    noun of ``names.json`` (as ``kg.resolve.entities`` reads them)."""
    lx = ctx.lx
    nouns = name_words(lx.language).person_nouns | node_type_words().person_nouns
    return frozenset(
        t.i
        for t in para.tokens
        if t.pos_ == "NOUN"  # ("Villagers from X" opens a sentence)
        and any(
            w in lx.roles or w in lx.words.occupations or w in nouns
            for w in (t.lower_, t.lemma_.lower())
        )
    )


def _unlike_town(ctx: ArticleContext, token: Any, words: NodeTypeWords) -> bool:
    """Whether the words beside a mention say it is no town: a common noun in apposition
    that is no place noun ("Ibb, a Saudi businessman"; not "Ibb, a provincial capital"), a
    noun of another kind of place it names ("the state of Perlis", "Caldas department") or
    an organisation noun it names ("the Xinhua news agency", "Xinhua agency")."""
    kinds = ctx.lx.words.places.place_nouns
    if token.is_lower:  # the name's own head noun ("the Xinhua news agency" linked whole)
        return kinds.get(token.lemma_.lower()) != "City"
    if any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() not in kinds
        for c in token.children
    ):
        return True
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif token.dep_ != "compound":
        return False
    for _ in range(3):  # "the Xinhua news agency": the noun the compounds end on
        if head.dep_ != "compound":
            break
        head = head.head
    lemma = head.lemma_.lower()
    return lemma in words.org_nouns or kinds.get(lemma, "City") != "City"


class _Towns:
    """What an article says of the towns its names may be, read when first asked (few
    names typed a person or an organisation are a large city's): its text, the words of its
    people's names of two words or more, and which names are a large city's of a country it
    names (each asked once: ``place_types`` may ask a name twice)."""

    __slots__ = ("_ctx", "_named", "_paragraphs", "_people", "_text")

    def __init__(self, ctx: ArticleContext, paragraphs: list[Paragraph]) -> None:
        self._ctx, self._paragraphs = ctx, paragraphs
        self._text: str | None = None
        self._people: frozenset[str] | None = None
        self._named: dict[str, bool] = {}

    def text(self) -> str:
        """The article's paragraphs' text."""
        if self._text is None:
            self._text = "\n".join(para.text for para in self._paragraphs)
        return self._text

    def person_words(self) -> frozenset[str]:
        """The words of the article's names of people of two words or more ("Elizabeth
        Warren"): one of them alone may be that person ("Warren")."""
        if self._people is None:
            labels = {label for para in self._paragraphs for label in para.links.values()}
            self._people = frozenset(
                word
                for label in sorted(labels)
                if " " in label and self._ctx.etype_is(label, EntityType.PERSON)
                for word in label.split()
            )
        return self._people

    def named(self, label: str) -> bool:
        """``town_of_named_country`` on the article alone (no question to the corpus, whose
        answers differ on the driver): a large city's name, no acronym nor given name, whose
        country the article names."""
        known = self._named.get(label)
        if known is None:
            iso = city_country(label)
            lx = self._ctx.lx
            known = not (
                iso is None or label.isupper() or label.lower() in given_names(lx.language)
            ) and lx.country_named(iso, self.text())
            self._named[label] = known
        return known

    def town_of_named_country(self, label: str) -> bool:
        """Whether a name the model typed a person or an organisation, with no person cue,
        is a large city's (``kg.cities``) of a country the article names, by its name or its
        people ("Yemeni officials said Saudi jets struck Ibb"), and no acronym ("FAR"),
        given name ("Florence") nor word of a person's name in the article ("Warren" of
        "Elizabeth Warren"); a city's other name too ("Palmyra" for Tadmur)."""
        return self.named(label) and label not in self.person_words()


def _retypable_roots(ctx: ArticleContext, paragraphs: list[Paragraph]) -> _Roots:
    """Each paragraph with the (label, root token) of its mentions whose names can take a
    type from their cues (``_retypable``): found once for ``place_types`` and ``org_types``,
    which read the same mentions (neither links a word; their votes change no label)."""
    kept: dict[str, bool] = {}
    return [
        (para, [(label, t) for label, t in _mention_roots(para) if _retypable(ctx, label, kept)])
        for para in paragraphs
    ]


def place_types(ctx: ArticleContext, paragraphs: list[Paragraph], roots: _Roots) -> None:
    """Vote a place type for the names typed a person or an organisation that the article
    places ("from Sivas", "has taken Palmyra") at least twice (a large city the data knows
    counts once) and never makes a speaker, titled or a person's apposition: a city when the
    data knows a large city of the name, else a place. A large city's name the article
    places less often is a city when the article names its country
    (``_Towns.town_of_named_country``) and no mention's words say it is no town
    (``_unlike_town``)."""
    words = node_type_words()
    titles = frozenset(ctx.lx.person_titles)
    cues: dict[str, _Cues] = defaultdict(_Cues)
    listed: set[str] = set()
    for para, named in roots:  # (the names passed over below whatever their cues: perf43)
        people = _People(ctx, para)
        for label, token in named:
            place, person = _cue(token, words, titles, people)
            if place == 1 and not person and _seized_by_side(ctx, para, label, token, words):
                place = _PLACE_CUES  # "Boko Haram has taken Baga" (atk54)
            if not person and _listed_with_place(ctx, para, label, token):
                listed.add(label)
                # one cue of a list: none if the list's place cue already counted
                place = place or 1
            c = cues[label]
            c.place += place
            c.person += person
            c.mentions += 1
            c.unlike_town += _unlike_town(ctx, token, words)
    towns = _Towns(ctx, paragraphs)
    for label in sorted(cues):
        c = cues[label]
        if c.person or label.islower() or " [" in label:
            continue
        if not c.place and (c.unlike_town or not towns.named(label)):
            continue  # no town by its country alone: the corpus not asked (a driver re-run)
        if ctx.lx.lookup(label) is not None or not ctx.etype_in(label, _RETYPED):
            continue
        cluster = ctx.resolver.clusters.get(label)
        if cluster is not None and cluster.sector:
            continue  # a collective actor ("the Syrian military"): people, no place
        origins, place = divmod(c.place, _ORIGIN)
        if ctx.etype_is(label, EntityType.PERSON):
            place += origins
        # a city's own name, not an other name ("Perlis" is Kangar's and a state's)
        city = city_country(label, other_names=False) is not None
        if not city and label in listed:
            # listed with places and a city's name, if only another name ("from Homs and
            # Der Ezzor"): the list tells which of the name's readings (type47)
            city = city_country(label) is not None
        if not place or place + city < _PLACE_CUES or 2 * place < c.mentions:
            if c.unlike_town or not towns.town_of_named_country(label):
                continue
            city = True  # "Syrian jets bombed Palmyra" (towns63)
        kind = EntityType.CITY if city else EntityType.PLACE
        # outvotes what the model's label gives each of the article's mentions (a person's
        # two-word name: 3)
        ctx.resolver.add_vote(label, kind, 3 * c.mentions + 1)
    return None


def _org_cue(
    token: Any, words: NodeTypeWords, titles: frozenset[str], person: Callable[[], bool]
) -> int:
    """Organisation cues of one mention: 2 for an organisation noun beside the name ("rights
    group Reprieve", "Reprieve, a charity"), a member's role noun ("director of Reprieve",
    "Reprieve's leader") or "which" after a name typed a person (``person``, asked only
    then: a record holds where the corpus types the name otherwise and it has no "which");
    -1 for a person's cue (a title before it, "who" after it, a person noun in apposition)."""
    start = min(token.left_edge.i, token.i)  # (the edge read once: a Doc look-up each)
    if start > 0 and token.doc[start - 1].text in titles:
        return -1
    near = [*token.children]
    if token.dep_ in ("appos", "compound"):
        near.append(token.head)
    for c in near:
        lemma = c.lemma_.lower()
        # next to the name: "rights group Reprieve", "the Maariv daily", "Reprieve, a
        # charity"; not a noun the parse hung on it from further on ("X, of the Y Centre -
        # a monitoring group")
        beside = c.i == start - 1 or (c.i > token.i and c.left_edge.i - token.i <= 3)
        if c.is_lower and beside and c.dep_ in ("appos", "compound", "nsubj", "dobj", "pobj"):
            if lemma in words.person_nouns:
                return -1
            if lemma in words.org_nouns:
                return 2
        if c.dep_ == "relcl":
            rel = [k for k in c.children if k.tag_ in ("WDT", "WP")]
            if any(k.lower_ == "who" for k in rel):
                return -1
            if any(k.lower_ in words.thing_relatives for k in rel) and person():
                # "which" says no person; of a place as well ("X, which fell"); not after a
                # described person ("by young nationalist Gavrilo Princip, which was the
                # spark of the war"), where it tells of the whole event
                if any(k.is_lower and k.dep_ in ("amod", "compound") for k in token.lefts):
                    return 0
                return 2 if token.dep_ != "pobj" or token.head.lower_ == "by" else 0
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in words.member_nouns:
        return 2
    if token.dep_ == "pobj" and head.lower_ == "as":
        head = head.head  # "a movement known as X"
    if (
        token.dep_ in ("oprd", "attr", "pobj")
        and head.dep_ == "acl"
        and head.lemma_.lower() in words.naming_participles
        and head.head.lemma_.lower() in words.org_nouns
    ):
        return 2  # "a group called X" (rel43)
    if token.dep_ == "poss" and head.lemma_ in words.owned_member_nouns:
        return 2
    return 0


def org_types(ctx: ArticleContext, roots: _Roots) -> None:
    """Vote an organisation for the names typed a person (or a city no large city has) that
    an organisation noun, a member's role or "which" goes with at least once ("rights group
    Reprieve", "director of Reprieve", "Gfk Adimark, which surveyed"), and no person cue."""
    words = node_type_words()
    titles = frozenset(ctx.lx.person_titles)
    cues: dict[str, list[int]] = defaultdict(list)
    for _, named in roots:  # (the others passed over below whatever their cues)
        for label, token in named:
            person = partial(ctx.etype_is, label, EntityType.PERSON)
            cues[label].append(_org_cue(token, words, titles, person))
    for label in sorted(cues):
        found = cues[label]
        if -1 in found or sum(found) < 2 or label.islower() or " [" in label:
            continue
        if ctx.lx.lookup(label) is not None:
            continue
        if not (
            ctx.etype_is(label, EntityType.PERSON)
            or (ctx.etype_is(label, EntityType.CITY) and city_country(label) is None)
        ):
            continue
        cluster = ctx.resolver.clusters.get(label)
        if cluster is not None and cluster.sector:
            continue
        ctx.resolver.add_vote(label, EntityType.ORGANIZATION, 3 * len(found) + 1)


def run(ctx: ArticleContext, paragraphs: list[Paragraph]) -> Iterator[Draft]:
    """The stage: votes only, no claim."""
    roots = _retypable_roots(ctx, paragraphs)
    place_types(ctx, paragraphs, roots)
    org_types(ctx, roots)
    yield from ()
