"""The ordered registry of extraction stages: what each reads and writes, and how they run.

A stage is a function of the article context and a paragraph that yields draft claims (or,
for an article-wide stage, of the context and every paragraph). Stages run in passes: each
pass goes over the article's paragraphs in order and applies its stages to one paragraph
before the next, so a pass sees what every earlier pass found in the whole article.
Adding a rule family is one module and one line in ``STAGES``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from kg.extract import (
    act_agents,
    actor_coref,
    aid_programs,
    assaults,
    bases,
    coref,
    demands,
    employment,
    event_coref,
    intents,
    interactions,
    joint_acts,
    killings,
    nominals,
    permissions,
    places,
    plans,
    protests,
    qualifiers,
    quotes,
    refuge,
    reproaches,
    resistance,
    role_forms,
    roles,
    source_lines,
    stances,
    target_areas,
    ultimatums,
    visits,
)
from kg.extract.context import ArticleContext, Draft, Paragraph

Scope = Literal["paragraph", "article"]


@dataclass(frozen=True, slots=True)
class Stage:
    """One family of rules, with the context fields and paragraph parts it reads and writes.

    ``reads``/``writes`` name ``ArticleContext`` fields and ``Paragraph`` parts (``links``,
    ``groups``) or ``mentions`` (the resolver's record of mentions); ``drafts`` means it
    yields claims. They document the data flow and are checked by a test.
    """

    name: str
    run: Callable[..., Iterable[Draft] | None]
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    scope: Scope = "paragraph"
    pass_: int = 0


STAGES: tuple[Stage, ...] = (
    # pass 0: titles before names name the role holders that coreference needs
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
        ("links", "role_holders", "titled"),
        ("links", "mentions", "unnamed_titled"),
        pass_=1,
    ),
    # pass 2: pronouns and "the two", over the whole article (they carry across paragraphs)
    Stage(
        "link_pronouns",
        coref.link_pronouns,
        ("links",),
        ("links", "groups", "mentions"),
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
    # "the London-based advocacy group" -> the one named organisation just before
    Stage(
        "link_described_orgs",
        coref.link_described_orgs,
        ("links",),
        ("links", "mentions"),
        scope="article",
        pass_=2,
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
    # "his group" -> the group that person leads
    Stage(
        "link_own_groups",
        coref.link_own_groups,
        ("links", "role_holders", "drafts"),
        ("links", "mentions"),
        scope="article",
        pass_=2,
    ),
    # "the former", "the latter" -> the first, the second of the pair just named
    Stage(
        "link_former_latter",
        coref.link_former_latter,
        ("links",),
        ("links", "mentions"),
        scope="article",
        pass_=2,
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
        ("lead", "denied_reports"),
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
    # the followers of a named person or body ("Morsi supporters", "his supporters")
    Stage(
        "supporter_groups",
        role_forms.supporter_groups,
        ("links",),
        ("links", "mentions"),
        pass_=2,
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
    Stage("affiliates", role_forms.affiliates, ("links",), ("mentions", "drafts"), pass_=3),
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
    ),
    Stage(
        "located_in",
        places.located_in,
        ("links",),
        ("place_country", "mentions", "drafts"),
        pass_=3,
    ),
    Stage(
        "capital_of_country",
        nominals.capital_of_country,
        ("links",),
        ("drafts",),
        pass_=3,
    ),
    Stage("source_lines", source_lines.source_lines, ("links",), ("mentions", "drafts"), pass_=3),
    Stage("org_bases", bases.org_bases, ("links",), ("mentions", "drafts"), pass_=3),
    Stage("employment", employment.employment, ("links",), ("drafts",), pass_=3),
    Stage("killings", killings.killings, ("links",), ("drafts",), pass_=3),
    Stage("assaults", assaults.assaults, ("links",), ("drafts",), pass_=3),
    Stage(
        "interactions",
        interactions.interactions,
        ("links", "groups", "place_country"),
        ("drafts",),
        pass_=3,
    ),
    Stage("demands", demands.demands, ("links",), ("drafts",), pass_=3),
    Stage("protests", protests.protests, ("links",), ("drafts",), pass_=3),
    Stage("permissions", permissions.permissions, ("links",), ("drafts",), pass_=3),
    Stage("joint_acts", joint_acts.joint_acts, ("links",), ("drafts",), pass_=3),
    Stage("stances", stances.stances, ("links",), ("drafts",), pass_=3),
    Stage(
        "visits",
        visits.visits,
        ("links", "role_holders", "place_country"),
        ("drafts",),
        pass_=3,
    ),
    Stage("quotes", quotes.quotes, ("links",), ("drafts",), pass_=3),
    Stage("refuge", refuge.refuge, ("links",), ("drafts",), pass_=3),
    Stage("resistance", resistance.resistance, ("links",), ("drafts",), pass_=3),
    Stage("target_areas", target_areas.target_areas, ("links",), ("drafts",), pass_=3),
    Stage("act_agents", act_agents.act_agents, ("links",), ("drafts",), pass_=3),
    Stage("aid_programs", aid_programs.aid_programs, ("links",), ("drafts",), pass_=3),
    # pass 4: "the meeting was led by Z": the participants of an event named before
    Stage(
        "event_participants",
        event_coref.event_participants,
        ("links", "drafts", "event_mentions"),
        ("drafts",),
        scope="article",
        pass_=4,
    ),
    # pass 4: "will withdraw its troops unless ...": a conditional step is a threat
    Stage("ultimatums", ultimatums.ultimatums, ("links", "drafts"), ("drafts",), pass_=4),
    # "threatened to impose a curfew in X", "offered to ...", "prepared to attack X"
    Stage("intents", intents.intents, ("links", "drafts"), ("drafts",), pass_=4),
    # "called on X to release ...", "calling for her resignation": X is reproached
    Stage("reproaches", reproaches.reproaches, ("links", "drafts"), ("drafts",), pass_=4),
)


def run_stages(
    ctx: ArticleContext, paragraphs: list[Paragraph], stages: Iterable[Stage] = STAGES
) -> Iterator[Draft]:
    """Run the stages over one article's paragraphs, pass by pass, and yield their drafts.

    Each draft is kept on the context as found (``ctx.claims``): later stages read what
    came before it."""
    claims = ctx.claims
    for whole, each in _passes(stages if isinstance(stages, tuple) else tuple(stages)):
        for stage in whole:
            result = stage.run(ctx, paragraphs)
            if result is not None:
                for draft in result:
                    claims.append(draft)
                    yield draft
        if not each:
            continue
        for para in paragraphs:
            for run in each:
                result = run(ctx, para)
                if result is not None:
                    for draft in result:
                        claims.append(draft)
                        yield draft


_PASSES: dict[int, tuple[tuple[Stage, ...], list[tuple[tuple[Stage, ...], tuple[Any, ...]]]]] = {}


def _passes(
    stages: tuple[Stage, ...],
) -> list[tuple[tuple[Stage, ...], tuple[Any, ...]]]:
    """The stages by pass, in order: (article stages, paragraph stages' functions), made
    once for a tuple of stages (not per article and paragraph)."""
    held = _PASSES.get(id(stages))
    if held is not None and held[0] is stages:
        return held[1]
    by_pass: dict[int, list[Stage]] = {}
    for stage in stages:
        by_pass.setdefault(stage.pass_, []).append(stage)
    passes = [
        (
            tuple(s for s in by_pass[n] if s.scope == "article"),
            tuple(s.run for s in by_pass[n] if s.scope == "paragraph"),
        )
        for n in sorted(by_pass)
    ]
    if len(_PASSES) > 64:  # stage tuples made on the fly (tests, benchmarks)
        _PASSES.clear()
    _PASSES[id(stages)] = (stages, passes)
    return passes
