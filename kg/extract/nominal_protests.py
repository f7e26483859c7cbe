"""Protests named by their noun with no one said to hold them: "after a month of protests
against President Nkurunziza", "during protests against Kagame's bid for a third term",
"despite demonstrations against the government" -> the article's protesters (one group node
of its article) criticized the one the protest is against, or the owner of the act it is
against (PLOVER PROTEST). A protest somebody holds ("students staged protests against X") is
the trigger rules'. Words: ``nominal_protests`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract import interactions, qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.verdicts import stance_trigger
from kg.lexicon import Lexicon
from kg.resolve.entities import SpanMention
from kg.vocab import EntityType, Predicate, Status


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The protest nouns (the stage's cue words)."""
    nouns: dict[str, str] = lx.cues["nominal_protests"]["nouns"]
    return nouns


def _held(ctx: ArticleContext, para: Paragraph, noun: Any) -> bool:
    """Someone is said to hold the protest: an owner or actor in front ("the students'
    protests", "opposition rallies"), a "by" phrase, or an actor subject of the verb whose
    object it is ("students staged protests", "supporters joined protests"), or the protest
    is the clause subject's own ("in protest against")."""
    head = para.head(noun)
    if noun.dep_ == "pobj" and head.lower_ in ctx.cues["nominal_protests"]["own_preps"]:
        return True  # "X went on hunger strike in protest against ...": X's protest
    if interactions.doer_written(ctx, para, noun):
        return True
    if noun.dep_ in ("dobj", "pobj", "nsubjpass") or noun.dep_ == "conj":
        verb = para.head(noun)
        while verb.dep_ in ("prep", "conj", "pobj") and verb.pos_ != "VERB":
            verb = para.head(verb)
        if verb.pos_ == "VERB" and verb.lemma_.lower() in ctx.cues["nominal_protests"]["holding"]:
            return bool(interactions.subjects_of(ctx, para, verb))
    return False


def _targets(ctx: ArticleContext, para: Paragraph, noun: Any, code: str) -> list[str]:
    """Whom the protest is against: the actor after "against", or the owner of the act after
    it ("against Kagame's bid"); the doer of the act after ``act_preps`` ("protests over
    Kagame's bid") or after the "by" of a participle of cause (``caused_by``: "protests
    triggered by Kagame's bid", "sparked by the killing of a student by police"; crit41)."""
    trigger = stance_trigger(noun, Predicate.CRITICIZED, code)
    words = ctx.cues["nominal_protests"]
    found = [
        e
        for prep in para.children(noun)
        if prep.dep_ == "prep" and prep.lower_ in words["preps"]
        for p in para.children(prep)
        if p.dep_ == "pobj"
        for e in (interactions.actors_of(ctx, para, p) or _doers(ctx, para, p, trigger))
    ]
    causes = [
        prep
        for c in para.children(noun)
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in words["caused_by"]
        for prep in para.children(c)
        if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ == "by")
    ]
    acts = [
        p
        for prep in causes
        for p in para.children(prep)
        if p.dep_ == "pobj" and not interactions.actors_of(ctx, para, p)
    ] + [
        p
        for prep in para.children(noun)
        if prep.dep_ == "prep" and prep.lower_ in words["act_preps"]
        for p in para.children(prep)
        if p.dep_ == "pobj"
    ]
    # (an actor itself after "by" caused the protest, it is not what it is against)
    found += [e for p in acts for e in _doers(ctx, para, p, trigger)]
    return list(dict.fromkeys(found))


def _doers(ctx: ArticleContext, para: Paragraph, act: Any, trigger: Any) -> list[str]:
    """Who did the act a protest is against ("Kagame's bid"), not whom it befell ("his
    detention", "the killing of X")."""
    done = ctx.lx.triggers.match(act)
    if done is not None and (done.owner_is_object or "poss" in done.object):
        return []
    return interactions.owners_of(ctx, para, act, trigger)


def nominal_protests(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """criticized claims from the article's protesters to the one a protest no one is said to
    hold is against."""
    words = ctx.cues["nominal_protests"]
    nouns: dict[str, str] = words["nouns"]
    for noun in para.tokens:
        code = nouns.get(noun.lemma_.lower())
        if code is None or noun.pos_ != "NOUN":
            continue
        targets = _targets(ctx, para, noun, code)
        if not targets or _held(ctx, para, noun):
            continue
        told = {o for _, o in ctx.sentence_pairs(para, noun, Predicate.CRITICIZED)}
        targets = [t for t in targets if t not in told]
        if not targets:
            continue  # another rule found who protested
        status = _status(ctx, para, noun)
        date = qualifiers.date(ctx, para, noun, noun, status)
        yield from ctx.pair_drafts(
            para,
            noun,
            [_protesters(ctx, para, noun, words["label"])],
            Predicate.CRITICIZED,
            targets,
            status=status,
            date=date,
            cameo=code,
        )


def _status(ctx: ArticleContext, para: Paragraph, noun: Any) -> Status:
    """A protest that frames its clause in time or cause ("after a month of protests against
    X", "despite protests against Y") has taken place, whatever the clause's own tense ("the
    killing will add to tensions after ..."), unless it is only planned ("planned protests");
    else the status its chain of heads gives."""
    node = noun
    for _ in range(4):
        head = para.head(node)
        if node.dep_ == "pobj" and head.dep_ == "prep":
            if head.lower_ in ctx.cues["nominal_protests"]["past_frames"]:
                planned = any(
                    c.dep_ == "amod" and c.lower_ in ctx.cues["plan_modifiers"]
                    for c in para.children(noun)
                )
                return Status.PLANNED if planned else Status.OCCURRED
            if head.lower_ != "of":
                break
            node = para.head(head)  # "a month of protests"
            continue
        break
    return qualifiers.status(ctx, noun, noun)


def protest_holders(ctx: ArticleContext, para: Paragraph, nouns: list[Any]) -> list[str]:
    """The article's protesters for a protest noun that acts as a subject ("the
    demonstrations aimed to pressure Tokyo ..."); empty for any other noun (crit43)."""
    words = ctx.cues["nominal_protests"]
    return [
        _protesters(ctx, para, n, words["label"])
        for n in nouns[:1]
        if n.pos_ == "NOUN" and n.lemma_.lower() in words["nouns"]
    ]


def _protesters(ctx: ArticleContext, para: Paragraph, noun: Any, label: str) -> str:
    """The article's one group of protesters, recorded at the protest noun (whose own link,
    if any, stays its own)."""
    # of the protesters' sector, so that protesters the article names are the same node
    sector = ctx.lx.actors.sector_of(label)
    mention = SpanMention(
        noun.i, noun.i + 1, label, "NORP", canonical=label, sector=sector, scoped=True
    )
    ctx.resolver.add_vote(label, EntityType.GROUP, 3)
    return ctx.record_aside(para, mention, label)
