"""Assaults that no verb states with attacker and target: victims "killed in mortar fire by
X", sides "after days of fighting with Y", targets that "came under fire from X", killings and
arrests someone "ordered", and the positions of the one armed group an article names ("rebel
positions", "rebel-held areas") -> attacked / coerced. Word lists: ``kg/data/en/killings.json``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract import harm_frames, qualifiers, role_owners
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.killings import assault_words
from kg.extract.places import named_place
from kg.lexicon import Lexicon, counting_noun
from kg.resolve.resolver import ACTOR_TYPES, PLACE_TYPES
from kg.vocab import EntityType, Predicate, Status

_TAKER_TYPES = frozenset({EntityType.GROUP, EntityType.ORGANIZATION, EntityType.COUNTRY})
_DEFAULT_CAMEO = {Predicate.ATTACKED: "190", Predicate.COERCED: "173"}


# -- "rebel positions": the one armed group of the article --------------------------------


def link_armed_modifiers(ctx: ArticleContext, paragraphs: list[Paragraph]) -> None:
    """Link an armed-sector word that modifies a thing ("rebel positions", "rebel-held
    areas", "militant hideouts") to the one actor of that sector the article names; a
    state force's word too when the thing is what an attack hit ("attacks on army
    convoys", "stormed a police station"), not "a military court" or "police chief"."""
    words = assault_words()
    by_sector: dict[str, set[str]] = {}
    kept = words.armed_sectors | words.target_sectors
    for para in paragraphs:
        for label in dict.fromkeys(para.links.values()):  # input order: a record replays
            if sector_in(ctx, label, kept):
                by_sector.setdefault(str(sector(ctx, label)), set()).add(label)
    if not by_sector:
        return
    sector_words = ctx.word_set(_sector_nouns)
    for para in paragraphs:
        deps = para.deps
        # only a sector's word can be linked below (``sector_of``): the others not visited
        for i in para.hits(sector_words):
            token = para.tokens[i]
            if token.i in para.links or deps[token.i] not in (
                "compound",
                "amod",
                "npadvmod",
                "nmod",
            ):
                continue
            code = ctx.lx.actors.sector_of(token.lower_)
            head = token.head
            if (
                code not in by_sector
                or head.i in para.links
                or head.pos_ not in ("NOUN", "VERB")
                or ctx.lx.actors.sector_of(head.lower_) is not None
                or head.lemma_.lower() in ctx.lx.roles
            ):
                continue
            if code in words.target_sectors and not _attacked_thing(ctx, head):
                continue
            owners = by_sector[code]
            if len(owners) == 1:
                (label,) = owners
                para.links[token.i] = label
                ctx.reference(para, token, label, "nominal")


def _sector_nouns(lx: Lexicon) -> Iterable[str]:
    """The words with a sector (``ActorData.sector_of``), for ``Paragraph.hits``."""
    return lx.actors.sector_nouns


def _attacked_thing(ctx: ArticleContext, noun: Any) -> bool:
    """The noun is what an attack hit: the object of an attack verb, or after "on",
    "against" or "at" under an attack verb or noun; or a building whose own entry, under
    its verb, is an attack ("torched a police station")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("on", "against", "at"):
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    else:
        own = ctx.lx.triggers.match(noun)
        if own is not None and own.predicate is Predicate.ATTACKED:
            return True
    if head.pos_ == "NOUN":
        return _attack_noun(ctx, head)
    found = ctx.lx.triggers.match(head)
    return found is not None and found.predicate is Predicate.ATTACKED


def sector(ctx: ArticleContext, label: str) -> str | None:
    """The actor's sector code: the gazetteer's, else a known group's, else its cluster's."""
    cluster = ctx.resolver.clusters.get(label)
    if cluster is None:
        return None
    listed = _listed_sector(ctx, label)
    if listed is not None:
        return listed
    sector: str | None = cluster.sector
    return sector


def sector_in(ctx: ArticleContext, label: str, codes: frozenset[str]) -> bool:
    """Whether the actor's sector (``sector``) is one of ``codes``: the coarse question of a
    rule that needs a class of sector only. The cluster's own sector is the corpus's (a
    worker's article alone leaves "US Senate" without one, the corpus: LEG), "one of the
    armed sectors?" is no in both."""
    if label not in ctx.resolver.clusters:
        return False
    listed = _listed_sector(ctx, label)
    if listed is not None:
        return listed in codes
    return ctx.resolver.sector_in(label, codes)


def _listed_sector(ctx: ArticleContext, label: str) -> str | None:
    """The sector the data gives the actor: the gazetteer's, else a known group's. It needs
    no corpus (the cluster's own is the first one any article wrote, "Islamic State
    fighters", "Hezbollah gunmen": a worker's article alone may have none, or another)."""
    entry = ctx.lx.lookup(label)
    if entry is not None and entry.sector is not None:
        return str(entry.sector)
    group = ctx.lx.actors.groups.get(label)
    if group is not None and group.get("sector") is not None:
        return str(group["sector"])  # Hezbollah: a gazetteer name
    return None


# -- claims ---------------------------------------------------------------------------------


def assaults(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked / coerced claims from victims of attack nouns, frame adjuncts of fighting,
    "came under fire from", and ordered killings and arrests."""
    words = assault_words()
    lemmas, poses, tokens = para.lemmas, para.poses, para.tokens
    # every rule below starts from one of these words or an attack trigger (in order): a
    # token with neither (another predicate's trigger) meets no test below: not visited
    attacks = [i for i, found in para.matches(ctx.lx.triggers).items() if _attacked(found)]
    for i in sorted({*para.hits(ctx.word_set(cue_words)), *attacks}):
        token = tokens[i]
        lemma, pos = lemmas[i], poses[i]
        if pos == "VERB" and lemma in words.harm_verbs:
            yield from _victims(ctx, para, token)
        elif pos == "NOUN" and lemma in words.insurgency_nouns:
            yield from _insurgency(ctx, para, token)
        elif pos == "NOUN" and lemma in words.fight_nouns:
            yield from _fight_frame(ctx, para, token)
            yield from _hyphen_sides(ctx, para, token)
        elif pos == "NOUN" and lemma in words.death_nouns:
            yield from _death_in(ctx, para, token)
        if (
            pos == "NOUN"
            and lemma not in words.fight_nouns
            and (lemma in words.under_nouns or _attacked(para.matches(ctx.lx.triggers).get(i)))
        ):  # (``_attack_noun``, on the columns and the paragraph's matches)
            yield from _held_targets(ctx, para, token)
            yield from _striking_noun(ctx, para, token)
        elif lemma in words.under_verbs and pos == "VERB":
            yield from _came_under(ctx, para, token)
        elif pos == "VERB" and lemma in words.order_verbs:
            yield from _ordered(ctx, para, token)
        elif pos == "VERB" and lemma in words.claim_verbs:
            yield from _claimed(ctx, para, token, words.claim_verbs[lemma])
        if (pos == "VERB" and lemma in words.fall["verbs"]) or (
            pos != "VERB" and lemma in words.fall["passive_words"]
        ):
            yield from _fell_to(ctx, para, token)
        if pos == "VERB" and lemma in words.fall["lose_verbs"]:
            yield from _lost_to(ctx, para, token)


def cue_words(lx: Lexicon) -> Iterator[str]:
    """The words (lemmas) one of which a token must have for a rule of ``assaults`` to start
    from it, an attack trigger aside: every list its loop tests."""
    words = assault_words()
    for table in (
        words.harm_verbs,
        words.insurgency_nouns,
        words.fight_nouns,
        words.under_nouns,
        words.under_verbs,
        words.order_verbs,
        words.claim_verbs,
        words.fall["verbs"],
        words.fall["passive_words"],
        words.fall["lose_verbs"],
        words.death_nouns,
    ):
        yield from table


def _attacked(found: Any) -> bool:
    return found is not None and found.predicate is Predicate.ATTACKED


def attack_noun(ctx: ArticleContext, noun: Any) -> bool:
    """The noun names an attack ("air strikes", "bombings", "fire")."""
    return _attack_noun(ctx, noun)


def _attack_noun(ctx: ArticleContext, noun: Any, para: Paragraph | None = None) -> bool:
    if noun.pos_ != "NOUN":
        return False
    if noun.lemma_.lower() in assault_words().under_nouns:
        return True
    if para is not None:  # the paragraph's matches, found once
        found = para.matches(ctx.lx.triggers).get(noun.i)
    else:
        found = ctx.lx.triggers.match(noun)
    return found is not None and found.predicate is Predicate.ATTACKED


def _victims(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "four civilians were killed and six wounded in mortar fire by the rebels", "killed in
    an Israeli air strike", "died in a Houthi attack": who did the attack harmed its victims."""
    verbs = [verb]
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in assault_words().harm_verbs:
        verbs.append(verb.head)  # "were killed and six wounded in ...": the victims of both
    subjects = [
        c
        for v in verbs
        for c in v.children
        if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and v.lemma_.lower() == "die")
    ]
    victims = [e for c in subjects for e in named_actors(ctx, para, c) or _counted(ctx, para, c)]
    if subjects:  # "73 soldiers, in addition to 26 civilians, were killed" (atk41)
        victims += harm_frames.added_victims(ctx, para, verb, subjects, named_actors)
    if not victims:
        return
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "by"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or not _attack_noun(ctx, noun):
                continue
            attackers = attack_doers(ctx, para, noun)
            if not attackers:
                attackers = [e for v in verbs for e in _by(ctx, para, v)]
            yield from _emit(ctx, para, noun, verb, attackers, victims, Predicate.ATTACKED)
    # "killed since the group began its offensive" (atk41)
    onset = harm_frames.onset_attackers(ctx, para, verb, attack_noun, named_actors)
    yield from _emit(ctx, para, verb, verb, onset, victims, Predicate.ATTACKED)


def _death_in(ctx: ArticleContext, para: Paragraph, noun: Any) -> Iterator[Draft]:
    """ "the death of Osama bin Laden in a US raid", "reported the death of its commander X
    in a US air strike": who did the attack killed the dead (atk41)."""
    dead = harm_frames.of_whom(noun)
    victims = [e for p in dead for e in named_actors(ctx, para, p) or _counted(ctx, para, p)]
    if not victims:
        return
    for head in (noun, *dead):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
                continue
            for attack in prep.children:
                if attack.dep_ == "pobj" and _attack_noun(ctx, attack):
                    doers = attack_doers(ctx, para, attack)
                    yield from _emit(ctx, para, attack, noun, doers, victims, Predicate.ATTACKED)


def _counted(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """The actors a count names after its "of" ("hundreds of civilians", "dozens of Afghan
    soldiers" were killed in an attack): the people counted are the victims (gen59)."""
    if token.lemma_.lower() not in ctx.cues["quantity_nouns"]:
        return []
    return [
        e
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
        if p.dep_ == "pobj"
        for e in named_actors(ctx, para, p)
    ]


def _insurgency(ctx: ArticleContext, para: Paragraph, noun: Any) -> Iterator[Draft]:
    """ "the PKK, which has waged an armed insurgency in the southeast", "the Boko Haram
    insurgency": an armed group's insurgency is an attack on the state of the country it is
    fought in: the country of a named place, else (a region, or no place) the article's one
    country."""
    words = assault_words()
    verb = noun.head
    rebels = [e for e in _owners(ctx, para, noun) if not ctx.etype_is(e, EntityType.COUNTRY)]
    clause = noun
    wage = verb.lemma_.lower() in words.wage_verbs or verb.lower_ in words.wage_verbs
    if not rebels and noun.dep_ == "dobj" and wage:
        clause = verb
        rebels = _clause_subjects(ctx, para, verb)
        if not rebels and verb.dep_ == "relcl":
            rebels = ctx.antecedent(para, verb.head)
    rebels = [_community_side(ctx, e) for e in rebels if _insurgent(ctx, e)]
    if not rebels:
        return
    targets = [
        e for node in dict.fromkeys((noun, clause)) for e in _by(ctx, para, node, ("against",))
    ]
    if not targets:
        places = [
            p
            for node in dict.fromkeys((noun, clause))
            for prep in node.children
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        country = None
        for place in places:
            label = para.links.get(place.i)
            if label is not None and ctx.etype_in(label, PLACE_TYPES):
                country = _country(ctx, label)
                break
            if place.lemma_.lower() not in words.region_words:
                return  # "an insurgency in the region": where is not said
        else:
            country = role_owners.main_country(ctx)
        targets = [country] if country is not None else []
    yield from _emit(ctx, para, noun, clause, rebels, targets, Predicate.ATTACKED)


def _community_side(ctx: ArticleContext, label: str) -> str:
    """The article's node of the people a community word names: its plural ("the Maoist
    rebellion" in an article on "the Maoists" is theirs), else its one armed collective ("the
    Maoist insurgency" in an article on "Maoist fighters"), else the word's own node.
    Communities: ``communities`` of kg/data/en/cues.json."""
    if label not in ctx.cues["communities"]["words"]:
        return label
    people = label + "s"  # "the Maoists' spokesperson": the community's own node
    if people in ctx.resolver.clusters and ctx.etype_in(
        people, (EntityType.GROUP, EntityType.ORGANIZATION)
    ):
        return people
    sides = [
        other
        for other in ctx.resolver.article_labels(ctx.article_id)
        if other.startswith(label + " ")
        and len(other.split(" [")[0].split()) == 2  # (a collective's label: "X [article]")
        and ctx.etype_is(other, EntityType.GROUP)
        and sector_in(ctx, other, assault_words().armed_sectors)
    ]
    return sides[0] if len(sides) == 1 else label


def _insurgent(ctx: ArticleContext, label: str) -> bool:
    """A group or movement that is no state body (not a country, a person, a government)."""
    code = sector(ctx, label)
    return ctx.etype_in(label, (EntityType.GROUP, EntityType.ORGANIZATION)) and (
        code is None or code in assault_words().armed_sectors
    )


def insurgent(ctx: ArticleContext, label: str) -> bool:
    """A group or movement that is no state body (``_insurgent``, for other stages)."""
    return _insurgent(ctx, label)


def _country(ctx: ArticleContext, place: str) -> str | None:
    """The country a place is, or lies in, when the article names it."""
    if ctx.etype_is(place, EntityType.COUNTRY):
        return place
    iso = ctx.resolver.country_of(place)
    entry = ctx.lx.country_of_iso(iso) if iso else None
    if entry is None or not ctx.resolver.ensure(entry.label, ctx.article_id):
        return None
    return str(entry.label)


def _fight_frame(ctx: ArticleContext, para: Paragraph, noun: Any) -> Iterator[Draft]:
    """ "X took the town after days of fierce fighting with Y": the clause's subject fought Y
    ("soldiers were killed in clashes with Y": Y fought them). A postposed reporting clause
    ("..., the government said") is not the one the adjunct belongs to."""
    words = assault_words()
    others = [
        e
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for p in prep.children
        if p.dep_ == "pobj"
        for e in named_actors(ctx, para, p)
    ]
    if not others:
        return
    node = noun
    # "days of fighting", "weeks of clashes": the span stands for the fighting
    if node.head.lower_ == "of" and node.head.head.lemma_.lower() in words.span_nouns:
        node = node.head.head
    frame = node.head
    if node.dep_ != "pobj" or frame.lower_ not in words.fight_frames:
        return
    clause = frame.head
    if clause.pos_ not in ("VERB", "AUX"):
        return
    if clause.lemma_.lower() in ctx.cues["speech_verbs"]:
        reported = [c for c in clause.children if c.dep_ == "ccomp" and c.i < frame.i]
        if not reported:
            return
        clause = reported[-1]
    sides = [
        e
        for c in clause.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for e in named_actors(ctx, para, c)
        if fighter(ctx, e)
    ]
    if _fell(clause):
        # "soldiers were killed in clashes with Y", "died in a gun battle with Y": Y did it
        yield from _emit(ctx, para, noun, clause, others, sides, Predicate.ATTACKED)
        return
    yield from _emit(ctx, para, noun, clause, sides, others, Predicate.ATTACKED)


def _fell(clause: Any) -> bool:
    """A passive of harm ("were killed", "were wounded") or "died": its subject suffered."""
    lemma = clause.lemma_.lower()
    return lemma in assault_words().harm_verbs and any(
        c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and lemma == "die") for c in clause.children
    )


def _hyphen_sides(ctx: ArticleContext, para: Paragraph, noun: Any) -> Iterator[Draft]:
    """ "Saudi-Houthi clashes", "Israeli-Palestinian fighting": the two sides joined by a
    hyphen in front of a fighting noun fought each other."""
    sides: list[tuple[Any, str]] = []
    for mod in (c for c in noun.children if c.dep_ in ("compound", "amod")):
        for tok in (mod, *(g for g in mod.children if g.dep_ in ("compound", "amod"))):
            label = para.links.get(tok.i)
            if label is not None and ctx.etype_in(label, ACTOR_TYPES):
                sides.append((tok, label))
    sides.sort(key=lambda pair: pair[0].i)
    if len(sides) != 2 or sides[0][1] == sides[1][1]:
        return
    (first, a), (second, b) = sides
    if second.i != first.i + 2 or para.tokens[first.i + 1].text != "-":
        return
    yield from _emit(ctx, para, noun, noun, [a], [b], Predicate.ATTACKED)


def _striking_noun(ctx: ArticleContext, para: Paragraph, noun: Any) -> Iterator[Draft]:
    """ "Israeli air strikes killed three Hamas commanders", "coalition raids hit Houthi
    positions": an attack noun that is the subject of a verb of harm or attack did it to
    the verb's object, by the hand of whoever did the noun; through a noun counting the
    attacks ("a wave of Israeli air strikes hit X")."""
    subject = counting_noun(noun) or noun
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.pos_ != "VERB":
        return
    found = ctx.lx.triggers.match(verb)
    if verb.lemma_.lower() not in assault_words().harm_verbs and (
        found is None or found.predicate is not Predicate.ATTACKED
    ):
        return
    attackers = attack_doers(ctx, para, noun)
    if not attackers:
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "hit the palace and several bases of troops loyal to Saleh": each thing hit
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    # "wounded dozens of Ukrainian soldiers": the soldiers; "hit camps of Hamas fighters":
    # whose camp, base or convoy was hit (``owned_targets``)
    words = assault_words()
    objects += [
        p
        for c in objects
        if c.like_num
        or c.lemma_.lower() in words.quantity_nouns
        or c.lemma_.lower() in words.owned_targets
        for prep in c.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    # "Israeli air strikes hit Gaza", "Saudi-led raids struck Sanaa": the place hit, each
    # one listed with no actor of its own ("hit the palace complex and bases of X", atk37)
    places = found is not None and found.place_object
    targets = [
        e
        for c in objects
        for e in named_actors(ctx, para, c)
        or [o for o in _owners(ctx, para, c, held=True) if armed(ctx, o)]
        or [p for p in ctx.ents(para, c) if places and ctx.etype_in(p, PLACE_TYPES)]
    ]
    yield from _emit(ctx, para, noun, verb, attackers, targets, Predicate.ATTACKED)


def _came_under(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "the convoy came under fire from rebels", "depots of X came under rocket attack from
    Y": an armed attack when the weapon is named or a side is an armed force (a minister who
    "came under fire from lawmakers" was criticised)."""
    words = assault_words()
    targets = [
        e
        for c in verb.children
        if c.dep_ == "nsubj"
        for e in named_actors(ctx, para, c) or _owners(ctx, para, c, ("of",))
    ]
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "under":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or not _attack_noun(ctx, noun):
                continue
            attackers = _by(ctx, para, noun, ("from", "by")) or _by(ctx, para, verb, ("from",))
            armed = any(c.lower_ in words.weapon_modifiers for c in noun.children) or any(
                sector_in(ctx, e, words.force_sectors) for e in (*attackers, *targets)
            )
            if armed:
                yield from _emit(ctx, para, noun, verb, attackers, targets, Predicate.ATTACKED)


def _fell_to(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "Ramadi fell to ISIL", "the town fell into the hands of X", "which had fallen under
    the control of X", "the town was overrun by X": X (a group, an organisation or a state)
    took (attacked) the place. A country that "fell to" another is left alone (a match
    lost)."""
    fall = assault_words().fall
    passive = verb.pos_ != "VERB"
    clause = verb
    if passive and verb.dep_ == "attr" and verb.head.lemma_ == "be":
        clause = verb.head  # the model's "was/ROOT overrun/attr by X"
    elif passive and not any(c.dep_ == "auxpass" for c in verb.children):
        return
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "relcl":
        subjects = [verb.head]  # "Idlib, which fell to a rebel alliance"
    elif any(s.tag_ == "WDT" for s in subjects) and verb.dep_ == "relcl":
        subjects = [verb.head]
    targets = [
        e
        for s in subjects
        for t in (
            s,
            *(
                p
                for c in s.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ),
        )
        for e in ctx.ents(para, t)
        if ctx.etype_in(e, PLACE_TYPES)
    ]
    holders = _fallen_holders(ctx, para, subjects, fall["holding_verbs"])
    if not targets and not holders:
        return
    heads = [(verb, ("by",) if passive else tuple(fall["preps"]))]
    if not passive:
        heads += [
            (noun, ("of",))
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in fall["hand_preps"]
            for noun in prep.children
            if noun.dep_ == "pobj" and noun.lemma_.lower() in fall["hand_nouns"]
        ]
    # named takers only: whose "fighters" a town fell to is no guess to make
    takers = [
        e
        for head, words in heads
        for prep in head.children
        if prep.dep_ in ("prep", "agent") and prep.lower_ in words
        for p in prep.children
        if p.dep_ == "pobj" and described_taker(p)
        for e in named_actors(ctx, para, p)
    ]
    # "fell into Taliban hands", "fell into the Houthis' hands": the owner before the noun
    takers += [
        e
        for head, words in heads[1:]
        for c in head.children
        if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"
        for e in named_actors(ctx, para, c)
    ]
    countries = all(ctx.etype_is(t, EntityType.COUNTRY) for t in targets)
    takers = [
        e
        for e in takers
        if ctx.etype_in(e, _TAKER_TYPES) and not (countries and ctx.etype_is(e, EntityType.COUNTRY))
    ]
    yield from _emit(ctx, para, verb, verb, takers, targets, Predicate.ATTACKED, cameo="192")
    # "four villages held by the Nusra Front fell to ISIL": the taker fought the holder
    fought = [h for h in holders if h not in takers]
    yield from _emit(ctx, para, verb, verb, takers, fought, Predicate.ATTACKED, cameo="190")


def _fallen_holders(
    ctx: ArticleContext, para: Paragraph, subjects: list[Any], verbs: list[str]
) -> list[str]:
    """The armed actors that held the places which fell ("villages and a town previously held
    by X", "the town, controlled by Y"): the "by" agent of a participle of ``verbs`` on a
    subject or its conjuncts."""
    nouns = [n for s in subjects for n in (s, *(c for c in s.children if c.dep_ == "conj"))]
    return [
        e
        for n in nouns
        for acl in n.children
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in verbs
        for a in acl.children
        if a.dep_ == "agent"
        for p in a.children
        if p.dep_ == "pobj"
        for e in named_actors(ctx, para, p)
        if armed(ctx, e) or ctx.etype_is(e, EntityType.COUNTRY)
    ]


def _lost_to(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "The government lost the town of Bosra to ISIL", "lost Crimea to Russia" (gen44): the
    one a named town or site is lost to, a country or an armed actor, took it (CAMEO 192);
    "lost his seat to the SNP", "lost the bid to Qatar", "lost Irving to an injury" name no
    place or no fighter. The loser, when its hold is an armed one (``occupier``: a country, a
    government, an armed group), held the place: the taker fought it (CAMEO 190, gerund65)."""
    targets = [
        e
        for obj in para.children(verb)
        if obj.dep_ == "dobj"
        for node in para.with_conjuncts(obj)
        for e in (named_place(ctx, para, node),)
        if e is not None and ctx.etype_in(e, PLACE_TYPES)
    ]
    if not targets:
        return
    takers = [
        e
        for prep in para.children(verb)
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for p in para.children(prep)
        if p.dep_ == "pobj" and described_taker(p)
        for e in named_actors(ctx, para, p)
        if e not in targets and fighter(ctx, e)
    ]
    yield from _emit(ctx, para, verb, verb, takers, targets, Predicate.ATTACKED, cameo="192")
    # "ISIL lost Bosra to the Nusra Front": the taker fought the loser, who held the place
    # (gerund65, as a fallen place's holder: ``_fallen_holders``)
    losers = [e for e in _clause_subjects(ctx, para, verb) if e not in targets and occupier(ctx, e)]
    yield from _emit(ctx, para, verb, verb, takers, losers, Predicate.ATTACKED, cameo="190")


def described_taker(noun: Any) -> bool:
    """A taker the phrase names or describes: "ISIL", "Houthi fighters", and (gen44) "a rebel
    alliance", "opposition fighters" (a modifier that says whose side); not a bare
    "fighters", whose side is a guess."""
    return noun.pos_ == "PROPN" or any(c.dep_ in ("compound", "amod") for c in noun.children)


def _held_targets(ctx: ArticleContext, para: Paragraph, noun: Any) -> Iterator[Draft]:
    """ "carried out raids on rebel positions", "launched an offensive on Houthi-held towns",
    "the army's assault against Islamic State strongholds": the armed owner of the places
    struck was attacked (a country's buildings or a party's offices are left to the
    trigger rules: their owner is not always the one hit)."""
    places = [
        p
        for head in (noun, noun.head)
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
        for p in prep.children
        if p.dep_ == "pobj" and not ctx.ents(para, p) and not _named_place(ctx, p)
    ]
    targets = [e for p in places for e in _owners(ctx, para, p, held=True) if armed(ctx, e)]
    if not targets:
        return
    attackers = _by(ctx, para, noun) or _owners(ctx, para, noun)
    phrase = counting_noun(noun) or noun  # "carried out a series of attacks on ..."
    light = phrase.head
    if not attackers and phrase.dep_ == "dobj" and light.pos_ == "VERB":
        verb = light.lemma_.lower()
        if any(
            t.light is not None and verb in t.light
            for t in ctx.lx.triggers.candidates(noun.lemma_.lower(), "NOUN")
        ):
            attackers = _clause_subjects(ctx, para, light)
    yield from _emit(
        ctx, para, noun, light if attackers else noun, attackers, targets, Predicate.ATTACKED
    )


def _named_place(ctx: ArticleContext, noun: Any) -> bool:
    """ "the largely Kurdish city of Hasakah" is Hasakah (the trigger rules name it)."""
    return noun.lemma_.lower() in ctx.cues["place_nouns"] and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


def _clause_subjects(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The subject of a verb, or of the verb a participle or conjunct hangs on."""
    node = verb
    for _ in range(3):
        found = [e for c in node.children if c.dep_ == "nsubj" for e in named_actors(ctx, para, c)]
        if found or node.dep_ not in ("xcomp", "conj", "advcl") or node.head == node:
            return found
        node = node.head
    return []


def _claimed(ctx: ArticleContext, para: Paragraph, verb: Any, status: str) -> Iterator[Draft]:
    """ "al-Shabab claimed responsibility for the attack on X", "ISIL claimed the bombing
    in Y", "denied any involvement in the attack on Z": who claims an attack made it."""
    words = assault_words()
    claimants = _clause_subjects(ctx, para, verb)
    if not claimants:
        return
    nouns = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in words.claim_nouns:
            nouns += [
                p
                for prep in obj.children
                if prep.dep_ == "prep" and prep.lower_ in ("for", "in")
                for p in prep.children
                if p.dep_ == "pobj"
            ]
        else:
            nouns.append(obj)
    for noun in nouns:
        if not _attack_noun(ctx, noun) or attack_doers(ctx, para, noun):
            continue  # "claimed the army's attack": someone else's
        targets = [
            e
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
            for p in prep.children
            if p.dep_ == "pobj"
            for e in named_actors(ctx, para, p) or _owners(ctx, para, p)
        ]
        if not targets:
            # "the bombing in Peshawar", "an attack on a Kabul guesthouse": the place attacked
            places = [
                p
                for prep in noun.children
                if prep.dep_ == "prep" and prep.lower_ in ("in", "on")
                for p in prep.children
                if p.dep_ == "pobj"
            ]
            targets = [
                para.links[t.i]
                for p in places
                for t in (p, *(c for c in p.children if c.dep_ in ("compound", "nmod")))
                if t.i in para.links and ctx.etype_in(para.links[t.i], PLACE_TYPES)
            ]
        yield from _emit(
            ctx, para, noun, verb, claimants, targets, Predicate.ATTACKED, status=Status(status)
        )


def _ordered(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "Kim ordered the execution of X", "the judge ordered the arrest of Y", "authorised
    air strikes against Z": who ordered it did it."""
    bosses = [e for c in verb.children if c.dep_ == "nsubj" for e in named_actors(ctx, para, c)]
    if not bosses:
        return
    for noun in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        trigger = ctx.lx.triggers.match(noun) or next(
            iter(ctx.lx.triggers.candidates(noun.lemma_.lower(), "NOUN")), None
        )
        if trigger is None or trigger.predicate not in _DEFAULT_CAMEO:
            continue
        targets = [
            e
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ in ("of", "on", "against")
            for p in prep.children
            if p.dep_ == "pobj"
            for e in named_actors(ctx, para, p)
        ]
        yield from _emit(
            ctx, para, noun, verb, bosses, targets, trigger.predicate, cameo=trigger.cameo
        )


# -- helpers --------------------------------------------------------------------------------


def named_actors(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """Actors a noun names; "the Islamic State group", "Abu Sayyaf militants": a named group
    in front of a group or sector noun is the group."""
    found = ctx.ents(para, token)
    if (
        not found
        and token.i not in para.links
        and (
            token.lemma_.lower() in assault_words().group_heads
            or ctx.lx.actors.sector_of(token.lower_) is not None
        )
    ):
        found = [
            para.links[c.i]
            for c in token.children
            if c.dep_ == "compound" and c.i in para.links and c.pos_ == "PROPN"
        ]
    return [e for e in found if ctx.etype_in(e, ACTOR_TYPES)]


def _by(
    ctx: ArticleContext, para: Paragraph, head: Any, words: tuple[str, ...] = ("by",)
) -> list[str]:
    """Actors after ``head``'s "by" (preposition or passive agent)."""
    return [
        e
        for prep in head.children
        if prep.dep_ in ("prep", "agent") and prep.lower_ in words
        for p in prep.children
        if p.dep_ == "pobj"
        for e in named_actors(ctx, para, p)
    ]


def attack_doers(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """Who did an attack noun: "fire by X", "strikes carried out by X", "X's raid", "a
    Taliban attack" (but "the Charlie Hebdo attack", "the Garissa attack" name what was hit:
    a name in front is the doer only when it is a country, a people or an armed force)."""
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    named = {para.links[c.i] for c in compounds if c.i in para.links and c.pos_ == "PROPN"}
    # "NATO air strikes", "AU drone strikes": a name in front of the weapon word names who
    # struck, not what was hit
    weapons = assault_words().weapon_modifiers
    striking = {
        para.links[c.i]
        for c in compounds
        if c.i in para.links and any(w.i > c.i and w.lower_ in weapons for w in compounds)
    }
    return (
        _by(ctx, para, noun)
        or [
            e
            for c in noun.children
            if c.dep_ == "acl" and c.tag_ == "VBN"
            for e in _by(ctx, para, c)
        ]
        or [
            e
            for e in _owners(ctx, para, noun)
            if e not in named
            or e in striking
            or (
                fighter(ctx, e)
                and not (ctx.etype_is(e, EntityType.COUNTRY) and _place_of(ctx, para, noun))
            )
        ]
        or _leaders(ctx, para, noun)
        or _weapon_owners(ctx, para, noun)
    )


def _place_of(ctx: ArticleContext, para: Paragraph, noun: Any) -> bool:
    """ "the Kenya mall attack", "the Nigeria market bombing": a country named in front of the
    thing hit (an unnamed common noun, neither a weapon nor an actor's word) is where the
    attack took place."""
    return any(
        c.dep_ == "compound"
        and c.pos_ == "NOUN"
        and c.i not in para.links
        and c.lower_ not in assault_words().weapon_modifiers
        and ctx.lx.actors.sector_of(c.lower_) is None
        and any(
            g.dep_ == "compound" and g.i in para.links and g.i < c.i
            for g in (*noun.children, *c.children)
        )
        for c in noun.children
    )


def before_hit(ctx: ArticleContext, para: Paragraph, noun: Any, modifier: Any) -> bool:
    """An unnamed common noun stands between ``modifier`` and the act noun, in its compound
    ("the US embassy attack", "the Sousse beach attack", "Aboriginal community closures"): the
    name describes what was hit or acted on, or where, not who acted ("Saudi air strikes":
    a weapon word; "the Nigerian army attack": a force's word, but "the army base attack"
    names the base hit)."""
    return any(
        k.dep_ == "compound"
        and k.pos_ == "NOUN"
        and modifier.i < k.i < noun.i
        and k.i not in para.links
        and k.lower_ not in assault_words().weapon_modifiers
        and (
            ctx.lx.actors.sector_of(k.lower_) is None
            or k.lemma_.lower() in assault_words().owned_targets  # "embassy", "base"
        )
        for k in noun.children
    )


def known_fighter(ctx: ArticleContext, label: str) -> bool:
    """An armed force, or a group the gazetteer knows ("the Taliban school attack" is the
    Taliban's; a town the model took for a group, "the Lahore suicide attack", is not)."""
    if armed(ctx, label):
        return True
    entry = ctx.lx.lookup(label)
    return (
        ctx.etype_is(label, EntityType.GROUP)
        and entry is not None
        and entry.type is EntityType.GROUP
    ) or label in ctx.lx.actors.groups


def _weapon_owners(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """ "US drone strikes", "Israeli tank fire", "French Mirage attacks": a country or an
    armed force in front of the weapon that makes the attack did it."""
    weapons = assault_words().weapon_modifiers
    return [
        e
        for c in noun.children
        if c.dep_ == "compound"
        and c.i not in para.links
        # a weapon word ("drone", "tank"), or an unnamed type's name ("Predator", "Mirage");
        # not the place or target of the attack ("the Kenya mall attack")
        and (c.lower_ in weapons or c.pos_ == "PROPN")
        for g in c.children
        if g.dep_ in ("compound", "amod", "nmod")
        for e in ctx.ents(para, g, adjectives=True)
        if ctx.etype_in(e, ACTOR_TYPES) and fighter(ctx, e)
    ]


def _leaders(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """ "Saudi-led air strikes", "US-led raids": who leads the attack did it."""
    return [
        e
        for c in noun.children
        if c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() == "lead"
        for g in c.children
        if g.dep_ in ("npadvmod", "compound", "nmod")
        for e in ctx.ents(para, g, adjectives=True)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]


def _owners(
    ctx: ArticleContext,
    para: Paragraph,
    noun: Any,
    preps: tuple[str, ...] = (),
    held: bool = False,
) -> list[str]:
    """Actors that own a noun: "Israeli air strikes", "the rebels' attack", "depots of X";
    with ``held``, also "rebel-held areas"."""
    mods = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    if held:
        mods += [
            g
            for c in noun.children
            if c.dep_ == "amod" and c.tag_ == "VBN"
            for g in c.children
            if g.dep_ in ("npadvmod", "compound", "nmod")
        ]
    found = [
        e for c in mods for e in ctx.ents(para, c, adjectives=True) if ctx.etype_in(e, ACTOR_TYPES)
    ]
    return found + [
        e
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for p in prep.children
        if p.dep_ == "pobj"
        for e in named_actors(ctx, para, p)
    ]


def armed(ctx: ArticleContext, label: str) -> bool:
    """An armed group or force (not a country, whose towns and ships are not all its army,
    nor a people: "the largely Kurdish city")."""
    return sector_in(ctx, label, assault_words().force_sectors)


def occupier(ctx: ArticleContext, label: str) -> bool:
    """An actor whose occupation of a place is an armed one: a country, a state body or force,
    an armed group, or a group of no known kind ("Taliban fighters occupy homes", "the Israeli
    government entrenched the occupation"). Civilians, students or an organisation of no armed
    kind occupying a square, a building or jail cells stay or protest (``sit_in`` of
    ``kg/data/en/cues.json``)."""
    if ctx.etype_is(label, EntityType.COUNTRY):
        return True
    code = sector(ctx, label)
    if code is None:
        return ctx.etype_is(label, EntityType.GROUP)
    return code in assault_words().force_sectors or code in ctx.cues["sit_in"]["state_sectors"]


def fighter(ctx: ArticleContext, label: str) -> bool:
    """An actor that fights: a country, an armed group, an army or police force."""
    return ctx.etype_in(label, (EntityType.COUNTRY, EntityType.GROUP)) or armed(ctx, label)


def _emit(
    ctx: ArticleContext,
    para: Paragraph,
    noun: Any,
    clause: Any,
    subjects: list[str],
    objects: list[str],
    predicate: Predicate,
    cameo: str | None = None,
    status: Status | None = None,
) -> Iterator[Draft]:
    pairs = [(s, o) for s in dict.fromkeys(subjects) for o in dict.fromkeys(objects) if s != o]
    if not pairs:
        return
    if status is None or status is Status.OCCURRED:
        status = qualifiers.status(ctx, clause, clause)
    date = qualifiers.date(ctx, para, clause, noun, status)
    people = {x for p in pairs for x in p}
    place = qualifiers.place(ctx, para, [noun, clause], people)
    if cameo is None:
        found = ctx.lx.triggers.match(noun)
        if found is not None and found.predicate is predicate:
            cameo = found.cameo
    code = cameo or _DEFAULT_CAMEO[predicate]
    for subject, obj in pairs:
        yield Draft(
            subject,
            predicate,
            obj,
            status,
            date,
            place,
            None,
            code,
            ctx.sentence_span(para, noun),
            0.8,
        )
