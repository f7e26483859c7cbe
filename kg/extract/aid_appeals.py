"""Appeals for money for others: "the UN launched a $415m appeal for Nepal", "UNICEF appealed
for $50m for Nepal's children", "the funds the UN has requested for victims of the floods in
Malawi" -> the appealer supported those the money is for (PLOVER AID, CAMEO 070): an aid
agency's appeal is its aid effort. An appeal with no money ("appealed for calm", "appealed
against the verdict") or no one it is for gives nothing. Words: ``aid_appeals`` of
``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import actors_of, emit, subjects_of
from kg.extract.verdicts import stance_trigger
from kg.lexicon import Lexicon
from kg.resolve.described import people_nouns
from kg.vocab import EntityType, Predicate

_CAMEO = "070"  # CAMEO "provide aid, not specified below"
# the country a needy group is "of" or "in" ("victims of the floods in Malawi")
_HOMES = frozenset({EntityType.COUNTRY})


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The appeal words ("appeal", "request", "seek"), by lemma."""
    table = lx.cues["aid_appeals"]
    return [*table["nouns"], *table["verbs"]]


def aid_appeals(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """supported claims from an appeal for money to those it is for."""
    words = ctx.cues["aid_appeals"]
    for i in para.hits(ctx.word_set(cue_words)):
        token = para.tokens[i]
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in words["nouns"]:
            found = _noun_appeal(ctx, para, token, words)
        elif token.pos_ == "VERB" and lemma in words["verbs"]:
            found = _verb_appeal(ctx, para, token, words)
        else:
            continue
        if found is None:
            continue
        clause, appealers, helped = found
        helped = [h for h in helped if h not in appealers]
        if not appealers or not helped:
            continue
        trigger = stance_trigger(token, Predicate.SUPPORTED, _CAMEO)
        yield from emit(ctx, para, token, clause, trigger, appealers, helped, confidence=0.6)


def _noun_appeal(
    ctx: ArticleContext, para: Paragraph, noun: Any, words: dict[str, Any]
) -> tuple[Any, list[str], list[str]] | None:
    """ "launched a $415m appeal for Nepal", "the UN's appeal for funds for Nepal": the
    launcher (or owner) appeals; the money is a modifier or a "for" phrase of the noun."""
    kids = para.children(noun)
    if noun.dep_ == "compound":
        return None  # "the appeal court"
    owners = [e for c in kids if c.dep_ == "poss" for e in actors_of(ctx, para, c)]
    verb = noun.head
    if owners:
        clause = verb if verb.pos_ == "VERB" else noun
    elif noun.dep_ == "dobj" and verb.lemma_.lower() in words["launching"]:
        clause, owners = verb, subjects_of(ctx, para, verb)
    else:
        return None
    fors = _objects(para, noun, "for")
    money = [m for m in fors if _money(para, m, words)]
    # "a $415m appeal", "an aid appeal", "a humanitarian appeal": the noun's own kind
    kinds = [c for c in kids if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    if not money and not any(
        _money(para, c, words) or c.lower_ in words["aid_kinds"] for c in kinds
    ):
        return None
    targets = [p for p in fors if p not in money]
    targets += [f for m in money for f in _objects(para, m, "for")]
    return clause, owners, [e for p in targets for e in _helped(ctx, para, p)]


def _verb_appeal(
    ctx: ArticleContext, para: Paragraph, verb: Any, words: dict[str, Any]
) -> tuple[Any, list[str], list[str]] | None:
    """ "appealed for $50m for Nepal's children", "has requested $415m for Nepal", "the
    funds the UN has requested for victims": the money is the verb's object (or the noun its
    relative clause hangs on) or its first "for" phrase; whom it is for, the next."""
    fors = _objects(para, verb, "for")
    things = [c for c in para.children(verb) if c.dep_ == "dobj"]
    if verb.dep_ == "relcl" and not things:
        things = [verb.head]  # "the funds the UN has requested"
    money = [m for m in [*things, *fors] if _money(para, m, words)]
    if not money:
        return None
    targets = [p for p in fors if p not in money]
    targets += [f for m in money for f in _objects(para, m, "for")]
    helped = [e for p in targets for e in _helped(ctx, para, p)]
    return verb, subjects_of(ctx, para, verb), helped


def _objects(para: Paragraph, head: Any, prep_word: str) -> list[Any]:
    """The objects of the head's ``prep_word`` phrases."""
    return [
        p
        for prep in para.children(head)
        if prep.dep_ == "prep" and prep.lower_ == prep_word
        for p in para.children(prep)
        if p.dep_ == "pobj"
    ]


def _money(para: Paragraph, noun: Any, words: dict[str, Any]) -> bool:
    """A sum or a word for money or aid: "$50m", "funds", "emergency aid"."""
    if noun.lemma_.lower() in words["money"] or noun.tag_ == "$":
        return True
    # "$50m": the sum's number with its sign; "a $415m appeal": the sign under a modifier
    signed = any(c.tag_ == "$" for c in para.children(noun))
    if noun.like_num and signed:
        return True
    return any(
        c.tag_ == "$" and c.dep_ in ("nmod", "quantmod", "nummod")
        for k in para.children(noun)
        for c in [k, *para.children(k)]
    )


def _helped(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """Whom money "for" the noun helps: the actors it stands for ("for Nepal"), else, for a
    noun of people (``people_nouns.json``, ``needy`` of ``aid_appeals``), the
    country its people are of or in ("for Nepal's children", "for victims of the floods in
    Malawi"; two steps at most)."""
    found = actors_of(ctx, para, noun)
    if found:
        return found
    lemma = noun.lemma_.lower()
    if lemma not in people_nouns(ctx.lx.language) and lemma not in ctx.cues["aid_appeals"]["needy"]:
        return []  # "an appeal for calm in Haiti": no people in need
    todo, homes = [(noun, 0)], []
    while todo:
        node, depth = todo.pop()
        for child in para.children(node):
            if child.dep_ == "poss":
                homes += [e for e in ctx.ents(para, child) if ctx.etype_in(e, _HOMES)]
            elif child.dep_ == "prep" and child.lower_ in ("of", "in") and depth < 2:
                for p in para.children(child):
                    if p.dep_ != "pobj":
                        continue
                    named = ctx.ents(para, p)
                    homes += [e for e in named if ctx.etype_in(e, _HOMES)]
                    if not named:
                        todo.append((p, depth + 1))
    return homes
