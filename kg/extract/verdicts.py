"""Verdicts on someone, said in a reported clause or by naming them: "said the US should bear
the blame", "held the rebels responsible", "branded the rebels terrorists", "hailed the deal as a
milestone". Words are data (``kg/data/en/cues.json``); ``stances`` starts these rules from its
cue words, and the claims go through the interaction rules' emitter.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract import qualifiers
from kg.extract.act_antecedents import earlier_doers
from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.interactions import (
    actors_of,
    clause_act_doers,
    emit,
    owners_of,
    passive_agents,
    subjects_of,
)
from kg.extract.role_owners import main_country
from kg.extract.told_acts import latest_doers
from kg.lexicon import Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate


def stance_trigger(token: Any, predicate: Predicate, cameo: str) -> Trigger:
    """The trigger of a stance read from a token that is no trigger of its own."""
    return Trigger(token.lemma_.lower(), token.pos_, predicate, cameo)


def verdict(
    ctx: ArticleContext, para: Paragraph, token: Any, words: dict[str, list[str]]
) -> Iterator[Draft]:
    """ "said the US should bear much of the blame", "said Iran was to blame", "said Israel
    was responsible for the attack", "held the rebels responsible", "said the EU should do
    more": the speaker accuses."""
    held = _held(token, words)
    if held is not None:
        # "held X responsible/accountable": the holder accuses the held
        verb, accused = held
        if _negated(verb, token):
            return  # "did not hold the rebels responsible": no accusation
        speakers = subjects_of(ctx, para, verb)
        targets = actors_of(ctx, para, accused)
    else:
        clause = _verdict_clause(token, words)
        if clause is None or _negated(clause, token):
            # "said the army was not responsible for the attacks", "was not to blame": a
            # defence of the one named, no verdict on them
            return
        targets = [e for c in clause.children if c.dep_ == "nsubj" for e in actors_of(ctx, para, c)]
        report = clause.head
        # a finding reports the verdict as a speech verb does ("an inquiry found that the
        # army was responsible for the attacks", "the court ruled that X was to blame")
        reporting = (*ctx.cues["speech_verbs"], *ctx.cues["evaluations"]["verdict_verbs"])
        if clause.dep_ != "ccomp" or report.lemma_.lower() not in reporting:
            return  # the journalist's own verdict, or no speaker
        speakers = subjects_of(ctx, para, report)
        verb = report
    speakers = [s for s in speakers if s not in targets]
    # the accusation is the speaking ("said X should bear the blame" was said), so its status
    # and date are the speech verb's
    trigger = stance_trigger(
        token, Predicate.CRITICIZED, "111" if token.lower_ in words["more"] else "112"
    )
    yield from emit(ctx, para, verb, verb, trigger, speakers, targets, confidence=0.8)


def _negated(*tokens: Any) -> bool:
    """Whether any of ``tokens`` (the verdict word, its clause's verb) is negated ("not")."""
    return any(c.dep_ == "neg" for t in tokens for c in t.children)


def _held(token: Any, words: dict[str, list[str]]) -> tuple[Any, Any] | None:
    if token.lower_ not in words["responsible"]:
        return None
    if token.dep_ == "amod" and token.head.dep_ == "dobj":
        # "held the Houthis responsible", parsed as a modifier of the object
        return (
            (token.head.head, token.head)
            if token.head.head.lemma_.lower() in words["holding"]
            else None
        )
    if token.dep_ not in ("oprd", "acomp", "xcomp", "ccomp"):
        return None
    verb = token.head
    if verb.lemma_.lower() not in words["holding"]:
        return None
    accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if accused is None and token.dep_ == "ccomp":
        # "holds Israel fully responsible", "would hold Syria accountable": the parser may
        # read a small clause, the held one the adjective's subject (crit54)
        accused = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return None if accused is None else (verb, accused)


def _verdict_clause(token: Any, words: dict[str, list[str]]) -> Any | None:
    """The clause whose subject the verdict falls on: "X [should bear] the blame", "X [was]
    to blame", "X [was] responsible", "X [was] behind the attack"."""
    if token.lower_ in words["responsible"]:
        return token.head if token.dep_ == "acomp" and token.head.lemma_ == "be" else None
    if token.lower_ in words["culprit_preps"]:
        # "said the rebels were behind the attack" (not "behind bars", "behind schedule")
        harm = any(
            p.dep_ == "pobj" and p.lemma_.lower() in words["culprit_nouns"] for p in token.children
        )
        return token.head if harm and token.head.lemma_ == "be" else None
    if token.lower_ in words["more"]:
        # "said the EU should do more to help": what it did falls short
        verb = token.head
        duty = any(c.dep_ == "aux" and c.lower_ in words["duty"] for c in verb.children)
        return verb if verb.lemma_ == "do" and duty else None
    if token.pos_ == "VERB":
        # "Iran was to blame": "blame" is the infinitive under "be"
        aux = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        head = token.head
        return head if aux and token.dep_ == "xcomp" and head.lemma_ == "be" else None
    node = token
    for _ in range(3):  # "much of the blame", "the blame"
        if node.dep_ == "dobj" and node.head.lemma_.lower() in words["bearing"]:
            return node.head
        if node.dep_ not in ("pobj", "prep", "dobj"):
            return None
        node = node.head
    return None


def naming(
    ctx: ArticleContext, para: Paragraph, verb: Any, words: dict[str, list[str]]
) -> Iterator[Draft]:
    """ "Orban, calling the proposal 'mad'", "branded the rebels terrorists": naming someone
    or their act with a disparaging word accuses them (or the act's owner)."""
    named = [c for c in verb.children if c.dep_ == "dobj"]
    agents = passive_agents(ctx, para, verb) if verb.tag_ == "VBN" and not named else []
    if agents:
        # "the rebels, described by Modi as India's gravest threat", "Hamas was branded a
        # terrorist group by Israel": the passive's subject (or the noun its participle
        # hangs on) is named, and the one after "by" names it
        named = [c for c in verb.children if c.dep_ == "nsubjpass"] or (
            [verb.head] if verb.dep_ == "acl" else []
        )
    evaluations = ctx.cues["evaluations"]
    if [n.lower_ for n in named] == ["what"]:
        yield from _what_called(ctx, para, verb, words)
        return
    # the disparaging words anywhere after "as"; the verdicts of ``evaluations`` only as its
    # noun or that noun's modifier ("as a violation", not "as a victim of abuse"), and so
    # every verdict of a view ("sees Iran as a major foe"; ``regarding``)
    regarding = verb.lemma_.lower() in words["regarding"]
    if regarding and verb.dep_ == "relcl" and not ctx.ents(para, verb.head):
        # "the army and staunch royalists who see X as a threat": a view held by people the
        # clause's own noun names, not by the actor coordinated before them
        return
    if not named and not agents:
        named = _first_complement(verb)
    labels = _labels(verb, named)
    heads = set(words["label_heads"])
    for verdicts, deep, predicate, cameo in (
        (set(words["disparaging"]), not regarding, Predicate.CRITICIZED, "111"),
        (set(evaluations["negative"]) | set(words["foes"]), False, Predicate.CRITICIZED, "111"),
        # "hailed the deal as a milestone", "called the ruling historic": praise
        (set(evaluations["positive"]), False, Predicate.SUPPORTED, "051"),
    ):
        verdict = [
            c
            for c in labels
            # "called the claims 'subjective and unsubstantiated'": any word of a coordination
            if any(_label_word(k, verdicts, heads) for k in (c, *c.conjuncts))
        ] + [
            # "described his detention as a dangerous adventure": the words after "as"; a
            # verdict only as the noun, its adjective or, after a head such as "kind", the
            # noun after "of" ("described the operation as a kind of ethnic cleansing")
            c
            for c in _as_phrases(verb)
            if (
                any(word_in(t, verdicts) for t in c.subtree)
                if deep
                else _label_word(c, verdicts, heads)
            )
        ]
        slips = [] if named and verdict else _slipped(verb, verdicts)
        if slips:
            named, verdict = [n for n, _ in slips], [v for _, v in slips]
        if named and verdict:
            trigger = stance_trigger(verb, predicate, cameo)
            yield from _named(ctx, para, verb, named, trigger, agents, verdict)
            return


def _first_complement(verb: Any) -> list[Any]:
    """The named one where the parser made both nouns complements of the naming verb:
    "called the head of the association a criminal" (two ``oprd``): the first."""
    complements = [c for c in verb.children if c.dep_ == "oprd"]
    if len(complements) == 1 and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return complements  # "dubbed the attack as a massacre": the label is after "as" (crit46)
    return complements[:1] if len(complements) > 1 else []


def _labels(verb: Any, named: list[Any]) -> list[Any]:
    """Where the label of a naming verb stands: its complements; an apposition on the named
    one ("called Britain's programme 'a disaster waiting to happen'"); or the last of two
    objects of an infinitive on the named one, where the parser hung the label on it
    ("called the US decision to arm Ukraine a provocation")."""
    found = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp") and c not in named]
    found += [c for noun in named for c in noun.children if c.dep_ == "appos"]
    # the infinitive hangs on the named noun, or (a slip again) on the naming verb itself
    infinitives = [c for noun in named for c in noun.children if c.dep_ == "acl"]
    if named:
        infinitives += [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
    return found + [o for c in infinitives if (o := _slipped_label(c)) is not None]


def _slipped_label(clause: Any) -> Any | None:
    """The label the parser made a second object of an infinitive ("to arm Ukraine a
    provocation"): the last of two objects, an indefinite noun phrase."""
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
        return None
    objects = [o for o in clause.children if o.dep_ in ("dobj", "dative")]
    if len(objects) < 2:
        return None
    last = objects[-1]
    indefinite = any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in last.children)
    return last if indefinite else None


def _label_word(noun: Any, verdicts: set[str], heads: set[str]) -> bool:
    """The label says the verdict: its own word, its adjective ("an illegal act") or, after
    a head such as "act", the noun after "of" ("an act of aggression")."""
    if word_in(noun, verdicts):
        return True
    for child in noun.children:
        if child.dep_ == "amod" and word_in(child, verdicts):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and noun.lemma_.lower() in heads
            and any(p.dep_ == "pobj" and word_in(p, verdicts) for p in child.children)
        ):
            return True
    return False


def _what_called(
    ctx: ArticleContext, para: Paragraph, verb: Any, words: dict[str, list[str]]
) -> Iterator[Draft]:
    """ "to address what he called Iran's 'destabilizing activities'", "criticised what he
    called a smear campaign by the rebels", "what he described as Iran's aggression" (the
    name after "as"): the speaker's name for an act is the verdict, and the act's doer (its
    owner or its "by" agent) is accused. The name must be a disparaging word or a negative
    verdict (``evaluations``), itself or as its modifier."""
    matrix = ctx.lx.triggers.match(verb.head) if verb.head.i != verb.i else None
    if matrix is not None and matrix.predicate is Predicate.CRITICIZED:
        return  # "rejected what it called ...": the verb above is the criticism itself
    verdicts = {*words["disparaging"], *ctx.cues["evaluations"]["negative"]}
    named = [c for c in verb.children if c.dep_ in ("oprd", "dobj", "xcomp")]
    # "what he described as a smear campaign by the rebels": the name after "as"
    named += prep_objects(verb, ("as",))
    acts = [
        c
        for c in named
        if c.lower_ != "what"
        and c.pos_ == "NOUN"
        and (
            word_in(c, verdicts)
            or any(
                m.dep_ in ("amod", "compound", "nmod") and word_in(m, verdicts) for m in c.children
            )
        )
    ]
    if not acts:
        return
    trigger = stance_trigger(verb, Predicate.CRITICIZED, "111")
    targets = [e for a in acts for e in owners_of(ctx, para, a, trigger)]
    speakers = [s for s in subjects_of(ctx, para, verb) if s not in targets]
    yield from emit(ctx, para, verb, verb, trigger, speakers, targets, confidence=0.8)


def _slipped(verb: Any, verdicts: set[str]) -> list[tuple[Any, Any]]:
    """The named one and the verdict where the parser made the object's complement a
    modifier: "called Tokyo's remarks irresponsible" (the adjective after its noun, both
    read as one predicate noun) or "called Tokyo irresponsible" (the name a compound of the
    adjective read as a noun)."""
    found = []
    for noun in verb.children:
        if noun.dep_ not in ("dobj", "oprd"):
            continue
        for adjective in noun.children:
            if adjective.dep_ == "amod" and adjective.i > noun.i and word_in(adjective, verdicts):
                found.append((noun, adjective))  # an attributive adjective comes first
        if noun.dep_ == "oprd" and word_in(noun, verdicts):
            found += [
                (c, noun)
                for c in noun.children
                if c.dep_ == "compound"
                # "called Kiev's claims groundless": the owned noun read as a compound
                and (c.pos_ == "PROPN" or any(k.dep_ == "poss" for k in c.children))
            ]
    return found


def word_in(token: Any, words: set[str]) -> bool:
    """The word is one of ``words`` as lemma or as written ("fabricated", "motivated")."""
    return token.lemma_.lower() in words or token.lower_ in words


def _named(
    ctx: ArticleContext,
    para: Paragraph,
    verb: Any,
    named: list[Any],
    trigger: Trigger,
    agents: list[str],
    labels: list[Any],
) -> Iterator[Draft]:
    targets = [
        e
        for n in named
        for e in (actors_of(ctx, para, n) or act_doers(ctx, para, n, trigger))
        if e not in agents
    ] or [
        # "X launched a crackdown, a move described by Y as illegal": the participle's own
        # agent is no owner of the act it names (``owners_of`` reads "a ban imposed by Y")
        e
        for n in named
        for e in clause_act_doers(ctx, para, n, trigger, stance=verb)
        if e not in agents
    ]
    if not targets:
        # "called the case a conspiracy by Uganda": with no one named, the doer
        # the label itself names after "by" is accused (crit37)
        targets = [
            e
            for label in labels
            for prep in label.children
            if prep.dep_ == "prep" and prep.lower_ == "by"
            for p in prep.children
            if p.dep_ == "pobj"
            for e in actors_of(ctx, para, p)
        ]
    speakers = [s for s in agents or subjects_of(ctx, para, verb) if s not in targets]
    if not targets and trigger.predicate is Predicate.CRITICIZED:
        # "dismissed the coup as a joke", "dismissed the news of the coup as 'a joke'": an
        # event of the article named with no doer is what is disparaged (crit43)
        events = [
            e
            for n in named
            for m in [n, *_news_of(ctx, n)]
            for e in ctx.ents(para, m)
            if ctx.etype_is(e, EntityType.EVENT)
        ]
        speakers = [s for s in speakers if ctx.etype_in(s, ACTOR_TYPES)]
        status = qualifiers.status(ctx, verb, verb)
        date = qualifiers.date(ctx, para, verb, verb, status)
        yield from ctx.pair_drafts(
            para, verb, speakers, trigger.predicate, events, status=status, date=date, cameo="111"
        )
        return
    yield from emit(ctx, para, verb, verb, trigger, speakers, targets, confidence=0.8)


def _news_of(ctx: ArticleContext, noun: Any) -> list[Any]:
    """The event that "the news of" or "reports of" names (``verdict_words.news_nouns``)."""
    if noun.lemma_.lower() not in ctx.cues["verdict_words"]["news_nouns"]:
        return []
    return [
        p
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def _as_phrases(verb: Any) -> list[Any]:
    """The objects of "as" on a naming verb or on its object ("described X as Y")."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    preps += [
        p
        for c in verb.children
        if c.dep_ == "dobj"
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "as"
    ]
    # "described the arrest as arbitrary": the parser may hang the adjective on "as"
    found = [p for prep in preps for p in prep.children if p.dep_ in ("pobj", "amod", "acomp")]
    # ... or make "as fabricated" a clause of its own, on the verb or on its object's
    # participle ("dismissed the charges brought by X as politically motivated")
    clauses = [c for c in verb.children if c.dep_ == "advcl"] + [
        a
        for c in verb.children
        if c.dep_ == "dobj"
        for p in c.children
        if p.dep_ == "acl"
        for a in p.children
        if a.dep_ == "advcl"
    ]
    return found + [
        c
        for c in clauses
        if any(m.lower_ == "as" and m.dep_ in ("mark", "advmod") for m in c.children)
    ]


def act_doers(ctx: ArticleContext, para: Paragraph, noun: Any, trigger: Trigger) -> list[str]:
    """Who did a named act: its owner when the owner acts ("the court's ruling"); when the
    act befell its owner ("Salman's detention") or has none, the doer of the act the sentence
    before tells ("Russia banned imports. ... the move"), else the state the article is about
    when the act is one only a state does (a detention, a sentence, a ban)."""
    act = ctx.lx.triggers.match(noun)
    befell = act is not None and (act.owner_is_object or "poss" in act.object)
    if not befell:
        owners = owners_of(ctx, para, noun, trigger)
        if owners:
            return owners
    earlier = earlier_doers(ctx, para, noun) or latest_doers(ctx, para, noun)
    if earlier:
        return earlier  # "Russia banned imports. The EU called the move illegal"
    if noun.lemma_.lower() not in ctx.cues["state_acts"]:
        return []  # "described the attack as cowardly": an attack is no state's by default
    country = main_country(ctx)
    return [] if country is None else [country]
