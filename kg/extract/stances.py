"""Stances said without a trigger's own arguments: support and criticism that journalists put in
a phrase ("fighting in support of X", "with the backing of X"), a reply ("while Y hit back"), an
act that angers someone ("X's decision angered Y", "Y was irked by X"),
help sent, an accusation traded or a call for more; verdicts on someone ("held X responsible",
"branded X terrorists") start here and are read by ``kg/extract/verdicts.py``, terror
designations ("designated X a terrorist group") by ``kg/extract/designations.py``. Words are data
(``kg/data/en/cues.json``); the claims go through the interaction rules' emitter.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.act_antecedents import earlier_doers
from kg.extract.assaults import armed
from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.designations import designation
from kg.extract.interactions import actors_of, emit, owners_of, passive_agents, subjects_of
from kg.extract.reproaches import demands_undoing
from kg.extract.stance_holders import drawn_givers
from kg.extract.verdicts import act_doers, naming, stance_trigger, verdict
from kg.lexicon import Lexicon, Trigger
from kg.vocab import EntityType, Predicate, Status


def stances(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Claims of support and criticism from stance phrases, replies and verdicts."""
    phrases = ctx.cues["stance_phrases"]
    retorts = ctx.cues["retort_verbs"]
    verdicts = ctx.cues["verdict_words"]
    received = ctx.cues["received_stances"]
    designating = ctx.cues["terror_designations"]["verbs"]
    lowers, lemmas, poses, deps, heads = para.lowers, para.lemmas, para.poses, para.deps, para.heads
    tokens = para.tokens
    for i in para.hits(ctx.word_set(cue_words)):  # every rule below starts from one of these
        token = tokens[i]
        # each attribute read once, from the paragraph's columns (``Paragraph.columns``)
        lower, lemma, pos, dep = lowers[i], lemmas[i], poses[i], deps[i]
        if dep == "prep" and lower in phrases:
            yield from _phrase(ctx, para, token, phrases[lower])
        elif dep == "prep" and lower in received["frames"]:
            yield from _received(ctx, para, token, received)
        elif dep == "dobj" and lemma in received["drawn_nouns"]:
            yield from _drawn(ctx, para, token, received["drawn_nouns"][lemma] == "of")
        elif pos == "VERB" and lemma in received["vexing_verbs"]:
            yield from _vexed(ctx, para, token, lemma in received["vexing_acts_only"])
        elif pos == "VERB" and lemma in retorts:
            yield from _retort(ctx, para, token, retorts[lemma])
        elif (
            lower in verdicts["responsible"]
            or lemma in verdicts["blame"]
            or (lower in verdicts["more"] and dep == "dobj")
            or (lower in verdicts["culprit_preps"] and dep == "prep")
        ):
            yield from verdict(ctx, para, token, verdicts)
        elif pos == "VERB" and (
            lemma in verdicts["naming"]
            or lemma in verdicts["naming_as"]
            or lemma in verdicts["regarding"]
        ):
            yield from naming(ctx, para, token, verdicts)
        elif pos == "VERB" and lemma in designating:
            yield from designation(ctx, para, token)
        if (
            dep == "xcomp"
            and lemma in verdicts["more_verbs"]
            and lemmas[heads[i]] in verdicts["urging"]
        ):
            yield from _urged_more(ctx, para, token)
        if lower in verdicts["more"] and dep == "advmod":
            # "called on X to speak more publicly", "urged X to be more transparent" (crit46)
            asked = _more_of(token)
            if (
                asked is not None
                and asked.lemma_.lower() not in verdicts["more_verbs"]
                and asked.head.lemma_.lower() in verdicts["urging"]
            ):
                yield from _urged_more(ctx, para, asked)
        if pos == "VERB" and lemma in ctx.cues["relief_senders"]:
            yield from _relief(ctx, para, token)
        if pos == "NOUN" and lemma in ctx.cues["brought_charges"]["nouns"]:
            yield from _brought(ctx, para, token)
        if pos == "NOUN" and lemma in ctx.cues["candidacy"]["nouns"]:
            yield from _candidacy(ctx, para, token)
        elif pos == "NOUN" and lemma in ctx.cues["counsel_nouns"]["words"]:
            yield from _counsel(ctx, para, token)
        if lower in ctx.cues["reciprocal_pronouns"] and dep in ("dobj", "pobj"):
            yield from _each_other(ctx, para, token)
        elif lemma in ctx.cues["reciprocal_nouns"] and dep == "dobj":
            yield from _traded(ctx, para, token)


def cue_words(lx: Lexicon) -> Iterator[str]:
    """The words one of which a token must be (as lemma or lower-cased form) for a rule of
    ``stances`` to start from it: every list its loop tests."""
    cues = lx.cues
    verdicts = cues["verdict_words"]
    yield from cues["stance_phrases"]
    yield from cues["received_stances"]["frames"]
    yield from cues["received_stances"]["drawn_nouns"]
    yield from cues["received_stances"]["vexing_verbs"]
    yield from cues["retort_verbs"]
    for key in (
        "responsible",
        "blame",
        "more",
        "naming",
        "naming_as",
        "regarding",
        "more_verbs",
        "culprit_preps",
    ):
        yield from verdicts[key]
    yield from cues["terror_designations"]["verbs"]
    yield from cues["relief_senders"]
    yield from cues["brought_charges"]["nouns"]
    yield from cues["candidacy"]["nouns"]
    yield from cues["counsel_nouns"]["words"]
    yield from cues["reciprocal_pronouns"]
    yield from cues["reciprocal_nouns"]


def _phrase(
    ctx: ArticleContext, para: Paragraph, prep: Any, nouns: dict[str, list[str]]
) -> Iterator[Draft]:
    """ "fighting in support of Assad's government": the doer supports the object of "of";
    "retook the town with the backing of US jets": the object supports the doer."""
    for noun in prep.children:
        entry = nouns.get(noun.lemma_.lower()) if noun.dep_ == "pobj" else None
        if entry is None or any(c.dep_ in ("poss", "amod", "compound") for c in noun.children):
            continue  # "in its support of", "with Russian support": the owner is the backer
        word, direction, cameo = entry
        named = [
            e
            for inner in noun.children
            # "with help from Saudi Arabia" names the helper as "with the help of" does
            if inner.dep_ == "prep"
            and (inner.lower_ == word or (direction == "object" and inner.lower_ == "from"))
            for p in inner.children
            if p.dep_ == "pobj"
            for e in actors_of(ctx, para, p)
        ]
        governor = prep.head
        if direction == "object" and governor.dep_ == "dobj" and governor.pos_ == "NOUN":
            # "quelled an uprising with help from X": the parser hangs the phrase on the
            # object; the help is the verb's
            governor = governor.head
        if not named or governor.pos_ not in ("VERB", "AUX"):
            continue
        doers = subjects_of(ctx, para, governor)
        subjects, objects = (doers, named) if direction == "doer" else (named, doers)
        trigger = stance_trigger(noun, Predicate.SUPPORTED, cameo)
        yield from emit(ctx, para, noun, governor, trigger, subjects, objects, confidence=0.8)


def _received(
    ctx: ArticleContext, para: Paragraph, prep: Any, words: dict[str, Any]
) -> Iterator[Draft]:
    """ "Under fire from the White House, he tried to ...", "Despite criticism from rights
    groups, the assembly passed the bill", "came under fire from X": the "from" phrase gives
    the stance, and it falls on the subject of the clause the frame hangs on. "X is under
    investigation by Y", "officials under investigation by Y": an investigation's giver is
    its "by" phrase, and under "under" it may fall on the noun the frame hangs on; "under
    pressure from Y to step down" is a demand that reproaches X, bare pressure is none."""
    governor = prep.head
    on_noun = prep.lower_ == "under" and governor.pos_ in ("NOUN", "PROPN")
    if governor.pos_ not in ("VERB", "AUX") and not on_noun:
        return
    for noun in prep.children:
        lemma = noun.lemma_.lower()
        entry = words["nouns"].get(lemma) if noun.dep_ == "pobj" else None
        if entry is None:
            continue
        if lemma in words["undo_only"] and not any(
            c.dep_ in ("acl", "xcomp") and demands_undoing(ctx, para, c) for c in noun.children
        ):
            continue  # "under pressure from the IMF (to cut spending)": a request, no reproach
        preps = words["giver_preps"].get(lemma, ("from",))
        # "came under fire from X": the parser may hang the "from" on the verb
        froms = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps]
        if not froms and prep.lower_ == "under":
            froms = [c for c in governor.children if c.dep_ == "prep" and c.lower_ in preps]
        givers = [
            e
            for f in froms
            for p in f.children
            if p.dep_ == "pobj"
            for e in actors_of(ctx, para, p)
        ]
        owners = actors_of(ctx, para, governor) if on_noun else subjects_of(ctx, para, governor)
        targets = [t for t in owners if t not in givers]
        if lemma in words["person_only"] and not (
            all(ctx.etype_is(t, EntityType.PERSON) for t in targets)
            and all(
                ctx.etype_in(g, (EntityType.PERSON, EntityType.ORGANIZATION)) and not armed(ctx, g)
                for g in givers
            )
        ):
            continue  # "the convoy came under fire from rebels", "from Hezbollah": shots
        predicate, cameo = entry
        trigger = stance_trigger(noun, Predicate(predicate), cameo)
        yield from emit(ctx, para, noun, governor, trigger, givers, targets, confidence=0.7)


def _drawn(ctx: ArticleContext, para: Paragraph, noun: Any, feeling: bool) -> Iterator[Draft]:
    """ "Maduro drew the ire of Colombia" ("drew Colombia's ire", "drew ire from Colombia",
    "the ruling triggered an uproar among rights groups"),
    "the decision drew the EU's condemnation": the giver criticises the subject, or the doer of
    the subject's act ("drew criticism from X" is the trigger's own reading; ``feeling``: the
    noun's "of" names the giver, as a criticism noun's does not: "drew criticism of its
    policy")."""
    verb = noun.head
    if verb.lemma_.lower() not in ctx.cues["reaction_verbs"]:
        return
    own = ctx.lx.triggers.match(noun)
    # "sparked anger among the Kurds": a feeling's "among" names those who feel it; "from"
    # only where the noun is no trigger whose own reading has it
    preps = (("of", "among") if feeling else ()) + (("from",) if own is None else ())
    hung = (("from", "among") if feeling else ("from",)) if own is None else ()
    givers = drawn_givers(ctx, para, noun, preps, hung)
    if not givers:
        return
    targets = subjects_of(ctx, para, verb)
    if not targets:
        acts = ctx.cues["evaluations"]["act_nouns"]
        judged = Trigger("evaluate", "VERB", Predicate.CRITICIZED, "111")
        causes = [s for s in verb.children if s.dep_ == "nsubj"]
        targets = [
            e
            for s in causes
            if ctx.lx.triggers.match(s) is not None or s.lemma_.lower() in acts
            for e in owners_of(ctx, para, s, judged)
        ] or [e for s in causes for e in earlier_doers(ctx, para, s)]
    targets = [t for t in targets if t not in givers]
    trigger = stance_trigger(noun, Predicate.CRITICIZED, "111")
    yield from emit(ctx, para, noun, verb, trigger, givers, targets, confidence=0.7)


def _brought(ctx: ArticleContext, para: Paragraph, noun: Any) -> Iterator[Draft]:
    """ "arrested six FIFA officials on charges brought by the United States", "dismissed the
    corruption charge, first brought by a rival politician": a charge noun whose participle is
    one of its light verbs (the trigger lexicon's "bring charges", "file a lawsuit") names its
    bringer with "by"; the bringer charges, as the lexicon reads the noun under that verb, the
    one charged (``_charged``)."""
    words = ctx.cues["brought_charges"]
    for participle in (*noun.children, *_slipped_participles(noun)):
        if participle.dep_ not in ("acl", "advcl") or participle.tag_ != "VBN":
            continue
        light = participle.lemma_.lower()
        trigger = next(
            (
                t
                for t in ctx.lx.triggers.candidates(noun.lemma_.lower(), "NOUN")
                if t.light is not None and light in t.light
            ),
            None,
        )
        bringers = passive_agents(ctx, para, participle) if trigger is not None else []
        if trigger is None or not bringers:
            continue
        charged = [e for e in _charged(ctx, para, noun, participle, words) if e not in bringers]
        yield from emit(ctx, para, noun, participle, trigger, bringers, charged, confidence=0.7)


def _slipped_participles(noun: Any) -> list[Any]:
    """A participle set off by a comma right after a verb's object that the parser hung on
    the verb ("dismissed the charge, first brought by X, as ..."): it still describes the
    object."""
    if noun.dep_ != "dobj":
        return []
    end = noun.right_edge.i
    return [
        c
        for c in noun.head.children
        if c.dep_ == "advcl"
        and c.i > end
        and all(t.is_punct for t in noun.doc[end + 1 : c.left_edge.i])
        and c.left_edge.i - end <= 2
    ]


def _charged(
    ctx: ArticleContext, para: Paragraph, noun: Any, participle: Any, words: dict[str, Any]
) -> list[str]:
    """Who a brought charge is against: the "against" object of the noun or its participle;
    else the one held on it ("arrested X on charges", "X was detained on charges": the object
    or passive subject of the verb the ``grounds_preps`` phrase hangs on); else the subject of
    an ``answering_verbs`` verb whose object the charge is ("Y dismissed the charge")."""
    against = [
        e
        for n in (noun, participle)
        for p in prep_objects(n, ("against",))
        for e in actors_of(ctx, para, p)
    ]
    if against:
        return against
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in words["grounds_preps"] and head.head.pos_ == "VERB":
        return [
            e
            for c in head.head.children
            if c.dep_ in ("dobj", "nsubjpass")
            for e in actors_of(ctx, para, c)
        ]
    if noun.dep_ == "dobj" and head.lemma_.lower() in words["answering_verbs"]:
        return subjects_of(ctx, para, head)
    return []


def _vexed(ctx: ArticleContext, para: Paragraph, verb: Any, acts_only: bool) -> Iterator[Draft]:
    """ "India's decision angered Pakistan", "the move has upset many, including the tribal
    elders", "Beijing has been irked by Modi's decision": the one angered criticises the one
    who angers, or the doer of the act that does ("the decision" with no owner: the state the
    article is about, as for a named act). ``acts_only``: a verb that also means beating a
    rival ("upset the favourite") angers only as an act's ("the decision upset X")."""
    kids = list(verb.children)
    felt = [c for c in kids if c.dep_ == "dobj"]
    causes = [c for c in kids if c.dep_ == "nsubj"]
    if not felt:
        # "Beijing has been irked by Modi's decision": the passive's subject feels it, the
        # "by" phrase angers
        felt = [c for c in kids if c.dep_ == "nsubjpass"]
        if not felt and verb.dep_ == "acomp":
            # "he was deeply alarmed by X": the parser makes the participle the copula's
            felt = [c for c in verb.head.children if c.dep_ == "nsubj"]
        # (the parser may read that "by" as a plain preposition)
        causes = prep_objects(verb, ("by",)) + [
            p for a in kids if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
        ]
    trigger = stance_trigger(verb, Predicate.CRITICIZED, "111")
    feelers = [e for f in felt for e in actors_of(ctx, para, f)]
    targets: list[str] = []
    for cause in causes:
        named = [] if acts_only else actors_of(ctx, para, cause)
        targets += named or act_doers(ctx, para, cause, trigger)
    targets = [t for t in dict.fromkeys(targets) if t not in feelers]
    if feelers and targets:
        yield from emit(ctx, para, verb, verb, trigger, feelers, targets, confidence=0.7)


def _retort(
    ctx: ArticleContext, para: Paragraph, verb: Any, particle: str | None
) -> Iterator[Draft]:
    """ "Abe insisted the plan was the only solution, while Onaga hit back, saying ...": a
    spoken reply with no object of its own criticises the speaker of the clause it answers."""
    if particle is not None and not any(
        c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == particle) for c in verb.children
    ):
        return
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "prep") for c in kids if c.lower_ != particle):
        return  # "hit back at X" is a trigger of its own; "hit back with air strikes" is no reply
    speech = ctx.cues["speech_verbs"]
    saying = {*speech, *ctx.cues["reply_speech_verbs"]}
    # the reply is spoken: "hit back, saying ..." / "calling it a betrayal" (the parser may
    # hang the participle on the clause above); "hit back with air strikes" is not
    after = [c for c in verb.head.children if c.i > verb.i] if verb.dep_ != "ROOT" else []
    spoken = particle is None or any(
        c.dep_ in ("advcl", "xcomp", "ccomp") and c.lemma_.lower() in saying
        for c in (*kids, *after)
    )
    if not spoken:
        return
    own = subjects_of(ctx, para, verb)
    node = verb
    for _ in range(3):
        if node.dep_ not in ("advcl", "conj", "ccomp") or node.head.i == node.i:
            return
        node = node.head
        if node.lemma_.lower() in speech:
            answered = [
                e for c in node.children if c.dep_ == "nsubj" for e in actors_of(ctx, para, c)
            ]
            answered = [e for e in answered if e not in own]
            if answered:
                trigger = stance_trigger(verb, Predicate.CRITICIZED, "111")
                yield from emit(ctx, para, verb, verb, trigger, own, answered, confidence=0.8)
            return


def _candidacy(ctx: ArticleContext, para: Paragraph, noun: Any) -> Iterator[Draft]:
    """ "the ruling party made Nkurunziza its presidential candidate", "the party nominated X
    as its candidate": who chooses someone as their own candidate backs them."""
    if any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children):
        return  # "named X as Labour's candidate": another's candidate
    if noun.dep_ in ("ccomp", "xcomp", "oprd"):
        # "made X its candidate": the parser makes the chosen the noun's subject
        verb = noun.head
        chosen = [c for c in noun.children if c.dep_ == "nsubj"]
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.dep_ == "prep":
        verb = noun.head.head
        chosen = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        return
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.cues["candidacy"]["verbs"]:
        return
    objects = [e for c in chosen for e in actors_of(ctx, para, c)]
    trigger = stance_trigger(noun, Predicate.SUPPORTED, "051")
    yield from emit(
        ctx, para, noun, verb, trigger, subjects_of(ctx, para, verb), objects, confidence=0.8
    )


def _counsel(ctx: ArticleContext, para: Paragraph, noun: Any) -> Iterator[Draft]:
    """ "Salman's lawyer, Hassan Radhi, said", "Osama al-Helw, Morsi's lawyer": the lawyer
    named beside the title defends the person who owns it."""
    persons = (EntityType.PERSON,)
    clients = [
        e
        for c in noun.children
        if c.dep_ == "poss"
        for e in actors_of(ctx, para, c)
        if ctx.etype_in(e, persons)
    ]
    named = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "appos":
        named.append(noun.head)
    lawyers = [
        e for n in named for e in ctx.ents(para, n) if ctx.etype_in(e, persons) and e not in clients
    ]
    span = ctx.sentence_span(para, noun)
    # a standing tie, told as a fact whatever the clause's mood ("would live with his lawyer
    # X"): occurred, undated
    for lawyer in dict.fromkeys(lawyers):
        for client in dict.fromkeys(clients):
            yield Draft(
                lawyer,
                Predicate.SUPPORTED,
                client,
                Status.OCCURRED,
                None,
                None,
                None,
                "050",
                span,
                0.8,
            )


def _relief(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "Malaysia sent four navy ships to look for stranded migrants", "Italy deployed
    helicopters to rescue the climbers": sending means to help someone is aid to them."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return
    purposes = ctx.cues["relief_purposes"]
    for purpose in verb.children:
        if purpose.dep_ not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children
        ):
            continue
        word = purpose.lemma_.lower()
        if word in purposes["direct"]:
            helped = [c for c in purpose.children if c.dep_ == "dobj"] or [
                # "sent advisers to help the army retake the town": the one helped to act
                s
                for clause in purpose.children
                if clause.dep_ in ("ccomp", "xcomp") and clause.pos_ == "VERB"
                for s in clause.children
                if s.dep_ == "nsubj"
            ]
        elif word in purposes["search"]:
            # "look for stranded migrants": only people in distress are helped by a search
            helped = [
                p
                for prep in purpose.children
                if prep.dep_ == "prep" and prep.lower_ == "for"
                for p in prep.children
                if p.dep_ == "pobj"
                and any(a.dep_ == "amod" and a.lower_ in purposes["distress"] for a in p.children)
            ]
        else:
            continue
        objects = [e for h in helped for e in actors_of(ctx, para, h)]
        # troops, jets or military experts sent to help are military aid (CAMEO 072), the
        # rest humanitarian (073)
        military = any(
            c.dep_ == "dobj"
            and (
                c.lemma_.lower() in ctx.cues["force_nouns"]
                or any(a.lower_ in purposes["military"] for a in c.children if a.dep_ == "amod")
            )
            for c in verb.children
        )
        trigger = stance_trigger(verb, Predicate.SUPPORTED, "072" if military else "073")
        subjects = subjects_of(ctx, para, verb)
        yield from emit(ctx, para, verb, verb, trigger, subjects, objects, confidence=0.8)


_RECIPROCAL = frozenset(
    {Predicate.CRITICIZED, Predicate.THREATENED, Predicate.SUPPORTED, Predicate.ATTACKED}
)


def _both_ways(
    ctx: ArticleContext, para: Paragraph, anchor: Any, trigger: Trigger, sides: list[str]
) -> Iterator[Draft]:
    """One claim each way between every two sides ("accused each other")."""
    for side in sides:
        others = [o for o in sides if o != side]
        yield from emit(ctx, para, anchor, anchor, trigger, [side], others, confidence=0.8)


def _each_other(ctx: ArticleContext, para: Paragraph, other: Any) -> Iterator[Draft]:
    """ "Turkey and Greece accused each other of violating the ceasefire"."""
    if not any(c.lower_ in ("each", "one") for c in other.children):
        return
    verb = other.head if other.dep_ == "dobj" else other.head.head
    trigger = ctx.lx.triggers.match(verb) if verb.pos_ == "VERB" else None
    if trigger is None or trigger.predicate not in _RECIPROCAL:
        return
    sides = list(dict.fromkeys(subjects_of(ctx, para, verb)))
    if len(sides) > 1:
        yield from _both_ways(ctx, para, verb, trigger, sides)


def _traded(ctx: ArticleContext, para: Paragraph, noun: Any) -> Iterator[Draft]:
    """ "Turkey and Germany traded accusations": each side made them against the other."""
    verb = noun.head
    if verb.lemma_.lower() not in ctx.cues["reciprocal_verbs"]:
        return
    predicate, cameo = ctx.cues["reciprocal_nouns"][noun.lemma_.lower()]
    sides = list(dict.fromkeys(subjects_of(ctx, para, verb)))
    sides += [
        e
        for prep in (*verb.children, *noun.children)
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for p in prep.children
        if p.dep_ == "pobj"
        for e in actors_of(ctx, para, p)
    ]
    if len(set(sides)) > 1:
        trigger = stance_trigger(noun, Predicate(predicate), cameo)
        yield from _both_ways(ctx, para, verb, trigger, list(dict.fromkeys(sides)))


def _more_of(more: Any) -> Any | None:
    """The asked-for act an adverb "more" says should be more: the "to" verb it modifies, or
    the verb of the adverb or adjective it modifies ("to speak more publicly", "to be more
    transparent"); None when that is no verb asked for."""
    node = more.head
    if node.pos_ in ("ADV", "ADJ") and node.dep_ in ("advmod", "acomp"):
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") and node.dep_ == "xcomp" else None


def _urged_more(ctx: ArticleContext, para: Paragraph, act: Any) -> Iterator[Draft]:
    """ "urged Myanmar to increase its involvement", "called on Greece to step up its efforts":
    asking someone for more says what they do falls short (besides the request itself)."""
    if act.lemma_.lower() == "do" and not any(c.lower_ == "more" for c in act.children):
        return
    verb = act.head
    urged = [c for c in verb.children if c.dep_ == "dobj"] + [
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "on"
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    targets = [e for u in urged for e in actors_of(ctx, para, u)]
    speakers = [s for s in subjects_of(ctx, para, verb) if s not in targets]
    trigger = stance_trigger(verb, Predicate.CRITICIZED, "111")
    yield from emit(ctx, para, verb, verb, trigger, speakers, targets, confidence=0.65)
