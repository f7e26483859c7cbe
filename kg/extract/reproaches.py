"""Reproaches: a demand that an actor stop or undo what it does ("Amnesty called on Bahrain to
release X", "Washington urged Moscow to stop arming ...", "protesters calling for her
resignation", "called for Assad to step down", "demanded that Kabila step down") or that it be
punished ("called for the prosecution of X", "urged the EU to impose sanctions on X", crit62)
disapproves of that actor -> criticized (CAMEO 110, PLOVER ACCUSE), beside the request the
trigger lexicon finds. A demand to act ("urged Kenya to hold elections") is no
reproach. Words: ``reproaches`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from kg.extract import nominal_protests, qualifiers
from kg.extract.context import (
    ArticleContext,
    Draft,
    Paragraph,
    clause_subjects,
    cue_words,
    prep_objects,
)
from kg.extract.interactions import actors_of
from kg.lexicon import Lexicon
from kg.resolve.resolver import ACTOR_TYPES, PLACE_TYPES
from kg.vocab import EntityType, Predicate, Status

_CAMEO = "110"  # disapprove
_ENDORSE = "051"  # praise or endorse
_RELEASED = frozenset({EntityType.PERSON, EntityType.GROUP})
# what a demand to punish may already be told as, the maker's own proposed act
_SANCTIONS = frozenset({Predicate.SANCTIONED, Predicate.COERCED})


@dataclass(frozen=True, slots=True)
class ReproachWords:
    """The word lists of ``reproaches`` in ``kg/data/en/cues.json``."""

    verbs: dict[str, tuple[str, ...]]  # request verb -> prepositions naming the addressee
    undo: frozenset[str]
    leaving_nouns: frozenset[str]
    release_verbs: frozenset[str]
    cease_verbs: frozenset[str]
    speech: frozenset[str]
    obligation: frozenset[str]
    undo_particles: dict[str, list[str]]
    release_nouns: frozenset[str]
    practice_nouns: frozenset[str]
    mandative: frozenset[str]
    demand_nouns: frozenset[str]
    making_verbs: frozenset[str]
    work_nouns: frozenset[str]
    admit_verbs: frozenset[str]
    punishing_nouns: dict[str, list[str]]  # noun -> where the one punished stands
    punishing_verbs: frozenset[str]


def reproach_words(ctx: ArticleContext) -> ReproachWords:
    """The reproach word lists (``reproaches`` of ``kg/data/en/cues.json``), read once per
    lexicon (not again for each paragraph)."""
    return ctx.prepared(_reproach_words)


def _reproach_words(lx: Lexicon) -> ReproachWords:
    data = lx.cues["reproaches"]
    words = cue_words(ReproachWords, data)
    return replace(words, verbs={v: tuple(p.split()) for v, p in data["verbs"].items()})


def _start_words(lx: Lexicon) -> Iterator[str]:
    """The words every demand below starts from: its nouns, request verbs and speech verbs."""
    words = _reproach_words(lx)
    yield from words.demand_nouns
    yield from words.verbs
    yield from words.speech


def reproaches(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """criticized claims from demands that their addressee stop, undo or leave; supported
    claims for the ones a demand would set free."""
    words = reproach_words(ctx)
    lemmas, poses, tokens = para.lemmas, para.poses, para.tokens
    for i in para.hits(ctx.word_set(_start_words)):  # (the tokens the tests below can pass)
        verb = tokens[i]
        lemma = lemmas[i]
        if poses[verb.i] == "NOUN" and lemma in words.demand_nouns:
            yield from _noun_demand(ctx, para, verb, words)
            continue
        if poses[verb.i] != "VERB":
            continue
        if lemma in words.verbs:
            addressees = (
                _undoers(ctx, para, verb, words)
                + _leavers(verb, words)
                + _enders(verb, words)
                + _mandated(ctx, para, verb, words)
            )
            punished = _punished(verb, words)
            requesters = _requesters(ctx, para, verb)
        elif lemma in words.speech:
            # "insisted the army must withdraw", "said Iran should release them": the clause's
            # subject is the one asked to undo
            addressees = _obliged(ctx, para, verb, words) + _mandated(ctx, para, verb, words)
            punished = []
            requesters = clause_subjects(verb)
        else:
            continue
        # "called on Bahrain to release Salman", "pressed for the release of X": who asks
        # for someone's freedom backs them
        released = _released(verb, words) if addressees or lemma in words.verbs else []
        if not addressees and not released and not punished:
            continue
        # (a count stands for the ones counted: "thousands of Guatemalans demanded ...")
        subjects = [e for s in requesters for e in actors_of(ctx, para, s)]
        subjects = [e for e in dict.fromkeys(subjects) if ctx.etype_in(e, ACTOR_TYPES)]
        anchor = verb
        if not subjects and (addressees or punished):
            # "the demonstrations aimed to pressure Tokyo to halt ...": the article's
            # protesters make the demand their protest makes (crit43), with the protest's
            # status and date (the aim was the protest's, which took place)
            aimed = requesters or _aimed(verb)
            subjects = nominal_protests.protest_holders(ctx, para, aimed)
            if subjects and len(aimed) == 1:
                anchor = aimed[0]
        if subjects:
            yield from _claims(ctx, para, verb, subjects, addressees, released, anchor, punished)


def _claims(
    ctx: ArticleContext,
    para: Paragraph,
    verb: Any,
    subjects: list[str],
    addressees: list[Any],
    released: list[Any],
    anchor: Any = None,
    punished: list[Any] | None = None,
) -> Iterator[Draft]:
    """The demand's claims: its makers criticise the addressees and the ones it would have
    punished, and support the ones it would set free (not a state: "to release Kenya's
    funds"); status and date are the anchor's (the verb's, or the protest noun whose aim the
    demand is). One to be punished whom the sentence already tells as the maker's own
    proposed sanction ("called for the arrest of X": the maker sanctioned X, proposed) is
    not told again as criticism."""
    span = ctx.sentence_span(para, verb)
    proposed = {
        c.object
        for c in ctx.claims
        if c.sentence == span and c.predicate in _SANCTIONS and c.subject in subjects
    }
    objects = [e for a in addressees for e in ctx.ents(para, a)]
    objects += [e for p in punished or () for e in ctx.ents(para, p) if e not in proposed]
    objects = [e for e in dict.fromkeys(objects) if ctx.etype_in(e, ACTOR_TYPES)]
    freed = [e for r in released for e in ctx.ents(para, r)]
    freed = [e for e in dict.fromkeys(freed) if ctx.etype_in(e, _RELEASED) and e not in objects]
    if not objects and not freed:
        return
    made = {
        (c.subject, c.predicate, c.object)
        for c in ctx.claims
        if c.sentence == span and c.predicate in (Predicate.CRITICIZED, Predicate.SUPPORTED)
    }
    anchor = verb if anchor is None else anchor
    status = qualifiers.status(ctx, anchor, anchor)
    if status is Status.PROPOSED:
        status = Status.OCCURRED  # the act asked for is proposed; the demand was made
    date = qualifiers.date(ctx, para, anchor, anchor, status)
    pairs = [(o, Predicate.CRITICIZED, _CAMEO) for o in objects]
    pairs += [(o, Predicate.SUPPORTED, _ENDORSE) for o in freed]
    for subject in subjects:
        for obj, predicate, cameo in pairs:
            if subject == obj or (subject, predicate, obj) in made:
                continue
            draft = ctx.draft(para, verb, subject, predicate, obj, 0.7)
            yield replace(draft, status=status, date=date, cameo=cameo)


def _noun_demand(
    ctx: ArticleContext, para: Paragraph, noun: Any, words: ReproachWords
) -> Iterator[Draft]:
    """A demand written as a noun that asks for someone's freedom: "calls for his release from
    Amnesty", "the UN's appeal for the release of X", "Amnesty renewed its call for X's
    release", "joined calls for clemency for X" -> its makers support the one to be freed (the
    one asked to free is seldom named here; "rejected calls for ..." makes no claim); one that
    asks for someone's punishment ("its call for the prosecution of X") criticises them."""
    # "calls from the UN for X's release": the parser may hang "for" on the "from" object
    released = [r for n in [noun, *prep_objects(noun, ("from", "by"))] for r in _released(n, words)]
    # "Amnesty renewed its call for the prosecution of X" (crit62)
    punished = [p for asked in prep_objects(noun, ("for",)) for p in _punished_in(asked, words)]
    if not released and not punished:
        return
    subjects = [
        e for s in _noun_requesters(ctx, para, noun, words) for e in actors_of(ctx, para, s)
    ]
    subjects = [e for e in dict.fromkeys(subjects) if ctx.etype_in(e, ACTOR_TYPES)]
    if subjects:
        yield from _claims(ctx, para, noun, subjects, [], released, punished=punished)


def _noun_requesters(
    ctx: ArticleContext, para: Paragraph, noun: Any, words: ReproachWords
) -> list[Any]:
    """Who makes a demand written as a noun: its owner ("Amnesty's call", "its call"), its
    "from" or "by" phrase, or, as the parser may hang it, the freeing noun's when it names no
    place ("calls for his release from Amnesty", not "from prison" or "from Egypt"), else
    the subject of a verb that makes or joins it ("renewed calls", "joined calls")."""
    found = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, ("from", "by"))
    found += [
        o
        for asked in prep_objects(noun, ("for",))
        for o in prep_objects(asked, ("from", "by"))
        if not any(ctx.etype_in(e, PLACE_TYPES) for e in ctx.ents(para, o))
    ]
    if found:
        return found
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in words.making_verbs:
        return clause_subjects(verb)
    return []


def _released(verb: Any, words: ReproachWords) -> list[Any]:
    """Whom a demand asks to set free: the objects of its "release"/"free" ("called on X to
    release Y", "said X must free Y and Z"), or the owner of the freeing it asks for
    ("pressed for the release of X", "demanded their freedom"), or the one a pardon or clemency
    is asked for ("called for clemency for X")."""
    clauses = [
        c
        for c in verb.children
        if (_infinitive(c) or c.dep_ == "ccomp") and c.lemma_.lower() in words.release_verbs
    ]
    # "called for X to be freed": the passive infinitive's subject is the one set free (or,
    # as the parser may read it, the object of the "for" before it)
    objects = [o for c in clauses for o in c.children if o.dep_ in ("dobj", "nsubjpass")]
    objects += [
        o
        for c in clauses
        if any(k.dep_ == "auxpass" for k in c.children)
        and not any(k.dep_ == "nsubjpass" for k in c.children)
        for o in prep_objects(verb, ("for",))
        if o.i < c.i
    ]
    objects += _owners_asked_for(verb, words.release_nouns)
    objects += _freed_for(verb, words.release_nouns)
    return objects + [k for o in objects for k in o.children if k.dep_ == "conj"]


def _obliged(ctx: ArticleContext, para: Paragraph, verb: Any, words: ReproachWords) -> list[Any]:
    """The subject of a reported clause that says it must undo: "insisted the army must
    withdraw", "said Iran should release the hostages" (not "said Kenya must hold elections")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    return [
        s
        for clause in verb.children
        if clause.dep_ == "ccomp"
        and clause.lemma_.lower() in words.undo
        and any(c.dep_ == "aux" and c.lower_ in words.obligation for c in clause.children)
        and not any(c.dep_ == "neg" for c in clause.children)
        and _undoing(ctx, para, clause, words)
        for s in clause.children
        if s.dep_ == "nsubj"
    ]


def _mandated(ctx: ArticleContext, para: Paragraph, verb: Any, words: ReproachWords) -> list[Any]:
    """The subject of a bare clause a verb of demanding governs that says it must undo:
    "demanded that Kabila step down", "insisted Israel lift the blockade" (a subjunctive: no
    auxiliary, the bare verb; "insisted Israel lifted it" reports, it does not demand)."""
    if verb.lemma_.lower() not in words.mandative or any(c.dep_ == "neg" for c in verb.children):
        return []
    return [
        s
        for clause in verb.children
        if clause.dep_ == "ccomp"
        and clause.tag_ == "VB"
        and clause.lemma_.lower() in words.undo
        and not any(c.dep_ in ("aux", "neg") for c in clause.children)
        and _undoing(ctx, para, clause, words)
        for s in clause.children
        if s.dep_ == "nsubj"
    ]


def _undoers(ctx: ArticleContext, para: Paragraph, verb: Any, words: ReproachWords) -> list[Any]:
    """The addressee of "called on X to release ...", "urged X to stop ...", "called for X to
    step down": asked to undo."""
    clauses = [
        c
        for c in verb.children
        if _infinitive(c) and c.lemma_.lower() in words.undo and _undoing(ctx, para, c, words)
    ]
    if not clauses:
        return []
    # "called for Assad to step down": the parser makes the one asked the subject of the
    # infinitive that "for" opens
    asked = [
        s
        for c in clauses
        if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for s in c.children
        if s.dep_ == "nsubj"
    ]
    if asked:
        return asked
    preps = words.verbs[verb.lemma_.lower()]
    if not preps:
        return [c for c in verb.children if c.dep_ == "dobj"]
    return prep_objects(verb, preps)


def demands_undoing(ctx: ArticleContext, para: Paragraph, clause: Any) -> bool:
    """Whether a "to" clause asks its addressee to stop or undo what it does ("to step down",
    "to release the prisoners"; not "to step up", "to end the suffering")."""
    words = reproach_words(ctx)
    return clause.lemma_.lower() in words.undo and _undoing(ctx, para, clause, words)


def _undoing(ctx: ArticleContext, para: Paragraph, clause: Any, words: ReproachWords) -> bool:
    """The asked-for act undoes the addressee's own: "release" people (not funds), "stop"
    or "end" a doing ("stop arming", "end its attacks"), not a plight ("end the suffering")."""
    lemma = clause.lemma_.lower()
    if lemma in words.undo_particles and not any(
        c.dep_ == "prt" and c.lower_ in words.undo_particles[lemma] for c in clause.children
    ):
        return False  # "must step up", "pull together": no undoing without "down", "out"
    if lemma in words.admit_verbs:
        # "called on Spain to recognise that torture is a problem": a wrong to own up to,
        # not "to recognise Palestine" (crit46) nor "that the deal is a good one"
        return any(c.dep_ == "ccomp" and _tells_wrong(ctx, c) for c in clause.children)
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    if lemma in words.release_verbs:
        return any(ctx.etype_in(e, ACTOR_TYPES) for o in objects for e in ctx.ents(para, o)) or any(
            o.lower_ in ctx.lx.collective_heads or _people_noun(ctx, o) for o in objects
        )
    if lemma in words.cease_verbs:
        return any(c.dep_ == "xcomp" or c.tag_ == "VBG" for c in clause.children) or any(
            ctx.lx.triggers.candidates(o.lemma_.lower(), "NOUN")
            or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)
            or _practice_of(o, words)
            or o.lemma_.lower() in words.work_nouns
            for o in objects
        )
    return True


def _wrong_words(lx: Lexicon) -> frozenset[str]:
    """The words that tell a wrong wherever they stand (``quote_verdicts`` nouns and verbs,
    ``evaluations`` negative words and wrong verbs, ``faults`` nouns)."""
    verdicts, evaluations = lx.cues["quote_verdicts"], lx.cues["evaluations"]
    return frozenset(
        [
            *verdicts["nouns"],
            *verdicts["verbs"],
            *evaluations["negative"],
            *evaluations["wrong_verbs"],
            *lx.cues["faults"]["nouns"],
        ]
    )


def _tells_wrong(ctx: ArticleContext, clause: Any) -> bool:
    """A that-clause to own up to tells a wrong: one of the wrong words, or a hostile act of
    the trigger lexicon (``grievances.hostile``: "that its forces had killed civilians")."""
    wrongs = ctx.prepared(_wrong_words)
    hostile = set(ctx.cues["grievances"]["hostile"])
    for token in clause.subtree:
        if token.lemma_.lower() in wrongs:
            return True
        # the trigger as the sentence reads it ("a deal" is no "dealt a blow")
        trigger = ctx.lx.triggers.match(token) if token.pos_ in ("VERB", "NOUN") else None
        if trigger is not None and trigger.predicate.value in hostile:
            return True
    return False


def _people_noun(ctx: ArticleContext, noun: Any) -> bool:
    """A plural noun of people of a sector ("release the journalists", "free the detained
    students"): people held, though no node names them ("the journalists" named before);
    funds, reports or data are no sector's people."""
    return noun.tag_ == "NNS" and ctx.lx.actors.sector_of(noun.lower_) is not None


def _practice_of(noun: Any, words: ReproachWords) -> bool:
    """ "end the use of virginity tests", "stop the practice of forced evictions": a practice
    of something is the addressee's own doing."""
    return noun.lemma_.lower() in words.practice_nouns and bool(prep_objects(noun, ("of",)))


def _infinitive(clause: Any) -> bool:
    """ "to release X" under the request, as its complement or (as the parser may hang it)
    its purpose."""
    return clause.dep_ == "xcomp" or (
        clause.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _punished(verb: Any, words: ReproachWords) -> list[Any]:
    """Whom a demand asks to be punished for what they did (crit62): the one named by a
    punishing noun it asks for ("called for the prosecution of X", "demanded an investigation
    into X", "called for sanctions against X"), the object of a punishing verb or noun that
    the one asked is to use ("called on Kenya to prosecute X", "urged the EU to impose
    sanctions on X"), or the subject of a punishing verb in the passive ("called for X to be
    prosecuted", "demanded that X be punished")."""
    asked = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, ("for",))
    found = [p for noun in asked for p in _punished_in(noun, words)]
    for clause in verb.children:
        if not (_infinitive(clause) or clause.dep_ == "ccomp"):
            continue
        kids = list(clause.children)
        if any(c.dep_ == "neg" for c in kids):
            continue  # "urged Kenya not to prosecute X"
        if clause.lemma_.lower() in words.punishing_verbs:
            passive = any(c.dep_ == "auxpass" for c in kids)
            found += [c for c in kids if c.dep_ == ("nsubjpass" if passive else "dobj")]
        else:
            # "urged the EU to impose sanctions on X", "demanded sanctions be imposed on X"
            found += [
                p
                for c in kids
                if c.dep_ in ("dobj", "nsubjpass")
                for p in _punished_in(c, words, clause)
            ]
    return found + [k for f in found for k in f.children if k.dep_ == "conj"]


def _punished_in(noun: Any, words: ReproachWords, verb: Any = None) -> list[Any]:
    """The one a punishing noun names (``punishing_nouns``: "the prosecution of X", "X's
    arrest", "an investigation into X", "sanctions against X"); with the verb that takes the
    noun, also its own such phrase, where the parser may hang it ("impose sanctions on X")."""
    preps = words.punishing_nouns.get(noun.lemma_.lower())
    if preps is None:
        return []
    after = tuple(p for p in preps if p != "poss")
    found = [c for c in noun.children if c.dep_ == "poss"] if "poss" in preps else []
    found += prep_objects(noun, after)
    if verb is not None and not found:
        found = [p for p in prep_objects(verb, after) if p.i > noun.i]
    return found


def _leavers(verb: Any, words: ReproachWords) -> list[Any]:
    """Whose leaving a demand asks for: "called for her resignation", "demanded the ouster
    of X"."""
    return _owners_asked_for(verb, words.leaving_nouns)


def _enders(verb: Any, words: ReproachWords) -> list[Any]:
    """Whose doing a demand asks to end: the "by" agent or the owner of the act after "an end
    to" / "a halt to" ("called for an immediate end to island-building by China", "demanded
    a halt to Russia's shelling of X"); the act's target is no addressee ("an end to attacks
    on Y")."""
    ends = [
        noun
        for noun in [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, ("for",))
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in words.cease_verbs
    ]
    doers = [o for noun in ends for o in prep_objects(noun, ("by",))]
    for act in [a for noun in ends for a in prep_objects(noun, ("to",))]:
        doers += prep_objects(act, ("by",)) + [c for c in act.children if c.dep_ == "poss"]
    return doers + [k for d in doers for k in d.children if k.dep_ == "conj"]


def _owners_asked_for(verb: Any, wanted: frozenset[str]) -> list[Any]:
    """The owners of the wanted nouns a demand asks for, its object or its "for" object: the
    noun's possessive, a name in front of it or its "of" object ("called for her
    resignation", "called for Blatter resignation", "pressed for the release of X")."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, ("for",))
    return [
        owner
        for noun in nouns
        if noun.lemma_.lower() in wanted
        for owner in [
            c
            for c in noun.children
            if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")
        ]
        + prep_objects(noun, ("of",))
    ]


def _freed_for(verb: Any, wanted: frozenset[str]) -> list[Any]:
    """The "for" object of a freeing noun a demand asks for, when the noun frees no "of"
    object: "called for clemency for X", "urged a pardon for X" (not "called for the release
    of funds for refugees", which frees no one)."""
    asked = prep_objects(verb, ("for",))
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + asked
    return [
        freed
        for noun in nouns
        if noun.lemma_.lower() in wanted and not prep_objects(noun, ("of",))
        # the parser hangs the second "for" on the noun or on the verb
        for freed in prep_objects(noun, ("for",)) + [a for a in asked if a.i > noun.i]
    ]


def _aimed(verb: Any) -> list[Any]:
    """The noun a participle above the request hangs on ("demonstrations aimed to pressure
    X to ...", read by the parser as "demonstrations [that] aimed"), or none."""
    node = verb
    for _ in range(3):
        if node.dep_ == "acl":
            return [node.head]
        if node.dep_ != "xcomp":
            return []
        node = node.head
    return []


def _requesters(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[Any]:
    """Who makes the demand: the verb's subject, or its head's ("met X and urged ...",
    "With protesters calling for ...": the one the participle clause hangs on; the antecedent
    of a relative "who"; the object of "prompted X to call for"); for a demand
    passed on ("insisted the UN press X to ...", "said Kenya must urge X to ...") the one who
    says it."""
    head, words = verb.head, ctx.cues["reproaches"]
    said = head.lemma_.lower()
    if verb.dep_ == "ccomp" and (
        # "insisted (that) the UN press X": a bare verb after a verb of demanding
        (
            said in words["mandative"]
            and verb.tag_ in ("VB", "VBP")
            and not any(c.dep_ == "aux" for c in verb.children)
        )
        or (
            said in words["speech"]
            and any(c.dep_ == "aux" and c.lower_ in words["obligation"] for c in verb.children)
        )
    ):
        return clause_subjects(head)
    if verb.dep_ == "xcomp" and head.pos_ == "VERB" and said in words["moving_verbs"]:
        moved = [c for c in head.children if c.dep_ == "dobj"]
        if moved:
            # "violations prompted the PFA to call for the expulsion of Israel": the one moved
            # to ask makes the demand
            return moved
    found = clause_subjects(verb)
    if not found and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        found = [verb.head]
    if verb.dep_ == "relcl" and any(f.lower_ in ("who", "which", "that") for f in found):
        # "Platini, who had called for Blatter resignation": the relative's antecedent asks
        # (a pronoun linked already stands for its link: "joined a chorus of countries that
        # called for ...", kg/extract/joined_choruses.py)
        found = [f for f in found if f.i in para.links or f.i in para.groups] or [verb.head]
    return found
