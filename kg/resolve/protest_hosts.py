"""The article's protesters are the one group it says held the protest: "more than 1,000
Ethiopian Israelis staged a protest ... five protesters were taken to hospital", "About 200
activists gathered to protest ... as protesters hung banners": "protesters" and
"demonstrators" are then that group, not a plain collective of their own.

Only when the article names exactly one such group, some of a people ("Kurdish students")
or a named one, not a whole people ("Burundians"): the subject of a protest verb
("protested", "rallied", ``protest_verbs``), of "staged"/"held" a protest noun, or of a verb
whose clause of aim protests ("gathered to protest"), with no negation or modal on the verb
("Rwandans will not follow them to protest" held none).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kg.lexicon import Lexicon
from kg.resolve.entities import SpanMention

# (a paragraph's tokens, one of its mentions), in article order
Found = Sequence[tuple[list[Any], SpanMention]]


def protest_hosts(found: Found, lexicon: Lexicon) -> dict[int, int]:
    """Index of a protest noun's mention in ``found`` ("protesters") -> index of the first
    mention of the one group the article says held the protest; {} with none or several."""
    nouns = frozenset(lexicon.cues["protest_nouns"]["words"])
    verbs = frozenset(lexicon.actors.protest_verbs)
    crowds = frozenset(lexicon.actors.crowd_nouns)
    held = lexicon.cues["protest_hosts"]
    holds = (frozenset(held["hold_verbs"]), frozenset(held["event_nouns"]))
    hosts: dict[str, int] = {}
    crowd: list[int] = []
    for k, (tokens, mention) in enumerate(found):
        head = tokens[mention.end - 1]
        if mention.label not in ("GROUP", "NORP"):
            continue
        if head.lower_ in nouns:
            if mention.scoped:
                crowd.append(k)
            continue
        if (mention.canonical or mention.text).lower() in lexicon.by_demonym:
            continue  # "Burundians protested": a whole people, not the crowd police fired on
        subject = _crowd_of(head, crowds) or head  # "thousands of X protested"
        if subject.dep_ == "nsubj" and _protests(subject.head, verbs, holds):
            hosts.setdefault((mention.canonical or mention.text).lower(), k)
    if len(hosts) != 1 or not crowd:
        return {}
    host = next(iter(hosts.values()))
    return {k: host for k in crowd}


def _crowd_of(head: Any, crowds: frozenset[str]) -> Any | None:
    """The crowd noun a group's head counts ("Hundreds" of "Hundreds of Nepali teachers"),
    or None."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in crowds:
        return None
    return prep.head


def _protests(
    verb: Any, verbs: frozenset[str], holds: tuple[frozenset[str], frozenset[str]]
) -> bool:
    """Whether a verb says its subject protests: a protest verb, "staged"/"held" a protest
    noun, or a clause of aim that protests ("gathered to protest"); not a verb negated or
    with a modal ("will protest", "did not protest")."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return False  # "Rwandans will (not) follow ... to protest": no protest held
    lemma = verb.lemma_.lower()
    hold_verbs, event_nouns = holds
    if lemma in verbs:
        return True
    if (lemma in hold_verbs or verb.lower_ in hold_verbs) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in event_nouns for c in verb.children
    ):
        return True
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in verbs for c in verb.children)
