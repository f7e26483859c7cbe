"""The ordered registry of extraction stages: what each reads and writes, and how they run.

A stage is a function of the article context and a paragraph that yields draft claims (or,
for an article-wide stage, of the context and every paragraph). Stages run in passes: each
pass goes over the article's paragraphs in order and applies its stages to one paragraph
before the next, so a pass sees what every earlier pass found in the whole article.
Adding a rule family is one module and one line in ``STAGES``.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import takewhile
from pathlib import Path
from typing import Any, Literal

from kg.extract import (
    accusation_contents,
    act_agents,
    activity_bans,
    actor_coref,
    advances,
    agent_frames,
    agentless_trials,
    aid_appeals,
    aid_programs,
    ally_examples,
    assaults,
    attack_clauses,
    backers,
    bailouts,
    bases,
    blamed_attacks,
    body_members,
    challenged_claims,
    choice_threats,
    combat_frames,
    compositions,
    comrades,
    condemned_acts,
    conditions,
    convened_meetings,
    conveyed_visits,
    coref,
    counted_refs,
    court_idioms,
    critics_say,
    crowds,
    custody_holds,
    custody_nouns,
    custody_passives,
    dateline_places,
    decisions,
    demands,
    described_refs,
    elections,
    employment,
    epithets,
    evaluations,
    event_coref,
    event_refs,
    exits,
    fallen_places,
    faults,
    forced_flights,
    grievances,
    harm_hands,
    held_offices,
    help_owners,
    holdouts,
    intents,
    interactions,
    joined_choruses,
    joint_acts,
    killings,
    kind_coref,
    later_wards,
    led_groups,
    led_operations,
    loyalties,
    measures,
    meeting_places,
    member_examples,
    memberships,
    name_heads,
    named_heads,
    named_targets,
    node_types,
    nominal_protests,
    nominals,
    objections,
    opposition_leaders,
    owned_sites,
    owned_targets,
    pair_coref,
    party_titles,
    passive_coref,
    permissions,
    place_coref,
    place_intros,
    place_parts,
    place_refs,
    places,
    plans,
    protests,
    qualifiers,
    quoted_they,
    quoted_we,
    quotes,
    raised_passives,
    refuge,
    relative_objects,
    release_calls,
    removal_passives,
    repressions,
    reproaches,
    rescue_objects,
    resistance,
    rest_contrasts,
    restorations,
    retold_strikes,
    role_forms,
    role_lists,
    role_owners,
    roles,
    ruling_parties,
    shared_agents,
    shortfalls,
    signed_deals,
    sites,
    source_lines,
    speaker_surnames,
    spoken_for,
    spoken_visits,
    stance_roles,
    stances,
    state_bodies,
    strike_coref,
    taken_places,
    takeovers,
    talk_refusals,
    target_areas,
    target_lists,
    target_nouns,
    title_refs,
    truce_terms,
    ultimatums,
    unnamed_attackers,
    unnamed_members,
    unowned_talks,
    urged_acts,
    vessel_pickups,
    visits,
    weapon_uses,
)
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.nominals import nominal_words
from kg.lexicon import Lexicon
from kg.resolve.counted import counted_acts, counted_words
from kg.vocab import Predicate

Scope = Literal["paragraph", "article"]
# a stage's cue words, read from the rule data it reads (``Stage.cues``)
Cues = Callable[[Lexicon], Iterable[str]]


@dataclass(frozen=True, slots=True)
class Stage:
    """One family of rules, with the context fields and paragraph parts it reads and writes.

    ``reads``/``writes`` name ``ArticleContext`` fields and ``Paragraph`` parts (``links``,
    ``groups``) or ``mentions`` (the resolver's record of mentions); ``drafts`` means it
    yields claims. They document the data flow and are checked by a test.

    ``cues`` gives, from the lexicon, the words (lower-cased lemmas or forms) without one of
    which the stage does nothing in a paragraph: no claim, no link, no vote. A paragraph
    stage is then not run for a paragraph that holds none of them (``Paragraph.words``), an
    article stage not for an article none of whose paragraphs holds one. The words are read
    from the same data the stage reads, so a word added to that data is a cue at once; a
    stage without ``cues`` runs on every paragraph (every article).

    ``linked`` (paragraph stages only): every claim of the stage has an endpoint the
    paragraph links (``links``, ``groups`` or ``officials``), and it writes nothing else, so
    it is not run for a paragraph with none when its turn comes: a dateline, a quote with
    no one named, a sentence of figures. A test runs each such stage on its sentence with
    the links taken away and checks that it finds nothing (``tests/test_stages_linked.py``).
    """

    name: str
    run: Callable[..., Iterable[Draft] | None]
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    scope: Scope = "paragraph"
    pass_: int = 0
    cues: Cues | None = None
    linked: bool = False


# -- cue words of the stages that declare them (each from the data its stage reads) -------
def _trigger_words(lx: Lexicon) -> Iterable[str]:
    """The words of the trigger index's keys (``TriggerIndex.words``: a token matches only
    on its lemma or, for an adjective, its lower-cased form)."""
    return lx.triggers.words


def _attack_words(lx: Lexicon) -> Iterator[str]:
    return (t.lemma for t in lx.triggers if t.predicate is Predicate.ATTACKED)


def _interaction_cues(lx: Lexicon) -> Iterator[str]:
    yield from _trigger_words(lx)
    yield from lx.cues["aid_arrivals"]["verbs"]


def _killing_cues(lx: Lexicon) -> Iterator[str]:
    words = killings.kill_words()
    yield from killings.killer_words(lx.roles)
    for table in (words.culpability, words.nouns, words.weapons, words.verbs):
        yield from table


def _assault_cues(lx: Lexicon) -> Iterator[str]:
    yield from assaults.cue_words(lx)
    yield from _attack_words(lx)  # an attack noun of the trigger index


def _protest_cues(lx: Lexicon) -> Iterator[str]:
    words = lx.cues["protests"]
    for key in ("verbs", "nouns", "blocked_nouns", "street_nouns"):
        yield from words[key]


def _cue_keys(name: str, *keys: str) -> Cues:
    """The words of ``lx.cues[name][key]`` for each key (of ``lx.cues[name]`` itself if no
    key is given)."""

    def cues(lx: Lexicon) -> Iterator[str]:
        table = lx.cues[name]
        if not keys:
            yield from table
        for key in keys:
            yield from table[key]

    return cues


def _light_verbs(lx: Lexicon) -> Iterator[str]:
    """The light verbs of the trigger nouns that take one and no particle or preposition
    (``aid_programs`` reads a help noun only under one of them: "suspended ... aid")."""
    for trigger in lx.triggers:
        if (
            trigger.pos == "NOUN"
            and trigger.light is not None
            and trigger.particle is None
            and trigger.prep is None
        ):
            yield from trigger.light


def _crowd_cues(lx: Lexicon) -> Iterator[str]:
    """The bare nouns ``link_crowds`` links (``crowd_nouns``, not its comment)."""
    return (w for w in lx.cues["crowd_nouns"] if not w.startswith("_"))


def _title_words(*keys: str) -> Cues:
    def cues(lx: Lexicon) -> Iterator[str]:
        for key in keys:
            yield from lx.title_words.get(key, ())

    return cues


STAGES: tuple[Stage, ...] = (
    # pass 0: names the article's words place ("from Sivas") typed a place before any rule
    # asks a type
    Stage("node_types", node_types.run, ("links",), ("mentions",), scope="article", pass_=0),
    # titles before names name the role holders that coreference needs
    Stage(
        "title_roles",
        roles.title_roles,
        ("links",),
        ("role_holders", "titled", "drafts"),
        scope="article",
        pass_=0,
    ),
    # titles the parse did not join to their name ("a senior Iraqi lawmaker, X")
    Stage(
        "surface_appositions",
        role_forms.surface_appositions,
        ("links",),
        ("links", "role_holders", "titled", "drafts"),
        pass_=0,
    ),
    # roles listed under a header ("Ministers named: Defence - X; Interior - Y")
    Stage(
        "listed_roles",
        role_lists.listed_roles,
        ("links",),
        ("links", "mentions", "titled", "drafts"),
        pass_=0,
        cues=lambda lx: (":",),  # every entry follows the header's colon
    ),
    # pass 1: a title in one sentence and the name in the next; "the island", "the town",
    # "the group" -> the entity just named; definite titles ("the Russian leader") -> the
    # holder named anywhere in the article
    Stage(
        "titles_across",
        nominals.titles_across,
        ("links",),
        ("links", "mentions", "role_holders", "titled", "drafts"),
        scope="article",
        pass_=1,
    ),
    Stage(
        "link_nominals",
        nominals.link_nominals,
        ("links",),
        ("links", "mentions"),
        scope="article",
        pass_=1,
    ),
    # '"...," Niyombare said': a speaker's surname the model did not tag -> the person named
    Stage(
        "link_speaker_surnames",
        speaker_surnames.link_speaker_surnames,
        ("links",),
        ("links", "mentions"),
        pass_=1,
        cues=_cue_keys("speech_verbs"),
    ),
    # a role now, the name later: "executed its defence chief ... Hyon was killed"
    Stage(
        "named_later",
        event_coref.named_later,
        ("links",),
        ("links", "mentions"),
        scope="article",
        pass_=1,
    ),
    Stage(
        "link_titles",
        coref.link_titles,
        ("links", "role_holders", "titled", "drafts"),
        ("links", "mentions", "unnamed_titled"),
        pass_=1,
        cues=lambda lx: lx.roles,
    ),
    # pass 2: "the pastor" -> the one actor the article described as a pastor ("X, a
    # part-time pastor"), before the pronouns, which chain on it
    Stage(
        "link_described_refs",
        described_refs.link_described_refs,
        ("links",),
        ("links", "mentions"),
        scope="article",
        pass_=2,
        cues=described_refs.cue_words,
    ),
    # pronouns and "the two", over the whole article (they carry across paragraphs)
    Stage(
        "link_pronouns",
        coref.link_pronouns,
        ("links",),
        ("links", "groups", "mentions"),
        scope="article",
        pass_=2,
    ),
    # "Jeb Bush spoke. The former Florida governor said" -> the person just named, by name or
    # by a pronoun (after them: "Walker spoke. He said ... . The Wisconsin governor"; hard64)
    Stage(
        "link_epithets",
        epithets.link_epithets,
        ("links", "drafts"),
        ("links", "mentions"),
        scope="article",
        pass_=2,
        cues=epithets.epithet_heads,
    ),
    # "the two countries", "both men", "the pair", "the two sides" -> the two just named
    Stage(
        "link_country_pairs",
        pair_coref.link_country_pairs,
        ("links",),
        ("groups", "mentions"),
        scope="article",
        pass_=2,
        cues=pair_coref.pair_words,
    ),
    # "his father" -> the one person named elsewhere as "his father, X"
    Stage(
        "link_named_kin",
        coref.link_named_kin,
        ("links",),
        ("links", "mentions"),
        scope="article",
        pass_=2,
    ),
    # "the warplanes" -> the actor just named with the same noun ("coalition warplanes")
    Stage(
        "link_same_noun",
        coref.link_same_noun,
        ("links",),
        ("links", "mentions"),
        scope="article",
        pass_=2,
    ),
    # "the party", "the bloc" -> the one named body whose name ends in it, just before
    Stage(
        "link_named_heads",
        named_heads.link_named_heads,
        ("links",),
        ("links", "mentions"),
        scope="article",
        pass_=2,
    ),
    # "the ruling party" -> the one body the article names as ruling ("the ruling X party")
    Stage(
        "link_ruling_parties",
        ruling_parties.link_ruling_parties,
        ("links",),
        ("links", "mentions"),
        scope="article",
        pass_=2,
        cues=ruling_parties.ruling_words,
    ),
    # "the Zetas cartel", "the Boko Haram group" -> the group named in front of the noun
    Stage(
        "link_name_heads",
        name_heads.link_name_heads,
        ("links",),
        ("links", "mentions"),
        scope="article",
        pass_=2,
        cues=name_heads.head_nouns,
    ),
    # "the London-based advocacy group" -> the one named organisation just before
    Stage(
        "link_described_orgs",
        coref.link_described_orgs,
        ("links",),
        ("links", "mentions"),
        scope="article",
        pass_=2,
    ),
    # "the airline's chairman" -> the one body of that kind the article has named so far
    Stage(
        "link_kind_nouns",
        kind_coref.link_kind_nouns,
        ("links",),
        ("links", "mentions"),
        scope="article",
        pass_=2,
        cues=kind_coref.kind_nouns,
    ),
    # "The group were travelling" -> the collective of people just named ("three judges")
    Stage(
        "link_people_group",
        coref.link_people_group,
        ("links",),
        ("links", "mentions"),
        scope="article",
        pass_=2,
    ),
    # "disperse the crowd", "stones thrown at officers" -> the protesters, the police just named
    Stage(
        "link_crowds",
        crowds.link_crowds,
        ("links",),
        ("links", "mentions"),
        scope="article",
        pass_=2,
        cues=_crowd_cues,
    ),
    # "refugees landed ... the navy rescued hundreds" -> the people just named
    Stage(
        "link_counted",
        counted_refs.link_counted,
        ("links",),
        ("links", "mentions"),
        scope="article",
        pass_=2,
        cues=counted_refs.count_words,
    ),
    # "his group" -> the group that person leads
    Stage(
        "link_own_groups",
        coref.link_own_groups,
        ("links", "role_holders", "drafts"),
        ("links", "mentions"),
        scope="article",
        pass_=2,
    ),
    # "his party", "Merkel's party" -> the one party the article makes that person's
    Stage(
        "link_own_parties",
        ruling_parties.link_own_parties,
        ("links", "role_holders", "drafts"),
        ("links", "mentions"),
        scope="article",
        pass_=2,
        cues=ruling_parties.own_party_nouns,
    ),
    # "the former", "the latter" -> the first, the second of the pair just named
    Stage(
        "link_former_latter",
        coref.link_former_latter,
        ("links",),
        ("links", "mentions"),
        scope="article",
        pass_=2,
        cues=_cue_keys("former_latter"),
    ),
    # "the Assad regime", "the Obama administration" -> that country's government
    Stage(
        "link_leader_governments",
        actor_coref.link_leader_governments,
        ("links", "role_holders"),
        ("links", "mentions"),
        scope="article",
        pass_=2,
    ),
    # it/its/they/their/them -> countries, organisations, groups
    Stage(
        "link_actor_pronouns",
        actor_coref.link_actor_pronouns,
        ("links",),
        ("links", "groups", "mentions"),
        scope="article",
        pass_=2,
    ),
    # a quoted they/them/their -> the plural actors the narrator named just before the quote
    Stage(
        "link_quoted_they",
        quoted_they.link_quoted_they,
        ("links", "groups", "role_holders"),
        ("links", "groups", "mentions"),
        scope="article",
        pass_=2,
    ),
    # "joined a chorus of countries that called for X": the relative pronoun is the joiner
    Stage(
        "link_joined_choruses",
        joined_choruses.link_joined_choruses,
        ("links", "groups"),
        ("links", "mentions"),
        scope="article",
        pass_=2,
    ),
    Stage(
        "armed_modifiers",
        assaults.link_armed_modifiers,
        ("links",),
        ("links", "mentions"),
        scope="article",
        pass_=2,
    ),
    # the headline, the lead and the day the story tells of (dates of undated lead claims)
    Stage(
        "story_lead",
        qualifiers.story_lead,
        (),
        ("lead", "denied_reports", "questions"),
        scope="article",
        pass_=2,
    ),
    # an unnamed envoy the coreference left unresolved ("the UN ambassador for Libya")
    Stage(
        "unnamed_envoys",
        role_forms.unnamed_envoys,
        ("links",),
        ("links", "mentions", "role_holders", "titled", "drafts"),
        pass_=2,
        cues=lambda lx: lx.words.envoy_titles,
    ),
    # an unnamed official with a title and a country ("Malaysia's foreign minister")
    Stage(
        "unnamed_officials",
        role_forms.unnamed_officials,
        ("links",),
        ("links", "mentions", "role_holders", "titled", "drafts"),
        scope="article",
        pass_=2,
    ),
    # a party's word before a title and a name ("Conservative Prime Minister X")
    Stage(
        "party_titles",
        party_titles.party_titles,
        ("links", "drafts"),
        ("drafts",),
        scope="article",
        pass_=2,
    ),
    # one unnamed member of a country's sector who acts ("a Chinese navy radio operator")
    Stage(
        "unnamed_members",
        unnamed_members.unnamed_members,
        ("links",),
        ("drafts",),
        pass_=2,
        cues=unnamed_members.member_words,
        linked=True,
    ),
    # the followers of a named person or body ("Morsi supporters", "his supporters")
    Stage(
        "supporter_groups",
        role_forms.supporter_groups,
        ("links",),
        ("links", "mentions", "drafts"),
        pass_=2,
        cues=lambda lx: lx.actors.supporter_nouns,
    ),
    # event words and their named participants, for "the attack" / "the meeting"
    Stage(
        "index_events",
        event_coref.index_events,
        ("links",),
        ("event_mentions",),
        scope="article",
        pass_=2,
    ),
    # pass 3: claims, paragraph by paragraph
    Stage(
        "appositions",
        roles.appositions,
        ("links",),
        ("role_holders", "titled", "mentions", "drafts"),
        pass_=3,
    ),
    # "that plan" -> the owner of the plan last named (before the claims that read it)
    Stage("link_plans", plans.link_plans, ("links",), ("groups",), scope="article", pass_=3),
    Stage("country_bodies", roles.country_bodies, ("links",), ("mentions", "drafts"), pass_=3),
    # "the US Office of the Director of National Intelligence", "the Israeli government's
    # Custodian of Absentee Property": a state body named with its country
    Stage(
        "state_bodies",
        state_bodies.state_bodies,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=state_bodies.cue_words,
        linked=True,
    ),
    Stage(
        "captive_members",
        roles.captive_members,
        ("links",),
        ("mentions", "drafts"),
        pass_=3,
        cues=lambda lx: lx.actors.captive_nouns,
    ),
    Stage(
        "counted_staff",
        roles.counted_staff,
        ("links",),
        ("mentions", "drafts"),
        pass_=3,
        # a counted group is only made where a sanction or aid verb or its noun is written
        cues=lambda lx: counted_words(lx)[0] | counted_acts(lx),
    ),
    Stage(
        "affiliates",
        role_forms.affiliates,
        ("links",),
        ("mentions", "drafts"),
        pass_=3,
        cues=_title_words("affiliate_nouns"),
    ),
    Stage(
        "pronoun_titles",
        role_forms.pronoun_titles,
        ("links", "role_holders"),
        ("titled", "drafts"),
        pass_=3,
    ),
    Stage(
        "accessions",
        role_forms.accessions,
        ("links",),
        ("role_holders", "titled", "drafts"),
        pass_=3,
        cues=_title_words("accession_verbs", "appointment_verbs"),
    ),
    Stage(
        "member_examples",
        member_examples.member_examples,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=member_examples.member_words,
    ),
    Stage(
        "listed_parts",
        compositions.listed_parts,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=compositions.composition_words,
    ),
    # "the FIFA boss", "the Iraqi president" -> the holder the roles above just named
    # ("Sepp Blatter, the FIFA president"), before this paragraph's relations read them
    Stage(
        "link_late_titles",
        coref.link_late_titles,
        ("links", "role_holders", "titled", "drafts"),
        ("links", "mentions"),
        pass_=3,
        cues=lambda lx: lx.roles,
    ),
    # "his group" -> the group that person leads, also where an apposition or a pronoun
    # title above just told it ("Baghdadi, the group's leader"), before the relations (atk41)
    Stage(
        "link_late_own_groups",
        coref.link_late_own_groups,
        ("links", "role_holders", "drafts"),
        ("links", "mentions"),
        pass_=3,
        cues=lambda lx: nominal_words().group_nouns,
    ),
    # "his party" -> the one party that person leads or belongs to, also where an
    # apposition above just told it ("X, leader of the Y party"), before the relations
    Stage(
        "link_late_own_parties",
        ruling_parties.link_late_own_parties,
        ("links", "role_holders", "drafts"),
        ("links", "mentions"),
        pass_=3,
        cues=ruling_parties.own_party_nouns,
    ),
    # a speaker's quoted "we" -> the body the speaker is, speaks for or leads (after this
    # paragraph's appositions: "said X, a spokesman for Y"), before its relations read it
    Stage(
        "link_quoted_we",
        quoted_we.link_quoted_we,
        ("links", "role_holders", "drafts"),
        ("links", "mentions"),
        pass_=3,
        cues=_cue_keys("quoted_we", "pronouns"),
    ),
    Stage(
        "located_in",
        places.located_in,
        ("links",),
        ("place_country", "mentions", "drafts"),
        pass_=3,
    ),
    # "Nuwakot, Nepal - Ever since ...": a dateline's places in title case, each in the next
    Stage(
        "dateline_places",
        dateline_places.dateline_places,
        ("links",),
        ("place_country", "mentions", "drafts"),
        pass_=3,
        cues=dateline_places.cue_words,
    ),
    # "an arms depot", "a mosque in the city of X": an unnamed site an attack hits or that
    # lies in a named place, a place of its article (before the attack stages read it)
    Stage(
        "unnamed_sites",
        sites.unnamed_sites,
        ("links",),
        ("mentions", "drafts", "links"),
        pass_=3,
        cues=sites.cue_words,
    ),
    # "the al-Tawahi district of Aden", "Maiduguri and the rest of Borno State"
    Stage(
        "place_parts",
        place_parts.place_parts,
        ("links",),
        ("place_country", "mentions", "drafts"),
        pass_=3,
        cues=place_parts.cue_words,
    ),
    # "banned in Northern Ireland though legal in the rest of Britain"
    Stage(
        "rest_contrasts",
        rest_contrasts.rest_contrasts,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=rest_contrasts.cue_words,
        linked=True,
    ),
    # "at Karachi's Jinnah roundabout", "Glasgow's Emirates arena"
    Stage(
        "owned_sites",
        owned_sites.owned_sites,
        ("links",),
        ("mentions", "drafts", "links"),
        pass_=3,
        cues=owned_sites.cue_words,
    ),
    Stage(
        "capital_of_country",
        nominals.capital_of_country,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=lambda lx: ("capital",),  # the stage's one word ("the capital", "capital of")
    ),
    Stage("source_lines", source_lines.source_lines, ("links",), ("mentions", "drafts"), pass_=3),
    Stage("org_bases", bases.org_bases, ("links",), ("mentions", "drafts"), pass_=3),
    Stage("employment", employment.employment, ("links",), ("drafts",), pass_=3, linked=True),
    # "the coalition led by Saudi Arabia", "the French-led coalition": the leader of a body
    Stage(
        "led_groups",
        led_groups.led_groups,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=led_groups.cue_words,
        linked=True,
    ),
    # "Egypt leads the Arab League", "France, which heads the mission": the leader of a body;
    # "Hamas, which governs Gaza": the ruler of a place
    Stage(
        "leading_actors",
        led_groups.leading_actors,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=led_groups.leading_cue_words,
        linked=True,
    ),
    # "Vladimir Putin's Russia": the person rules the country
    Stage(
        "ruled_countries",
        led_groups.ruled_countries,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=led_groups.possessive_cue_words,
        linked=True,
    ),
    # "opposition leader X", "X, the opposition leader,": X leads the article's opposition
    Stage(
        "opposition_leaders",
        opposition_leaders.opposition_leaders,
        ("links",),
        ("mentions", "drafts"),
        pass_=3,
        cues=opposition_leaders.cue_words,
    ),
    # "the Fattah Army is made up of groups, notably the Nusra Front", "the Palestinian
    # Authority joined the ICC": members of a body
    Stage(
        "memberships",
        memberships.memberships,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=memberships.cue_words,
        linked=True,
    ),
    # "two journalists from the BBC", "X and his fellow Free Officers", "Siemens, which owns
    # Osram": members and parts of a body by where they come from or who owns them
    Stage(
        "people_from_bodies",
        body_members.people_from_bodies,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=body_members.from_cue_words,
        linked=True,
    ),
    Stage(
        "fellow_members",
        body_members.fellow_members,
        ("links",),
        ("mentions", "drafts"),
        pass_=3,
        cues=body_members.fellow_cue_words,
    ),
    # "Morsi and other Brotherhood leaders": a person among other members of a body
    Stage(
        "other_members",
        body_members.other_members,
        ("links",),
        ("mentions", "drafts"),
        pass_=3,
        cues=body_members.others_cue_words,
    ),
    Stage(
        "owned_bodies",
        body_members.owned_bodies,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=body_members.own_cue_words,
        linked=True,
    ),
    # "a regional coalition of troops from Nigeria, Niger and Chad": its listed members
    Stage(
        "listed_coalitions",
        memberships.listed_coalitions,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=memberships.coalition_cue_words,
        linked=True,
    ),
    # "troops loyal to former president X", "X loyalists": the side supported its leader
    Stage(
        "loyalties",
        loyalties.loyalties,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=loyalties.cue_words,
        linked=True,
    ),
    Stage(
        "killings",
        killings.killings,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=_killing_cues,
        linked=True,
    ),
    Stage(
        "assaults",
        assaults.assaults,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=_assault_cues,
        linked=True,
    ),
    Stage(
        "interactions",
        interactions.interactions,
        ("links", "groups", "place_country"),
        ("drafts",),
        pass_=3,
        cues=_interaction_cues,
        linked=True,
    ),
    Stage(
        "detached_sides",
        event_refs.detached_sides,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=event_refs.cue_words,
        linked=True,
    ),
    # "X was killed at the hands of Y", "X met his death at the hands of Y": attacked
    Stage(
        "harm_hands",
        harm_hands.harm_hands,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=harm_hands.cue_words,
        linked=True,
    ),
    # "locked in combat with X", "X is the mastermind of the attack on Y": attacked
    Stage(
        "combat_frames",
        combat_frames.combat_frames,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=combat_frames.cue_words,
        linked=True,
    ),
    # "X's use of barrel bombs against Y", "the use of force against Y by X": attacked
    Stage(
        "weapon_uses",
        weapon_uses.weapon_uses,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=weapon_uses.cue_words,
        linked=True,
    ),
    Stage(
        "demands",
        demands.demands,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=demands.demand_cue_words,
        linked=True,
    ),
    Stage(
        "protests",
        protests.protests,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=_protest_cues,
        linked=True,
    ),
    Stage(
        "permissions",
        permissions.permissions,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=_cue_keys("allow_verbs"),
        linked=True,
    ),
    Stage(
        "joint_acts",
        joint_acts.joint_acts,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=_cue_keys(
            "joint_acts", "agree_verbs", "nouns", "exercise_nouns", "exercise_compounds"
        ),
        linked=True,
    ),
    Stage(
        "stances",
        stances.stances,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=stances.cue_words,
        linked=True,
    ),
    # "Iran is holding X in Evin prison": a detention by the holder
    Stage(
        "custody_holds",
        custody_holds.custody_holds,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=custody_holds.cue_words,
        linked=True,
    ),
    # "banned Labour Day rallies", "imposed a ban on protests": the banner's sanction
    Stage(
        "activity_bans",
        activity_bans.activity_bans,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=activity_bans.cue_words,
        linked=True,
    ),
    # "became a regular target of police raids": the raid's doer on the subject
    Stage(
        "target_nouns",
        target_nouns.target_nouns,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=target_nouns.cue_words,
        linked=True,
    ),
    # "was in police custody", "taken into custody by police": a detention by the holder
    Stage(
        "custody_nouns",
        custody_nouns.custody_nouns,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=custody_nouns.cue_words,
        linked=True,
    ),
    # "was suspended from FIFA", "were deported from South Africa": the body removed from
    Stage(
        "removal_passives",
        removal_passives.removal_passives,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=removal_passives.cue_words,
        linked=True,
    ),
    Stage(
        "evaluations",
        evaluations.evaluations,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=evaluations.cue_words,
    ),
    # "said Kenyatta's arrogance ...", "said Britain had double standards": a quality said
    Stage("faults", faults.faults, ("links",), ("drafts",), pass_=3, cues=faults.cue_words),
    Stage(
        "visits",
        visits.visits,
        ("links", "role_holders", "place_country"),
        ("drafts",),
        pass_=3,
    ),
    # "600 migrants were brought ashore at Catania": the people carried visited the place
    Stage(
        "conveyed_visits",
        conveyed_visits.conveyed_visits,
        ("links", "role_holders", "place_country"),
        ("drafts",),
        pass_=3,
        cues=conveyed_visits.cue_words,
        linked=True,
    ),
    # "Carter said in Singapore": the speaker was in the city
    Stage(
        "spoken_visits",
        spoken_visits.spoken_visits,
        ("links", "role_holders", "place_country"),
        ("drafts",),
        pass_=3,
        cues=spoken_visits.cue_words,
        linked=True,
    ),
    Stage("quotes", quotes.quotes, ("links",), ("drafts",), pass_=3),
    Stage(
        "refuge",
        refuge.refuge,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=_cue_keys("refuge", "verbs", "particle_verbs", "giving_verbs"),
        linked=True,
    ),
    # "a campaign aimed at restoring President X to power": the campaigner supported X
    Stage(
        "restorations",
        restorations.restorations,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=_cue_keys("restorations", "verbs"),
        linked=True,
    ),
    # "challenged Nigeria's version of events", "questioned the army's account" (crit54)
    Stage(
        "challenged_claims",
        challenged_claims.challenged_claims,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=challenged_claims.cue_words,
        linked=True,
    ),
    # "took the government to court", "took the agency to task", "put Morsi on trial" (crit54)
    Stage(
        "court_idioms",
        court_idioms.court_idioms,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=court_idioms.cue_words,
        linked=True,
    ),
    Stage(
        "resistance",
        resistance.resistance,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=_cue_keys("resistance", "verbs", "particle_verbs"),
        linked=True,
    ),
    Stage(
        "agent_frames",
        agent_frames.agent_frames,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=_attack_words,
        linked=True,
    ),
    # "launched raids that killed X", "the coalition's campaign targeting X"
    Stage(
        "attack_clauses",
        attack_clauses.attack_clauses,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=_attack_words,
        linked=True,
    ),
    Stage(
        "target_areas",
        target_areas.target_areas,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=_attack_words,
        linked=True,
    ),
    # "attacks blamed on X killed 30 people in Y"
    Stage(
        "blamed_attacks",
        blamed_attacks.blamed_attacks,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=blamed_attacks.cue_words,
        linked=True,
    ),
    # "X was shot dead in Y" with no doer told: the article's unidentified attackers
    Stage(
        "unnamed_attackers",
        unnamed_attackers.unnamed_attackers,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=unnamed_attackers.cue_words,
    ),
    # "Car bombs in Baghdad killed 10 people" with no doer told: the article's bombers
    Stage(
        "bomb_attackers",
        unnamed_attackers.bomb_attackers,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=unnamed_attackers.bomb_cue_words,
    ),
    # "The first explosion went off near the X hotel" after the article's bombers were told:
    # one more target of those bombers (a stage of the next pass: the bombers of any paragraph)
    Stage(
        "bomb_sequels",
        unnamed_attackers.bomb_sequels,
        ("links", "drafts"),
        ("drafts",),
        pass_=4,
        cues=unnamed_attackers.bomb_sequel_cue_words,
    ),
    # "condemned the bombings" with no doer told: the speaker criticised the act (an event)
    Stage(
        "condemned_acts",
        condemned_acts.condemned_acts,
        ("links", "drafts"),
        ("drafts", "links"),
        pass_=3,
        cues=condemned_acts.cue_words,
    ),
    # "passed the Citizen Security Law", "protested against the bill": a law backed or opposed
    Stage(
        "measures",
        measures.measures,
        ("links", "drafts"),
        ("drafts", "links"),
        scope="article",
        pass_=3,
    ),
    # "opposes the peace talks", "boycotted the elections": an election or talks backed or opposed
    Stage(
        "contests",
        measures.contests,
        ("links", "drafts"),
        ("drafts", "links"),
        scope="article",
        pass_=3,
    ),
    # "appealed the eviction order", "are opposing the Tia Maria project": a ruling, an
    # order, a plan or a project backed or opposed
    Stage(
        "decisions",
        decisions.decisions,
        ("links", "drafts"),
        ("drafts", "links"),
        scope="article",
        pass_=4,  # after the interactions: a claim they made from the actor stands
        cues=decisions.cue_words,
    ),
    # "after a month of protests against X" with no holder: the article's protesters
    Stage(
        "nominal_protests",
        nominal_protests.nominal_protests,
        ("links", "drafts"),
        ("drafts", "links"),
        pass_=3,
        cues=nominal_protests.cue_words,
    ),
    Stage(
        "act_agents",
        act_agents.act_agents,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=_trigger_words,
        linked=True,
    ),
    Stage(
        "aid_programs",
        aid_programs.aid_programs,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=_light_verbs,
        linked=True,
    ),
    # "Russian-backed separatists", "the Saudi-backed government": the backer supports them
    Stage(
        "backers",
        backers.backers,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=backers.cue_words,
        linked=True,
    ),
    # "Russia, a key backer of the Syrian government", "X is a fierce critic of Y": a stance
    Stage(
        "stance_roles",
        stance_roles.stance_roles,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=stance_roles.cue_words,
        linked=True,
    ),
    # "the police, whom rights groups accuse of torture": the clause's subject does the act
    Stage(
        "relative_objects",
        relative_objects.relative_objects,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=relative_objects.cue_words,
        linked=True,
    ),
    # "Ramadi, which had been taken by ISIL": the one after "by" occupies the place
    Stage(
        "taken_places",
        taken_places.taken_places,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=taken_places.cue_words,
        linked=True,
    ),
    # "when the fighters fired shells at their boat": the boat's owners were attacked
    Stage(
        "owned_targets",
        owned_targets.owned_targets,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=owned_targets.cue_words,
        linked=True,
    ),
    # "the coalition operation led by X against Y": the parser's "against" on "led" (att45)
    Stage(
        "led_operations",
        led_operations.led_operations,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=led_operations.cue_words,
        linked=True,
    ),
    # "toppled the government of President X", "took over the town of Y": attacked
    Stage(
        "takeovers",
        takeovers.takeovers,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=takeovers.cue_words,
    ),
    # "the Houthis, believed to be backed by Iran": the agent of a passive under a report verb
    Stage(
        "raised_passives",
        raised_passives.raised_passives,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=raised_passives.cue_words,
        linked=True,
    ),
    # "trained and armed by the CIA": coordinated passives that share one agent
    Stage(
        "shared_agents",
        shared_agents.shared_agents,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=shared_agents.cue_words,
        linked=True,
    ),
    # "the Houthis forced Hadi to flee": an armed side attacked the ones it drove off
    Stage(
        "forced_flights",
        forced_flights.forced_flights,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=forced_flights.cue_words,
        linked=True,
    ),
    # "its EU-IMF bailout", "received an IMF loan": the lender supported the taker
    Stage(
        "bailouts",
        bailouts.bailouts,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=bailouts.cue_words,
        linked=True,
    ),
    # "the party elected X as its leader", "the congress re-elected X": the body backs X
    Stage(
        "elections",
        elections.elections,
        ("links", "drafts"),
        ("drafts",),
        pass_=3,
        cues=elections.cue_words,
        linked=True,
    ),
    # "the UN launched a $415m appeal for Nepal": the appealer aids those the money is for
    Stage(
        "aid_appeals",
        aid_appeals.aid_appeals,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=aid_appeals.cue_words,
        linked=True,
    ),
    # "warned that the truce depended on the Houthis abiding by the deal": a threat to them
    Stage(
        "truce_terms",
        truce_terms.truce_terms,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=truce_terms.cue_words,
        linked=True,
    ),
    # "the regime and its agents, including Hezbollah": the examples back the owner
    Stage(
        "ally_examples",
        ally_examples.ally_examples,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=ally_examples.cue_words,
        linked=True,
    ),
    # "all conducted rescue operations": the rescuers aided the article's migrants
    Stage(
        "rescue_objects",
        rescue_objects.rescue_objects,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=rescue_objects.cue_words,
        linked=True,
    ),
    # "the ship picked up 188 people": the ship's side aided the people it took aboard
    Stage(
        "vessel_pickups",
        vessel_pickups.vessel_pickups,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=vessel_pickups.cue_words,
        linked=True,
    ),
    # "critics said his bid violated the constitution": the critics criticised him (crit47)
    Stage(
        "critics_say",
        critics_say.critics_say,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=critics_say.cue_words,
        linked=True,
    ),
    # "Kenya's claims that Somalia harboured the gunmen", "accusations of Israeli war crimes":
    # the maker criticises whom the content accuses (crit59)
    Stage(
        "accusation_contents",
        accusation_contents.accusation_contents,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=accusation_contents.cue_words,
        linked=True,
    ),
    # "named Kenya and Uganda as targets", "declared aid workers legitimate targets": threats
    Stage(
        "named_targets",
        named_targets.named_targets,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=named_targets.cue_words,
        linked=True,
    ),
    # "ongoing peace talks with the PKK" in an article about Turkey: Turkey's talks (talks58)
    Stage(
        "unowned_talks",
        unowned_talks.unowned_talks,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=unowned_talks.cue_words,
        linked=True,
    ),
    # "the leaders meeting in Tanzania": those who meet there visit it (talks58)
    Stage(
        "meeting_places",
        meeting_places.meeting_places,
        ("links", "role_holders", "place_country"),
        ("drafts",),
        pass_=3,
        cues=meeting_places.cue_words,
        linked=True,
    ),
    # "will convene a meeting of 19 countries": the convener meets them (talks58)
    Stage(
        "convened_meetings",
        convened_meetings.convened_meetings,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=convened_meetings.cue_words,
        linked=True,
    ),
    # "suspended talks with X", "refused to hold talks with X": no negotiation (denied)
    Stage(
        "talk_refusals",
        talk_refusals.talk_refusals,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=talk_refusals.cue_words,
        linked=True,
    ),
    # "the advance of ISIL in Iraq": a fighter advancing through a place attacked it (atk50)
    Stage(
        "advances",
        advances.advances,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=advances.cue_words,
        linked=True,
    ),
    # "with French backing", "with US air support": the owner of the help supports the subject
    Stage(
        "help_owners",
        help_owners.help_owners,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=help_owners.cue_words,
        linked=True,
    ),
    # "Saudi air strikes helped the rebels": the attack's doer supports them (backing58)
    Stage(
        "strike_help",
        help_owners.strike_help,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=help_owners.strike_cue_words,
        linked=True,
    ),
    # "fighting alongside government forces": the side fights for the one beside it (gen39)
    Stage(
        "comrades",
        comrades.comrades,
        ("links",),
        ("drafts",),
        pass_=3,
        cues=comrades.cue_words,
        linked=True,
    ),
    # "quelled an uprising by X", "crushed an opposition uprising": the one who puts it down
    Stage(
        "repressions",
        repressions.repressions,
        ("links",),
        ("drafts",),
        scope="article",
        pass_=3,
        cues=repressions.cue_words,
    ),
    # pass 4: "the meeting was led by Z": the participants of an event named before
    Stage(
        "event_participants",
        event_coref.event_participants,
        ("links", "drafts", "event_mentions"),
        ("drafts",),
        scope="article",
        pass_=4,
        cues=event_coref.cue_words,
    ),
    # pass 4: "Amnesty called for their release": the caller asked whoever holds them
    Stage(
        "release_calls",
        release_calls.release_calls,
        ("links", "drafts"),
        ("drafts",),
        scope="article",
        pass_=4,
        cues=release_calls.cue_words,
    ),
    # pass 4: "One barrel bomb hit X": a strike with no striker is that of the one just named
    Stage(
        "agentless_strikes",
        strike_coref.agentless_strikes,
        ("links", "drafts"),
        ("drafts",),
        scope="article",
        pass_=4,
        cues=strike_coref.cue_words,
    ),
    # pass 4: "Three of its leaders were arrested": a passive's doer is the one just named
    Stage(
        "agentless_acts",
        passive_coref.agentless_acts,
        ("links", "drafts"),
        ("drafts",),
        scope="article",
        pass_=4,
    ),
    # pass 4: "Badawi was arrested in Jeddah": a custody act with no doer is the state's
    Stage(
        "custody_passives",
        custody_passives.custody_passives,
        ("links", "drafts"),
        ("drafts",),
        scope="article",
        pass_=4,
    ),
    # pass 4: "In Iran, the trial of X has begun": a trial no one holds is the state's
    Stage(
        "agentless_trials",
        agentless_trials.agentless_trials,
        ("links", "drafts"),
        ("drafts",),
        scope="article",
        pass_=4,
        cues=agentless_trials.trial_nouns,
    ),
    # pass 4: "struck there", "air strikes in the area": the one town just named was hit
    Stage(
        "there_strikes",
        place_refs.there_strikes,
        ("links", "drafts"),
        ("drafts",),
        scope="article",
        pass_=4,
    ),
    # pass 4: "army forces alongside Hezbollah pushed X": the side alongside attacked X too
    Stage(
        "comrade_acts",
        comrades.comrade_acts,
        ("links", "drafts"),
        ("drafts",),
        scope="article",
        pass_=4,
        cues=comrades.act_cue_words,
    ),
    # pass 4: "It was the second strike by X": X attacked what the strike before hit
    Stage(
        "retold_strikes",
        retold_strikes.retold_strikes,
        ("links", "drafts"),
        ("drafts",),
        scope="article",
        pass_=4,
    ),
    # pass 4: "Located in central Homs province, the city lies ...": the city named before
    Stage(
        "fronted_locations",
        place_parts.fronted_locations,
        ("links", "drafts"),
        ("place_country", "drafts"),
        scope="article",
        pass_=4,
    ),
    # pass 4: "the fall of Ramadi", "when Palmyra fell": the article's armed group took it
    Stage(
        "fallen_places",
        fallen_places.fallen_places,
        ("links",),
        ("drafts",),
        scope="article",
        pass_=4,
        cues=_cue_keys("fallen_places", "nouns", "verbs"),
    ),
    # pass 4: a town with no country of its own in a story about one country lies there
    Stage(
        "context_places",
        place_coref.context_places,
        ("links", "drafts", "place_country"),
        ("drafts",),
        scope="article",
        pass_=4,
    ),
    # pass 4: "a town in Idlib province ... the town of Janudiyah": the town named later
    Stage(
        "introduced_places",
        place_intros.introduced_places,
        ("links", "drafts", "place_country"),
        ("drafts",),
        scope="article",
        pass_=4,
    ),
    # pass 4: "protesters in Ankara. ... the central Cankaya district": the ward in the town
    Stage(
        "later_wards",
        later_wards.later_wards,
        ("links", "drafts", "place_country"),
        ("drafts",),
        scope="article",
        pass_=4,
    ),
    # pass 4: "raced to Kampung Baru in Kedah state": a place the model read as a person
    Stage(
        "person_read_places",
        later_wards.person_read_places,
        ("links", "drafts"),
        ("drafts",),
        scope="article",
        pass_=4,
    ),
    # pass 4: "will withdraw its troops unless ...": a conditional step is a threat
    Stage(
        "ultimatums",
        ultimatums.ultimatums,
        ("links", "drafts"),
        ("drafts",),
        pass_=4,
        cues=ultimatums.cue_words,
    ),
    # "told Russia to withdraw or face sanctions": a choice set under a step of force threatens
    Stage(
        "choice_threats",
        choice_threats.choice_threats,
        ("links",),
        ("drafts",),
        pass_=4,
        cues=choice_threats.cue_words,
    ),
    # "threatened to impose a curfew in X", "offered to ...", "prepared to attack X"
    Stage("intents", intents.intents, ("links", "drafts"), ("drafts",), pass_=4),
    # '"X is killing civilians," Y said': the speaker criticises the attacker
    Stage(
        "quoted_accusations",
        quotes.quoted_accusations,
        ("links", "drafts"),
        ("drafts",),
        scope="article",
        pass_=4,
    ),
    # "said the war would be over if they had better cooperation from X": X found short (crit41)
    Stage(
        "shortfalls",
        shortfalls.shortfalls,
        ("links",),
        ("drafts",),
        pass_=4,
        cues=shortfalls.cue_words,
    ),
    # "vowing to stay until Gruevski resigns": Gruevski's going demanded (crit41)
    Stage("holdouts", holdouts.holdouts, ("links",), ("drafts",), pass_=4, cues=holdouts.cue_words),
    # "refusing to bid until there is change at FIFA": FIFA found at fault (crit50)
    Stage(
        "conditions",
        conditions.conditions,
        ("links",),
        ("drafts",),
        pass_=4,
        cues=conditions.cue_words,
    ),
    # "urged the ICC to prosecute X", "demanded prosecutors investigate X": X at fault (crit43)
    Stage(
        "urged_acts",
        urged_acts.urged_acts,
        ("links",),
        ("drafts",),
        pass_=4,
        cues=urged_acts.cue_words,
    ),
    # "implied that the US timed the probe to scupper his bid": the US accused (crit43)
    Stage(
        "grievances",
        grievances.grievances,
        ("links",),
        ("drafts",),
        pass_=4,
        cues=grievances.cue_words,
    ),
    # "unveiled plans ..., although some countries such as Britain are opposed" (crit43)
    Stage(
        "objections",
        objections.objections,
        ("links",),
        ("drafts",),
        pass_=4,
        cues=objections.cue_words,
    ),
    # "UKIP, which wants the country to withdraw from the EU": the EU criticised (crit43)
    Stage("exits", exits.exits, ("links",), ("drafts",), pass_=4, cues=exits.cue_words),
    # "called on X to release ...", "calling for her resignation": X is reproached
    Stage(
        "reproaches",
        reproaches.reproaches,
        ("links", "drafts"),
        ("drafts",),
        pass_=4,
        cues=_cue_keys("reproaches", "verbs", "speech", "demand_nouns"),
    ),
    # pass 4: "X hit Y. The targets included Z": X attacked Z
    Stage(
        "listed_targets",
        target_lists.listed_targets,
        ("links", "drafts"),
        ("drafts",),
        scope="article",
        pass_=4,
        cues=_cue_keys("strike_target_lists", "nouns"),
    ),
    # pass 4: "The new president is travelling ..., spokesman X said": whom X speaks for
    Stage(
        "reported_owners",
        spoken_for.reported_owners,
        ("links", "drafts"),
        ("drafts",),
        pass_=4,
        cues=spoken_for.cue_words,
    ),
    # pass 4: "X said ... The Russian president added": the title says X's role
    Stage(
        "referred_titles",
        title_refs.referred_titles,
        ("links", "drafts"),
        ("drafts",),
        scope="article",
        pass_=4,
    ),
    # pass 4, after the titles: "Assad's regime" in a story naming Syria: his dated role (role44)
    Stage(
        "held_offices",
        held_offices.held_offices,
        ("links", "drafts"),
        ("drafts",),
        scope="article",
        pass_=4,
    ),
    # pass 4: "X signed a deal with Y": X negotiated with Y, beside the agreement
    Stage(
        "signed_deals",
        signed_deals.signed_deals,
        ("drafts",),
        ("drafts",),
        scope="article",
        pass_=4,
    ),
    # pass 4, last: "shelled a market in Idlib": the attack on the site is one on the town
    Stage(
        "site_towns",
        sites.site_towns,
        ("links", "drafts"),
        ("drafts",),
        scope="article",
        pass_=4,
    ),
)


def _vote_stages(stages: tuple[Stage, ...]) -> tuple[Stage, ...]:
    """The leading article stages that write to the resolver only (votes: no claim, no
    link, nothing of the article's own): whatever the resolver answers them, the stages
    after them read the same article. A driver whose corpus answers one of their calls
    otherwise runs them again alone (``kg.pipeline_records``), not every stage."""
    return tuple(takewhile(lambda s: s.scope == "article" and s.writes == ("mentions",), stages))


# the stages in two runs: the votes, then the stages that read and write the article
VOTES = _vote_stages(STAGES)
LATER = STAGES[len(VOTES) :]


def run_stages(
    ctx: ArticleContext, paragraphs: list[Paragraph], stages: Iterable[Stage] = STAGES
) -> Iterator[Draft]:
    """Run the stages over one article's paragraphs, pass by pass, and yield their drafts.

    Each draft is kept on the context as found (``ctx.claims``): later stages read what
    came before it. A queen consort's leader_of, which many title rules would make, is
    dropped here once, before any stage reads it (``role_owners.reigns``). A paragraph
    stage with cue words is passed over for a paragraph that holds none of them
    (``Stage.cues``), an article stage with cue words for an article none of whose
    paragraphs holds one, and a stage that needs a link for a paragraph with none
    (``Stage.linked``)."""
    claims = ctx.claims
    ctx.paragraphs = paragraphs
    stages = stages if isinstance(stages, tuple) else tuple(stages)
    passes, cues = _passes(stages, ctx.lx)
    votes = len(_vote_stages(stages))
    # the first stage after the votes: the resolver is told they are done (``Resolver.mark``)
    after = stages[votes] if 0 < votes < len(stages) else None
    # the cued stages each paragraph holds a cue of, found once for every pass; the
    # article's are those of any of its paragraphs
    masks = [cues.mask(para.words) for para in paragraphs] if cues.words else None
    held = 0
    for mask in masks or ():
        held |= mask
    for whole, each in passes:
        for stage, bit in whole:
            if stage is after:
                ctx.resolver.mark()
            if bit and not held & bit:
                continue  # no paragraph of the article holds a cue word of the stage
            try:
                result = stage.run(ctx, paragraphs)
                if result is not None:
                    for draft in result:
                        if role_owners.reigns(ctx, draft):
                            claims.append(draft)
                            yield draft
            except Exception as err:  # a bug in a rule: the article's other claims are kept
                ctx.failures.append(rule_failure(stage.name, None, err))
        if not each:
            continue
        for para, mask in zip(paragraphs, masks or [0] * len(paragraphs), strict=True):
            for run, linked in cues.runnable(each, mask):
                # a stage that needs a link skips a paragraph with none (as it is now: an
                # earlier stage of the pass may have linked a word)
                if linked and not (para.links or para.groups or para.officials):
                    continue
                try:
                    result = run(ctx, para)
                    if result is not None:
                        for draft in result:
                            if role_owners.reigns(ctx, draft):
                                claims.append(draft)
                                yield draft
                except Exception as err:  # as above, for this stage on this paragraph
                    name = f"{run.__module__.rsplit('.', 1)[-1]}.{run.__name__}"
                    ctx.failures.append(rule_failure(name, para.offset, err))


def rule_failure(stage: str, offset: int | None, err: Exception) -> str:
    """One line on a rule that raised: the stage, where in the article (the paragraph's
    character offset), the error and the line of kg that raised it, for a bug report.

    The build goes on without that stage's further claims on that paragraph (or article),
    so one article's bug never costs the corpus its graph; ``KG_RULE_ERRORS=raise`` (set by
    the test suite) raises it instead, and ``kg build --strict`` stops at it."""
    if os.environ.get("KG_RULE_ERRORS") == "raise":
        raise err
    frames = traceback.extract_tb(err.__traceback__)
    ours = [f for f in frames if f"{os.sep}kg{os.sep}" in f.filename] or frames
    where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    at = "" if offset is None else f" at character {offset}"
    return f"rule stage {stage}{at} failed ({type(err).__name__}: {err}; {where})"


class _CueBits(dict[str, int]):
    """Cue word -> the bits of the stages it is a cue of (a bit a cued paragraph stage): a
    paragraph's stages with a cue in it are found in one pass over the few cue words it
    holds, not by a set test for every stage and paragraph."""

    def __init__(self) -> None:
        super().__init__()
        self.words: frozenset[str] = frozenset()
        # (id of a pass's paragraph stages, a paragraph's mask) -> the stages it runs
        self.runs: dict[tuple[int, int], tuple[tuple[Any, bool], ...]] = {}
        # id of a pass's paragraph stages -> the bits of its cued stages (``runnable``)
        self.own: dict[int, int] = {}

    def mask(self, words: frozenset[str]) -> int:
        """The bits of the stages with at least one cue word among ``words``."""
        mask = 0
        for word in self.words.intersection(words):
            mask |= self[word]
        return mask

    def runnable(
        self, each: tuple[tuple[Any, int, bool], ...], mask: int
    ) -> tuple[tuple[Any, bool], ...]:
        """The paragraph stages of a pass (``each``) that a paragraph of cue bits ``mask``
        runs, each with its ``Stage.linked``: chosen once for a pass and a mask, not by a
        bit test for each of the pass's ~70 stages on every paragraph. Kept under the mask's
        bits of the pass's own stages: a paragraph's whole mask, with the bits of every pass,
        is nearly its own (perf42: 27.5k of 31k asks a news2015 build were new), its bits of
        one pass are shared over and over."""
        own = self.own.get(id(each))
        if own is None:
            own = self.own[id(each)] = sum(bit for _, bit, _ in each)  # (one bit a stage)
        mask &= own
        key = (id(each), mask)  # (``each`` lives in ``_PASSES`` as long as these bits)
        held = self.runs.get(key)
        if held is None:
            if len(self.runs) > 4096:  # a corpus of many masks: kept bounded
                self.runs.clear()
            held = tuple((run, linked) for run, bit, linked in each if not bit or mask & bit)
            self.runs[key] = held
        return held


# the stages of a pass: its article stages with their cue bits (0: it runs on every
# article), and its paragraph stages' functions with their cue bits (0: it runs on every
# paragraph) and whether they need a link (``Stage.linked``)
Pass = tuple[tuple[tuple[Stage, int], ...], tuple[tuple[Any, int, bool], ...]]
_PASSES: dict[tuple[int, int], tuple[tuple[Stage, ...], Lexicon, list[Pass], _CueBits]] = {}


def stage_cues(stage: Stage, lx: Lexicon) -> frozenset[str] | None:
    """The stage's cue words for the lexicon ``lx`` (None: it runs on every paragraph, or
    for an article stage every article)."""
    if stage.cues is None:
        return None
    return frozenset(str(word).lower() for word in stage.cues(lx))


def _passes(stages: tuple[Stage, ...], lx: Lexicon) -> tuple[list[Pass], _CueBits]:
    """The stages by pass, in order (article stages with their cue bits, paragraph stages'
    functions with their cue bits), and the bits of each cue word, made once for a tuple of
    stages and a lexicon (not per article and paragraph)."""
    key = (id(stages), id(lx))
    held = _PASSES.get(key)
    if held is not None and held[0] is stages and held[1] is lx:
        return held[2], held[3]
    by_pass: dict[int, list[Stage]] = {}
    for stage in stages:
        by_pass.setdefault(stage.pass_, []).append(stage)
    bits = _CueBits()

    def bit(stage: Stage, index: int) -> int:
        """The stage's own bit, set in the bits of each of its cue words (0: no cues; a
        stage with an empty set of cues has a bit no word sets, and never runs)."""
        words = stage_cues(stage, lx)
        if words is None:
            return 0
        own = 1 << index
        for word in words:
            bits[word] = bits.get(word, 0) | own
        return own

    index = {id(s): i for i, s in enumerate(stages)}
    passes = [
        (
            tuple((s, bit(s, index[id(s)])) for s in by_pass[n] if s.scope == "article"),
            tuple(
                (s.run, bit(s, index[id(s)]), s.linked)
                for s in by_pass[n]
                if s.scope == "paragraph"
            ),
        )
        for n in sorted(by_pass)
    ]
    bits.words = frozenset(bits)
    if len(_PASSES) > 64:  # stage tuples made on the fly (tests, benchmarks)
        _PASSES.clear()
    _PASSES[key] = (stages, lx, passes, bits)
    return passes, bits
