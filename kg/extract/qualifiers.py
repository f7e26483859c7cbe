"""Qualifiers of a claim: status from modality, negation and plans; date; place; CAMEO."""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise
from typing import Any

from kg.extract import places
from kg.extract.context import ArticleContext, Lead, Paragraph
from kg.extract.dates import is_date_phrase, resolve_date
from kg.extract.undone_plans import lacked_means, own_plan, undone_plan, unlacked_means
from kg.lexicon import Trigger
from kg.nlp.coordination import first_conjunct
from kg.resolve.resolver import PLACE_TYPES
from kg.vocab import EntityType, Predicate, Status, refusal_cameo

_CLAUSE_EDGES = frozenset({"relcl", "ccomp", "advcl", "parataxis"})
# id of a cue table -> (the table, its modal auxiliaries, those with the hypothetical words,
# its planned auxiliaries) as sets, made once (``status`` tests them on every word it climbs)
_STATUS_SETS: dict[int, tuple[dict[str, Any], set[str], set[str], set[str]]] = {}


def _status_sets(cues: dict[str, Any]) -> tuple[set[str], set[str], set[str]]:
    held = _STATUS_SETS.get(id(cues))
    if held is None or held[0] is not cues:
        if len(_STATUS_SETS) > 64:  # lexicons made on the fly (tests)
            _STATUS_SETS.clear()
        aux = set(cues["hypothetical_aux"])
        held = _STATUS_SETS[id(cues)] = (
            cues,
            aux,
            set(cues["hypothetical_aux"]) | set(cues["hypothetical_words"]),
            set(cues["planned_aux"]),
        )
    return held[1], held[2], held[3]


def status(ctx: ArticleContext, trigger: Any, clause: Any) -> Status:
    """Status from negation, denial, modality and plans on the trigger's chain of heads."""
    cues = ctx.cues
    chain, framed = _head_chain(cues, trigger)
    node = chain[-1]
    found: list[Status] = []
    maybe: set[str] = set()  # the words that made the claim hypothetical
    _link_cues(cues, chain, found, maybe)
    if _professed(cues, trigger, chain):
        found.append(Status.HYPOTHETICAL)
        maybe.add("claim")
    _chain_cues(cues, trigger, chain, framed, found, maybe)
    if not found and trigger.pos_ != "VERB":
        _bare_noun_mood(cues, trigger, node, found)
    governor = node.head.lemma_.lower() if node.dep_ in ("ccomp", "xcomp") else ""
    _governor_cues(cues, node, governor, found, maybe)
    _clause_mood(ctx, trigger, node, governor, found, maybe)
    if (
        _called_off(ctx, trigger, chain)
        or _forestalled(cues, trigger, chain)
        or undone_plan(cues, trigger)  # "reversed its decision to arm X"
        or lacked_means(cues, trigger)  # "lacks the means to provide aid to X"
    ):
        found.append(Status.DENIED)
    unlacked = unlacked_means(cues, trigger)
    if unlacked:
        # "does not lack the means to provide aid to X": the "not" is the lacking's, and
        # the act reads as with "has the means to"
        found = [s for s in found if s is not Status.DENIED]
    if _advised_against(cues, trigger):
        found.append(Status.HYPOTHETICAL)
    if any(_wanted_clause(cues, tok) for tok in chain):
        found.append(Status.PROPOSED)
    if _prepared_for(cues, chain[:framed]) or _under_deadline(cues, chain):
        found.append(Status.PLANNED)  # "in preparation for an offensive against X"
    for level in (Status.DENIED, Status.HYPOTHETICAL, Status.PROPOSED, Status.PLANNED):
        if level in found:
            return level
    return Status.OCCURRED if unlacked else _aim_status(ctx, node)


def _preparation_word(token: Any) -> str:
    """A noun's word as the preparation list spells it: its lemma, or a hyphened compound
    the parser split ("build-up": "build", "-", "up")."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].head.i == i:
        return f"{doc[i - 2].lower_}-{token.lower_}"
    return str(token.lemma_.lower())


def _prepared_for(cues: dict[str, Any], chain: list[Any]) -> bool:
    """ "in preparation for an offensive", "a build-up ahead of an attack", "are making
    preparations for an assault", "preparations are under way for talks": an act a
    preparation noun governs through a preposition, or through "for" the parser hung on the
    verb whose object or subject that noun is, is still to come (``preparation_nouns``)."""
    words = cues["preparation_nouns"]
    nouns, preps = words["nouns"], words["preps"]
    ahead = cues["later_preps"]["before_of"]
    for below, tok in pairwise(chain):
        if below.dep_ != "prep":
            continue
        if tok.pos_ == "NOUN" and _preparation_word(tok) in nouns:
            return True  # "preparation for", "plans for", "build-up ahead of"
        if tok.lower_ in ahead and tok.dep_ == "advmod" and below.lower_ == "of":
            tok = tok.head  # "continued a buildup ahead of an offensive": on the verb
        elif below.lower_ not in preps:
            continue
        if tok.pos_ in ("VERB", "AUX") and any(
            k.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
            and k.i < below.i
            and k.pos_ == "NOUN"
            and _preparation_word(k) in nouns
            for k in tok.children
        ):
            return True
    return False


def _under_deadline(cues: dict[str, Any], chain: list[Any]) -> bool:
    """ "have been given until Friday to resolve their differences", "were given 48 hours to
    leave", "has a deadline to reach a deal": an act in an infinitive that a deadline governs
    is due, not done (``deadlines``)."""
    words = cues["deadlines"]
    for node in chain:
        if node.dep_ not in ("advcl", "xcomp", "acl", "relcl") or not any(
            k.dep_ == "aux" and k.tag_ == "TO" for k in node.children
        ):
            continue
        head = node.head
        if head.pos_ == "NOUN" and head.lemma_.lower() in words["nouns"]:
            return True
        if head.pos_ == "VERB" and head.lemma_.lower() in words["verbs"]:
            return any(
                (k.dep_ == "prep" and k.lower_ in words["preps"])
                or (k.dep_ == "dobj" and k.lemma_.lower() in words["spans"])
                for k in head.children
            )
    return False


def _advised_against(cues: dict[str, Any], trigger: Any) -> bool:
    """ "advised Americans against traveling to Nigeria", "warned its citizens against
    visiting Mali", "advised its nationals not to travel to Yemen" (warn65): an act one of
    ``advisories.against_verbs`` advises against, or a negated infinitive it governs, is no
    act done, only one spoken of (weak64)."""
    verbs = cues["advisories"]["against_verbs"]
    node = trigger
    for _ in range(6):
        head = node.head
        if head is node:
            return False
        advising = head.pos_ == "VERB" and head.lemma_.lower() in verbs
        if node.dep_ == "xcomp" and any(c.dep_ == "neg" for c in node.children):
            return advising
        if node.lower_ == "against" and node.dep_ == "prep" and node is not trigger:
            return advising
        node = head
    return False


def _forestalled(cues: dict[str, Any], trigger: Any, chain: list[Any]) -> bool:
    """ "X was arrested before carrying out an attack on Y", "police stopped them before
    they could launch an attack": an act after "before" whose clause's verb stops its doer
    never happened ("the rebels regrouped before launching an attack on Goma" leaves it to
    the date); nor did one a verb of stopping keeps its doer "from" ("blocked the rebels from
    capturing Aden")."""
    verbs = cues["forestalled"]["verbs"]
    node = trigger
    for _ in range(8):
        if node.head is node:
            return False
        head = node.head
        stops = head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in verbs
        if node.lower_ == "before" and node.dep_ in ("prep", "mark"):
            return stops
        if node.lower_ == "from" and node.dep_ == "prep" and node is not trigger:
            # "blocked the rebels from capturing Aden", "preventing armed groups from
            # infiltrating Lebanon": the act kept from happening did not happen
            return (
                head.pos_ in ("VERB", "AUX")
                and head.lemma_.lower() in cues["forestalled"]["from_verbs"]
            )
        if node.dep_ == "advcl" and any(
            k.dep_ == "mark" and k.lower_ == "before" for k in node.children
        ):
            # the stopped one acts, named again only by a pronoun ("before they attacked"):
            # "killed two militants before Hamas fired rockets" tells of rockets fired
            return stops and all(
                k.pos_ == "PRON" for k in node.children if k.dep_ in ("nsubj", "nsubjpass")
            )
        if node is not trigger and node not in chain and node.dep_ in ("relcl", "ccomp"):
            return False
        node = head
    return False


def _called_off(ctx: ArticleContext, trigger: Any, chain: list[Any]) -> bool:
    """ "X was due to visit Y but has now cancelled his visit", "had planned to meet Y but
    called off the meeting": a verb conjoined to the event's verb or a head of it that cancels
    an event of the same kind (its object, with no place or partner of its own) denies it."""
    if trigger.pos_ != "VERB":
        return False
    verbs: dict[str, str] = ctx.cues["called_off"]["verbs"]
    index = ctx.lx.triggers
    kinds = {t.predicate for t in index.candidates(trigger.lemma_.lower(), "VERB")}
    if not kinds:
        return False
    for node in chain:
        for conj in node.children:
            particle = verbs.get(conj.lemma_.lower())
            if conj.dep_ != "conj" or conj.i < trigger.i or particle is None:
                continue
            kids = list(conj.children)
            if any(k.dep_ == "neg" for k in kids) or (
                particle and not any(k.dep_ == "prt" and k.lower_ == particle for k in kids)
            ):
                continue
            for obj in kids:
                if (
                    obj.dep_ == "dobj"
                    and obj.pos_ == "NOUN"
                    and not any(k.dep_ == "prep" for k in obj.children)
                    and kinds & {t.predicate for t in index.candidates(obj.lemma_.lower(), "NOUN")}
                ):
                    return True
    return False


def _head_chain(cues: dict[str, Any], trigger: Any) -> tuple[list[Any], int]:
    """The trigger and its heads up to its clause (at most eight words), and the depth in
    that chain from which a frame phrase ("despite ...", "after ...") cuts the words above
    off from the event (8 when there is none)."""
    frames = cues["concessive_preps"]
    chain = [trigger]
    node = trigger
    # "Despite three months of talks, X failed to agree", "after the attack, X did not
    # retreat": an event noun in a frame phrase took place; the words above the frame deny
    # nothing of it, and a concessive frame takes none of the clause's mood
    framed = 8  # the depth in the chain from which its words say nothing of the event
    while node.head != node and len(chain) < 8:
        if _described_by_copula(cues, node):
            # "Rouhani will be the first Iranian president to visit Paris": the copula's
            # mood is the visit's
            node = node.head
            chain.append(node)
            continue
        if (node.dep_ in _CLAUSE_EDGES and not _infinitival_relative(node)) or _describes_actor(
            cues, node
        ):
            break
        if node is not trigger and _state_participle(cues, node, chain[-2]):
            break
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in cues["continuation_verbs"]:
            break  # "would continue to provide him support": the support goes on already
        if node.dep_ == "prep" and node.lower_ in frames["concessive"]:
            break
        if _ceased(cues, node):
            break  # "vowed to bring an end to the insurgency": the insurgency goes on
        if _closing_part(cues, node):
            break  # "will play the last ODI of their tour": the tour is under way
        if len(chain) > 1 and _warned_grounds(cues, node, chain[-2]):
            break  # "warned Kenya over its attacks": the grounds of a warning took place
        below = chain[-2] if len(chain) > 1 else node  # the word the climb came from
        if (
            node.dep_ == "prep"
            and (node.lower_ in frames["preps"] or _absolute_with(node, below))
            and node.head.pos_ in ("VERB", "AUX")
        ):
            framed = min(framed, len(chain))
        node = node.head
        chain.append(node)
    return chain, framed


def _warned_grounds(cues: dict[str, Any], node: Any, below: Any) -> bool:
    """A given act (owned or definite) that a warning or threat is over ("warned Kenya over
    its attacks on the group", "a warning against the US over its raids"): the grounds of
    the warning, which took place; the warning's mood is not the act's (att45)."""
    grounds = cues["warned_grounds"]
    return (
        node.dep_ == "prep"
        and node.lower_ in grounds["preps"]
        and below.dep_ == "pobj"
        and node.head.lemma_.lower() in grounds["words"]
        and any(
            k.dep_ == "poss" or (k.dep_ == "det" and k.lower_ in grounds["determiners"])
            for k in below.children
        )
    )


def _infinitival_relative(node: Any) -> bool:
    """A "to" clause the parser read as a relative clause on a noun ("doesn't have any plans
    or directives to target the West"): no clause of its own, the noun's mood is its
    (att34)."""
    return (
        node.dep_ == "relcl"
        and node.tag_ == "VB"
        and node.head.pos_ == "NOUN"
        # an object's, not a copula's predicate ("was not the first president to visit X":
        # the visit took place)
        and node.head.dep_ in ("dobj", "pobj")
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in node.children)
    )


def _absolute_with(prep: Any, below: Any) -> bool:
    """ "The talks did not resume, with Saudi jets striking Sanaa", "With Iran backing Assad,
    the regime has not collapsed": a "with" clause of its own (a participle with its subject)
    frames the main clause as "after" does, so the main clause's negation does not deny it
    (its modal still reaches it: "will strike, with Egypt joining the raids")."""
    if prep.lower_ != "with" or prep is below:
        return False
    participle = below if below.dep_ == "pcomp" else None
    if below.dep_ == "pobj":
        participle = next((c for c in below.children if c.dep_ == "acl"), None)
    return (
        participle is not None
        and participle.tag_ == "VBG"
        and (below is not participle or any(c.dep_ == "nsubj" for c in participle.children))
    )


def _described_by_copula(cues: dict[str, Any], node: Any) -> bool:
    """An infinitive describing a copula's ranked predicate noun ("X was the first leader to
    visit Y"): it belongs to the copula's clause."""
    return (
        ranked_infinitive(cues, node)
        # "X was not the first leader to visit Y": X still visited
        and not any(c.dep_ == "neg" for c in node.head.head.children)
    )


def ranked_infinitive(cues: dict[str, Any], node: Any) -> bool:
    """ "(X was) the first/only N to visit Y": an infinitive on a copula's predicate noun
    that a ranking word (``ranking_modifiers``) or an ordinal sets apart ("it is time for X
    to ..." is no such noun)."""
    if not (
        node.dep_ in ("relcl", "acl")
        and node.tag_ == "VB"
        and node.head.dep_ == "attr"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
    ):
        return False
    ranks = cues["ranking_modifiers"]["words"]
    return any(
        c.dep_ == "amod" and (c.lower_ in ranks or c.ent_type_ == "ORDINAL")
        for c in node.head.children
    )


def ranked_present(cues: dict[str, Any], node: Any) -> bool:
    """ "X is the first N to visit Y": a ranked infinitive (``ranked_infinitive``) under a
    copula in the plain present, which tells of the event as under way or at hand, not as
    done ("was", "became", "has been the first")."""
    if not ranked_infinitive(cues, node):
        return False
    copula = node.head.head
    return (
        copula.lemma_ == "be"
        and copula.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in copula.children)
    )


def _closing_part(cues: dict[str, Any], node: Any) -> bool:
    """The word is someone's event noun after "of" on a noun its closing words set apart
    ("the last ODI of their tour", "the final day of his visit"): the event is under way,
    whatever the clause says of its last part (``closing_parts``)."""
    if node.dep_ != "pobj" or node.pos_ != "NOUN" or node.head.lower_ != "of":
        return False
    if not any(c.dep_ == "poss" for c in node.children):
        return False  # "the final round of talks will be held": no one's event under way
    part = node.head.head
    words = cues["closing_parts"]["words"]
    return part.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and c.lower_ in words for c in part.children
    )


def _ceased(cues: dict[str, Any], node: Any) -> bool:
    """The word is an event that is ended, stopped or halted: the object of such a verb ("stop
    its attacks"), the noun after "to"/"of" on such a noun ("an end to the insurgency"), or
    after "to" on a verb with such a noun for object ("bring an end to the insurgency", the
    parser's reading); "halts in air strikes" and "a pause in the bombing" too."""
    ceased = cues["ceased_words"]
    head = node.head
    if node.dep_ == "dobj":
        return bool(head.lemma_.lower() in ceased["verbs"])
    if node.dep_ != "pobj" or head.lower_ not in ceased["preps"]:
        return False
    if head.head.lemma_.lower() in ceased["nouns"]:
        return True
    return head.lower_ == "to" and any(
        k.dep_ == "dobj" and k.lemma_.lower() in ceased["nouns"] for k in head.head.children
    )


def _professed(cues: dict[str, Any], trigger: Any, chain: list[Any]) -> bool:
    """The event is what its actor claims to do: a to-infinitive under a claim word ("the
    regime claims to be fighting ISIL", "its claims to be defending civilians"), or right
    after one when the parse hung the infinitive elsewhere ("in contradiction to the
    regime's claims publicly to be fighting ISIL")."""
    professed = cues["professed_words"]

    def infinitive(verb: Any) -> bool:
        return any(k.dep_ == "aux" and k.tag_ == "TO" for k in verb.children)

    for below, tok in pairwise(chain):
        if (
            below.dep_ in ("xcomp", "acl", "advcl")
            and infinitive(below)
            and tok.lemma_.lower() in professed
        ):
            return True
    if trigger.pos_ != "VERB" or not infinitive(trigger):
        return False
    if any(k.dep_ in ("nsubj", "nsubjpass") for k in trigger.children):
        return False  # "he claims Russia attacked": a reported clause, not a professed act
    start = trigger.left_edge.i
    return start > 0 and trigger.doc[start - 1].lemma_.lower() in professed


def _link_cues(
    cues: dict[str, Any], chain: list[Any], found: list[Status], maybe: set[str]
) -> None:
    """The cues on a link of the chain, a word with the one below it: a request for the
    event ("asked for a meeting", "asked Chad to fight"), a prospect of it ("closer to
    retaking", "the brink of war") and a charge of it ("tried for killing")."""
    prospects = cues["prospects"]["words"]
    seeking = cues["seeking_verbs"]
    trials = cues["trials"]["words"]
    for below, tok in pairwise(chain):
        if below.dep_ == "prep" and below.lower_ in trials.get(tok.lemma_.lower(), ()):
            # "policemen were tried for killing protesters", "on trial for torturing
            # detainees": the charge a court hears, not a deed it has found
            found.append(Status.HYPOTHETICAL)
            maybe.add(tok.lemma_.lower())
        if (
            below.dep_ == "prep"
            and below.lower_ == "for"
            and (tok.lemma_.lower() in seeking or tok.lower_ in seeking)
        ):
            found.append(Status.PROPOSED)  # "asked for a meeting with", "hopes for talks"
        if (
            below.dep_ == "dobj"
            and tok.lemma_.lower() in cues["furthering_verbs"]
            and tok.tag_ == "VB"
            and any(k.dep_ == "aux" and k.tag_ == "TO" for k in tok.children)
        ):
            # "resigned to facilitate dialogue between A and B": sought, not held
            found.append(Status.PROPOSED)
        if (
            below.dep_ == "xcomp"
            and tok.lemma_.lower() in cues["directive_verbs"]
            and any(k.dep_ == "aux" and k.tag_ == "TO" for k in below.children)
        ):
            found.append(Status.PROPOSED)  # "asked Chad to fight Boko Haram": asked, not done
        # "put the forces closer to retaking Mosul", "the brink of war": not reached yet
        if (
            below.dep_ == "prep"
            and below.lower_ in ("to", "of")
            and (
                tok.lemma_.lower() in prospects
                or any(
                    k.dep_ in ("advmod", "acomp", "oprd") and k.lemma_.lower() in prospects
                    for k in tok.children
                )
            )
        ):
            found.append(Status.HYPOTHETICAL)
            maybe.add("close")


def _chain_cues(
    cues: dict[str, Any],
    trigger: Any,
    chain: list[Any],
    framed: int,
    found: list[Status],
    maybe: set[str],
) -> None:
    """The cues on each word of the chain: refusals and negations, then hedges, proposals
    and plans."""
    # "dismissed the US-led coalition fighting ISIL": a participle describes the noun the
    # verb above acts on; that verb does not deny it (it may still plan it: "agreed to
    # talks mediated by the EU")
    # ("denied reports that it had negotiated": a clause that states the report's content
    # is denied with it)
    # ("denied reports it was arming X": a clause with a subject of its own is the report's
    # content too, "that" or not)
    # ("reversed its decision to arm X": the verb's own plan's content is undone with it;
    # "rejected the US plan to arm X" leaves another's plan planned)
    described = (
        trigger.dep_ == "acl"
        and not any(
            (k.dep_ == "mark" and k.lower_ == "that") or k.dep_ in ("nsubj", "nsubjpass")
            for k in trigger.children
        )
        and not own_plan(cues, trigger)
    )
    sets = _status_sets(cues)  # read once for the chain, not at each of its words
    for depth, tok in enumerate(chain):
        lemma = tok.lemma_.lower()
        kids = list(tok.children)
        if depth and _coordinated(chain[depth - 1], tok):
            # "rejected the proposal and attacked Georgia", "appeared on television and
            # condemned X": the first verb's own word is its deed's; only what the two verbs
            # share (an auxiliary, a negation, an "if") is the claim's
            lemma = ""
        if depth and endeavour_aim(cues, tok):
            # "launched an offensive aimed at retaking X": the aim is what the endeavour is,
            # no plan beyond it; the endeavour's own words ("a planned offensive") still count
            lemma = ""
        beyond = depth >= framed
        if depth == framed and tok.tag_ in ("VBD", "VBN"):
            # "vowed revenge after the attack on X", "offered aid after talks with X": the
            # frame dates the verb's own deed, whose word plans or proposes what it takes,
            # not the event it came after or during (its auxiliaries still reach it)
            lemma = ""
        # "the assistance would not be complete without ...", "the attack did not kill
        # anyone": said of an event noun, a negation or a modal on the verb it is the subject
        # of is about the rest of the clause, unless that verb says whether it took place
        predicated = (
            tok.i == trigger.head.i
            and tok.i != trigger.i
            and trigger.dep_ in ("nsubj", "nsubjpass")
            and trigger.pos_ == "NOUN"
            and lemma not in cues["existence_verbs"]
        )
        _refusal_cues(cues, trigger, tok, lemma, kids, beyond, described, predicated, found)
        _mood_cues(cues, sets, trigger, tok, lemma, kids, beyond, predicated, found, maybe)


def endeavour_aim(cues: dict[str, Any], participle: Any) -> bool:
    """A participle of aim on a noun of effort ("an offensive aimed at retaking Ramadi", "a
    campaign designed at driving out X"; ``endeavour_nouns.aim_participles``)."""
    words = cues["endeavour_nouns"]
    return (
        participle.dep_ == "acl"
        and participle.lemma_.lower() in words["aim_participles"]
        and participle.head.pos_ == "NOUN"
        and participle.head.lemma_.lower() in words["nouns"]
    )


def _negated_clause(verb: Any) -> bool:
    """A negation on the verb or its subject ("did not pass", "not a day passes", "no week
    goes by")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        k.dep_ == "neg" or (k.dep_ == "det" and k.lower_ == "no")
        for t in (verb, *subjects)
        for k in t.children
    )


def _refusal_cues(
    cues: dict[str, Any],
    trigger: Any,
    tok: Any,
    lemma: str,
    kids: list[Any],
    beyond: bool,
    described: bool,
    predicated: bool,
    found: list[Status],
) -> None:
    """A word of the chain that denies or refuses the event ("rejected", "a boycott of"), or
    that a negation sits on ("did not meet", "urged Israel not to attack")."""
    if beyond:
        denying = False
    elif tok.pos_ == "NOUN":
        # "the continued decline of the regime": a denying verb's noun is no denial
        # unless the noun itself withholds ("a boycott of the summit")
        denying = lemma in cues["denied_nouns"]
    elif tok.pos_ == "ADP":
        # "a deal without the expulsion of X", "left without meeting Y": what is done
        # without the event says it did not happen (evt50); not under a negation ("not a day
        # passes without attacks on X": they keep happening)
        denying = (
            lemma in cues["denied_preps"] and tok.i < trigger.i and not _negated_clause(tok.head)
        )
    else:
        denying = lemma in cues["denied_verbs"]
    if not beyond and lemma in cues["opposing_verbs"] and _own_act(trigger, tok):
        # "opposed bombing the camps", "resisted joining the coalition": the verb's own act
        # is refused (not "opposed the plan, with X calling it mad": no act of its own)
        denying = True
    negated = any(k.dep_ == "neg" or (k.dep_ == "det" and k.lower_ == "no") for k in kids)
    if denying and tok != trigger and not described:
        particle = cues["denied_particles"].get(lemma)
        if (particle is None or any(k.lower_ == particle for k in kids)) and not (
            _hedged(cues, tok)
        ):
            if negated and not predicated:
                # a refusal negated: "did not rule out a strike" leaves the act possible;
                # "did not cancel the visit" lets it go ahead (no status from this word)
                if lemma in cues["doubted_refusals"]:
                    found.append(Status.HYPOTHETICAL)
                return
            found.append(Status.DENIED)
    if (
        not predicated
        and not beyond
        and (
            any(k.dep_ == "neg" or (k.dep_ == "det" and k.lower_ == "no") for k in kids)
            or tok.lower_ in ("not", "never")
        )
        and not _litotes(cues, trigger, tok, lemma)
        and not _given_topic(cues, trigger, tok, lemma)
        and not _delayed_until(cues, tok, kids)
    ):
        if _bidden(tok):
            # "urged Israel not to attack Gaza", "warned Russia not to": what another
            # wants the actor not to do is no refusal of the actor's
            above = tok.head.lemma_.lower()
            asked = above in cues["directive_verbs"] or above in cues["proposed_words"]
            found.append(Status.PROPOSED if asked else Status.HYPOTHETICAL)
        elif _wanting_means(cues, tok, kids):
            found.append(Status.HYPOTHETICAL)  # "cannot defeat X without air support"
        else:
            found.append(Status.DENIED)  # "did not meet", "sees no ground for a meeting"
    if not beyond and not predicated and _neither_subject(kids):
        found.append(Status.DENIED)  # "Neither India nor China attacked Bhutan"
    if not beyond and tok is not trigger and _not_yet(cues, lemma, kids):
        found.append(Status.DENIED)  # "Putin has yet to visit Japan": not done so far


def _wanting_means(cues: dict[str, Any], tok: Any, kids: list[Any]) -> bool:
    """ "The army cannot defeat the Taliban without air support", "could not hold the town
    without reinforcements": an ability denied only for want of what "without" names is a
    condition, not a refusal; the act may come with it (``wanting_means`` in cues.json)."""
    words = cues["wanting_means"]
    return any(k.dep_ == "aux" and k.lower_ in words["modals"] for k in kids) and any(
        k.dep_ == "prep" and k.lower_ in words["preps"] and k.i > tok.i for k in kids
    )


def _neither_subject(kids: list[Any]) -> bool:
    """ "Neither India nor China attacked Bhutan", "neither side fired": a subject that
    "neither" opens says none of its members did it."""
    return any(
        k.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ in ("det", "preconj") and c.lower_ == "neither" for c in k.children)
        for k in kids
    )


def _delayed_until(cues: dict[str, Any], tok: Any, kids: list[Any]) -> bool:
    """ "did not arrive in Kabul until the attack stopped", "did not return until Friday": a
    negated verb with "until" after it tells when the event took place, not that it did not;
    with a modal or future auxiliary it is a condition ("will not meet X until Y withdraws"),
    and "until now" is not so far (``delayed_until`` in cues.json)."""
    words = cues["delayed_until"]
    modal = {*cues["hypothetical_aux"], *cues["planned_aux"]}
    if any(k.dep_ == "aux" and k.lower_ in modal for k in kids):
        return False
    for k in kids:
        if k.i < tok.i:
            continue  # "Until 2017, Macron had not visited Algeria": a span without the visit
        if k.dep_ == "prep" and k.lower_ in words["words"]:
            return not any(c.lower_ in words["still_not"] for c in k.children)
        if k.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in words["words"] for c in k.children
        ):
            return True
    return False


def _not_yet(cues: dict[str, Any], lemma: str, kids: list[Any]) -> bool:
    """ "has yet to visit Japan", "is yet to meet the rebels": the infinitive under "have" or
    "be" with "yet" has not happened so far (``not_yet`` in cues.json)."""
    words = cues["not_yet"]
    return (
        lemma in words["heads"]
        and any(k.dep_ == "advmod" and k.lower_ in words["adverbs"] for k in kids)
        and any(
            k.dep_ == "xcomp" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in k.children)
            for k in kids
        )
    )


def _litotes(cues: dict[str, Any], trigger: Any, tok: Any, lemma: str) -> bool:
    """The negation sits on a word of concealment above the event ("has not hidden its support
    for X", "never concealed its aid", "made no secret of its backing", "has not shied away from
    criticising X"): not hiding an act affirms it, so the negation denies nothing of the event
    (``litotes``)."""
    words = cues["litotes"]
    kind = "nouns" if tok.pos_ == "NOUN" else "verbs"
    return tok is not trigger and lemma in words[kind]


def _given_topic(cues: dict[str, Any], trigger: Any, tok: Any, lemma: str) -> bool:
    """A definite event noun that a negated verb of talk or inquiry (``topic_verbs``) takes as
    its topic ("has never referred the killing of X to the court", "did not investigate the
    attack on X", "has not commented on the shelling"): the verb's negation is about the
    talking, the event itself is given ("did not carry out the attack" is no such verb)."""
    if trigger.pos_ != "NOUN" or tok is trigger:
        return False
    if lemma not in cues["topic_verbs"]:
        return False  # (a verdict verb, "did not condemn the raid", is a claim of its own)
    if not any(
        (k.dep_ == "det" and k.lower_ in ("the", "this", "that", "these", "those"))
        or k.dep_ == "poss"
        for k in trigger.children
    ):
        return False  # "never thought of an attack on X": no given event
    # "never referred the deaths ..., nor the torture of X"
    noun = first_conjunct(trigger, head_pos="NOUN")
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head  # "commented on the attack"
    # (the parser may hang a noun after "nor" on the verb itself)
    return noun.head is tok and noun.dep_ in ("dobj", "prep", "conj")


def _own_act(trigger: Any, verb: Any) -> bool:
    """Whether the trigger is a gerund the verb governs as its own complement ("opposed
    bombing X", "rejected negotiating with Y"), not a noun with a determiner ("opposed the
    bombing of X": an act that took place)."""
    return (
        trigger.head.i == verb.i
        and trigger.i != verb.i
        and trigger.dep_ in ("xcomp", "dobj", "ccomp")
        and trigger.lower_.endswith("ing")
        and not any(c.dep_ in ("det", "poss") for c in trigger.children)
    )


def _mood_cues(
    cues: dict[str, Any],
    sets: tuple[set[str], set[str], set[str]],
    trigger: Any,
    tok: Any,
    lemma: str,
    kids: list[Any],
    beyond: bool,
    predicated: bool,
    found: list[Status],
    maybe: set[str],
) -> None:
    """A word of the chain that doubts the event ("little evidence of", "the threat of",
    "accused of", a modal or a hedge), asks for it ("proposed", "must") or plans it ("will",
    "plans to"); ``sets``: ``_status_sets(cues)``."""
    scant = cues["scant_evidence"]
    if (
        lemma in scant["nouns"]
        and tok != trigger
        and any(k.dep_ in ("amod", "det") and k.lower_ in scant["words"] for k in kids)
    ):
        found.append(Status.DENIED)  # "there is little evidence of X travelling to Y"
    if lemma in cues["threat_nouns"] and tok != trigger and tok.pos_ == "NOUN":
        found.append(Status.HYPOTHETICAL)  # "the threat of sanctions": no sanction yet
        maybe.add(lemma)
    if lemma in cues["alleged_words"] and tok != trigger and not _literal_hedge(cues, tok):
        found.append(Status.HYPOTHETICAL)  # "accused of arming", "charges of colluding"
        maybe.add(lemma)
        if _denied_by_accused(cues, tok):
            found.append(Status.DENIED)  # "is accused of arming them, but denies it"
    hypothetical_aux, hypothetical, planned_aux = sets
    # the trigger's own word is no cue on its heads ("became the first to warn"), nor is a
    # date's ("earlier this May, X accused Y": the month, not the modal)
    words = {k.lower_ for k in kids if k != trigger and k.ent_type_ != "DATE"} | (
        {lemma, tok.lower_} if tok != trigger and lemma else set()
    )
    hedges = words & hypothetical
    if predicated:
        hedges -= hypothetical_aux
    if beyond:
        # "has reportedly killed hundreds after seizing the town": a hedge on the main
        # verb doubts the main claim, not the frame's event; a modal may still reach it
        hedges &= hypothetical_aux | set(cues["conditional_marks"])
    if hedges:
        maybe |= hedges
        found.append(Status.HYPOTHETICAL)
    if lemma in cues["proposed_words"] and tok != trigger:
        found.append(Status.PROPOSED)
    if any(k.dep_ == "aux" and k.lower_ in cues["obligation_aux"] for k in kids):
        found.append(Status.PROPOSED)  # "the court judged that he must be handed over"
    if _headline_future(tok):
        found.append(Status.PLANNED)  # "Hezbollah to increase presence in Syria"
    if (
        words & planned_aux
        # (the word too: the model's lemma of "hopes" / "hoped" is "hop")
        or (
            # (an empty lemma: a coordinated verb's own word, which says nothing of the claim)
            lemma
            and (lemma in cues["planned_words"] or tok.lower_ in cues["planned_words"])
            and tok != trigger
            and tok.dep_ != "prep"  # "due to its support for X": a cause, no schedule
        )
        or any(k.lower_ in cues["planned_words"] and k.dep_ == "amod" for k in kids)
        or (tok != trigger and lemma == "be" and any(k.dep_ == "xcomp" for k in kids))
        or (tok == trigger and _scheduled(cues, tok))
    ):
        found.append(Status.PLANNED)


def _literal_hedge(cues: dict[str, Any], verb: Any) -> bool:
    """A hedge verb with no clause or predicate after it is meant literally: "has appeared in
    only one video since his group seized Mosul", "appeared in court" doubt nothing, while
    "appears to reveal", "it seems that", "seemed ready" do."""
    return verb.lemma_.lower() in cues["hedge_verbs"] and not any(
        k.dep_ in cues["hedge_complements"] for k in verb.children
    )


def _scheduled(cues: dict[str, Any], noun: Any) -> bool:
    """An event noun whose phrase says it is scheduled ("a meeting scheduled for Wednesday",
    "talks with X slated for June": the parser may hang the participle on the noun's object)
    is to come, as "a planned meeting" is (place63)."""
    return noun.pos_ == "NOUN" and any(
        t.dep_ == "acl" and t.tag_ == "VBN" and t.lower_ in cues["scheduled_participles"]["words"]
        for t in noun.subtree
    )


def _bare_noun_mood(cues: dict[str, Any], trigger: Any, node: Any, found: list[Status]) -> None:
    """A bare event noun ("a meeting between A and B") takes the mood of what precedes it in
    its own clause ("would expand ..., saying the group was engaged in a battle" is no
    hypothetical battle)."""
    for tok in node.subtree:
        if tok.i >= trigger.i:
            break
        if tok.lower_ in cues["planned_aux"] or (
            tok.lemma_.lower() in ("agree", "plan") and any(k.dep_ == "xcomp" for k in tok.children)
        ):
            found.append(Status.PLANNED)
        if tok.lower_ in cues["hypothetical_aux"] and tok.dep_ == "aux":
            found.append(Status.HYPOTHETICAL)


def _governor_cues(
    cues: dict[str, Any], node: Any, governor: str, found: list[Status], maybe: set[str]
) -> None:
    """The verb that governs the claim's clause denies it ("denied that"), alleges it
    ("alleged that"), or a hedge verb stands anywhere above it ("appears to reveal")."""
    if governor in cues["denied_verbs"] and governor not in cues["denied_particles"]:
        found.append(Status.DENIED)  # "the Kremlin denied that Putin met Xi"
    elif governor in cues["alleged_words"]:
        found.append(Status.HYPOTHETICAL)  # "alleged that Iran had armed them"
        maybe.add(governor)
    elif not _describes_actor(cues, node):
        # "the audio appears to reveal Egyptian officials worked ... to deliver weapons": a
        # hedge anywhere above the claim's clause
        up = node
        for _ in range(6):
            if up.head == up:
                break
            up = up.head
            if up.lemma_.lower() in cues["hedge_verbs"] and not _literal_hedge(cues, up):
                found.append(Status.HYPOTHETICAL)
                maybe.add(up.lemma_.lower())
                break


def _clause_mood(
    ctx: ArticleContext,
    trigger: Any,
    node: Any,
    governor: str,
    found: list[Status],
    maybe: set[str],
) -> None:
    """Recast what was found by the verb governing the claim's clause (a belief, an
    expectation, a wish, a suggestion, a report of speech), then the last resorts: a denial
    just before, a later event, a yes-no question."""
    cues = ctx.cues
    if (
        node.dep_ == "ccomp"
        and governor in cues["belief_verbs"]["verbs"]
        and (Status.DENIED in found or Status.PLANNED in found)
    ):
        # "demonstrators think the police will not fire": a belief about what may come
        found[:] = [s for s in found if s not in (Status.DENIED, Status.PLANNED)]
        found.append(Status.HYPOTHETICAL)
    if expected_by_another(cues, node, governor, found):
        # (opin3) neither the doer's plan nor a refusal: "hopes Iran will not attack"
        found[:] = [s for s in found if s not in (Status.PLANNED, Status.DENIED)]
        found.append(Status.HYPOTHETICAL)
    if (
        node.dep_ == "ccomp"
        and governor in cues["desire_verbs"]
        and any(k.dep_ == "aux" and k.tag_ == "TO" for k in node.children)
    ):
        found.append(Status.PROPOSED)  # "UKIP wants the country to withdraw from the EU"
    if _due(cues, node):
        found.append(Status.PROPOSED)  # "it is time for A and B to settle their dispute"
    if node.dep_ == "ccomp" and governor in cues["proposed_words"]:
        if _evidential(cues, node.head):
            # "media reports suggest that the ISI will equip them": a sign, not a proposal
            found[:] = [*(s for s in found if s is not Status.PLANNED), Status.HYPOTHETICAL]
            maybe.add(governor)
        else:
            # "X suggested that A should meet B": a proposal, not a hypothesis
            found[:] = [*(s for s in found if s is not Status.HYPOTHETICAL), Status.PROPOSED]
    reported = node.dep_ == "ccomp" and node.head.lemma_.lower() in cues["speech_verbs"]
    if reported and Status.HYPOTHETICAL in found and maybe == {"would"}:
        # "he said he would visit": future in the past, not a hypothesis
        found[:] = [*(s for s in found if s is not Status.HYPOTHETICAL), Status.PLANNED]
    if reported and not found and _denied_before(ctx, trigger, node):
        found.append(Status.DENIED)  # "X denied reports that ... . Y said the strike killed Z"
    if not found and _later_event(cues, trigger):
        found.append(Status.PLANNED)  # "comes a day before Castro's visit to the Vatican"
    if not found and _futurate(ctx, node):
        found.append(Status.PLANNED)  # "Buhari is travelling to Chad on Wednesday"
    if _yes_no_question(ctx, trigger):
        found.append(Status.HYPOTHETICAL)  # "Did Russia arm the rebels?": asked, not told


def _due(cues: dict[str, Any], node: Any) -> bool:
    """The claim's clause is said to be due: "it is time for A to ..." (a clause on the bare
    noun) or "it's high time A and B put aside ..." (a clause beside it, after the copula)."""
    due = cues["due_nouns"]

    def bare(noun: Any) -> bool:
        """A due noun as the copula's attribute, with no determiner ("it is time")."""
        return (
            noun.dep_ == "attr"
            and noun.lemma_.lower() in due
            and not any(k.dep_ in ("det", "poss", "nummod") for k in noun.children)
        )

    if node.dep_ in ("relcl", "acl"):
        return bare(node.head)
    return node.dep_ == "ccomp" and any(bare(k) for k in node.head.children)


def _wanted_clause(cues: dict[str, Any], verb: Any) -> bool:
    """True for an infinitive with its own subject after "for" ("called for Israel to lift
    the blockade", "the green light for militias to attack ISIL"): what is wanted, allowed or
    asked for, not done; unless the verb above reports it done ("it took three days for the
    army to retake the town"; ``wanted_clauses``)."""
    kids = list(verb.children)
    return (
        verb.tag_ == "VB"
        and any(k.dep_ == "mark" and k.lower_ == "for" for k in kids)
        and any(k.dep_ in ("nsubj", "nsubjpass") for k in kids)
        and any(k.dep_ == "aux" and k.tag_ == "TO" for k in kids)
        and verb.head.lemma_.lower() not in cues["wanted_clauses"]["done_heads"]
    )


def _aim_status(ctx: ArticleContext, node: Any) -> Status:
    """The status of a claim no word qualified: occurred, unless its clause is the aim of
    another act ("will travel to Jerusalem to meet X"), which it then follows."""
    cues = ctx.cues
    if (
        node.dep_ == "advcl"
        and node.tag_ == "VB"
        and any(k.dep_ == "aux" and k.tag_ == "TO" for k in node.children)
    ):
        # "will travel to Jerusalem to meet X": an aim is no more real than the act that
        # serves it (a past "travelled to meet X" keeps its own reading)
        served = status(ctx, node.head, node.head)
        if served is Status.OCCURRED and node.head.lemma_.lower() in cues["deploy_verbs"]:
            # "troops have been deployed to retake Ramadi", "is gearing up to retake the
            # province": the aim of a deployment or a preparation is still to come
            return Status.PLANNED
        return served
    return Status.OCCURRED


def _evidential(cues: dict[str, Any], verb: Any) -> bool:
    """True when the subject of ``verb`` is a report or a sign ("reports suggest that"), whose
    "suggest" tells what may be so, not what someone proposes."""
    nouns = cues["scant_evidence"]["nouns"] + cues["denied_reports"]["nouns"]
    nouns += cues["evidential_nouns"]
    if any(k.dep_ == "nsubj" and k.lemma_.lower() in nouns for k in verb.children):
        return True
    # "Rejected by Kabul, media reports suggest ...": a subject the parser hung elsewhere,
    # right before the verb that then has none
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return (
        before is not None
        and before.pos_ == "NOUN"
        and before.lemma_.lower() in nouns
        and not any(k.dep_ in ("nsubj", "nsubjpass") for k in verb.children)
    )


def _bidden(verb: Any) -> bool:
    """True for an infinitive said of the object of the verb above ("urged Israel not to
    attack"), not of its subject ("Israel decided not to attack")."""
    return (
        verb.dep_ == "xcomp"
        and any(k.dep_ == "aux" and k.tag_ == "TO" for k in verb.children)
        and any(k.dep_ == "dobj" for k in verb.head.children)
    )


def _coordinated(below: Any, verb: Any) -> bool:
    """True when ``below`` is a verb coordinated with the verb ``verb`` ("rejected ... and
    attacked")."""
    if not (
        below.dep_ == "conj" and below.pos_ in ("VERB", "AUX") and verb.pos_ in ("VERB", "AUX")
    ):
        return False
    # "charged with organising a militia and then attacking X": the parser may hang the
    # second gerund on the verb above the first; it is the first's partner, under the same
    # charge
    return not (
        below.tag_ == "VBG"
        and verb.tag_ != "VBG"
        and any(
            k.dep_ == "prep" and k.i < below.i and any(g.tag_ == "VBG" for g in k.children)
            for k in verb.children
        )
    )


def _describes_actor(cues: dict[str, Any], node: Any) -> bool:
    """True for a present participle describing the actor noun it hangs on.

    "threatens to cut supply lines used by factions fighting the government": what the
    factions are doing is told as a fact; the mood of the clause above is about something
    else (an infinitive, "militants to attack", and a past participle, "talks mediated by
    the EU", still take it, and so does a report's content: "little evidence of fighters
    travelling to Y").
    """
    return (
        node.dep_ == "acl"
        and node.tag_ == "VBG"
        and node.head.pos_ in ("NOUN", "PROPN")
        and not _told(cues, node.head)
        and not any(k.dep_ in ("aux", "auxpass", "mark", "nsubj") for k in node.children)
    )


def _state_participle(cues: dict[str, Any], node: Any, below: Any) -> bool:
    """True for a past participle that describes the noun it hangs on by a deed in its own
    phrase ("any country involved in bombing Y", "fighters engaged in attacks on Y"): the
    clause above ("would not attend talks in X or any country ...") says nothing of it."""
    return (
        node.dep_ == "acl"
        and node.tag_ == "VBN"
        and below.dep_ == "prep"
        and below.head is node
        and node.head.pos_ in ("NOUN", "PROPN")
        and not _told(cues, node.head)
        # "will launch an offensive aimed at retaking X": the aim takes the endeavour's mood
        and not endeavour_aim(cues, node)
        and not any(k.dep_ in ("aux", "auxpass", "mark", "nsubj", "agent") for k in node.children)
    )


def _told(cues: dict[str, Any], actor: Any) -> bool:
    """True when the noun a participle describes is what a report, an allegation or scant
    evidence is of ("little evidence of fighters travelling to Y"): the participle's deed is
    that report's content and takes its mood."""
    noun = first_conjunct(actor)  # "evidence of funding or fighters travelling"
    owner = noun.head.head.lemma_.lower() if noun.dep_ == "pobj" else ""
    return (
        owner in cues["scant_evidence"]["nouns"]
        or owner in cues["denied_reports"]["nouns"]
        or owner in cues["alleged_words"]
    )


def expected_by_another(
    cues: dict[str, Any], node: Any, governor: str, found: list[Status]
) -> bool:
    """(opin3) "Germany expects Russia to attack Ukraine", "France hopes Iran will sign",
    "Israel fears Hezbollah could strike": an event not yet real, in a clause with its own
    subject that an expectation verb governs, is the expecter's belief, not the doer's plan
    (``expectation_verbs`` in cues.json). "X is expected to meet Y" and "X expects to meet Y"
    (no subject of their own: an xcomp) are plans; "believes Russia attacked" (past) is left;
    "hopes Iran will not attack" is no refusal of Iran's."""
    verbs = cues["expectation_verbs"]["verbs"]
    if node.dep_ != "ccomp" or (governor not in verbs and node.head.lower_ not in verbs):
        return False  # (the word itself too: the model's lemma of "hopes" is "hop")
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        return False
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)
    future = any(c.dep_ == "aux" and c.lower_ in cues["planned_aux"] for c in node.children)
    return infinitive or future or Status.PLANNED in found


def believed_not(ctx: ArticleContext, trigger: Any) -> bool:
    """ "demonstrators think the police will not fire": an event a belief verb expects not to
    happen is nobody's claim (no event, not even a refused one)."""
    node = trigger
    for _ in range(8):
        if node.dep_ in _CLAUSE_EDGES or node.head == node:
            break
        node = node.head
    return (
        node.dep_ == "ccomp"
        and node.head.lemma_.lower() in ctx.cues["belief_verbs"]["verbs"]
        and any(c.dep_ == "neg" for c in node.children)
    )


def _yes_no_question(ctx: ArticleContext, token: Any) -> bool:
    """The token's sentence asks whether something is so (``_asks``): read from the
    paragraph's questions found once (``yes_no_questions``), else from its sentence."""
    asked = ctx.questions.get(id(token.doc))
    if asked is None:  # a paragraph the article's questions were not found in
        return _asks(list(token.sent))
    i = token.i
    return any(start <= i < end for start, end in asked)


def _asks(sent: list[Any]) -> bool:
    """The sentence asks whether something is so: it opens with an auxiliary ("Did", "Will",
    "Were") and ends with a question mark (a "why" or "how" question takes the event as
    given)."""
    for last in reversed(sent):  # the last word first: rarely a "?"
        if not (last.is_punct and last.text != "?") and not last.is_space:
            if last.text != "?":
                return False
            break
    words = [t for t in sent if not (t.is_punct and t.text != "?") and not t.is_space]
    return len(words) > 2 and words[-1].text == "?" and words[0].pos_ == "AUX"


def yes_no_questions(ctx: ArticleContext, paragraphs: list[Paragraph]) -> None:
    """The bounds of each paragraph's yes-no questions (``_asks``), found once for the
    article: ``status`` asks for each claim, and a sentence with no "?" asks nothing (most
    paragraphs have none: their sentences are not read)."""
    for para in paragraphs:
        texts = para.columns.text
        if texts is None:  # stand-in tokens: each claim's sentence is read as it comes
            continue
        asked: list[tuple[int, int]] = []
        if "?" in texts:
            tokens = para.tokens
            asked = [(s, e) for s, e in para.sents if "?" in texts[s:e] and _asks(tokens[s:e])]
        ctx.questions[id(para.doc)] = asked


def _event_words(cues: dict[str, Any], tokens: Any) -> set[str]:
    """The lemmas of the verbs and event nouns among some tokens."""
    nouns = {n for k, v in cues["event_anaphora"].items() if k != "_comment" for n in v}
    said = set(cues["speech_verbs"])
    return {
        t.lemma_.lower()
        for t in tokens
        if (t.pos_ == "VERB" and t.dep_ not in ("aux", "auxpass") and t.lemma_.lower() not in said)
        or t.lemma_.lower() in nouns
    }


def denied_reports(ctx: ArticleContext, paragraphs: list[Paragraph]) -> None:
    """ "The US denied reports that a coalition air strike hit a mosque": the event words of
    the denied report, kept for the sentence after the denial (which often gives the report)."""
    table = ctx.cues["denied_reports"]
    verbs, nouns = frozenset(table["verbs"]), frozenset(table["nouns"])
    pending: frozenset[str] | None = None
    for para in paragraphs:
        if verbs.isdisjoint(para.words):  # no denial verb (a lemma is one of its words)
            if pending and para.sents:  # the report's words go to the first sentence, as below
                ctx.denied_reports[(id(para.doc), para.sents[0][0])] = pending
                pending = None
            continue
        lemmas = para.lemmas
        for start, end in para.sents:
            if pending:
                ctx.denied_reports[(id(para.doc), start)] = pending
            pending = None
            for i in range(start, end):
                if lemmas[i] not in verbs:
                    continue
                tok = para.tokens[i]
                reports = [
                    k for k in tok.children if k.dep_ == "dobj" and k.lemma_.lower() in nouns
                ]
                if not reports:
                    continue
                told = [t for r in reports for t in r.subtree if t != r]
                told += [t for k in tok.children if k.dep_ == "ccomp" for t in k.subtree]
                words = _event_words(ctx.cues, told)
                if words:
                    pending = frozenset(words)


def _denied_before(ctx: ArticleContext, trigger: Any, clause: Any) -> bool:
    """A reported claim right after a denial of a report of the same event ("X denied
    reports that its strike hit a mosque. Y said the strike had killed Z")."""
    if not ctx.denied_reports:
        return False
    denied = ctx.denied_reports.get((id(trigger.doc), trigger.sent.start))
    return bool(denied and denied & _event_words(ctx.cues, clause.subtree))


def _hedged(cues: dict[str, Any], verb: Any) -> bool:
    """A denial verb under a modal or a threat ("could stop negotiating", "threatened to
    boycott the talks") has not denied anything yet: the claim is hypothetical."""
    hedges = set(cues["hypothetical_aux"])
    if any(k.dep_ == "aux" and k.lower_ in hedges for k in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in cues["hypothetical_words"]


def _futurate(ctx: ArticleContext, verb: Any) -> bool:
    """A present progressive with a time phrase of its own that does not lie before the
    publication tells an arrangement ("X is travelling to Chad on Wednesday", "is meeting Y
    tomorrow"); an act under way carries no such phrase ("are fighting ISIL in Ramadi"), and
    a past one lies before ("was travelling on Monday", "is ... last week")."""
    if verb.tag_ != "VBG" or ctx.published is None:
        return False
    auxes = [k for k in verb.children if k.dep_ == "aux"]
    if not any(k.lemma_ == "be" and k.tag_ in ("VBZ", "VBP") for k in auxes) or any(
        k.lemma_ == "have" for k in auxes
    ):
        return False  # "was travelling", "has been fighting", "to be travelling"
    for kid in verb.children:
        if kid.dep_ not in ("prep", "npadvmod", "tmod"):
            continue
        # the phrase's first date words ("on Wednesday", not "since March, a month after ...")
        words = [kid] if kid.dep_ == "prep" else []
        for t in kid.subtree:
            if t.ent_type_ == "DATE":
                words.append(t)
            elif len(words) > 1:
                break
        if len(words) <= (1 if kid.dep_ == "prep" else 0):
            continue
        value = resolve_date(" ".join(t.text for t in words), ctx.published, future=True)
        if value is not None and value >= ctx.published[: len(value)]:
            return True
    return False


def _later_event(cues: dict[str, Any], noun: Any) -> bool:
    """An event noun after "before" or "ahead of" whose clause is in the present or future
    ("The parade comes a day before Castro's visit", "will meet ahead of the summit") has not
    happened yet. A past clause ("met on Sunday ahead of talks") leaves it to the date."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    prep = noun.head
    words = cues["later_preps"]
    if prep.lower_ not in words["preps"] and not (
        prep.lower_ == "of" and prep.head.lower_ in words["before_of"]
    ):
        return False
    verb = prep.head if prep.lower_ != "of" else prep.head.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(verb.children)
    if any(k.dep_ in ("aux", "auxpass") and k.tag_ in ("VBD", "VBN") for k in kids):
        return False
    future = any(k.dep_ == "aux" and k.lower_ in cues["planned_aux"] for k in kids)
    return future or (verb.tag_ in ("VBZ", "VBP") and not any(k.lemma_ == "have" for k in kids))


def story_lead(ctx: ArticleContext, paragraphs: list[Paragraph]) -> None:
    """Find the headline (a first paragraph of one sentence with no full stop) and the lead's
    first sentence, and the story's day: the first day of a past deed that the three
    sentences after the lead give (within a week before publication), else the published
    day."""
    denied_reports(ctx, paragraphs)
    yes_no_questions(ctx, paragraphs)
    if not paragraphs:
        return
    contest = contest_report(ctx, paragraphs)
    if ctx.published is None:
        if contest:  # no day to give, but a match report all the same
            ctx.lead = Lead(frozenset(), None, None, contest)
        return
    first = list(paragraphs[0].doc.sents)
    title = None
    body = paragraphs
    if len(first) == 1 and first[0].text.rstrip()[-1:] not in (".", "!", "?", '"', "”"):
        title = paragraphs[0].offset + first[0].start_char
        body = paragraphs[1:]
    starts = {title} if title is not None else set()
    following: list[tuple[Paragraph, Any]] = []
    for para in body[:2]:
        for sent in para.doc.sents:
            if len(starts) < (2 if title is not None else 1):
                starts.add(para.offset + sent.start_char)
            elif len(following) < 3:
                following.append((para, sent))
    published = dt.date.fromisoformat(ctx.published)
    day = ctx.published
    for para, sent in following:
        found = _past_day(ctx, para, sent, published)
        if found is not None:
            day = found
            break
    ctx.lead = Lead(frozenset(s for s in starts if s is not None), title, day, contest)


# id of a contest_report table -> (the table, its words as one pattern)
_GAME_WORDS: dict[int, tuple[dict[str, Any], re.Pattern[str]]] = {}
_SCORE = re.compile(r"(?<![\d.,-])\d{1,3}-\d{1,3}(?![\d-])")
# the core of every score: a text without it holds none (``re`` tries ``_SCORE``'s look-behind
# at every character; this finds the few texts worth it, ~4x faster on news, perf54)
_SCORE_CORE = re.compile(r"\d-\d")


def contest_report(ctx: ArticleContext, paragraphs: list[Paragraph]) -> bool:
    """A match report: scores ("6-3", "1-1") and the words of games ("hat-trick", "seed",
    "first-leg"). In one, "fight X", "a clash with X", "struck twice" and "welcomed X with a
    guard of honour" are a contest between players or teams, no attack or support."""
    table = ctx.cues["contest_report"]
    texts = [para.text for para in paragraphs]
    scores = sum(len(_SCORE.findall(text)) for text in texts if _SCORE_CORE.search(text))
    if scores < table["min_scores"]:
        return False
    held = _GAME_WORDS.get(id(table))
    if held is None or held[0] is not table:
        # hyphenated words ("hat-trick") are several tokens: matched on the text
        alternatives = "|".join(re.escape(w) for w in sorted(table["words"], key=len)[::-1])
        held = _GAME_WORDS[id(table)] = (table, re.compile(rf"\b(?:{alternatives})\b"))
    found: set[str] = set()
    for para in paragraphs:
        found.update(held[1].findall(para.text.lower()))
    return len(found) >= int(table["min_words"])


def _past_day(ctx: ArticleContext, para: Paragraph, sent: Any, published: dt.date) -> str | None:
    """The first day a sentence gives to a deed already done ("Francis said on Sunday"); in
    "X said on Tuesday that fighters ambushed them on Monday night", the deed's day."""
    said: str | None = None
    for ent in para.dates(sent):
        value = resolve_date(ent.text, ctx.published)
        if value is None or len(value) != 10:
            continue
        verb = ent.root.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        if any(k.tag_ == "MD" or (k.tag_ == "TO" and k.dep_ == "aux") for k in verb.children):
            continue  # "will address the nation later on Friday"
        if not 0 <= (published - dt.date.fromisoformat(value)).days <= 6:
            continue
        if verb.lemma_.lower() not in ctx.cues["speech_verbs"]:
            return value
        said = said or value
    return said


def _denied_by_accused(cues: dict[str, Any], accusation: Any) -> bool:
    """ "Iran is accused of supporting the Houthis, but Iran denies arming them": an
    accusation whose target denies it in the next conjoined clause is a denial."""
    accused = [c for c in accusation.children if c.dep_ == "nsubjpass"]
    if not accused:
        return False
    for other in accusation.children:
        if other.dep_ != "conj" or other.lemma_.lower() not in cues["denied_verbs"]:
            continue
        if other.lemma_.lower() in cues["denied_particles"]:
            continue  # "ruled out": a particle verb says more than a denial
        deniers = [c for c in other.children if c.dep_ == "nsubj"]
        if (
            not deniers
            or all(d.lower_ in cues["denier_pronouns"] for d in deniers)
            or {d.lower_ for d in deniers} & {a.lower_ for a in accused}
        ):
            return True
    return False


def _headline_future(verb: Any) -> bool:
    """A verb with a subject and a bare "to" that no verb governs: the headline style "X to
    visit Y" tells what will happen ("Visa became the first sponsor to warn" does not)."""
    # (a root is its own head: only an "acl" has a head to look at)
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "acl"):
        return False
    if verb.dep_ == "acl" and verb.head.pos_ == "VERB":
        return False
    kids = list(verb.children)
    subject = any(k.dep_ == "nsubj" for k in kids) or (
        verb.dep_ == "acl" and verb.head.dep_ == "ROOT"  # "Obama to visit Kenya"
    )
    return subject and any(k.dep_ == "aux" and k.tag_ == "TO" for k in kids)


def date(
    ctx: ArticleContext, para: Paragraph, clause: Any, trigger: Any, status: Status
) -> str | None:
    dates = para.dates_of(trigger)
    if not dates:  # most sentences: no date phrase to weigh, only the story's day
        return _story_date(ctx, para, trigger) if status is Status.OCCURRED else None
    future = status in (Status.PLANNED, Status.PROPOSED, Status.HYPOTHETICAL)
    anchors = {clause.i, trigger.i}
    node = trigger
    while node.pos_ not in ("VERB", "AUX") and node.head != node and len(anchors) < 6:
        node = node.head
        anchors.add(node.i)
    if any(k.dep_ == "aux" and k.lemma_ == "have" for k in node.children):
        future = False  # "a raid in April may have ended it": a past modal looks back
    if clause.dep_ == "relcl":
        anchors.add(clause.head.i)
    if trigger.dep_ == "conj" and trigger.pos_ == "VERB":
        anchors.add(trigger.head.i)  # "In 2013, Kim purged and executed his uncle"
    main = main_clause(ctx, trigger) or main_clause(ctx, clause)
    if main is not None:
        # "Fighting broke out in December 2013 when Kiir accused Machar", "held a rally on
        # Monday, accusing Ruto of fraud": one time, on the main verb or its objects
        anchors.update(n.i for n in (main, *_objects(main)))
    best: tuple[int, str] | None = None
    dated = False  # a date phrase on the claim, even one that gives no value
    for ent in dates:
        node = prev = ent.root
        if node.doc is para.doc:  # the paragraph's own token: its heads read without a new Token
            node = prev = para.tokens[node.i]
        ahead = future
        for step in range(5):
            if step == 4 and not (prev.dep_ == "prep" and prev.lower_ in ("in", "at", "during")):
                break  # "In an interview on Sunday, X accused ...": a setting's day only
            prev = node
            if node.lower_ in ctx.lx.words.span_preps:
                break  # "since 2022" bounds a period; it does not date the event
            if node.i in anchors:
                dated = dated or is_date_phrase(ent.text)
                value = resolve_date(ent.text, ctx.published, ahead)
                distance = abs(ent.start - trigger.i)
                if value and (best is None or distance < best[0]):
                    best = (distance, value)
                break
            if node.head == node:
                break
            node = node.head
            if (
                node.lemma_.lower() in ctx.cues["planned_words"]
                or node.lower_ in ctx.cues["planned_words"]
            ):
                # "talks scheduled for Thursday (have been postponed)": the day set ahead,
                # whatever became of the event
                ahead = True
    if best is None and trigger.pos_ in ("NOUN", "PROPN"):
        # "following talks with X yesterday, Putin said": the parser hangs the date on the
        # main verb, but it closes the event's own phrase
        end = trigger.right_edge.i + 1
        for ent in dates:
            if ent.start == end:
                value = resolve_date(ent.text, ctx.published, future)
                if value:
                    return value
    if best is None and not dated and status is Status.OCCURRED:
        return _story_date(ctx, para, trigger)
    return best[1] if best else None


def main_clause(ctx: ArticleContext, node: Any) -> Any | None:
    """The main verb whose time and place a clause shares: of a "when", "as" or "while"
    clause, or of a participle adjunct ("went to a rally in Mersin on Monday, launching
    attacks on X"; "Speaking in Lagos, Buhari said ..."), from the clause or a word in it."""
    for _ in range(4):
        if node.dep_ == "advcl":
            participle = node.tag_ == "VBG" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in node.children
            )
            return node.head if participle or _same_time(ctx, node) else None
        if node.dep_ not in ("dobj", "xcomp", "pobj", "prep", "conj", "compound", "amod"):
            return None
        node = node.head
    return None


def _objects(verb: Any) -> list[Any]:
    """The verb's direct object and the objects of its prepositions of a setting ("held a
    rally", "went ahead with a rally", "spoke at a rally"; not "jailed X for protests")."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (
        c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "at", "in", "during")
    ):
        found.extend(p for p in prep.children if p.dep_ == "pobj")
    return found


def _same_time(ctx: ArticleContext, clause: Any) -> bool:
    """The clause is introduced by "when", "as" or "while": it happened at the time (and
    place) of the clause it depends on."""
    return any(
        c.dep_ in ("advmod", "mark") and c.lower_ in ctx.lx.words.places.lists["same_time"]
        for c in clause.children
    )


def _story_date(ctx: ArticleContext, para: Paragraph, trigger: Any) -> str | None:
    """An undated deed told in the headline or the lead's first sentence ("Castro has held
    talks with Pope Francis") happened on the story's day: the day the next sentences give
    ("Francis said on Sunday"), else the published day. Not a state or a period ("has been
    fighting", "has backed X for years": those carry a date word or a progressive)."""
    lead = ctx.lead
    if lead is None or lead.date is None:
        return None
    start = ctx.sentence_span(para, trigger)[0]
    if start not in lead.sentences:
        return None
    if any(e.root.head.lower_ in ctx.lx.words.span_preps for e in para.dates_of(trigger)):
        return None  # "has fought them since 2012", "for months": a period, not a day
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        if trigger.dep_ not in ("dobj", "nsubjpass"):
            return None  # "Xi's visit to India served as ...": the noun's verb is not its own
        verb = trigger.head
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        verb = verb.head  # "has sentenced Morsi, prompting condemnations": one moment
    speech = verb.head
    if (
        verb.dep_ == "ccomp"
        and speech.lemma_.lower() in ctx.cues["speech_verbs"]
        and any(k.lemma_ == "have" and k.dep_ == "aux" for k in speech.children)
    ):
        # "X has executed Y, the spy agency has told MPs": the news is the telling; the deed
        # is older ("officials say 12 fighters have died" tells of today's deed)
        return None
    if verb.dep_ == "advcl" and not _same_time(ctx, verb):
        return None  # "have fled since fighters captured the city": an earlier deed
    kids = list(verb.children)
    if any(k.dep_ == "aux" and k.tag_ in ("VBN", "MD") for k in kids) or verb.tag_ == "VBG":
        return None  # "has been fighting", "would attack": no deed of one day
    perfect = verb.tag_ == "VBN" and any(k.lemma_ == "have" and k.dep_ == "aux" for k in kids)
    if start == lead.title:
        # the headline's present ("Putin backs Blatter"); its past is a reported or older
        # deed ("Informant says Saleh aided al-Qaeda")
        return lead.date if verb.tag_ in ("VBZ", "VBP") or perfect else None
    return lead.date if perfect or verb.tag_ == "VBD" else None


def place(
    ctx: ArticleContext, para: Paragraph, nodes: list[Any], participants: set[str]
) -> str | None:
    """Where the claim happened: a place after "in", "at", "near" on its words ("in Aden",
    "in the town of Kumanovo", "in Yumbis village"), on a clause of the event noun ("the
    clashes that started in Kumanovo"); the place a "where" clause hangs on ("the town of
    Garissa, where fighters killed 148 students"); the place left after the event ("met
    Renzi before leaving Rome")."""
    candidates: list[tuple[int, str]] = []
    for node in dict.fromkeys(nodes):
        _visit_place(ctx, para, participants, candidates, node, 0)
        holder = node.head.head
        if (
            node.dep_ == "pobj"
            and node.head.lower_ in ("in", "inside")
            and holder.pos_ == "NOUN"
            and holder.i != nodes[0].i
        ):
            # "held talks with senior officials in Myanmar": the country taking part, named as
            # where its officials are, is the place when nothing more precise is said
            _add_place(ctx, participants, candidates, para.links.get(node.i), 1, True)
        if node.dep_ == "relcl" and any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in node.children
        ):
            label = places.named_place(ctx, para, node.head)
            _add_place(ctx, participants, candidates, label, 0)
    main = next((m for m in map(lambda n: main_clause(ctx, n), nodes[:2]) if m), None)
    if not candidates and main is not None:
        # "held a rally in Mombasa, accusing Ruto of fraud": the main clause's place
        for node in (main, *_objects(main)):
            _visit_place(ctx, para, participants, candidates, node, 1)
    return min(candidates)[1] if candidates else None


def _add_place(
    ctx: ArticleContext,
    participants: set[str],
    candidates: list[tuple[int, str]],
    label: str | None,
    rank: int,
    taking_part: bool = False,
) -> None:
    """Keep ``label`` as a candidate place of ``place`` at ``rank`` (lower is better): a
    participant only when ``taking_part`` and a country."""
    if not label or not ctx.etype_in(label, PLACE_TYPES):
        return
    kind = 0 if ctx.etype_in(label, (EntityType.PLACE, EntityType.CITY)) else 1
    if label in participants:
        if not taking_part or not ctx.etype_is(label, EntityType.COUNTRY):
            return
        kind += 2
    candidates.append((kind + rank, label))


def _visit_place(
    ctx: ArticleContext,
    para: Paragraph,
    participants: set[str],
    candidates: list[tuple[int, str]],
    node: Any,
    depth: int,
) -> None:
    """The places after "in", "at", "near" on ``node``'s words, kept in ``candidates`` (a
    module-level function, not a closure of ``place``: a recursive closure is a cycle that
    kept each paragraph's Doc alive until the collector's next pass)."""
    for prep in node.children:
        if prep.dep_ in ("relcl", "acl") and depth == 0 and node.pos_ == "NOUN":
            if any(
                c.dep_ == "nsubj" and c.lower_ in ctx.lx.words.relative_pronouns
                for c in prep.children
            ):
                # "the clashes that started ... in the town of Kumanovo"
                _visit_place(ctx, para, participants, candidates, prep, 1)
            continue
        if prep.dep_ == "advcl" and depth == 0 and _same_time(ctx, prep):
            # "was killed as he left his office in Diyarbakir"
            _visit_place(ctx, para, participants, candidates, prep, 1)
            continue
        if prep.dep_ == "prep" and prep.lower_ == "before":
            for pcomp in prep.children:
                if pcomp.dep_ == "pcomp" and pcomp.lemma_.lower() in ("leave", "depart"):
                    for obj in pcomp.children:
                        if obj.dep_ == "dobj":
                            label = places.named_place(ctx, para, obj)
                            _add_place(ctx, participants, candidates, label, depth)
            continue
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "in", "near", "inside"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            label = places.named_place(ctx, para, pobj)
            if label and label not in participants and ctx.etype_in(label, PLACE_TYPES):
                _add_place(ctx, participants, candidates, label, depth)
            elif depth < 2:
                _visit_place(ctx, para, participants, candidates, pobj, depth + 1)


def compound_place(ctx: ArticleContext, para: Paragraph, noun: Any) -> str | None:
    """A place named as a modifier of the event noun ("Kremlin discussions")."""
    for child in noun.children:
        label = para.links.get(child.i)
        if (
            child.dep_ == "compound"
            and label
            and ctx.etype_in(label, (EntityType.PLACE, EntityType.CITY))
        ):
            return label
    return None


def refusal_code(cues: dict[str, Any], clause: Any, status: Status, cameo: str) -> str:
    """The CAMEO code of a claim of ``clause``: its refusal's (CAMEO 12, PLOVER REJECT) when
    the clause's own actor withholds the cooperative act (``withheld``), else its own.

    Called where a claim's status and code are set (interactions, refuge)."""
    if status is Status.DENIED and withheld(cues, clause):
        return refusal_cameo(cameo) or cameo
    return cameo


def withheld(cues: dict[str, Any], clause: Any) -> bool:
    """Does the clause's own actor withhold its act: "refused to meet X", "failed to reach
    agreement", "will not accept the refugees", "vowed not to return X" (``withheld_acts``)?
    Such a denied cooperative act is its actor's refusal, as CAMEO 12 codes it; a denial of
    reports ("played down reports of a meeting") or an act not done ("did not attend") is not.
    """
    words = cues["withheld_acts"]
    head = clause.head.lemma_.lower() if clause.dep_ == "xcomp" else ""
    kids = list(clause.children)
    if any(k.dep_ == "neg" for k in kids):
        return head in cues["vow_verbs"] or any(
            k.dep_ == "aux" and k.lower_ in words["auxes"] for k in kids
        )
    return head in words["verbs"] and not any(k.dep_ == "neg" for k in clause.head.children)


def cameo(ctx: ArticleContext, trigger: Trigger, subject: str, obj: str, place: str | None) -> str:
    """Refine ``met`` (040): 042 visit, 043 host, 044 third place, when the place is known."""
    if trigger.predicate is not Predicate.MET or place is None or trigger.cameo != "040":
        return trigger.cameo
    where = ctx.resolver.country_of(place)
    if where is None and place in ctx.place_country:
        where = ctx.resolver.country_of(ctx.place_country[place])
    if where is None:
        return trigger.cameo
    if where == ctx.resolver.country_of(obj):
        return "042"
    if where == ctx.resolver.country_of(subject):
        return "043"
    if ctx.resolver.country_of(obj) and ctx.resolver.country_of(subject):
        return "044"
    return trigger.cameo
