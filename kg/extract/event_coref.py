"""Event coreference: one event told twice. A participant first described by a role and named
in a later telling ("X has shot dead the head of an aid group ... . Y was killed as he left
his office"), and an event noun that refers back to an event already named ("The meeting
was led by Z") with the participants of that event.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.discourse import Discourse, Sighting
from kg.extract.nominals import nominal_words
from kg.vocab import EntityType, Predicate

# how far a later telling of the same event may be (sentences)
_LATER = 3


# -- a role now, the name later ------------------------------------------------------------
def named_later(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "North Korea has executed its defence chief ... . Minister Hyon Yong-chol was
    killed by anti-aircraft gunfire": an unnamed person (a role noun) undergoing an event,
    and the one person first named as undergoing an event of the same kind a few sentences
    later, are one person. The later telling must be passive (the same patient) and name
    someone the article has not named before."""
    disc = Discourse(paras)
    nouns = nominal_words().person_nouns | frozenset(ctx.lx.roles)
    for para in paras:
        for token in para.tokens:
            if not _unnamed_patient(ctx, para, token, nouns):
                continue
            kinds = _event_kinds(ctx, token.head)
            if not kinds:
                continue
            here = disc.sent(para, token)
            person = _named_patient(ctx, disc, here, kinds)
            if person is None:
                continue
            para.links[token.i] = person
            ctx.reference(para, token, person, "nominal")
            disc.add(para, token, person)


def _unnamed_patient(
    ctx: ArticleContext, para: Paragraph, token: Any, nouns: frozenset[str]
) -> bool:
    """ "its defence chief", "the head of an aid organisation", "a senior official" as the
    object of a verb (or the subject of a passive one): a person not named here."""
    if token.i in para.links or token.pos_ != "NOUN" or token.tag_ != "NN":
        return False
    if token.lemma_.lower() not in nouns or token.dep_ not in ("dobj", "nsubjpass"):
        return False
    if token.head.pos_ != "VERB":
        return False
    kids = list(token.children)
    if any(c.dep_ in ("appos", "relcl", "acl") for c in kids):
        return False  # "the head, X," names them here; "a man who ..." is described here
    if any(c.i in para.links and ctx.etype(para.links[c.i]) is EntityType.PERSON for c in kids):
        return False
    dets = [c for c in kids if c.dep_ in ("det", "poss")]
    if not dets or any(c.lower_ in nominal_words().new_referent_words for c in kids):
        return False
    # a name right after the noun ("the head, Aytac Baran") is this sentence's business
    after = (
        para.tokens[token.right_edge.i + 1] if token.right_edge.i + 1 < len(para.tokens) else None
    )
    return not (after is not None and after.i in para.links)


def _event_kinds(ctx: ArticleContext, verb: Any) -> set[Predicate]:
    """What a verb does, by its triggers ("executed", "shot dead" -> attacked)."""
    return {t.predicate for t in ctx.lx.triggers.candidates(verb.lemma_.lower(), "VERB")}


def _named_patient(
    ctx: ArticleContext, disc: Discourse, here: int, kinds: set[Predicate]
) -> str | None:
    """The one person first named, in the next few sentences, as the subject of a passive
    verb of the same kind ("Y was killed")."""
    found: list[Sighting] = []
    for number in range(here + 1, here + 1 + _LATER):
        for s in disc.in_sentence(number):
            if s.token.dep_ != "nsubjpass" or ctx.etype(s.label) is not EntityType.PERSON:
                continue
            if disc.first_sent(s.label) != number or not kinds & _event_kinds(ctx, s.token.head):
                continue
            found.append(s)
        if found:
            break
    labels = list(dict.fromkeys(s.label for s in found))
    return labels[0] if len(labels) == 1 else None


# -- "the meeting", "the attack": an event named before ------------------------------------
def event_antecedent(ctx: ArticleContext, para: Paragraph, token: Any) -> Draft | None:
    """The event a definite event noun refers back to ("the meeting", "the talks", "the
    attack"): the latest claim of that kind found before it in the article, or None.

    The noun must stand alone (no participants of its own: "the meeting between A and B" is
    a new telling that the rules read directly)."""
    kinds = _anaphor_kinds(ctx, token)
    if not kinds or not _bare_definite(para, token):
        return None
    where = para.offset + token.sent.start_char
    before = [c for c in ctx.claims if c.predicate in kinds and c.sentence[1] <= where]
    return before[-1] if before else None


def _anaphor_kinds(ctx: ArticleContext, token: Any) -> set[Predicate]:
    if token.pos_ != "NOUN":
        return set()
    table: dict[str, list[str]] = ctx.cues.get("event_anaphora", {})
    lemma = token.lemma_.lower()
    return {Predicate(p) for p, words in table.items() if not p.startswith("_") and lemma in words}


def _bare_definite(para: Paragraph, token: Any) -> bool:
    kids = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in kids):
        return False
    if any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in para.links for c in kids):
        return False
    return not any(c.dep_ == "prep" and any(g.i in para.links for g in c.subtree) for c in kids)


def event_participants(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """ "The meeting was led by Z", "Z chaired the talks", "Z attended the summit": Z met
    the other side of the meeting named before, the side that is not Z's own country."""
    joins = set(ctx.cues.get("event_join_verbs", ()))
    for para in paras:
        for token in para.tokens:
            if token.head.lemma_.lower() not in joins:
                continue
            event = event_antecedent(ctx, para, token)
            if event is None or event.object is None:
                continue
            for person in _joiners(ctx, para, token):
                yield from _join(ctx, para, token, person, event)


def _joiners(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """Who leads or attends: the agent of "was led by", the subject of "led"."""
    verb = token.head
    if token.dep_ == "nsubjpass":
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        if by is None:
            return []
        # the agent's phrase up to a comma: the parse often hangs a long title's "for"
        # phrase on the verb ("led by US Assistant Secretary of State for ... Anne Patterson")
        inside = {t.i for t in verb.subtree}
        found: list[str] = []
        for t in para.tokens[by.i + 1 :]:
            if t.i not in inside or t.text in (",", ";", "(") or t.dep_ == "relcl":
                break
            label = para.links.get(t.i)
            if label is not None and ctx.etype(label) is EntityType.PERSON:
                found.append(label)
        return list(dict.fromkeys(found))
    if token.dep_ == "dobj":
        return [para.links[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in para.links]
    return []


def _join(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, event: Draft
) -> Iterator[Draft]:
    sides = [event.subject, event.object or ""]
    if person in sides:
        return
    own = _country(ctx, person)
    if own is None:
        return
    countries = [_country(ctx, side) for side in sides]
    if countries.count(own) != 1:
        return  # Z's side is not one of the two: an outsider (or unknown) is not guessed
    other = sides[1 - countries.index(own)]
    yield replace(
        event,
        subject=person,
        object=other,
        sentence=ctx.sentence_span(para, token),
        confidence=min(event.confidence, 0.7),
    )


def _country(ctx: ArticleContext, label: str) -> str | None:
    """The ISO code of an actor's country: a country's own, a collective's or a gazetteer
    person's, else the country the article makes them a member, leader or envoy of."""
    cluster = ctx.resolver.clusters.get(label)
    if cluster is not None and cluster.country is not None:
        return cluster.country
    entry = cluster.entry if cluster is not None else ctx.lx.lookup(label)
    if entry is not None and (entry.iso or entry.country):
        return entry.iso or entry.country
    for claim in ctx.claims:
        if (
            claim.subject == label
            and claim.predicate in _AFFILIATIONS
            and claim.object
            and ctx.etype(claim.object) is EntityType.COUNTRY
        ):
            return _country(ctx, claim.object)
    return None


_AFFILIATIONS = frozenset(
    {
        Predicate.MEMBER_OF,
        Predicate.LEADER_OF,
        Predicate.ENVOY_OF,
        Predicate.SPOKESPERSON_FOR,
    }
)
