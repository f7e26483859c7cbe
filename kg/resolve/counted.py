"""Counted people acted upon as mentions (gen54): a number of people that a sanction or an
act of aid takes as its object ("arrested nearly 60 people", "executed six members of an
armed group", "sentenced 11 police officers", "rescued 25 more children and women") are a
group of their article, labelled as written with their number.

They are the people the act fell on, not their country's collective ("police officers"
would otherwise be the country's police) and not nobody (a generic noun such as "people" or
"members" names no actor of its own). People counted with an armed group's name inside
("three Hamas leaders") stand for the group, as kg reads them elsewhere; with an
organisation's ("six FIFA officials") they are its staff, a group of their own that
``kg.extract.roles.counted_staff`` makes its members (count1: the gold's "FIFA officials").
The counted "of" object of the acts' nouns counts too ("the arrest of seven officials").
Words: ``counted_targets`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from typing import Any

from kg.lexicon import Lexicon
from kg.resolve.bodies import Owners, collective_item
from kg.vocab import EntityType

# the cue section of a lexicon (by id, with the section itself to tell a new one from a
# freed one's id) -> its word sets: ``find_collectives`` asks for them on every paragraph
_MADE: dict[int, tuple[dict[str, Any], tuple[frozenset[str], ...]]] = {}


def _counted_sets(lexicon: Lexicon) -> tuple[frozenset[str], ...]:
    """The word sets of ``counted_targets`` (verbs, nouns, relational nouns, act nouns),
    made once a lexicon, not for every paragraph that asks."""
    section = lexicon.cues["counted_targets"]
    held = _MADE.get(id(section))
    if held is None or held[0] is not section:
        if len(_MADE) > 64:  # lexicons made on the fly (tests)
            _MADE.clear()
        sets = tuple(frozenset(section[k]) for k in ("verbs", "nouns", "relational", "acts"))
        held = _MADE[id(section)] = (section, sets)
    return held[1]


def counted_words(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs whose object is counted, the people nouns counted and the nouns whose
    "of" phrase says who they are ("members of an armed group")."""
    verbs, nouns, relational, _ = _counted_sets(lexicon)
    return verbs, nouns, relational


def counted_acts(lexicon: Lexicon) -> frozenset[str]:
    """The nouns of those acts, whose "of" object is counted the same ("the arrest of
    seven officials", "ordered the execution of 15 senior officials")."""
    return _counted_sets(lexicon)[3]


def act_preps(lexicon: Lexicon) -> dict[str, frozenset[str] | None]:
    """The prepositions after an act noun that take its counted object, each with the act
    nouns it serves (None: all of them): "the arrest of seven officials", "death sentences
    against 11 football fans" (atk35)."""
    preps = lexicon.cues["counted_targets"]["act_preps"]
    return {
        p: None if nouns is None else frozenset(nouns)
        for p, nouns in preps.items()
        if not p.startswith("_")
    }


def find_counted_targets(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    owners: Owners,
    used: set[int],
) -> list[dict[str, Any]]:
    """Counted people nouns that are the object of a sanction or aid verb (``verbs``): the
    direct object of its active form, the subject of its passive or the "of" object of its
    noun (``acts``: "the arrest of seven FIFA officials"). Each is a Group of its
    article labelled by its written phrase: the number with its modifiers ("nearly 60",
    "at least three"), the words before the noun, a conjoined noun with no number of its
    own ("children and women") and, for a relational noun, its "of" phrase ("six members
    of an armed group"). Not with a name inside ("three Hamas leaders": Hamas is sanctioned),
    and the "of" phrase is left out when it holds one. Same dicts as ``find_collectives``."""
    verbs, nouns, relational = counted_words(lexicon)
    acts = counted_acts(lexicon)
    preps = act_preps(lexicon)
    found: list[dict[str, Any]] = []
    for head in tokens:
        if head.tag_ != "NNS" or head.lower_ not in nouns or head.i in used:
            continue
        if not _object_of_verb(head, verbs) and not _object_of_act(head, acts, preps):
            continue
        number = _number(head)
        if number is None:
            continue
        start = min(t.i for t in number.subtree)
        if any(t.i in used for t in tokens[start : head.i]):
            continue
        end = _phrase_end(head, nouns, relational)
        if any(i in owners for i in range(head.i + 2, end + 1)):
            end = head.i + 1  # "three members of a Kurdish group": the name stays its own
        surface = text[tokens[start].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
        named = [i for i in range(start + 1, head.i + 1) if _named(owners, i)]
        if named and not staff_of(lexicon, owners, named[-1], head.i):
            continue  # "three Hamas leaders": they stand for the armed group
        item = collective_item(start, end, surface, surface, EntityType.GROUP, scoped=True)
        # "nine Jewish settler families": the people's nationality is part of who they are;
        # "six FIFA officials": the organisation's name is who they work for
        item["absorbs"] = next(
            (owners[i][0] for i in range(start + 1, head.i + 1) if i in owners), None
        )
        item["counted"] = True
        found.append(item)
        used.update(range(start, end))
    return found


def staff_of(lexicon: Lexicon, owners: Owners, end: int, head: int) -> bool:
    """Whether the name ending at ``end``, right before the counted noun at ``head``, is an
    organisation whose staff they are ("six FIFA officials", "two Reuters journalists"): a
    name the model tags as an organisation and the gazetteer lists as one or not at all,
    neither a country nor an armed group ("three Hamas leaders" stand for Hamas, as kg reads
    a group's people elsewhere)."""
    if end != head:
        return False
    _start, name, demonym, label = owners[end]
    return not demonym and label == "ORG" and staff_employer(lexicon, name)


def staff_employer(lexicon: Lexicon, name: str) -> bool:
    """Whether ``name`` is an organisation people counted before its name work for: one
    the gazetteer lists as an Organization or does not know, never an armed group."""
    entry = lexicon.lookup(name)
    if entry is not None:
        return entry.type is EntityType.ORGANIZATION and entry.label not in lexicon.actors.groups
    key = name.lower()  # a name the gazetteer lacks: not one an armed group is written by
    return not any(
        key == label.lower() or key in (a.lower() for a in group.get("aliases", ()))
        for label, group in lexicon.actors.groups.items()
    )


def _object_of_verb(head: Any, verbs: frozenset[str]) -> bool:
    """Whether the noun is the direct object of one of the verbs, or the subject of its
    passive ("arrested 14 men", "14 men were arrested")."""
    verb = head.head
    if verb.lemma_.lower() not in verbs or verb.pos_ != "VERB":
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return bool(head.dep_ == ("nsubjpass" if passive else "dobj"))


def _object_of_act(
    head: Any, acts: frozenset[str], preps: dict[str, frozenset[str] | None]
) -> bool:
    """Whether the noun is the "of" object right after one of the act nouns ("the arrest
    of seven officials"; not "the arrest of their leader and of six members"), or the
    object of another of ``preps`` after the act nouns it serves ("death sentences against
    11 football fans")."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in preps:
        return False
    act = prep.head
    if act.pos_ == "VERB" and prep.i > 0:
        # "upheld death sentences against 11 fans": the parser hangs the preposition on the
        # verb whose object the act noun right before it is
        before = prep.doc[prep.i - 1]
        if before.dep_ == "dobj" and before.head.i == act.i:
            act = before
    lemma = act.lemma_.lower()
    served = preps[prep.lower_]
    return bool(
        act.pos_ == "NOUN"
        and lemma in acts
        and (served is None or lemma in served)
        and prep.i == act.i + 1
    )


def _named(owners: Owners, end: int) -> bool:
    """A name ends at ``end`` that is no nationality or people ("Hamas", "FIFA"; not
    "Somali", "Jewish": those only say who the people are)."""
    if end not in owners:
        return False
    _start, _text, demonym, label = owners[end]
    return not demonym and label != "NORP"


def _number(head: Any) -> Any | None:
    """The number before the noun ("60" of "nearly 60 people"; the parser sometimes hangs
    it as a compound: "Nine FIFA officials"), or none."""
    for child in head.lefts:
        if child.dep_ in ("nummod", "compound") and child.tag_ == "CD" and child.like_num:
            return child
    first = next(head.subtree)
    if first.dep_ == "compound" and first.tag_ == "CD" and first.like_num:
        return first  # "Nine FIFA officials": the number hung on the name
    return None


def counted_start(head: Any, start: int) -> int:
    """Where a group's written phrase starts with its number: the first word of the number
    counting the noun right before ``start`` ("nine" of "nine herdsmen", "two" of "two dozen
    herders", "12" of "12 other defendants"), else ``start``. A counted group is labelled
    with its number, as the targets above are: "14 defendants" and "nine defendants" of one
    article are two groups, and one of them stays one node with the bare "the defendants"
    (kg/resolve/merges.py ``counted_kin``)."""
    number = _number(head)
    if number is None:
        return start
    words = list(number.subtree)
    return int(words[0].i) if words[-1].i == start - 1 else start


def _phrase_end(head: Any, nouns: frozenset[str], relational: frozenset[str]) -> int:
    """Where the counted phrase ends (exclusive): after a conjoined people noun with no
    number of its own ("25 more children and women"), else after the "of" phrase of a
    relational noun up to its own noun ("of a failed coup", not "against President X"),
    else at the noun."""
    for conj in head.rights:
        if (
            conj.dep_ == "conj"
            and conj.tag_ == "NNS"
            and conj.lower_ in nouns
            and _number(conj) is None
        ):
            return int(conj.i) + 1
    if head.lower_ in relational:
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == head.i + 1:
                pobjs = [c for c in prep.children if c.dep_ == "pobj"]
                if pobjs and pobjs[0].tag_ == "NN":
                    return int(pobjs[0].i) + 1
    return int(head.i) + 1
