"""Definite descriptions as coreference: "the island", "the kingdom", "the town", "the
group", "Turkey's largest city" -> the entity just named; a title in one sentence and the
name in the next ("the EU's foreign policy chief told ... . Federica Mogherini said");
"the capital Skopje" -> the country it is the capital of. An unresolved reference is
better than a wrong one: each rule needs one compatible candidate.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kg.errors import KgError
from kg.extract import places
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.discourse import Discourse, Sighting, bound_labels, salient
from kg.extract.group_refs import latest_named
from kg.extract.lede_titles import sourced
from kg.language import data_file, reading_language
from kg.lexicon import Lexicon, alias_key
from kg.resolve.bodies import HYPHENS
from kg.resolve.names import name_words
from kg.vocab import EntityType, Predicate


@dataclass(frozen=True, slots=True)
class NominalWords:
    """Rule data of ``kg/data/en/nominals.json``."""

    place_nouns: dict[str, str]
    states: dict[str, frozenset[str]]  # kind ("island", "kingdom", ...) -> ISO codes
    group_nouns: frozenset[str]
    islands: frozenset[str]  # islands that are not states, lower-case
    rank_words: frozenset[str]
    portfolio_words: frozenset[str]
    person_nouns: frozenset[str]
    city_nouns: frozenset[str]
    pair_nouns: frozenset[str]  # "the two leaders"
    group_counts: dict[str, int]  # "the two", "the three" standing alone: how many
    actor_pronouns: dict[str, bool]  # pronoun -> plural (kg/extract/coref.py)
    non_actor_it_verbs: frozenset[str]  # "it seems": no actor
    said_of_it_verbs: frozenset[str]  # "it is believed": no actor
    generic_roles: frozenset[str]  # too common for the next named person to be the one
    new_referent_words: frozenset[str]  # "the other country": not the one named before
    inverted_speech_verbs: frozenset[str]  # '"...," its spokesman said': before its verb
    seat_cities: frozenset[str] = frozenset()  # seats of government that are cities, lower
    accused_it_verbs: frozenset[str] = frozenset()  # "accusing it of": an actor object
    described_it_verbs: frozenset[str] = frozenset()  # "see it as a group": an actor object
    halves: dict[str, str] = field(default_factory=dict)  # "the North" -> ISO code
    faulted_preps: frozenset[str] = frozenset()  # "condemned X for its attacks": X's (att45)
    faulted_noun_preps: frozenset[str] = frozenset()  # "a warning against X over its attacks"


def nominal_words() -> NominalWords:
    """The nominal word lists of the language being read (``kg/data/<lang>/nominals.json``)."""
    return _nominal_words(reading_language())


@cache
def _nominal_words(language: str) -> NominalWords:
    """Load and check ``kg/data/<language>/nominals.json`` (once: read-only rule data)."""
    path = f"data/{language}/nominals.json"
    data = json.loads(data_file("nominals.json", language).read_text("utf-8"))
    nouns = dict(data["place_nouns"])
    states = {
        "island": frozenset(data["island_states"]),
        "kingdom": frozenset(data["kingdoms"]),
        "emirate": frozenset(data["emirates"]),
        "sultanate": frozenset(data["sultanates"]),
    }
    kinds = {"country", "city", "region", *states}
    bad = sorted(set(nouns.values()) - kinds)
    if bad:
        raise KgError(
            f"kg/{path}: place_nouns: unknown kind {bad[0]!r}; use one of {sorted(kinds)}"
        )
    for kind, codes in states.items():
        wrong = [c for c in codes if len(c) != 2 or not c.isupper()]
        if wrong:
            raise KgError(f"kg/{path}: {kind}: {wrong[0]!r} is not an ISO 3166 alpha-2 code")
    return NominalWords(
        nouns,
        states,
        frozenset(data["group_nouns"]),
        frozenset(alias_key(name) for name in data["islands"]),
        frozenset(data["rank_words"]),
        frozenset(data["portfolio_words"]),
        frozenset(data["person_nouns"]),
        frozenset(data["city_nouns"]),
        frozenset(data["pair_nouns"]),
        {word: int(count) for word, count in data["group_counts"].items()},
        {
            **dict.fromkeys(data["actor_pronouns"]["singular"], False),
            **dict.fromkeys(data["actor_pronouns"]["plural"], True),
        },
        frozenset(data["non_actor_it_verbs"]),
        frozenset(data["said_of_it_verbs"]),
        frozenset(data["generic_roles"]),
        frozenset(data["new_referent_words"]),
        frozenset(data["inverted_speech_verbs"]),
        frozenset(name.lower() for name in data.get("seat_cities", ())),
        frozenset(data.get("accused_it_verbs", ())),
        frozenset(data.get("described_it_verbs", ())),
        {word.lower(): code for word, code in data.get("halves", {}).items()},
        frozenset(data.get("faulted_preps", ())),
        frozenset(data.get("faulted_noun_preps", ())),
    )


# -- definite descriptions ------------------------------------------------------------------
def _start_words(lx: Lexicon) -> Iterable[str]:
    """The lemmas every rule of ``link_nominals`` starts from: "capital", the place and group
    nouns and the region nouns."""
    words = nominal_words()
    return {"capital", *words.place_nouns, *words.group_nouns} | name_words(
        lx.language
    ).region_nouns


def link_nominals(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "the island", "the kingdom", "the country", "the town", "Turkey's largest city",
    "the group", "the organisation" -> the one compatible entity named just before."""
    words = nominal_words()
    disc = Discourse(paras)
    cities = _called_cities(paras)
    # every rule below starts from one of these lemmas: a paragraph's tokens of them only
    # are visited (a link is read when there, as each rule links only the token it is at)
    starts = ctx.word_set(_start_words)
    half_words = frozenset(words.halves)
    for para in paras:
        poses, tags, lemmas = para.poses, para.tags, para.lemmas
        for i in para.hits(half_words):
            token = para.tokens[i]
            half = None if i in para.links else _half(ctx, disc, para, token, words.halves)
            if half is not None:
                para.links[i] = half
                ctx.reference(para, token, half, "nominal")
                disc.add(para, token, half)
        for i in para.hits(starts):
            token = para.tokens[i]
            if i in para.links or poses[i] != "NOUN" or tags[i] != "NN":
                continue
            lemma = lemmas[i]
            area = _named_area(ctx, para, token)
            if area is not None:
                # "New York state's governor": the region noun the model left out of the name
                para.links[i] = area
                ctx.reference(para, token, area, "nominal")
                continue
            if lemma == "capital":
                # "a hospital in Burundi's capital ... in Bujumbura": the capital it names;
                # "the rebels seized the capital": the capital of the country in question
                city = owned_capital(ctx, para, token)
                if city is None and _bare_definite_capital(para, token):
                    city = _context_capital(ctx, disc, para, token)
                if city is not None:
                    para.links[token.i] = city
                    ctx.reference(para, token, city, "nominal")
                    disc.add(para, token, city)
                continue
            kind = words.place_nouns.get(lemma)
            if kind is None and lemma not in words.group_nouns:
                continue
            if not _definite(para, token):
                continue
            if kind is not None:
                target = _place(ctx, disc, para, token, kind, cities)
            else:
                target = _group(ctx, disc, para, token)
            if target is not None:
                para.links[token.i] = target
                ctx.reference(para, token, target, "nominal")
                disc.add(para, token, target)


def _half(
    ctx: ArticleContext, disc: Discourse, para: Paragraph, token: Any, halves: dict[str, str]
) -> str | None:
    """ "Japan said the North had fired a missile", "the South's envoy": a capitalised
    "North" or "South" alone after "the" is the half of the divided country (``halves`` of
    nominals.json) the article has named by name so far, if it has named just one."""
    tokens = para.tokens
    if not token.text[:1].isupper() or token.i == 0 or tokens[token.i - 1].lower_ != "the":
        return None
    following = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
    if following is not None and (following.text[:1].isupper() or following.text in HYPHENS):
        return None  # "the South China Sea", "the North Korean side", "the North-South"
    if token.ent_type_ and token.ent_type_ not in ("GPE", "LOC", "NORP"):
        return None
    code = halves[token.lower_]
    labels = {
        s.label
        for s in disc.before(para, token, None)
        if not s.adjective and _iso(ctx, s.label) == code
    }
    return labels.pop() if len(labels) == 1 else None


def _named_area(ctx: ArticleContext, para: Paragraph, token: Any) -> str | None:
    """The place a possessive region noun right after its name belongs to, where the model
    left the noun out of the name ("New York state's governor", "Texas state's governor";
    ``region_nouns``): a town or area, not a country."""
    k = token.i - 1
    label = para.links.get(k)
    if (
        label is None
        or token.dep_ != "poss"  # "in Anbar province" is the resolver's name of its own
        or token.lemma_.lower() not in name_words(ctx.lx.language).region_nouns
        or para.tokens[k].dep_ != "compound"
        or para.tokens[k].head.i != token.i
    ):
        return None
    return label if ctx.etype_in(label, (EntityType.CITY, EntityType.PLACE)) else None


def _definite(para: Paragraph, token: Any) -> bool:
    """A bare definite noun phrase that refers back: "the island", "the country's", not
    "the island of Lesbos", "the town hall", "Kumanovo, the town" or "a town"."""
    if token.dep_ in ("compound", "appos") or any(c.dep_ == "appos" for c in token.children):
        return False
    dets = [c for c in token.children if c.dep_ in ("det", "poss")]
    if not dets or any(c.dep_ == "det" and c.lower_ != "the" for c in dets):
        return False
    if any(c.dep_ == "poss" and c.i not in para.links for c in dets):
        return False  # "his movement": the possessor's, not the one just named
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False  # "the town of Kumanovo", "the country of his birth"
    if any(c.dep_ == "relcl" and not _aside(c) for c in token.children) and not any(
        c.dep_ == "poss" and c.i in para.links for c in token.children
    ):
        return False  # "the country where she would land": a new place, described
    if any(c.lower_ in nominal_words().new_referent_words for c in token.children):
        return False  # "the first country to", "the same city"
    # "Kumanovo is the town": a predicate, not a reference
    return not (token.head.i in para.links and token.dep_ in ("attr", "npadvmod"))


def _aside(relcl: Any) -> bool:
    """A relative clause set off by a comma ("the armed group, which has been blacklisted"):
    it says more of a referent already known, it does not pick out a new one (att45)."""
    start = relcl.left_edge.i
    return bool(start > 0) and bool(
        relcl.doc[start - 1].text == "," and relcl.doc[start].lower_ == "which"
    )


def _modifiers(para: Paragraph, token: Any) -> list[Any]:
    return [
        c
        for c in token.children
        if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i in para.links
    ]


def _unbound(para: Paragraph, token: Any, sightings: list[Sighting]) -> list[Sighting]:
    """The sightings that are not of the subject of the description's own verb (nor of a
    conjunct of it): an object never stands for its own clause's subject ("Nepal was hit by
    a quake. India has sent aid to the Himalayan nation": Nepal, not India)."""
    bound = bound_labels(para, token)
    return [s for s in sightings if s.label not in bound] if bound else sightings


def _place(
    ctx: ArticleContext,
    disc: Discourse,
    para: Paragraph,
    token: Any,
    kind: str,
    cities: dict[str, set[str]],
) -> str | None:
    words = nominal_words()
    if kind == "region" and _names_own_place(para, token):
        # "the Anbar province's capital": asked before the modifiers' types, which this
        # answer does not need (Anbar a city in its article alone, a place in the corpus)
        return None
    owners = [
        para.links[c.i]
        for c in _modifiers(para, token)
        if ctx.etype_in(para.links[c.i], (EntityType.COUNTRY, EntityType.CITY))
    ]
    if kind == "city":
        ranked = any(
            c.lower_ in words.rank_words or c.tag_ == "JJS" or c.ent_type_ == "ORDINAL"
            for c in token.children
        )
        if owners and not ranked:
            return None  # "the Moroccan town": a new place, not the one just named
        found = [
            s
            for s in disc.before(para, token, 2)
            if s.label not in owners
            and not s.adjective
            # the class asked last, of a name placed here only: a worker's article alone may
            # type a region a city (Anbar), the corpus a place
            and (s.label in cities or (_placed(ctx, s) and ctx.etype_is(s.label, EntityType.CITY)))
        ]
        labels = list(dict.fromkeys(s.label for s in found))
        if len(labels) > 1:
            # "the town of Husaybah, east of the city of Ramadi ... attacks on the town": the
            # one the article called by that noun
            labels = [label for label in labels if token.lemma_.lower() in cities.get(label, ())]
        if len(labels) != 1:
            return None
        if owners and not _may_lie_in(ctx, labels[0], owners[0]):
            return None
        return labels[0]
    if owners and kind == "island":
        return _owned_island(ctx, disc, para, token, owners)
    if owners:
        return None  # "the Indonesian island": another place than the one named
    if kind == "country":
        return _country(ctx, disc, para, token)
    if kind == "region":
        return _region(disc, para, token)
    codes = words.states[kind]
    if kind == "island" and any(alias_key(s.label) in words.islands for s in disc.sightings):
        return None  # the article names an island that is not a state (Okinawa, Sicily)
    for sighting in _unbound(para, token, disc.before(para, token, None)):
        if ctx.etype_is(sighting.label, EntityType.COUNTRY) and _iso(ctx, sighting.label) in codes:
            return sighting.label
    return None


def _owned_island(
    ctx: ArticleContext, disc: Discourse, para: Paragraph, token: Any, owners: list[str]
) -> str | None:
    """ "arrived on Sicily ... . In what became a routine on the Italian island": a country's
    island is the one island that is no state (``islands`` of nominals.json) named in this
    sentence or the one before, when the article names no other; else a new place."""
    words = nominal_words()
    if len(owners) != 1 or not ctx.etype_is(owners[0], EntityType.COUNTRY):
        return None
    named = {s.label for s in disc.sightings if alias_key(s.label) in words.islands}
    near = {
        s.label
        for s in disc.before(para, token, 1)
        if not s.adjective and alias_key(s.label) in words.islands
    }
    if len(named) != 1 or near != named:
        return None
    return near.pop()


def _names_own_place(para: Paragraph, token: Any) -> bool:
    """A region noun whose phrase names its own place ("the Anbar province's capital"): a
    proper or linked compound."""
    return any(
        c.pos_ == "PROPN" or c.i in para.links
        for c in token.children
        if c.dep_ in ("compound", "nmod")
    )


def _region(disc: Discourse, para: Paragraph, token: Any) -> str | None:
    """ "the province", "the district": the one place named with that noun in this sentence
    or the two before ("... to reclaim Ramadi in Anbar province ... . The Iraqi forces were
    gearing up to retake the province": Anbar province), by a name that ends in it or as
    "the province of Lahj"; two such places leave it unresolved (a phrase that names its own
    place, ``_names_own_place``, is not asked)."""
    noun = token.lemma_.lower()
    labels = {
        s.label for s in disc.before(para, token, 2) if not s.adjective and _named_with(s, noun)
    }
    return labels.pop() if len(labels) == 1 else None


def _named_with(sighting: Sighting, noun: str) -> bool:
    """The place is named with the region noun: "Anbar province" (label or written), "the
    province of Lahj"."""
    t = sighting.token
    if sighting.label.lower().endswith(f" {noun}"):
        return True
    if t.head.lemma_.lower() == noun and t.dep_ in ("compound", "nmod"):
        return True
    prep = t.head
    return bool(t.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() == noun)


def _placed(ctx: ArticleContext, sighting: Sighting) -> bool:
    """A city named as a place ("in Cleveland"), or one the gazetteer knows: not a name the
    model merely typed as a city."""
    entry = ctx.lx.lookup(sighting.label)
    return bool(sighting.token.dep_ == "pobj" or (entry and entry.type is EntityType.CITY))


def _country(ctx: ArticleContext, disc: Discourse, para: Paragraph, token: Any) -> str | None:
    """ "the country", "the nation": the one country named (not as an adjective) in this
    sentence or the two before (of two, the salient one: ``salient``)."""
    near = _unbound(para, token, disc.before(para, token, 2))
    found = [s for s in near if not s.adjective and ctx.etype_is(s.label, EntityType.COUNTRY)]
    if not found:
        demonym = _demonym_country(ctx, near)
        if demonym is not None:
            return demonym
        # "A blast in Nigeria's north ... [five sentences] ... the country's new president":
        # the one country the article has named so far, however far back (by name or as an
        # adjective: a second one, even "Chadian troops", leaves it unresolved)
        everything = _unbound(para, token, disc.before(para, token, None))
        return _only_one(ctx, everything, (EntityType.COUNTRY,))
    return salient(found, disc.sent(para, token), token)


# the state's own collectives: their country is the one "the country" stands for (as in
# kg/extract/role_owners.py, which imports this module)
_STATE_SECTORS = frozenset({"MIL", "COP", "GOV", "SPY", "LEG", "JUD"})


def _demonym_country(ctx: ArticleContext, sightings: list[Sighting]) -> str | None:
    """ "Nigerian troops retook Baga, as the army fights Boko Haram fighters who have seized
    large parts of the country": with no country named by name in this sentence or the two
    before, the one country their demonyms ("Kenyan") and state collectives ("Nigerian
    troops", "Ugandan police") belong to; none when they name two countries
    or one the gazetteer cannot place, nor when the article has no node of that country."""
    codes: set[str] = set()
    for sighting in sightings:
        if ctx.etype_is(sighting.label, EntityType.COUNTRY):
            code = _iso(ctx, sighting.label)
        elif ctx.resolver.sector_in(sighting.label, _STATE_SECTORS):
            code = ctx.resolver.clusters[sighting.label].country
        else:
            continue
        if code is None:
            return None
        codes.add(code)
    if len(codes) != 1:
        return None
    entry = ctx.lx.country_of_iso(codes.pop())
    return entry.label if entry is not None and ctx.named_here(entry.label) else None


def _only_one(
    ctx: ArticleContext, sightings: list[Sighting], kinds: tuple[EntityType, ...]
) -> str | None:
    """The one label of ``kinds`` among ``sightings``, when it is named by name at least
    once; None when there are none or two."""
    labels = {s.label for s in sightings if ctx.etype_in(s.label, kinds)}
    if len(labels) != 1:
        return None
    (label,) = labels
    return label if any(not s.adjective for s in sightings if s.label == label) else None


def _group(ctx: ArticleContext, disc: Discourse, para: Paragraph, token: Any) -> str | None:
    """ "the group", "the armed group", "the movement": the one named group (or, for "the
    organisation", organisation) of this sentence and the two before, unless an unnamed
    one ("an armed group") came in between; of two, the salient one (``salient``)."""
    if _modifiers(para, token):
        return None
    lemma = token.lemma_.lower()
    # a tuple, not a set: the record's question is the same in every process (hash seed)
    kinds: tuple[EntityType, ...] = (EntityType.GROUP,)
    if lemma in ("organisation", "organization"):
        kinds = (EntityType.GROUP, EntityType.ORGANIZATION)
    before = _unbound(para, token, disc.before(para, token, 2))
    before = [s for s in before if not _tied_name(para, token, s)]
    described = next((s for s in before if _group_of(ctx, s, lemma)), None)
    found = _named_groups(ctx, disc, before, kinds, described)
    everything = _unbound(para, token, disc.before(para, token, None))
    if not found:
        # no group named near: the group of people the article introduced ("A group of
        # women activists crossed ... officials met the group"), however far back
        far = described or next((s for s in everything if _group_of(ctx, s, lemma)), None)
        if far is not None:
            return far.label
    label = salient(found, disc.sent(para, token), token) if found else None
    if label is None and not owns_title(ctx, token):
        label = latest_named(found)  # the latest sentence names one of the tied (ref42)
    if label is None:
        # the group whose office a title names ("the group's leader, X", "a senior leader of
        # the group"): the one group the article has named so far, however far back, also
        # where the near one stands in a description ("X, the group's spokesman"); none when
        # it names two ("The group were travelling" may be any set of people just named)
        if not owns_title(ctx, token):
            return None
        groups = _named_groups(ctx, disc, everything, kinds, described)
        if len({s.label for s in groups}) != 1:
            return None
        if unnamed_between(disc, para, token, groups[0], lemma):
            return None
        return groups[0].label
    if unnamed_between(disc, para, token, next(s for s in found if s.label == label), lemma):
        return None
    return label


def _tied_name(para: Paragraph, token: Any, sighting: Sighting) -> bool:
    """A name inside the description's own modifiers ("the al-Qaeda-linked group", "the
    Iran-backed movement"): whom the group is tied to, never the group itself (hard64)."""
    return sighting.para is para and token.left_edge.i <= sighting.token.i < token.i


def _named_groups(
    ctx: ArticleContext,
    disc: Discourse,
    sightings: list[Sighting],
    kinds: tuple[EntityType, ...],
    described: Sighting | None,
) -> list[Sighting]:
    """The sightings (most recent first) of groups named by name, down to an unnamed group
    of people the article introduced (``described``)."""
    found: list[Sighting] = []
    for sighting in sightings:
        if described is not None and (sighting.sent, sighting.index) < (
            described.sent,
            described.index,
        ):
            break  # "a group of women activists" came after any name: the group is them
        plural_name = sighting.token.tag_ in ("NNS", "NNPS")
        if plural_name and sighting.label not in ctx.lx.actors.groups:
            continue  # "the Sunnis", "Kurds": a people, not "the group"
        if _group_like(ctx, sighting, kinds) and _named(sighting, disc):
            found.append(sighting)
    return found


def owns_title(ctx: ArticleContext, token: Any) -> bool:
    """The noun owns a title: "the group's leader", "a senior leader of the group"."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif token.dep_ != "poss":
        return False
    return head.i != token.i and head.lemma_.lower() in ctx.lx.roles


def _group_like(ctx: ArticleContext, sighting: Sighting, kinds: tuple[EntityType, ...]) -> bool:
    """A sighting of an entity of ``kinds``, or of a known armed or political group the
    gazetteer types as an organisation (Hezbollah)."""
    known = sighting.label in ctx.lx.actors.groups and ctx.etype_is(
        sighting.label, EntityType.ORGANIZATION
    )
    return known or ctx.etype_in(sighting.label, kinds)


def _group_of(ctx: ArticleContext, sighting: Sighting, lemma: str) -> bool:
    """ "a group of women activists": a group of people the article introduces by the noun
    ("group") and its "of" object, a Group node, which "the group" then means."""
    t = sighting.token
    prep = t.head
    noun = prep.head
    return bool(
        t.dep_ == "pobj"
        and t.tag_ == "NNS"
        and prep.lower_ == "of"
        and noun.lemma_.lower() == lemma
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        and ctx.etype_is(sighting.label, EntityType.GROUP)
    )


def _named(sighting: Sighting, disc: Discourse) -> bool:
    """A proper name (not a demonym or a common-noun collective such as "attackers"), or a
    reference back to one the article named by name in this paragraph or one before
    ("the Taliban ... . The group's spokesman ... . A leader of the group")."""
    if sighting.adjective:
        return False
    for para in disc.paras:
        if any(t.pos_ == "PROPN" for t in para.tokens if para.links.get(t.i) == sighting.label):
            return True
        if para is sighting.para:
            return False
    return False


def unnamed_between(
    disc: Discourse, para: Paragraph, token: Any, since: Sighting, lemma: str
) -> bool:
    """True when an indefinite noun of ``lemma`` ("an armed group") stands between the
    candidate ``since`` and the reference ``token``: the reference is to that unnamed one, not
    to the one named before it (shared by the nominal rules and ``coref_heads``)."""
    first, last = (since.sent, since.index), (disc.sent(para, token), token.i)
    for other in disc.paras:
        for t in other.tokens:
            if t.i in other.links or t.lemma_.lower() != lemma:
                continue
            where = (disc.sent(other, t), t.i)
            if (
                first < where < last
                and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children)
                and not _describes_named(other, t)
            ):
                return True
    return False


def _describes_named(para: Paragraph, noun: Any) -> bool:
    """An indefinite noun said of a name, no one new: its apposition ("Hamas, a Palestinian
    group,") or the attribute of a copula whose subject is the name ("Hamas is a Palestinian
    group", "Hamas, which is an armed group,"). "The group" after it is still that name."""
    if noun.dep_ == "appos":
        return noun.head.i in para.links
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return False
    verb = noun.head
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.lower_ in ("which", "who") and verb.dep_ == "relcl":
            subject = verb.head  # "Hamas, which is an armed group,"
        if subject.i in para.links:
            return True
    return False


def _called_cities(paras: list[Paragraph]) -> dict[str, set[str]]:
    """Places the article calls a town or city ("the town of Kumanovo", "Malakal town"),
    with the nouns it calls them by."""
    found: dict[str, set[str]] = {}
    city_nouns = nominal_words().city_nouns
    for para in paras:
        if city_nouns.isdisjoint(para.words):
            continue  # no city noun (a lemma is one of the paragraph's words): none found
        poses, deps, heads, lemmas = para.poses, para.deps, para.heads, para.lemmas
        for i, label in sorted(para.links.items()):
            if poses[i] != "PROPN" or deps[i] in ("amod", "poss"):
                continue  # "Syria's ancient city" is not Syria
            near = [heads[i], *para.kids[i]]
            if deps[i] == "pobj" and para.lowers[heads[i]] == "of":
                near.append(heads[heads[i]])  # "the town of Kumanovo"
            nouns = {lemmas[t] for t in near if lemmas[t] in city_nouns and t not in para.links}
            if nouns:
                found.setdefault(label, set()).update(nouns)
    return found


def _iso(ctx: ArticleContext, label: str) -> str | None:
    cluster = ctx.resolver.clusters.get(label)
    entry = cluster.entry if cluster is not None else ctx.lx.lookup(label)
    return entry.iso if entry is not None else None


def _may_lie_in(ctx: ArticleContext, city: str, country: str) -> bool:
    """Nothing known puts ``city`` in another country than ``country``."""
    known = ctx.resolver.country_of(city)
    seat = ctx.lx.actors.seats.get(city.lower())
    iso = _iso(ctx, country)
    return (known is None or known == iso) and (seat is None or seat.iso == iso)


# -- the capital with no owner --------------------------------------------------------------
def capital_of_country(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "in Abuja, the capital", "north-east of the capital Skopje": a capital named with
    no country in its sentence lies in the country it is the capital of (capitals data),
    when the article names that country."""
    heads = para.heads
    for token in para.tokens:
        city = para.links.get(token.i)
        if city is None or para.links.get(heads[token.i]) == city:
            continue
        if token.lemma_.lower() == "capital" and token.pos_ == "NOUN":
            # "in Burundi's capital" linked to the Bujumbura the article names
            owner = _capital_owner(ctx, para, token)
            if owner is not None and not ctx.etype_is(city, EntityType.COUNTRY):
                ctx.resolver.add_vote(city, EntityType.CITY, 3)
                yield ctx.draft(para, token, city, Predicate.LOCATED_IN, owner, 0.75)
            continue
        nouns = [c for c in token.children if c.dep_ in ("appos", "compound")]
        if token.dep_ == "appos":
            nouns.append(token.head)
        if not any(_bare_capital(para, n) for n in nouns):
            continue
        if any(
            ctx.etype_is(para.links[t.i], EntityType.COUNTRY)
            for t in token.sent
            if t.i in para.links and t.i < token.i
        ):
            continue  # the places rules take the sentence's country
        seat = ctx.lx.actors.seats.get(city.lower())
        if seat is None or seat.kind != "capital":
            continue
        entry = ctx.lx.country_of_iso(seat.iso)
        if entry is None or not ctx.named_here(entry.label):
            continue
        ctx.resolver.add_vote(city, EntityType.CITY, 3)
        yield ctx.draft(para, token, city, Predicate.LOCATED_IN, entry.label, 0.75)


def owned_capital(ctx: ArticleContext, para: Paragraph, token: Any) -> str | None:
    """ "Burundi's capital", "the capital of Burundi": the country's capital city (capitals
    data), when the article names that city; else None (no city is guessed)."""
    country = _capital_owner(ctx, para, token)
    if country is None:
        return None
    return named_capital(ctx, country)


def named_capital(ctx: ArticleContext, country: str, proper: bool = False) -> str | None:
    """The capital city of ``country`` (capitals data), when the article names that city and
    no other seat of that country's government; else None (no city is guessed). With
    ``proper``, the capital itself only, never a seat city ("the capital" alone in a story
    on Yemen that names Aden, the government's seat, and not Sanaa stays unresolved)."""
    iso = _iso(ctx, country)
    named: set[str] = set()
    for seat in ctx.lx.actors.seats.values():
        # a capital, or a seat of government ("Bujumbura" after the capital moved to Gitega)
        if (
            seat.iso == iso
            and seat.org is None
            and (seat.kind == "capital" or seat.name.lower() in nominal_words().seat_cities)
        ):
            entry = ctx.lx.lookup(seat.name)
            label = entry.label if entry is not None else seat.name
            if not ctx.named_here(label):
                continue
            if proper and seat.kind == "capital":
                # the capital by the data: a name the model has typed a person so far
                # ("fled Sanaa") is still the city, and no seat city is taken instead
                if not ctx.etype_is(label, EntityType.COUNTRY):
                    named.add(label)
            elif not proper and _city_like(ctx, label):
                named.add(label)
    return named.pop() if len(named) == 1 else None


def _context_capital(
    ctx: ArticleContext, disc: Discourse, para: Paragraph, token: Any
) -> str | None:
    """ "the capital" alone: the one capital the article names of the countries named in
    this sentence or the two before (else of the one country the article has named so far),
    or a capital named there itself ("a curfew on Baghdad ... normality to the capital");
    two such capitals, or none, leave it unresolved."""
    window = disc.before(para, token, 2)
    countries = list(
        dict.fromkeys(
            s.label for s in window if not s.adjective and ctx.etype_is(s.label, EntityType.COUNTRY)
        )
    )
    if not countries:
        only = _only_one(ctx, disc.before(para, token, None), (EntityType.COUNTRY,))
        countries = [only] if only is not None else []
    cities = {city for c in countries if (city := named_capital(ctx, c, proper=True)) is not None}
    for s in window:
        seat = ctx.lx.actors.seats.get(s.label.lower())
        if (
            seat is not None
            and seat.kind == "capital"
            and seat.org is None
            and not s.adjective
            and not ctx.etype_is(s.label, EntityType.COUNTRY)
        ):
            cities.add(s.label)
    return cities.pop() if len(cities) == 1 else None


def _city_like(ctx: ArticleContext, label: str) -> bool:
    """A name that can be a city: not the country, not a person (seats such as "the Kremlin"
    are no city either)."""
    return not ctx.etype_in(label, (EntityType.COUNTRY, EntityType.PERSON)) and label[:1].isupper()


def _capital_owner(ctx: ArticleContext, para: Paragraph, token: Any) -> str | None:
    """The country a "capital" noun belongs to: its possessor, its "of" object or its
    country's demonym ("the Afghan capital", as the press calls a capital it names elsewhere)."""
    owners = [c for c in token.children if c.dep_ == "poss"]
    if not _named_beside(para, token):
        for child in token.children:
            if child.dep_ == "amod" and child.i < token.i:
                demonym = places.modifier_place(ctx, para, child)
                if demonym is not None and ctx.etype_is(demonym, EntityType.COUNTRY):
                    return demonym
    owners += [
        p
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    for owner in owners:
        label = para.links.get(owner.i)
        if label is not None and ctx.etype_is(label, EntityType.COUNTRY):
            return label
    return None


def _named_beside(para: Paragraph, token: Any) -> bool:
    """ "Mogadishu, the Somali capital", "the Kenyan capital, Nairobi", "the Yemeni capital
    Sanaa": a noun beside a name, which the place rules read as that name's description."""
    if token.dep_ in ("appos", "compound") and token.head.i in para.links:
        return True
    return any(c.dep_ in ("appos", "compound") and c.i in para.links for c in token.children)


def _bare_definite_capital(para: Paragraph, token: Any) -> bool:
    """ "seized the capital", "fighting in the capital": "the capital" alone, not "the
    provincial capital", "the capital of Anbar", "the capital, Sanaa", "the capital city"
    (those name or describe their own), nor a modifier ("the capital's streets" is fine)."""
    if token.dep_ in ("compound", "appos", "attr") or token.head.i in para.links:
        return False  # "Sanaa is the capital": a predicate; "the capital Sanaa": its name
    kids = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    return not any(
        c.dep_ in ("amod", "compound", "nmod", "poss", "prep", "appos", "relcl", "acl")
        for c in kids
    )


def _bare_capital(para: Paragraph, noun: Any) -> bool:
    return (
        noun.lower_ == "capital"
        and noun.i not in para.links
        and not any(c.dep_ in ("poss", "prep", "amod", "compound") for c in noun.children)
    )


# -- title in one sentence, name in the next ------------------------------------------------
def titles_across(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """ "The EU's foreign policy chief has told the council ... . Federica Mogherini
    addressed ...": an unnamed titled subject, and a person first named as the subject of
    the next sentence, with no title of their own, are one person."""
    disc = Discourse(paras)
    for para in paras:
        deps, tags = para.deps, para.tags
        for token in para.tokens:
            if deps[token.i] != "nsubj" or tags[token.i] != "NN":
                continue  # (what ``_titled_subject`` asks first, on the columns)
            found = _titled_subject(ctx, para, token)
            if found is None:
                continue
            owner, predicate, title = found
            person = _next_new_person(ctx, disc, disc.sent(para, token) + 1)
            if person is None or person == owner:
                continue
            para.links[token.i] = person
            ctx.reference(para, token, person, "nominal")
            ctx.name_title(para, token, title, person)
            ctx.resolver.add_vote(person, EntityType.PERSON, 2)
            if predicate is Predicate.LEADER_OF:
                ctx.role_holders.setdefault((predicate, owner), person)
            yield ctx.draft(para, token, person, predicate, owner, 0.7, title=title)


def _titled_subject(
    ctx: ArticleContext, para: Paragraph, token: Any
) -> tuple[str, Predicate, str] | None:
    """An unnamed title with a named owner as a sentence's subject ("An al-Shabab military
    spokesman says", "the UN's special representative told"): owner, role, title."""
    if token.i in para.links or token.dep_ != "nsubj" or token.tag_ != "NN":
        return None
    if token.head.dep_ not in ("ROOT",) or any(
        c.dep_ in ("appos", "relcl") for c in token.children
    ):
        return None
    lemma = token.lemma_.lower()
    if lemma not in ctx.lx.roles or lemma in nominal_words().generic_roles:
        return None
    near = [c for c in token.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    # "The leader of Lebanon's Hezbollah has said": the owner after "of"
    near += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    owners = [
        para.links[c.i]
        for c in near
        if c.i in para.links
        and ctx.etype_in(
            para.links[c.i], (EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.GROUP)
        )
    ]
    if len(set(owners)) != 1:
        return None
    words = [
        c
        for c in token.children
        if c.i < token.i and c.dep_ in ("amod", "compound") and c.i not in para.links
    ]
    words += [
        g for c in words for g in c.children if g.dep_ == "compound" and g.i not in para.links
    ]
    words.sort(key=lambda t: t.i)
    title = " ".join([*(w.text for w in words), token.text])
    predicate = ctx.lx.roles.get(title.lower()) or ctx.lx.roles[lemma]
    if predicate is Predicate.LEADER_OF and any(
        w.lower_ in nominal_words().portfolio_words for w in words
    ):
        predicate = Predicate.MEMBER_OF  # "the EU's foreign policy chief"
    return owners[0], predicate, title


def _next_new_person(ctx: ArticleContext, disc: Discourse, number: int) -> str | None:
    """The person who is the subject of sentence ``number`` and is first named there,
    bare (no title before the name, no apposition), and not written as a source's or a
    bystander's (``lede_titles.sourced``: "X accepted the resignation"; a known name may
    hold the title, and ``own_news_verbs`` of ``titles_across`` in cues.json are the
    holder's own: "Melanie Joly announced the move")."""
    subjects = [
        s
        for s in disc.in_sentence(number)
        if s.subject and ctx.etype_is(s.label, EntityType.PERSON) and s.token.pos_ == "PROPN"
    ]
    if len(subjects) != 1:
        return None
    sighting = subjects[0]
    if disc.first_sent(sighting.label, body=True) != number:
        return None
    if any(c.dep_ == "appos" for c in sighting.token.children):
        return None
    own_news = frozenset(ctx.cues["titles_across"]["own_news_verbs"])
    if sourced(ctx, sighting.para, sighting.index, sighting.label, known=False, own_news=own_news):
        return None  # "Peter Kamau accepted the resignation": reacting to the news
    first = min(t.i for t in sighting.para.tokens if sighting.para.links.get(t.i) == sighting.label)
    if first > 0:
        before = sighting.para.tokens[first - 1]
        if before.lower_ in ctx.lx.roles or before.lemma_.lower() in ctx.lx.roles:
            return None  # "Spokesman Ali Said": titled where named
    return sighting.label
