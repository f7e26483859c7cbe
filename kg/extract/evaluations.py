"""Evaluations: a speaker's verdict on an actor's act said in a reported clause or a quote
("Ghana said Nigeria's expulsion of its traders was a violation of the treaty", "'The ban is
illegal,' the minister said", "critics said his bid violated the constitution"): a negative
verdict criticises the act's doer, a positive one ("was a positive step") supports it.
Words: ``evaluations`` of ``kg/data/en/cues.json`` (with ``verdict_words.disparaging``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.act_antecedents import earlier_doers, points_back
from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.interactions import (
    actors_of,
    emit,
    issuers,
    owners_of,
    passive_agents,
    subjects_of,
)
from kg.extract.speakers import speaker_at
from kg.lexicon import Lexicon, Trigger
from kg.vocab import Predicate

_CRITICIZED = ("111", Predicate.CRITICIZED)  # criticize or denounce
_SUPPORTED = ("051", Predicate.SUPPORTED)  # praise or endorse


def evaluations(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """criticized / supported claims from verdicts said of an actor's act."""
    words = ctx.cues["evaluations"]
    # a finding reports a verdict as a speech verb does ("ruled that X breached Y")
    speech = (*ctx.cues["speech_verbs"], *words["verdict_verbs"])
    lemmas, poses, lowers = para.lemmas, para.poses, para.lowers
    tokens = para.tokens
    for i in para.hits(ctx.word_set(cue_words)):
        clause = tokens[i]
        if lemmas[i] in words["complaint_verbs"] and poses[i] == "VERB":
            yield from _complaint(ctx, para, clause)
            continue
        if lowers[i] in words["first_person"]:
            yield from _first_person(ctx, para, clause)
            continue
        if lemmas[i] in words["contrast"]["duty"]:
            if para.deps[i] == "aux":
                yield from _contrasted(ctx, para, clause.head, words["contrast"])
            continue
        if lemmas[i] in words["wrong_verbs"]:
            if not wrongdoing(clause, words):
                continue  # "rigged the bridge with explosives": a trap, no wrong
            clause = _lifted(clause, words["lifting"])
        manner = lemmas[i] in words["wrong_manners"] or lowers[i] in words["worsening"]["words"]
        if manner:
            clause = _manner_clause(clause, words)
            if clause is None:
                continue
        participle = (
            para.deps[i] == "aux" and lemmas[i] == "be" and _verdict_participle(ctx, clause.head)
        )
        if participle:
            clause = clause.head  # "said the test was concerning": the participle's clause
        if poses[clause.i] not in ("VERB", "AUX") and not participle:
            continue
        report = _reporting(clause)
        if report is None:
            continue
        if (
            report.lemma_.lower() in words["evidential_verbs"]
            and report.dep_ == "ccomp"
            and report.head.lemma_.lower() in speech
        ):
            # "groups say the arrests show the government is repressing ...": the sayer's
            report = report.head
        elif _disputed_slip(report, words["disputed"], speech):
            # "activists say the police act with impunity, a charge the ministry denies":
            # the parser hung the clause on the denying verb; it is the activists' still
            report = report.head
        if report.lemma_.lower() not in speech or unsure(ctx, report):
            continue
        if (
            unsure(ctx, clause)
            and not _futile(clause, lemmas[i], words["futile"])
            and not _warned_harm(ctx, report, clause, words)
        ):
            continue  # "is not working": the negation is the verdict itself
        conduct = _CRITICIZED if manner else _conduct(clause, words)
        sense = conduct or _verdict(ctx, clause, lemmas[i], words)
        if sense is None:
            continue
        direct = conduct is not None or lemmas[i] != "be" or _person_judged(ctx, clause, words)
        targets = _judged(ctx, para, clause, words, direct=direct)
        if not targets:
            targets = _shamed(ctx, para, clause, words) or _spoken_of(ctx, para, report)
        speakers = [s for s in subjects_of(ctx, para, report) if s not in targets]
        if not speakers or not targets:
            continue
        cameo, predicate = sense
        trigger = Trigger(clause.lemma_.lower(), clause.pos_, predicate, cameo)
        yield from emit(ctx, para, report, report, trigger, speakers, targets, confidence=0.7)


def _manner_clause(word: Any, words: dict[str, Any]) -> Any | None:
    """The clause a word of how its subject acts makes a verdict on, if it is one: "say the
    police act with impunity" (``wrong_manners`` after "with"), "said the party had made
    Turkey worse", "said the policy has made things worse" (``worsening``: the worse state
    its subject, or its subject's act, brought about)."""
    head = word.head
    if word.lower_ in words["worsening"]["words"]:
        made = word.dep_ in ("ccomp", "oprd", "xcomp", "acomp")
        return head if made and head.lemma_.lower() in words["worsening"]["verbs"] else None
    return head.head if word.dep_ == "pobj" and head.lower_ == "with" else None


def _reporting(clause: Any) -> Any | None:
    """The verb a clause is reported by: the head of a complement clause ("said the army was
    brutal"), or of the complement a clause with a subject of its own is coordinated with
    ("said the army was brutal and the council was fraudulent"); None for any other
    clause."""
    if clause.dep_ == "ccomp":
        return clause.head
    first = clause.head
    if (
        clause.dep_ == "conj"
        and first.dep_ == "ccomp"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    ):
        return first.head
    return None


def _person_judged(ctx: ArticleContext, clause: Any, words: dict[str, Any]) -> bool:
    """ "said Erdogan was a liar", "said the general is a war criminal and a traitor": the
    copula's complement is a person judged (``judgements.people``, WordNet's; or a
    disparaging person noun ``evaluations.judged_people``), a verdict on the subject itself,
    not on an act of it."""
    people = ctx.cues["judgements"]["people"]
    return clause.lemma_ == "be" and any(
        head.lemma_.lower() in people or head.lemma_.lower() in words["judged_people"]
        for word in clause.children
        if word.dep_ == "attr"
        for head in (word, *(c for c in word.children if c.dep_ == "conj"))
    )


def _lifted(verb: Any, lifting: dict[str, list[str]]) -> Any:
    """The clause a wrongdoing verb is the pursuit of (crit41): "said the government continues
    to harass journalists", "has been working to suppress the protests", "said the army had
    been effective at suppressing dissent", "is busy persecuting its critics": the verb of
    going on or trying (``lifting.verbs``) or the copula of the adjective of zeal
    (``lifting.adjectives``) whose subject does the wrong; else the verb itself."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head  # "effective at suppressing": the adjective the "at" hangs on
    elif verb.dep_ not in ("xcomp", "advcl"):
        return verb
    if head.pos_ == "VERB" and head.lemma_.lower() in lifting["verbs"]:
        return head
    if head.pos_ == "ADJ" and head.dep_ == "acomp" and head.lower_ in lifting["adjectives"]:
        return head.head
    return verb


def _disputed_slip(report: Any, disputed: dict[str, list[str]], speech: tuple[str, ...]) -> bool:
    """The verb that disputes a charge noun appended to a reported clause ("..., a charge the
    ministry denies"), which the parser made the clause's head under the speech verb."""
    return (
        report.lemma_.lower() in disputed["verbs"]
        and report.dep_ == "ccomp"
        and report.head.lemma_.lower() in speech
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in disputed["nouns"] and c.i < report.i
            for c in report.children
        )
    )


def cue_words(lx: Lexicon) -> Iterator[str]:
    """The words a verdict starts from: the copula, the verbs of wrongdoing and failing, the
    quoted first person, the nouns of a wrongful manner ("with impunity") and the words of a
    worse state brought about ("made things worse")."""
    yield "be"
    yield from lx.cues["evaluations"]["wrong_verbs"]
    yield from lx.cues["evaluations"]["harm_verbs"]
    yield from lx.cues["evaluations"]["failing_verbs"]
    yield from lx.cues["evaluations"]["first_person"]
    yield from lx.cues["evaluations"]["wrong_manners"]
    yield from lx.cues["evaluations"]["worsening"]["words"]
    yield from lx.cues["evaluations"]["complaint_verbs"]
    yield from lx.cues["evaluations"]["wrong_courses"]["verbs"]
    yield from lx.cues["evaluations"]["contrast"]["duty"]
    yield from lx.cues["evaluations"]["futile"]["negated"]
    yield from lx.cues["evaluations"]["futile"]["verbs"]


def _contrasted(
    ctx: ArticleContext, para: Paragraph, clause: Any, words: dict[str, list[str]]
) -> Iterator[Draft]:
    """ "elders who believe the government should be arming the tribes, not deploying
    militias", "said X should be supplying weapons instead of using militias", "said X should
    have protected them": what the clause's subject should do in place of what it does now,
    or should have done, criticises it (the speaker's verdict on its conduct)."""
    report = clause.head
    if (
        clause.dep_ != "ccomp"
        or clause.pos_ != "VERB"
        or report.lemma_.lower() not in (*ctx.cues["speech_verbs"], *words["report_verbs"])
        or unsure(ctx, report)
        or not (_contrast(clause, words) or _regretted(clause, words))
    ):
        return
    targets = [e for s in clause.children if s.dep_ == "nsubj" for e in actors_of(ctx, para, s)]
    speakers = [s for s in subjects_of(ctx, para, report) if s not in targets]
    if not targets or not speakers:
        return
    cameo, predicate = _CRITICIZED
    trigger = Trigger(clause.lemma_.lower(), clause.pos_, predicate, cameo)
    yield from emit(ctx, para, report, report, trigger, speakers, targets, confidence=0.7)


def _regretted(clause: Any, words: dict[str, list[str]]) -> bool:
    """ "said Nigeria should have protected the villagers", "should not have deported
    them": a duty put in the perfect says what the subject failed to do, or did and should
    not have (a passive duty falls on no one named: "should have been treated leniently";
    the progressive is advice: "should not be leaving the euro")."""
    kids = list(clause.children)
    if clause.tag_ != "VBN" or any(c.dep_ == "auxpass" for c in kids):
        return False
    auxes = {c.lower_ for c in kids if c.dep_ == "aux"}
    return "have" in auxes and bool(auxes & set(words["regret"]))


def _contrast(clause: Any, words: dict[str, list[str]]) -> bool:
    """The clause sets what should be done against what is done: a negated -ing verb hung on
    it or on its object (", not deploying militias") or one after "instead of" / "rather
    than"."""
    opened = False  # "rather than deporting them": the parser coordinates the two verbs
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    if any(
        c.dep_ == "acl" and c.tag_ == "VBG" and _negated(c) for o in objects for c in o.children
    ):
        return True
    for c in clause.children:
        if c.tag_ == "VBG" and c.dep_ in ("dep", "conj", "advcl") and (_negated(c) or opened):
            return True
        if c.dep_ in ("prep", "cc") and any(
            a.dep_ == "advmod" and a.lower_ in words["instead"] for a in c.children
        ):
            if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children):
                return True
            opened = c.dep_ == "cc"
    return False


def _negated(verb: Any) -> bool:
    """A "not" (or "n't") on the verb."""
    return any(c.dep_ == "neg" for c in verb.children)


def _complaint(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "Carter lamented that Iraqi troops lacked the will to fight", "Wang deplored that
    Japan had refused to apologise": a complaint about what an actor does or is criticises
    that actor (the subject of the complained-of clause), whatever the clause's verb."""
    if unsure(ctx, verb):
        return
    targets = [
        e
        for clause in para.children(verb)
        # (what the clause denies or fears is complained of too: "had not allowed aid in")
        if clause.dep_ == "ccomp"
        for s in para.children(clause)
        if s.dep_ == "nsubj"
        for e in actors_of(ctx, para, s)
    ]
    if not targets:
        return
    speakers = [s for s in subjects_of(ctx, para, verb) if s not in targets]
    cameo, predicate = _CRITICIZED
    trigger = Trigger(verb.lemma_.lower(), verb.pos_, predicate, cameo)
    yield from emit(ctx, para, verb, verb, trigger, speakers, targets, confidence=0.7)


_STANCES = frozenset({Predicate.CRITICIZED, Predicate.SUPPORTED, Predicate.THREATENED})


def _first_person(ctx: ArticleContext, para: Paragraph, pronoun: Any) -> Iterator[Draft]:
    """ "'We condemn the Israeli raid,' the minister said", "Guterres said: 'I welcome
    Kenya's decision'": the quoted first person is the speaker (or the body it speaks for)."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.pos_ != "VERB" or unsure(ctx, verb):
        return
    trigger = ctx.lx.triggers.match(verb)
    if trigger is None or trigger.predicate not in _STANCES:
        return
    if not quoted(para, verb.idx):
        return
    report = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" else verb
    report = report.head
    if report.i != verb.i and report.lemma_.lower() in ctx.cues["speech_verbs"]:
        speakers = _speakers(ctx, para, report)
    else:
        speakers = quote_speakers(ctx, para, verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    targets = [
        e
        for o in objects
        # a name or an act's doer ("I thank soldiers who ...": a class of people, no actor)
        for e in (
            (actors_of(ctx, para, o) if o.pos_ == "PROPN" else [])
            or owners_of(ctx, para, o, trigger)
            or _antecedent(ctx, para, o)
        )
    ]
    targets = [t for t in dict.fromkeys(targets) if t not in speakers]
    if speakers and targets:
        yield from emit(ctx, para, verb, verb, trigger, speakers, targets, confidence=0.7)


def _speakers(ctx: ArticleContext, para: Paragraph, report: Any) -> list[str]:
    """Who says it: the speech verb's subject, outside the quote."""
    return [
        e
        for c in report.children
        if c.dep_ == "nsubj" and not quoted(para, c.idx)
        for e in actors_of(ctx, para, c)
    ] or issuers(ctx, para, report)


def quote_speakers(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The speaker of a quote of several sentences: 'X said: "... . We condemn ..."' or
    '"We condemn ... . ...," X said': the speech verb outside the quote in the sentence where
    it opens or closes; else the one its paragraphs give it (``speakers.speaker_at``: a
    quote carried on, a colon intro, a person the paragraph before introduces)."""
    text = para.text
    opened = max(text.rfind('"', 0, verb.idx), text.rfind("\u201c", 0, verb.idx))
    closes = [i for i in (text.find('"', verb.idx), text.find("\u201d", verb.idx)) if i >= 0]
    ends = [opened, min(closes)] if closes else [opened]
    for end in ends:
        at = next((t for t in para.tokens if t.idx >= end), None)
        if at is None:
            continue
        for token in para.sent_tokens(at.i):
            if (
                token.lemma_.lower() in ctx.cues["speech_verbs"]
                and token.pos_ == "VERB"
                and not quoted(para, token.idx)
                and (found := _speakers(ctx, para, token))
            ):
                return found
    return speaker_at(ctx, para, verb.idx)


def quoted(para: Paragraph, offset: int) -> bool:
    """Whether a character of the paragraph lies inside a quotation (an odd number of
    straight quotes, or an open curly one, before it)."""
    before = para.text[:offset]
    straight = before.count('"') % 2 == 1
    return straight or before.rfind("\u201c") > before.rfind("\u201d")


def unsure(ctx: ArticleContext, verb: Any) -> bool:
    """ "did not say", "would be illegal", "if the ban is illegal": no verdict given."""
    return _conditional(ctx, verb) or any(
        (c.dep_ == "neg") or (c.dep_ == "aux" and c.lower_ in ctx.cues["hypothetical_aux"])
        for c in verb.children
    )


def _conditional(ctx: ArticleContext, verb: Any) -> bool:
    """ "if the ban is illegal", "whether it breaches the law": a clause only supposed
    (``conditional_marks``)."""
    marks = ctx.cues["conditional_marks"]
    return any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def copula_verdict(ctx: ArticleContext, clause: Any) -> Predicate | None:
    """The verdict a copula clause says of its subject, if any: criticized for "was illegal",
    "was a violation", supported for "was a breakthrough" (a document's: ``decisions``)."""
    sense = _verdict(ctx, clause, "be", ctx.cues["evaluations"])
    return None if sense is None else sense[1]


def _conduct(clause: Any, words: dict[str, Any]) -> tuple[str, Predicate] | None:
    """ "said Netanyahu was wrong to open the door", "said Ghana was right": a verdict on
    what the subject (an actor, ``_judged``) chose to do."""
    if clause.lemma_ != "be":
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in clause.children):
        return None  # "it was wrong to call the election": whose choice is not said
    for word in clause.children:
        if word.dep_ != "acomp":
            continue
        lower = word.lower_
        if lower in words["conduct"]["negative"]:
            return _CRITICIZED
        if lower in words["conduct"]["positive"]:
            return _SUPPORTED
    return None


def _verdict(
    ctx: ArticleContext, clause: Any, lemma: str, words: dict[str, Any]
) -> tuple[str, Predicate] | None:
    """The verdict of "X was illegal / a violation / a positive step", "X violated Y"."""
    if _futile(clause, lemma, words["futile"]):
        return _CRITICIZED
    if lemma in words["failing_verbs"]:
        # "said the Houthis had failed to meet the conditions": a duty not met; "the two
        # sides failed to agree", "failed to win a majority" blame no one
        duty = [c for c in clause.children if c.dep_ == "xcomp"]
        both = any(
            c.dep_ == "conj" for s in clause.children if s.dep_ == "nsubj" for c in s.children
        )
        if both or not duty or any(d.lemma_.lower() in words["outcomes"] for d in duty):
            return None
        return _CRITICIZED
    if _verdict_participle(ctx, clause):
        return _CRITICIZED  # "was concerning": the verdict read as a progressive verb
    if lemma != "be":
        wrong = (
            lemma in words["wrong_verbs"]
            or lemma in words["harm_verbs"]
            or _against_norm(clause, words["wrong_courses"])
        )
        return _CRITICIZED if wrong else None
    negative = {*words["negative"], *ctx.cues["verdict_words"]["disparaging"]}
    for word in clause.children:
        if word.dep_ not in ("acomp", "attr"):
            continue
        heads = [word] + [c for c in word.children if c.dep_ == "conj"]
        for head in heads:
            lower = head.lemma_.lower()
            # "was 'serious and concerning'": a verdict participle the parser read as a verb
            if (
                lower in negative
                or head.lower_ in negative
                or any(c.dep_ == "amod" and c.lemma_.lower() in negative for c in head.children)
            ):
                return _CRITICIZED
            if lower in words["positive"] or (
                lower in words["steps"]
                and any(
                    (c.dep_ == "amod" and c.lemma_.lower() in words["step_modifiers"])
                    # "a step forward", "a step in the right direction"
                    or _step_complement(c, words["step_complements"])
                    for c in head.children
                )
            ):
                return _SUPPORTED
    return None


def _warned_harm(ctx: ArticleContext, report: Any, clause: Any, words: dict[str, Any]) -> bool:
    """A warning that an act would do harm ("warned that the delivery would escalate the
    conflict"): the modal is what a warning says, not a doubt; only a harm verb (``harm_verbs``)
    with a modal, no negation or condition."""
    return (
        report.lemma_.lower() in words["warning_verbs"]
        and clause.lemma_.lower() in words["harm_verbs"]
        and not any(c.dep_ == "neg" for c in clause.children)
        and not _conditional(ctx, clause)
        and not unsure(ctx, report)
    )


def _futile(clause: Any, lemma: str, futile: dict[str, list[str]]) -> bool:
    """A course of action said to fail as such: "the aerial campaign is not working", "his
    policy has backfired" (``futile``); not an act whose end was missed ("the bid failed")."""
    if not (lemma in futile["verbs"] or (lemma in futile["negated"] and _negated(clause))):
        return False
    return any(s.dep_ == "nsubj" and s.lemma_.lower() in futile["acts"] for s in clause.children)


def _verdict_participle(ctx: ArticleContext, verb: Any) -> bool:
    """ "said the missile test was concerning", "is deeply worrying": a negative verdict in
    -ing (``evaluations.negative``: "concerning", "worrying", "troubling") that the parser
    made the clause's head, the copula its auxiliary, as for a progressive verb; with no
    object of its own, it is the predicate adjective ("was worrying the neighbours" is a
    verb)."""
    return bool(
        verb.pos_ in ("VERB", "ADJ")
        and verb.lower_.endswith("ing")
        and verb.lower_ in ctx.cues["evaluations"]["negative"]
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
        and not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in verb.children)
    )


def wrongdoing(verb: Any, words: dict[str, Any]) -> bool:
    """The verb is one of wrongdoing (``wrong_verbs`` of ``evaluations``), not in its other
    sense with an instrument (``instrument_senses``: "rigged the vote" is fraud, "rigged the
    bridge with explosives" is a trap; probeE67)."""
    lemma = verb.lemma_.lower()
    if lemma not in words["wrong_verbs"]:
        return False
    prep = words["instrument_senses"].get(lemma)
    return not any(c.dep_ == "prep" and c.lower_ == prep for c in verb.children)


def _against_norm(verb: Any, course: dict[str, Any]) -> bool:
    """ "goes against the constitution", "runs against the spirit of the accord": a course
    against a norm (``wrong_courses`` of ``evaluations`` in cues.json), not against a side."""
    return verb.lemma_.lower() in course["verbs"] and any(
        prep.dep_ == "prep"
        and prep.lower_ == course["prep"]
        and any(p.dep_ == "pobj" and p.lemma_.lower() in course["norms"] for p in prep.children)
        for prep in verb.children
    )


def _step_complement(word: Any, phrase: dict[str, Any]) -> bool:
    """A complement that makes a step a good one: "a step forward" (an adverb), "a step in
    the right direction" (``step_complements`` of ``evaluations`` in cues.json)."""
    if word.dep_ == "advmod":
        return word.lower_ in phrase["adverbs"]
    return (
        word.dep_ == "prep"
        and word.lower_ == phrase["prep"]
        and any(
            p.dep_ == "pobj"
            and p.lower_ == phrase["noun"]
            and any(c.dep_ == "amod" and c.lower_ in phrase["modifiers"] for c in p.children)
            for p in word.children
        )
    )


def _judged(
    ctx: ArticleContext, para: Paragraph, clause: Any, words: dict[str, Any], direct: bool
) -> list[str]:
    """Whose act the verdict falls on: the doer of the clause's subject act ("Nigeria's
    expulsion", "the ban imposed by Kenya"), or (for a wrongdoing verb) the subject itself."""
    found: list[str] = []
    trigger = Trigger("evaluate", "VERB", Predicate.CRITICIZED, "111")
    for subject in clause.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if subject.dep_ == "nsubjpass" and clause.lemma_.lower() in words["wrong_verbs"]:
            # "said journalists were persecuted by the KGB", "a case he says was fabricated
            # by the government": the wrong is the agent's, and its subject suffered it
            found += passive_agents(ctx, para, clause)
            continue
        if clause.lemma_.lower() in words["harm_verbs"] and actors_of(ctx, para, subject):
            continue  # "said Russia threatened Ukraine": a threat, no verdict on an act
        if direct and (named := actors_of(ctx, para, subject)):
            # "said Egypt violated ...", "said Netanyahu was wrong to ...": the doer named
            found += named
            continue
        lemma = subject.lemma_.lower()
        act = ctx.lx.triggers.match(subject)
        if act is not None and (act.owner_is_object or "poss" in act.object):
            continue  # "his detention was illegal": the owner suffered the act
        if act is None and lemma not in words["act_nouns"]:
            continue  # "the situation was unacceptable": no one's act
        found += owners_of(ctx, para, subject, trigger) or _antecedent(ctx, para, subject)
    return list(dict.fromkeys(found))


def _antecedent(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """Whose act "the move", "the attack" is when the noun names no owner: the owner of an
    act named earlier in the sentence ("a bid by Nkurunziza ..., with critics saying the
    move violates the constitution"), or of the act the sentence before tells
    (``earlier_doers``), else for an attack or an arrest the doer of the article's latest
    such claim before it."""
    if not points_back(noun, ctx.cues["act_antecedents"]["determiners"]):
        return []
    trigger = Trigger("evaluate", "VERB", Predicate.CRITICIZED, "111")
    acts = ctx.cues["evaluations"]["act_nouns"]
    for token in reversed(para.sent_tokens(noun.i)):
        if token.i >= noun.i or token.pos_ != "NOUN":
            continue
        act = ctx.lx.triggers.match(token)
        if act is None and token.lemma_.lower() not in acts:
            continue
        if act is not None and (act.owner_is_object or "poss" in act.object):
            continue
        if owners := owners_of(ctx, para, token, trigger):
            return owners
    if doers := earlier_doers(ctx, para, noun):
        return doers  # "Russia banned imports. Critics said the move was illegal"
    table = ctx.cues["event_anaphora"]
    predicates = [
        Predicate(p)
        for p in ("attacked", "coerced")
        if noun.lemma_.lower() in table.get(p, ()) or (p == "attacked" and _struck(ctx, noun))
    ]
    start = ctx.sentence_span(para, noun)[0]
    earlier = [
        c
        for c in ctx.claims
        if c.predicate in predicates and c.sentence[1] <= start and c.object is not None
    ]
    return [earlier[-1].subject] if earlier else []


def _struck(ctx: ArticleContext, noun: Any) -> bool:
    """A campaign of strikes ("the aerial campaign", "the air campaign"): a course of action
    (``futile.acts``) its modifier names a weapon of (``strike_instruments``)."""
    if noun.lemma_.lower() not in ctx.cues["evaluations"]["futile"]["acts"]:
        return False
    kinds = [k for k in ctx.cues["strike_instruments"].values() if isinstance(k, list)]
    weapons = {w for kind in kinds for w in kind}
    return any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in weapons for c in noun.children
    )


def _shamed(ctx: ArticleContext, para: Paragraph, clause: Any, words: dict[str, Any]) -> list[str]:
    """ "said it was a shameful day for Kenya's justice system": a verdict of shame
    (``evaluations.shame_words``) on the copula's complement shames the one named after
    "for", or the named owner of what is named there."""
    if clause.lemma_ != "be":
        return []
    shame = words["shame_words"]
    found: list[str] = []
    for word in clause.children:
        if word.dep_ not in ("attr", "acomp"):
            continue
        if not any(w.lower_ in shame for w in (word, *word.children) if w.dep_ != "prep"):
            continue
        for p in prep_objects(word, ("for",)):
            named = actors_of(ctx, para, p) or [
                e for c in p.children if c.dep_ == "poss" for e in actors_of(ctx, para, c)
            ]
            found += named
    return list(dict.fromkeys(found))


def _spoken_of(ctx: ArticleContext, para: Paragraph, report: Any) -> list[str]:
    """ "'This is a crime,' the minister said of the Israeli raid": the act spoken of."""
    trigger = Trigger("evaluate", "VERB", Predicate.CRITICIZED, "111")
    # '"...," said Angela Merkel of the referendum': the parser hangs the "of" on the name
    # that follows the verb
    inverted = [
        c for c in report.children if c.dep_ == "nsubj" and c.i > report.i and c.pos_ == "PROPN"
    ]
    return [
        e
        for prep in (*report.children, *(k for c in inverted for k in c.children))
        if prep.dep_ == "prep" and prep.lower_ in ("of", "about")
        for p in prep.children
        if p.dep_ == "pobj"
        and (
            ctx.lx.triggers.match(p) is not None
            or p.lemma_.lower() in ctx.cues["act_nouns"]
            or p.lemma_.lower() in ctx.cues["evaluations"]["act_nouns"]
        )
        for e in owners_of(ctx, para, p, trigger)
    ]
