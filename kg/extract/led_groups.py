"""Leaders named by a participle: "the coalition led by Saudi Arabia", "rebels headed by
X" -> the named actor leads the body the noun stands for (``leader_of``); an actor that
governs a place ("Hamas, which governs Gaza") leads it, as a person whose country the press
calls theirs ("Vladimir Putin's Russia"). The verbs are data (``led_participles`` in
``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.role_owners import STATE_SECTORS
from kg.lexicon import Lexicon
from kg.resolve.resolver import ACTOR_TYPES, PLACE_TYPES
from kg.vocab import EntityType, Predicate

_BODY_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.GROUP})


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The leading participles ("led", "headed"), by lemma."""
    words: list[str] = lx.cues["led_participles"]["verbs"]
    return words


def leading_cue_words(lx: Lexicon) -> Iterable[str]:
    """The leading verbs ("lead", "head") and the governing ones ("govern", "rule")."""
    table = lx.cues["led_participles"]
    return [*table["verbs"], *table["governing_verbs"]]


def led_groups(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """leader_of claims from a leading participle on a noun that stands for a body."""
    tokens = para.tokens
    for i in para.hits(ctx.word_set(cue_words)):
        participle = tokens[i]
        if participle.tag_ != "VBN" or participle.head.i == i:
            continue
        body = para.links.get(participle.head.i)
        if body is None or not ctx.etype_in(body, _BODY_TYPES):
            continue
        if participle.dep_ != "acl" or participle.head.i > i:
            # "the Saudi-led coalition", "Shia-led militias": a hyphened name is as often a
            # community or a side of the body as its head, and news names both
            continue
        leaders = _agents(ctx, para, participle)
        for leader in leaders:
            if leader != body:
                yield ctx.draft(para, participle, leader, Predicate.LEADER_OF, body, 0.7)


def _agents(ctx: ArticleContext, para: Paragraph, participle: Any) -> list[str]:
    """The actors after the participle's "by"."""
    return [
        e
        for agent in participle.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
        for e in ctx.ents(para, pobj)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]


def leading_actors(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """leader_of claims from an active leading verb whose object stands for a body: "Egypt
    leads the Arab League", "Saudi Arabia, which is leading the Arab coalition" (the relative's
    antecedent leads). "led the attack", "heads the talks": no body, no claim."""
    tokens = para.tokens
    governing = ctx.word_set(_governing_verbs)
    for i in para.hits(ctx.word_set(leading_cue_words)):
        verb = tokens[i]
        if verb.lemma_.lower() in governing:
            yield from _governed_places(ctx, para, verb)
            yield from _gap_bodies(ctx, para, verb)  # "the newspaper he was running"
            continue
        if verb.pos_ != "VERB" or (verb.tag_ == "VBN" and not _perfect(verb)) or _ranks(ctx, verb):
            continue  # "the coalition led by X" is ``led_groups``'; "has headed X since" is here
        # the object names the body itself ("the Arab League"), not a country's delegation
        bodies = [
            e
            for obj in verb.children
            if obj.dep_ == "dobj"
            for e in ctx.ents(para, obj)
            if ctx.etype_in(e, _BODY_TYPES)
            and (obj.text.lower() in e.lower() or _body_reference(ctx, para, obj))
            and not _sector(ctx, e)
        ]
        if not bodies:
            yield from _gap_bodies(ctx, para, verb)
            continue
        for leader in _leaders(ctx, para, verb):
            for body in bodies:
                if leader != body:
                    yield ctx.draft(para, verb, leader, Predicate.LEADER_OF, body, 0.7)


def _gap_bodies(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "Berria, the newspaper he leads today", "Egin, the Basque newspaper he was running":
    a relative clause with no relative word and no object, on an organisation's noun
    (``org_after_nouns``: "newspaper", "party", "group") set beside a name, makes its person
    subject the leader of the named body; the noun says what the name is, whatever type
    the model gave it. Not "the party he joined" (no leading verb) nor "the group that
    leads X" (an object)."""
    noun = verb.head
    if (
        verb.dep_ != "relcl"
        or verb.pos_ != "VERB"
        or noun.lemma_.lower() not in ctx.lx.words.org_after_nouns
        or any(c.dep_ in ("dobj", "neg") or c.tag_ == "MD" for c in verb.children)
    ):
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")]
    people = [e for s in subjects for e in ctx.ents(para, s) if ctx.etype_is(e, EntityType.PERSON)]
    body = _named_beside(para, noun)
    if body is None or not people or ctx.etype_in(body, (EntityType.COUNTRY,)):
        return
    ctx.resolver.add_vote(body, EntityType.ORGANIZATION, 2)
    for person in people:
        if person != body:
            yield ctx.draft(para, verb, person, Predicate.LEADER_OF, body, 0.7)


def _named_beside(para: Paragraph, noun: Any) -> str | None:
    """The name a noun phrase is set beside: the name that ends right before the comma
    opening the phrase ("Egin, the newspaper"; the parser may hang the phrase on another
    word), else its head in apposition."""
    start = noun.left_edge.i
    if start >= 2 and para.tokens[start - 1].text == ",":
        named = para.links.get(start - 2)
        if named is not None:
            return named
    return para.links.get(noun.head.i) if noun.dep_ == "appos" else None


def _governing_verbs(lx: Lexicon) -> Iterable[str]:
    words: list[str] = lx.cues["led_participles"]["governing_verbs"]
    return words


def _governed_places(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "Hamas, which governs Gaza", "the junta that rules Mali", "the Taliban have run
    Kabul since 2021": the actor governing a place now leads it. A past tense ("ruled until
    2001"), a future, a negation, a part of a place ("rules southern Lebanon") or no place
    ("rules out talks") gives none."""
    if verb.pos_ != "VERB" or not _present(verb):
        return
    objects = [
        *(c for c in verb.children if c.dep_ == "dobj"),
        # "the group that rules over Gaza"
        *(
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "over"
            for o in p.children
            if o.dep_ == "pobj"
        ),
    ]
    places = [
        e
        for obj in objects
        for e in ctx.ents(para, obj)
        if ctx.etype_in(e, PLACE_TYPES)
        and obj.text.lower() in e.lower()
        and not any(c.dep_ == "amod" for c in obj.children)  # "rules southern Lebanon"
    ]
    if not places:
        return
    for leader in _leaders(ctx, para, verb):
        if ctx.etype_in(leader, PLACE_TYPES) or _state_body(ctx, leader):
            # "Gaza, which Hamas rules": the place is no ruler; "the regime ruling Egypt":
            # a country's own government rules it by definition
            continue
        for place in places:
            if leader != place:
                yield ctx.draft(para, verb, leader, Predicate.LEADER_OF, place, 0.7)


def possessive_cue_words(lx: Lexicon) -> Iterable[str]:
    """The possessive endings ("'s", "’s") a ruler's country hangs on."""
    return ("'s", "’s")


def ruled_countries(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Vladimir Putin's Russia", "Sadat's Egypt": a person's possessive on a country, the
    whole noun phrase, names the country's ruler (``leader_of``). A country that modifies
    another noun ("al-Qaeda's Syria branch", "Kerry's Iran deal"), a city or region ("Trump's
    Washington") and a name the parser cut before its "of" ("Farage's Europe of Freedom and
    Democracy group") name no rule."""
    tokens, links = para.tokens, para.links
    for i in para.hits(ctx.word_set(possessive_cue_words)):
        owner = tokens[i].head
        place = owner.head
        if owner.dep_ != "poss" or place.i == owner.i or place.dep_ == "compound":
            continue
        person, country = links.get(owner.i), links.get(place.i)
        if person is None or country is None or person == country:
            continue
        if not ctx.etype_is(person, EntityType.PERSON) or not ctx.etype_is(
            country, EntityType.COUNTRY
        ):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in place.children):
            continue  # "Farage's Europe of Freedom and Democracy group": a name cut short
        yield ctx.draft(para, place, person, Predicate.LEADER_OF, country, 0.7)


def _state_body(ctx: ArticleContext, label: str) -> bool:
    """A country's own state collective ("Egyptian authorities", "the Malian junta")."""
    cluster = ctx.resolver.clusters.get(label)
    return cluster is not None and cluster.country is not None and cluster.sector in STATE_SECTORS


def _present(verb: Any) -> bool:
    """A present tense, simple, progressive or perfect ("rules", "is ruling", "has ruled"),
    not negated and with no modal ("may rule", "will govern")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in aux):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return not aux
    if verb.tag_ == "VBN":
        return any(c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in aux)
    if verb.tag_ == "VBG":
        return any(c.lemma_.lower() == "be" and c.tag_ in ("VBZ", "VBP") for c in aux)
    return False


def _perfect(verb: Any) -> bool:
    """A perfect tense ("has headed", "had led"): the participle is the clause's verb."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _leaders(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The actors that lead: the verb's subject (the first verb's, for a verb coordinated
    with it: "X was a Yemeni citizen and headed Y"), or the noun its relative clause hangs
    on."""
    governor = _time_clause_governor(ctx, verb)
    if governor is not None:
        # "Clegg, who resigned after leading the party": the one who resigned led it
        return _leaders(ctx, para, governor)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # (the first verb's passive subject too: "X was born in Y and headed Z")
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and all(s.tag_ in ("WDT", "WP") for s in subjects):
        # the noun the clause is about ("X, an aide to the US president, who heads Y": X)
        said = ctx.antecedent(para, verb.head)
    else:
        said = [e for s in subjects for e in ctx.ents(para, s)]
    found = [e for e in said if ctx.etype_in(e, ACTOR_TYPES)]
    if not found and verb.dep_ == "relcl" and verb.head.i not in para.links:
        # "Hamas, a Palestinian group that rules over Gaza": the name the noun describes
        named = _named_beside(para, verb.head)
        if named is not None and ctx.etype_in(named, ACTOR_TYPES):
            found.append(named)
    return found


def _body_reference(ctx: ArticleContext, para: Paragraph, obj: Any) -> bool:
    """ "led the party", "heads the movement": a bare definite noun for a body (``body_nouns``
    of ``led_participles``), which coreference took to the body named before."""
    kids = para.children(obj)
    return (
        obj.pos_ == "NOUN"
        and obj.lemma_.lower() in ctx.cues["led_participles"]["body_nouns"]
        and any(c.dep_ == "det" and c.lower_ == "the" for c in kids)
        and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in kids)
    )


def _time_clause_governor(ctx: ArticleContext, verb: Any) -> Any | None:
    """The verb a subjectless "-ing" leading verb shares its subject with, through a time
    word ("resigned after leading the party for eight years", "before heading the group"):
    ``time_preps`` of ``led_participles``; None for any other verb."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep":
        return None
    if prep.lower_ not in ctx.cues["led_participles"]["time_preps"]:
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") else None


def _ranks(ctx: ArticleContext, verb: Any) -> bool:
    """ "leads the EU in exports", "leads the field in the polls": a ranking, no office; so
    is a lead by a margin ("lead the Premier League by seven points") or over a ranking's
    noun ("leads the WTA rankings": ``ranking_nouns`` of ``led_participles``, soft61)."""
    rankings = ctx.cues["led_participles"]["ranking_nouns"]
    for child in verb.children:
        if child.dep_ == "dobj" and _ranking_noun(child, rankings):
            return True
        if child.dep_ != "prep":
            continue
        for pobj in child.children:
            if pobj.dep_ != "pobj":
                continue
            if child.lower_ == "in" and pobj.pos_ != "PROPN":
                return True
            if child.lower_ == "by" and any(c.dep_ == "nummod" for c in pobj.children):
                return True  # "by seven points", "by two goals": a margin
    return False


def _ranking_noun(obj: Any, rankings: Container[str]) -> bool:
    """The object is a ranking's noun, or the word right after it is ("the ATP rankings",
    which the parser may read as a name and a verb)."""
    if obj.lemma_.lower() in rankings:
        return True
    doc = obj.doc
    return obj.i + 1 < len(doc) and doc[obj.i + 1].lower_ in rankings


def _sector(ctx: ArticleContext, label: str) -> bool:
    """A country's collective ("the Russian delegation", "Egypt's government") is the
    country's own actor: its leaders are titled, not led."""
    cluster = ctx.resolver.clusters.get(label)
    return cluster is not None and cluster.country is not None
