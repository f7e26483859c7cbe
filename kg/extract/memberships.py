"""Members named by what a body is made of, by joining it or by being called its member:
"the Fattah Army is made up of several groups, notably the Nusra Front", "the alliance,
which includes Jordan and Egypt", "the Palestinian Authority joined the International
Criminal Court", "Jordan is participating in the US-led coalition", "Turkey, a NATO member",
"the UK's EU membership" -> ``member_of``. The words are data (``composition_verbs`` in
``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.joiners import unnamed_joiners
from kg.lexicon import Lexicon
from kg.resolve.resolver import ACTOR_TYPES
from kg.resolve.sides import coalition_members
from kg.vocab import EntityType, Predicate

_BODY_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.GROUP})
# a member noun's members: a person is a member by a title (kg.extract.roles)
_MEMBER_TYPES = frozenset({EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.GROUP})
# a verb form that reports a fact: not "may include", "does not include"
_HEDGES = frozenset({"neg"})


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The composing verbs ("include", "consist", "make"), the joining ones ("join",
    "participate") and the member nouns ("member", "membership")."""
    table = lx.cues["composition_verbs"]
    nouns = table["membership_nouns"]
    return [
        *table["object_verbs"],
        *table["of_verbs"],
        *table["joining_verbs"],
        *table["taking_part"]["verbs"],
        *table["taking_part"]["under"],
        *table["taking_part"]["to"],
        *nouns["member"],
        *nouns["membership"],
    ]


def coalition_cue_words(lx: Lexicon) -> Iterable[str]:
    """The coalition noun whose own phrase names its members."""
    return ("coalition",)


def listed_coalitions(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """The members a coalition's own phrase names: "a regional coalition of troops from
    Nigeria, Niger and Chad", "a coalition of Egypt and Jordan" (each one named), "the Liberal
    Democrats, junior members in a governing coalition with the Conservatives" (the partner
    after "with", and the one a member noun or the clause's subject says is in it)."""
    links = para.links
    for i in para.hits(frozenset(coalition_cue_words(ctx.lx))):
        noun = para.tokens[i]
        body = links.get(i)
        if body is None or not ctx.etype_in(body, _BODY_TYPES):
            continue
        nouns = ctx.cues["composition_verbs"]["membership_nouns"]["member"]
        found = coalition_members(noun, links, nouns)
        members = [_member_country(ctx, para, t) for t in found]
        if found and any(p.dep_ == "prep" and p.lower_ == "with" for p in noun.children):
            # "junior members in a coalition with X": the member noun's subject is in it too
            members += _partners_of(ctx, para, noun)
        members = [m for m in dict.fromkeys(members) if m != body]
        members = [m for m in members if ctx.etype_in(m, _MEMBER_TYPES)]
        yield from ctx.pair_drafts(para, noun, members, Predicate.MEMBER_OF, [body])


def _partners_of(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The other partner of "members in a coalition with X": the subject of the member noun
    ("the Greens, who are junior members in a coalition with X") or the name it is set
    beside ("the Greens, junior members in ...")."""
    member = noun.head.head
    if member.dep_ == "appos":
        return ctx.ents(para, member.head)
    verb = member.head
    if member.dep_ != "attr" or verb.pos_ not in ("VERB", "AUX") or _hedged(verb):
        return []
    return [s for s in _subjects(ctx, para, verb) if ctx.etype_in(s, _MEMBER_TYPES)]


def _member_country(ctx: ArticleContext, para: Paragraph, token: Any) -> str:
    """The member a listed name stands for: the country itself where the name is a
    country's that the parser folded into a force ("troops from Nigeria" read as the
    Nigerian troops), else the name's node."""
    label: str = para.links[token.i]
    entry = ctx.lx.lookup(token.text)
    if (
        not ctx.etype_is(label, EntityType.COUNTRY)
        and entry is not None
        and entry.type is EntityType.COUNTRY
        and ctx.resolver.ensure(entry.label, ctx.article_id)
    ):
        return entry.label
    return label


def memberships(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """member_of claims from a body's composition, from joining or taking part in a body and
    from a member noun."""
    table = ctx.cues["composition_verbs"]
    nouns = table["membership_nouns"]
    tokens = para.tokens
    for i in para.hits(ctx.word_set(cue_words)):
        verb = tokens[i]
        lemma = verb.lemma_.lower()
        if verb.pos_ == "NOUN" and lemma in nouns["member"]:
            yield from _called_member(ctx, para, verb)
            continue
        if verb.pos_ == "NOUN" and lemma in nouns["membership"]:
            yield from _membership(ctx, para, verb)
            continue
        if verb.pos_ != "VERB" or _hedged(verb):
            continue
        if lemma in table["taking_part"]["verbs"]:
            yield from _took_part(ctx, para, verb, table["taking_part"]["verbs"][lemma])
        elif lemma in table["taking_part"]["under"]:
            yield from _took_part(ctx, para, verb, None, "under")
        elif lemma in table["taking_part"]["to"]:
            # "X, who belongs to the Y union": a person belongs to a body as its member
            yield from _took_part(ctx, para, verb, None, "to", ACTOR_TYPES)
        elif lemma in table["joining_verbs"]:
            yield from _joined(ctx, para, verb)
        elif lemma in table["object_verbs"] and not _passive(verb) and not _put_in(verb):
            members = [m for obj in _deps(verb, "dobj") for m in _members(ctx, para, obj)]
            yield from _composed(ctx, para, verb, _subjects(ctx, para, verb), members)
        elif lemma in table["of_verbs"]:
            yield from _composed_of(ctx, para, verb, table["of_verbs"][lemma])


def _composed_of(
    ctx: ArticleContext, para: Paragraph, verb: Any, particle: str | None
) -> Iterator[Draft]:
    """ "consists of X", "is made up of X", "composed of X": the members after "of"; a
    particle the verb needs ("made up") must be there, and a verb that needs none is read
    active ("consists") or passive ("is composed")."""
    if particle is not None and not any(
        c.dep_ == "prt" and c.lower_ == particle for c in verb.children
    ):
        return
    active = particle is None and verb.lemma_.lower() == "consist"
    if not active and not _passive(verb):
        return
    members = [
        m
        for prep in _deps(verb, "prep")
        if prep.lower_ == "of"
        for pobj in _deps(prep, "pobj")
        for m in _members(ctx, para, pobj)
    ]
    yield from _composed(ctx, para, verb, _subjects(ctx, para, verb), members)


def _composed(
    ctx: ArticleContext, para: Paragraph, verb: Any, bodies: list[str], members: list[str]
) -> Iterator[Draft]:
    """Each named actor listed as a member of each named body (an organisation or group:
    "the province of Homs, which includes Palmyra" is a place's part, no membership)."""
    bodies = [b for b in bodies if ctx.etype_in(b, _BODY_TYPES)]
    if not bodies:
        return
    members = [m for m in members if ctx.etype_in(m, ACTOR_TYPES)]
    yield from ctx.pair_drafts(para, verb, members, Predicate.MEMBER_OF, bodies)


def _joined(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "the Palestinian Authority joined the ICC": the subject is a member of the named body
    it joined. A person or a country joined ("joined Tiger Woods", "Thailand would join
    Malaysia in the search") is a companion, no body; so is one joined in an act ("joined
    Amnesty International in calling for ...")."""
    if any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    ):
        return
    bodies = _named_bodies(ctx, para, _deps(verb, "dobj"))
    if not bodies:
        return
    joiners = [s for s in _subjects(ctx, para, verb) if ctx.etype_in(s, ACTOR_TYPES)]
    joiners = joiners or unnamed_joiners(ctx, para, verb)
    yield from ctx.pair_drafts(para, verb, joiners, Predicate.MEMBER_OF, bodies)


def _named_bodies(ctx: ArticleContext, para: Paragraph, objs: list[Any]) -> list[str]:
    """The bodies the objects ``objs`` name themselves (a node whose label holds the object's
    word: "joined the ICC", "participating in the coalition"), not those they merely reach."""
    return [
        e
        for obj in objs
        for e in ctx.ents(para, obj)
        if ctx.etype_in(e, _BODY_TYPES)
        # (or the name's own other form: "joined ISIL" is the Islamic State node; fixb51)
        and (
            obj.text.lower() in e.lower()
            or (obj.pos_ == "PROPN" and para.links.get(obj.i) == e)
            or _kind_after_name(ctx, para, obj, e)
        )
    ]


def _kind_after_name(ctx: ArticleContext, para: Paragraph, obj: Any, body: str) -> bool:
    """The object is a noun of an organisation's kind after the body's name ("joined the
    Islamic State group", "the al-Shabab movement"; ``org_after_nouns``): the body itself."""
    return obj.lemma_.lower() in ctx.lx.words.org_after_nouns and any(
        c.dep_ == "compound" and para.links.get(c.i) == body for c in obj.children
    )


def _took_part(
    ctx: ArticleContext,
    para: Paragraph,
    verb: Any,
    needed: str | None,
    prep: str = "in",
    member_types: frozenset[EntityType] = _MEMBER_TYPES,
) -> Iterator[Draft]:
    """ "Jordan is participating in the US-led coalition", "Chad took part in the regional
    force": the subject is a member of the named body after "in" (with the object the verb
    needs: "take part"), or after "under" for the verbs of working within a body ("the
    militias operate under the Popular Mobilisation Forces"), or after "to" for belonging
    ("X, who belongs to the Y union": ``member_types`` then takes people too); an event there
    ("took part in the talks") names no body."""
    if needed is not None and not any(o.lower_ == needed for o in _deps(verb, "dobj")):
        return
    bodies = _named_bodies(
        ctx, para, [o for p in _deps(verb, "prep") if p.lower_ == prep for o in _deps(p, "pobj")]
    )
    if not bodies:
        return
    members = [s for s in _subjects(ctx, para, verb) if ctx.etype_in(s, member_types)]
    yield from ctx.pair_drafts(para, verb, members, Predicate.MEMBER_OF, bodies)


def _called_member(ctx: ArticleContext, para: Paragraph, noun: Any) -> Iterator[Draft]:
    """A named actor called a member of a named body: "Turkey, a NATO member,", "NATO member
    Turkey", "Greece, a member of the eurozone,", "Israel, as a member of UEFA, plays", "the
    acceptance of Palestine as a full member of the ICC", "Turkey is a member of NATO". Not
    a former or would-be member ("a non-member", ``not_words``) nor a negated or modal
    clause ("is not a member", "would be a member")."""
    if noun.i in para.links or _not_member(ctx, para, noun):
        return  # ("Hamas members" is a group of its own)
    bodies = _bodies_of(ctx, para, noun)
    if not bodies:
        return
    members = [m for m in _called(ctx, para, noun) if ctx.etype_in(m, _MEMBER_TYPES)]
    yield from ctx.pair_drafts(para, noun, members, Predicate.MEMBER_OF, bodies)


def _membership(ctx: ArticleContext, para: Paragraph, noun: Any) -> Iterator[Draft]:
    """The owner of a membership of a named body: "the UK's EU membership", "Turkey's
    membership of NATO", "the Israeli Football Association membership in FIFA". Not one
    asked for ("a membership bid": the noun modifies another; "a bid for membership" has
    no owner) nor a former one."""
    if noun.dep_ == "compound" or noun.i in para.links or _not_member(ctx, para, noun):
        return
    links, tokens = para.links, para.tokens
    owned = [c for c in noun.children if c.dep_ == "poss" and c.i in links]
    named = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i in links]
    bodies = ctx.linked_pobjs(para, noun, ("of", "in"))
    if not bodies and noun.i + 2 < len(tokens) and tokens[noun.i + 1].lower_ in ("in", "of"):
        # "membership in FIFA" the parser hung on the verb: the words right after still say it
        bodies = ctx.ents(para, tokens[noun.i + 2])
    if not bodies and owned:
        bodies = [links[c.i] for c in named]  # "the UK's EU membership"
    members = [links[c.i] for c in (owned or named)]
    bodies = [b for b in dict.fromkeys(bodies) if ctx.etype_in(b, _BODY_TYPES)]
    members = [m for m in dict.fromkeys(members) if m not in bodies]
    members = [m for m in members if ctx.etype_in(m, _MEMBER_TYPES)]
    yield from ctx.pair_drafts(para, noun, members, Predicate.MEMBER_OF, bodies)


def _not_member(ctx: ArticleContext, para: Paragraph, noun: Any) -> bool:
    """A member noun that says no membership held: a former or would-be one ("a former
    member", "a non-member"), one sought ("a membership bid", ``sought_words``) or one in a
    negated or modal clause ("is not a member")."""
    nouns = ctx.cues["composition_verbs"]["membership_nouns"]
    words = nouns["not_words"]
    if any(c.lower_ in words for c in noun.children if c.dep_ in ("amod", "compound", "advmod")):
        return True
    doc, i = para.tokens, noun.i
    if i >= 2 and doc[i - 1].text in ("-", "‐") and doc[i - 2].lower_ in words:
        return True  # "a non-member": the parser left "non" outside the noun's children
    if i + 1 < len(doc) and doc[i + 1].lower_ in nouns["sought_words"]:
        return True  # "Ukraine's NATO membership bid" (where the parser read "bid" a verb)
    # "is not a member", "would be a member"; "as a member" says what the subject is,
    # whatever its verb ("Israel, as a member of UEFA, would no longer compete")
    return noun.dep_ == "attr" and _hedged(noun.head)


def _bodies_of(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The named bodies a member noun is of: after its "of" or "in" ("a member of NATO") or
    named in front of it ("a NATO member")."""
    named = [
        para.links[c.i]
        for c in noun.children
        if c.dep_ in ("compound", "nmod") and c.i in para.links and c.pos_ == "PROPN"
    ]
    found = [*ctx.linked_pobjs(para, noun, ("of", "in")), *named]
    return [b for b in dict.fromkeys(found) if ctx.etype_in(b, _BODY_TYPES)]


def _called(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """Who a member noun is said of: the name it is apposed to or stands before ("Turkey, a
    NATO member", "NATO member Turkey"), the subject it is the complement of ("Turkey is a
    member", "Turkey, which is a member"), the clause subject of "as a member" on a verb
    ("Israel, as a member of UEFA, plays") or the named object of the verb or noun "as"
    hangs on ("accepted Palestine as a member", "the acceptance of Palestine as a member")."""
    head, links = noun.head, para.links
    if noun.dep_ in ("appos", "compound") and head.i in links and head.i != noun.i:
        return [links[head.i]]
    if noun.dep_ == "attr" and head.lemma_ == "be":
        subjects = _deps(head, "nsubj")
        if head.dep_ == "relcl" and any(s.tag_ in ("WDT", "WP") for s in subjects):
            # "Turkey, which is a member of NATO,"; "X, an envoy to Y's president, who is
            # a member of Z": X (``ArticleContext.antecedent``)
            return ctx.antecedent(para, head.head)
        return [links[s.i] for s in subjects if s.i in links]
    if noun.dep_ != "pobj" or head.lower_ != "as":
        return []
    owner = head.head
    objects = [
        *_deps(owner, "dobj"),
        *(p for o in _deps(owner, "prep") if o.lower_ == "of" for p in _deps(o, "pobj")),
    ]
    named = [links[o.i] for o in objects if o.i in links]
    if named or owner.pos_ not in ("VERB", "AUX"):
        return named
    # the clause subject (which the parser may read as an adverbial before "as": "Israel, as
    # a member of UEFA, would no longer compete")
    subjects = [
        s
        for s in owner.children
        if s.dep_ in ("nsubj", "nsubjpass") or (s.dep_ == "npadvmod" and s.i < head.i)
    ]
    return [links[s.i] for s in subjects if s.i in links]


def _members(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The named actors a composing verb's object lists: the object and its list ("Kenya,
    Rwanda and Uganda"), an apposition to it ("several groups, notably the Nusra Front") and
    its "including" phrase ("22 states including Egypt"). A common noun ("several armed
    groups") names no member, though the article may have made it a node."""
    found: list[str] = []
    todo = [noun]
    while todo:
        token = todo.pop(0)
        label = para.links.get(token.i)
        if label is not None and token.pos_ == "PROPN":
            found.append(label)
        for child in token.children:
            if child.dep_ in ("conj", "appos"):
                todo.append(child)
            elif child.dep_ == "prep" and child.lower_ == "including":
                todo.extend(_deps(child, "pobj"))
    return list(dict.fromkeys(found))


def _subjects(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The verb's subject (active or passive), the noun its relative clause or participle
    hangs on ("the alliance, which includes X", "the EAC, made up of X"), or, for a gerund
    after a preposition of ``composition_verbs.gerund_preps`` ("by joining X"), the clause's
    own subject; after one of ``object_gerund_preps`` on a verb with an object ("criticised X
    for joining Y"), that object; after another ("warned X against joining Y"), none."""
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        relative = node.dep_ == "relcl" and all(s.tag_ in ("WDT", "WP") for s in subjects)
        participle = not subjects and node.dep_ == "acl" and node.tag_ == "VBN"
        if relative:
            return ctx.antecedent(para, node.head)  # (as ``_called``)
        if participle:
            subjects = [node.head]
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and not subjects:
            subjects = _gerund_controllers(ctx, node.head)
        if subjects:
            # the subject's own name, not an apposition's ("X, UN special envoy, included")
            return [para.links[s.i] for s in subjects if s.i in para.links]
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":
            if node.head.lower_ not in ctx.cues["composition_verbs"]["gerund_preps"]:
                return []  # "warned X against joining Y": not the warner's joining
            node = node.head.head  # "by joining X": the verb "by" hangs on
            continue
        return []
    return []


def _gerund_controllers(ctx: ArticleContext, prep: Any) -> list[Any]:
    """The object of the verb a gerund's preposition of ``object_gerund_preps`` hangs on: the
    one blamed, praised or punished "for" the deed does it ("Russia criticised Montenegro for
    joining NATO", "thanked Jordan for joining the coalition"), not the verb's subject."""
    if prep.lower_ not in ctx.cues["composition_verbs"]["object_gerund_preps"]:
        return []
    if prep.head.dep_ == "dobj":
        return [prep.head]  # the parser may hang "for" on the object
    return [c for c in prep.head.children if c.dep_ == "dobj"] if prep.head.pos_ == "VERB" else []


def _put_in(verb: Any) -> bool:
    """ "included Hamas in a draft of the report": someone put X in a list, no body's make-up."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "on", "into") for c in verb.children)


def _passive(verb: Any) -> bool:
    """A passive form: "is made up of", "(the EAC,) made up of", "composed of"."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return bool(verb.tag_ == "VBN" and verb.dep_ == "acl")


def _hedged(verb: Any) -> bool:
    """A negated verb or one under a modal ("may include", "would join"): no fact."""
    return any(c.dep_ in _HEDGES or c.tag_ == "MD" for c in verb.children)


def _deps(token: Any, dep: str) -> list[Any]:
    return [c for c in token.children if c.dep_ == dep]
