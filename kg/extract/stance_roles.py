"""Stances named by a relational noun: "Russia, a key backer of the Syrian government",
"Navalny is a fierce critic of Putin", "Iran, Assad's closest ally", "Qatar, which has long
been a supporter of Hamas" -> the one the noun describes supports (or criticises) the one it
is of (PLOVER SUPPORT / ACCUSE); so is an owned noun standing as a title before a name ("Syria's
ally Iran", "Putin critic Alexei Navalny"). Nouns, their predicate and CAMEO code, and the
nouns that may be titles: ``stance_roles`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.interactions import actors_of
from kg.extract.stance_holders import listed
from kg.lexicon import Lexicon
from kg.nlp.coordination import first_conjunct
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate, Status


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The relational and source nouns (the stage's cues)."""
    table = lx.cues["stance_roles"]
    return [*table["nouns"], *table["source_nouns"]]


def stance_roles(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """supported / criticized claims from a relational noun in apposition to an actor, or
    said of one by "be"."""
    table = ctx.cues["stance_roles"]
    nouns: dict[str, list[str]] = table["nouns"]
    lapsed = frozenset(table["lapsed_words"])
    titles = frozenset(table["title_nouns"])
    sources: dict[str, list[str]] = table["source_nouns"]
    for i in para.hits(ctx.word_set(cue_words)):
        noun = para.tokens[i]
        lemma = noun.lemma_.lower()
        entry = nouns.get(lemma) or sources.get(lemma)
        if entry is None or noun.pos_ != "NOUN":
            continue
        # "India is Afghanistan's friend and ally", "a close friend and ally of Hamas": a
        # noun joined to another takes that one's place in the sentence and, when it has none
        # of its own, its owner or "of" phrase (back59)
        first = first_conjunct(noun, head_pos="NOUN")
        slot = _slot(first, table["partitives"])
        if i in para.links and slot is first and not (lemma in nouns and listed(ctx, para, noun)):
            # a group of its own ("Putin critics"), unless it lists its members or one of
            # them is named ("X, one of Putin's critics")
            continue
        if any(c.lower_ in lapsed for n in (noun, first) for c in n.children if c.i < n.i):
            continue  # "a former ally of Saddam", "a former friend and ally": no stance now
        given = _given_to(ctx, para, noun) if lemma in sources else None
        if given == []:
            continue  # "a source close to Hamas": no aid it is the source of
        described, status = _described(ctx, para, first, slot, lemma in titles)
        if not described or status is None:
            continue
        if given is None:
            others = _others(ctx, para, noun) or (
                _others(ctx, para, first) if first != noun else []
            )
        else:
            others = given
        predicate = Predicate(entry[0])
        for one in described:
            for other in others:
                if one != other:
                    draft = ctx.draft(para, noun, one, predicate, other, 0.7)
                    yield replace(draft, status=status, cameo=entry[1])


def _described(
    ctx: ArticleContext, para: Paragraph, noun: Any, slot: Any, title: bool
) -> tuple[list[str], Status | None]:
    """The actors the noun describes and the status of the description: the name it stands
    before as a title (``title``: a noun of ``title_nouns``), the head of an apposition
    (stated as a standing fact), the subject of "be", "become" or "remain" (with its mood),
    also through a partitive ("one of the critics of X", "among the critics of X": ``_slot``),
    or the actors an example list after it names ("critics of X, including Y":
    ``stance_holders.listed``)."""
    named = _named_after(para, noun) if title else None
    linking = ctx.cues["stance_roles"]["linking_verbs"]
    if named is not None:
        head, status = named, Status.OCCURRED
    elif slot.dep_ == "appos":
        head, status = slot.head, Status.OCCURRED
    elif slot.dep_ in ("attr", "prep") and slot.head.lemma_.lower() in linking:
        verb = slot.head
        if any(c.dep_ == "neg" for c in verb.children):
            return [], None
        # "delivered a sermon and became a critic of X": a conjoined verb's subject is the
        # first verb's
        holder = verb.head if verb.dep_ == "conj" else verb
        subject = next((c for c in (*verb.children, *holder.children) if c.dep_ == "nsubj"), None)
        if subject is None:
            return [], None
        if subject.lower_ in ctx.lx.words.relative_pronouns and verb.dep_ == "relcl":
            subject = verb.head  # "Qatar, which is a backer of Hamas"
        head, status = subject, qualifiers.status(ctx, verb, verb)
    else:
        # "supporters of the Brotherhood, such as Qatar and Turkey": the ones listed (an
        # owned noun's, "Russia's allies, including Belarus", are kg/extract/ally_examples.py's)
        if not prep_objects(noun, ("of",)):
            return [], None
        examples = listed(ctx, para, noun)
        return (examples, Status.OCCURRED) if examples else ([], None)
    found: list[str] = []
    for node in (head, *head.conjuncts):
        found += [e for e in actors_of(ctx, para, node) if ctx.etype_in(e, ACTOR_TYPES)]
    return list(dict.fromkeys(found)), status


def _slot(noun: Any, partitives: dict[str, list[str]]) -> Any:
    """Where the noun stands in its clause: itself, or the partitive word it is the "of"
    object of ("X, one of Assad's closest allies": "one"), or the "among" phrase it is the
    object of ("X is among the fiercest critics of Y": the preposition on the verb)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return noun
    if prep.lower_ == "of" and prep.head.lower_ in partitives["heads"]:
        return prep.head
    return prep if prep.lower_ in partitives["preps"] else noun


def _named_after(para: Paragraph, noun: Any) -> Any | None:
    """The name a relational noun with an owner stands before as its title ("its ally
    Belarus", "Syria's ally Iran", "Putin critic Alexei Navalny"): the name in apposition to
    the noun, the noun's compound head, or (the parser's slip) a proper noun right after the
    noun with the same head and relation. A noun with no owner ("allies Britain and France"
    after a list) or with no name right after it is left to the other readings."""
    if not any(c.dep_ in ("poss", "compound") and c.i < noun.i for c in para.children(noun)):
        return None
    after = noun.i + 1
    if after >= len(para.tokens) or para.tokens[after].pos_ != "PROPN":
        return None
    for c in para.children(noun):
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > noun.i:
            return c  # "its ally Belarus"
    head = noun.head
    if noun.dep_ == "compound" and head.pos_ == "PROPN" and head.i > noun.i:
        return head  # "Putin critic Alexei Navalny"
    name = para.tokens[after]
    while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head
    if name.head.i == head.i and name.dep_ == noun.dep_ and name.i != noun.i:
        return name  # "Syria's ally Iran sent ...", parsed as two subjects
    return None


def _given_to(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The actors a source noun's aid goes to: "the main source of military support for
    the Syrian government", "a supplier of arms to the Houthis" (the "for" or "to" phrase on
    the source noun or on its "of" object, an aid word of ``source_of``); none when its "of"
    object is no aid word."""
    aid = frozenset(ctx.cues["stance_roles"]["source_of"])
    goods = [p for p in prep_objects(noun, ("of",)) if p.lemma_.lower() in aid]
    if not goods:
        return []
    found: list[str] = []
    for node in (noun, *goods):
        for p in prep_objects(node, ("for", "to")):
            for target in (p, *p.conjuncts):
                found += actors_of(ctx, para, target)
    return list(dict.fromkeys(e for e in found if ctx.etype_in(e, ACTOR_TYPES)))


def _others(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The actors the noun is of: its "of" phrase ("a backer of Assad and Putin"), its
    owner ("Assad's ally") or a name in front of it ("a Kremlin critic", "a key US ally")."""
    nodes: list[Any] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    nodes += [p, *p.conjuncts]
        elif c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i):
            nodes.append(c)
    found: list[str] = []
    for node in nodes:
        if node.dep_ in ("compound", "amod", "nmod"):
            found += ctx.ents(para, node, adjectives=True)
        else:
            found += actors_of(ctx, para, node)
    return list(dict.fromkeys(e for e in found if ctx.etype_in(e, ACTOR_TYPES)))
