"""Unnamed sites as places of their article (node1): a facility noun with its modifiers as
written ("an arms depot", "the Yemeni army headquarters", "the presidential palace complex")
is a Place of the article, one node an article and label, never fused across articles, only
when it lies "in" a named place in its own phrase ("a mosque in the city of Tal Afar" ->
mosque located_in Tal Afar; of a verb's object, also the "in" hung on the verb right after
it: "entered the museum in the city of Palmyra") or is what an attack hits ("jets hit an
arms depot near X", "the hospital was shelled", "an attack on a school in Y"); the attack
stages then read the node as the target. Not a plural ("schools in Gaza"), an owned site
("their camp", "the party's headquarters"), a named one (``places._facilities``) or a vague
noun alone ("the complex"). A bare noun the article names one place by ("the airport" beside
"Bujumbura airport") is that place, no site of its own (node9); so is a site noun set beside a
name ("Ain al-Asad, a military base in Anbar", role59). Words: ``unnamed_sites`` of
``kg/data/en/cues.json``, ``facility_nouns`` of ``kg/data/en/places.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from kg.extract import places, plural_sites
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.nlp.coordination import first_conjunct
from kg.resolve.bodies import HYPHENS
from kg.resolve.entities import SpanMention
from kg.resolve.resolver import PLACE_TYPES
from kg.vocab import EntityType, Predicate


def cue_words(lx: Lexicon) -> frozenset[str]:
    """The site nouns (the stage's cue words)."""
    words = lx.cues["unnamed_sites"]
    nouns: set[str] = set(lx.words.places.facility_nouns) | set(words["nouns"])
    return frozenset(nouns - set(words["not_nouns"])) | plural_sites.cue_words(lx)


def unnamed_sites(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """A Place node for each unnamed site an attack hits or that lies in a named place, and
    its ``located_in`` claim."""
    words = ctx.cues["unnamed_sites"]
    # the site nouns made once a lexicon, and only the tokens with one visited (perf60)
    nouns = ctx.prepared(cue_words)
    for i in para.hits(nouns):
        token, lemma = para.tokens[i], para.lemmas[i]
        if token.i in para.links or not token.is_lower or token.pos_ != "NOUN":
            continue
        plural = token.tag_ != "NN" and token.lower_ not in words["singular_plurals"]
        if plural and not plural_sites.plural_site(ctx, para, token):
            continue  # "schools in the region": a plural names one set of sites only in a place
        if token.dep_ in ("compound", "poss", "nmod"):
            continue  # "the palace complex": the head names the site
        # "hit the palace complex and several bases of X" (atk37): each site listed is hit
        # as the first one is
        first = first_conjunct(token, head_pos="NOUN")
        if first.dep_ == "conj":
            continue
        kids = list(token.children)
        owners = [c for c in kids if c.dep_ == "poss"]
        town = _town_owner(ctx, para, owners[0]) if len(owners) == 1 and not plural else None
        if owners and town is None:
            continue  # "their camp", "the party's headquarters": its owner's
        dets = [c.lower_ for c in kids if c.dep_ in ("det", "predet")]
        if (not dets and not plural and town is None) or any(
            d in words["determiners_not"] for d in dets
        ):
            continue  # "with European headquarters in Ireland": no one site
        if _owned_after(para, token):
            continue  # "the headquarters of the X party", "a base held by the army": its own
        mods = _modifiers(ctx, para, token, frozenset(words["skip_modifiers"]))
        if mods is None:
            continue
        if token.lower_ in words["vague"] and not any(m.pos_ in ("NOUN", "PROPN") for m in mods):
            continue  # "the complex" alone names nothing
        attacked = _attacked(para, first, words)
        if plural and attacked:
            continue  # "shells hit schools in Rafah": the attack is on the town
        if town is not None and not attacked:
            continue  # "Lahore's main market was closed": a town's site only as a target
        # a plural lies in the place of its own phrase only
        own = plural_sites.own_place if plural else None
        outer = own(ctx, para, token) if own else _named_outer(ctx, para, token, attacked)
        outer = town or outer
        if outer is None and not attacked:
            continue
        named = None if plural else _apposed_name(ctx, para, token)
        if named is None and not (mods or plural):
            named = _named_site(ctx, token, dets, outer)
        if named is not None:
            # "the airport" beside "Bujumbura airport": the named site, no node of its own
            para.links[token.i] = named
            ctx.reference(para, token, named, "nominal")
            ctx.sites.setdefault(lemma, named)
            if outer is not None and outer != named:
                if attacked:
                    ctx.site_towns[named] = outer
                yield ctx.draft(para, token, named, Predicate.LOCATED_IN, outer, 0.75)
            continue
        start = mods[0].i if mods else token.i
        label = plural_sites.counted(mods, token, _label(mods, token))
        seen = ctx.sites
        if not mods and "the" in dets and lemma in seen and not plural:
            label = seen[lemma]  # "hit an arms depot ... struck the depot": the one site
        if not plural:
            seen.setdefault(lemma, label)
        mention = SpanMention(start, token.i + 1, label, "FAC", canonical=label, scoped=True)
        ctx.resolver.add_vote(label, EntityType.PLACE, 5)
        # what the attack stages read of the phrase without the site stays theirs: its town
        # ("the army base in Kismayo"), its holder or owner ("a base held by the army", "an
        # army base" of the article's army), whom it is for ("a camp for refugees"); the
        # noun is the target only of an attack on a site whose phrase names no one
        target = attacked and not _others_named(ctx, para, token, outer)
        key = _record_head(ctx, para, mention, label, token, keep_link=target)
        ctx.resolver.add_vote(key, EntityType.PLACE, 5)
        if target and outer is not None and outer != key:
            ctx.site_towns[key] = outer
        if outer is not None and outer != key:
            yield ctx.draft(para, token, key, Predicate.LOCATED_IN, outer, 0.75)


def _town_owner(ctx: ArticleContext, para: Paragraph, owner: Any) -> str | None:
    """The town or area whose "'s" owns the site ("Quetta's main bazaar", "Aleppo's main
    hospital"): a site in it, not its own; no country (its state's), body or person."""
    link = para.links.get(owner.i)
    if link is None or not any(c.dep_ == "case" for c in owner.children):
        return None
    if not ctx.etype_in(link, (EntityType.CITY, EntityType.PLACE)) or unnamed_site(ctx, link):
        return None
    return link


def site_towns(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """An attack on a site in a town is an attack on the town too ("shelled a market in
    Idlib" -> attacked Idlib): each ``attacked`` claim on an unnamed site that lies in a
    named town in its own phrase, told again of the town, with the same status, date and
    event (no place: the town is the target), unless the sentence tells it already. Not a
    raid by the police (``site_raiders`` of ``kg/data/en/cues.json``; fp41): "police stormed
    a hospital in the capital" polices the site, it attacks no town."""
    towns = ctx.site_towns
    if not towns:
        return
    told = {
        (c.subject, c.object, c.sentence) for c in ctx.claims if c.predicate is Predicate.ATTACKED
    }
    raiders = ctx.cues["site_raiders"]["sectors"]
    for claim in list(ctx.claims):
        if claim.predicate is not Predicate.ATTACKED or claim.object not in towns:
            continue
        if ctx.resolver.sector_in(claim.subject, raiders):
            continue  # "police stormed a hospital in the capital": a raid on it, not the town
        town = towns[claim.object]
        if claim.subject == town or (claim.subject, town, claim.sentence) in told:
            continue
        told.add((claim.subject, town, claim.sentence))
        yield replace(claim, object=town, place=None if claim.place == town else claim.place)


def unnamed_site(ctx: ArticleContext, label: str) -> bool:
    """The node is an unnamed site of its article (made here), no named place."""
    cluster = ctx.resolver.clusters.get(label)
    return (
        cluster is not None
        and cluster.display is not None
        and ctx.etype_is(label, EntityType.PLACE)
    )


def _named_site(ctx: ArticleContext, noun: Any, dets: list[str], outer: str | None) -> str | None:
    """The one named place of the article whose name ends in the bare site noun ("the
    airport" beside "Bujumbura airport", "the museum in the city of Palmyra" beside "Palmyra
    museum"): the site the noun takes up when it is definite, or when the town it lies in
    is a word of that name ("a mosque in the district of Fatih" beside "Fatih Mosque"); two
    such names, or none, leave the site unnamed."""
    noun_forms = {noun.lower_, noun.lemma_.lower()}
    named = {
        label
        for para in ctx.paragraphs
        for label in para.links.values()
        if label.split()[-1].lower() in noun_forms
        and len(label.split()) > 1
        and ctx.etype_in(label, PLACE_TYPES)
        and not unnamed_site(ctx, label)
    }
    if len(named) != 1:
        return None
    (label,) = named
    if "the" in dets or (outer is not None and outer.lower() in label.lower().split()):
        return label
    return None


def _apposed_name(ctx: ArticleContext, para: Paragraph, noun: Any) -> str | None:
    """The named place a site noun is set beside ("Al-Shifa, the largest hospital in Gaza",
    "Ain al-Asad, a military base in Anbar", "Dadaab, the largest camp in Kenya"): the
    noun says what the name is, no site of its own, and a name the model read as a person's
    is a place's ("Ain al-Asad"; an organisation stays one: "Harvard, the oldest university
    in the US"). Not a country's name, nor an unnamed site's ("the hospital, the largest
    clinic in town")."""
    apposed = [c for c in noun.children if c.dep_ == "appos"]
    for name in [noun.head] if noun.dep_ == "appos" else apposed:
        label = para.links.get(name.i)
        if label is None or not label[:1].isupper() or ctx.etype_is(label, EntityType.COUNTRY):
            continue
        if ctx.etype_is(label, EntityType.PERSON):
            ctx.resolver.add_vote(label, EntityType.PLACE, 5)
        return label
    return None


def _modifiers(
    ctx: ArticleContext, para: Paragraph, noun: Any, skip: frozenset[str]
) -> list[Any] | None:
    """The words in front of the noun that its label keeps, as written and in order ("Yemeni
    army" of "the Yemeni army headquarters", "large government ammunition" of "a large
    government ammunition warehouse"; not a number, superlative or ``skip_modifiers`` word,
    nor any word before one); None when a modifier is a name that is no country's or
    people's (a named or owned site, left as it is)."""
    kept: list[Any] = []
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("amod", "compound", "nmod"):
            continue
        for t in child.subtree:
            if t.i >= noun.i:
                return None
            link = para.links.get(t.i)
            if link is not None and not _collective(ctx, t, link):
                return None  # "Al-Anad air base", "a Hamas school": named or owned
            if t.dep_ == "poss":
                return None
            if t.tag_ in ("JJS", "JJR", "CD") or t.lower_ in skip:
                continue
            if t.dep_ in ("det", "predet", "advmod", "cc", "prep", "nummod"):
                continue
            if t.is_alpha or t.text in HYPHENS:
                kept.append(t)
    kept.sort(key=lambda t: t.i)
    # the kept words must run up to the noun ("the largest military base" -> "military
    # base": a word left out leaves the words before it out too)
    run: list[Any] = []
    for t in reversed(kept):
        if t.i != (run[0].i if run else noun.i) - 1:
            break
        run.insert(0, t)
    while run and not run[0].is_alpha:
        run.pop(0)
    return run


def _label(mods: list[Any], noun: Any) -> str:
    """The site's label as written, with no space around a hyphen ("government-controlled
    airport"), the noun lower-cased."""
    text = ""
    for t in mods:
        text += (
            t.text
            if t.text in HYPHENS or text.endswith(tuple(HYPHENS)) or not text
            else (" " + t.text)
        )
    return f"{text} {noun.lower_}" if text else noun.lower_


def _collective(ctx: ArticleContext, token: Any, link: str) -> bool:
    """A modifier that names a country, a people or a country's sector ("Yemeni", "US",
    "army" of "the Yemeni army headquarters"), no body's own name."""
    if token.ent_type_ == "NORP" or ctx.etype_is(link, EntityType.COUNTRY):
        return True
    cluster = ctx.resolver.clusters.get(link)
    return cluster is not None and cluster.sector is not None and token.is_lower


def _named_outer(ctx: ArticleContext, para: Paragraph, noun: Any, attacked: bool) -> str | None:
    """The named place the site lies "in", in its own phrase ("a mosque in the city of Tal
    Afar", "the headquarters in the capital Sanaa", "a gold mine in western Colombia"); of
    a site a verb acts on, also the "in" the parser hung on the verb right after it, or
    after a date ("stormed a hospital in Kunduz", "entered the museum in the city of
    Palmyra", "entered the guesthouse on Wednesday in the city's neighbourhood of X"); of a
    site an attack hits, also the "in" right after a passive verb ("a market was bombed in
    Idlib")."""
    preps = list(noun.children)
    if noun.dep_ == "dobj":
        end = max(t.i for t in noun.subtree)
        preps += [c for c in noun.head.children if c.i > end and _dates_only(para, end, c.i)]
    if attacked and noun.dep_ == "nsubjpass":
        # "a market was bombed in Idlib": the "in" right after the passive verb
        preps += [c for c in noun.head.children if c.i == noun.head.i + 1]
    return places.place_in(ctx, para, preps)


def _dates_only(para: Paragraph, end: int, prep: int) -> bool:
    """Only a date lies between the object's last word and the preposition after it ("the
    guesthouse on Wednesday in Kabul"): nothing, or "on"/"at" with date or time words."""
    gap = para.tokens[end + 1 : prep]
    if not gap:
        return True
    return (
        gap[0].lower_ in ("on", "at")
        and all(t.ent_type_ in ("DATE", "TIME") for t in gap[1:])
        and len(gap) > 1
    )


def _attacked(para: Paragraph, noun: Any, words: dict[str, Any]) -> bool:
    """The noun is what an attack hits: the object of an attack verb, its passive subject, or
    the "on" of an attack noun."""
    verbs, event_nouns = words["attack_verbs"], words["attack_nouns"]
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in verbs:
        return True
    if noun.dep_ == "nsubjpass" and head.lemma_.lower() in verbs:
        return True
    if noun.dep_ == "pobj" and head.lower_ == "on":
        event = head.head
        return event.pos_ == "NOUN" and event.lemma_.lower() in event_nouns
    return False


def _owned_after(para: Paragraph, noun: Any) -> bool:
    """The phrase after the noun names whose the site is or whom it serves ("the
    headquarters of the X party", "a camp for Syrian refugees", "a base held by the
    army"): a site of that actor, which the attack and place stages read already."""
    for c in noun.children:
        if c.i < noun.i or not (
            (c.dep_ == "prep" and c.lower_ in ("of", "for")) or c.dep_ in ("acl", "relcl")
        ):
            continue
        if any(t.i in para.links for t in c.subtree):
            return True
    return False


def _place_word(ctx: ArticleContext, para: Paragraph, token: Any) -> bool:
    """The noun names a place: a place noun ("the Afghan capital", "the northern city") or
    a name linked to a place."""
    if token.lemma_.lower() in ctx.lx.words.places.place_nouns:
        return True
    link = para.links.get(token.i)
    return link is not None and ctx.etype_in(link, PLACE_TYPES)


def _others_named(ctx: ArticleContext, para: Paragraph, noun: Any, outer: str | None) -> bool:
    """A word of the site's phrase other than its noun and the town it lies in is linked
    to an entity ("army" of "an army base", "the Islah party" of "the headquarters of the
    Islah party", "refugees" of "a camp for refugees", "a base held by the army"); not one
    of the place it lies in or by ("a guesthouse in the Afghan capital", "a warehouse outside
    Palmyra": where, not whose; ``where_preps``)."""
    where = ctx.cues["unnamed_sites"]["where_preps"]
    listed = {t.i for c in noun.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    listed |= {
        t.i
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in where
        for o in c.children
        if o.dep_ == "pobj" and _place_word(ctx, para, o)
        for t in c.subtree
    }
    for t in noun.subtree:
        link = para.links.get(t.i)
        if t.i != noun.i and t.i not in listed and link is not None and link != outer:
            return True
    return False


def _record_head(
    ctx: ArticleContext,
    para: Paragraph,
    mention: SpanMention,
    label: str,
    noun: Any,
    keep_link: bool = True,
) -> str:
    """Record the site and link its noun alone: the words in front keep their own links
    ("Yemeni army" stays the Yemeni military); with ``keep_link`` false the noun too is left
    as it was (the site a node of the article, no word of the text linked to it)."""
    old = {i: para.links.get(i) for i in range(mention.start, mention.end)}
    ctx.record(para, mention, label)
    key = para.links[noun.i]
    for i, link in old.items():
        if i == noun.i and keep_link:
            continue
        if link is None:
            del para.links[i]
        else:
            para.links[i] = link
    return key
