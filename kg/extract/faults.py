"""Faults and merits: a speaker's word on an actor's quality, said in a reported clause or a
quote ("Odinga said Kenyatta's arrogance ...", "the ministry said Britain had double standards",
"told reporters the militias are not welcome"): a fault criticises its holder, a merit ("the
army's courage") supports it. Words: ``faults`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.evaluations import quote_speakers, quoted, unsure
from kg.extract.interactions import actors_of, emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate

_CRITICIZED = ("111", Predicate.CRITICIZED)  # criticize or denounce
_SUPPORTED = ("051", Predicate.SUPPORTED)  # praise or endorse


def faults(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """criticized / supported claims from a quality a speaker says an actor has (in a quote
    whose own sentences name no speaker, the one its paragraphs give it:
    ``evaluations.quote_speakers``)."""
    words = ctx.cues["faults"]
    for i in para.hits(ctx.word_set(cue_words)):
        token = para.tokens[i]
        found = _quality(ctx, token, words)
        if found is None:
            continue
        sense, clause, holders = found
        if not holders or _asked(para, token) or _hearsay(token, words):
            continue
        # an epithet on its actor ("this corrupt government") is given, not hedged, and no
        # stance verb above it ("voted for X to get rid of this corrupt government") reads it
        epithet = token.dep_ == "amod" and any(h.i == token.head.i for h in holders)
        if (not epithet and _nested_stance(ctx, token)) or (
            _lacked(token, words) is None
            and any(c.dep_ == "det" and c.lower_ in ctx.cues["negations"] for c in token.children)
        ):
            # "said Kenya accused Uganda of interference": Kenya's stance, told by another;
            # "had no interference": no quality
            continue
        # (a possessed fault that completes the clause is said by it: "is not X's fault")
        owned = epithet or (
            token.dep_ != "attr" and any(h.dep_ == "poss" or h.head.dep_ == "prep" for h in holders)
        )
        if not owned and _hedged(ctx, clause, token.lower_ in words["unwelcome"]):
            # "said Kenya would be reckless", "if the army showed restraint": no quality
            # said; a possessive ("Y's arrogance would ruin ...") takes the quality as given
            continue
        said = _said(ctx, para, token, clause, holders)
        if said is None:
            continue
        report, speakers = said
        targets = [
            e
            for h in holders
            for e in actors_of(ctx, para, h)
            if ctx.etype_in(e, ACTOR_TYPES) and e not in speakers
        ]
        if not speakers or not targets:
            continue
        cameo, predicate = sense
        trigger = Trigger(token.lemma_.lower(), token.pos_, predicate, cameo)
        for draft in emit(ctx, para, report, report, trigger, speakers, targets, confidence=0.7):
            # "said the US should bear the blame for its failure": the verdict made it already
            if not any(
                c.sentence == draft.sentence
                and (c.subject, c.predicate, c.object)
                == (draft.subject, draft.predicate, draft.object)
                for c in ctx.claims
            ):
                yield draft


def cue_words(lx: Lexicon) -> Iterator[str]:
    """The words a quality starts from: its nouns and adjectives, fault or merit."""
    table = lx.cues["faults"]
    for key in (
        "nouns",
        "qualified",
        "merits",
        "adjectives",
        "merit_adjectives",
        "merit_predicates",
        "unwelcome",
    ):
        yield from table[key]
    yield from table["lacked"]["nouns"]
    yield from table["lying"]["nouns"]


def _quality(
    ctx: ArticleContext, token: Any, words: dict[str, Any]
) -> tuple[tuple[str, Predicate], Any, list[Any]] | None:
    """The sense of a quality word, the clause verb it sits in and the nouns of its holder."""
    lemma, lower = token.lemma_.lower(), token.lower_
    if token.pos_ in ("NOUN", "PROPN"):
        if (lying := _lying_with(token, words)) is not None:
            # "the blame lies with the army": the one it lies with is at fault
            return _CRITICIZED, token.head, lying
        if (held := _lacked(token, words)) is not None:
            # "has no respect for refugees", "lacks the will to end the war": the virtue's
            # lack is the subject's fault
            return _CRITICIZED, _clause(held), _verb_subjects(held)
        if lemma in words["qualified"]:
            modifiers = words["qualified"][lemma]
            if not any(
                c.dep_ in ("amod", "compound") and c.lower_ in modifiers for c in token.children
            ):
                return None
            sense = _CRITICIZED
        elif lemma in words["nouns"] or lower in words["nouns"]:
            if lemma == "failure" and _outcome_missed(ctx, token):
                return None
            sense = _CRITICIZED
        elif lemma in words["merits"]:
            sense = _SUPPORTED
        else:
            return None
        return sense, *_noun_holders(token, words)
    if token.pos_ != "ADJ":
        return None
    negated = _negated(token)
    if lower in words["unwelcome"]:
        if not negated:
            return None
        sense = _CRITICIZED
    elif lower in words["adjectives"]:
        sense = _CRITICIZED
    elif lower in words["merit_adjectives"]:
        sense = _SUPPORTED
    elif lower in words["merit_predicates"] and token.dep_ == "acomp":
        sense = _SUPPORTED  # "X is innocent"; not "killed innocent people"
    else:
        return None
    if negated and lower not in words["unwelcome"]:
        return None  # "said Kenya was not reckless": no fault found
    return sense, *_adjective_holders(ctx, token)


def _lying_with(noun: Any, words: dict[str, Any]) -> list[Any] | None:
    """With whom a blame or fault lies (``faults.lying``): the objects of "with" on the verb
    the noun is the subject of ("the blame lies with the army", "the fault rests with X");
    None when the noun is no such subject."""
    lying = words["lying"]
    verb = noun.head
    if (
        noun.dep_ != "nsubj"
        or noun.lemma_.lower() not in lying["nouns"]
        or verb.lemma_.lower() not in lying["verbs"]
    ):
        return None
    return prep_objects(verb, (lying["prep"],))


def _lacked(noun: Any, words: dict[str, Any]) -> Any | None:
    """The verb whose subject lacks a virtue (``faults.lacked``): "lack" with the virtue as
    object, a holding verb with "no" ("has no will to ...", "showed no regard for ...") or
    with a lack of it ("has shown a lack of respect for ...", "a total lack of
    transparency"); None when the noun is no virtue lacked."""
    lacked = words["lacked"]
    if noun.lemma_.lower() not in lacked["nouns"]:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        lack = noun.head.head  # "a lack of respect": the lack is the verb's object
        if lack.lemma_.lower() in lacked["lack_nouns"] and lack.dep_ == "dobj":
            held = lack.head
            return held if held.lemma_.lower() in words["holding_verbs"] else None
        return None
    if noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.lemma_.lower() in lacked["verbs"]:
        return verb
    if verb.lemma_.lower() in words["holding_verbs"] and any(
        c.dep_ == "det" and c.lower_ in lacked["determiners"] for c in noun.children
    ):
        return verb
    return None


def _noun_holders(noun: Any, words: dict[str, Any]) -> tuple[Any, list[Any]]:
    """Who holds a quality noun: its owner ("Kenyatta's arrogance", "the brutality of the
    police", "police brutality") or the subject of a verb of holding ("Britain had double
    standards", "the army showed courage"), with the clause verb the noun sits in."""
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound") and c.pos_ != "ADJ"]
    owners += prep_objects(noun, ("of",))
    head = noun
    while head.dep_ == "conj":  # "Kenyatta's arrogance and defiance"
        head = head.head
        owners += [c for c in head.children if c.dep_ == "poss"]
    verb = head.head
    if not owners and head.dep_ == "dobj" and verb.lemma_.lower() in words["holding_verbs"]:
        owners = _verb_subjects(verb)
    if not owners and head.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children):
        # "there is hypocrisy among X" (the "among" on the noun or on the copula)
        owners = prep_objects(noun, tuple(words["among"])) + prep_objects(
            verb, tuple(words["among"])
        )
    return _clause(head), owners


def _adjective_holders(ctx: ArticleContext, adjective: Any) -> tuple[Any, list[Any]]:
    """Who an adjective of quality is said of: the subject of its copula ("the militias are
    not welcome") or of the verb whose object it qualifies ("made irresponsible remarks",
    "is a reckless state")."""
    head = adjective.head
    if adjective.dep_ in ("acomp", "attr"):
        return head, [c for c in head.children if c.dep_ == "nsubj"]
    if adjective.dep_ == "amod" and (owners := _epithet_holders(ctx, head, owned_only=True)):
        return _clause(head), owners  # "punished Kenyatta's divisive rhetoric": his act
    if adjective.dep_ == "amod" and (
        head.dep_ == "attr" or (head.dep_ == "dobj" and _act_noun(ctx, head))
    ):
        # "faces irresponsible neighbours": a quality of others, not the subject's
        verb = head.head
        return verb, _verb_subjects(verb)
    if adjective.dep_ == "amod":
        return _clause(head), _epithet_holders(ctx, head)
    return _clause(head), []


def _epithet_holders(ctx: ArticleContext, noun: Any, owned_only: bool = False) -> list[Any]:
    """Who an epithet falls on (crit41): the actor the adjective's noun names ("to get rid
    of this corrupt government", "the repressive Kenyan regime"), else the named owner of
    the act it qualifies ("Kenyatta's divisive rhetoric", "the brutal crackdown of the
    police"). A quality word put on an actor is the speaker's verdict, hedged clause or not
    ("this corrupt government must go")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    owners = []
    if _act_noun(ctx, noun):
        owners = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, ("of",))
    # (``_faults`` keeps the noun itself only if it names an actor: "the brutal police")
    return owners if owned_only else [*owners, noun]


def _verb_subjects(verb: Any) -> list[Any]:
    """The subject of a verb, or, for a verb coordinated with one before it and without a
    subject of its own, the subject they share ("the US has been silent but has made
    irresponsible remarks", "Kenya denied the charge and showed arrogance")."""
    node = verb
    while True:
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if _comments_on_clause(node, subjects):
            # "X closed the paper, which shows its arrogance": the clause's subject
            return _verb_subjects(node.head.head)
        if subjects or node.dep_ != "conj" or node.head.i == node.i:
            return subjects
        if any(c.dep_ in ("nsubjpass", "expl", "csubj") for c in node.children):
            return []
        node = node.head


def _comments_on_clause(verb: Any, subjects: list[Any]) -> bool:
    """A relative clause set off by a comma whose subject is a wh-word ("..., which shows
    a lack of ...") comments on the act of the clause it follows, which the parser hangs on
    that clause's object; not a restrictive clause ("the report that shows ...")."""
    noun = verb.head
    return bool(
        verb.dep_ == "relcl"
        and len(subjects) == 1
        and subjects[0].tag_ == "WDT"
        and noun.dep_ == "dobj"
        and noun.head.pos_ == "VERB"
        and any(c.is_punct and c.text == "," and c.i < subjects[0].i for c in noun.children)
    )


def _act_noun(ctx: ArticleContext, noun: Any) -> bool:
    """A noun of something done or said ("remarks", "policy", "attacks"): its doer's."""
    lemma, lower = noun.lemma_.lower(), noun.lower_
    acts = (*ctx.cues["act_nouns"], *ctx.cues["evaluations"]["act_nouns"])
    return lemma in acts or lower in acts or bool(ctx.lx.triggers.candidates(lemma, "NOUN"))


def _clause(token: Any) -> Any:
    """The verb of the clause a word sits in."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT":
            return node
        node = node.head
    return node


def _negated(adjective: Any) -> bool:
    """ "are not welcome": the adjective or its copula is negated."""
    return any(c.dep_ == "neg" for c in (*adjective.children, *adjective.head.children))


def _outcome_missed(ctx: ArticleContext, noun: Any) -> bool:
    """ "the party's failure to win a majority": an outcome missed is no fault."""
    outcomes = ctx.cues["evaluations"]["outcomes"]
    return any(
        c.dep_ in ("acl", "xcomp", "relcl") and c.lemma_.lower() in outcomes for c in noun.children
    )


def _said(
    ctx: ArticleContext, para: Paragraph, token: Any, clause: Any, holders: list[Any]
) -> tuple[Any, list[str]] | None:
    """Who says the quality, and the verb that says it: the speech verb whose complement
    holds it, the source of "according to X", or the speaker of the quote it is in."""
    inside = quoted(para, token.idx)
    if (
        inside
        and token.lemma_.lower() in ctx.cues["quote_verdicts"]["nouns"]
        and any(h.dep_ == "poss" for h in holders)
    ):
        return None  # a quote's wrongdoing noun and its owner: ``quotes.quoted_accusations``
    report = _report(ctx, token)
    if report is not None:
        if unsure(ctx, report):
            return None
        if inside and _first_person(ctx, report):
            # "'I want to stress that X has made irresponsible remarks,' Y said": the
            # quote's speaker says it
            return clause, quote_speakers(ctx, para, clause)
        return report, subjects_of(ctx, para, report)
    sources = [
        e
        for prep in clause.children
        if prep.dep_ == "prep" and prep.lower_ == "according"
        for p in prep_objects(prep, ("to",))
        for e in actors_of(ctx, para, p)
    ]
    if sources:
        return clause, sources
    if not inside:
        return None
    return clause, quote_speakers(ctx, para, clause)


_STANCES = frozenset({Predicate.CRITICIZED, Predicate.SUPPORTED, Predicate.REQUESTED})


def _nested_stance(ctx: ArticleContext, token: Any) -> bool:
    """Whether a verb of stance governs the word ("accused Zambia of interference",
    "complained of Zambia's interference"): the trigger rules read that one."""
    return any(
        a.pos_ == "VERB"
        and (trigger := ctx.lx.triggers.match(a)) is not None
        and trigger.predicate in _STANCES
        for a in token.ancestors
    )


def _first_person(ctx: ArticleContext, verb: Any) -> bool:
    """Whether a verb's subject (or that of the verbs it is the complement of: "I want to
    stress") is a first-person pronoun of ``evaluations.first_person``."""
    first = ctx.cues["evaluations"]["first_person"]
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects:
            return all(c.lower_ in first for c in subjects)
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _report(ctx: ArticleContext, token: Any) -> Any:
    """The speech verb whose complement holds the word ("said Y's arrogance ...", "told
    reporters that the militias are not welcome"), if any."""
    speech = ctx.cues["speech_verbs"]
    node = token
    for _ in range(10):
        if node.dep_ == "ROOT":
            return None
        if (
            node.dep_ in ("ccomp", "parataxis")
            and node.head.pos_ == "VERB"
            and node.head.lemma_.lower() in speech
        ):
            return node.head
        node = node.head
    return None


def _hedged(ctx: ArticleContext, clause: Any, negation_meant: bool) -> bool:
    """ "would be reckless", "must show restraint", "if the army is brutal", "was not
    arrogant" (unless the negation makes the fault: "are not welcome"): the quality is not
    said to be held."""
    if not negation_meant and unsure(ctx, clause):
        return True
    return any(
        (c.dep_ == "aux" and c.lower_ in ctx.cues["hypothetical_aux"])
        or (c.dep_ == "aux" and c.lower_ in ctx.cues["obligation_aux"])
        or (c.dep_ == "mark" and c.lower_ in ctx.cues["conditional_marks"])
        for c in clause.children
    )


def _hearsay(token: Any, words: dict[str, Any]) -> bool:
    """ "the lie of Labour's incompetence", "claims of police brutality", "denied the
    army's brutality": a quality others allege, which the speaker may deny or look into."""
    node = token
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep", "conj", "compound", "poss"):
            break
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in words["hearsay"]:
            return True
    # "said it would investigate the army's brutality": looked into, not found
    return any(a.lemma_.lower() in words["unasserting"] for a in token.ancestors)


def _asked(para: Paragraph, token: Any) -> bool:
    """A question asks, it says nothing ("Is Kenya arrogant?")."""
    sentence = para.sent_tokens(token.i)
    return any(t.lower_ == "?" for t in sentence)
