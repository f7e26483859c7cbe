"""A state's custody acts told in the passive with no doer: "Badawi was arrested in 2012 in the
city of Jeddah", "They were all sentenced to ten years in prison last year". Arrests,
detentions, jail terms and sentences are acts of a state: the one the act happened in, else
the one country the article is about.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract import custody_holds, custody_nouns, verb_senses
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.home_state import NOT_HELD, home_country, home_state, state_of_place
from kg.extract.interactions import actors_of, emit
from kg.extract.passive_coref import sufferers, told
from kg.lexicon import Lexicon
from kg.resolve.names import name_words
from kg.vocab import Predicate, Status


def custody_passives(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """Yield the state's act of each occurred agentless passive of a custody verb
    (``custody_passives`` in cues.json: "was arrested", "were detained", "was later
    sentenced") whose sufferer is named and whose sentence names no doer of an act on them:
    the state of the country the clause places the act in ("in Jeddah", "at his home in
    Tehran"), else the state of the article's one country (``ArticleContext.main_country``)
    for a sufferer of no other known country, in a sentence that names no other country."""
    verbs = ctx.word_set(_custody_verbs)
    home = home_country(ctx)
    for para in paras:
        for i in para.hits(verbs):
            token = para.tokens[i]
            subjects = _passive_subjects(para, token)
            if not subjects:
                continue
            # "has been held in Evin prison since July": a holding in a place of custody
            trigger = (
                ctx.lx.triggers.match(token)
                or custody_holds.detention(ctx, para, token)
                or custody_nouns.taken_into(ctx, para, token)
            )
            if trigger is not None:  # "was condemned to death": a sentence
                trigger = verb_senses.court_sentence(ctx, para, token, trigger) or trigger
            if trigger is None or trigger.predicate is not Predicate.COERCED:
                continue
            targets = [t for s in subjects for t in _held_ones(ctx, para, s, trigger)]
            here = ctx.sentence_span(para, token)
            targets = [
                t for t in dict.fromkeys(targets) if _held(ctx, t) and not told(ctx, here, t)
            ]
            if not targets:
                continue
            state = _court_before(ctx, token, here) or _state_of_place(ctx, para, token)
            if state is None:
                state, targets = home_state(ctx, para, token, home, targets)
            targets = [t for t in targets if t != state]
            if state is None or not targets:
                continue
            for draft in emit(ctx, para, token, token, trigger, [state], targets, confidence=0.5):
                if draft.status is Status.OCCURRED:
                    yield draft


def _custody_verbs(lx: Any) -> list[str]:
    """The custody verbs' lemmas (``custody_passives`` in cues.json), the holding verbs, a
    detention with a place of custody (``custody_holds``), and the verbs of taking into
    custody (``custody_nouns``)."""
    words: list[str] = lx.cues["custody_passives"]["verbs"]
    taking: list[str] = lx.cues["custody_nouns"]["taking_verbs"]
    return [*words, *custody_holds.cue_words(lx), *taking]


def _passive_subjects(para: Paragraph, verb: Any) -> list[Any]:
    """The subjects of a passive participle with no "by" agent: its own ("Badawi was
    arrested"), its clause's ("after being convicted"), those "those" held stands for
    ("those arrested include X"), or, for a participle joined to such
    a passive with none of its own, that passive's ("was arrested in 2012 and later
    sentenced to seven years")."""
    if verb.tag_ != "VBN" or verb.pos_ != "VERB":
        return []
    if verb.dep_ == "acl" and verb.head.lower_ == "those":
        return _those_named(para, verb.head)
    kids = para.children(verb)
    if any(k.dep_ == "agent" for k in kids):
        return []
    if any(k.dep_ == "auxpass" for k in kids):
        own = [k for k in kids if k.dep_ == "nsubjpass"]
        return own or _clause_subjects(para, verb)
    head = verb.head
    if verb.dep_ != "conj" or any(k.dep_ in ("nsubj", "nsubjpass") for k in kids):
        return []
    return _passive_subjects(para, head) if head.i != verb.i else []


def _those_named(para: Paragraph, those: Any) -> list[Any]:
    """Whom a sentence names as "those" held: "Those arrested in Zurich include X and Y",
    "those arrested on Friday were two generals, including X", "Among those sentenced in
    absentia was X"."""
    verb = those.head
    deps: tuple[str, ...]
    if those.dep_ == "pobj" and verb.lower_ == "among":
        verb, deps = verb.head, ("nsubj",)
    elif those.dep_ == "nsubj":
        deps = ("attr", "dobj")
    else:
        return []
    if verb.lemma_.lower() not in ("be", "include"):
        return []
    return [k for k in para.children(verb) if k.dep_ in deps]


def _clause_subjects(para: Paragraph, verb: Any) -> list[Any]:
    """The subjects of the clause a subjectless passive participle hangs on: "X is serving
    a sentence after being convicted", "Having been arrested in 2014, X spent a year in
    prison" (the one held is the clause's subject)."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    elif verb.dep_ != "advcl":
        return []
    if head.pos_ not in ("VERB", "AUX") or head.i == verb.i:
        return []
    return [k for k in para.children(head) if k.dep_ in ("nsubj", "nsubjpass")]


def _court_before(ctx: ArticleContext, verb: Any, here: tuple[int, int]) -> str | None:
    """For a verdict ("were sentenced to death in the same case", "was convicted"), the court
    the article told passing a sentence last before ("An Egyptian court has sentenced X"): a
    judicial collective that did an occurred act of custody."""
    if verb.lemma_.lower() not in ctx.cues["custody_passives"]["verdicts"]:
        return None
    last: Draft | None = None
    for claim in ctx.claims:
        if (
            claim.sentence < here
            and claim.predicate is Predicate.COERCED
            and claim.status is Status.OCCURRED
            and ctx.resolver.sector_in(claim.subject, _JUDICIAL)
            and (last is None or claim.sentence >= last.sentence)
        ):
            last = claim
    return last.subject if last is not None else None


_JUDICIAL = frozenset({"JUD"})


def _held_ones(ctx: ArticleContext, para: Paragraph, subject: Any, trigger: Any) -> list[str]:
    """Whom the subject names ("Badawi", "One of the suspects, Hao Zhang"), the owner of its
    staff ("a BBC crew"), or the whole it is a part of ("three of its members"); not the
    one a relative or a person noun is known through ("her husband was jailed")."""
    if subject.lemma_.lower() in ctx.word_set(_kin_words):
        return actors_of(ctx, para, subject)
    return sufferers(ctx, para, subject, trigger)


def _kin_words(lx: Lexicon) -> list[str]:
    """Nouns of a person known through another: kin ("husband") and person nouns ("lawyer")."""
    return [*lx.cues["kin_nouns"]["words"], *name_words(lx.language).person_nouns]


def _held(ctx: ArticleContext, label: str) -> bool:
    """Someone a state can hold: a person or a group, not a state or a place."""
    return not ctx.etype_in(label, NOT_HELD)


def _state_of_place(ctx: ArticleContext, para: Paragraph, verb: Any) -> str | None:
    """The country the clause places the act in: the place named on the participle or on the
    passive it is joined to ("arrested in 2012 in the city of Jeddah, and later sentenced"),
    itself a country or a town whose country the article or the data gives; also the place of
    a participle joined after it, or of the time the custody lasted ("was arrested and held
    for three years in Kenya")."""
    nodes = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    nodes += _joined_participles(para, verb)
    nodes += [t for node in nodes for t in _spans_of_time(para, node)]
    return state_of_place(ctx, para, nodes)


def _joined_participles(para: Paragraph, verb: Any) -> list[Any]:
    """The participles joined to ``verb`` with no subject of their own, whose place is the
    act's too: "was arrested and held for three years in Kenya" (hard45)."""
    return [
        k
        for k in para.children(verb)
        if k.dep_ == "conj"
        and k.tag_ == "VBN"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in para.children(k))
    ]


def _spans_of_time(para: Paragraph, verb: Any) -> list[Any]:
    """The time a custody lasted, where the place may hang: "held for three years in Kenya"
    ("in Kenya" on "years", the span of time, not on the verb)."""
    return [
        obj
        for prep in para.children(verb)
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for obj in para.children(prep)
        if obj.dep_ == "pobj" and obj.ent_type_ == "DATE"
    ]
