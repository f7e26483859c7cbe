"""Help named without its own noun as the verb's object: a kind of help that modifies a program
("suspended a military aid program for Bosnia", "froze part of its arms package to Taiwan"),
and a sum of money given ("gave Vietnam $10 million", "granted 5 million pounds to Malawi")
-> the help noun's light-verb trigger ("aid" suspended: sanctioned, CAMEO 162; "dollar"
given: supported, AID 071). The trigger rules read "aid" or "dollars" only as the verb's own
object noun. Words: ``aid_programs`` of ``kg/data/en/cues.json`` (and ``partitive_nouns``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Trigger
from kg.resolve.resolver import ACTOR_TYPES


def aid_programs(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Claims of a light-verb trigger noun that modifies a program or package, or that a sum
    of money stands for."""
    words = ctx.cues["aid_programs"]
    carriers = frozenset(words["nouns"])
    partitives = frozenset(ctx.cues["partitive_nouns"])
    money = str(words["money_noun"])
    poses, deps = para.poses, para.deps
    for i, lemma in enumerate(para.lemmas):
        if lemma in carriers and poses[i] == "NOUN":
            carrier = para.tokens[i]
            kinds = [
                c.lemma_.lower()
                for c in para.children(carrier)
                if c.dep_ == "compound" and c.pos_ == "NOUN"
            ]
        elif deps[i] == "dobj" and poses[i] in ("NUM", "NOUN"):
            carrier = para.tokens[i]
            if carrier.ent_type_ != "MONEY":
                continue
            kinds = [money]  # "gave Vietnam $10 million": the sum is the head of its phrase
        else:
            continue
        verb = _governor(carrier, partitives)
        if not kinds or verb is None:
            continue
        for kind in kinds:
            trigger = _light_trigger(ctx, kind, verb)
            if trigger is None:
                continue
            preps = tuple(s[5:] for s in trigger.object if s.startswith("prep:"))
            if "dative" in trigger.object:
                preps = (*preps, "dative")
            objects = ctx.prep_actors(
                para, (carrier, verb), preps, after=carrier.i, deps=("prep", "dative")
            )
            # "gave Vietnam $10 million": the receiver before the sum
            objects += [
                e
                for c in para.children(verb)
                if c.dep_ == "dative" and "dative" in preps and c.pos_ in ("PROPN", "NOUN")
                for e in ctx.ents(para, c)
                if ctx.etype_in(e, ACTOR_TYPES)
            ]
            subjects = [
                e
                for s in para.children(verb)
                if s.dep_ == "nsubj"
                for e in ctx.ents(para, s)
                if ctx.etype_in(e, ACTOR_TYPES)
            ]
            if not objects or not subjects:
                continue
            status = qualifiers.status(ctx, verb, verb)
            date = qualifiers.date(ctx, para, verb, carrier, status)
            yield from ctx.pair_drafts(
                para,
                carrier,
                subjects,
                trigger.predicate,
                objects,
                status=status,
                date=date,
                cameo=trigger.cameo,
            )


def _governor(carrier: Any, partitives: frozenset[str]) -> Any:
    """The verb the carrier is the object of, through "part of" ("suspended part of its aid
    package"); None when it is no verb's object."""
    node = carrier
    if (
        node.dep_ == "pobj"
        and node.head.lower_ == "of"
        and node.head.head.lemma_.lower() in partitives
    ):
        node = node.head.head
    if node.dep_ in ("dobj", "nsubjpass") and node.head.pos_ == "VERB":
        return node.head
    return None


def _light_trigger(ctx: ArticleContext, kind: str, verb: Any) -> Trigger | None:
    """The help noun's trigger whose light verbs include the governing verb ("aid" under
    "suspend"), with no particle or preposition of its own."""
    word = verb.lemma_.lower()
    for trigger in ctx.lx.triggers.candidates(kind, "NOUN"):
        if (
            trigger.light is not None
            and word in trigger.light
            and trigger.particle is None
            and trigger.prep is None
        ):
            return trigger
    return None
