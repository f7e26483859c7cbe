"""Members and parts of a body written by where they come from or who owns them: "two
journalists from the BBC", "Zhang and two other professors from Tianjin University",
"Nasser and his fellow Free Officers", "Morsi and other Brotherhood leaders", "Siemens, which
owns Osram", "Osram, owned by Siemens" -> ``member_of``. The words are data (``body_members``
in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.resolve.described import affiliation_nouns
from kg.resolve.entities import SpanMention
from kg.vocab import EntityType, Predicate

_BODY_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.GROUP})
# the people a noun may stand for: a group of its article or one person
_PEOPLE_TYPES = frozenset({EntityType.GROUP, EntityType.PERSON})
# the model's tags of a people's name ("Americans", "Kurds"), no body of members
_PEOPLE_ENTS = frozenset({"NORP", "GPE"})


def from_cue_words(lx: Lexicon) -> Iterable[str]:
    """The prepositions of where people come from ("from")."""
    return [*lx.cues["body_members"]["from_preps"]]


def fellow_cue_words(lx: Lexicon) -> Iterable[str]:
    """The words of fellowship ("fellow")."""
    return [*lx.cues["body_members"]["fellow_words"]]


def others_cue_words(lx: Lexicon) -> Iterable[str]:
    """The words that make people more of the same ("other")."""
    return [*lx.cues["body_members"]["others"]["words"]]


def own_cue_words(lx: Lexicon) -> Iterable[str]:
    """The verbs of owning ("own"; "owned" is its form)."""
    return [*lx.cues["body_members"]["own_verbs"]]


def people_from_bodies(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "two journalists from the BBC were detained", "a doctor from MSF was killed": the
    people a noun stands for (a group or one person of the article) are members of the named
    organisation or group after its "from"; so is a named person coordinated with the noun
    when ``other_words`` make it more of the same ("Zhang and two other professors from
    Tianjin University"). A country or place after "from" is where they come from, no body
    ("refugees from Syria"), and those who left a body are no members ("defectors from the
    army", ``left_nouns``), nor those a verb takes away from it ("rescued 25 children from
    Boko Haram", ``taking_verbs``). An armed force's people from a body ("fighters from
    ISIL", ``force_sectors``) are the body acting, no member of their own."""
    table = ctx.cues["body_members"]
    links = para.links
    for i in para.hits(ctx.word_set(from_cue_words)):
        prep = para.tokens[i]
        noun = prep.head
        if prep.dep_ != "prep" or noun.pos_ != "NOUN":
            continue
        if noun.lemma_.lower() in table["left_nouns"] or _taken_away(noun, table):
            continue
        bodies = [
            links[p.i]
            for p in prep.children
            if p.dep_ == "pobj" and p.i in links and _named_body(ctx, para, p)
        ]
        if not bodies:
            continue
        label = links.get(noun.i)
        people = [label] if label is not None and ctx.etype_in(label, _PEOPLE_TYPES) else []
        if ctx.lx.actors.sector_of(noun.lower_) in table["force_sectors"]:
            people = []  # "fighters from ISIL captured": the body's force, the body acting
        if any(c.lower_ in table["other_words"] for c in noun.children if c.dep_ == "amod"):
            people += _coordinated_people(ctx, para, noun)
        yield from ctx.pair_drafts(para, noun, people, Predicate.MEMBER_OF, bodies)


def fellow_members(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Nasser and his fellow Free Officers", "Morsi and his fellow Brotherhood leaders": a
    named person coordinated with a noun that "fellow" marks is a member of the body it
    names, the noun's own name ("Free Officers") or the name in front of a people noun
    ("Brotherhood leaders"). A fellow with no body ("his fellow activists") says none."""
    for i in para.hits(ctx.word_set(fellow_cue_words)):
        word = para.tokens[i]
        noun = word.head
        if word.dep_ not in ("amod", "compound") or noun.i == word.i or noun.i <= word.i:
            continue
        people = _coordinated_people(ctx, para, noun)
        bodies = _fellow_bodies(ctx, para, noun, word) if people else []
        if not bodies:
            continue
        yield from ctx.pair_drafts(para, noun, people, Predicate.MEMBER_OF, bodies)


def other_members(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Morsi and other Brotherhood leaders", "Ali Saleh and two other members of the Nour
    Party": a named person coordinated with a plural people noun that "other" marks is one
    of them, a member of the body the noun names (the name in front of it) or is "of". Only
    a noun for what people do in a body (``affiliation_nouns``, or ``others.nouns``): "X and
    other critics of Hamas", "X and other victims of Boko Haram" are no members of it."""
    table = ctx.cues["body_members"]
    jobs = ctx.prepared(_member_nouns)
    for i in para.hits(ctx.word_set(others_cue_words)):
        word = para.tokens[i]
        noun = word.head
        if word.dep_ != "amod" or noun.i <= word.i or noun.tag_ not in ("NNS", "NNPS"):
            continue
        lemma = noun.lemma_.lower()
        if lemma not in jobs or lemma in table["left_nouns"]:
            continue
        people = _coordinated_people(ctx, para, noun)
        if not people:
            continue
        bodies = _fellow_bodies(ctx, para, noun, word) + [
            para.links[p.i]
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children
            if p.dep_ == "pobj" and p.i in para.links and _named_body(ctx, para, p)
        ]
        yield from ctx.pair_drafts(para, noun, people, Predicate.MEMBER_OF, bodies)


def _member_nouns(lx: Lexicon) -> frozenset[str]:
    """The plural nouns "other" makes members of a body (``other_members``): the affiliation
    nouns and ``others.nouns``, joined once a lexicon, not on every paragraph (perf60)."""
    return affiliation_nouns(lx) | frozenset(lx.cues["body_members"]["others"]["nouns"])


def owned_bodies(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Siemens, which owns Osram", "Siemens owns Osram", "Osram, owned by Siemens", "Osram
    is owned by Siemens": an organisation owned by another is a part of it. The owned one must
    be the object itself, named ("owns a stake in Didi", "owns 40 percent of X" name a
    share); a negated or modal verb says nothing."""
    links = para.links
    for i in para.hits(ctx.word_set(own_cue_words)):
        verb = para.tokens[i]
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
            continue
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
            verb.tag_ == "VBN" and verb.dep_ == "acl"
        )
        if passive:
            owners = [
                links[p.i]
                for agent in verb.children
                if agent.dep_ == "agent"
                for p in agent.children
                if p.dep_ == "pobj" and p.i in links and p.pos_ == "PROPN"
            ]
            owned = _subject_names(para, verb, "nsubjpass")
        else:
            owners = _subject_names(para, verb, "nsubj")
            owned = [
                links[o.i]
                for o in verb.children
                if o.dep_ == "dobj" and o.i in links and o.pos_ == "PROPN"
            ]
        owners = [o for o in owners if ctx.etype_is(o, EntityType.ORGANIZATION)]
        owned = [o for o in owned if ctx.etype_is(o, EntityType.ORGANIZATION)]
        yield from ctx.pair_drafts(para, verb, owned, Predicate.MEMBER_OF, owners)


def _taken_away(noun: Any, table: dict[str, Any]) -> bool:
    """The noun is what a verb of taking away takes "from" the body ("rescued 25 children
    from Boko Haram", "freed the women from the militia", "hired engineers from Siemens"):
    the body is where they were, no membership (the parser may hang "from" on the noun)."""
    verb = noun.head
    return (
        noun.dep_ in ("dobj", "nsubjpass")
        and verb.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() in table["taking_verbs"]
    )


def _named_body(ctx: ArticleContext, para: Paragraph, token: Any) -> bool:
    """A named organisation or group the token stands for ("the BBC", "the Chinese navy",
    "the Nusra Front"); a plain group of people ("families") is none."""
    label = para.links[token.i]
    if ctx.etype_is(label, EntityType.ORGANIZATION):
        return True
    return ctx.etype_is(label, EntityType.GROUP) and label[:1].isupper()


def _fellow_bodies(ctx: ArticleContext, para: Paragraph, noun: Any, word: Any) -> list[str]:
    """The body a "fellow" noun names: its own name ("his fellow Free Officers") or a name
    between "fellow" and the noun ("fellow Hamas members")."""
    links = para.links
    label = links.get(noun.i)
    if noun.ent_type_ in _PEOPLE_ENTS or noun.lower_ in ctx.lx.by_demonym:
        return []  # "his fellow Americans", "fellow Syrian Kurds": a people, no body
    if label is not None and noun.pos_ == "PROPN" and _named_body(ctx, para, noun):
        return [label]
    if label is None and noun.text[:1].isupper():
        named = _body_name(ctx, para, word.i + 1, noun.i + 1)
        return [named] if named is not None else []
    return list(
        dict.fromkeys(
            links[k]
            for k in range(word.i + 1, noun.i)
            if k in links
            and para.tokens[k].pos_ == "PROPN"
            and _named_body(ctx, para, para.tokens[k])
        )
    )


def _body_name(ctx: ArticleContext, para: Paragraph, start: int, end: int) -> str | None:
    """A body's name of two or more capitalised words the model left untagged ("his fellow
    Free Officers"), recorded as an organisation; none for a people's name ("his fellow
    Americans": the model tags it, or a demonym) nor a lone word ("his fellow MPs")."""
    tokens = para.tokens[start:end]
    if len(tokens) < 2 or end - start > 5:
        return None
    if any(t.i in para.links or not t.text[:1].isupper() or t.ent_type_ for t in tokens):
        return None
    if tokens[0].pos_ != "PROPN":
        return None
    text = para.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    if text.lower() in ctx.lx.by_demonym or tokens[-1].lower_ in ctx.lx.by_demonym:
        return None
    key = ctx.record(para, SpanMention(start, end, text, "ORG"), text)
    ctx.resolver.add_vote(key, EntityType.ORGANIZATION, 2)
    return key


def _coordinated_people(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The named people coordinated with the noun ("Zhang and two other professors",
    "Nasser and his fellow Free Officers")."""
    links = para.links
    return [
        links[c.i]
        for c in noun.conjuncts
        if c.i in links and c.pos_ == "PROPN" and ctx.etype_is(links[c.i], EntityType.PERSON)
    ]


def _subject_names(para: Paragraph, verb: Any, dep: str) -> list[str]:
    """The named subject of the verb, or the name its relative clause or participle hangs on
    ("Siemens, which owns Osram", "Osram, owned by Siemens")."""
    links = para.links
    subjects = [c for c in verb.children if c.dep_ == dep]
    relative = verb.dep_ == "relcl" and all(s.tag_ in ("WDT", "WP") for s in subjects)
    if relative or (not subjects and verb.dep_ == "acl" and verb.tag_ == "VBN"):
        subjects = [verb.head]
    return [links[s.i] for s in subjects if s.i in links and s.pos_ == "PROPN"]
