"""Leaders a body elects or chooses: "the Liberal Democrats elected X as their new leader",
"the congress re-elected X", "X was elected by the party congress", "the ANC chose X to lead
the party" -> the body supported the chosen person (CAMEO 051, as a party's endorsement of its
candidate) and, where the choice is of the body's own leader, the person leads it. The words are
data (``elections`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import actors_of, emit, subjects_of
from kg.extract.verdicts import stance_trigger
from kg.lexicon import Lexicon
from kg.vocab import EntityType, Predicate, Status

_CAMEO = "051"  # CAMEO "praise or endorse": a body's vote for its leader or candidate
_CHOOSERS = frozenset({EntityType.ORGANIZATION, EntityType.GROUP})
_CHOSEN = frozenset({EntityType.PERSON})
# a leader chosen now, or one a vote to come will make ("will elect X as its leader")
_ROLE_STATUSES = frozenset({Status.OCCURRED, Status.PLANNED})


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The choosing verbs, by lemma ("elect", "choose")."""
    table = lx.cues["elections"]
    return [*table["electing"], *table["choosing"]]


def elections(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """supported (and leader_of) claims from a body's election or choice of a person."""
    words = ctx.cues["elections"]
    electing, choosing = frozenset(words["electing"]), frozenset(words["choosing"])
    tokens = para.tokens
    for i in para.hits(ctx.word_set(cue_words)):
        verb = tokens[i]
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in electing | choosing:
            continue
        # "re-elected": the parser splits "re", "-", "elected" and makes "re" the clause's verb
        anchor = tokens[i - 2] if i >= 2 and _re_prefixed(tokens, i) else verb
        choosers, chosen = _sides(ctx, para, verb, anchor)
        choosers = [b for c in choosers for b in _bodies(ctx, c)]
        chosen = [c for c in chosen if ctx.etype_in(c, _CHOSEN) and c not in choosers]
        if not choosers or not chosen:
            continue
        role = _role(ctx, para, verb, anchor, words)
        if role is None and lemma not in electing:
            continue  # "chose X" alone may be any choice; "elected X" is one for an office
        trigger = stance_trigger(verb, Predicate.SUPPORTED, _CAMEO)
        drafts = list(emit(ctx, para, verb, anchor, trigger, choosers, chosen, confidence=0.7))
        yield from drafts
        if role is None or not drafts:
            continue
        title, led = role
        bodies = led or choosers
        status = drafts[0].status
        if not title or status not in _ROLE_STATUSES:
            continue  # "chose X to succeed Y": an office whose body is unsaid
        have = ctx.sentence_pairs(para, verb, Predicate.LEADER_OF)
        for person in chosen:
            for body in bodies:
                if body != person and (person, body) not in have:
                    draft = ctx.draft(para, verb, person, Predicate.LEADER_OF, body, 0.7, title)
                    yield replace(draft, status=status)


def _bodies(ctx: ArticleContext, label: str) -> list[str]:
    """The body a chooser is: itself, or for a gathering (an Event node, "FIFA congress") the
    body the article names that its label starts with ("FIFA")."""
    if ctx.etype_in(label, _CHOOSERS):
        return [label]
    if not ctx.etype_is(label, EntityType.EVENT):
        return []
    words = label.split()
    for end in range(len(words) - 1, 0, -1):
        owner = " ".join(words[:end])
        if ctx.named_here(owner) and ctx.etype_in(owner, _CHOOSERS):
            return [owner]
    return []


def _re_prefixed(tokens: list[Any], i: int) -> bool:
    """ "re-elected" as three tokens: "re", "-", the verb."""
    return bool(tokens[i - 1].text == "-" and tokens[i - 2].lower_ == "re")


def _sides(
    ctx: ArticleContext, para: Paragraph, verb: Any, anchor: Any
) -> tuple[list[str], list[str]]:
    """The choosers and the chosen: the subject and the object ("the party elected X"), the
    passive's "by" and subject ("X was elected by the congress"), or the gathering a relative
    clause hangs on ("the congress at which he was elected")."""
    heads = [verb] if anchor is verb else [verb, anchor, para.tokens[anchor.i + 1]]
    passive = [c for h in heads for c in para.children(h) if c.dep_ == "nsubjpass"]
    if passive:
        chosen = [e for c in passive for e in actors_of(ctx, para, c)]
        agents = [
            p
            for h in heads
            for a in para.children(h)
            if a.dep_ == "agent"
            for p in para.children(a)
            if p.dep_ == "pobj"
        ]
        if not agents:
            agents = _held_at(para, verb)  # "the congress at which he was elected"
        return [e for a in agents for e in actors_of(ctx, para, a)], chosen
    objects = [c for h in heads for c in para.children(h) if c.dep_ == "dobj"]
    if not objects and verb.dep_ == "amod" and verb.head.pos_ == "PROPN":
        objects = [verb.head]  # "re-elected Sepp Blatter": the parser's "elected Blatter"
    chosen = [e for o in objects for e in actors_of(ctx, para, o)]
    return subjects_of(ctx, para, anchor), chosen


def _held_at(para: Paragraph, verb: Any) -> list[Any]:
    """The gathering a relative clause of the choice hangs on, where it tells where the
    choice was made ("the congress at which he was elected", "the convention where"); the
    parser may hang the clause on the main verb, so the noun is the one just before it."""
    if verb.dep_ not in ("relcl", "advcl"):
        return []
    for child in para.children(verb):
        if child.i > verb.i:
            continue
        at_which = child.dep_ == "prep" and any(p.lower_ == "which" for p in para.children(child))
        if not at_which and not (child.dep_ == "advmod" and child.lower_ == "where"):
            continue
        if verb.dep_ == "relcl":
            return [verb.head]
        before = child.i - 1
        while before >= 0 and para.tokens[before].is_punct:
            before -= 1
        noun = para.tokens[before] if before >= 0 else None
        return [noun] if noun is not None and noun.pos_ in ("NOUN", "PROPN") else []
    return []


def _role(
    ctx: ArticleContext, para: Paragraph, verb: Any, anchor: Any, words: dict[str, Any]
) -> tuple[str, list[str]] | None:
    """The office the choice is for, as (title, the bodies it leads: none for the chooser's
    own), or None: "as (its) leader", "as party chairman", "to lead the party" lead the
    chooser; "to lead X" leads X; "to succeed X" is an office, its body unsaid (no leader
    claim: an empty title)."""
    for head in dict.fromkeys([verb, anchor]):
        for child in para.children(head):
            if child.dep_ == "prep" and child.lower_ == "as":
                for noun in para.children(child):
                    if noun.dep_ == "pobj":
                        return _as_role(ctx, para, noun, words)
            if child.dep_ != "xcomp" or child.pos_ != "VERB":
                continue
            lemma = child.lemma_.lower()
            if lemma in words["succeeding"]:
                return "", []
            if lemma not in words["leading"]:
                continue
            led: list[str] = []
            for obj in para.children(child):
                if obj.dep_ != "dobj":
                    continue
                named = ctx.ents(para, obj)
                if named:
                    led += named
                elif obj.lemma_.lower() not in words["own_bodies"]:
                    return None  # "chose X to lead the talks": no body led
            return words["leading"][lemma], led
    return None


def _as_role(
    ctx: ArticleContext, para: Paragraph, noun: Any, words: dict[str, Any]
) -> tuple[str, list[str]] | None:
    """ "as (its/their new) leader", "as party chairman": a leading title of the chooser's own
    office; "as Labour's leader", "as leader of X" name another body (left to the role rules)."""
    kids = para.children(noun)
    if any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in kids):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in kids):
        return None
    lemma = noun.lemma_.lower()
    owned = any(c.dep_ == "poss" for c in kids)  # "its", "their": the chooser's own
    if ctx.lx.roles.get(lemma) is not Predicate.LEADER_OF:
        return None
    if not owned and lemma not in words["own_titles"]:
        return None  # "elected X as president": of the country, as often as of the body
    compounds = [c for c in kids if c.dep_ == "compound" and c.i < noun.i]
    if any(c.lemma_.lower() not in words["own_bodies"] for c in compounds):
        return None  # "as Labour chairman", "as army chief": another body's title
    return " ".join(t.text for t in [*compounds, noun]), []
