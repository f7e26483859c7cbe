"""Which state an unnamed reference stands for: "his country" in a reported clause (the
speaker's), "the government in Mogadishu" or "officials in Myanmar" (the state seated there);
and which state an actor is an organ of (its leader, official or armed force). Used by the
interaction rules to find the actors of their arguments.
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.vocab import EntityType, Predicate

# sectors of a state's own bodies (kg/data/sectors.json): government, military, police,
# intelligence, legislature, judiciary; not rebels, parties or companies
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# roles that make a person one of a state's people ("Egyptian President Sisi")
_OFFICES = frozenset(
    {
        Predicate.LEADER_OF,
        Predicate.MEMBER_OF,
        Predicate.SPOKESPERSON_FOR,
        Predicate.ENVOY_OF,
        Predicate.ADVISER_TO,
    }
)


def home_country(ctx: ArticleContext, para: Paragraph, token: Any) -> str | None:
    """The country of "his country" in a reported clause: the speaker's ("Lavrov said his
    country would ...": Russia; "France's top security official said his country ...": France),
    else the country of the person the pronoun stands for."""
    node = token
    while node.dep_ not in ("ccomp", "ROOT") and node.head.i != node.i:
        node = node.head
    speakers: list[Any] = []
    if node.dep_ == "ccomp" and node.head.lemma_.lower() in ctx.cues["speech_verbs"]:
        speakers = [c for c in node.head.children if c.dep_ == "nsubj"]
    owner = next(c for c in token.children if c.dep_ == "poss")
    for speaker in speakers:
        label = para.links.get(speaker.i)
        if label is None:
            # an unnamed speaker named by their country ("France's top security official")
            named = [
                para.links[c.i]
                for c in speaker.children
                if c.dep_ in ("poss", "compound", "amod") and c.i in para.links
            ]
            countries = [n for n in named if ctx.etype_is(n, EntityType.COUNTRY)]
            return countries[0] if len(countries) == 1 else None
        if ctx.etype_is(label, EntityType.COUNTRY):
            return label
        return _country_of_person(ctx, label)
    label = para.links.get(owner.i)
    return None if label is None else _country_of_person(ctx, label)


def _country_of_person(ctx: ArticleContext, label: str) -> str | None:
    if not ctx.etype_is(label, EntityType.PERSON):
        return None
    return named_country(ctx, ctx.resolver.country_of(label))


def named_country(ctx: ArticleContext, iso: str | None) -> str | None:
    """The label of the country of ``iso`` when the article names it (a node of its own),
    else None."""
    entry = ctx.lx.country_of_iso(iso) if iso else None
    return str(entry.label) if entry is not None and entry.label in ctx.resolver.clusters else None


def seated_country(ctx: ArticleContext, para: Paragraph, token: Any) -> str | None:
    """The country of "in X"/"from X" after a noun, when X is that country or its capital
    (also when the parser hung the phrase on the verb: "warned the government in Abuja")."""
    places = ctx.linked_pobjs(para, token, ("in", "from"))
    after = token.doc[token.right_edge.i + 1] if token.right_edge.i + 1 < len(token.doc) else None
    if after is not None and after.head.i == token.head.i and token.dep_ in ("dobj", "pobj"):
        places += [
            para.links[p.i]
            for p in after.children
            if after.lower_ in ("in", "from") and p.dep_ == "pobj" and p.i in para.links
        ]
    for place in places:
        if ctx.etype_is(place, EntityType.COUNTRY):
            return place
        seat = ctx.lx.actors.seats.get(place.lower())
        if seat is not None and seat.kind == "capital":
            country = named_country(ctx, seat.iso)
            if country is not None:
                return country
    return None


def own_state(ctx: ArticleContext, actor: str) -> str | None:
    """The country an actor is an organ of: the one country a person holds an office of in
    the article ("Democratic President Barack Obama": the United States), or a collective
    state actor's ("the Egyptian army": Egypt). None for anyone else: rebels, parties and
    companies may well act on their own country ("the PKK's insurgency against Turkey")."""
    if ctx.etype_is(actor, EntityType.PERSON):
        held = {
            c.object
            for c in ctx.claims
            if c.subject == actor
            and c.predicate in _OFFICES
            and c.object is not None
            and ctx.etype_is(c.object, EntityType.COUNTRY)
        }
        held.update(
            owner
            for (_, owner), holder in ctx.role_holders.items()
            if holder == actor and ctx.etype_is(owner, EntityType.COUNTRY)
        )
        return next(iter(held)) if len(held) == 1 else None
    # "a state force?" asked as such: a gazetteer group's own sector may be unset in a
    # worker's article alone and REB in the corpus (``Resolver.sector_in``)
    if not ctx.resolver.sector_in(actor, _STATE_SECTORS):
        return None
    return named_country(ctx, ctx.resolver.clusters[actor].country)
