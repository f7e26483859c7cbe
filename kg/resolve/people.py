"""Plural people of one article that no country owns, as actors of its events: a name's
people by role ("Thailand's neighbours", "FIFA's sponsors"), and leaders or officials of a
region or bloc ("Arab leaders", "regional leaders", "European and North African leaders").

Each is a group of its own article, labelled as written without determiner or number, and
only where it is the subject or object of an event trigger (``event_role``): "regional
leaders met" makes a node, "regional leaders said" does not.
"""

from __future__ import annotations

from typing import Any

from kg.lexicon import Lexicon, light_verb
from kg.nlp.coordination import first_conjunct
from kg.resolve.bodies import Owners, collective_item
from kg.vocab import EntityType, Predicate

# what a group noun is to a trigger: its subject or object, or the object of a preposition of
# ``group_role_preps`` ("rescued by local fishermen", "clashed with villagers")
_GROUP_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
_POSSESSIVES = ("'s", "’s", "'", "’")
# what a region or bloc is to the model ("Arab", "European", "the Gulf")
_REGION_LABELS = frozenset({"NORP", "LOC", "GPE"})


def event_role(head: Any, lexicon: Lexicon) -> bool:
    """Whether a noun (or the first of the nouns it is coordinated with) is the subject or
    object of a verb with an event trigger (or of a verb coordinated with one); a statement
    alone ("critics say") is no event."""
    node = first_conjunct(_share_holder(head, lexicon))  # "critics and opponents accused"
    if node.dep_ == "pobj" and node.head.lower_ in lexicon.cues.get("example_preps", ()):
        # "killed 28 people, including 17 Houthis and 11 tribesmen": the examples take the
        # role of the noun they are examples of (attack63)
        return event_role(node.head.head, lexicon)
    if any(c.dep_ == "acl" and _event_word(c, lexicon) for c in node.children):
        return True  # "anti-war campaigners opposed to British involvement": its doers
    if any(c.dep_ == "relcl" and _relative_doer(c, lexicon) for c in node.children):
        return True  # "scholars who have expressed solidarity with X": the clause's doers
    verb = node.head
    if node.dep_ == "pobj" and _event_noun_party(node, lexicon):
        return True  # "a meeting of Arab leaders", "a summit of regional leaders"
    if _critics_speaking(node, lexicon):
        return True  # "critics said his bid violated the constitution": a verdict (crit47)
    if node.dep_ == "pobj":
        prep = node.head
        if _noun_object(prep, lexicon):
            return True  # "directed the blame on Myanmar's neighbours"
        if prep.dep_ != "agent" and prep.lower_ not in lexicon.actors.group_role_preps:
            return False
        verb = prep.head
    elif node.dep_ not in _GROUP_ROLES:
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    verbs = (verb, *verb.conjuncts)
    if node.dep_ == "nsubj":
        # "a student tried to assassinate X", "tried but failed to storm X": the subject of
        # the verb is the doer of the event it reaches for
        verbs += tuple(c for v in verbs for c in v.children if c.dep_ == "xcomp")
    for candidate in verbs:
        trigger = lexicon.triggers.match(candidate)
        if trigger is not None and trigger.predicate is not Predicate.STATED:
            return True
    # "opponents have raised concerns over the bill": the subject of a light verb whose
    # object is a trigger noun of that verb does its act
    return node.dep_ == "nsubj" and any(
        _light_object(c, lexicon) for v in verbs for c in v.children if c.dep_ == "dobj"
    )


def _noun_object(prep: Any, lexicon: Lexicon) -> bool:
    """The preposition takes the object of an event noun under one of its light verbs, hung
    on the noun or on the verb ("put the blame on X", "directed some of the blame on X"),
    other than a statement's; a bare noun ("disputes with its neighbours") is left out, as
    its preposition may name a side rather than a target."""
    head = prep.head
    nouns = [head]
    if head.pos_ in ("VERB", "AUX"):
        objects = [c for c in head.children if c.dep_ == "dobj"]
        nouns = [
            *objects,
            *(o for c in objects for p in c.children if p.lower_ == "of" for o in p.children),
        ]
    for noun in nouns:
        trigger = lexicon.triggers.match(noun)
        if noun.pos_ != "NOUN" or trigger is None or trigger.light is None:
            continue
        verb = light_verb(noun)
        if (
            trigger.predicate is not Predicate.STATED
            and verb.lemma_.lower() in trigger.light
            and head.i in (noun.i, verb.i)
            and (prep.lower_ == trigger.prep or f"prep:{prep.lower_}" in trigger.object)
        ):
            return True
    return False


def _relative_doer(verb: Any, lexicon: Lexicon) -> bool:
    """A relative clause whose relative pronoun is the subject of an event verb, or of a
    light verb with its trigger noun ("who back Thaksin", "who have expressed solidarity
    with X")."""
    if verb.pos_ != "VERB" or not any(
        c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children
    ):
        return False
    return _event_word(verb, lexicon) or any(
        c.dep_ == "dobj" and _light_object(c, lexicon) for c in verb.children
    )


def _light_object(noun: Any, lexicon: Lexicon) -> bool:
    """The noun is a trigger under its verb as one of the trigger's light verbs ("raised
    concerns", "voiced support"), other than a statement."""
    if noun.pos_ != "NOUN":
        return False
    trigger = lexicon.triggers.match(noun)
    return bool(
        trigger is not None
        and trigger.light is not None
        and trigger.predicate is not Predicate.STATED
        and noun.head.lemma_.lower() in trigger.light
    )


def _share_holder(head: Any, lexicon: Lexicon) -> Any:
    """The share or count a plural is picked out of, which holds its role ("80 percent of
    respondents demanded", "half of the residents backed", "thousands of fans cheered X":
    the people are its subject; ``interactions._whole_of`` gives them the act), else the
    noun itself."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return head
    share = prep.head
    cues = lexicon.cues
    words = {
        *cues.get("partitive_nouns", ()),
        *cues.get("quantity_nouns", ()),
        *cues.get("part_pronouns", {}).get("words", ()),
    }
    return share if share.lemma_.lower() in words or counted_part(share, cues) else head


def counted_part(token: Any, cues: dict[str, Any]) -> bool:
    """A figure of more than one that picks people out of a whole ("seven of its players",
    "20 of the protesters"); "one of" is a single member (``part_pronouns`` of cues.json)."""
    singles = cues.get("part_pronouns", {}).get("single_counts", ())
    return bool(token.like_num) and token.lower_ not in singles


def _critics_speaking(node: Any, lexicon: Lexicon) -> bool:
    """Whether a critic noun says a that-clause ("critics say the deal ..."): critics speak
    against someone (``critics_say`` of cues.json, kg/extract/critics_say.py)."""
    words = lexicon.cues.get("critics_say", {})
    clause = critic_clause(node, words)
    if clause is None:
        return False
    # someone the critics can be against: their own phrase's ("critics of X", "his
    # opponents") or the doer of what they say ("said Kenyatta had failed", "said his bid
    # ..."); "critics said the plan would fail" names no one
    spoken = clause_doers(clause)
    of = [o for p in node.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    nouns = [node, *of] if of else spoken
    return bool(spoken) and any(
        _names_someone(t, words.get("person_words", []))
        or (t.dep_ == "poss" and n is not node)  # "the group's mission"
        for n in nouns
        for t in (n, *n.children)
        if t.i != node.i
    )


def critic_clause(critic: Any, words: dict[str, Any]) -> Any | None:
    """The that-clause a critic says: the ``ccomp`` of its verb, when the critic is a plural
    subject of ``words["nouns"]`` and its verb one of ``words["verbs"]`` (``critics_say`` of
    cues.json: "Critics said [Kenyatta had failed]"), else None ("critics warned of delays").
    Shared with kg/extract/critics_say.py."""
    verb = critic.head
    if (
        critic.dep_ != "nsubj"
        or critic.tag_ != "NNS"
        or critic.lemma_.lower() not in words.get("nouns", ())
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() not in words.get("verbs", ())
    ):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp"), None)


def clause_doers(clause: Any) -> list[Any]:
    """The doers of a clause: its subject, or in the passive the one after "by" ("civilians
    were killed by the army": the passive subject is the victim, no doer)."""
    kids = list(clause.children)
    doers = [s for s in kids if s.dep_ == "nsubj"]
    return doers + [o for a in kids if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def _names_someone(token: Any, pronouns: list[str]) -> bool:
    """Whether a word names an actor or is one of ``pronouns`` that stand for a person
    ("Kenyatta", "Kenyan", "his")."""
    return (
        token.pos_ == "PROPN"
        or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or token.lower_ in pronouns
    )


def _event_word(token: Any, lexicon: Lexicon) -> bool:
    """Whether a word is an event trigger (a statement is no event)."""
    trigger = lexicon.triggers.match(token)
    return trigger is not None and trigger.predicate is not Predicate.STATED


def _event_noun_party(node: Any, lexicon: Lexicon) -> bool:
    """Whether a noun is the object of a ``party_preps`` preposition ("of", "by", "from") of
    an event noun of the trigger lexicon ("a meeting of X", "an attack by X", "condemnation
    from X"), or of a ``meeting_preps`` one after a meeting or talks ("talks with X";
    "disputes with X" name no party): the parties of the event it names."""
    prep = node.head
    noun = prep.head
    cue = lexicon.cues.get("region_people", {})
    meetings = cue.get("meeting_preps", {}).get(prep.lower_)
    if prep.lower_ not in cue.get("party_preps", ()) and meetings is None:
        return False
    if noun.pos_ in ("VERB", "AUX") and prep.lower_ in lexicon.words.group_preps:
        noun = _event_subject(noun)  # "clashes broke out between villagers and police"
    if noun.pos_ != "NOUN" or noun.i > node.i:
        return False
    trigger = lexicon.triggers.match(noun)
    if trigger is None or trigger.predicate is Predicate.STATED:
        return False
    return meetings is None or trigger.predicate.value in meetings


def _event_subject(verb: Any) -> Any:
    """The subject of a verb that carries its subject's "between" phrase ("fighting erupted
    between A and B": "fighting"), else the verb itself (then no event noun)."""
    return next((c for c in verb.children if c.dep_ == "nsubj"), verb)


def find_people(
    tokens: list[Any], text: str, lexicon: Lexicon, owners: Owners, used: set[int]
) -> list[dict[str, Any]]:
    """Owned role groups and region leaders acting in events (see the module). Same dicts
    as ``kg.resolve.collectives.find_collectives``; the owner's name stays its own mention
    (the span is the noun and its lower-case modifiers)."""
    cue = lexicon.cues.get("region_people", {})
    heads, scopes = cue.get("words", ()), cue.get("modifiers", ())
    nouns = lexicon.actors.group_nouns
    found: list[dict[str, Any]] = []
    for head in tokens:
        if head.tag_ != "NNS" or head.i in used or head.ent_type_:
            continue
        if head.lower_ not in nouns and head.lower_ not in heads:
            continue
        first = head.i
        while first > 0 and (
            (tokens[first - 1].is_lower and tokens[first - 1].pos_ == "ADJ")
            or (tokens[first - 1].lower_ in scopes and _lower_or_opening(tokens[first - 1]))
        ):
            first -= 1  # "major international sponsors", "world leaders", "World leaders met"
        if head.lower_ in nouns:
            label_start = _possessor(tokens, first, owners)
        else:
            label_start = _region(tokens, first, head, lexicon, owners, scopes)
        if label_start is None or not event_role(head, lexicon):
            continue
        label = text[tokens[label_start].idx : head.idx + len(head.text)]
        if tokens[label_start].is_sent_start and label_start == first:
            label = label[:1].lower() + label[1:]  # "Regional leaders met"
        absorbs = None
        if head.lower_ not in nouns and first in owners and label_start < first:
            # "Gulf leaders", "European and North African leaders": the region's name right
            # before the noun is part of the group, no place of its own
            absorbs = first = owners[first][0]
        surface = text[tokens[first].idx : head.idx + len(head.text)]
        item = collective_item(first, head.i + 1, surface, label, EntityType.GROUP, scoped=True)
        item["absorbs"] = absorbs
        found.append(item)
        used.update(range(first, head.i + 1))
    return found


def _lower_or_opening(token: Any) -> bool:
    """A word in lower case, or capitalised only as the first of its sentence."""
    return bool(token.is_lower or (token.is_sent_start and token.text[1:].islower()))


def _possessor(tokens: list[Any], first: int, owners: Owners) -> int | None:
    """The first token of the name that owns the noun with a possessive ("Thailand's
    neighbours", "FIFA's major sponsors"), else None."""
    mark = first - 1
    if mark < 1 or tokens[mark].text not in _POSSESSIVES or mark not in owners:
        return None
    return owners[mark][0]


def _region(
    tokens: list[Any],
    first: int,
    head: Any,
    lexicon: Lexicon,
    owners: Owners,
    scopes: Any,
) -> int | None:
    """The label start of leaders of a region or bloc: a lower-case scope word among the
    modifiers ("regional leaders", "world leaders") or a region's name, not a country's,
    right before them ("Arab leaders", "European and North African leaders"); else None."""
    if any(t.lower_ in scopes for t in tokens[first : head.i]):
        return first
    end = first
    if end not in owners or end != head.i:
        return None
    start = owners[end][0]
    names = [owners[end]]
    while start >= 2 and tokens[start - 1].lower_ in ("and", ",") and (start - 1) in owners:
        names.append(owners[start - 1])  # "European and North African leaders"
        start = owners[start - 1][0]
    for _, m_text, demonym, label in names:
        if label not in _REGION_LABELS or _country(lexicon, m_text, demonym):
            return None  # "Kenyan leaders": the country's (kg.resolve.collectives)
    return start


def _country(lexicon: Lexicon, text: str, demonym: bool) -> bool:
    """Whether a name in front of a noun stands for a country (its name or nationality)."""
    entry = lexicon.by_demonym.get(text.lower()) if demonym else None
    entry = entry or lexicon.lookup(text) or lexicon.by_demonym.get(text.lower())
    return entry is not None and (entry.iso is not None or entry.type is EntityType.COUNTRY)
