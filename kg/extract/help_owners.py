"""Help named by its giver's adjective: "with French backing, Chad sent troops", "Kurdish
fighters seized the town with US air support", "with the help of Russian air strikes" -> the
country or group in front of the help noun (or of what the help was) supports the one the
"with" phrase's clause is about; help thanked for ("Hamas thanked Qatar for its support")
supports the one who thanks; help given by attacks ("Saudi air strikes helped the rebels")
is their doer's. Words are data (``help_owners`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract import assaults
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import actors_of, emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The help nouns (the stage's cues)."""
    nouns: dict[str, str] = lx.cues["help_owners"]["nouns"]
    return nouns


def help_owners(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """supported claims of one paragraph's "with" phrases of help given by a named owner."""
    words = ctx.cues["help_owners"]
    nouns, preps = words["nouns"], words["preps"]
    for i in para.hits(ctx.word_set(cue_words)):
        noun = para.tokens[i]
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in nouns or noun.dep_ != "pobj":
            continue
        prep = noun.head
        if (
            prep.lower_ in words["thanked_preps"]
            and prep.head.lemma_.lower() in words["thank_verbs"]
        ):
            yield from _thanked(ctx, para, noun, prep.head, nouns[lemma])
            continue
        if prep.lower_ not in preps:
            continue
        givers = _givers(ctx, para, noun)
        if not givers:
            continue
        helped = [e for e in _helped(ctx, para, prep.head) if e not in givers]
        if helped:
            trigger = Trigger(lemma, "NOUN", Predicate.SUPPORTED, nouns[lemma])
            yield from emit(ctx, para, noun, prep.head, trigger, givers, helped, confidence=0.7)


def strike_cue_words(lx: Lexicon) -> Iterable[str]:
    """The verbs of help an attack gives (the strike stage's cues)."""
    verbs: dict[str, str] = lx.cues["help_owners"]["strike_verbs"]
    return verbs


def strike_help(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Saudi air strikes helped the rebels", "coalition raids had helped the fighters beat
    back an offensive": whoever made the attack that is a help verb's subject supports its
    object (or the subject of its complement clause)."""
    verbs = ctx.cues["help_owners"]["strike_verbs"]
    for i in para.hits(ctx.word_set(strike_cue_words)):
        verb = para.tokens[i]
        cameo = verbs.get(verb.lemma_.lower())
        if verb.pos_ != "VERB" or cameo is None:
            continue
        kids = para.children(verb)
        strikes = [c for c in kids if c.dep_ == "nsubj" and assaults.attack_noun(ctx, c)]
        givers = [e for s in strikes for e in assaults.attack_doers(ctx, para, s)]
        if not givers:
            continue
        helped = [
            e
            for c in kids
            for o in ([c] if c.dep_ == "dobj" else _clause_subjects(para, c))
            for e in actors_of(ctx, para, o)
            if e not in givers
        ]
        if helped:
            trigger = Trigger(verb.lemma_.lower(), "VERB", Predicate.SUPPORTED, cameo)
            yield from emit(ctx, para, verb, verb, trigger, givers, helped, confidence=0.7)


def _clause_subjects(para: Paragraph, clause: Any) -> list[Any]:
    """The subject of a complement clause ("helped [the fighters beat back]"), if any."""
    if clause.dep_ not in ("ccomp", "xcomp"):
        return []
    return [c for c in para.children(clause) if c.dep_ == "nsubj"]


def _thanked(
    ctx: ArticleContext, para: Paragraph, noun: Any, verb: Any, cameo: str
) -> Iterator[Draft]:
    """ "Hamas thanked Qatar for its support": the owner of the help thanked for supported
    the one who thanks; a help with an object of its own ("its support of Kabul") is the
    trigger index's."""
    if any(c.dep_ == "prep" and c.lower_ in ("of", "for", "to") for c in para.children(noun)):
        return
    givers = _in_front(ctx, para, noun)
    helped = [e for e in subjects_of(ctx, para, verb) if e not in givers]
    if givers and helped:
        trigger = Trigger(noun.lemma_.lower(), "NOUN", Predicate.SUPPORTED, cameo)
        yield from emit(ctx, para, noun, verb, trigger, givers, helped, confidence=0.7)


def _givers(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """Who gives the help: an actor in front of the help noun ("French backing", "US air
    support"), else one in front of what the help was ("the help of US air strikes"). A help
    "of" or "from" a named actor is the trigger index's already."""
    found = _in_front(ctx, para, noun)
    if found:
        return found
    for prep in para.children(noun):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for what in para.children(prep):
                if what.dep_ == "pobj" and not ctx.ents(para, what):
                    found += _in_front(ctx, para, what)
    return found


def _in_front(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """Actors that modify the noun in front of it: a name or possessive name, or an
    adjective of a country ("French"; "European" or "Kurdish" name no one giver)."""
    found: list[str] = []
    for c in para.children(noun):
        if c.i > noun.i or c.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        if c.pos_ == "PRON" and c.lower_ not in ("its", "their"):
            continue  # "with His help" (God's), "with his help": no state or group gives it
        kinds = (EntityType.COUNTRY,) if c.pos_ == "ADJ" else ACTOR_TYPES
        found += [e for e in ctx.ents(para, c, adjectives=True) if ctx.etype_in(e, kinds)]
    return found


def _helped(ctx: ArticleContext, para: Paragraph, head: Any) -> list[str]:
    """Whom the help is for: the subject of the verb the "with" phrase hangs on, or the
    subject noun it hangs on ("Iraqi troops, with US air support, seized ...")."""
    if head.pos_ in ("VERB", "AUX"):
        return subjects_of(ctx, para, head)
    if head.dep_ in ("nsubj", "nsubjpass"):
        return [e for e in ctx.ents(para, head) if ctx.etype_in(e, ACTOR_TYPES)]
    return []
