"""Interactions: typed, qualified claims between actors (met, attacked, sanctioned, ...) from
trigger verbs and event nouns. Rules read the dependency parse; the words are data
(``kg/data/en/triggers.jsonl``), matched by one index lookup per token.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

from kg.extract import (
    assaults,
    investigations,
    places,
    qualifiers,
    role_owners,
    states,
    talk_breaks,
    threats,
    verb_senses,
    visits,
)
from kg.extract.advisories import advised_own
from kg.extract.companions import companion, companion_partners, joint_partners
from kg.extract.contests import fixture, unarmed_contest
from kg.extract.context import (
    ArticleContext,
    Draft,
    Paragraph,
    counted_in_thousands,
    prep_objects,
)
from kg.extract.coref import age_nominal, leader_compound
from kg.extract.event_coref import actor_country
from kg.extract.framed_preps import preps_on_frames
from kg.extract.killings import assault_words, kill_words
from kg.extract.relief_sends import relief_sense
from kg.extract.stray_by import preps_on_doer, stray_by_hosts
from kg.lexicon import Lexicon, Trigger, counted_noun, light_verb
from kg.nlp.datelines import dateline_dash
from kg.resolve.described import people_nouns
from kg.resolve.people import counted_part
from kg.resolve.resolver import ACTOR_TYPES, PLACE_TYPES
from kg.vocab import EntityType, EventType, Family, Predicate, Status, reported_predicate

_SUBJ = ("nsubj", "csubj")
# spaCy entity labels of tokens that never stand for an actor
_NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY"})
# a modifier that settles the sense of an event noun: (cue list, from, to, CAMEO)
_SENSES = (
    ("negotiation_modifiers", frozenset({Predicate.MET}), Predicate.NEGOTIATED_WITH, "046"),
    ("attack_modifiers", frozenset({Predicate.CRITICIZED}), Predicate.ATTACKED, "195"),
    # "a scathing attack on the government" is words, not force
    ("verbal_modifiers", frozenset({Predicate.ATTACKED}), Predicate.CRITICIZED, "111"),
)
# verbal stances: aimed at the owner of an act ("outrage over the Saudi strikes")
_STANCES = frozenset(
    {Predicate.CRITICIZED, Predicate.SUPPORTED, Predicate.THREATENED, Predicate.REQUESTED}
)
# what a noun's act is aimed at the owner of what its object names (``_noun``): a stance,
# an attack, forces at a frontier, a trade measure on a country's goods
_AIMED_AT_OWNER = _STANCES | frozenset(
    {
        Predicate.ATTACKED,
        Predicate.MOBILIZED,
        Predicate.WITHDREW_FROM,
        Predicate.SANCTIONED,
        Predicate.CONCEDED_TO,
    }
)
# a light verb that undoes or withholds its noun ("lifted sanctions", "ended the blockade",
# "halted air strikes", "cut aid to") reports that, not the noun's event
_UNDOING = frozenset({EventType.CONCEDE, EventType.RETREAT, EventType.SANCTION})
# collectives of people, not of a force: civilians, refugees (``_travelling_people``)
# civilians on the move visit nowhere; migrants and refugees who land or arrive do
# ("migrants landed in Malaysia", visit2)
_PEOPLE_SECTORS = frozenset({"CVL"})
# acts only the party pressed can do ("release", "withdrawal", "resignation")
_YIELDED = frozenset({EventType.CONCEDE, EventType.RETREAT})
# acts of force or coercion done to a protest (``_quelled``)
_FORCE_DONE = frozenset({Predicate.ATTACKED, Predicate.COERCED, Predicate.SANCTIONED})
# events of a noun granted or refused to someone ("access", "entry", "an amnesty"): a name
# the parser hangs in front of the noun is whom it is granted or refused
_GRANTS = frozenset({EventType.CONCEDE, EventType.REJECT, EventType.COERCE})
# the object's owner is not the target for these: "met Putin's envoy" is not "met Putin"
_CONSULT = frozenset(
    {
        Predicate.MET,
        Predicate.SPOKE_WITH,
        Predicate.NEGOTIATED_WITH,
        Predicate.VISITED,
        Predicate.AGREED_WITH,
        Predicate.COOPERATED_WITH,
    }
)


def interactions(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Claims anchored on trigger verbs and nouns of the lexicon."""
    tokens, poses, lemmas = para.tokens, para.poses, para.lemmas
    found = [(tokens[i], trigger) for i, trigger in para.matches(ctx.lx.triggers).items()]
    # a light verb whose noun matched ("expelled the ambassador", "imposed sanctions") is
    # that noun's context, not an event of its own
    # (not its subject: "Russian troops withdrew from Georgia" is the verb's own event)
    consumed = {
        light_verb(t).i for t, trigger in found if trigger.light is not None and t.dep_ != "nsubj"
    }
    warnings = [t for t, trigger in found if trigger.predicate is Predicate.THREATENED]
    arrivals = ctx.cues["aid_arrivals"]
    for i in para.hits(ctx.word_set(_arrival_verbs)):  # (not a pass over every token)
        if poses[i] == "VERB" and lemmas[i] in arrivals["verbs"]:
            yield from _aid_arrived(ctx, para, tokens[i], arrivals)
    by_noun: dict[int, tuple[Trigger, list[Draft]]] = {}
    for token, trigger in found:
        if token.i < _dateline_end(token, para):
            continue  # "Ramallah, occupied West Bank - ...": where the story was filed
        if _in_name(para, token):
            continue  # "the Committee to Protect Journalists": a word of a name is no event
        if _shadow_title(ctx, para, token):
            continue  # "and shadow Chancellor X lose their seats": a title's word, no verb
        if (
            warnings  # (no threat in the paragraph: no clause is one's condition)
            and trigger.predicate is not Predicate.THREATENED
            and threats.under_condition(ctx, token, warnings)
        ):
            continue
        if (
            trigger.pos == "NOUN"
            and token.dep_ == "dobj"
            and token.head.lemma_.lower() in ctx.cues["commemoration_verbs"]
        ):
            # "a dinner to mark his handover to Buhari": an event recalled or celebrated,
            # not one the sentence reports
            continue
        if trigger.pos == "VERB":
            if token.i not in consumed:
                yield from _verb(ctx, para, token, trigger)
        elif trigger.pos == "ADJ":
            yield from _adjective(ctx, para, token, trigger)
        else:
            drafts = list(_noun(ctx, para, token, trigger))
            bare = ctx.lx.triggers.bare(trigger)
            if bare is not None and trigger.event not in _UNDOING:
                drafts += _noun(ctx, para, token, bare)
            by_noun[token.i] = (trigger, drafts)
            yield from drafts
    yield from _conjoined(para, by_noun)


def _shadow_title(ctx: ArticleContext, para: Paragraph, token: Any) -> bool:
    """A word that makes a title an opposition's portfolio (``shadow_words``: "shadow
    Chancellor X", "shadow Foreign Secretary Y") read by the parser as a verb: the capitalised
    words after it hold a title's word, so it is part of the title, not an act."""
    if token.lower_ not in ctx.lx.title_words.get("shadow_words", frozenset()):
        return False
    for word in para.tokens[token.i + 1 : token.i + 4]:
        if not word.text[:1].isupper():
            return False
        if word.lower_ in ctx.lx.roles:
            return True
    return False


def _arrival_verbs(lx: Lexicon) -> Iterable[str]:
    """The verbs of aid arriving (``_aid_arrived``), for ``Paragraph.hits``."""
    return tuple(lx.cues["aid_arrivals"]["verbs"])


_NOMINAL = frozenset({"nsubj", "dobj", "pobj"})  # "Aid from India arrived": Aid/VERB/nsubj


def _conjoined(para: Paragraph, by_noun: dict[int, tuple[Trigger, list[Draft]]]) -> Iterator[Draft]:
    """ "ordered the arrest and execution of Nimr", "condemned the abduction and murder of the
    diplomats": event nouns joined by "and" share the doer and the victim the parser hung on
    one of them. Only nouns whose victim is their "of" phrase or owner, and only for a noun
    with no phrase or owner of its own."""
    for i, (trigger, drafts) in by_noun.items():
        token = para.tokens[i]
        if drafts or not _victim_noun(trigger):
            continue
        if any(c.dep_ in ("prep", "poss") for c in token.children):
            continue
        for other in token.conjuncts:
            donor = by_noun.get(other.i)
            if donor is None or not donor[1] or not _victim_noun(donor[0]):
                continue
            if donor[0].predicate is trigger.predicate:
                break  # "the abduction and murder of": one claim says both
            yield from (
                replace(d, predicate=trigger.predicate, cameo=trigger.cameo)
                for d in donor[1]
                if d.predicate is donor[0].predicate
            )
            break


def _victim_noun(trigger: Trigger) -> bool:
    """The noun's "of" phrase or owner is who the act befalls ("the execution of X")."""
    return trigger.owner_is_object or trigger.prep == "of" or "prep:of" in trigger.object


def _aid_arrived(
    ctx: ArticleContext, para: Paragraph, verb: Any, arrivals: dict[str, Any]
) -> Iterator[Draft]:
    """ "A ship carrying 400 tonnes of Turkish aid docked in Gaza", "aid from Qatar reached
    Sanaa": the giver named on the aid (a demonym, "from X") or on its carrier supported the
    country of the place it arrived in (the place itself if a country)."""
    nouns = arrivals["nouns"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    aid = [
        t
        for s in subjects
        for t in s.subtree
        if t.lemma_.lower() in nouns and (t.pos_ == "NOUN" or t.dep_ in _NOMINAL)
    ]
    if not aid or any(t.lemma_.lower() in arrivals["bound"] for s in subjects for t in s.subtree):
        return  # "a ship loaded with aid bound for Yemen arrived in Djibouti": a stop on the way
    # "NATO peacekeeping troops", "a Turkish aid ship": the noun the aid word modifies
    carriers = [t.head for t in aid if t.dep_ in ("amod", "compound")]
    givers = [
        e
        for noun in (*aid, *carriers, *subjects)
        for c in noun.children
        if c.dep_ in ("amod", "compound", "poss", "nmod")
        for e in ctx.ents(para, c, adjectives=True)
    ]
    givers += [e for noun in (*aid, *subjects) for e in ctx.linked_pobjs(para, noun, ("from",))]
    givers = [g for g in dict.fromkeys(givers) if ctx.etype_in(g, ACTOR_TYPES)]
    where = [
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in arrivals["preps"]
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    if verb.lemma_.lower() == "reach":
        where += [c for c in verb.children if c.dep_ == "dobj"]
    places_ = [e for p in where for e in ctx.ents(para, p) if ctx.etype_in(e, PLACE_TYPES)]
    if not givers or not places_:
        return
    status = qualifiers.status(ctx, verb, verb)
    date = qualifiers.date(ctx, para, verb, verb, status)
    for place in places_:
        country = (
            place if ctx.etype_is(place, EntityType.COUNTRY) else places.city_country(ctx, place)
        )
        if country is None:
            continue
        where_ = None if country == place else place
        for giver in givers:
            if giver == country:
                continue
            yield Draft(
                giver,
                Predicate.SUPPORTED,
                country,
                status,
                date,
                where_,
                None,
                "070",
                ctx.sentence_span(para, verb),
                0.7,
            )


def doer_written(ctx: ArticleContext, para: Paragraph, noun: Any) -> bool:
    """Whether an event noun names its doer with it: an owner ("Israel's raid", "the students'
    protests"), a "by" phrase, or an actor in front ("ISIL bombings", "opposition rallies")."""
    for child in para.children(noun):
        if child.dep_ in ("poss", "agent") or (child.dep_ == "prep" and child.lower_ == "by"):
            return True
        if (
            child.dep_ in ("compound", "amod", "nmod")
            and child.i < noun.i
            and actors_of(ctx, para, child)
        ):
            return True
    return False


def actors_of(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """Entities a noun stands for; "envoys from Ukraine and Russia" stand for their parties;
    "the UN and rights groups" for both (``_slipped_coordinates``)."""
    found = _actors_of(ctx, para, token)
    slipped = _slipped_coordinates(ctx, para, token)
    return found + [e for e in slipped if e not in found] if slipped else found


def _slipped_coordinates(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """ "The UN and rights groups criticised the deal", "Amnesty and rights groups": the
    parser hangs the first of two coordinated nouns on the second's head as its modifier
    ("UN" a modifier of "groups", "and rights" its conjunct); it is an actor of its own
    beside the head's ("rights groups"). Not when the conjunct names someone too: "US and
    Swiss authorities", "the Kenyan and Ugandan governments" share their head."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    found: list[str] = []
    for mod in para.children(noun):
        if mod.dep_ not in ("nmod", "compound") or mod.i > noun.i:
            continue
        kids = para.children(mod)
        cc = next((k for k in kids if k.dep_ == "cc" and k.lower_ in ("and", "or")), None)
        if cc is None:
            continue
        # what it is coordinated with: its conjunct, or (the parser may hang "rights" on the
        # head itself) the head's modifiers after the "and"
        conj = [k for k in kids if k.dep_ == "conj" and k.i < noun.i] + [
            k
            for k in para.children(noun)
            if k.dep_ in ("compound", "amod", "nmod") and cc.i < k.i < noun.i
        ]
        if not conj:
            continue
        # (the conjunct inside the head's own mention, "rights" of "rights groups", is no one)
        own = ctx.ents(para, noun)
        if any(e not in own for k in conj for e in ctx.ents(para, k, adjectives=True)):
            continue
        found += [e for e in ctx.ents(para, mod) if ctx.etype_in(e, ACTOR_TYPES) and e not in own]
    return found


def _aged_person(para: Paragraph, token: Any) -> bool:
    """ "The 57-year-old took Buhari on a tour": a person the sentence names by age alone,
    which the model tags as a date; coreference linked it to the person it stands for
    (``coref.age_nominal``), so it is that person, no date."""
    return token.i in para.links and age_nominal(token)


def _actors_of(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """``actors_of`` but for the slipped coordinates."""
    if (
        token.ent_type_ in _NOT_ACTOR_ENTS
        and not (
            token.ent_type_ == "PERCENT" and token.lemma_.lower() in ctx.cues["partitive_nouns"]
        )
        and not _aged_person(para, token)
    ):
        # "talks with Turkish officials on May 6 and May 7": a date is nobody, whatever name
        # it shares ("May"); a share is its whole's ("80 percent of respondents": _whole_of);
        # a person named by age alone is that person (``_aged_person``)
        return []
    found = ctx.ents(para, token)
    # a word that stands for someone already and is no common noun (a name, a pronoun) is
    # read only by the readings that ask neither (``_NAMED_READINGS``)
    readings = _NAMED_READINGS if found and token.pos_ != "NOUN" else _READINGS
    for reading in readings:
        actors = reading(ctx, para, token, found)
        if actors is not None:
            return actors
    if found or token.lemma_.lower() not in ctx.lx.words.delegate_nouns:
        return found
    for node in para.with_conjuncts(token):
        # "the UN's envoy for Syria": an envoy with a sender ("the UN's", "a UN envoy") is
        # sent for a country, not by it ("envoys for the two sides" still stand for them)
        preps = ("from", "of") if _sent_by(ctx, para, node) else ("from", "of", "for")
        for prep in para.children(node):
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for pobj in para.children(prep):
                    if pobj.dep_ == "pobj":
                        found.extend(ctx.ents(para, pobj))
    return list(dict.fromkeys(found))


def _sent_by(ctx: ArticleContext, para: Paragraph, noun: Any) -> bool:
    """The delegate noun names its sender in front ("the UN's envoy", "a US envoy")."""
    return any(
        c.dep_ in ("poss", "compound", "nmod", "amod") and ctx.ents(para, c, adjectives=True)
        for c in para.children(noun)
    )


def _name_given(
    ctx: ArticleContext, para: Paragraph, token: Any, found: list[str]
) -> list[str] | None:
    """ "a Syrian coalition known as the Fattah Army", "a group calling itself X": the name."""
    if token.pos_ == "NOUN" and (named := _named_as(ctx, para, token)):
        return named
    return None


def _weapon_users(
    ctx: ArticleContext, para: Paragraph, token: Any, found: list[str]
) -> list[str] | None:
    """ "rockets fired by Hamas hit Sderot", "barrel bombs dropped by the government": who
    fired them acts."""
    if found or token.pos_ != "NOUN":
        return None
    weapons = kill_words().weapons
    # "a series of barrel bombs dropped by X": the weapons a series noun counts
    arms = [token] if token.lemma_.lower() in weapons else []
    if not arms:
        arms = [p for p in counted_noun(token) or () if p.lemma_.lower() in weapons]
    if not arms:
        return None
    used = [
        e
        for arm in arms
        for acl in para.children(arm)
        if acl.dep_ == "acl" and acl.tag_ == "VBN"
        for e in _by_agents(ctx, para, acl)
    ]
    if not used and token.dep_ == "nsubj" and token.head.tag_ in ("VBD", "VBN"):
        # "Rockets fired by the rebels killed five people": the parser makes the participle
        # the main verb with the weapons as its subject, and the real verb its conjunct; an
        # active verb has no "by" agent, so one on it is the participle's
        used = _by_agents(ctx, para, token.head)
    return used or None


def _role_holders(
    ctx: ArticleContext, para: Paragraph, token: Any, found: list[str]
) -> list[str] | None:
    """The person a counterpart of a group or a titled apposition names."""
    lemma = token.lemma_.lower()
    if lemma in ctx.cues["counterpart_nouns"]["nouns"] and _group_owned(ctx, para, token):
        # "the Afghan Taliban condemned their Pakistani counterpart": a group's counterpart
        # is a group of that country, not its state
        return [e for e in found if ctx.etype_is(e, EntityType.PERSON)]
    if lemma in ctx.cues["counterpart_nouns"]["nouns"] and token.pos_ == "NOUN":
        # "met his counterpart from Bangladesh, X": the person named, not the country the
        # counterpart comes from (the parser may hang the apposition on the country)
        named = [
            e
            for node in (token, *_of_objects(token, ("from", "of")))
            for c in para.children(node)
            if c.dep_ == "appos"
            for e in ctx.ents(para, c)
            if ctx.etype_is(e, EntityType.PERSON)
        ]
        if named:
            return named
    if lemma in ctx.lx.roles and token.pos_ == "NOUN":
        # "the EU foreign policy chief, Federica Mogherini": the person the apposition names
        # acts, not the body the title belongs to
        holders = [
            e
            for c in token.children
            if c.dep_ == "appos"
            for e in ctx.ents(para, c)
            if ctx.etype_is(e, EntityType.PERSON)
        ]
        if holders:
            return holders
    return None


def _home_country(
    ctx: ArticleContext, para: Paragraph, token: Any, found: list[str]
) -> list[str] | None:
    """ "France's top security official said his country supported the plan": the speaker's
    own country."""
    if token.lemma_.lower() in ctx.cues["home_nouns"] and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in para.children(token)
    ):
        home = states.home_country(ctx, para, token)
        if home is not None:
            return [home]
    return None


def _whole_of(
    ctx: ArticleContext, para: Paragraph, token: Any, found: list[str]
) -> list[str] | None:
    """An unnamed count or part stands for what it counts or divides (its "of" object)."""
    lemma = token.lemma_.lower()
    if found:
        return None
    if lemma in ctx.cues["quantity_nouns"] or _part_of(ctx, token):
        # "backed by thousands of Shia militias", "many of the militias", "seven of its
        # players": the people counted act
        return [e for p in _of_objects(token) for e in actors_of(ctx, para, p)]
    if lemma in ctx.cues["partitive_nouns"]:
        # "captured most of Ramadi", "seized large parts of the town of Baga": the whole
        return [e for p in _of_objects(token) for e in actors_of(ctx, para, p)]
    return None


def _part_of(ctx: ArticleContext, token: Any) -> bool:
    """A pronoun of quantity ("many", "some") or a figure of more than one ("seven", "20") that
    picks people out of a whole (``part_pronouns`` of cues.json); "one of" is a single member."""
    words = ctx.cues["part_pronouns"]["words"]
    pronoun = token.lemma_.lower() in words and token.pos_ in ("PRON", "ADJ", "DET")
    return pronoun or counted_part(token, ctx.cues)


def _among_them(
    ctx: ArticleContext, para: Paragraph, token: Any, found: list[str]
) -> list[str] | None:
    """ "Two Kenyan soldiers were among 12 people killed by X", "Britain is among the
    countries that backed the plan": an unnamed plural "among" which the copula's subject is
    stands for that subject (also through "are reported to be among"; atk35); so does the
    plural after "one of" that the copula's complement is ("Qatar is one of the states that
    fund Hamas"; crit36)."""
    if found or token.dep_ != "pobj" or token.pos_ != "NOUN":
        return None
    be = token.head.head
    if token.head.lower_ == "of" and be.lower_ == "one" and be.dep_ == "attr":
        be = be.head  # "is one of the countries that ...": the copula above "one"
    elif token.head.lower_ != "among":
        return None
    if be.lemma_.lower() != "be" or be.pos_ not in ("AUX", "VERB"):
        return None
    holder = be.head if be.dep_ == "xcomp" else be  # "are reported to be among"
    subjects = [c for c in para.children(holder) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    return [
        e for s in subjects for node in para.with_conjuncts(s) for e in actors_of(ctx, para, node)
    ] or None


def _delegation_side(
    ctx: ArticleContext, para: Paragraph, token: Any, found: list[str]
) -> list[str] | None:
    """ "a delegation from Hamas (in Moscow)": the side it comes from, named, wins over where
    it is or what an earlier reference made of it. A leader's title that coreference gave
    its holder ("the president of the country calls ...", the article having named him)
    is that person, not the state (kg.extract.coref)."""
    if token.lemma_.lower() not in ctx.lx.words.delegate_nouns or token.pos_ != "NOUN":
        return None
    if _titled_holder(ctx, para, token):
        return None
    sides = [
        e
        for p in _of_objects(token, ("from", "of"))
        for e in ctx.ents(para, p)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
    return sides or None


def _titled_holder(ctx: ArticleContext, para: Paragraph, token: Any) -> bool:
    """A leader's title ("president", "king", "prime minister") that coreference linked to a
    named person."""
    holder = para.links.get(token.i)
    if holder is None or not ctx.etype_is(holder, EntityType.PERSON):
        return False
    leader = ctx.lx.roles.get(token.lemma_.lower()) is Predicate.LEADER_OF
    return leader or leader_compound(ctx, para, token)


def _seat_state(
    ctx: ArticleContext, para: Paragraph, token: Any, found: list[str]
) -> list[str] | None:
    """ "the government in Mogadishu", "officials in Myanmar": the state seated there, when no
    owner or name in front of the noun says whose it is."""
    own = para.links.get(token.i)
    if token.lemma_.lower() in ctx.cues["seated_nouns"] and not any(
        c.dep_ in ("poss", "compound", "nmod")
        or (
            c.dep_ == "amod"
            and ((c.i in para.links and para.links[c.i] != own) or c.ent_type_ or not c.is_lower)
        )
        for c in para.children(token)
    ):
        seated = states.seated_country(ctx, para, token)
        if seated is not None:
            return [seated]
    return None


def _with_examples(
    ctx: ArticleContext, para: Paragraph, token: Any, found: list[str]
) -> list[str] | None:
    """ "member states such as Britain and Hungary", "countries including France": the noun's
    own actors and the examples it gives."""
    if token.pos_ != "NOUN":
        return None
    examples = [
        e
        for prep in para.children(token)
        if prep.dep_ == "prep"
        and (
            prep.lower_ in ctx.cues["example_preps"]
            or (prep.lower_ == "as" and any(c.lower_ == "such" for c in para.children(prep)))
        )
        for p in para.children(prep)
        if p.dep_ == "pobj"
        for e in ctx.ents(para, p)
    ]
    return list(dict.fromkeys(found + examples)) if examples else None


def _verb_examples(ctx: ArticleContext, para: Paragraph, verb: Any, dep: str = "dobj") -> list[str]:
    """The examples of an attack verb's plural or coordinated object that the parser hung on
    the verb after it ("killed 12 people in Garissa on Monday, including three Kenyan
    soldiers", "to fight the regime and its agents on the ground, including Hezbollah"):
    targets too, as when the "including" hangs on the object noun (``_with_examples``); so
    are those of a passive's plural subject (``dep`` "nsubjpass": "Twelve people were killed
    by X on Monday, including three soldiers"). Only
    for attacks, whose lists name victims far more often than attackers ("Many countries
    condemned X, including France" lists the subject's); and not when the object is an act
    ("carried out raids on Monday, including X") or the subject a plural that names no actor
    of its own ("Several groups attacked the towns, including X"): the examples may be the
    subject's."""
    kids = para.children(verb)
    objects = [c for c in kids if c.dep_ == dep]
    if not any(
        o.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in para.children(o))
        for o in objects
    ) or any(ctx.lx.triggers.candidates(o.lemma_.lower(), "NOUN") for o in objects):
        return []
    if any(s.dep_ == "nsubj" and _unnamed_plural(s) for s in kids):
        return []
    return [
        e
        for prep in kids
        if prep.dep_ == "prep"
        and prep.lower_ in ctx.cues["example_preps"]
        and any(o.i < prep.i for o in objects)
        for p in para.children(prep)
        if p.dep_ == "pobj"
        for node in para.with_conjuncts(p)
        for e in actors_of(ctx, para, node)
    ]


def _unnamed_plural(noun: Any) -> bool:
    """A plural common noun with no name or nationality in front of it ("several armed
    groups", "gunmen"; not "Al-Shabab fighters", "Kenyan troops")."""
    front = noun.doc[noun.left_edge.i : noun.i]
    return (
        noun.pos_ == "NOUN"
        and noun.tag_ in ("NNS", "NNPS")
        and not any(t.pos_ == "PROPN" or t.ent_type_ for t in front)
    )


def _place_meant(
    ctx: ArticleContext, para: Paragraph, token: Any, found: list[str]
) -> list[str] | None:
    """A place noun stands for the place its "of" phrase names, or unnamed and several, for
    the place they lie in."""
    lemma = token.lemma_.lower()
    if lemma in ctx.cues["place_nouns"] and token.pos_ == "NOUN" and token.i not in para.links:
        # "the town of Baga", "the oil town of Malakal", "the Anbar provincial capital of
        # Ramadi": the place named after "of", not the province in front of the noun
        named = [
            e
            for prep in para.children(token)
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in para.children(prep)
            if p.dep_ == "pobj"
            for e in ctx.ents(para, p)
            if ctx.etype_in(e, PLACE_TYPES)
        ]
        if named:
            # "the town of Hit and the city of Ramadi", "the town of Rafah and Khan Younis":
            # the places coordinated with the first (gen50)
            named += [
                e
                for c in para.children(token)
                if c.dep_ == "conj"
                for e in (*ctx.ents(para, c), *ctx.listed_place(para, c))
                if ctx.etype_in(e, PLACE_TYPES)
            ]
            return list(dict.fromkeys(named))
        if not found and (named := _name_before_place_noun(ctx, para, token)):
            return named
    if not found and lemma in ctx.cues["place_nouns"]:
        # "the state of democracy in Ethiopia" is no place; unnamed, several places stand
        # for the place they lie in ("seized towns and cities in northern Iraq"), one town
        # not for the province around it ("seized the last army-held town in the province
        # of Idlib")
        if _of_objects(token) or not _several(token):
            return []
        return [e for node in para.with_conjuncts(token) for e in _places_in(ctx, para, node)][:1]
    return None


def _name_before_place_noun(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """ "stormed Ramadi city", "seized the provincial capital Idlib city": a town or site
    named right in front of a place noun (its compound, the model leaving the noun out of the
    name) is the place the noun stands for; a country in front ("the Syria city") says only
    where it is. The noun's apposition is read the same way ("the capital Idlib city")."""
    nodes = [token, *(c for c in para.children(token) if c.dep_ == "appos")]
    return list(
        dict.fromkeys(
            para.links[c.i]
            for node in nodes
            if node.lemma_.lower() in ctx.cues["place_nouns"] and node.i not in para.links
            for c in para.children(node)
            if c.dep_ in ("compound", "nmod")
            and c.i < node.i
            and c.i in para.links
            and ctx.etype_in(para.links[c.i], (EntityType.CITY, EntityType.PLACE))
        )
    )


def _force_owners(
    ctx: ArticleContext, para: Paragraph, token: Any, found: list[str]
) -> list[str] | None:
    """ "Khalifa Haftar's forces", "Russia's troops": whoever owns the force acts through it;
    so does the side a doing force comes "from" ("troops from the African Union attacked")."""
    if token.lower_ not in ctx.cues["force_nouns"] or not all(_scoped(e) for e in found):
        return None
    owners = [
        e
        for c in para.children(token)
        if c.dep_ == "poss" and c.lower_ != "whose"
        for e in ctx.ents(para, c)
        # "Pakistan said its troops had fired", "the army said its soldiers had": a
        # pronoun owner when it is a state, organisation or group, not a person
        if ctx.etype_in(e, ACTOR_TYPES)
        and (c.tag_ != "PRP$" or not ctx.etype_is(e, EntityType.PERSON))
    ]
    return owners or _force_sides(ctx, para, token) or None


def _force_sides(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """ "Troops from the African Union attacked", "warplanes from the coalition struck": the
    side a force doing something comes "from" acts. Only a doer (a force acted on or sent,
    "withdrew troops from Chad", comes from a place, not a side); a state only through its
    regular forces ("militants from Somalia" are not Somalia's)."""
    if token.dep_ != "nsubj" and not (token.dep_ == "conj" and token.head.dep_ == "nsubj"):
        return []
    regular = token.lower_ in ctx.cues["regular_force_nouns"]
    return [
        e
        for p in _of_objects(token, ("from",))
        for e in ctx.ents(para, p)
        if ctx.etype_in(e, (EntityType.ORGANIZATION, EntityType.GROUP))
        or (regular and ctx.etype_is(e, EntityType.COUNTRY))
    ]


def _relation_party(
    ctx: ArticleContext, para: Paragraph, token: Any, found: list[str]
) -> list[str] | None:
    """ "a suspension of air links with Serbia", "the severing of ties with Qatar": the
    relation stands for the other party."""
    if found or token.lemma_.lower() not in ctx.cues["relation_heads"]:
        return None
    return [e for p in prep_objects(token, ("with",)) for e in ctx.ents(para, p)]


def _holders(
    ctx: ArticleContext, para: Paragraph, token: Any, found: list[str]
) -> list[str] | None:
    """ "shelled positions of the Palestinian security forces", "demolished Palestinian
    homes", "a blockade on Palestinian lorries", "sanctions on Russia's oil industry": what an
    actor holds stands for it, its economy too (``economy_nouns``)."""
    lemma = token.lemma_.lower()
    if found or (
        lemma not in ctx.cues["held_nouns"] and lemma not in ctx.cues["economy_nouns"]["words"]
    ):
        return None
    sites = _named_sites(ctx, para, token)
    if sites:
        # "advanced on Hadi's stronghold of Aden", "on his stronghold, the port city of Aden":
        # the place named stands for the noun, not the one who holds it
        return sites
    holders = [c for c in para.children(token) if c.dep_ in ("compound", "poss", "nmod", "amod")]
    held = [
        e
        for c in holders + _of_objects(token)
        for e in ctx.ents(para, c, adjectives=True)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
    return list(dict.fromkeys(held)) if held else None


def _member_orgs(
    ctx: ArticleContext, para: Paragraph, token: Any, found: list[str]
) -> list[str] | None:
    """ "some HDP figures", "senior Fatah members", "leaders of the ANC", "fighters from ISIL":
    an organisation's people act for it (a plain "fighters" found alone is only the
    article's unnamed collective)."""
    if token.lemma_.lower() not in ctx.cues["member_nouns"] or not all(_scoped(e) for e in found):
        return None
    owners = [c for c in para.children(token) if c.dep_ in ("compound", "poss", "nmod")]
    owners += _of_objects(token, ("of", "from"))
    own = para.links.get(token.i)
    orgs = [
        e
        for c in owners
        # "Opposition figures and rights groups": a word inside the noun's own name is no
        # owner (it would stand for the first conjunct alone)
        if own is None or para.links.get(c.i) != own
        for e in ctx.ents(para, c)
        if ctx.etype_in(e, (EntityType.ORGANIZATION, EntityType.GROUP))
    ]
    return list(dict.fromkeys(orgs)) if orgs else None


def _unnamed_official(
    ctx: ArticleContext, para: Paragraph, token: Any, found: list[str]
) -> list[str] | None:
    """An unnamed envoy or official: the person named in a stray apposition, else the state
    its owner or demonym names."""
    lemma = token.lemma_.lower()
    if found:
        return None
    if (
        lemma in ctx.lx.words.delegate_nouns
        or lemma in ctx.lx.roles
        or lemma in ctx.cues["counterpart_nouns"]["nouns"]
    ):
        named = _stray_apposition(ctx, para, token)
        if named:
            return named
    if lemma in ctx.cues["counterpart_nouns"]["nouns"] or (
        lemma in ctx.lx.roles and (token.dep_ == "nsubj" or _met_official(ctx, token))
    ):
        # "hosted his Indonesian and Thai counterparts", "Malaysia's foreign minister hosted
        # ...": an unnamed official stands for the state its owner or demonym names (not
        # one acted upon: "parliament dismissed the Madagascar president" is no act on it)
        their_states = [
            e
            for c in para.children(token)
            if c.dep_ in ("amod", "poss", "compound")
            for e in ctx.ents(para, c, adjectives=True)
            if ctx.etype_is(e, EntityType.COUNTRY)
        ]
        if their_states:
            return their_states
    official = para.officials.get(token.i)
    if official is not None and any(
        ctx.etype_in(e, (EntityType.ORGANIZATION, EntityType.GROUP))
        for e in ctx.linked_pobjs(para, token, ("of",))
    ):
        # "called the head of the Spanish Medical Association a criminal": the unnamed head
        # of a named body is a node of its own (``role_forms._led_body_after``) and acts as
        # one, unlike a country's official, whose acts stay the country's (crit36)
        return [official]
    return None


# each reading of ``_actors_of`` says whom the noun stands for, or None when it is not its
# construction; the first that answers wins
_READINGS = (
    _name_given,
    _weapon_users,
    _role_holders,
    _home_country,
    _whole_of,
    _among_them,
    _delegation_side,
    _seat_state,
    _with_examples,
    _place_meant,
    _force_owners,
    _relation_party,
    _holders,
    _member_orgs,
    _unnamed_official,
)
# the readings that can answer for a word with entities of its own that is no common noun:
# every other one answers None at once for it, as it first asks a common noun ("NOUN") or
# a word with no entity (``found`` empty), in ``_READINGS``' order
_NAMED_READINGS = (_role_holders, _home_country, _seat_state, _force_owners, _member_orgs)


def _dateline_end(token: Any, para: Paragraph) -> int:
    """The index of the dash closing a dateline that opens the token's sentence ("Doha, Qatar
    - ...", "Ramallah, occupied West Bank - ...", "KABUL (Reuters) - ..."), else -1
    (``kg.nlp.datelines.dateline_dash``, the one reader of datelines). Read once a sentence
    of the paragraph last asked about (``_DATELINE_ENDS``): asked for every trigger word and
    many subjects, about 25 times an article."""
    global _DATELINE_ENDS
    held, ends = _DATELINE_ENDS  # (one read: a pair that belongs together)
    if held() is not para:
        ends = {}
        _DATELINE_ENDS = (weakref.ref(para), ends)
    start = para.sent_starts[token.i]
    end = ends.get(start)
    if end is None:
        end = ends[start] = dateline_dash(para.sent_tokens(token.i))
    return end


# the paragraph ``_dateline_end`` last read (weakly: a built article's paragraphs and Docs are
# freed by reference counts) and its sentence start -> the dateline's dash
_DATELINE_ENDS: tuple[Callable[[], Paragraph | None], dict[int, int]] = (lambda: None, {})


def _whose_forces(ctx: ArticleContext, subject: Any) -> bool:
    """ "whose troops", "whose fighters": an actor's armed people act for it; so do its
    attacks ("the group, whose suicide bombings have killed hundreds of civilians"; gen44)."""
    lemma = subject.lemma_.lower()
    return (
        lemma in ctx.cues["force_nouns"]
        or subject.lower_ in ctx.cues["force_nouns"]
        or assaults.attack_noun(ctx, subject)
    ) and any(c.dep_ == "poss" and c.lower_ == "whose" for c in subject.children)


def _stray_apposition(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """The person named right after a role noun and a comma, which the parser hung elsewhere
    ("held talks with her Chinese counterpart, Wang Yi, in Beijing"); with no comma, a name
    the parser made a bare modifier of the verb ("met his Israeli counterpart Ofer Eini",
    "met with US ambassador to Mexico Antonio Garza")."""
    doc = token.doc
    after = token.right_edge.i + 1
    comma = after < len(doc) and doc[after].text == ","
    start = after + 1 if comma else after
    if start >= len(doc):
        return []
    name = doc[start]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    inside = token.left_edge.i <= name.head.i <= token.right_edge.i
    if name.pos_ != "PROPN" or inside or name.dep_ in ("conj", "nsubj", "nsubjpass"):
        return []
    if not comma and (name.dep_ != "npadvmod" or name.head.pos_ != "VERB"):
        return []
    return [e for e in ctx.ents(para, name) if ctx.etype_is(e, EntityType.PERSON)][:1]


def _met_official(ctx: ArticleContext, token: Any) -> bool:
    """ "met the Iranian foreign minister", "talks with the Turkish defence minister": an
    official met or in talks (not one acted upon)."""
    head, meeting = token.head, ctx.cues["counterpart_nouns"]["meeting_verbs"]
    end = token.right_edge.i + 1
    after = [token.doc[end]] if end < len(token.doc) else []
    if any(t.ent_type_ == "PERSON" and t.i > token.i for t in (*token.subtree, *after)):
        return False  # "met with US ambassador to Mexico Antonio Garza": a person named
    if token.dep_ == "dobj":
        return bool(head.lemma_.lower() in meeting)
    if token.dep_ != "pobj" or head.lower_ != "with":
        return False
    # "met with", "talks with", "held talks with" (the parser hangs "with" on the verb)
    words = [head.head, *(c for c in head.head.children if c.dep_ == "dobj")]
    return any(
        w.lemma_.lower() in meeting or w.lower_ in ctx.lx.actors.relation_nouns for w in words
    )


def _scoped(label: str) -> bool:
    """An unnamed collective of one article ("fighters [rd05]"), not a named actor."""
    return label.endswith("]") and " [" in label


def label_head(label: str) -> str:
    """A label's last word, lower case, without a collective's article scope ("stranded
    migrants [rd12]": "migrants")."""
    return label.split(" [")[0].split()[-1].lower()


def _named_as(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """The name a participle gives a noun ("a coalition known as the Fattah Army", "a group
    calling itself the Omar Brigades", "a militia called X"): its "as" object or predicate."""
    names: list[Any] = []
    for acl in para.children(token):
        if acl.dep_ != "acl" or acl.lemma_.lower() not in ctx.cues["naming_participles"]["lemmas"]:
            continue
        for c in para.children(acl):
            if c.dep_ == "prep" and c.lower_ == "as":
                names += [p for p in para.children(c) if p.dep_ == "pobj"]
            elif c.dep_ in ("oprd", "attr", "xcomp"):
                names.append(c)  # not a "dobj": "a statement calling Hamas a terrorist group"
    return list(dict.fromkeys(e for n in names for e in ctx.ents(para, n)))


def _of_objects(token: Any, words: tuple[str, ...] = ("of",)) -> list[Any]:
    return [
        p
        for prep in token.children
        if prep.lower_ in words
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def _shares_passive(verb: Any) -> bool:
    """A participle joined to a passive verb with no auxiliary or subject of its own ("was
    arrested and handed over") is passive as well."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in verb.head.children)
        and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in verb.children
        )
    )


def _conjunct_patients(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The actors a passive conjunct is done to when it has an auxiliary but no subject of
    its own ("The army withdrew from the town and was praised by the AU"): the subject of
    the clause it is joined to, or the noun a relative pronoun there stands for ("the army,
    which withdrew and was praised by ...")."""
    head = verb.head
    if (
        verb.dep_ != "conj"
        or head.pos_ not in ("VERB", "AUX")
        or not any(c.dep_ == "auxpass" for c in para.children(verb))
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in para.children(verb))
    ):
        return []
    found: list[str] = []
    for s in para.children(head):
        if s.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if s.lower_ in ctx.lx.words.relative_pronouns and head.dep_ == "relcl":
            found.extend(ctx.antecedent(para, head.head))
        else:
            found.extend(actors_of(ctx, para, s))
    return list(dict.fromkeys(found))


def _misread_shared_passive(verb: Any, slots: tuple[str, ...]) -> bool:
    """A past-tense conjunct of a passive verb with no subject, auxiliary or object of its own
    but with the preposition its trigger takes, and whose trigger takes a direct object, is
    the passive participle the tagger read as a past tense ("was fined by the AFC and warned
    of heavier sanctions": warned/VBD): a transitive verb that lost its object but kept its
    complement is passive ("and warned Malaysia" stays active, "and protested" is no
    passive)."""
    kids = list(verb.children)
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and "dobj" in slots
        and any(c.dep_ == "auxpass" for c in verb.head.children)
        and any(c.dep_ == "prep" and f"prep:{c.lower_}" in slots for c in kids)
        and not any(c.dep_ in _OWN_ARGUMENTS for c in kids)
    )


# what makes a conjunct a clause of its own, not a passive sharing its head's
_OWN_ARGUMENTS = frozenset(
    {"aux", "auxpass", "nsubj", "nsubjpass", "agent", "dobj", "dative", "ccomp", "npadvmod"}
)


def _reported_speaker(ctx: ArticleContext, para: Paragraph, clause: Any) -> list[str]:
    """The speaker of "Iran said it backed ...": an unresolved pronoun subject of a reported
    clause stands for the subject of the speech verb."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in ctx.cues["speech_verbs"]:
        return []
    return [e for c in clause.head.children if c.dep_ == "nsubj" for e in ctx.ents(para, c)]


def _concern_raised_by_thing(ctx: ArticleContext, para: Paragraph, subject: Any, verb: Any) -> bool:
    """ "'The scale of the killings raises grave concerns about X,' he said": a criticism
    noun under its light verb ("raise concerns", "voice alarm") whose subject is a thing, no
    actor named in it, is the speaker's stance (``_reported_speaker``), as for "it"."""
    if subject.pos_ != "NOUN" or any(t.i in para.links for t in subject.subtree):
        return False
    lemma = verb.lemma_.lower()
    for noun in verb.children:
        if noun.dep_ != "dobj":
            continue
        trigger = ctx.lx.triggers.match(noun)
        if (
            trigger is not None
            and trigger.predicate is Predicate.CRITICIZED
            and lemma in (trigger.light or ())
        ):
            return True
    return False


def _lost_subject(verb: Any) -> Any | None:
    """The subject a finite verb of an adverbial clause lost to the parser: a noun between
    it and the verb it hangs on that the parser made the subject of a participle ("after
    boats holding migrants landed in X": "boats" holding, "landed" on the main verb)."""
    fronted = _fronted_subject(verb)
    if fronted is not None:
        return fronted
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.head.i > verb.i:
        return None
    lost = [
        t
        for t in verb.doc[verb.head.i + 1 : verb.i]
        if t.dep_ == "nsubj" and t.head.tag_ == "VBG" and t.head.i < verb.i
    ]
    return lost[-1] if lost else None


def _fronted_subject(verb: Any) -> Any | None:
    """The subject the parser hung on a fronted phrase: "With the support of X, Podemos
    became ...", "Together with support from Greece's X, Podemos immediately became ...":
    the name right before the verb (past adverbs), after a comma, made a conjunct or an
    apposition of a word inside a prepositional phrase that opens the verb's clause."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children
    ):
        return None
    k = verb.i - 1
    while k > 0 and verb.doc[k].pos_ == "ADV" and verb.doc[k].dep_ == "advmod":
        k -= 1
    name = verb.doc[k]
    if name.pos_ != "PROPN" or name.dep_ not in ("conj", "appos"):
        return None
    first = name.left_edge
    if first.i < 1 or verb.doc[first.i - 1].text != ",":
        return None
    opener = next((c for c in verb.children if c.dep_ == "prep" and c.i < first.i), None)
    if opener is None or not (opener.left_edge.i <= name.head.i <= opener.right_edge.i):
        return None
    return name


def _sayers_participle(ctx: ArticleContext, verb: Any, node: Any) -> bool:
    """A speaker's participle clause with no subject of its own ("..., accusing X of") hung
    on the reported clause ``node`` of a speech ("said the crash was caused by Y, accusing
    ...") whose subject names no actor (``speaker_participles``)."""
    return bool(
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.lemma_.lower() in ctx.cues["speaker_participles"]
        and node.i == verb.head.i
        and node.dep_ == "ccomp"
        and node.head.pos_ == "VERB"
    )


def _actorless_between(ctx: ArticleContext, para: Paragraph, head: Any, participle: Any) -> bool:
    """Every reported clause between a speaker's participle and its head has a subject that
    names no actor ("Israel argues the toll was Hamas' fault, accusing it of ..."): the
    participle is the speaker's, not that clause's."""
    if participle.lemma_.lower() not in ctx.cues["speaker_participles"]:
        return False
    subjects = [
        c
        for t in head.doc[head.i + 1 : participle.i]
        if t.dep_ in ("relcl", "ccomp", "advcl") and t.pos_ in ("VERB", "AUX")
        for c in t.children
        if c.dep_ == "nsubj"
    ]
    return all(t.dep_ != "relcl" for t in head.doc[head.i + 1 : participle.i]) and not any(
        actors_of(ctx, para, c) for c in subjects
    )


def _copula_subjects(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The subject of the copula whose complement ``noun`` is: "Nusra Front and ISIL are the
    two most powerful forces fighting government forces" (the forces fighting are the
    subject, not some country's army the bare noun may be read as)."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return []
    return [
        e for c in para.children(noun.head) if c.dep_ == "nsubj" for e in actors_of(ctx, para, c)
    ]


def _listed_charge(ctx: ArticleContext, verb: Any) -> Any | None:
    """The one held to account when ``verb`` is a gerund the parser hangs on an accounting
    verb ("convicted X of forcing ..., obstructing Y"), listed after the gerund of its "of",
    "for" or "with" phrase: X, its object."""
    head = verb.head
    if (
        verb.dep_ not in ("advcl", "conj")
        or verb.tag_ != "VBG"
        or head.pos_ != "VERB"
        or head.lemma_.lower() not in ctx.cues["accounting_verbs"]
    ):
        return None
    accused = [c for c in head.children if c.dep_ == "dobj"]
    listed = any(
        prep.dep_ == "prep"
        and prep.lower_ in ("of", "for", "with")
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" and c.i < verb.i for c in prep.children)
        for prep in (*head.children, *(c for a in accused for c in a.children))
    )
    return accused[0] if listed and accused else None


def subjects_of(
    ctx: ArticleContext, para: Paragraph, verb: Any, stative: bool = False
) -> list[str]:
    """Who does what ``verb`` says: its subject, else the subject up its chain of heads.
    ``stative``: the trigger is an adjective ("is opposed to"), whose passive subject acts."""
    if stative and verb.dep_ == "amod" and verb.head.lemma_.lower() in ctx.cues["statement_nouns"]:
        # "published a report critical of X": the report's issuer (kg/extract/plans.py)
        return ctx.ents(para, verb.head) or _document_issuers(ctx, para, verb.head)
    charged = _listed_charge(ctx, verb)
    if charged is not None:
        # "convicted Cho of forcing a flight ..., obstructing the captain": the one convicted
        # did each listed act, not the court
        return actors_of(ctx, para, charged)
    node = verb
    for _ in range(5):
        if node != verb and node == verb.head and _shares_passive(verb):
            # "Kony was arrested and handed over to the ICC": the conjunct is passive too;
            # the one handed over does not hand anyone over
            return []
        deps = _SUBJ if node == verb and not stative else (*_SUBJ, "nsubjpass")
        subjects = [c for c in node.children if c.dep_ in deps] or [
            # "which is opposed to": the parser may hang the pronoun on the auxiliary
            g
            for c in node.children
            if c.dep_ in ("aux", "auxpass")
            for g in c.children
            if g.dep_ == "nsubj" and g.lower_ in ctx.lx.words.relative_pronouns
        ]
        lost = _lost_subject(node) if node == verb and not subjects else None
        if lost is not None:
            # "talks after boats carrying migrants landed in X": the parser read the boats'
            # participle as the clause's verb and hung "landed" on the main clause
            return actors_of(ctx, para, lost)
        if subjects:
            found: list[str] = []
            for s in subjects:
                if s.lower_ in ctx.lx.words.relative_pronouns and node.dep_ == "relcl":
                    # "Albania is among the countries that condemned X": the unnamed plural
                    # stands for the copula's subject (``_among_them``); a pronoun linked
                    # already stands for its link ("joined a chorus of countries that
                    # called for X": the joiner, kg/extract/joined_choruses.py)
                    found.extend(
                        (ctx.ents(para, s) if s.i in para.links or s.i in para.groups else None)
                        or ctx.antecedent(para, node.head)
                        or _among_them(ctx, para, node.head, [])
                        or []
                    )
                elif node.dep_ == "relcl" and _whose_forces(ctx, s):
                    # "the Nigerian army, whose troops attacked Boko Haram": its own forces
                    found.extend(ctx.antecedent(para, node.head))
                elif (
                    s.lower_ in ctx.lx.words.relative_pronouns
                    and s.tag_ in ("WDT", "WP")
                    and s.i > 0
                ):
                    # a relative clause the parser did not attach: its noun precedes it
                    prev = s.doc[s.i - 1]
                    prev = s.doc[s.i - 2] if prev.is_punct and s.i > 1 else prev
                    if prev.pos_ in ("NOUN", "PROPN"):
                        found.extend(ctx.antecedent(para, prev))
                elif s.i < _dateline_end(s, para):
                    # "Doha, Qatar - ISIL has captured ...": the parser makes the dateline
                    # the subject and the real one its apposition
                    found.extend(
                        e
                        for a in s.children
                        if a.dep_ in ("appos", "conj") and a.i > _dateline_end(s, para)
                        for e in actors_of(ctx, para, a)
                    )
                else:
                    found.extend(actors_of(ctx, para, s))
                    if not found and (
                        s.lower_ in ctx.lx.words.speaker_pronouns
                        or (node == verb and _concern_raised_by_thing(ctx, para, s, verb))
                    ):
                        found.extend(_reported_speaker(ctx, para, node))
            if not found and node == verb and _spoken(ctx, verb):
                found = issuers(ctx, para, verb)
            if not found and _sayers_participle(ctx, verb, node):
                # "Israel argues the toll was Hamas' fault, accusing it of ...": a participle
                # hung on a reported clause with no actor subject is the speaker's
                node = node.head
                continue
            return found
        agents = [c for c in node.children if c.dep_ == "agent"]
        if agents and node == verb:
            return [
                e
                for a in agents
                for p in a.children
                if p.dep_ == "pobj"
                for e in ctx.ents(para, p) or _means_owners(ctx, para, p)
            ]
        if node == verb and _own_passive_clause(verb):
            # "struck Yemen a day after rockets were fired into Najran": the clause has a
            # subject of its own and no agent; whoever fired is not told
            return []
        if fought_proposal(ctx, node):
            # "opposed a resolution to suspend X", "vetoed a resolution to impose sanctions
            # on X": a proposal fought is no one's act, not its fighter's; a report rejected
            # once out is still its issuer's
            return _answered_text_issuers(ctx, para, node)
        if (
            node.dep_ == "acl"
            and node.head.lemma_.lower() in ctx.cues["statement_nouns"]
            and node.head.dep_ in ("dobj", "nsubjpass")
        ):
            # "Amnesty issued a statement condemning X": the statement's issuer speaks
            node = node.head
            continue
        if node == verb and _backing_strike(ctx, node):
            # "launched air strikes supporting the army's advance": who strikes backs it
            node = node.head
            continue
        enabled = _enabled(ctx, para, node)
        if enabled is not None:
            # "arming Kurdish fighters to fight ISIL", "a green light for the militias to
            # fight ISIL": the ones armed or allowed would act, not the one who enables them
            return enabled
        own = node == verb or (verb.dep_ == "conj" and node == verb.head)
        if own and _infinitival(node) and _endeavour(ctx, para, node):
            # "its campaign to attack the group's camps", "launched an offensive to retake
            # Ramadi", "mobilised in a bid to counter ISIL", "pushed for a vote to suspend
            # X": the endeavour's owner acts
            return endeavour_owners(ctx, para, node.head, led=_negotiating(ctx, node))
        aimed = _aimed_endeavour(ctx, node) if own else None
        if aimed is not None:
            # "launched an offensive aimed at retaking Ramadi": what an endeavour is aimed at
            # is its owner's act, as its "to" clause is
            return endeavour_owners(ctx, para, aimed)
        if qualifiers.ranked_infinitive(ctx.cues, node):
            # "Velayati, who was the third Iranian official to visit Damascus", "Macron became
            # the first French president to visit Rwanda": the copula's subject does it
            node = node.head.head
            continue
        if _agent_passive_adjunct(verb, node):
            return []
        if node.dep_ in ("acl", "relcl"):
            if own and _misread_document_verb(ctx, node):
                # "The UN Security Council resolution called on the Houthis to ...": the
                # parser hung the sentence's verb on its subject, a document, as a participle
                return ctx.ents(para, node.head) or _document_issuers(ctx, para, node.head)
            nearer = _nearer_conjunct(node)
            if nearer is not None:
                # "troops loyal to Saleh and southern fighters allied with Hadi": the
                # participle describes the conjunct just before it, not the noun it hangs on
                return actors_of(ctx, para, nearer)
            # "Blinken, ..., negotiated with Wang" parsed as a participle on the noun; a
            # copula's complement is its subject ("X and Y are the forces fighting Z")
            return _copula_subjects(ctx, para, node.head) or ctx.antecedent(para, node.head)
        if (
            node.dep_ == "ccomp"
            and node.head.lemma_.lower() in ctx.cues["proposed_words"]
            and not any(c.dep_ == "agent" for c in node.children)
        ):
            # "demanded sanctions be imposed on X": the demander seeks them
            node = node.head
            continue
        governor = node.head.head
        if (
            node.dep_ == "pcomp"
            and node.head.dep_ == "prep"
            and governor.dep_ == "relcl"
            and governor.pos_ == "VERB"
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in governor.children)
            and not any(
                c.dep_ in _SUBJ and c.lower_ in ctx.lx.words.relative_pronouns
                for c in governor.children
            )
        ):
            # "journalists it accused of sympathising with X": the relative clause's object
            # is its noun, and the noun does the act (not the accuser)
            return ctx.antecedent(para, governor.head)
        prep = _first_conjunct(node.head) if node.dep_ == "pcomp" else node.head
        if (
            node.dep_ == "pcomp"
            and prep.dep_ == "prep"
            and prep.head.pos_ == "VERB"
            and any(c.dep_ == "dobj" for c in prep.head.children)
            and prep.lower_ not in ctx.cues["frame_preps"]
        ):
            # "accused Iran of arming the Houthis", "praised Oman for hosting the talks": the
            # object does the act, not the accuser ("killed hundreds after seizing Palmyra":
            # a frame's gerund is the subject's); so in a second "and of jailing critics"
            controller = next(c for c in prep.head.children if c.dep_ == "dobj")
            if controller.lower_ in ctx.lx.words.relative_pronouns | {"whom"}:
                governor = prep.head
                return ctx.antecedent(para, governor.head) if governor.dep_ == "relcl" else []
            return actors_of(ctx, para, controller)
        if (
            node.dep_ == "pcomp"
            and prep.dep_ == "prep"
            and prep.lower_ == "of"
            and prep.head.dep_ == "dobj"
            and prep.head.head.pos_ == "VERB"
        ):
            # "accused Western nations of backing X", the parser hanging "of" on the object:
            # the object does the act when it names an actor
            controlled = actors_of(ctx, para, prep.head)
            if controlled:
                return controlled
        asked = _asked(ctx, node)
        if asked:
            # "Amnesty called on Bahrain to release him": the one asked would act
            return [e for p in asked for e in actors_of(ctx, para, p)]
        if node.dep_ == "xcomp" and node.head.pos_ == "VERB":
            controllers = [c for c in node.head.children if c.dep_ == "dobj"]
            nouns = ctx.cues["endeavour_nouns"]["nouns"]
            if controllers and all(c.lemma_.lower() in nouns for c in controllers):
                # "pressing its campaign to attack al-Shabab": the parser's object is the
                # endeavour, and its owner acts
                return [e for c in controllers for e in endeavour_owners(ctx, para, c)]
            tools = node.head.lemma_.lower() in ctx.cues["intents"]["instrument_verbs"]
            named = [e for c in controllers for e in actors_of(ctx, para, c)]
            if controllers and (named or not tools):
                # "training Iraqi forces to fight ISIL": the trained fight, not the trainer
                # ("used tear gas to disperse them": a tool does nothing, its user does)
                return named
        if node.dep_ == "prep" and node.lower_ == "as":
            # "framed the intervention as protecting Lebanon": the object is described, and
            # the verb's subject only says so
            break
        if (
            node.dep_ == "advcl"
            and _clause_between(node.head, node)
            and not _actorless_between(ctx, para, node.head, node)
        ):
            # "he is coming home to a nation where thousands spent weeks protesting, waging
            # battles with police": the participle belongs to the nearer clause
            break
        if node.dep_ in ("xcomp", "conj", "advcl", "pcomp", "prep", "pobj", "dobj", "acomp"):
            node = node.head
            continue
        if node != verb and _leading_adverb(node) and node.lower_ in ctx.cues["frame_preps"]:
            # "spoke to reporters ahead of a meeting with X", "prior to visiting Y": the
            # adverb and its preposition frame the clause as "before" does (place63)
            node = node.head
            continue
        break
    return []


def _agent_passive_adjunct(verb: Any, node: Any) -> bool:
    """``verb`` is a gerund in an adjunct ("after taking over the town", "while storming
    it") of ``node``, a passive participle on a noun with its "by" agent: "soldiers captured
    by the fighters after taking over the town". Either the noun or the agent may have done
    the gerund's deed (the fighters took the town; "a man arrested by police after stabbing
    two people" stabbed), so neither is named as its doer."""
    adjunct = verb.head if verb.dep_ == "pcomp" else verb
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("pcomp", "advcl")
        and adjunct.head == node
        and adjunct.dep_ in ("prep", "advcl")
        and node.dep_ == "acl"
        and node.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in node.children)
    )


def _means_owners(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The actor named on an unnamed event noun that does a passive's deed: "backed by US air
    support", "hit by Israeli fire" (the US backs, Israel hits)."""
    if not ctx.lx.triggers.candidates(noun.lemma_.lower(), "NOUN"):
        return []
    return [
        e
        for c in noun.children
        if c.dep_ in ("poss", "compound", "amod", "nmod")
        for e in ctx.ents(para, c, adjectives=True)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]


def _infinitival(clause: Any) -> bool:
    """A "to" clause on a noun: a participle's or, as the parser may read it after a plural
    or coordinated noun, a relative clause with no subject of its own ("doesn't have any
    plans or directives to target the West", att34)."""
    if clause.dep_ == "acl":
        return True
    return clause.dep_ == "relcl" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
    )


def _endeavour(ctx: ArticleContext, para: Paragraph, clause: Any) -> bool:
    """A "to" clause on a noun of effort or intent ("a campaign to attack", "a bid to"), or
    on a proposal its owner or backer puts ("pushed for a vote to suspend X"); not a
    refusal ("an attempt to block ISIL's offensive" is force, not words)."""
    noun = clause.head
    trigger = ctx.lx.triggers.match(clause)
    if trigger is None and (
        noun.dep_ == "dobj" or _named_endeavour_owners(ctx, para, noun, led=True)
    ):
        # "Turkey's efforts to reach a deal with X", "made efforts to reach an agreement
        # with X"; not "is wary of efforts to reach a deal" (the wary one makes none)
        trigger = _light_object_trigger(ctx, clause)
    lemma = noun.lemma_.lower()
    aid = trigger is None and noun.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
    if aid:
        # "Turkey's decision to provide military support to X", "curbs Hezbollah's ability
        # to provide logistical support to the regime": the owner gives the aid
        trigger = _light_object_trigger(ctx, clause, _AIDING)
    return (
        trigger is not None
        and trigger.event is not EventType.REJECT
        and clause.tag_ == "VB"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)
        and noun.pos_ == "NOUN"
        and (
            lemma in ctx.cues["endeavour_nouns"]["nouns"]
            or lemma in ctx.cues["proposal_nouns"]["nouns"]
            or (aid and trigger.event in _AIDING and _aid_means(ctx, noun))
        )
    )


def _aimed_endeavour(ctx: ArticleContext, verb: Any) -> Any | None:
    """The endeavour noun a gerund is the aim of ("an offensive aimed at retaking Ramadi", "a
    campaign designed at driving out X": noun, aim participle, "at", gerund), or none."""
    at = verb.head
    if (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and at.lower_ == "at"
        and qualifiers.endeavour_aim(ctx.cues, at.head)
    ):
        return at.head.head
    return None


def _used_weapon(ctx: ArticleContext, noun: Any) -> bool:
    """A weapon after the "of" of a noun of using ("the use of violence against X"): whoever
    uses it is that noun's owner, read by ``kg/extract/weapon_uses.py``, not the subject of
    the verb above ("Amnesty denounced the use of violence against civilians")."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() in ctx.cues["weapon_uses"]["nouns"]
    )


def _past_destinations(
    ctx: ArticleContext, para: Paragraph, head: Any, objects: list[str]
) -> list[str]:
    """The objects but a second "to" phrase's place ("provide support to the regime and
    transport fighters to Syrian territory": the territory is where fighters go, not who is
    given the support); a first "to" keeps whatever it names (sup50)."""
    places = ctx.lx.words.places.lists["owned_place_nouns"]
    tos = [c for c in para.children(head) if c.dep_ == "prep" and c.lower_ == "to"]
    gone = {
        e
        for prep in tos[1:]
        for p in para.children(prep)
        if p.dep_ == "pobj" and p.lemma_.lower() in places
        for e in actors_of(ctx, para, p)
    }
    kept = {e for prep in tos[:1] for p in para.children(prep) for e in actors_of(ctx, para, p)}
    return [e for e in objects if e not in gone or e in kept]


def _aid_means(ctx: ArticleContext, noun: Any) -> bool:
    """A means noun ("ability", "capacity") its owner has: not one lacked, sought or denied
    ("lacks the capacity to provide help to X", "does not have the means to")."""
    cues = ctx.cues["endeavour_nouns"]
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return (
        noun.lemma_.lower() in cues["aid_means"]
        and governor.lemma_.lower() not in cues["lacked_means"]
        and not any(c.dep_ == "neg" for c in governor.children)
        and not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    )


# the acts an endeavour's light-verb aim ("efforts to reach a deal with X") or a hyphened
# leader ("US-led efforts to negotiate with X") credits to its owner: talks and deals
_NEGOTIATING = frozenset({EventType.CONSULT, EventType.AGREE})
# ... and the aid its light verb gives ("a decision to provide military support to X"; sup50)
_AIDING = frozenset({EventType.SUPPORT, EventType.AID})


def _light_object_trigger(
    ctx: ArticleContext, verb: Any, events: frozenset[EventType] = _NEGOTIATING
) -> Trigger | None:
    """The trigger of a talk or deal noun (``events``) the verb takes as its light-verb
    object ("to reach a deal with X", "to hold talks with X"): the verb stands for that
    noun's act."""
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        trigger = ctx.lx.triggers.match(c)
        if (
            trigger is not None
            and trigger.light is not None
            and trigger.event in events
            and light_verb(c).i == verb.i
        ):
            return trigger
    return None


def _negotiating(ctx: ArticleContext, clause: Any) -> bool:
    """The clause talks or makes a deal, by its own trigger or its light-verb object."""
    trigger = ctx.lx.triggers.match(clause) or _light_object_trigger(ctx, clause)
    return trigger is not None and trigger.event in _NEGOTIATING


def _proposal_fought(ctx: ArticleContext, noun: Any) -> bool:
    """A proposal noun or text that its verb's subject fights ("vetoed a resolution to", "voted
    against a motion to", "blocked a statement condemning"): that subject does not back what
    the proposal would do nor say what the text says."""
    words = ctx.cues["proposal_nouns"]
    if noun.lemma_.lower() not in (*words["nouns"], *words["texts"]):
        return False
    verb = noun.head
    if noun.dep_ == "pobj":
        if verb.lower_ in words["against_preps"]:
            return True
        verb = verb.head
    refusals = words["refusals"]
    # "refused to sign a declaration condemning X": the verb a refusal governs is not done
    return verb.lemma_.lower() in refusals or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in refusals
    )


def fought_proposal(ctx: ArticleContext, clause: Any) -> bool:
    """A clause that says what a proposal its governing verb's subject fights would do
    ("vetoed a resolution to impose sanctions on X", "opposed a motion condemning X"): an act
    inside it is credited to nobody (``proposal_nouns`` of kg/data/en/cues.json)."""
    if clause.pos_ not in ("VERB", "AUX") or clause.tag_ == "VBN":
        return False
    if clause.dep_ in ("acl", "relcl") or (clause.dep_ == "advcl" and clause.head.pos_ == "NOUN"):
        return _proposal_fought(ctx, clause.head)  # the noun's clause, however it is parsed
    if clause.dep_ == "dobj" and clause.tag_ == "VBG":
        # "rejected a draft criticizing X": the parser may make the text a compound of the
        # participle and the participle the verb's object
        words = ctx.cues["proposal_nouns"]
        return clause.head.lemma_.lower() in words["refusals"] and any(
            c.dep_ == "compound" and c.lemma_.lower() in (*words["nouns"], *words["texts"])
            for c in clause.children
        )
    if clause.dep_ != "advcl" or clause.tag_ != "VB":
        return False
    # "Russia vetoed the draft resolution to impose sanctions": the parser may hang the "to"
    # clause that follows the proposal on the verb, as if it were the verb's purpose
    to = [c for c in clause.children if c.dep_ == "aux" and c.tag_ == "TO"]
    # the proposal is the verb's object or its preposition's ("disagreed with German advice
    # to shun British lamb")
    objects = [
        o
        for c in clause.head.children
        for o in ([c] if c.dep_ in ("dobj", "nsubjpass") else [])
        + ([p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else [])
    ]
    return bool(to) and any(
        o.right_edge.i + 1 == to[0].i and _proposal_fought(ctx, o) for o in objects
    )


def in_fought_proposal(ctx: ArticleContext, token: Any) -> bool:
    """Whether the token stands inside the clause of a proposal fought (``fought_proposal``):
    "sanctions" in "Russia vetoed a resolution to impose sanctions on Syria"; not in a clause
    of its own subject below it ("a resolution to condemn X, which attacked Y": X did)."""
    node = token
    while node.head is not node:
        if fought_proposal(ctx, node):
            return True
        if node is not token and any(c.dep_ in (*_SUBJ, "nsubjpass") for c in node.children):
            return False
        node = node.head
    return False


def endeavour_owners(
    ctx: ArticleContext, para: Paragraph, noun: Any, led: bool = False
) -> list[str]:
    """Whose effort the noun is: its owner ("its campaign", "the Iraqi offensive", "a bid by
    Iraq"), else who does the verb it depends on ("launched an offensive", "in a bid to")."""
    owners = _named_endeavour_owners(ctx, para, noun, led)
    if owners:
        return owners
    cues = ctx.cues["endeavour_nouns"]
    lemma, governor = noun.lemma_.lower(), noun.head.lemma_.lower()
    if lemma in cues["aid_means"] and governor not in cues["had_means"]:
        # "destroyed the tunnels to limit the capacity to provide weapons to X": a means noun
        # with no owner is its verb's subject's only when that subject has it ("Canada has
        # the capacity to provide help to X")
        return []
    return [e for e in _governor_subjects(ctx, para, noun) if ctx.etype_in(e, ACTOR_TYPES)]


def _named_endeavour_owners(
    ctx: ArticleContext, para: Paragraph, noun: Any, led: bool
) -> list[str]:
    """The owners the endeavour noun names itself: "its campaign", "the Iraqi offensive", "a
    bid by Iraq"; with ``led``, a hyphened leader too ("US-led efforts to reach a deal": not
    "an Iraqi-led operation to retake X", whose troops need not be the leader's)."""
    owners = [
        e
        for c in noun.children
        if c.dep_ in ("poss", "compound", "amod", "nmod")
        for e in ctx.ents(para, c, adjectives=True)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
    owners += [e for p in prep_objects(noun, ("by",)) for e in actors_of(ctx, para, p)]
    leading = ctx.cues["endeavour_nouns"]["leading_participles"] if led else ()
    owners += [
        # "US-led efforts to reach a deal": the name hyphened to the participle leads it
        e
        for c in noun.children
        if c.dep_ == "amod" and c.lower_ in leading
        for n in c.children
        if n.dep_ in ("npadvmod", "compound", "nmod", "amod")
        for e in ctx.ents(para, n, adjectives=True)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
    return list(dict.fromkeys(owners))


def _nearer_conjunct(participle: Any) -> Any | None:
    """A noun conjoined inside the participle's head phrase and standing between them: the
    parser's attachment skipped it ("president Saleh and southern fighters allied with ...")."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.i < participle.head.i:
        return None
    head = participle.head
    between = [
        t
        for t in head.subtree
        if head.i < t.i < participle.i and t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")
    ]
    return between[-1] if between else None


def _enabled(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str] | None:
    """The actors a "to" clause is for: the object of an enabling verb it serves ("sent
    troops to fight", "armed the rebels to fight") or the "for" object of the noun it
    qualifies ("a green light for the militias to fight"; none when that object names no
    actor). None: no such clause, the subject above does it."""
    if verb.dep_ not in ("advcl", "relcl", "acl") or not any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children
    ):
        return None
    head = verb.head
    if verb.dep_ == "advcl" and head.lemma_.lower() in ctx.cues["enabling_verbs"]:
        objects = [c for c in head.children if c.dep_ == "dobj"]
        found = [
            e for n in objects for e in actors_of(ctx, para, n) if ctx.etype_in(e, ACTOR_TYPES)
        ]
        return found or None  # "used its veto to block": the subject acts
    if verb.dep_ != "advcl" and head.pos_ == "NOUN":
        nodes = [
            p
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "for" and prep.i < verb.i
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        if nodes:
            return [
                e for n in nodes for e in actors_of(ctx, para, n) if ctx.etype_in(e, ACTOR_TYPES)
            ]
    return None


def _question(ctx: ArticleContext, verb: Any) -> bool:
    """ "asked X whether ...", "asked X what ...", "asked X about Y": a question, with no
    "to" clause that would make it a request ("asked X to leave")."""
    words = ctx.cues["questions"]
    kids = list(verb.children)
    if verb.lemma_.lower() not in words["verbs"] or any(k.dep_ == "xcomp" for k in kids):
        return False
    return any(
        (k.dep_ == "ccomp" and k.left_edge.lower_ in words["words"])
        or (k.dep_ == "prep" and k.lower_ in words["preps"])
        for k in kids
    )


def _first_conjunct(prep: Any) -> Any:
    """ "accused X of arming Y and of sending Z": the first preposition of a coordinated
    row of prepositions, which the verb governs (the parser may hang the second on the
    first, on the first's gerund after its "and", or on the verb as a conjunct)."""
    for _ in range(4):
        head = prep.head
        if prep.pos_ != "ADP" or head == prep:
            break
        if prep.dep_ == "conj" and head.pos_ == "ADP":
            prep = head
        elif prep.dep_ == "conj" and head.pos_ == "VERB":
            first = [c for c in head.children if c.dep_ == "prep" and c.lower_ == prep.lower_]
            if not first:
                break
            prep = first[0]
        elif (
            prep.dep_ == "prep"
            and head.dep_ == "pcomp"
            and head.head.lower_ == prep.lower_
            and any(c.dep_ == "cc" and c.i < prep.i for c in head.children)
        ):
            prep = head.head
        else:
            break
    return prep


def _asked(ctx: ArticleContext, verb: Any) -> list[Any]:
    """The ones asked to do ``verb``: "called on Bahrain [to release him]", "appealed to
    Israel [to lift the blockade]"."""
    if verb.dep_ not in ("advcl", "xcomp") or not any(c.lower_ == "to" for c in verb.children):
        return []
    preps = ctx.cues["urging_preps"].get(verb.head.lemma_.lower(), ())
    return [
        p
        for prep in verb.head.children
        if prep.dep_ == "prep" and prep.i < verb.i and prep.lower_ in preps
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def _clause_between(head: Any, participle: Any) -> bool:
    """A verb with a subject of its own stands between a participle and the head the parser
    gave it (a relative or reported clause the participle more likely belongs to)."""
    if participle.tag_ != "VBG" or participle.i < head.i:
        return False
    return any(
        t.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in t.children)
        for t in head.doc[head.i + 1 : participle.i]
        if t.dep_ in ("relcl", "ccomp", "advcl")
    )


def owners_of(ctx: ArticleContext, para: Paragraph, noun: Any, trigger: Trigger) -> list[str]:
    """The actor behind an unnamed object: "struck Hezbollah positions", "condemned the Russian
    attack", "denounced Serbia's suppression of ...", "criticised a ban imposed by Russia",
    "the offensive by ISIL". Not for consultations ("met Putin's envoy" is not Putin)."""
    predicate = trigger.predicate
    lemma = noun.lemma_.lower()
    staff = noun.tag_ == "NNS" and lemma in ctx.lx.title_words.get("profession_titles", ())
    if (
        predicate in _CONSULT
        or (lemma in ctx.lx.roles and not staff)
        or noun.lower_ in ctx.lx.collective_heads
    ):
        # a role or a group is an actor of its own ("Shia fighters"), not its owner's object;
        # an organisation's unnamed staff are ("jailed three Al Jazeera journalists")
        return []
    # "blamed Myanmar's neighbours": someone's neighbours are not them ("our GCC partners",
    # "Gulf allies" are the GCC and the Gulf states themselves)
    owning: tuple[str, ...] = ("compound", "amod", "nmod")
    # "arrested his brother": a relative is someone else too (``kin_nouns``)
    if lemma not in ctx.cues["relational_nouns"] and lemma not in ctx.cues["kin_nouns"]["words"]:
        owning = ("poss", *owning)
    elif _group_owned(ctx, para, noun):
        return []  # "their Pakistani counterpart" (the Taliban's): no state
    if predicate is Predicate.ATTACKED and lemma in ctx.cues["social_ills"]["nouns"]:
        return []  # "promising to fight against Chile's inequalities": no attack on Chile
    if predicate is Predicate.ATTACKED and lemma in ctx.cues["contested_acts"]:
        return []  # "fought his release", "will fight the ruling": an act opposed, no foe
    if predicate is Predicate.REQUESTED and lemma in ctx.cues["reproaches"]["leaving_nouns"]:
        # "demanded Maduro's resignation", "called for the ouster of X": the one to go is not
        # the one asked (``reproaches`` makes the call's criticism of them; prec66)
        return []
    own = ctx.lx.triggers.match(noun)
    if predicate is Predicate.CRITICIZED and own is not None and own.owner_is_object:
        # "condemned Odinga's arrest", "denounced his detention": the one the act befell is
        # not whom its critic blames (crit62)
        owning = tuple(d for d in owning if d != "poss")
    if any(_acting(c) for c in noun.children if c.dep_ == "poss"):
        # "opposed destroying smugglers' boats": the owner suffers the act, nobody opposes it
        return []
    # "welcomed the Saudi statement" supports Saudi Arabia, but "protecting its Catholic
    # followers" does not support Catholics: a demonym owns an act, not people or things
    event = own is not None
    # "arrested two Turkish engineers", "kidnapped Indian teachers": a demonym names whose
    # people they are, not its state (people of a state body are collectives: "Turkish
    # soldiers", read before this)
    people = noun.tag_ == "NNS" and lemma in people_nouns(ctx.lx.language)
    # "lifted the embargo on Cuban cigars": a measure eased on a country's goods eases it
    # for their country
    eased = predicate is Predicate.CONCEDED_TO and noun.dep_ == "pobj"
    adjectives = ((predicate.family is not Family.COOPERATION or eased) and not people) or (
        lemma in ctx.cues["act_nouns"] or event
    )
    owned = [
        (c, e)
        for c in noun.children
        if c.dep_ in owning
        and (adjectives or (c.pos_ in ("PROPN", "NOUN", "PRON") and c.ent_type_ != "NORP"))
        for e in ctx.ents(para, c, adjectives=True)
        if ctx.etype_in(e, ACTOR_TYPES) and not _patient_named(ctx, para, noun, c, e)
    ]
    found = [e for c, e in owned if not _foreign_adjective(ctx, c, e, owned)]
    for child in noun.children:
        # (an event noun also when its light verb is not there: "hit by Saudi-led air strikes")
        led = event or bool(ctx.lx.triggers.candidates(lemma, "NOUN"))
        backing = ctx.lx.triggers.match(child)
        if backing is not None and backing.predicate is Predicate.SUPPORTED:
            continue  # "fight Iranian-backed groups": the backer is not the one fought
        if child.dep_ == "amod" and child.tag_ == "VBN" and (child.lemma_ != "lead" or led):
            # "UN-brokered efforts", "Saudi-led strikes" (a "US-led coalition" is an actor of
            # its own)
            found += [
                e
                for c in child.children
                if c.dep_ in ("npadvmod", "compound", "nmod")
                for e in ctx.ents(para, c, adjectives=True)
                if ctx.etype_in(e, ACTOR_TYPES)
            ]
        if (
            child.dep_ == "acl"
            and child.tag_ == "VBN"
            and child.lemma_.lower() not in ctx.cues["permission_verbs"]
            and not any(c.dep_ == "neg" for c in child.children)
        ):
            # "a ban imposed by Russia" is Russia's; "rallies (not) licensed by the
            # government" are not the government's
            found += _by_agents(ctx, para, child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            found += [e for p in child.children if p.dep_ == "pobj" for e in ctx.ents(para, p)]
    if lemma in ctx.cues["intents"]["promise_nouns"]:
        # "reneged on its commitment to the Zambian people", "broke its promise to Kenya":
        # a promise is owed to whom it was made
        found += [e for p in _of_objects(noun, ("to",)) for e in actors_of(ctx, para, p)]
    if (
        predicate in (Predicate.MOBILIZED, Predicate.WITHDREW_FROM)
        and lemma in ctx.cues["intents"]["frontier_nouns"]
    ):
        # "massed troops on its border with Pakistan", "deployed warships off the coast of
        # Cyprus": forces shown at a frontier face the country across it (and "withdrew its
        # troops from the border with Thailand" pull back from it)
        found += [e for p in _of_objects(noun, ("with", "of")) for e in actors_of(ctx, para, p)]
    if predicate is Predicate.ATTACKED and lemma in assault_words().owned_targets:
        # "attacked the offices of the Somali government", "ambushed a convoy of the army",
        # "raided a hideout of al-Shabab militants": whose building or convoy was hit was
        # attacked
        found += [
            e
            for p in _of_objects(noun)
            for e in actors_of(ctx, para, p) or assaults.named_actors(ctx, para, p)
        ]
    if not found and predicate is Predicate.ATTACKED:
        found = _vehicle_riders(ctx, para, noun)
    if not found and predicate is Predicate.CRITICIZED and lemma in ctx.cues["faults"]["nouns"]:
        # "denounced the arrogance of Egypt's judiciary": a fault is its holder's
        found = [e for p in _of_objects(noun) for e in actors_of(ctx, para, p)]
    if not found and predicate is Predicate.CRITICIZED and lemma in ctx.cues["abuse_nouns"]:
        # "complained of discrimination in Myanmar": a state's abuse, named by its country
        found = [
            e
            for e in ctx.linked_pobjs(para, noun, ("in", "by"))
            if ctx.etype_is(e, EntityType.COUNTRY)
        ]
    if not found and predicate is Predicate.THREATENED and lemma in ctx.cues["threatened_goods"]:
        # "a threat to the security of Jordan", "threatened the stability of Lebanon": the good
        # threatened is its holder's, as "Jordan's security" is (back59)
        found = [e for p in _of_objects(noun) for e in actors_of(ctx, para, p)]
    if (
        not found
        and predicate in (Predicate.SANCTIONED, Predicate.CONCEDED_TO)
        and lemma in ctx.cues["traded_goods"]
    ):
        # "tariffs on steel imports from Canada": goods stand for the country they come from
        found = [e for p in _of_objects(noun, ("from",)) for e in actors_of(ctx, para, p)]
    if not found and predicate is Predicate.REQUESTED and ctx.lx.triggers.match(noun):
        # "called for sanctions against Nigeria": the requested event's own target
        objects, between = _prep_objects(ctx, para, noun, ("against", "on", "with", "to"))
        found = objects + between
    return found


def _aimed_objects(ctx: ArticleContext, para: Paragraph, noun: Any, trigger: Trigger) -> list[str]:
    """ "an attack targeting a convoy of NATO troops", "air strikes that hit Hezbollah
    positions": an attack noun's participle or relative clause of aim (``aim_clauses``) names
    what the attack hit, and an unnamed object stands for its owner or riders as it does
    after "on" ("an attack on a convoy of NATO troops"). Only the object of such a clause:
    "an attack killing 20 people" names the dead, not a target (gen65)."""
    if trigger.predicate is not Predicate.ATTACKED:
        return []
    words = ctx.cues["aim_clauses"]["words"]
    relative = ctx.lx.words.relative_pronouns
    found: list[str] = []
    for clause in para.children(noun):
        if clause.pos_ != "VERB" or clause.lemma_.lower() not in words:
            continue
        kids = para.children(clause)
        participle = clause.dep_ == "acl" and clause.tag_ == "VBG"
        # "strikes that targeted X" (not "strikes the army said hit X": its own subject)
        relative_clause = clause.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ in relative for c in kids
        )
        if not (participle or relative_clause) or any(c.dep_ == "neg" for c in kids):
            continue
        for obj in kids:
            if obj.dep_ == "dobj":
                found += actors_of(ctx, para, obj) or owners_of(ctx, para, obj, trigger)
    return found


def _vehicle_riders(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """ "attacked a bus carrying Shia pilgrims", "fired at a boat carrying civilians",
    "ambushed a truck transporting soldiers": the people a vehicle carries (a ``carry_verbs``
    participle on a ``vehicle_nouns`` noun) are the ones attacked, not the vehicle."""
    if noun.lemma_.lower() not in ctx.lx.words.places.lists["vehicle_nouns"]:
        return []
    carry = ctx.cues["carry_verbs"]["words"]
    return [
        e
        for acl in para.children(noun)
        if acl.dep_ == "acl" and acl.tag_ == "VBG" and acl.lemma_.lower() in carry
        for obj in para.children(acl)
        if obj.dep_ == "dobj"
        for e in actors_of(ctx, para, obj)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]


def _foreign_adjective(
    ctx: ArticleContext, child: Any, owner: str, owned: list[tuple[Any, str]]
) -> bool:
    """ "toppled Egypt's Turkish monarchy", "attacked Iraq's Turkish minority": a country's
    adjective on a noun a country owns says where it came from; the possessor owns it."""
    if child.dep_ != "amod" or not ctx.etype_is(owner, EntityType.COUNTRY):
        return False
    return any(
        c.dep_ == "poss" and e != owner and ctx.etype_is(e, EntityType.COUNTRY) for c, e in owned
    )


def _named_sites(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The places a common noun names by its "of" phrase or its apposition ("the stronghold
    of Aden", "the stronghold, the port city of Aden")."""
    named = _of_objects(noun) + [c for c in para.children(noun) if c.dep_ == "appos"]
    found = [
        e
        for p in named
        for e in (ctx.ents(para, p) if p.i in para.links else [places.named_place(ctx, para, p)])
    ]
    return [e for e in found if e is not None and ctx.etype_in(e, PLACE_TYPES)]


def _between_sides(ctx: ArticleContext, noun: Any, trigger: Trigger) -> bool:
    """ "fled the fighting between Houthi rebels and pro-Hadi fighters in Aden": an attack
    noun with a "between"/"among" phrase names its sides, who fight each other; a place after
    it is where they fight, not what either attacked (gen62)."""
    preps = ctx.lx.words.group_preps
    return trigger.prep in preps or any(
        c.dep_ == "prep" and c.lower_ in preps for c in noun.children
    )


def _aimed(noun: Any, clause: Any) -> bool:
    """The attack noun, or its light verb, names what was hit ("open fire on a bus in
    Nigeria"): a place after it is where the thing was, not the target ("on Tuesday" is a
    time)."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("on", "at", "upon", "against", "into")
        and any(p.dep_ == "pobj" and p.ent_type_ not in _NOT_ACTOR_ENTS for p in prep.children)
        for node in dict.fromkeys((noun, clause))
        for prep in node.children
    )


def _clause_doers(ctx: ArticleContext, para: Paragraph, verb: Any, trigger: Trigger) -> list[str]:
    """The doers of a passive harm with no agent of its own, told by an attack clause under
    it ("five people were killed after gunmen stormed a guesthouse", "two soldiers wounded
    when al-Shabab attacked the base"): the active attack verb's subjects (atk35; the
    opening words are ``harm_clauses.marks``)."""
    if trigger.predicate is not Predicate.ATTACKED:
        return []
    marks = ctx.cues["harm_clauses"]["marks"]
    found: list[str] = []
    for clause in para.children(verb):
        if clause.dep_ != "advcl" or clause.pos_ != "VERB":
            continue
        kids = para.children(clause)
        if not any(c.dep_ == "mark" and c.lower_ in marks for c in kids) or any(
            c.dep_ in ("nsubjpass", "auxpass") for c in kids
        ):
            continue
        own = ctx.lx.triggers.match(clause)
        if own is None or own.predicate is not Predicate.ATTACKED:
            continue
        found += [e for e in subjects_of(ctx, para, clause) if ctx.etype_in(e, ACTOR_TYPES)]
    return list(dict.fromkeys(found))


def _acting(token: Any) -> bool:
    """A gerund modifies the token ("destroying [smugglers'] boats")."""
    return any(c.dep_ == "amod" and c.tag_ == "VBG" for c in token.children)


def _by_agents(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    found = [
        e
        for a in para.children(verb)
        if a.dep_ == "agent"
        for p in para.children(a)
        if p.dep_ == "pobj"
        for e in actors_of(ctx, para, p) or _means_owners(ctx, para, p)
    ]
    return found or _stray_agent_actors(ctx, para, verb)


_STANCE_PREDICATES = frozenset({Predicate.SUPPORTED, Predicate.CRITICIZED})


def _chained_stance(
    ctx: ArticleContext, para: Paragraph, participle: Any, trigger: Trigger
) -> Any | None:
    """ "The reform was opposed by the unions, criticised by Amnesty": a stance participle
    set off by a comma after the "by" agent of another passive stance verb takes that verb's
    patient, not the agent the parser hangs it on; returns the token standing for the
    patient (the passive subject, or the noun the first participle describes). None when the
    participle describes its noun: after no stance ("carried out by militants, backed by
    Iran"), or as one of ``sponsor_participles`` ("rejected by the Houthis, backed by Iran")."""
    noun = participle.head
    agent = noun.head
    if (
        trigger.predicate not in _STANCE_PREDICATES
        or participle.lemma_.lower() in ctx.cues["sponsor_participles"]["words"]
        or participle.dep_ != "acl"
        or participle.i == 0
        or para.tokens[participle.i - 1].text != ","
        or noun.dep_ != "pobj"
        or agent.dep_ != "agent"
    ):
        return None
    first = agent.head
    before = para.trigger(ctx.lx.triggers, first)
    if first.tag_ != "VBN" or before is None or before.predicate not in _STANCE_PREDICATES:
        return None
    patients = [c for c in para.children(first) if c.dep_ == "nsubjpass"]
    if patients:
        return patients[0]
    return first.head if first.dep_ == "acl" else None


def _stray_agent_actors(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The actors after a passive verb's stray "by" (``_stray_agents``)."""
    return [
        e
        for a in _stray_agents(para, verb, ctx.lx)
        for p in para.children(a)
        if p.dep_ == "pobj"
        for e in actors_of(ctx, para, p)
    ]


def passive_agents(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The actors after a passive verb's "by" ("was described by Modi as ..."), however the
    parser labelled the "by"."""
    return _by_agents(ctx, para, verb)


def _stray_agents(para: Paragraph, verb: Any, lx: Lexicon) -> list[Any]:
    """The "by" of a passive verb that the parser read as a plain preposition, on the verb
    ("was fined by FIFA") or on the verb's complement ("has been blacklisted as a terrorist
    group by the EU", "was designated a terrorist group by Canada"); only its actors count
    (the callers keep those), so "by the border" or "by Friday" name no agent."""
    kids = para.children(verb)
    if verb.tag_ != "VBN" or not any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
        return []
    nouns = [c for c in kids if c.dep_ in ("dobj", "oprd", "attr")]
    nouns += [
        p
        for c in kids
        if c.dep_ == "prep" and c.lower_ == "as"
        for p in para.children(c)
        if p.dep_ == "pobj"
    ]
    nouns += stray_by_hosts(para, kids, lx)
    return [
        a
        for node in (verb, *nouns)
        for a in para.children(node)
        if a.dep_ == "prep" and a.lower_ == "by"
    ]


def _prep_objects(
    ctx: ArticleContext,
    para: Paragraph,
    head: Any,
    preps: tuple[str, ...],
    trigger: Trigger | None = None,
) -> tuple[list[str], list[str]]:
    """(objects after the given prepositions, participants after between/among). With
    ``trigger``, an object that is no actor stands for its owner ("critical of the US'
    involvement")."""
    objects: list[str] = []
    between: list[str] = []
    kids = list(head.children)
    if head.pos_ == "NOUN":
        # "lifted the curfew imposed in Mali", "the sanctions imposed on Iran": the noun's
        # own preposition, hung on a participle that is one of its light verbs (not "the
        # protection denied to X")
        lights = {
            v
            for t in ctx.lx.triggers.candidates(head.lemma_.lower(), "NOUN")
            for v in t.light or ()
        }
        kids += [
            g
            for k in kids
            if k.dep_ == "acl" and k.tag_ == "VBN" and k.lemma_.lower() in lights
            for g in k.children
        ]
        kids += preps_on_doer(para, head, ctx.lx)
        kids += _hung_on_blame(ctx, head)
    elif head.pos_ == "VERB":
        # "fought in the streets of Aleppo against X": the verb's "against" on the place
        kids += preps_on_frames(para, head, preps, ctx.lx)
    # "pulled its troops out of Somalia": the parser hangs "of" on "out"; "out of" is "from"
    outs = {
        g.i
        for k in kids
        if k.lower_ == "out" and k.dep_ in ("prep", "prt", "advmod")
        for g in k.children
        if g.dep_ == "prep" and g.lower_ == "of"
    }
    kids += [g for k in kids for g in k.children if g.i in outs]
    if trigger is not None and trigger.predicate is Predicate.VISITED:
        # "will travel to Singapore and then on to Vietnam": the next leg's "to" hangs on "on"
        onward = ctx.cues["onward_words"]["words"]
        kids += [
            g
            for k in kids
            if k.lower_ in onward and k.dep_ in ("conj", "dep", "advmod", "prt")
            for g in k.children
            if g.dep_ == "prep"
        ]
        # "landed on boats in Malaysia", "arrived by plane in Doha": the parser may hang the
        # place on the vehicle
        vehicles = ctx.lx.words.places.lists["vehicle_nouns"]
        kids += [
            g
            for k in list(kids)
            if k.dep_ == "prep" and k.lower_ in ("on", "by", "aboard", "in")
            for v in k.children
            if v.dep_ == "pobj" and v.lemma_.lower() in vehicles
            for g in v.children
            if g.dep_ == "prep" and g.lower_ in ("in", "at", "into", "to")
        ]
    if trigger is not None and trigger.particle is not None:
        # "pulled out of Congo": the parser may hang "of" on the particle
        kids += [
            g
            for k in kids
            if k.lower_ == trigger.particle and k.dep_ in ("prt", "prep", "advmod")
            for g in k.children
        ]
    for prep in kids:
        word = "from" if prep.i in outs and "of" not in preps else prep.lower_
        if prep.dep_ not in ("prep", "agent", "dative") or (
            word not in preps and word not in ctx.lx.words.group_preps
        ):
            continue
        if head.pos_ == "VERB" and prep.i < head.i and prep.dep_ == "prep":
            continue  # "On Telegram, X called for ...": a fronted phrase frames the clause
        if companion(ctx, prep, trigger, kids):
            continue  # "stormed Aden along with forces loyal to Saleh": a partner (fixa51)
        if _after_charge(ctx, head, prep):
            continue  # "accused X of brutality against Y": the brutality's, not the blame's
        # "left for neighbouring Tanzania": the parser may read the participle in front of
        # the name as a gerund whose object is the name (``place_participles``)
        pobjs = [c for c in prep.children if c.dep_ == "pobj"] + [
            d
            for c in prep.children
            if c.dep_ == "pcomp" and c.lemma_.lower() in ctx.cues["place_participles"]
            for d in c.children
            if d.dep_ == "dobj"
        ]
        for pobj in pobjs:
            if not _absolute(prep, pobj):
                target = between if word in ctx.lx.words.group_preps else objects
                named = actors_of(ctx, para, pobj)
                if target is between:
                    named += [e for c in _stranded(pobj) for e in actors_of(ctx, para, c)]
                if (
                    not named
                    and trigger is not None
                    and word not in ctx.lx.words.group_preps
                    # "pulled out of its FIFA contract", "quit the Iran deal": leaving a
                    # thing is not leaving its owner (a frontier faces a country: below)
                    and (
                        trigger.predicate is not Predicate.WITHDREW_FROM
                        or pobj.lemma_.lower() in ctx.cues["intents"]["frontier_nouns"]
                    )
                ):
                    named = owners_of(ctx, para, pobj, trigger)
                if not named and trigger is not None and target is objects:
                    named = _earlier_act_doers(ctx, para, pobj, trigger)
                target.extend(named)
                for nmod in pobj.children:
                    if nmod.dep_ == "nmod":
                        target.extend(ctx.ents(para, nmod))
    return objects, between


def _sides_marked(ctx: ArticleContext, noun: Any) -> bool:
    """The noun's "between" phrase marks two sides ("between A and B on one side, and C on
    the other"): allies are listed together, so its actors are not pairwise opponents."""
    markers = ctx.cues["detached_sides"]["side_nouns"]
    preps = [c for c in noun.children if c.lower_ in ctx.lx.words.group_preps]
    return any(
        t.i > prep.i and t.lemma_.lower() in markers and t.dep_ == "pobj" and t.head.lower_ == "on"
        for prep in preps
        for t in prep.sent
    )


def _fatal(ctx: ArticleContext, para: Paragraph, verb: Any) -> bool:
    """The verb's "to" phrase says the one it hit died ("beat X to death", "was beaten to
    death"; ``fatal_complements``): a killing, never a win (attack62)."""
    words = ctx.cues["fatal_complements"]["words"]
    return any(
        p.dep_ == "pobj" and p.lemma_.lower() in words
        for prep in para.children(verb)
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for p in para.children(prep)
    )


def _imperative(verb: Any) -> bool:
    """A bare verb opening its sentence, with no subject or auxiliary of its own ("Thank
    God", "Stop the killing"): an imperative, whose doer the text does not name."""
    if verb.tag_ not in ("VB", "VBP") or verb.dep_ not in ("ROOT", "ccomp", "parataxis", "advcl"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children):
        return False
    first = next((t for t in verb.sent if not (t.is_punct or t.is_space)), None)
    return first is not None and first.i == verb.i


def _absolute(prep: Any, pobj: Any) -> bool:
    """ ", with opposition groups saying the move is illegal": a "with" set off by a comma
    before a noun and its participle opens a clause of its own, not the verb's partner."""
    return (
        prep.lower_ == "with"
        and prep.i > 0
        and prep.doc[prep.i - 1].lower_ == ","
        and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in pobj.children)
    )


def _stranded(party: Any) -> list[Any]:
    """The other side of "between A and B" that the parser hung on a word inside A's own
    modifier ("fighting between rebels backed by Iran and tribesmen loyal to Hadi": "tribesmen"
    as a conjunct of "Iran"). Only when A has no conjunct of its own."""
    if any(c.dep_ == "conj" for c in party.children):
        return []
    modifiers = [c for c in party.children if c.dep_ in ("acl", "relcl", "amod", "prep")]
    return [
        t
        for m in modifiers
        for t in m.subtree
        if t.dep_ == "conj"
        and t.head.dep_ != "conj"
        and t.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in t.head.children)
        and not any(c.dep_ == "conj" for c in t.head.head.children if c.i != t.head.i)
    ][-1:]


def _lost_infinitive(verb: Any, obj: Any) -> bool:
    """ "protest against government plans to forcibly close remote communities", with
    "close" read as an adjective and "communities" hung on "protest": an object after the
    verb's own preposition, holding the "to" of an infinitive, is that lost infinitive's
    object, not the verb's."""
    inside = {t.i for t in obj.subtree}
    return any(c.dep_ == "prep" and c.i < obj.i for c in verb.children) and any(
        t.lower_ == "to" and t.dep_ == "aux" and t.head.i in inside and t.i < obj.i
        for t in obj.subtree
    )


def _slot_objects(
    ctx: ArticleContext, para: Paragraph, head: Any, trigger: Trigger, slots: tuple[str, ...]
) -> list[str]:
    """Objects named by the trigger's slots, on ``head`` (the verb, or a noun's light verb)."""
    found: list[str] = []
    deps = {s for s in slots if s in ("dobj", "dative", "nsubjpass")}
    preps = tuple(s[5:] for s in slots if s.startswith("prep:"))
    for child in para.children(head):
        if (
            child.dep_ == "dobj"
            and head.dep_ == "relcl"
            and child.lower_ in ctx.lx.words.relative_pronouns | {"whom"}
        ):
            # "Ramadi, which ISIL fighters captured last week": the clause's noun (not
            # "activists whom the regime sought to silence": the object of the "to" clause)
            if any(c.dep_ in ("xcomp", "ccomp") for c in para.children(head)):
                continue
            found += [
                e
                for e in ctx.antecedent(para, head.head)
                if ctx.etype_in(e, ACTOR_TYPES | PLACE_TYPES)
            ]
            continue
        if child.dep_ in deps and not _lost_infinitive(head, child):
            found += _object_actors(ctx, para, head, child, trigger)
    if "dobj" in deps and trigger.predicate is Predicate.ATTACKED:
        found += _verb_examples(ctx, para, head)
    if preps:
        objects, _ = _prep_objects(ctx, para, head, preps, trigger)
        if _driven_into(ctx, para, head, trigger):
            objects = []  # "pushed ISIL fighters into Syria": where the foe went, not a target
        stray = (
            _attack_target_strays(ctx, para, head)
            if trigger.predicate is Predicate.ATTACKED
            else set()
        )
        found += [e for e in objects if e not in stray]
        if not objects and trigger.object:
            found += _hung_on_object(ctx, para, head, preps, trigger)
    clauses = [c for c in para.children(head) if c.dep_ == "ccomp"] + [
        # "protested against what they said was X's crackdown"
        c
        for p in para.children(head)
        if p.dep_ == "prep"
        for c in para.children(p)
        if c.dep_ == "pcomp"
    ]
    for clause in clauses:
        # "denounced what it called NATO aggression", "what it said was X's aggression": the
        # act named, and its owner
        for named in _free_relative_names(ctx, para, clause):
            found += actors_of(ctx, para, named) or owners_of(ctx, para, named, trigger)
    if "ccomp:nsubj" in slots:
        # "Iran helped Iraqi forces retake Tikrit": the parser makes the one helped the
        # subject of the bare infinitive
        for clause in para.children(head):
            if clause.dep_ == "ccomp" and clause.tag_ == "VB" and clause.i > head.i:
                found += [
                    e
                    for s in para.children(clause)
                    if s.dep_ == "nsubj"
                    for e in actors_of(ctx, para, s)
                ]
    xdobj = "xcomp:dobj" in slots
    xpreps = tuple(s[11:] for s in slots if s.startswith("xcomp:prep:"))
    for xcomp in (c for c in para.children(head) if c.dep_ == "xcomp"):
        dobjs = [c for c in para.children(xcomp) if c.dep_ == "dobj"]
        claimed: set[str | None] = set()
        if _rejection(trigger) and (act := _own_act(ctx, para, xcomp)) is not None:
            # "Serbia refused to recognise Kosovo", "declined to meet the rebels": the act
            # refused makes the one claim (denied), the refusal no second one about whom it
            # names ("refused to deploy troops in Yemen", with no claim of its own, rejects)
            claimed = {e for d in _verb(ctx, para, xcomp, act) for e in (d.subject, d.object)}
        if (
            head.lemma_.lower() in ctx.cues["opposing_verbs"]
            and xcomp.lower_.endswith("ing")
            and not _turns_away(ctx, trigger, [e for d in dobjs for e in actors_of(ctx, para, d)])
        ):
            # "opposed sanctioning North Korea", "resisted joining the coalition against X":
            # an act is opposed, not its target ("rejected taking in more migrants" still
            # refuses them help)
            continue
        if xdobj:
            found += [e for d in dobjs for e in actors_of(ctx, para, d) if e not in claimed]
        if xpreps:
            # "threatened to cut off electricity to Nakhichevan"
            for node in (xcomp, *dobjs):
                found += [e for e in _prep_objects(ctx, para, node, xpreps)[0] if e not in claimed]
    return found


def _free_relative_names(ctx: ArticleContext, para: Paragraph, clause: Any) -> list[Any]:
    """What a free relative ("what ...") under a verb stands for, when it names it: the
    complement of a naming verb ("what it called NATO aggression", after "as": "what it
    described as Somalia's aggression") or of the copula a speech verb reports ("what they
    say is an assault by X", "what it said were ISIL positions")."""
    kids = para.children(clause)
    lemma = clause.lemma_.lower()
    what = any(c.dep_ == "dobj" and c.lower_ == "what" for c in kids)
    if lemma in ctx.cues["naming_verbs"]:
        if not what:
            return []
        names = [c for c in kids if c.dep_ in ("oprd", "xcomp", "attr")]
        return names + prep_objects(clause, ("as",))
    if lemma not in ctx.cues["speech_verbs"]:
        return []
    return [
        c
        for copula in kids
        if copula.dep_ == "ccomp"
        and copula.lemma_ == "be"
        and not _unsure_copula(copula)
        and (what or any(s.dep_ == "nsubj" and s.lower_ == "what" for s in para.children(copula)))
        for c in para.children(copula)
        if c.dep_ == "attr"
    ]


def _unsure_copula(copula: Any) -> bool:
    """ "what they say may be X", "what it said was not X": no name given."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_.lower() not in ("be", "have"))
        for c in copula.children
    )


def _driven_into(ctx: ArticleContext, para: Paragraph, head: Any, trigger: Trigger) -> bool:
    """An attack verb that drives its direct object into a place ("Kurdish forces pushed ISIL
    fighters back into Syria", "pushed these groups further into the Syrian side of the
    range"): the foe driven is the target; the place is where it went. With no object
    ("pushed deep into Iraqi territory") or with the doer's own forces ("pushed its troops
    into Syria") the place is taken."""
    if not (
        trigger.predicate is Predicate.ATTACKED
        and trigger.prep == "into"
        and head.pos_ == "VERB"
        and head.lemma_.lower() in ctx.cues["driving_verbs"]["verbs"]
    ):
        return False
    own = ctx.cues["driving_verbs"]["own_forces"]
    return any(
        c.dep_ == "dobj"
        and not (
            c.lower_ in own
            and all(k.pos_ in ("DET", "PRON", "ADJ", "NUM") for k in para.children(c))
        )
        for c in para.children(head)
    )


def _misread_modifier(verb: Any) -> bool:
    """A past verb the parser hung on a noun as its modifier, with a subject of its own:
    "ISIL seized towns", "warplanes targeted rebels" (seized, targeted: amod of the noun)."""
    return bool(
        verb.dep_ == "amod"
        and verb.tag_ in ("VBD", "VBN")
        and verb.head.i > verb.i
        and (any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) or _since_perfect(verb))
    )


def _since_perfect(verb: Any) -> bool:
    """ "The authorities have since banned the party": the small model reads "since" as a
    preposition of "have" and the participle as its object's modifier (banned/amod -> party,
    party/pobj -> since); "have since" before a participle is the perfect, and the subject
    of "have" did it."""
    prep = verb.head.head
    return bool(
        verb.tag_ == "VBN"
        and verb.head.dep_ == "pobj"
        and prep.lower_ == "since"
        and prep.dep_ == "prep"
        and prep.i == verb.i - 1
        and prep.head.lemma_.lower() == "have"
        and prep.head.i == prep.i - 1
    )


def _object_actors(
    ctx: ArticleContext, para: Paragraph, head: Any, obj: Any, trigger: Trigger
) -> list[str]:
    """The actors a direct object ``obj`` of ``head`` names, owns or lies in."""
    found = (
        actors_of(ctx, para, obj)
        or owners_of(ctx, para, obj, trigger)
        or _sent_from(ctx, para, head, obj)
        or _lying_in(ctx, para, head, obj)
    )
    if not found:
        # "Canada signed the deal with Nauru. The UN criticised the deal": the act told before
        found = _earlier_stance_object(ctx, para, obj, trigger)
    if trigger.predicate is Predicate.ATTACKED:
        # "struck a hospital and two depots of Boko Haram": whose thing, of those hit, names
        # the foe (beside the hospital, a site of its own when it is one: atk37)
        found += [
            e
            for c in para.children(obj)
            if c.dep_ == "conj"
            for e in owners_of(ctx, para, c, trigger)
            if e not in found
        ]
    return found + _paired(ctx, para, obj)


def clause_act_doers(
    ctx: ArticleContext, para: Paragraph, noun: Any, trigger: Trigger, stance: Any = None
) -> list[str]:
    """For a criticism or support of an act its own sentence tells, with no doer on the noun
    (crit63): the subject of the verb whose object the act noun is, or on which it hangs by
    a preposition ("X announced a plan, which was criticised by Y", "X launched a crackdown,
    a move condemned by Y", "X called for a halt to the works, which was slammed by Y"); a
    said noun hung on a reported clause is the speaker's ("X said the army had no will to
    fight, in comments dismissed by Y"). Act nouns: ``evaluations.act_nouns`` and
    ``said_nouns``; the act may be the noun or the one whose "of" / "to" it follows. Not
    the ``stance`` verb itself ("the EU called the move illegal": the EU judges the move)."""
    if trigger.predicate not in (Predicate.CRITICIZED, Predicate.SUPPORTED):
        return []
    if noun.lower_ in ctx.lx.words.relative_pronouns and noun.head.dep_ == "relcl":
        noun = noun.head.head  # "a law, which Y described as draconian": its antecedent
    act = _told_act(ctx, noun)
    if act is None:
        return []
    anchor = act.head if act.dep_ == "appos" else act
    verb = anchor.head.head if anchor.dep_ == "pobj" else anchor.head
    # (a noun summing up the clause may hang on its verb: "..., a move described as X")
    if anchor.dep_ not in ("dobj", "pobj", "npadvmod") or verb.pos_ != "VERB" or verb == stance:
        return []
    if act.lemma_.lower() in ctx.cues["said_nouns"] and anchor.dep_ == "pobj":
        # "X said the army had no will to fight, in comments dismissed by Z": the words are
        # the speaker's, not the reported clause's subject's
        saying = _saying_verb(ctx, verb)
        return subjects_of(ctx, para, saying) if saying is not None else []
    return [] if _judging(ctx, verb) else subjects_of(ctx, para, verb)


def _saying_verb(ctx: ArticleContext, verb: Any) -> Any | None:
    """The verb of saying or of a stance at or above ``verb`` (at most four heads up): who
    made the comments a phrase "in comments ..." hangs on."""
    node = verb
    for _ in range(5):
        if node.pos_ == "VERB" and (
            node.lemma_.lower() in ctx.cues["speech_verbs"] or _judging(ctx, node)
        ):
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def _judging(ctx: ArticleContext, verb: Any) -> bool:
    """The verb takes a stance on its object ("Russia vetoed the resolution, which was backed
    by France", "welcomed the deal"): the act is someone else's, not the verb's subject's."""
    stance = ctx.lx.triggers.match(verb)
    return stance is not None and stance.predicate in (Predicate.CRITICIZED, Predicate.SUPPORTED)


def _relative_object(ctx: ArticleContext, verb: Any) -> bool:
    """The verb is a relative clause whose object is its relative pronoun ("a plan which Y
    criticised", "the law that Z opposed")."""
    relative = ctx.lx.words.relative_pronouns
    return verb.dep_ == "relcl" and any(
        c.dep_ == "dobj" and c.lower_ in relative for c in verb.children
    )


def _told_act(ctx: ArticleContext, noun: Any) -> Any | None:
    """The act noun a clause about ``noun`` is about: ``noun`` itself, or the act noun
    whose "of" or "to" it follows ("a halt to the works, which ..."); None when ``noun``
    is no act or has an owner of its own."""
    acts, said = ctx.cues["evaluations"]["act_nouns"], ctx.cues["said_nouns"]
    head = noun.head
    if not any(w in acts or w in said for w in (noun.lemma_.lower(), noun.lower_)):
        if noun.dep_ != "pobj" or head.lower_ not in ("of", "to"):
            return None
        noun = head.head
        lemma = noun.lemma_.lower()
        if lemma not in acts and lemma not in said:
            return None
    if any(c.dep_ in ("poss", "agent") for c in noun.children):
        return None
    return noun


def _earlier_stance_object(
    ctx: ArticleContext, para: Paragraph, noun: Any, trigger: Trigger
) -> list[str]:
    """For a criticism or support of an act noun with no doer of its own ("criticised the
    deal", "the move was welcomed by X"): the doer of the act the sentence before tells
    (``_earlier_act_doers``)."""
    found = _earlier_act_doers(ctx, para, noun, trigger)
    if not found and trigger.predicate is Predicate.CRITICIZED and noun.pos_ == "NOUN":
        # "denounced the banning of the Kurdish newspapers", "condemned the arrest": with no
        # doer named or told before, a punishment only a state metes out (``punished_acts``)
        # is the state's the article is about, as an agentless punishment that draws a
        # reaction is (``_punishing_state``; crit36)
        punished = noun.lemma_.lower() in ctx.cues["punished_acts"]
        country = role_owners.main_country(ctx) if punished else None
        found = [] if country is None else [country]
    return found


def _earlier_act_doers(
    ctx: ArticleContext, para: Paragraph, noun: Any, trigger: Trigger
) -> list[str]:
    """For a criticism or support of an act noun with no doer of its own, as object or after
    a preposition ("protested against the decision", "spoke out against the move";
    probeE67): the doer of the act the sentence before tells (kg/extract/act_antecedents.py).
    After a preposition nothing more: no state is guessed for a punishment no one is said
    to mete out (``_earlier_stance_object`` does that for a direct object)."""
    if trigger.predicate not in (Predicate.CRITICIZED, Predicate.SUPPORTED):
        return []
    # (imported here: act_antecedents reads this module's ``actors_of``)
    from kg.extract.act_antecedents import earlier_doers

    return earlier_doers(ctx, para, noun)


def _attack_target_strays(ctx: ArticleContext, para: Paragraph, verb: Any) -> set[str]:
    """ "fought ISIL's offensive on Kobane": the parser hangs the attack noun's own target on
    the verb; the verb's foe is the offensive's owner, not the place it was aimed at."""
    stray: set[str] = set()
    for obj in para.children(verb):
        found = para.trigger(ctx.lx.triggers, obj) if obj.dep_ == "dobj" else None
        if found is None or found.predicate is not Predicate.ATTACKED:
            continue
        for prep in para.children(verb):
            if prep.dep_ == "prep" and prep.i == obj.right_edge.i + 1:
                stray.update(e for p in para.children(prep) for e in ctx.ents(para, p))
    return stray


def _hung_on_object(
    ctx: ArticleContext, para: Paragraph, verb: Any, preps: tuple[str, ...], trigger: Trigger
) -> list[str]:
    """ "requested drones from the United States", "pledged allegiance to the Islamic State":
    the parser hangs the verb's own preposition (one its trigger names) on a common-noun object
    that is no actor. Not on a harm a stance is taken on (``_harm_noun``)."""
    return [
        e
        for obj in para.children(verb)
        if obj.dep_ == "dobj"
        and obj.pos_ == "NOUN"
        and not actors_of(ctx, para, obj)
        and not (trigger.predicate in _STANCE_PREDICATES and _harm_noun(ctx, para, obj))
        for e in _prep_objects(ctx, para, obj, preps)[0]
    ]


def _harm_noun(ctx: ArticleContext, para: Paragraph, noun: Any) -> bool:
    """A noun of force or wrong done to someone ("attacks", "violence", "discrimination",
    ``abuse_nouns``): its own "against" names the victim, so a stance on it ("protested the
    attacks against Chinese nationals") is aimed at its unnamed doer, never at the victim."""
    own = para.trigger(ctx.lx.triggers, noun)
    return (own is not None and own.predicate in _FORCE_DONE) or noun.lemma_.lower() in ctx.cues[
        "abuse_nouns"
    ]


def _lying_in(ctx: ArticleContext, para: Paragraph, verb: Any, obj: Any) -> list[str]:
    """ "attacked villages in Borno state": unnamed places, where the parser hangs "in" on the
    verb, stand for the place they lie in."""
    if obj.lemma_.lower() not in ctx.cues["place_nouns"] or obj.dep_ != "dobj":
        return []
    if not _several(obj):
        return []  # "seized the town in the province of Idlib": one town, not the province
    return _places_in(ctx, para, verb)[:1]


def _several(noun: Any) -> bool:
    """A plural or coordinated noun ("villages", "towns and cities"), not one place."""
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)


def _places_in(ctx: ArticleContext, para: Paragraph, node: Any) -> list[str]:
    """Places named after "in" on the node ("in Borno state", "in the town of Baga")."""
    return [
        e
        for prep in para.children(node)
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for p in para.children(prep)
        if p.dep_ == "pobj" and (e := places.named_place(ctx, para, p)) is not None
        if ctx.etype_in(e, PLACE_TYPES)
    ]


def _sent_from(ctx: ArticleContext, para: Paragraph, verb: Any, obj: Any) -> list[str]:
    """ "received a delegation from China": the parser hangs the delegation's "from" on the
    verb; the delegation stands for it."""
    if obj.lemma_.lower() not in ctx.lx.words.delegate_nouns:
        return []
    return [e for e in ctx.linked_pobjs(para, verb, ("from",)) if ctx.etype_in(e, ACTOR_TYPES)]


def _paired(ctx: ArticleContext, para: Paragraph, obj: Any) -> list[str]:
    """ "condemned both those behind the coup and Nkurunziza": after "both"/"either", the
    parser may hang the second conjunct on a noun inside the first; it is the verb's object."""
    if not any(
        c.dep_ in ("preconj", "predet") and c.lower_ in ctx.cues["paired_conjunctions"]
        for c in obj.children
    ):
        return []
    return [
        e
        for t in obj.subtree
        if t.dep_ == "conj" and t.head.i != obj.i and t.head.dep_ != "conj"
        for e in actors_of(ctx, para, t)
    ]


def _scene_posture(ctx: ArticleContext, verb: Any, trigger: Trigger) -> bool:
    """A posture's participle in a "with" clause of its own, beside a pronoun ("Obama told
    reporters, with Gulf leaders standing by his side", "arrived with his ministers standing
    alongside him"): the scene of the main clause, not a stance. A named side ("with Russia
    standing behind Assad") and a finite verb ("Germany will stand by Greece") stay."""
    if (
        trigger.predicate is not Predicate.SUPPORTED
        or verb.lemma_.lower() not in ctx.cues["scene_postures"]
        or verb.tag_ != "VBG"
    ):
        return False
    opener = verb.head if verb.dep_ == "pcomp" else verb.head.head if verb.dep_ == "acl" else None
    if opener is None or opener.lower_ != "with":
        return False
    beside = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == trigger.prep
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return any(
        p.pos_ == "PRON" or any(k.dep_ == "poss" and k.pos_ == "PRON" for k in p.children)
        for p in beside
    )


def _relief_purpose(ctx: ArticleContext, verb: Any) -> bool:
    """A help verb that is the purpose of sending means ("sent troops to help the army") or
    what is promised ("pledged to help Mali"): the stances stage reads the aid, military or
    humanitarian by what was sent, and the intents stage the promise (CAMEO 033)."""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return False
    lemma, governor = verb.lemma_.lower(), head.lemma_.lower()
    if (
        lemma in ctx.cues["intents"]["help_verbs"]
        and governor in ctx.cues["intents"]["offer_verbs"]
    ):
        return True
    return bool(
        lemma in ctx.cues["relief_purposes"]["direct"]
        and governor in ctx.cues["relief_senders"]
        and any(c.dep_ == "dobj" for c in head.children)
    )


def _verb_slots(trigger: Trigger, default_preps: tuple[str, ...]) -> tuple[str, ...]:
    if trigger.object:
        return trigger.object
    if trigger.prep is not None:
        return ("dobj", f"prep:{trigger.prep}")
    if trigger.predicate is Predicate.VISITED:
        return ("dobj",)
    if trigger.predicate.family is Family.COOPERATION:
        # "Iran backed the Houthis against Saudi Arabia": "against" names the other side
        # of a cooperative act, never the one helped, met or asked
        default_preps = tuple(p for p in default_preps if p != "against")
    slots = ("dobj", "dative", *(f"prep:{p}" for p in default_preps))
    if trigger.predicate.family.value == "conflict":
        slots += (*(f"xcomp:prep:{p}" for p in ("to", "against", "on")), "xcomp:dobj")
    return slots


def _spoken(ctx: ArticleContext, verb: Any) -> bool:
    """A verb of speech ("said") or of stance ("condemned", "urged", "praised")."""
    if verb.lemma_.lower() in ctx.cues["speech_verbs"]:
        return True
    trigger = ctx.lx.triggers.match(verb)
    return trigger is not None and trigger.predicate in _STANCES


def issuers(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """ "A statement from the ministry criticised X", "a letter by X and Y urged ...", "X's
    communique condemned ...", "a spokesman for the government said ...": a statement or an
    unnamed spokesperson as the subject of a speech or stance verb speaks for its issuer."""
    issuers: list[str] = []
    for s in para.children(verb):
        lemma = s.lemma_.lower()
        if s.dep_ != "nsubj" or s.pos_ != "NOUN" or ctx.ents(para, s):
            continue
        if lemma not in ctx.cues["statement_nouns"] and (
            ctx.lx.roles.get(lemma) is not Predicate.SPOKESPERSON_FOR
        ):
            continue
        issuers += _document_issuers(ctx, para, s)
    return list(dict.fromkeys(issuers))


def _document_issuers(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """Who a statement noun (or an unnamed spokesman) is of: its owner ("X's statement",
    "the UN Security Council resolution", "an Iranian statement": the demonym's country) or
    the actor "from"/"by"/"of"/"for" it ("a statement on Thursday from the ministry")."""
    owners = [
        *(c for c in para.children(noun) if c.dep_ in ("poss", "compound", "amod")),
        *_of_objects(noun, ("from", "by", "of", "for")),
    ]
    found = [
        e
        for o in owners
        for e in ctx.ents(para, o, adjectives=True)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
    return list(dict.fromkeys(found))


def _answered_text_issuers(ctx: ArticleContext, para: Paragraph, clause: Any) -> list[str]:
    """Who a text fought after it came out says what its participle says ("rejected a UN
    report accusing X": the UN); nobody for a proposal or a text kept from coming out
    ("vetoed a statement condemning X"; ``issued_texts`` of ``proposal_nouns``)."""
    words = ctx.cues["proposal_nouns"]
    noun = clause.head
    if (
        clause.dep_ != "acl"
        or noun.dep_ != "dobj"
        or noun.lemma_.lower() not in words["issued_texts"]
        or noun.head.lemma_.lower() in words["preventions"]
    ):
        return []
    return _document_issuers(ctx, para, noun)


def _misread_document_verb(ctx: ArticleContext, verb: Any) -> bool:
    """ "The UN Security Council resolution called on X", "The April resolution called on
    X": a finite verb (past or present tense, not a participle) the parser made a
    participle on a statement noun that is the root of its sentence, with no agent; the
    noun is its subject."""
    noun = verb.head
    return bool(
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBZ")
        and noun.dep_ == "ROOT"
        and noun.lemma_.lower() in ctx.cues["statement_nouns"]
        and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children)
        and _spoken(ctx, verb)
    )


def _verb(ctx: ArticleContext, para: Paragraph, verb: Any, trigger: Trigger) -> Iterator[Draft]:
    if trigger.predicate is Predicate.REQUESTED and _question(ctx, verb):
        return  # "asked Iglesias what Podemos stands for": a question, not a request
    if trigger.blocked_by_xcomp and any(
        c.dep_ in ("oprd", "xcomp", "ccomp") for c in para.children(verb)
    ):
        return
    if trigger.needs_dobj and not any(c.dep_ in ("dobj", "nsubjpass") for c in para.children(verb)):
        return
    if trigger.no_dobj and any(c.dep_ == "dobj" for c in para.children(verb)):
        return  # "turned back the migrants from Turkey": a transitive sense of its own
    if _imperative(verb):
        return  # '"Thank God, we are winning," he said': a call or an oath, nobody's act
    if _relief_purpose(ctx, verb):
        return  # "sent troops to help Iraq": aid of the sending's kind (the stances stage's)
    if _scene_posture(ctx, verb, trigger):
        return  # "with Gulf leaders standing by his side": who stood where, no backing
    if trigger.predicate is Predicate.SANCTIONED and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ctx.cues["halted_talk_nouns"]
        for c in para.children(verb)
    ):
        return  # "broke off talks with X": talks halted are no sanction (the talks are read)
    if verb_senses.electoral_ouster(ctx, para, verb, trigger):
        return  # "won a majority, toppling the Conservatives": a vote, no coup
    if verb_senses.violated_entitlement(ctx, para, verb, trigger):
        return  # "violated Morsi's rights": Morsi suffered it, he set no norm defied
    # "condemned Badie to death": a court's sentence, not a criticism
    trigger = verb_senses.court_sentence(ctx, para, verb, trigger) or trigger
    # "Turkish voters punished the AK party": a verdict at the polls, not a sanction
    trigger = verb_senses.electoral_verdict(ctx, para, verb, trigger) or trigger
    if trigger.missile_with and _missile_with(ctx, para, verb) is None:
        return  # "sprayed the crowd with water": only bullets or gunfire make it an attack
    thrown = _thrown_with(ctx, para, verb, trigger)
    if thrown is not None:
        # "pelted the police with stones": what was thrown makes the act an attack, as the
        # missile's own entry says ("threw stones at"); "pelted with eggs" stays a protest
        trigger = replace(trigger, predicate=thrown[0].predicate, cameo=thrown[0].cameo)
    # "Kony was arrested by the police and handed over to the ICC": a participle that shares
    # its head's passive shares its agent and its patient too
    slots = _verb_slots(trigger, ctx.lx.words.object_preps)
    shared = (_shares_passive(verb) or _misread_shared_passive(verb, slots)) and bool(
        _by_agents(ctx, para, verb.head)
    )
    pv = verb.head if shared else verb
    passive = shared or any(c.dep_ in ("nsubjpass", "auxpass") for c in para.children(verb))
    between: list[str] = []
    first = None
    if passive:
        # "hit by Saudi-led air strikes", "struck by Israeli shelling": the strikes' owner
        subjects = (
            _by_agents(ctx, para, pv)
            or [
                e
                for a in para.children(pv)
                if a.dep_ == "agent"
                for p in para.children(a)
                if p.dep_ == "pobj" and ctx.lx.triggers.candidates(p.lemma_.lower(), "NOUN")
                for e in owners_of(ctx, para, p, trigger)
            ]
            or _clause_doers(ctx, para, pv, trigger)
        )
        # "Egypt's decision was criticised by Turkey": an act stands for its owner
        objects = [
            e
            for c in para.children(pv)
            if c.dep_ == "nsubjpass"
            for e in actors_of(ctx, para, c)
            or owners_of(ctx, para, c, trigger)
            or _earlier_stance_object(ctx, para, c, trigger)
        ]
        # "The comments were rejected by a senior lawmaker, Hakim al-Zamili, who ...": an
        # apposition the parser hung on the passive's subject across the verb names the agent
        stray = [
            e
            for c in para.children(pv)
            if c.dep_ == "nsubjpass"
            for a in para.children(c)
            if a.dep_ == "appos" and a.i > pv.i
            for e in ctx.ents(para, a)
        ]
        if stray:
            objects = [o for o in objects if o not in stray]
            if any(c.dep_ == "agent" for c in para.children(pv)):
                subjects = stray
        if not objects and pv.dep_ in ("relcl", "acl"):
            # "Australia's bid, which was criticised by FIFA": the antecedent, or its owner
            objects = (
                ctx.antecedent(para, pv.head)
                or owners_of(ctx, para, pv.head, trigger)
                # "X announced a plan, which was criticised by Y": the act's doer
                or clause_act_doers(ctx, para, pv.head, trigger)
            )
        if not objects:
            # "Ugandan police began to engage with civil society and were praised by Muslim
            # groups": a passive conjunct with no subject of its own shares its head's
            objects = _conjunct_patients(ctx, para, pv)
        if objects:
            # "was arrested along with his wife": the partner undergoes the act too
            objects += [
                e for p in companion_partners(ctx, para, pv) for e in actors_of(ctx, para, p)
            ]
        objects += _slot_objects(ctx, para, verb, trigger, tuple(s for s in slots if s != "dobj"))
        if trigger.predicate is Predicate.ATTACKED:
            objects += _verb_examples(ctx, para, pv, "nsubjpass")
    elif (
        (verb.dep_ == "acl" or _fronted(verb))
        and verb.tag_ == "VBN"
        and (_by_agents(ctx, para, verb) or _clause_doers(ctx, para, verb, trigger))
    ):
        # "Iraqi forces backed by Shia militias", "a ban imposed by Russia on Georgia"
        subjects = _by_agents(ctx, para, verb) or _clause_doers(ctx, para, verb, trigger)
        head = verb.head
        if head.dep_ == "pobj" and head.head.lower_ in ctx.lx.words.group_preps:
            # "fighting between rebels backed by Iran and tribesmen": the tribesmen are the
            # other side, not backers
            sides = {e for c in _stranded(head) for e in actors_of(ctx, para, c)}
            subjects = [e for e in subjects if e not in sides]
        chained = _chained_stance(ctx, para, verb, trigger)
        if chained is not None:
            # "was opposed by the unions, criticised by Amnesty": the unions are the first
            # stance's holders, not what the second one is about
            head = chained
        # ("Backed by France, the Malian army raided ...": the main clause's subject)
        objects = (
            subjects_of(ctx, para, head) if verb.dep_ == "advcl" else actors_of(ctx, para, head)
        ) or _slot_objects(ctx, para, verb, trigger, slots)
        if not objects and verb.dep_ == "acl":
            # "X launched a crackdown, a move condemned by Y": the act's doer
            objects = clause_act_doers(ctx, para, head, trigger)
    else:
        first = threats.first_threat(ctx, verb, trigger)
        subjects = subjects_of(ctx, para, verb if first is None else first)
        if (
            subjects
            and not any(ctx.etype_in(s, ACTOR_TYPES) for s in subjects)
            and not _vowed(ctx, verb, trigger, passive)
        ):
            # doers none of whom is an actor: no claim of the verb (``emit`` pairs only
            # actors, and only an empty subject is replaced below), nor of a vow: the objects
            # are not looked for
            return
        if not subjects and not _doer_found_later(ctx, verb, trigger, passive):
            return  # no doer, and none of the ways below to find one: no claim (perf60)
        objects = _slot_objects(ctx, para, verb, trigger, slots)
        if not objects and "dobj" in slots:
            # "arrested and charged three men", "condemned and rejected the verdict": the
            # object after the second verb is the first one's too
            objects = [
                e
                for c in _sharing_conjuncts(verb)
                # (one claim when both say the same: "attacked and killed")
                if (other := ctx.lx.triggers.match(c)) is None
                or other.predicate is not trigger.predicate
                for e in _slot_objects(ctx, para, c, trigger, ("dobj",))
            ]
        if not objects and "dobj" in slots:
            # "Iran trains and funds Hezbollah": the small model hangs the shared object on
            # the first verb as a bare modifier (npadvmod), past the second verb
            objects = _stray_shared_object(ctx, para, verb, trigger)
        if not objects and "dobj" in slots and _relative_object(ctx, verb):
            # "X unveiled a plan which Y criticised": the act's doer
            objects = clause_act_doers(ctx, para, verb.head, trigger)
        if not objects and "dobj" in slots and _misread_modifier(verb):
            # "ISIL seized towns in northern Iraq": the small model reads the verb as its
            # object's modifier (seized/amod -> towns) and still gives it its subject
            objects = _object_actors(ctx, para, verb, verb.head, trigger)
            if not subjects and _since_perfect(verb):
                # "the authorities have since banned the party": the subject of "have"
                subjects = subjects_of(ctx, para, verb.head.head.head)
        between = _prep_objects(ctx, para, verb, ())[1]
        if (
            not subjects
            and len(between) > 1
            and verb.tag_ == "VBG"
            and (verb.dep_ in _SUBJ or verb.dep_ in ("pcomp", "pobj"))
        ):
            # "Fighting between Boko Haram and the army has displaced thousands": a gerund
            # subject has sides, not a doer; so has one the small model hangs on a
            # conjunction it reads as a preposition ("fled as fighting between rebels and
            # government forces resumes", "after fighting between A and B")
            subjects, between = between, []
            trigger = replace(trigger, flags=trigger.flags | {"symmetric_subjects"})
    if trigger.predicate is Predicate.THREATENED and not any(
        ctx.etype_in(o, ACTOR_TYPES) for o in objects + between
    ):
        # "threatened to close the Strait of Hormuz if the US attacked": a place is no target
        objects += _threatened_in_clause(ctx, para, verb, trigger) or _conditioned(ctx, para, verb)
    if _refused_help(ctx, para, verb, objects):
        return  # "refused to allow the migrants to land": the refusal's claim (help denied)
    if _served(ctx, trigger, objects):
        return  # "officials working with refugees": a service, no cooperation
    if _refuge_hosted(ctx, verb, trigger):
        return  # "has hosted 45,000 Rohingya Muslims": refuge (kg/extract/refuge.py)
    if _turns_away(ctx, trigger, objects):
        # "Malaysia rejects any more migrants": help refused, not criticism
        refused = replace(trigger, predicate=Predicate.SUPPORTED, cameo="073")
        # "will not turn away Rohingya refugees": a refusal denied is help, to come
        ahead = any(c.lower_ in ctx.cues["planned_aux"] for c in para.children(verb))
        yield from (
            replace(
                d,
                status=Status.DENIED
                if d.status is not Status.DENIED
                else Status.PLANNED
                if ahead
                else Status.OCCURRED,
            )
            for d in emit(ctx, para, verb, verb, refused, subjects, objects, confidence=0.8)
        )
        return
    if trigger.armed_sides:
        # "ISIL fighters engaged the Syrian army": combat only between forces ("engaged the
        # opposition in talks", "engaged regional actors" are talk)
        if any(
            (other := ctx.lx.triggers.match(p)) is not None
            and other.predicate is not Predicate.ATTACKED
            for prep in para.children(verb)
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for p in para.children(prep)
            if p.dep_ == "pobj"
        ):
            return  # "engaged the Taliban in talks"
        subjects = [s for s in subjects if _force(ctx, s)]
        objects, between = [o for o in objects if _force(ctx, o)], []
    if trigger.armed_subject:
        # "police beat protesters", "soldiers beating a teenager": an assault only when an
        # armed group or force does it ("Federer beat Nadal", "Juventus beat Real Madrid",
        # "Obama beat Romney", "Democrats beat Republicans" are wins); "beat X to death" is
        # one whoever does it ("a mob beat X to death", "was beaten to death by villagers")
        if not _fatal(ctx, para, verb):
            subjects = [s for s in subjects if assaults.armed(ctx, s)]
        # the one beaten is a person or a group of people, named by the noun itself: not the
        # army an "Israeli soldier" stands for, nor the country or people of an adjective
        # ("the Ethiopian Jewish soldier who was beaten")
        objects = [
            o
            for o in objects
            if ctx.etype_in(o, (EntityType.PERSON, EntityType.GROUP))
            and not _adjective_only(para, verb, o)
        ]
    drafts = emit(ctx, para, verb, verb, trigger, subjects, objects + between, confidence=0.9)
    if thrown is not None:
        # "pelted troops with stones in Srinagar": the place may hang on the missile
        where = qualifiers.place(ctx, para, [thrown[1]], {*subjects, *objects})
        if where is not None:
            drafts = (d if d.place else replace(d, place=where) for d in drafts)
    if first is not None:
        # its mood is the first warning's, not the condition's it hangs on
        drafts = (replace(d, status=qualifiers.status(ctx, first, first)) for d in drafts)
    yield from drafts
    vow = verb.head
    threat = ctx.cues["vowed_threats"].get(trigger.predicate.value)
    if threat is not None and _vowed(ctx, verb, trigger, passive):
        # "vowed to retaliate against Israel": the vow is a threat made now, against an
        # actor it names ("promising to fight against Chile's inequalities" threatens no one)
        named = {
            e
            for t in verb.subtree
            if t.dep_ in ("dobj", "pobj") and (t.head.i == verb.i or t.head.head.i == verb.i)
            for e in actors_of(ctx, para, t)
        }
        vowed = replace(trigger, predicate=Predicate.THREATENED, cameo=threat)
        targets = [o for o in objects if o in named]
        yield from emit(
            ctx, para, vow, vow, vowed, subjects_of(ctx, para, vow), targets, confidence=0.8
        )


def _doer_found_later(ctx: ArticleContext, verb: Any, trigger: Trigger, passive: bool) -> bool:
    """Whether ``_verb``, for an active verb with no subject, can still make a claim or a
    write: a doer found later (the subject of "have since", a gerund's sides), a vow's own
    subject, or a stance whose object may be the article's country (``_earlier_stance_object``
    makes sure of its node). Every other verb without a subject pairs no one (``emit``), so
    its objects need not be looked for."""
    return (
        _since_perfect(verb)
        or (verb.tag_ == "VBG" and (verb.dep_ in _SUBJ or verb.dep_ in ("pcomp", "pobj")))
        or _vowed(ctx, verb, trigger, passive)
        or trigger.predicate in (Predicate.CRITICIZED, Predicate.SUPPORTED)
    )


def _vowed(ctx: ArticleContext, verb: Any, trigger: Trigger, passive: bool) -> bool:
    """The verb is what its head vows ("vowed to retaliate against Israel"), in a sense a
    vow makes a threat of (``vowed_threats``): the vow's claim of ``_verb``."""
    return (
        trigger.predicate.value in ctx.cues["vowed_threats"]
        and not passive
        and verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in ctx.cues["vow_verbs"]
    )


def _adjective_only(para: Paragraph, verb: Any, label: str) -> bool:
    """Whether every word of the verb's sentence linked to ``label`` is an adjective ("an
    Ethiopian Jewish soldier": Ethiopia and the Jewish people; atk54)."""
    sent = verb.sent
    found = [
        para.tokens[i]
        for i, linked in para.links.items()
        if linked == label and sent.start <= i < sent.end
    ]
    return bool(found) and all(t.dep_ == "amod" for t in found)


def _force(ctx: ArticleContext, label: str) -> bool:
    """An armed group or an army, police or militia force (not a country or a person)."""
    return ctx.etype_is(label, EntityType.GROUP) or assaults.armed(ctx, label)


def _thrown_with(
    ctx: ArticleContext, para: Paragraph, verb: Any, trigger: Trigger
) -> tuple[Trigger, Any] | None:
    """The attack a verb's "with" missile makes of it, with the missile: a noun whose entry,
    under this verb as its light verb, is an attack ("pelted troops with rocks": a rock
    pelted is an attack)."""
    if trigger.predicate is Predicate.ATTACKED:
        return None
    return _missile_with(ctx, para, verb)


def _missile_with(ctx: ArticleContext, para: Paragraph, verb: Any) -> tuple[Trigger, Any] | None:
    """The attack entry and the noun of the verb's "with" missile: a noun whose entry, under
    this verb as its light verb, is an attack ("pelted troops with rocks", "sprayed the bus
    with bullets"); None when "with" names none ("sprayed the team with champagne"). The
    "with" may hang on the target ("sprayed the embassy with bullets" as the parser reads it)."""
    lemma = verb.lemma_.lower()
    kids = para.children(verb)
    targets = [g for k in kids if k.dep_ == "dobj" for g in para.children(k)]
    for prep in (*kids, *targets):
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for pobj in para.children(prep):
            if pobj.dep_ != "pobj":
                continue
            for noun in para.with_conjuncts(pobj):
                for entry in ctx.lx.triggers.candidates(noun.lemma_.lower(), "NOUN"):
                    if entry.predicate is Predicate.ATTACKED and lemma in (entry.light or ()):
                        return entry, pobj
    return None


def _own_passive_clause(verb: Any) -> bool:
    """A finite adverbial clause introduced by a conjunction, with a passive subject of its
    own and no agent ("after rockets were fired into X", "as the town was shelled"): its
    doer is untold, and the main clause's subject is not it ("Backed by France, ..." has
    neither a conjunction nor a subject)."""
    kids = list(verb.children)
    return (
        verb.dep_ == "advcl"
        and any(k.dep_ == "mark" for k in kids)
        and any(k.dep_ == "nsubjpass" for k in kids)
        and not any(k.dep_ == "agent" for k in kids)
    )


def _fronted(verb: Any) -> bool:
    """A participle before its clause, with no subject of its own: "Backed by France, the
    Malian army ...", "Armed by Iran, the rebels ..."."""
    return (
        verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and not any(c.dep_ in (*_SUBJ, "nsubjpass") for c in verb.children)
    )


def _sharing_conjuncts(verb: Any) -> list[Any]:
    """The verb conjoined right after this one that has the object this one lacks, and no
    subject of its own ("attacked and killed five fighters")."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and c.i > verb.i
        and c.tag_ == verb.tag_
        and any(k.dep_ == "dobj" for k in c.children)
        and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
    ][:1]


def _stray_shared_object(
    ctx: ArticleContext, para: Paragraph, verb: Any, trigger: Trigger
) -> list[str]:
    """The named actor two coordinated verbs share when the parser hung it on the first as a
    bare modifier past the second ("Iran trains and funds Hezbollah": Hezbollah/npadvmod of
    trains). Only a proper name that names an actor, after a verb conjunct with no object or
    subject of its own (or a bare noun the tagger made of it: "trains and funds/NNS Hamas"),
    on a first verb with no object: "met Monday" or "said Tuesday" are times, not objects.
    When both verbs say the same ("trains and funds"), the first makes the one claim."""
    first = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb
    kids = list(para.children(first))
    own = ("dobj", "nsubj", "nsubjpass", "ccomp", "xcomp")
    conjuncts = [
        c
        for c in kids
        if c.dep_ == "conj"
        and (c.pos_ == "VERB" or (c.tag_ == "NNS" and not list(c.children)))
        and c.i > first.i
        and not any(k.dep_ in own for k in c.children)
    ]
    if (
        not conjuncts
        or (verb is not first and verb not in conjuncts)
        or (
            verb is not first
            and (other := ctx.lx.triggers.match(first)) is not None
            and other.predicate is trigger.predicate
        )
        or any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in kids)
    ):
        return []
    last = max(c.i for c in conjuncts)
    return [
        e
        for c in kids
        if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > last
        for e in ctx.ents(para, c)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]


def _rejection(trigger: Trigger) -> bool:
    """A trigger of rejection ("refused", "rejected": criticism of CAMEO 12)."""
    return trigger.predicate is Predicate.CRITICIZED and trigger.cameo.startswith("12")


def _own_act(ctx: ArticleContext, para: Paragraph, verb: Any) -> Trigger | None:
    """The trigger of a verb that is an event of its own: matched, and not the light verb of
    a noun that matched ("deploy troops" is the noun's context)."""
    matches = para.matches(ctx.lx.triggers)
    own: Trigger | None = matches.get(verb.i)
    if own is None:
        return None
    for i, trigger in matches.items():
        tok = para.tokens[i]
        if trigger.light is not None and tok.dep_ != "nsubj" and light_verb(tok).i == verb.i:
            return None
    return own


def _refused_help(ctx: ArticleContext, para: Paragraph, verb: Any, objects: list[str]) -> bool:
    """The act a rejection of people in need governs ("refused to allow the migrants to
    enter"): one event, whose claim the rejection makes (help refused)."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return False
    refusal = ctx.lx.triggers.match(verb.head)
    return refusal is not None and _rejection(refusal) and _turns_away(ctx, refusal, objects)


def _turns_away(ctx: ArticleContext, trigger: Trigger, objects: list[str]) -> bool:
    """A rejection whose objects are all people in need (migrants, refugees)."""
    if trigger.predicate is not Predicate.CRITICIZED or not trigger.cameo.startswith("12"):
        return False
    return _all_needy(ctx, objects)


def _served(ctx: ArticleContext, trigger: Trigger, objects: list[str]) -> bool:
    """ "UN officials working with Palestinian refugees", "aid groups work with migrants":
    people in need that an actor works with are served, not a party cooperating with it."""
    return trigger.event is EventType.COOPERATE and _all_needy(ctx, objects)


def _refuge_hosted(ctx: ArticleContext, verb: Any, trigger: Trigger) -> bool:
    """A hosting verb whose object is a people counted in thousands ("Turkey has hosted two
    million Syrians"): refuge given, read by ``kg/extract/refuge.py``, not a meeting."""
    words = ctx.cues["refuge"]
    return (
        trigger.predicate is Predicate.MET
        and verb.lemma_.lower() in words["verbs"]
        and any(
            counted_in_thousands(c, words["multitude_words"])
            for c in verb.children
            if c.dep_ == "dobj"
        )
    )


def _all_needy(ctx: ArticleContext, objects: list[str]) -> bool:
    """Whether there are objects and all are people in need (``needy_nouns``)."""
    needy = ctx.cues["needy_nouns"]
    # a collective's key carries its article scope: "stranded migrants [rd12]"
    return bool(objects) and all(label_head(o) in needy for o in objects)


def _threatened_in_clause(
    ctx: ArticleContext, para: Paragraph, verb: Any, trigger: Trigger
) -> list[str]:
    """Who a warning is aimed at when it names no one: the target of the act it announces
    ("warned that it could pull out of its FIFA contract" threatens FIFA)."""
    found: list[str] = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        doers = [c for c in clause.children if c.dep_ == "nsubj"]
        if ctx.lx.triggers.match(clause) is None or not all(
            d.pos_ == "PRON" and d.lower_ in ctx.lx.words.own_voice_pronouns for d in doers
        ):
            continue  # a warning about what others do, or no act of the warner's own
        for tok in clause.subtree:
            if tok.dep_ not in ("dobj", "pobj") or tok.i == clause.i:
                continue
            node = tok.head
            while node.i != clause.i and node.pos_ not in ("VERB", "AUX"):
                node = node.head
            if node.i == clause.i:  # the clause's own objects, not those of a verb inside it
                found += actors_of(ctx, para, tok) or owners_of(ctx, para, tok, trigger)
    return found


def _conditioned(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """Whom a threat with a condition is aimed at: the doer of the "unless" clause after it
    ("warned of a long war unless Kenya withdraws its troops"), wherever the parser hung it."""
    words = threats.condition_words(ctx, verb)
    for mark in verb.sent:
        if mark.i > verb.i and mark.dep_ == "mark" and mark.lower_ in words:
            return [
                e for s in mark.head.children if s.dep_ == "nsubj" for e in actors_of(ctx, para, s)
            ]
    return []


# the bodies a "from" may name for a ``body_from`` row ("expulsion of X from the AU")
_BODIES = (EntityType.ORGANIZATION, EntityType.GROUP)


def _from_body_row(
    ctx: ArticleContext, para: Paragraph, noun: Any, trigger: Trigger
) -> Trigger | None:
    """The row of a noun whose "from" must name a body (``body_from``): the trigger when it
    does ("the expulsion of X from the AU" is the AU's sanction), else the noun's bare row
    ("the expulsion of Rohingya from Myanmar" is a state's deportation, 174; evt50)."""
    named = [e for p in prep_objects(noun, ("from",)) for e in ctx.ents(para, p)]
    if all(ctx.etype_in(e, _BODIES) for e in named):
        return trigger
    return next(
        (t for t in ctx.lx.triggers.candidates(trigger.lemma, trigger.pos) if t.specificity == 0),
        None,
    )


def led_owners(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """ "the Saudi-led offensive", "a US-led campaign against ISIL": the actor an event noun is
    led by (the parser hangs "Saudi" on the participle "led") owns it."""
    return [
        e
        for led in para.children(noun)
        if led.dep_ == "amod" and led.lower_ == "led" and led.i < noun.i
        for c in para.children(led)
        if c.dep_ in ("npadvmod", "compound", "amod", "nmod")
        for e in ctx.ents(para, c, adjectives=True)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]


def _adjective(ctx: ArticleContext, para: Paragraph, adj: Any, trigger: Trigger) -> Iterator[Draft]:
    """ "Putin was critical of the US", "the movement, which is opposed to Hezbollah"."""
    subjects = subjects_of(ctx, para, adj, stative=True)
    objects = _slot_objects(
        ctx, para, adj, trigger, _verb_slots(trigger, ctx.lx.words.object_preps)
    )
    yield from emit(ctx, para, adj, adj, trigger, subjects, objects, confidence=0.9)


def _noun(ctx: ArticleContext, para: Paragraph, noun: Any, trigger: Trigger) -> Iterator[Draft]:
    if trigger.body_from:
        bare = _from_body_row(ctx, para, noun, trigger)
        if bare is None:
            return
        trigger = bare
    bound = ctx.cues["sense_bound_nouns"].get(noun.lemma_.lower())
    if bound is not None and not any(
        c.dep_ in ("compound", "amod") and c.lower_ in ctx.cues[bound] for c in para.children(noun)
    ):
        return  # "the process between A and B" is no event; "the peace process" is
    if trigger.predicate is Predicate.ATTACKED and unarmed_contest(ctx, para, noun):
        return  # "a custody battle with his ex-wife", "a trade war with China": no attack
    if trigger.predicate is Predicate.ATTACKED and _used_weapon(ctx, noun):
        return  # "denounced the use of violence against X": the use's owner's (weapon_uses)
    if (
        trigger.predicate in (Predicate.SANCTIONED, Predicate.COERCED)
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lower_ in ctx.cues["undoing_nouns"]["words"]
    ):
        return  # "lobbied for the lifting of sanctions on Iran": undone, not imposed
    off = ctx.cues["denied_particles"].get(noun.head.lemma_.lower())
    if (
        trigger.light is not None
        and off is not None
        and any(c.dep_ == "prt" and c.lower_ == off for c in para.children(noun.head))
    ):
        return  # "called off talks" is no call for talks (the talks are read, denied)
    if trigger.predicate in (Predicate.MET, Predicate.NEGOTIATED_WITH) and talk_breaks.refused_noun(
        ctx, para, noun
    ):
        return  # "rejected talks with X": not held, one claim (the talk_refusals stage's)
    if in_fought_proposal(ctx, noun):
        return  # "vetoed a resolution to impose EU sanctions on X": no one's act
    owners = [
        e
        for c in para.children(noun)
        if c.dep_ in ("poss", "compound", "nmod", "amod")
        for e in ctx.ents(para, c, adjectives=True)
        if ctx.etype_in(e, ACTOR_TYPES)
        # "a governing coalition with X": a coalition that is a node of its own is no
        # owner of the support its noun tells (its members are, ``memberships``)
        and not (trigger.predicate is Predicate.SUPPORTED and e == para.links.get(noun.i))
        and not (
            # "the Charlie Hebdo attack" names what was hit: a name in front of an attack is
            # its doer only when it is a country, an armed group or an armed force
            trigger.predicate is Predicate.ATTACKED
            and not trigger.owner_is_object
            and c.dep_ == "compound"
            and c.pos_ == "PROPN"
            and not assaults.fighter(ctx, e)
        )
        and not (
            # "the US embassy attack", "the Sousse beach attack": a name before what was hit
            trigger.predicate is Predicate.ATTACKED
            and not trigger.owner_is_object
            and assaults.before_hit(ctx, para, noun, c)
            and not assaults.known_fighter(ctx, e)
        )
        and not _hit_building(trigger, c)
        and not (
            c.dep_ == "amod"
            and any(_hit_building(trigger, b) for b in para.children(noun) if b.i > c.i)
        )
    ]
    if not owners:
        owners = led_owners(ctx, para, noun)
    if trigger.predicate in (Predicate.ATTACKED, Predicate.COERCED) and _undergone(ctx, noun):
        return
    helped = _rescued(ctx, para, noun, trigger)
    if helped is not None:
        verb = noun.head.head
        yield from emit(
            ctx, para, noun, verb, trigger, subjects_of(ctx, para, verb), helped, confidence=0.8
        )
        return
    preps = tuple(s[5:] for s in trigger.object if s.startswith("prep:"))
    if not preps:
        preps = ctx.lx.words.object_preps
        if trigger.predicate.family is Family.COOPERATION:
            # "held joint exercises with Japan against China": as for a verb (``_verb_slots``),
            # a default "against" names the other side of a cooperative act, never the
            # partner; an entry's own ("lifted sanctions against X") stays
            preps = tuple(p for p in preps if p != "against")
    if trigger.prep is not None:
        preps = (*preps, trigger.prep)
    # "expressed outrage over the Saudi strikes", "raids on rebel positions": a stance or an
    # attack is aimed at the owner of what it names
    # ... and forces shown at (or withdrawn from) a frontier face the country across it
    # ("massed tanks near the Ukrainian border", "withdrew troops from the border with X")
    # ... and a trade measure at its owner's goods ("tariffs on Canadian steel", "lifted the
    # embargo on Iranian oil", "a boycott of Israeli products")
    owned = trigger if trigger.predicate in _AIMED_AT_OWNER else None
    with_objects, between = _prep_objects(ctx, para, noun, preps, owned)
    if between and _sides_marked(ctx, noun):
        return  # "between A and B on one hand, and C on the other": the detached_sides stage's
    if noun.head.lower_ == "of" and light_verb(noun).i != noun.head.i:
        # "declared a state of emergency in X": the place may hang on "state"
        with_objects += _prep_objects(ctx, para, noun.head.head, preps, owned)[0]
    # "the US embassy attack in Sanaa": the building in front of the attack was hit, and its
    # owner with it
    buildings = [c for c in para.children(noun) if _hit_building(trigger, c)]
    with_objects += [
        e
        for c in para.children(noun)
        if c in buildings
        or (
            # "the Saudi embassy attack", "the US embassy attack" (the name hung on the attack)
            (c.dep_ == "amod" or (c.dep_ == "compound" and c.pos_ == "PROPN"))
            and any(b.i > c.i for b in buildings)
        )
        for x in (c, *(k for k in para.children(c) if k.dep_ in ("compound", "amod", "poss")))
        for e in ctx.ents(para, x, adjectives=True)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
    for acl in para.children(noun):
        if (
            acl.dep_ == "acl"
            and acl.pos_ == "VERB"
            and not _fought(ctx, trigger, acl)
            and not _content_clause(para, acl)
            # "rejected a proposal to suspend X": the rejection is not aimed at X
            and not fought_proposal(ctx, acl)
        ):
            with_objects += [
                e for c in para.children(acl) if c.dep_ == "dobj" for e in ctx.ents(para, c)
            ]
    with_objects += [e for e in _aimed_objects(ctx, para, noun, trigger) if e not in with_objects]
    by = [
        e
        for prep in para.children(noun)
        if prep.dep_ == "prep"
        and prep.lower_ in ("by", "from")
        # "requested assistance from France": a "from" the trigger names is asked, not asking
        and f"prep:{prep.lower_}" not in trigger.object
        for p in para.children(prep)
        if p.dep_ == "pobj"
        for e in actors_of(ctx, para, p)
    ] or _stray_by(ctx, para, noun)
    # "the torture of detainees by the armies of powerful countries": doers left unnamed
    # (under its light verb a noun's "by" is whose request or claim it was: not this)
    unnamed = not by and trigger.light is None and _unnamed_by_doer(ctx, para, noun)
    if trigger.predicate is Predicate.VISITED:
        # "a US visit by President Xi", "Modi's Japan trip": a place named in front of a
        # visit whose visitor is named too is where it goes
        owners, fronted = _fronted_places(ctx, para, noun, owners, by)
        with_objects += fronted
    head = noun.head
    leaving = (
        trigger.predicate is Predicate.ATTACKED
        and noun.lemma_.lower() in ctx.cues["reproaches"]["leaving_nouns"]
    )
    if (
        trigger.light is None
        and (trigger.event in _YIELDED or leaving)
        and _asked_of_others(ctx, noun)
    ):
        # "Amnesty demanded the release of Hussein", "called for the withdrawal of troops",
        # "called for the overthrow of X": whoever is asked would release, withdraw or oust,
        # not who asks (the request, and the reproach of the one to go, are claims of their own)
        return
    if trigger.light is not None and light_verb(noun) is not head:
        head = light_verb(noun)  # "called for the release of X": the verb, past "for"
    light = (
        noun.dep_ in ("dobj", "nsubjpass") or (noun.dep_ == "pobj" and trigger.light is not None)
    ) and head.pos_ in ("VERB", "AUX")
    if light:
        more_with, more_between = _prep_objects(ctx, para, head, preps, owned)
        more_with = _past_destinations(ctx, para, head, more_with)
        if noun.dep_ == "pobj" and trigger.predicate is Predicate.REQUESTED:
            # "appealed to the Arab League for aid", "called on France for help": the one
            # asked is the verb's, before the noun's preposition
            more_with += _prep_objects(ctx, para, head, ("to", "on", "upon", "with"))[0]
        with_objects += more_with
        between += more_between
        with_objects += [
            e for c in para.children(head) if c.dep_ == "dative" for e in actors_of(ctx, para, c)
        ]
        received, givers = _passive_receivers(ctx, para, noun, head, trigger)
        with_objects += [e for e in received if e not in with_objects]
        by += [e for e in givers if e not in by and e not in received]
        given = _fronted_receivers(ctx, para, noun, trigger)
        if given:
            # "allowed the Red Cross access to Morsi": the one given access is the receiver,
            # and "to" names what it reaches
            owners = [o for o in owners if o not in given]
            with_objects = given
    if trigger.owner_is_object or "poss" in trigger.object or "of" in trigger.object:
        # "Kennedy's assassination", "the murder of X": owner and "of" name the victim; the
        # doer is the subject of the governing verb ("Sirhan was convicted of ...")
        # a country owning a bare event noun did it ("the US assassination of ..."); under a
        # light verb it owns the target ("summoned Israel's ambassador")
        victims = [
            e
            for e in owners
            if trigger.light is not None or not ctx.etype_is(e, EntityType.COUNTRY)
        ]
        for prep in para.children(noun):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                victims += [
                    e
                    for p in para.children(prep)
                    if p.dep_ == "pobj"
                    for e in actors_of(ctx, para, p)
                ]
        if light and trigger.light is not None:
            # "rejected an appeal from Gbagbo", "accepted demands by the rebels": under its
            # light verb the noun's "from"/"by" phrase is whose request it was
            victims += by
            by = []
        subjects = [e for e in by if e not in victims] or _governor_or_none(
            ctx, para, noun, unnamed
        )
        objects = victims + with_objects
    elif between and not owners and not with_objects:
        subjects, objects = between, []
    else:
        if (
            not owners
            and not by
            and noun.dep_ == "dobj"
            and trigger.predicate in (Predicate.ATTACKED, Predicate.COERCED)
            and (head.lemma_.lower() in ctx.cues["undergo_verbs"] or countered(ctx, head))
        ):
            # "monks who endured a crackdown in Tibet", "Rohingya facing persecution in
            # Myanmar": the subject suffered it, and the text names no doer ("repelled an
            # attack on the town": the subject fought it off, and did not make it); a wrong
            # only a state does, undergone in a named country, is that country's
            state = _wronging_state(ctx, para, noun)
            if state:
                # "migrants, most of them Rohingya facing persecution in X": the noun the
                # participle hangs on, before any subject above it
                sufferers = (
                    actors_of(ctx, para, head.head) if head.dep_ == "acl" else []
                ) or _governor_or_none(ctx, para, noun, unnamed)
                yield from emit(ctx, para, noun, head, trigger, state, sufferers, confidence=0.65)
            return
        subjects = owners or by or _governor_or_none(ctx, para, noun, unnamed)
        objects = with_objects + between
        if light and trigger.predicate.family is not Family.COOPERATION:
            # "Kenya launched joint operations with Somalia against al-Shabab": the partner
            # does the act too
            subjects = subjects + [
                e for e in joint_partners(ctx, para, noun, head) if e not in subjects + objects
            ]
        if not objects and (owners or by):
            objects = _answered(ctx, para, noun, trigger, subjects)
        if trigger.predicate in (Predicate.ATTACKED, Predicate.CRITICIZED):
            # "Moroccan jets took part in the Saudi-led raids on Yemen", "took part in the
            # protest against X": an attack or a protest led or owned by another is the act of
            # who takes part in it too
            subjects = subjects + [
                e for e in _participants(ctx, para, noun) if e not in subjects and e not in objects
            ]
        if objects and not owners and not by and _fell_in_fight(ctx, noun):
            # "a Palestinian man was killed in a clash with Israeli forces", "12 fighters
            # died in a gun battle with the police": the other side did it to them
            subjects, objects = with_objects, subjects
    verb = head if head.pos_ == "VERB" else head.head
    if (
        not owners
        and noun.dep_ in ("dobj", "pobj")
        # "came out in support of X": a manner phrase, the subject's own act, not a
        # reaction it drew
        and not (noun.dep_ == "pobj" and noun.head.lower_ == "in")
        and _reaction_verb(ctx, verb, trigger)
    ):
        # "the ruling prompted condemnations from Amnesty", "Iran drew criticism from the
        # EU": the reaction comes from the "from" phrase and is aimed at whoever did what
        # prompted it
        by += [
            e
            for prep in para.children(verb)
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from")
            for p in para.children(prep)
            if p.dep_ == "pobj"
            for e in actors_of(ctx, para, p)
        ]
        if trigger.predicate is Predicate.SUPPORTED:
            # "won the support of the Solidarity union": whose support it is
            by += [e for p in prep_objects(noun, ("of", "from")) for e in actors_of(ctx, para, p)]
        if by:
            subjects = by
            objects = [e for e in _prompter(ctx, para, verb) if e not in by]
        elif trigger.predicate is Predicate.SUPPORTED:
            # "the cartels received weapons from US gun shops": help taken from no actor
            # (a shop, a dealer) has no giver; the receiver supports no one
            return
    governs = noun.dep_ in ("nsubj", "nsubjpass", "dobj") and head.pos_ in ("VERB", "AUX")
    clause = head if light or governs else noun
    if trigger.predicate is Predicate.MET and _ongoing_talks(ctx, noun):
        trigger = replace(trigger, predicate=Predicate.NEGOTIATED_WITH, cameo="046")
    if trigger.armed_sides:
        # "the Houthis faced fierce resistance from local militias": combat only between
        # forces ("Obama faced resistance from Republicans" is politics); "met little (no)
        # resistance from the army" tells of none
        if any(c.lower_ in ctx.cues["scant_evidence"]["words"] for c in para.children(noun)):
            return
        subjects = [s for s in subjects if _force(ctx, s)]
        objects = [o for o in objects if _force(ctx, o)]
    yield from emit(
        ctx, para, noun, clause, trigger, subjects, objects, confidence=0.8 if light else 0.65
    )
    if trigger.predicate in (Predicate.MET, Predicate.NEGOTIATED_WITH) and (
        light or governs or noun.dep_ == "pobj"
    ):
        yield from _attendance(ctx, para, noun, clause, subjects)


def _reaction_verb(ctx: ArticleContext, verb: Any, trigger: Trigger) -> bool:
    """The verb takes a reaction from someone ("drew criticism from X", "won the support of
    Y"), holds a support that someone gives ("enjoys the backing of the army", "had the
    support of many officers": ``support_holding``) or gets help from a giver ("obtained
    weapons from Iran": ``receiving_verbs``)."""
    lemma = verb.lemma_.lower()
    return lemma in ctx.cues["reaction_verbs"] or (
        trigger.predicate is Predicate.SUPPORTED
        and (lemma in ctx.cues["support_holding"]["verbs"] or lemma in ctx.cues["receiving_verbs"])
    )


def _answered(
    ctx: ArticleContext, para: Paragraph, noun: Any, trigger: Trigger, makers: list[str]
) -> list[str]:
    """Whom a criticism noun with its maker named but no target is aimed at (crit63): who
    answers it ("Museveni dismissed Kenyan criticism", "Qatar rebuffs FA criticism over the
    World Cup": ``answered_stances`` in cues.json) or meets it ("faced Amnesty's
    condemnation": the doer ``_prompter`` finds); none for a noun with a content clause
    ("denied Ukrainian claims that rebels shelled X" is about the rebels)."""
    verb = noun.head
    if (
        trigger.predicate is not Predicate.CRITICIZED
        or noun.dep_ != "dobj"
        or verb.pos_ != "VERB"
        or any(c.dep_ in ("acl", "ccomp", "relcl") for c in para.children(noun))
    ):
        return []
    lemma = verb.lemma_.lower()
    if lemma in ctx.cues["reaction_verbs"]:
        targets = _prompter(ctx, para, verb)
    elif lemma in ctx.cues["answered_stances"]["verbs"]:
        targets = subjects_of(ctx, para, verb)
    else:
        return []
    return [e for e in targets if e not in makers]


def _participants(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """Who takes part in the event noun ("X took part in the raids", "X participated in the
    strikes", "X joined the offensive": ``joined_acts`` in cues.json), by the verb's subject
    or the noun its participle hangs on ("a Jordanian jet taking part in the raids")."""
    cues = ctx.cues["joined_acts"]
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in cues["object_verbs"]:
        verb = head
    elif noun.dep_ == "pobj" and head.lower_ == "in":
        verb = head.head
        if verb.lower_ == "part" and verb.dep_ == "dobj":
            verb = verb.head  # "took part in": the parser may hang "in" on "part"
        part = verb.lemma_.lower() in cues["part_verbs"] and any(
            c.dep_ == "dobj" and c.lower_ == "part" for c in para.children(verb)
        )
        if not part and verb.lemma_.lower() not in cues["in_verbs"]:
            return []
    else:
        return []
    return [e for e in subjects_of(ctx, para, verb) if ctx.etype_in(e, ACTOR_TYPES)]


def _passive_receivers(
    ctx: ArticleContext, para: Paragraph, noun: Any, head: Any, trigger: Trigger
) -> tuple[list[str], list[str]]:
    """(receivers, givers) of a noun whose light verb is passive and gives it to someone ("X was
    handed a prison sentence by a court", "was given a life sentence by Y"): the passive's
    subject is the one the noun's dative names in the active ("handed X a sentence"), and the
    verb's "by" agent gives it. Only for a trigger whose object is its dative."""
    if "dative" not in trigger.object or noun.dep_ != "dobj":
        return [], []
    receivers = [
        e for c in para.children(head) if c.dep_ == "nsubjpass" for e in actors_of(ctx, para, c)
    ]
    if (
        not receivers
        and head.dep_ == "conj"
        and any(c.dep_ == "auxpass" for c in para.children(head))
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in para.children(head))
    ):
        # "he spent a decade in jail, and was handed a sentence by Y": the passive conjunct
        # shares the first verb's subject
        receivers = subjects_of(ctx, para, head.head)
    if not receivers:
        return [], []
    givers = [
        e
        for a in para.children(head)
        if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
        for p in para.children(a)
        if p.dep_ == "pobj"
        for e in actors_of(ctx, para, p)
    ]
    # "X's plan was dismissed as unrealistic by Y": a "by" hung past the verb (fixb51)
    givers = givers or _stray_agent_actors(ctx, para, head)
    return receivers, givers


def _fronted_places(
    ctx: ArticleContext, para: Paragraph, noun: Any, owners: list[str], by: list[str]
) -> tuple[list[str], list[str]]:
    """(owners left, places) of a visit noun: a proper name in front of it ("a US visit",
    "his China trip") that names a place is where the visit goes when a visitor is named
    besides ("by President Xi", "Modi's"); alone ("the China visit") it stays its owner."""
    fronted = [
        e
        for c in para.children(noun)
        if c.dep_ == "compound" and c.pos_ == "PROPN"
        for e in ctx.ents(para, c)
        if ctx.etype_in(e, PLACE_TYPES)
    ]
    visitors = [e for e in owners + by if e not in fronted]
    if not fronted or not visitors:
        return owners, []
    return [e for e in owners if e not in fronted], fronted


def _undergone(ctx: ArticleContext, noun: Any) -> bool:
    """ "The Rohingya face persecution in Myanmar" read as a noun phrase ("face" a noun in
    front of "persecution"), or "Rohingya Muslims facing persecution in Myanmar" with the
    participle read as the noun's modifier: the ones in front suffer the attack, and the
    text names no doer (as when "face" is read as the verb: ``undergo_verbs``)."""
    misread = ctx.cues["undergo_misread_nouns"]
    undergo = ctx.cues["undergo_verbs"]
    # "Many Eritreans face/flee persecution": the model may also tag the misread verb a
    # present-tense verb or an adjective inside the compound (gen62)
    return any(
        (c.dep_ in ("compound", "amod") and c.i < noun.i and c.lower_ in misread)
        or (c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in misread)
        or (c.dep_ == "amod" and c.tag_ == "VBG" and c.lemma_.lower() in undergo)
        for c in noun.children
    )


def _rescued(ctx: ArticleContext, para: Paragraph, noun: Any, trigger: Trigger) -> list[str] | None:
    """ "Kenya came to the aid of Somalia", "rushed to Nepal's aid", "sprang to the defence of
    X": a support noun the subject goes to (a ``rescue_verbs`` verb with no object) is given
    to the noun's "of" object or owner, never by them; None when it is not this frame."""
    head = noun.head
    if (
        trigger.predicate is not Predicate.SUPPORTED
        or noun.dep_ != "pobj"
        or head.lower_ != "to"
        or head.head.pos_ != "VERB"
        or head.head.lemma_.lower() not in ctx.cues["rescue_verbs"]
        or any(c.dep_ == "dobj" for c in head.head.children)
    ):
        return None
    return [
        e
        for c in (
            *(c for c in para.children(noun) if c.dep_ == "poss"),
            *prep_objects(noun, ("of",)),
        )
        for e in actors_of(ctx, para, c)
    ]


def _stray_by(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """ "offensives on the rebels' bases by troops from Chad", "the massacre of 43 students by
    gunmen": the parser hangs the doer's "by" on the target the noun is aimed at or falls on,
    not on the noun; it is still the noun's doer."""
    found = [
        e
        for target in prep_objects(noun, ("on", "against", "upon", "into", "at"))
        for p in prep_objects(target, ("by",))
        for e in actors_of(ctx, para, p)
    ]
    # force57: "the massacre of 43 students by gunmen": hung on the people the noun falls
    # on (not on an event of its own: "criticism of the killing by police" is the killing's)
    return found or [
        e
        for target in prep_objects(noun, ("of",))
        if ctx.lx.triggers.match(target) is None and ctx.ents(para, target)
        for p in prep_objects(target, ("by",))
        for e in actors_of(ctx, para, p)
    ]


def countered(ctx: ArticleContext, verb: Any) -> bool:
    """ "repelled an attack", "beat back an offensive", "foiled a raid": the verb's subject
    stood against its object's attack (``resistance`` and ``countering_verbs`` in
    ``kg/data/en/cues.json``)."""
    lemma = verb.lemma_.lower()
    words = ctx.cues["resistance"]
    particle = words["particle_verbs"].get(lemma)
    return (
        lemma in words["verbs"]
        or lemma in ctx.cues["countering_verbs"]
        or (
            particle is not None
            and any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in verb.children)
        )
    )


def _fronted_receivers(
    ctx: ArticleContext, para: Paragraph, noun: Any, trigger: Trigger
) -> list[str]:
    """ "allowed the Red Cross access to Morsi", "granted Kurdish fighters access to Kobane":
    the small model hangs the first object of a double object as a compound of a granted or
    refused noun (access, entry, an amnesty); the actor it names is the one the noun is given
    or refused, not its owner. (Goods keep their owner: "WFP aid" is the WFP's.)"""
    if "dative" not in trigger.object or trigger.event not in _GRANTS:
        return []
    return [
        e
        for c in para.children(noun)
        if c.dep_ == "compound" and c.i < noun.i
        for e in ctx.ents(para, c)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]


def _content_clause(para: Paragraph, acl: Any) -> bool:
    """ "rejected claims that it had armed the Taliban", "denied reports it bombed X": a
    clause with a subject of its own tells what the noun says, and whom that clause acts on
    is not whom the noun is aimed at ("sanctions targeting Russia", a participle with no
    subject, names its target)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in para.children(acl))


def _backing_strike(ctx: ArticleContext, participle: Any) -> bool:
    """A support participle on the object noun of an attack ("carried out raids backing the
    rebels", "launched air strikes supporting the army"): the attack's doer is the backer."""
    noun = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or noun.dep_ != "dobj":
        return False
    backing = ctx.lx.triggers.match(participle)
    if backing is None or backing.predicate is not Predicate.SUPPORTED:
        return False
    return any(
        t.predicate.family is Family.CONFLICT
        for t in ctx.lx.triggers.candidates(noun.lemma_.lower(), "NOUN")
    )


def _fought(ctx: ArticleContext, trigger: Trigger, acl: Any) -> bool:
    """ "help to fight al-Shabab", "a green light for the militias to fight ISIL": the enemy of a
    cooperative act's purpose is not whom it helps (nor the one an attack backs its target:
    "air strikes supporting the army"); and "an appeal to free X", "pleas to keep X
    in prison": who a request wants acted on is not whom it asks."""
    if trigger.predicate is Predicate.REQUESTED and acl.tag_ == "VB":
        return True
    purpose = ctx.lx.triggers.match(acl)
    if trigger.predicate.family is Family.CONFLICT:
        # "air strikes supporting the Syrian army": whom a strike backs is not its target
        return purpose is not None and purpose.predicate is Predicate.SUPPORTED
    if trigger.predicate.family is not Family.COOPERATION:
        return False
    return purpose is not None and purpose.predicate.family is Family.CONFLICT


def _ongoing_talks(ctx: ArticleContext, noun: Any) -> bool:
    """ "The US is in discussions with its allies", "Ethiopia remains in talks with Eritrea":
    a party in talks is negotiating (a meeting held is only a meeting); so is one that agreed
    to talks ("Skopje agreed to talks with the opposition"; "agreed to a meeting" stays a
    meeting)."""
    words = ctx.cues["ongoing_talks"]
    prep = noun.head
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in words["nouns"]:
        return False
    verb = prep.head.lemma_.lower()
    return (prep.lower_ == "in" and verb in words["verbs"]) or (
        prep.lower_ == "to" and verb in words["agree_verbs"]
    )


def _asked_of_others(ctx: ArticleContext, noun: Any) -> bool:
    """The noun is what a request verb asks for: its object, or after "for" ("called for"),
    or what a request noun asks for ("calls for his release", "its demand for the
    withdrawal of troops")."""
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "for":
        verb = noun.head.head
    else:
        return False
    if verb.pos_ == "NOUN" and noun.dep_ == "pobj":
        return verb.lemma_.lower() in ctx.cues["reproaches"]["demand_nouns"]
    return verb.pos_ == "VERB" and any(
        t.predicate is Predicate.REQUESTED
        for t in ctx.lx.triggers.candidates(verb.lemma_.lower(), "VERB")
    )


def _attendance(
    ctx: ArticleContext, para: Paragraph, noun: Any, clause: Any, subjects: list[str]
) -> Iterator[Draft]:
    """A person who held meetings, spoke at a conference or was at a summit in a place
    abroad visited it ("held meetings in Myanmar", "was in Tanzania at a summit")."""
    met = _met_at(ctx, para, noun)
    people = [s for s in dict.fromkeys(subjects + met) if ctx.etype_is(s, EntityType.PERSON)]
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if not people or para.trigger(ctx.lx.triggers, governor) is not None:
        return  # "met at the G20 summit in Osaka": the verb's own claim says it
    if any(c.lower_ in ctx.cues["press_words"] for c in noun.children):
        return  # "said at a news conference in Zurich": a statement, not a trip
    speech = [noun]
    for above in noun.ancestors:
        speech.append(above)
        if above == clause:
            break
    if visits.remote(ctx, para, speech):
        return  # "in a televised address to a summit in Paris": a speech from afar
    nodes = [noun, clause, noun.head, noun.head.head]
    place = qualifiers.place(ctx, para, nodes, set(people))
    if place is None or not ctx.etype_in(place, (EntityType.COUNTRY, EntityType.CITY)):
        return
    status = qualifiers.status(ctx, clause, clause)
    date = qualifiers.date(ctx, para, clause, noun, status)
    for person in people:
        if visits.at_home(ctx, para, person, place):
            continue  # a leader meeting at home visits nowhere
        yield visits.visit(ctx, para, noun, person, place, status, date, 0.65)


def _met_at(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """Both sides of a meeting held at the gathering the noun names, through the phrases it
    hangs in ("after meeting Abadi on the sidelines of the G7 summit in Germany", "met Biden
    at the summit"): who met there, and whom, attended it."""
    node = noun
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep") or node.head == node:
            break
        node = node.head
    trigger = para.trigger(ctx.lx.triggers, node) if node.pos_ == "VERB" else None
    if node == noun or trigger is None or trigger.predicate is not Predicate.MET:
        return []
    if qualifiers.status(ctx, node, node) in (Status.DENIED, Status.HYPOTHETICAL):
        return []  # "did not meet Biden at the summit": whether either went is not said
    met = [
        e
        for c in para.children(node)
        if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ctx.lx.words.group_preps)
        for t in ((c,) if c.dep_ == "dobj" else para.children(c))
        for e in actors_of(ctx, para, t)
    ]
    return [*subjects_of(ctx, para, node), *met]


def _hit_building(trigger: Trigger, modifier: Any) -> bool:
    """A building, base or convoy named in front of an attack noun ("the embassy attack")."""
    return (
        trigger.predicate is Predicate.ATTACKED
        and modifier.dep_ == "compound"
        and modifier.lemma_.lower() in assault_words().owned_targets
    )


def _adjectival(token: Any) -> bool:
    """A past participle with no auxiliary and no agent describes a state ("occupied East
    Jerusalem", however the parser attached it), not an act."""
    if _misread_modifier(token):
        return False  # "ISIL seized/captured towns": an act, misparsed
    return token.dep_ == "amod" or (
        token.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass", "agent") for c in token.children)
    )


def _topic(ctx: ArticleContext, noun: Any) -> bool:
    """The event noun is what a verb or noun of inquiry, grief, answer or account is about
    ("investigated the attack", "responded to the attack", "details of the attack")."""
    head = noun.head
    if noun.dep_ == "dobj":
        verb = head.lemma_.lower()
        # "recalled its ambassador": a light verb of the noun's own trigger does the act
        return verb in ctx.cues["topic_verbs"] and not any(
            t.light is not None and verb in t.light
            for t in ctx.lx.triggers.candidates(noun.lemma_.lower(), "NOUN")
        )
    if noun.dep_ != "pobj":
        return False
    governor = head.head
    if head.lower_ in ("to", "for", "into") and governor.pos_ in ("VERB", "AUX"):
        # "turned a blind eye to the persecution of X": who looks away did not do it
        return governor.lemma_.lower() in ctx.cues["topic_verbs"] or any(
            c.dep_ == "dobj" and c.lower_ in ctx.cues["averted_objects"] for c in governor.children
        )
    return bool(
        head.lower_ in ("of", "for", "into", "on")
        and governor.pos_ == "NOUN"
        and governor.lemma_.lower() in ctx.cues["topic_nouns"]
    )


def _dreaded(ctx: ArticleContext, verb: Any) -> bool:
    """The verb whose object is an event noun fears it ("fears"), or is a gerund of what a word
    of fear is about ("worried about growing support")."""
    dread = ctx.cues["dread_words"]
    if verb.lemma_.lower() in dread:
        return True
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and prep.lower_ in ("about", "over", "of")
        and prep.head.lemma_.lower() in dread
    )


def _fell_in_fight(ctx: ArticleContext, noun: Any) -> bool:
    """A fight noun ("clash", "gun battle") that a passive or "died" clause of harm is set in:
    its subject fell at the hands of the other side."""
    verb = noun.head.head
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "during")
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in assault_words().harm_verbs
        and any(
            c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and verb.lemma_.lower() == "die")
            for c in verb.children
        )
        and (noun.lemma_.lower() in assault_words().fight_nouns or _own_sides(ctx, noun))
    )


def _own_sides(ctx: ArticleContext, noun: Any) -> bool:
    """The event noun has sides rather than a doer ("a clash", "fighting")."""
    return any(
        t.symmetric_subjects for t in ctx.lx.triggers.candidates(noun.lemma_.lower(), "NOUN")
    )


def _prompter(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """Who did what drew a reaction: the doer of the reacting clause, or of the clause it
    depends on; a passive's subject suffered it ("Morsi was sentenced ..., prompting"), and
    with no "by" a punishment only a state metes out is the state's the article is about;
    an active verb joined to a passive shares its subject ("the fighters were trained in
    Sudan and received weapons from Eritrea": the fighters received them)."""
    node = verb
    active_conjunct = False
    for _ in range(4):
        kids = list(node.children)
        passives = [k for k in kids if k.dep_ == "nsubjpass"]
        if passives and active_conjunct:
            return [e for k in passives for e in actors_of(ctx, para, k)]
        if passives:
            return _by_agents(ctx, para, node) or _punishing_state(ctx, node)
        subjects = [k for k in kids if k.dep_ == "nsubj"]
        if subjects:
            # "Kenya's crackdown drew criticism": an act stands for its owner
            return [
                e for k in subjects for e in actors_of(ctx, para, k) or _act_owners(ctx, para, k)
            ]
        if node.dep_ not in ("advcl", "xcomp", "conj") or node.head == node:
            return []
        active_conjunct = node.dep_ == "conj" and not any(k.dep_ == "auxpass" for k in kids)
        node = node.head
    return []


def _punishing_state(ctx: ArticleContext, verb: Any) -> list[str]:
    """The state that punished someone in an agentless passive that drew a reaction ("Morsi
    was sentenced to death, prompting condemnations from rights groups"): a punishment
    (``sanctioned``: sentences, arrests, bans, deportations) is the state's the article is
    about (as an agentless punishment noun is, ``verdicts.act_doers``); any other act, or an
    article about no one country, names no doer."""
    act = ctx.lx.triggers.match(verb)
    if act is None or reported_predicate(act.predicate, act.cameo) is not Predicate.SANCTIONED:
        return []
    country = role_owners.main_country(ctx)
    return [] if country is None else [country]


def _act_owners(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The actor named on an act or event noun ("Kenya's crackdown", "the Saudi strikes"), or
    its "by" phrase ("the ruling by Egypt's top court", "the remarks by the minister"): a
    judged act's (``evaluations.act_nouns``) doer only by "by"; an act that befalls its owner
    ("Salman's detention") is not the owner's."""
    lemma = noun.lemma_.lower()
    named = lemma in ctx.cues["act_nouns"] or bool(ctx.lx.triggers.candidates(lemma, "NOUN"))
    if not named and lemma not in ctx.cues["evaluations"]["act_nouns"]:
        return []
    doers = [e for p in prep_objects(noun, ("by",)) for e in actors_of(ctx, para, p)]
    if not named:
        return doers
    act = ctx.lx.triggers.match(noun)
    befell = act is not None and act.owner_is_object
    return _named_on(ctx, para, noun, ("compound", "amod") if befell else _OWNING) + doers


_OWNING = ("poss", "compound", "amod")


def _named_on(
    ctx: ArticleContext, para: Paragraph, noun: Any, deps: tuple[str, ...] = _OWNING
) -> list[str]:
    """The actors a noun's possessive, compound or adjective (``deps``) names ("Kenya's",
    "the Saudi")."""
    return [
        e
        for c in para.children(noun)
        if c.dep_ in deps
        for e in ctx.ents(para, c, adjectives=True)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]


def _patient_named(
    ctx: ArticleContext, para: Paragraph, noun: Any, modifier: Any, label: str
) -> bool:
    """The name in front of an act noun describes the common noun between them, what the act
    was done to, and is not the act's doer: "condemned the US embassy attack" (no armed force,
    no group the gazetteer knows, before an attack), "protested against Aboriginal community
    closures" (a people's adjective, no state, before any act; "the Turkish border closure"
    is Turkey's, "Saudi air strikes" name a weapon)."""
    if not assaults.before_hit(ctx, para, noun, modifier):
        return False
    attack = any(
        t.predicate is Predicate.ATTACKED and not t.owner_is_object
        for t in ctx.lx.triggers.candidates(noun.lemma_.lower(), "NOUN")
    )
    if attack:
        return not assaults.known_fighter(ctx, label)
    return modifier.pos_ == "ADJ" and not ctx.etype_is(label, EntityType.COUNTRY)


def _part_owners(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """ "opposed British involvement in the invasion of Iraq", "praised Kenya's role in the
    offensive": whose part in the event a part noun (``event_authorship`` part_nouns) names
    took part in it, not the one who judges that part (gen50). Empty when the part noun has
    no owner ("denied any role in the attack": its subject's)."""
    prep = noun.head
    part = prep.head
    if part.pos_ == "VERB":  # "condemned Ethiopia's role in the invasion": the parser may
        # hang "in" on the verb right after its part-noun object
        part = next(
            (c for c in para.children(part) if c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i),
            part,
        )
    if (
        noun.dep_ != "pobj"
        or prep.lower_ not in ("in", "for")
        or part.pos_ != "NOUN"
        or part.lemma_.lower() not in ctx.cues["event_authorship"]["part_nouns"]
    ):
        return []
    return _named_on(ctx, para, part)


def _wronging_state(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The country a state's wrong (``state_wrongs``: persecution, repression) is suffered
    "in" ("Rohingya facing persecution in Myanmar"): its state did it. Not an attack or a
    crackdown, which others in the country may make ("civilians facing attacks in Syria")."""
    if noun.lemma_.lower() not in ctx.cues["state_wrongs"]:
        return []
    return [
        e
        for prep in para.children(noun)
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for p in para.children(prep)
        if p.dep_ == "pobj"
        for e in ctx.ents(para, p)
        if ctx.etype_is(e, EntityType.COUNTRY)
    ]


def _governor_or_none(ctx: ArticleContext, para: Paragraph, noun: Any, unnamed: bool) -> list[str]:
    """The governing verb's subjects as an event noun's doers (``_governor_subjects``), but
    none when the noun names its doers in a "by" phrase of actors the text leaves unnamed
    (``unnamed``: "the UNSC has never referred ... the torture of detainees by the armies and
    intelligence services of powerful countries"): they did it, not the subject above."""
    if unnamed:
        return []
    return _governor_subjects(ctx, para, noun)


def _unnamed_by_doer(ctx: ArticleContext, para: Paragraph, noun: Any) -> bool:
    """Whether a "by" phrase on the noun names doers by a sector noun ("by the armies",
    "by police") that stands for no actor here; a "by" of time or means ("by December", "by
    air strikes") names no doer."""
    sector_of = ctx.lx.actors.sector_of
    return any(
        p.dep_ == "pobj"
        and p.pos_ == "NOUN"
        and sector_of(p.lower_) is not None
        and not ctx.ents(para, p, adjectives=True)
        for prep in para.children(noun)
        if prep.dep_ == "prep" and prep.lower_ == "by"
        for p in (*para.children(prep), *(c for k in para.children(prep) for c in k.conjuncts))
    )


def _frame_prep(prep: Any) -> Any:
    """The preposition an event noun's phrase hangs on, past a span of time in front of the
    noun ("after days of fighting", "after weeks of protests": "after"), or the adverb that
    leads it ("ahead of talks", "prior to the visit": "ahead", "prior"); the noun's own
    preposition otherwise."""
    span = prep.head
    if prep.lower_ == "of" and span.ent_type_ == "DATE" and span.dep_ == "pobj":
        return span.head
    if _leading_adverb(span):
        return span
    return prep


def _leading_adverb(token: Any) -> bool:
    """An adverb the parser hangs a preposition on, the two a preposition of their own
    ("ahead of the summit", "prior to the talks")."""
    return (
        token.dep_ == "advmod"
        and token.pos_ == "ADV"
        and any(c.dep_ == "prep" for c in token.children)
    )


def _time_frame(ctx: ArticleContext, prep: Any) -> bool:
    """The event noun's "of" hangs on a point in time that is itself a preposition's object
    ("on the day of the attack", "at the time of the bombing": ``frame_nouns``): the event
    dates the clause, as after a frame preposition (prec61)."""
    point = prep.head
    return (
        prep.lower_ == "of"
        and point.dep_ == "pobj"
        and point.lemma_.lower() in ctx.cues["frame_nouns"]["words"]
    )


def _after_charge(ctx: ArticleContext, head: Any, prep: Any) -> bool:
    """ "accused Russia of brutality against prisoners", "blamed X for attacks on Y": the
    parser may hang the charge noun's own preposition on the verb of blame
    (``blamed_deeds``); one after the charge's noun names the deed's target, not the one
    blamed or criticised."""
    charges = ctx.cues["blamed_deeds"]["verbs"].get(head.lemma_.lower())
    if head.pos_ != "VERB" or not charges or prep.dep_ != "prep":
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in charges and c.i < prep.i
        for c in head.children
        if any(p.dep_ == "pobj" and p.pos_ == "NOUN" for p in c.children)
    )


def _hung_on_blame(ctx: ArticleContext, noun: Any) -> list[Any]:
    """The prepositions after a charge noun that the parser hung on its verb of blame
    ("accused Russia of atrocities against separatists"): the noun's own (``_after_charge``)."""
    prep, verb = noun.head, noun.head.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    return [p for p in verb.children if p.i > noun.i and _after_charge(ctx, verb, p)]


def _blamed_doers(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str] | None:
    """The doer of an event noun that is the charge of a verb of blame (``blamed_deeds``:
    "accused the army of attacks on X", "charged Y with the killing of Z", "criticised Hamas
    for attacks"): the verb's object, or its passive subject ("was accused of abuses"); the
    parser may hang the preposition on the object ("accused [the army of attacks]"). None
    when the noun is no such charge; [] when the one charged names no actor (never the
    accuser)."""
    prep = noun.head
    verb = prep.head
    if prep.dep_ == "prep" and verb.dep_ == "dobj" and prep.lower_ == "of":
        # "accused [Western nations of abuses]"; not where the charge is another "of"
        # ("accused the victims of the attack of lying": the attack is not theirs)
        verb = verb.head
        charges = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"]
        if charges or any(t.pos_ == "VERB" and t.head.lower_ == "of" for t in noun.subtree):
            return None
    preps = ctx.cues["blamed_deeds"]["verbs"].get(verb.lemma_.lower())
    if verb.pos_ != "VERB" or prep.lower_ not in (preps or ()):
        return None
    charged = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not charged:
        return None
    return [e for c in charged for e in actors_of(ctx, para, c)]


def _governor_subjects(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """Who does an event noun: the subject of the verb it depends on ("held talks", "engaged
    in a battle against"), or the noun it describes ("the coalition fighting against ISIL")."""
    head = noun.head
    if noun.dep_ == "ROOT":
        return []
    if noun.dep_ in ("acl", "appos") or head.pos_ in ("NOUN", "PROPN"):
        return ctx.ents(para, head) if noun.dep_ in ("acl", "appos") else []
    partners = _part_owners(ctx, para, noun)
    if partners:
        return partners
    own = para.trigger(ctx.lx.triggers, noun)
    if own is not None and own.event is EventType.PROTEST and _quelled(ctx, para, noun, own):
        # "police fired tear gas at a protest against X", "troops broke up a rally against
        # Y": a protest the governing verb attacks or curbs is the protesters', not the force's
        return []
    framed = noun.dep_ == "pobj" and (
        _frame_prep(head).lower_ in ctx.cues["frame_preps"] or _time_frame(ctx, head)
    )
    if framed and (own is None or own.predicate not in _CONSULT):
        # "after attacks in Spain, France would be a target": a time or cause, not a deed
        # ("after talks with Bennett, he said" keeps its speaker: he took part)
        return []
    if noun.dep_ == "pobj" and (
        head.lower_ in ("over", "about", "regarding", "concerning")
        or (
            head.lower_ in ("of", "on")
            and head.head.pos_ in ("VERB", "AUX")  # not "a state of emergency"
            and (
                head.head.lemma_.lower() in ctx.cues["speech_verbs"]
                # "spoke of the attack on Suruc", "recalled the killing of": the topic
                or head.head.lemma_.lower() in ctx.cues["topic_verbs"]
            )
        )
    ):
        # "lodged a protest over the attack on the ship", "was questioned about the killing",
        # "he said of the Charlie Hebdo attack that ...": the topic, not the deed of the one
        # who protests, is questioned or speaks
        return []
    if (
        noun.dep_ == "pobj"
        and head.lower_ in ctx.cues["opposing_preps"]
        and head.head.pos_ in ("VERB", "AUX")
    ):
        # "spoke out against the detention of X", "protested against the arrest of Y",
        # "warned against an attack on Z": who speaks or acts against an event opposes it
        # and did not do it
        return []
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.pos_ == "NOUN"
        and head.head.lemma_.lower() in ctx.cues["event_doer_nouns"]
    ):
        # "arrested leaders of a failed coup against X", "hunted the plotters of the attack":
        # the event is its leaders' or plotters', not the deed of whoever acts on them
        return []
    accused = _blamed_doers(ctx, para, noun) if noun.dep_ == "pobj" else None
    if accused is not None:
        # "Kenya blamed al-Shabab for the attack", "accused the army of attacks on civilians":
        # the one blamed did it (allegedly), not the one who blames
        return accused
    if (
        noun.dep_ == "pobj"
        and head.lower_ in ("in", "for", "over", "with", "about", "of")
        and head.head.pos_ == "VERB"
        and head.head.lemma_.lower() in ctx.cues["accounting_verbs"]
        and any(c.dep_ == "dobj" for c in head.head.children)
    ):
        # "police arrested a suspect in the killing of X", "charged Y with the murder of X":
        # the one held to account is suspected of the event, the one who holds did not do it
        return []
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "to"
        and head.head.lemma_.lower() in ctx.cues["ceased_words"]["nouns"]
        and _asked_of_others(ctx, head.head)
    ):
        # "called for an end to attacks on Christians", "urged a halt to the shelling of X":
        # the act to stop is someone else's, not the deed of the one who asks ("announced an
        # end to its air strikes" keeps its subject)
        return []
    if _topic(ctx, noun):
        # "police are investigating the attack", "mourned the killing of", "responded to the
        # attack", "gave details of the raid": who looks into, grieves, answers or tells of an
        # event did not do it
        return []
    if (
        noun.dep_ == "pobj"
        and own is not None
        and own.owner_is_object
        and any(c.dep_ == "nsubjpass" for c in head.head.children)
    ):
        # "the migrants had been held in detention on the island of Nauru": the passive's
        # subject underwent the victim's event (its doer is not named)
        return []
    # a frame's meeting or visit is no harm its passive subject suffered ("was attacked
    # after a visit to Dhaka": the one attacked made the visit, place63)
    suffered = para.trigger(ctx.lx.triggers, head.head) if noun.dep_ == "pobj" else None
    if (
        suffered is not None
        and not framed
        and suffered.prep is None
        and not suffered.armed_sides
        and not _own_sides(ctx, noun)
        and any(c.dep_ == "nsubjpass" for c in head.head.children)
    ):
        # "civilians were wounded in air raids": the passive's subject suffered the event
        # ("was engaged in a battle against X" is a trigger with its preposition: it acts;
        # "was killed in a clash with Israeli forces" took part in the clash)
        return []
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "from"
        and head.head.dep_ == "acl"
        and head.head.tag_ == "VBN"
    ):
        # "refugees displaced from the civil war in Congo", "children rescued from the
        # fighting": the noun the passive participle describes came out of the event
        return []
    verb = head.lemma_.lower()
    particle = ctx.cues["denied_particles"].get(verb)
    if (
        noun.dep_ == "dobj"
        and verb in ctx.cues["denied_verbs"]
        and own is not None
        and (particle is None or any(c.lower_ == particle for c in head.children))
    ):
        # "the Taliban boycotted talks with Kabul", "cancelled a meeting with X": who refuses
        # or calls off the event is its party (the status says it did not happen)
        return subjects_of(ctx, para, head)
    if noun.dep_ == "dobj" and _dreaded(ctx, head):
        # "Kenya fears public support for al-Shabab", "is worried about growing support for
        # X": who fears an event did not do it
        return []
    if noun.dep_ in ("dobj", "nsubjpass") and verb in ctx.cues["witness_verbs"]:
        # "residents reported raids in Taez", "witnesses described the shelling", "her arrest
        # was confirmed by her husband": those who saw or told of it did not do it
        return []
    if (
        noun.dep_ == "dobj"
        and verb in ctx.cues["procuring_verbs"]
        and own is not None
        and own.owner_is_object
        and (own.light is None or verb not in own.light)
    ):
        # "the US secured his deportation home", "Qatar won the release of the hostages":
        # who obtains what is done to another did not do it
        return []
    if noun.dep_ == "dobj" and verb in ctx.cues["escape_verbs"]:
        # "refugees fleeing the war in Liberia", "survived the attack": no part in the event
        return []
    if (
        noun.dep_ == "dobj"
        and verb in ctx.cues["verdict_words"]["naming_as"]
        and any(c.dep_ == "prep" and c.lower_ == "as" for n in (head, noun) for c in n.children)
    ):
        # "Al-Wefaq described his detention as an adventure": the describer did not detain
        return []
    if (
        (head.pos_ == "VERB" or noun.dep_ == "dobj")  # "Kurds back[ADP] the uprising"
        and ctx.lx.triggers.verb_senses(head)
        and (own is None or own.light is None or verb not in own.light)
    ):
        # "Sunnis back the uprising against Assad": the backers are not the uprising
        return []
    trips = ctx.lx.words.places.lists["trip_nouns"]
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "on"
        and head.head.pos_ == "VERB"
        and head.head.lemma_.lower() in ctx.lx.words.places.lists["trip_verbs"]
        and noun.lemma_.lower() in trips
    ):
        # "Kenyatta took Modi on a tour of Nairobi": the one taken goes on the tour
        objects = [c for c in head.head.children if c.dep_ == "dobj"]
        taken = [e for c in objects for e in ctx.ents(para, c)]
        if objects:  # "took reporters on a tour": not the host's trip either
            # ... and a guest at home is no visitor ("took Buhari on a tour of Aso Rock")
            toured = [
                e
                for prep in noun.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for g in prep.children
                for e in ctx.ents(para, g)
            ]
            return [t for t in taken if all(visits.abroad(ctx, para, t, p) for p in toured)]
    if (
        noun.dep_ == "pobj"
        and head.lower_ in ("on", "during")
        and head.dep_ == "prep"
        and head.head.pos_ == "PROPN"
        and noun.lemma_.lower() in trips
    ):
        # "Modi, on a three-day visit to China, met Li": the one the phrase describes travels
        return [e for e in ctx.ents(para, head.head) if ctx.etype_is(e, EntityType.PERSON)]
    return subjects_of(ctx, para, head)


def _quelled(ctx: ArticleContext, para: Paragraph, noun: Any, own: Trigger) -> bool:
    """The noun is the object of a verb of force or coercion (a trigger the lexicon reads as
    attacked, coerced or sanctioned: "fired at", "dispersed", "cracked down on", "arrested
    dozens at") that is none of the noun's own light verbs: the act is done to the noun's
    doers, not with them."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() in (own.light or ()):
        return False
    done = para.trigger(ctx.lx.triggers, verb)
    return done is not None and done.predicate in _FORCE_DONE


def _contested(ctx: ArticleContext) -> list[str]:
    """The predicates a match report uses in a sporting sense (``contest_report``)."""
    return list(ctx.cues["contest_report"]["predicates"])


def emit(
    ctx: ArticleContext,
    para: Paragraph,
    trigger_token: Any,
    clause: Any,
    trigger: Trigger,
    subjects: list[str],
    objects: list[str],
    confidence: float,
) -> Iterator[Draft]:
    """Drafts for every subject-object pair of a trigger, with the sense its words settle,
    the objects its predicate allows, and the status, date and place of its clause."""
    subjects = [s for s in dict.fromkeys(subjects) if ctx.etype_in(s, ACTOR_TYPES)]
    if not subjects:
        return  # every pair has a doer (``_pairs``), and nothing below adds one: no claim
    trigger = _settled_sense(ctx, para, trigger_token, trigger)
    trigger = _forceful_sense(ctx, trigger_token, trigger, subjects, objects)
    # "sent helicopters to Nepal" in a story of its earthquake: relief, not a deployment
    trigger = relief_sense(ctx, trigger, objects)
    if _armed_occupation(ctx, trigger):
        # "political prisoners occupying jail cells": only a state or a force occupies by arms
        subjects = [s for s in subjects if assaults.occupier(ctx, s)]
    if trigger.prep == "from" and trigger.lemma in ctx.cues["seized_from_verbs"]:
        # "seized a town from the rebels" fights them; "seized documents from FIFA" does not
        objects = [o for o in objects if assaults.fighter(ctx, o)]
    if trigger.predicate is Predicate.SANCTIONED and _off_a_list(ctx, para, trigger_token):
        # "the UN excludes Israel from its violators list": taking a side off a list (mostly
        # one of wrongdoers) spares it; "excluded Russia from the summit" stays a sanction
        return
    predicate = trigger.predicate
    if (
        ctx.lead is not None
        and ctx.lead.contest
        and predicate.value in _contested(ctx)
        and not any(assaults.armed(ctx, side) for side in (*subjects, *objects))
    ):
        # a match report: "Khan wants to fight Mayweather", "set up a clash with Williams"
        # (a bomb at the stadium is still an attack: its side is armed)
        return
    objects = _kept_objects(ctx, para, trigger_token, clause, trigger, objects, subjects)
    investigation = investigations.looked_into(ctx, trigger)
    if investigation:
        objects = investigations.named_objects(ctx, para, trigger_token, objects)
    subjects, objects = _holders_not_offices(ctx, para, trigger_token, subjects, objects)
    pairs = _pairs(ctx, para, trigger_token, trigger, subjects, objects)
    # "the Bulls visit the Heat": a game between two sides, no visit
    pairs = [(s, o) for s, o in pairs if not fixture(ctx, predicate, s, o)]
    if not pairs:
        return
    # a light verb is part of its noun's trigger: "threatened sanctions" is a threat made
    light = trigger.light is not None and clause.i == light_verb(trigger_token).i
    anchor = clause if light else trigger_token
    if qualifiers.believed_not(ctx, anchor):
        return
    status = _aside_status(ctx, trigger_token, trigger) or _claim_status(
        ctx, trigger_token, clause, anchor, light
    )
    if investigation:
        status = investigations.own_status(ctx, trigger_token, light, status)
        if investigations.unmade(status):
            return
    if status is Status.OCCURRED and trigger.event is EventType.CONSULT:
        status = _attempt_status(ctx, clause) or status
    elif (
        status is Status.DENIED and predicate is Predicate.ATTACKED and _failed_attempt(ctx, clause)
    ):
        # "tried but failed to assassinate X": an attack that failed was still made
        status = Status.OCCURRED
    elif (
        status is Status.OCCURRED
        and trigger.event is EventType.AGREE
        and _attempt_status(ctx, clause) is Status.HYPOTHETICAL
    ):
        # "efforts to reach a deal with X", "is trying to reach an agreement with X": a deal
        # sought is no deal made, but talks held with X
        trigger = replace(
            trigger, predicate=Predicate.NEGOTIATED_WITH, event=EventType.CONSULT, cameo="046"
        )
        predicate = trigger.predicate
    date = _claim_date(ctx, para, trigger_token, clause, predicate, status)
    place = _claim_place(ctx, para, trigger_token, clause, pairs)
    sentence = ctx.sentence_span(para, trigger_token)
    current = status is Status.OCCURRED and qualifiers.ranked_present(ctx.cues, trigger_token)
    for subject, obj in pairs:
        if predicate.symmetric and obj < subject:
            subject, obj = obj, subject
        cameo = qualifiers.cameo(ctx, trigger, subject, obj, place)
        cameo = qualifiers.refusal_code(ctx.cues, anchor, status, cameo)
        yield Draft(
            subject,
            predicate,
            obj,
            Status.PLANNED if current and _planned(ctx, subject, predicate, obj) else status,
            date,
            place,
            None,
            cameo,
            sentence,
            confidence,
        )


def _planned(ctx: ArticleContext, subject: str, predicate: Predicate, obj: str | None) -> bool:
    """The article has told the same event as one planned ("Zimbabwe will fly to Pakistan on
    Sunday"): "Zimbabwe are the first nation to tour Pakistan since 2009", in the present,
    is that coming tour, not one made (``qualifiers.ranked_present``)."""
    return any(
        d.status is Status.PLANNED
        and d.predicate is predicate
        and d.subject == subject
        and d.object == obj
        for d in ctx.claims
    )


def _holders_not_offices(
    ctx: ArticleContext,
    para: Paragraph,
    trigger_token: Any,
    subjects: list[str],
    objects: list[str],
) -> tuple[list[str], list[str]]:
    """ "talks with the UN special envoy, X", "meetings with the then EU foreign policy chief,
    Y": the person the title names is the side, not also the body the title belongs to (a
    role the same sentence gives the person), whichever word the parser hung the name on."""
    sides = {*subjects, *objects}
    if len(sides) < 2:
        return subjects, objects
    sentence = ctx.sentence_span(para, trigger_token)
    offices = {
        (d.subject, d.object)
        for d in ctx.claims
        if d.sentence == sentence and d.predicate.family is Family.ROLE and d.object in sides
    }
    if not offices:
        return subjects, objects

    def kept(side: list[str]) -> list[str]:
        held = {o for p, o in offices if p in side}
        return [s for s in side if s not in held]

    return kept(subjects), kept(objects)


def _off_a_list(ctx: ArticleContext, para: Paragraph, trigger_token: Any) -> bool:
    """Whether the trigger takes its object "from" or "off" a list (``roster_nouns``)."""
    return any(
        p.dep_ == "pobj" and p.lemma_.lower() in ctx.cues["roster_nouns"]
        for prep in para.children(trigger_token)
        if prep.dep_ == "prep" and prep.lower_ in ("from", "off")
        for p in para.children(prep)
    )


def _settled_sense(
    ctx: ArticleContext, para: Paragraph, trigger_token: Any, trigger: Trigger
) -> Trigger:
    """The trigger in the sense a modifier of its word settles ("peace talks", "air
    strikes", "a scathing attack"; ``_SENSES``)."""
    kids = para.children(trigger_token)
    for cue, senses, predicate, code in _SENSES:
        if trigger.predicate in senses and any(
            c.dep_ in ("compound", "amod") and c.lower_ in ctx.cues[cue] for c in kids
        ):
            # "peace talks" are a negotiation; "air strikes" are attacks, not walkouts
            trigger = replace(trigger, predicate=predicate, cameo=code)
    return trigger


def _by_force(ctx: ArticleContext, noun: Any) -> bool:
    """Whether an event noun's "by" agent is a force by its own word ("by the Tobruk
    government's air force", "by coalition jets"), whoever owns it."""
    return any(p.lower_ in ctx.cues["force_nouns"] for p in prep_objects(noun, ("by",)))


def _armed_occupation(ctx: ArticleContext, trigger: Trigger) -> bool:
    """The trigger is an occupation read as an armed one (CAMEO 192) by a word that may also
    name a sit-in or a stay ("occupy", "occupation"; ``sit_in`` of ``kg/data/en/cues.json``)."""
    return (
        trigger.predicate is Predicate.ATTACKED
        and trigger.cameo == "192"
        and trigger.lemma in ctx.cues["sit_in"]["words"]
    )


def _forceful_sense(
    ctx: ArticleContext,
    trigger_token: Any,
    trigger: Trigger,
    subjects: list[str],
    objects: list[str],
) -> Trigger:
    """The trigger read as force when its sides say so: armed men storming a building, a
    campaign of fighters against an armed group, land seized, a ship blocked."""
    trigger = _forceful_strike(ctx, trigger_token, trigger, subjects)
    trigger = _police_raid(ctx, trigger, subjects, objects)
    trigger = _forceful_campaign(ctx, trigger_token, trigger, subjects, objects)
    trigger = _blocked_vessel(ctx, trigger_token, trigger)
    trigger = _armed_target(ctx, trigger, subjects)
    return _abandoned_people(ctx, trigger, objects)


def _armed_target(ctx: ArticleContext, trigger: Trigger, subjects: list[str]) -> Trigger:
    """An aiming or assault verb (``armed_target_verbs``) whose every doer is a country or an
    armed force or group aims its force at a place too: "coalition jets targeted military
    camps near Sanaa", "the town was targeted by rockets fired by government forces",
    "fighters assaulted the town" (a candidate or tourists that target Ohio or Venice keep the
    verb's need for an actor object)."""
    if (
        trigger.predicate is Predicate.ATTACKED
        and trigger.needs_actor_object
        and trigger.lemma in ctx.cues["armed_target_verbs"]
        and subjects
        and all(assaults.armed(ctx, s) or ctx.etype_is(s, EntityType.COUNTRY) for s in subjects)
    ):
        return replace(trigger, flags=trigger.flags - {"needs_actor_object"})
    return trigger


def _abandoned_people(ctx: ArticleContext, trigger: Trigger, objects: list[str]) -> Trigger:
    """A retreat verb whose objects are all civilians or migrants (``stranded_people``):
    "smugglers abandoned the migrants at sea" is harm done to them, not a retreat."""
    stranded = ctx.cues["stranded_people"]
    if (
        trigger.predicate is Predicate.WITHDREW_FROM
        and trigger.pos == "VERB"
        and trigger.lemma in stranded["verbs"]
        and objects
        and all(assaults.sector(ctx, o) in stranded["sectors"] for o in objects)
    ):
        return replace(trigger, predicate=Predicate.ATTACKED, cameo="180", flags=frozenset())
    return trigger


def _police_raid(
    ctx: ArticleContext, trigger: Trigger, subjects: list[str], objects: list[str]
) -> Trigger:
    """A raid by the police on people or a body read as a sanction (CAMEO 173, exported as
    ``sanctioned``): "police raided the offices of Al Jazeera", "a police raid on her home"
    (ban56); an army's or an armed group's raid, or one on a site ("raided a church in
    Jos"), stays an attack."""
    words = ctx.cues["police_raids"]
    if (
        trigger.predicate is Predicate.ATTACKED
        and trigger.lemma in words["words"]
        and subjects
        and all(assaults.sector(ctx, s) in words["codes"] for s in subjects)
        and objects
        and all(ctx.etype_in(o, _RAIDED_ACTORS) for o in objects)
    ):
        return replace(trigger, predicate=Predicate.COERCED, cameo="173")
    return trigger


# whom a police raid sanctions: people and bodies, not a site ("raided a church in Jos")
_RAIDED_ACTORS = frozenset({EntityType.PERSON, EntityType.GROUP, EntityType.ORGANIZATION})


def _forceful_strike(
    ctx: ArticleContext, trigger_token: Any, trigger: Trigger, subjects: list[str]
) -> Trigger:
    """The trigger read as an attack when armed men storm or strike: "gunmen stormed the
    embassy", "coalition jets struck", "a strike by the air force"."""
    armed: list[bool] = []  # whether every subject is armed, asked only where it decides

    def armed_subjects() -> bool:
        if not armed:
            armed.append(bool(subjects) and all(assaults.armed(ctx, s) for s in subjects))
        return armed[0]

    if trigger.cameo.startswith("145") and trigger.light is not None and armed_subjects():
        # "gunmen stormed the embassy": armed men storming a building attack its owner
        # ("protesters stormed the embassy" is a violent protest)
        trigger = replace(trigger, predicate=Predicate.ATTACKED, cameo="190")
    if (
        trigger.cameo.startswith("14")
        and trigger.pos == "VERB"
        and trigger.lemma in ctx.cues["armed_strike_verbs"]
        and armed_subjects()
    ):
        # "coalition jets struck against Houthi fighters": a force's strike is an air or
        # ground attack ("workers struck against the cuts" is a walkout)
        trigger = replace(trigger, predicate=Predicate.ATTACKED, cameo="195")
    if (
        trigger.predicate is Predicate.CRITICIZED
        and trigger.pos == "VERB"
        and trigger.lemma in ctx.cues["armed_blast_verbs"]
        and armed_subjects()
    ):
        # "coalition jets blasted the militants": a force's blast is fire ("the minister
        # blasted the EU" is criticism)
        trigger = replace(trigger, predicate=Predicate.ATTACKED, cameo="194")
    if (
        trigger.cameo.startswith("14")
        and trigger.pos == "NOUN"
        and trigger.light is None
        and trigger.lemma in ctx.cues["armed_strike_verbs"]
        and subjects
        and (armed_subjects() or _by_force(ctx, trigger_token))
    ):
        # "a strike against Derna by the Egyptian air force": a strike a force makes is an
        # attack ("a strike against the cuts by teachers" is a walkout)
        trigger = replace(trigger, predicate=Predicate.ATTACKED, cameo="195")
    return trigger


def _forceful_campaign(
    ctx: ArticleContext,
    trigger_token: Any,
    trigger: Trigger,
    subjects: list[str],
    objects: list[str],
) -> Trigger:
    """The trigger read as an attack when fighters campaign against an armed group or take
    land or a place: "the campaign against ISIL", "captured most of Ramadi", "seized a
    town"."""
    if (
        trigger.predicate is Predicate.CRITICIZED
        and trigger.pos == "NOUN"
        and trigger.lemma in ctx.cues["armed_campaign_nouns"]
        and objects
        and all(assaults.armed(ctx, o) for o in objects)
        and subjects
        and all(assaults.fighter(ctx, s) for s in subjects)
    ):
        # "the US-led campaign against ISIL", "Nigeria's campaign against Boko Haram": a
        # state's or a force's campaign against an armed group is fought, not protested
        trigger = replace(trigger, predicate=Predicate.ATTACKED, cameo="190", flags=frozenset())
    if (
        trigger.predicate in (Predicate.ATTACKED, Predicate.COERCED)
        and trigger.lemma in ctx.cues["occupation_words"]
        and not _adjectival(trigger_token)  # "(in) occupied East Jerusalem": a status
        and trigger.cameo[:3] in ("171", "190", "192")
        and objects
        and all(
            ctx.etype_in(o, PLACE_TYPES) or ctx.etype_is(o, EntityType.COUNTRY) for o in objects
        )
        and not _vessel_object(ctx, trigger_token)  # "seized a Yemeni fishing boat": property
    ):
        # "captured most of Ramadi", "seized large parts of Yemen": land taken by force is
        # occupied territory (CAMEO 192), an assault on the place, not property seized
        trigger = replace(trigger, predicate=Predicate.ATTACKED, cameo="192", flags=frozenset())
    if (
        trigger.predicate is Predicate.COERCED
        and trigger.lemma in ctx.cues["occupation_words"]
        and subjects
        and all(assaults.fighter(ctx, s) for s in subjects)
        and objects
        and any(
            c.dep_ == "dobj"
            and (
                c.lemma_.lower() in ctx.cues["place_nouns"]
                or c.lemma_.lower() in ctx.lx.words.places.facility_nouns
            )
            for c in trigger_token.children
        )
    ):
        # "Taliban fighters seized a town held by the Afghan government", "seized an army
        # base": a place taken by fighters from whoever held it is an assault on the holder,
        # not property seized
        trigger = replace(trigger, predicate=Predicate.ATTACKED, cameo="190", flags=frozenset())
    if (
        trigger.predicate in (Predicate.SANCTIONED, Predicate.COERCED)
        and trigger.pos == "VERB"
        and trigger.lemma in ctx.cues["armed_expulsion_verbs"]
        and subjects
        and all(assaults.fighter(ctx, s) for s in subjects)
        and (sides := [o for o in objects if not ctx.etype_in(o, PLACE_TYPES)])
        and all(_armed_side(ctx, o) for o in sides)
    ):
        # "Iraqi forces expelled ISIL from Baiji": an armed group driven out by fighters is
        # fought ("Ecuador expelled the US ambassador", "Kenya expelled the Somali refugees"
        # stay expulsions); the place it is driven from is not the one attacked
        trigger = replace(
            trigger,
            predicate=Predicate.ATTACKED,
            cameo="190",
            flags=frozenset({"needs_actor_object"}),
        )
    return trigger


def _vessel_object(ctx: ArticleContext, verb: Any) -> bool:
    """The verb's direct object is a ship, an aircraft or a convoy (``vessel_nouns``): a
    thing that moves, whose flag or owner in front of it ("a Yemeni fishing boat", "a
    Philippine supply boat") is the side the act hits, not land taken or a plan opposed."""
    vessels = ctx.cues["vessel_nouns"]
    return any(c.dep_ == "dobj" and c.lemma_.lower() in vessels for c in verb.children)


def _blocked_vessel(ctx: ArticleContext, trigger_token: Any, trigger: Trigger) -> Trigger:
    """A rejecting verb (CAMEO 12: "blocked", "stopped short of") whose object is a ship or a
    convoy ("China's coast guard blocked a Philippine supply boat", "troops blocked an aid
    convoy") restricts its movement by force (CAMEO 191, coerced): no plan is rejected."""
    if (
        trigger.pos == "VERB"
        and trigger.cameo.startswith("12")
        and _vessel_object(ctx, trigger_token)
    ):
        return replace(trigger, predicate=Predicate.COERCED, cameo="191")
    return trigger


def _armed_side(ctx: ArticleContext, label: str) -> bool:
    """An armed group or force, or a named group of no known sector ("ISIL", "the rebels"):
    one fighters can drive out by force. A group of civilians the data classes (refugees,
    migrants, protesters) is expelled, not fought; so is a group written by a staff or
    civilian noun (``unarmed_people``: "15 officials"), one whose head noun is of a sector
    that does not fight ("two senior UN officials", "three aid workers") and an article's
    unnamed people of no sector ("Somali traders", "Congolese miners")."""
    if assaults.armed(ctx, label):
        return True
    if label_head(label) in ctx.cues["unarmed_people"]:
        return False  # "expelled 15 officials": staff, not fighters
    if not ctx.etype_is(label, EntityType.GROUP) or assaults.sector(ctx, label) is not None:
        return False
    head = ctx.lx.actors.sector_of(ctx.shown(label).rsplit(" ", 1)[-1])
    if head is not None:
        return head in assault_words().force_sectors
    return not _scoped(label)


def _kept_objects(
    ctx: ArticleContext,
    para: Paragraph,
    trigger_token: Any,
    clause: Any,
    trigger: Trigger,
    objects: list[str],
    subjects: list[str],
) -> list[str]:
    """The objects the trigger's predicate takes: actors, places for visits, attacks and
    restrictions, persons or no persons where the trigger says so."""
    predicate = trigger.predicate
    if (
        predicate is Predicate.ATTACKED
        and not objects
        and not trigger.symmetric_subjects
        and trigger.pos == "NOUN"  # "fighting in Syria" may be fighting for Syria
        and not _aimed(trigger_token, clause)
        and not _between_sides(ctx, trigger_token, trigger)
    ):
        # "carried out several attacks in Kenya": the place attacked
        # ... or "in the town of Najran": the place a place noun names; "attacks in Kenya
        # and Uganda": each place coordinated (gen44); "a wave of attacks across
        # Afghanistan" (gen59); "around the country": the article's country (around1)
        objects = _attacked_areas(ctx, para, dict.fromkeys((trigger_token, clause)), subjects)
    if predicate is Predicate.VISITED:
        objects = [o for o in dict.fromkeys(objects) if ctx.etype_in(o, PLACE_TYPES)]
        if not objects:
            objects = _unnamed_destination(ctx, para, trigger_token)
    elif (predicate is Predicate.ATTACKED and not trigger.needs_actor_object) or (
        trigger.place_object
    ):
        # a restriction on a place aims at the place ("imposed a curfew in Cizre")
        objects = [o for o in dict.fromkeys(objects) if ctx.etype_in(o, ACTOR_TYPES | PLACE_TYPES)]
    else:
        objects = [o for o in dict.fromkeys(objects) if ctx.etype_in(o, ACTOR_TYPES)]
    objects = advised_own(ctx, para, trigger_token, trigger, objects, subjects)
    if trigger.needs_person_object and not any(
        c.dep_ == "dobj" and c.lemma_.lower() in ctx.lx.words.delegate_nouns
        for c in para.children(trigger_token)
    ):
        # ("received a delegation from China": the delegation stands for its side)
        objects = [o for o in objects if ctx.etype_is(o, EntityType.PERSON)]
    if trigger.no_person_object and not _reacted_act(ctx, para, trigger_token):
        objects = [o for o in objects if not ctx.etype_is(o, EntityType.PERSON)]
    return objects


def _reacted_act(ctx: ArticleContext, para: Paragraph, token: Any) -> bool:
    """The verb's direct object is an act noun ("welcomed Ouattara's decision", "welcomed the
    move" after "Ouattara pardoned X"): a person found through it is the act's doer, whom a
    verb that never takes a person ("welcomed Castro" greets him) supports all the same
    (probeE67). Not an act that befell its owner ("welcomed Gbagbo's release")."""
    acts = ctx.word_set(_act_and_said_nouns)
    for obj in para.children(token):
        if obj.dep_ != "dobj" or obj.pos_ != "NOUN" or obj.lemma_.lower() not in acts:
            continue
        own = ctx.lx.triggers.match(obj)
        return own is None or not own.owner_is_object
    return False


def _act_and_said_nouns(lx: Lexicon) -> Iterator[str]:
    """The nouns of acts and of things said (``act_nouns``, ``evaluations.act_nouns``,
    ``said_nouns``) whose owner did them (``_reacted_act``), joined once per lexicon."""
    yield from lx.cues["act_nouns"]
    yield from lx.cues["evaluations"]["act_nouns"]
    yield from lx.cues["said_nouns"]


def _unnamed_destination(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """ "visited a refugee camp in Jordan", "after a visit to a book fair at Dhaka University",
    "travelled to a conference in Moscow": a visit to a place with no name of its own goes to
    the named place it is in."""
    goals = [c for c in para.children(token) if c.dep_ == "dobj" and token.pos_ == "VERB"]
    if goals:
        goals.append(token)  # "visited a refugee camp in Kenya": "in" may hang on the verb
    goals += [
        p
        for prep in para.children(token)
        if prep.dep_ == "prep" and prep.lower_ in ("to", "of")
        for p in para.children(prep)
        if p.dep_ == "pobj" and p.pos_ == "NOUN"
    ]
    return _places_after(ctx, para, goals, ("in", "at"))


def _places_after(
    ctx: ArticleContext,
    para: Paragraph,
    nodes: Iterable[Any],
    preps: tuple[str, ...],
    names_only: bool = False,
) -> list[str]:
    """The named places (each one coordinated too) after ``preps`` on any of ``nodes``;
    with ``names_only``, only places written by their name ("across Yemen", not "across
    the country")."""
    return [
        e
        for node in nodes
        for prep in para.children(node)
        if prep.dep_ == "prep" and prep.lower_ in preps
        for pobj in para.children(prep)
        if pobj.dep_ == "pobj"
        for p in _with_conjuncts(para, pobj)
        if not names_only or p.pos_ == "PROPN"
        if (e := places.named_place(ctx, para, p)) is not None
        if ctx.etype_in(e, PLACE_TYPES)
    ]


def _attacked_areas(
    ctx: ArticleContext, para: Paragraph, nodes: Iterable[Any], subjects: list[str]
) -> list[str]:
    """The places an attack noun with no target of its own was aimed at: any place "in" it
    ("attacks in Kenya"), a place named "across", "throughout" or "around" ("a wave of
    attacks across Afghanistan"; ``attack_area_preps`` in cues.json), or there "the country"
    of an article about one country (``_home_country_area``)."""
    words = ctx.cues["attack_area_preps"]
    nodes = list(nodes)
    named = tuple(words["named_preps"])
    return (
        _places_after(ctx, para, nodes, tuple(words["preps"]))
        + _places_after(ctx, para, nodes, named, names_only=True)
        + _home_country_area(ctx, para, nodes, named, subjects)
    )


def _home_country_area(
    ctx: ArticleContext,
    para: Paragraph,
    nodes: list[Any],
    preps: tuple[str, ...],
    subjects: list[str],
) -> list[str]:
    """ "The Taliban have launched a wave of attacks around the country", "air strikes
    across the nation": "the country" (``home_nouns`` of cues.json) after ``preps`` is the
    article's one main country (``role_owners.main_country``; none known, none read), unless
    a doer is that country's own state: a country does not attack itself ("regime warplanes
    carried out air raids across the country" are a state's raids within its borders)."""
    home = ctx.cues["home_nouns"]
    if not any(
        pobj.dep_ == "pobj"
        and pobj.lower_ in home
        and any(c.dep_ == "det" and c.lower_ == "the" for c in para.children(pobj))
        for node in nodes
        for prep in para.children(node)
        if prep.dep_ == "prep" and prep.lower_ in preps
        for pobj in para.children(prep)
    ):
        return []
    country = role_owners.main_country(ctx)
    if country is None or any(_own_state(ctx, s, country) for s in subjects):
        return []
    return [country]


def _own_state(ctx: ArticleContext, label: str, country: str) -> bool:
    """The country itself or an actor of its state: one of its country (``actor_country``)
    that is no insurgent ("the Taliban" of Afghanistan are not its state), or a state body
    (``state_sectors`` of cues.json) of no known country ("government forces" of an article
    about one country are that country's)."""
    if label == country:
        return True
    iso = actor_country(ctx, label)
    if iso is None:
        return ctx.resolver.sector_in(label, ctx.cues["state_sectors"]["codes"])
    return iso == actor_country(ctx, country) and not assaults.insurgent(ctx, label)


def _with_conjuncts(para: Paragraph, noun: Any) -> list[Any]:
    """The noun and the nouns coordinated with it ("Kenya and Uganda", "A, B and C"); not
    a next clause's subject the parser coordinated with it ("an attack in Kabul and
    Pakistan condemned it": a finite verb right after the conjunct)."""
    found, todo = [noun], [noun]
    doc = noun.doc
    while todo:
        for child in para.children(todo.pop()):
            after = child.right_edge.i + 1
            if after < len(doc) and doc[after].tag_ in ("VBD", "VBZ", "VBP", "MD"):
                continue
            if child.dep_ == "conj" and child not in found:
                found.append(child)
                todo.append(child)
    return found


def _pairs(
    ctx: ArticleContext,
    para: Paragraph,
    trigger_token: Any,
    trigger: Trigger,
    subjects: list[str],
    objects: list[str],
) -> list[tuple[str, str]]:
    """(subject, object) pairs of a claim; with no object, the sides of a symmetric one (not
    the co-mediators of an act between others, ``_go_between``)."""
    predicate = trigger.predicate
    pairs: list[tuple[str, str]] = []
    objects = _not_co_agents(predicate, subjects, objects)
    if objects:
        if predicate is Predicate.COOPERATED_WITH or (
            predicate is Predicate.SUPPORTED and trigger.prep is not None and trigger.pos == "VERB"
        ):
            # "fighters allied with both AQIM and ISIL": a subject read as one of the allies
            # named after the trigger is a misreading, and allied with none of them (the
            # parser may hang the second ally inside the first's name)
            named = {
                para.links.get(t.i)
                for c in trigger_token.children
                if c.dep_ in ("prep", "dobj", "dative") and c.i > trigger_token.i
                for t in c.subtree
                if t.pos_ != "PRON" and t.dep_ != "poss"
            }
            subjects = [s for s in subjects if s not in named]
        pairs = [(s, o) for s in subjects for o in objects if s != o]
        if predicate is Predicate.VISITED:
            pairs = _visits_abroad(ctx, para, trigger_token, trigger, pairs)
        if predicate in (Predicate.SUPPORTED, Predicate.ATTACKED):
            # "President Sisi apologised to the nation", "army officers toppled Egypt's
            # monarchy": a state's own leader, official or force acting on its own country is
            # no relation between actors
            pairs = [
                (s, o)
                for s, o in pairs
                if not ctx.etype_is(o, EntityType.COUNTRY) or states.own_state(ctx, s) != o
            ]
    elif (
        (
            (predicate.symmetric and not _sent_to_someone(trigger))
            or trigger.symmetric_subjects
            # "clashes between A and B", "fighting among rival factions": each side fights
            or trigger.prep in ctx.lx.words.group_preps
        )
        and len(subjects) > 1
        and not _go_between(ctx, trigger_token, trigger)
        and not _shared_attack_aim(ctx, trigger_token)
    ):
        pairs = [
            (a, b)
            for i, a in enumerate(subjects)
            for b in subjects[i + 1 :]
            if not _one_kind(ctx, para, trigger_token, a, b)
        ]
    return pairs


def _go_between(ctx: ArticleContext, token: Any, trigger: Trigger) -> bool:
    """An act its doers do between or for others ("mediated the talks", "hosted the talks",
    the host's object "talks" read as the trigger): its coordinated doers are co-mediators or
    co-hosts, not sides (``go_between_codes``)."""
    if any(c.lower_ in ctx.lx.words.group_preps for c in token.children):
        return False  # "hosted talks between A and B": the sides are named
    words = ctx.cues["go_between_codes"]
    verb = token if trigger.pos == "VERB" else token.head
    return trigger.cameo in words["codes"] or (
        verb.pos_ == "VERB" and verb.lemma_.lower() in words["verbs"]
    )


def _one_kind(ctx: ArticleContext, para: Paragraph, token: Any, a: str, b: str) -> bool:
    """ "Morsi and 12 other defendants", "the minister and his fellow ministers": a conjunct
    that says it is more of the first one's kind (``other_members``) is on its side, not
    the other side of a fight or talks its sentence tells of."""
    others = ctx.cues["other_members"]["words"]
    links = para.links
    return any(
        links.get(t.i) in (a, b)
        and t.dep_ == "conj"
        and {links.get(t.i), links.get(t.head.i)} == {a, b}
        and any(c.lower_ in others for c in para.children(t))
        for t in token.sent
    )


def _shared_attack_aim(ctx: ArticleContext, token: Any) -> bool:
    """ "X and Y are involved in heavy fighting to retake Z from W": a fight whose clause has
    an attack as its aim, with an object of its own, has its sides fighting together for it
    (the aim's verb reads their foe), not each other."""
    clause = token
    while clause.dep_ in ("pobj", "prep", "dobj") and clause.head != clause:
        clause = clause.head
    for aim in (*clause.children, *token.children):
        if aim.dep_ not in ("advcl", "acl", "xcomp") or not any(
            k.dep_ == "aux" and k.tag_ == "TO" for k in aim.children
        ):
            continue
        row = ctx.lx.triggers.match(aim)
        if (
            row is not None
            and row.predicate is Predicate.ATTACKED
            and any(k.dep_ == "dobj" for k in aim.children)
        ):
            return True
    return False


def _not_co_agents(predicate: Predicate, subjects: list[str], objects: list[str]) -> list[str]:
    """The objects of a hostile act that are not one of its own coordinated doers: "Hezbollah
    and the Syrian army attacked rebel positions", "Iraqi forces and Kurdish fighters shelled
    militant positions" do not attack one another, whatever a bare owner ("rebel",
    "militant") was resolved to; sides that fight each other are written so ("clashed",
    "each other") and read by the symmetric rules. A single doer keeps every object."""
    if predicate.family is not Family.CONFLICT or len(subjects) < 2:
        return objects
    doers = set(subjects)
    return [o for o in objects if o not in doers]


def _sent_to_someone(trigger: Trigger) -> bool:
    """A noun governed by a light verb and addressed to someone ("sent a message to",
    "offered assurances to"), or a verb whose object is the person it is done to ("received
    the envoy", "greeted"): subjects that do it together with no such object named ("the
    kings of A and B will send a message", "A, B and C received subsidies") do it to a third
    party, not to each other."""
    return trigger.needs_person_object or (
        trigger.pos == "NOUN"
        and trigger.light is not None
        and bool(trigger.object)
        and set(trigger.object) <= {"prep:to", "dative"}
    )


def _visits_abroad(
    ctx: ArticleContext,
    para: Paragraph,
    trigger_token: Any,
    trigger: Trigger,
    pairs: list[tuple[str, str]],
) -> list[tuple[str, str]]:
    """The (visitor, place) pairs that are visits abroad, not a return home or a journey of
    people on the move."""
    # a leader arriving home visits nowhere; one who visits or tours a place at home does
    # ("Sharif was due to visit Gilgit-Baltistan", "toured the flooded towns"; evt50)
    if trigger.lemma not in ctx.lx.words.places.lists["home_visit_lemmas"]:
        pairs = [(s, o) for s, o in pairs if not visits.at_home(ctx, para, s, o)]
    # "Bangladeshis arrived in Aceh" (the country's node), "civilians fled to Lebanon": a
    # people on the move, not a state's or a group's visit (but "migrants landed in
    # Malaysia" visit it, and so does a people of its own node: see ``_travelling_people``)
    people = _travelling_people(ctx, para, trigger_token)
    home = _homecoming(ctx, trigger, trigger_token)
    pairs = [(s, o) for s, o in pairs if s not in people and not home(s)]
    if trigger.lemma in ctx.lx.words.places.lists["leave_verbs"] and trigger_token.dep_ == "pcomp":
        return []  # "met Modi after leaving for Delhi": a departure beside the act
    if _interrupted_journey(trigger_token) or _journey_cut_short(ctx, trigger_token):
        return []  # "were travelling to El Arish when they were shot at": never got there
    return pairs


def _homecoming(ctx: ArticleContext, trigger: Trigger, verb: Any) -> Callable[[str], bool]:
    """Whether a subject of the verb is refugees, migrants or civilians coming back from a
    place ("refugees returned from Kenya", "displaced families returned from Uganda"): they
    lived or sheltered there and leave it, no visit (``homecomings``, ``needy_nouns``)."""
    words = ctx.cues["homecomings"]
    if trigger.prep not in words["preps"]:
        return lambda _subject: False
    needy = any(
        t.lower_ in ctx.cues["needy_nouns"]
        for c in verb.children
        if c.dep_ in _SUBJ
        for t in c.subtree
    )
    return lambda subject: needy or assaults.sector(ctx, subject) in words["sectors"]


def _journey_cut_short(ctx: ArticleContext, noun: Any) -> bool:
    """A passage lost on the way ("1,770 migrants have perished on the journey to Europe",
    "were arrested during their voyage to Syria"): the passage noun hangs on "on" or
    "during" under a verb that loses its travellers before they arrive. A trip or a visit may
    end in the place ("died on a visit to Kenya"), so only passage nouns count."""
    lists = ctx.lx.words.places.lists
    prep = noun.head
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in lists["transit_nouns"]
        and noun.dep_ == "pobj"
        and prep.lower_ in ("on", "during")
        and prep.head.lemma_.lower() in lists["lost_on_way_verbs"]
    )


def _interrupted_journey(verb: Any) -> bool:
    """A past progressive that a later "when" clause cuts ("were travelling to Garissa when
    they were shot at", "was flying to Smolensk when his plane crashed"): on the way, not
    arrived. ("was flying to Smolensk on Saturday for a ceremony" is left to its reading.)"""
    kids = list(verb.children)
    return (
        verb.tag_ == "VBG"
        and any(k.dep_ == "aux" and k.lemma_ == "be" and k.tag_ == "VBD" for k in kids)
        and any(
            k.dep_ == "advcl"
            and k.i > verb.i
            and any(m.dep_ == "advmod" and m.tag_ == "WRB" and m.i < k.i for m in k.children)
            and (
                k.tag_ == "VBD"
                or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in k.children)
            )
            for k in kids
        )
    )


def _claim_status(
    ctx: ArticleContext, trigger_token: Any, clause: Any, anchor: Any, light: bool
) -> Status:
    """The status of a claim: its clause's, denied by "no" on the noun, proposed when asked
    of someone, planned when its light verb plans it."""
    status = qualifiers.status(ctx, anchor, clause)
    if (
        light
        and status is Status.OCCURRED
        and any(
            c.dep_ == "det" and c.lower_ in ctx.cues["negations"] for c in trigger_token.children
        )
    ):
        status = Status.DENIED  # "no talks were held between A and B", "held no meeting"
    if status is Status.OCCURRED and _asked(ctx, clause):
        status = Status.PROPOSED  # "called on Bahrain to release him": asked, not done
    if (
        light
        and status is Status.OCCURRED
        and clause.lemma_.lower() in ctx.cues["planned_words"]
        and clause.tag_ in ("VB", "VBG", "VBP", "VBZ")
    ):
        # "met to plan an attack", "is preparing an offensive": the light verb is itself the
        # plan ("planned the attack" that happened stays occurred)
        status = Status.PLANNED
    return status


def _aside_status(ctx: ArticleContext, noun: Any, trigger: Trigger) -> Status | None:
    """The status of a visit told in an aside set off by commas ("Obama, on a visit to Paris,
    urged Congress to ...", "During a visit to Kenya, Modi ..."): its own, not the main
    clause's request or plan: made, unless the aside plans it ("on his upcoming visit");
    None for any other claim."""
    prep = noun.head
    if (
        trigger.predicate is not Predicate.VISITED
        or noun.pos_ != "NOUN"
        or noun.dep_ != "pobj"
        or noun.lemma_.lower() not in ctx.lx.words.places.lists["trip_nouns"]
        or prep.dep_ != "prep"
        or prep.lower_ not in ("on", "during")
    ):
        return None
    doc, sent = noun.doc, noun.sent
    before = prep.i == sent.start or doc[prep.i - 1].lower_ == ","
    end = prep.right_edge.i + 1
    if not before or end >= sent.end or doc[end].lower_ != ",":
        return None
    planned = ctx.cues["planned_words"]
    if any(t.lower_ in planned for t in prep.subtree if t.dep_ in ("amod", "compound")):
        return Status.PLANNED  # "on his upcoming visit", "during a visit to X next week"
    return Status.OCCURRED


def _failed_attempt(ctx: ArticleContext, clause: Any) -> bool:
    """The clause is the aim of an attempt that failed ("tried but failed to kill X", "his
    attempt to storm X failed", "failed in a bid to kill X"), not of a failure alone
    ("failed to attack X" says no attempt)."""
    if _attempt_status(ctx, clause) is Status.DENIED:
        return True
    words = ctx.cues["attempts"]
    head = clause.head
    if clause.dep_ != "xcomp" or head.lemma_.lower() not in words["failing"]:
        return False
    if any(c.dep_ == "neg" for c in (head, *head.conjuncts) for c in c.children):
        return False  # "did not try and fail to": no attempt told
    # "tried but failed to kill X": the aim hangs on the failing verb beside the attempt
    return any(v.lemma_.lower() in words["verbs"] for v in head.conjuncts)


def _attempt_status(ctx: ArticleContext, clause: Any) -> Status | None:
    """The status of a meeting that was only attempted: "tried to meet X", "his bid to meet
    X" are hypothetical, and denied when the attempt failed ("his attempt to meet X failed",
    "failed in his bid to meet X"); None when the clause is no attempt's aim."""
    words = ctx.cues["attempts"]
    head = clause.head
    if not any(k.dep_ == "aux" and k.tag_ == "TO" for k in clause.children):
        return None
    if clause.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() not in words["verbs"]:
            return None
    elif clause.dep_ == "acl" and head.pos_ == "NOUN":
        if head.lemma_.lower() not in words["nouns"]:
            return None
    else:
        return None
    # the attempt's own verb ("the attempt failed", "failed in a bid to", "tried and failed")
    doers = [head, head.head]
    if head.head.dep_ == "pobj" or head.dep_ == "pobj":
        doers.append(head.head.head)
    doers += [c for d in list(doers) for c in d.children if c.dep_ == "conj"]
    if any(d.lemma_.lower() in words["failing"] for d in doers):
        return Status.DENIED
    return Status.HYPOTHETICAL


def _claim_date(
    ctx: ArticleContext,
    para: Paragraph,
    trigger_token: Any,
    clause: Any,
    predicate: Predicate,
    status: Status,
) -> str | None:
    """The date of a claim: its clause's, else for a stance the date of its saying."""
    date = qualifiers.date(ctx, para, clause, trigger_token, status)
    if date is None and predicate in _STANCES:
        # "X on Monday said his country supported the plan": a stance said is dated by the saying
        date = saying_date(ctx, para, clause, status)
    return date


def saying_date(ctx: ArticleContext, para: Paragraph, clause: Any, status: Status) -> str | None:
    """The date of the saying a reported clause is the object of, when the saying has one
    of its own ("X on Monday said ...", "X said on Monday ...")."""
    report = clause.head
    if (
        clause.dep_ == "ccomp"
        and report.lemma_.lower() in ctx.cues["speech_verbs"]
        and any(
            t.ent_type_ == "DATE" and not (clause.left_edge.i <= t.i <= clause.right_edge.i)
            for t in report.subtree
        )
    ):
        return qualifiers.date(ctx, para, report, report, status)
    return None


def _claim_place(
    ctx: ArticleContext,
    para: Paragraph,
    trigger_token: Any,
    clause: Any,
    pairs: list[tuple[str, str]],
) -> str | None:
    """Where a claim happened: a place on its trigger, clause or parties, a place compounded
    on its noun, or the end of the journey it was the purpose of."""
    people = {x for p in pairs for x in p}
    if trigger_token.doc is para.doc:  # the sentence read on the paragraph's columns
        links, deps, tokens = para.links, para.deps, para.tokens
        start = para.sent_starts[trigger_token.i]
        holders = [
            tokens[i]
            for i in range(start, para.sent_end(trigger_token))
            if deps[i] in ("dobj", "pobj", "nsubj") and links.get(i) in people
        ]
    else:
        holders = [
            t
            for t in para.sent_of(trigger_token)
            if para.links.get(t.i) in people and t.dep_ in ("dobj", "pobj", "nsubj")
        ]
    # "stormed al-Shabaab's base in Kismayo", "raided Memorial's offices in Moscow": the
    # building of a party, named by its owner in front of it and what the claim's words act
    # on, is where the claim happened
    owned = assault_words().owned_targets
    acting = {trigger_token.i, clause.i}
    holders += [
        b
        for t in para.sent_of(trigger_token)
        if para.links.get(t.i) in people
        and (b := _owned_building(t, owned)) is not None
        and (
            (b.dep_ == "dobj" and b.head.i in acting)
            or (b.dep_ == "pobj" and b.head.head.i in acting)
        )
    ]
    place = qualifiers.place(ctx, para, [trigger_token, clause, *holders], people)
    if place is None:
        place = qualifiers.compound_place(ctx, para, trigger_token)
    if place is None and trigger_token.dep_ == "pobj" and trigger_token.head.lower_ == "for":
        # "travel to Geneva for peace talks": the talks are where the journey ends
        journey = trigger_token.head.head
        place = next(
            (e for e in ctx.linked_pobjs(para, journey, ("to",)) if ctx.etype_in(e, PLACE_TYPES)),
            None,
        )
    return place


def _owned_building(owner: Any, owned: frozenset[str]) -> Any | None:
    """The building (base, office, convoy) the token names the owner of: in front of it
    ("al-Shabaab's base", "the HDP headquarters") or after its "of" ("the offices of X")."""
    building = owner.head
    if owner.dep_ == "pobj" and building.lower_ == "of":
        building = building.head
    elif owner.dep_ not in ("poss", "compound", "amod"):
        return None
    return building if building.lemma_.lower() in owned else None


def _travelling_people(ctx: ArticleContext, para: Paragraph, verb: Any) -> set[str]:
    """Subjects of a travel verb named as a people: a nationality or ethnic name read as
    its country ("Bangladeshis" as Bangladesh) or civilians. A people the name makes a node
    of its own ("500 Rohingya", "27,000 Burundians have fled to Rwanda") is none: it goes
    there as migrants do, as the held-out gold has it (coll43)."""
    # the subjects and the nouns heading phrases inside them ("Rohingya from Myanmar and
    # Bangladeshis", "thousands of Syrians"), not their modifiers ("a Chinese delegation")
    heads = [
        t
        for c in verb.children
        if c.dep_ in _SUBJ
        for t in c.subtree
        if t == c or t.dep_ in ("conj", "appos", "pobj")
    ]
    people: set[str] = set()
    for head in heads:
        entry = ctx.lx.by_demonym.get(head.lower_)
        named = head.ent_type_ == "NORP" or (
            entry is not None and head.lower_ != entry.label.lower() and head.lower_.endswith("s")
        )
        for label in ctx.ents(para, head):
            if named and ctx.etype_is(label, EntityType.GROUP):
                continue  # "500 Rohingya", "Burundians": a people of its own node
            if named or ctx.resolver.sector_in(label, _PEOPLE_SECTORS):
                people.add(label)
    return people


def _in_name(para: Paragraph, token: Any) -> bool:
    """The token is a word of a multi-word name it is linked to ("Committee to Protect
    Journalists", "Rapid Support Forces"), not an event of the sentence."""
    label = para.links.get(token.i)
    if label is None or not token.text[:1].isupper() or token.is_sent_start:
        return False  # ("Iranian diplomats": a collective's own noun is still its event)
    words = label.lower().split()
    return len(words) > 1 and token.lower_ in words


def _group_owned(ctx: ArticleContext, para: Paragraph, noun: Any) -> bool:
    """The noun's owner is an organisation or group ("their counterpart" of the Taliban); an
    unresolved possessive pronoun is the subject of the verb the noun is the object of."""
    owners = [
        e
        for c in noun.children
        if c.dep_ == "poss"
        for e in ctx.ents(para, c)
        or (subjects_of(ctx, para, noun.head) if c.tag_ == "PRP$" and noun.dep_ == "dobj" else [])
    ]
    return any(
        ctx.etype_in(e, (EntityType.ORGANIZATION, EntityType.GROUP))
        # (a state's officials or bodies have state counterparts: "Egyptian officials
        # worked with their counterparts from the UAE")
        and not ctx.resolver.sector_in(e, ctx.cues["state_sectors"]["codes"])
        for e in owners
    )
