"""One person hurt by hand as a mention of its own (force57): "two police officers beating
an Ethiopian soldier", "a black Israeli soldier was beaten by police" -> the Person
"Ethiopian soldier", "black Israeli soldier" of the article, not the army a soldier
otherwise stands for nor the country of the adjective.
"""

from __future__ import annotations

from typing import Any

from kg.lexicon import Lexicon
from kg.resolve.bodies import Owners, collective_item
from kg.resolve.described import described_cues, people_nouns
from kg.vocab import EntityType


def hand_acts(lexicon: Lexicon) -> frozenset[str]:
    """The stage's cue words: the verbs of bodily violence done to one person
    (``hand_acts.verbs`` of cues.json, lemmas)."""
    return frozenset(lexicon.cues.get("hand_acts", {}).get("verbs", ()))


def find_beaten(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    owners: Owners,
    used: set[int],
) -> list[dict[str, Any]]:
    """A singular people noun (``people_nouns.json`` less ``described_people.not_heads``)
    after "a"/"an" and its modifiers, capitalised ones included ("an Ethiopian soldier",
    "a black Israeli soldier"), that is the object of a verb of ``hand_acts`` ("beat",
    "torture", "punch") or the subject of its passive: one Person of the article labelled
    as written with no article, absorbing a nationality inside. Same dicts as
    ``kg.resolve.collectives.find_collectives``."""
    acts = hand_acts(lexicon)
    nouns = people_nouns(lexicon.language)
    cues = described_cues(lexicon)
    skip = cues.get("not_heads", frozenset())
    articles = cues.get("articles", frozenset({"a", "an"}))
    found: list[dict[str, Any]] = []
    for head in tokens:
        if head.tag_ != "NN" or head.i in used or head.ent_type_ or not head.is_lower:
            continue
        lemma = head.lemma_.lower()
        if lemma not in nouns or lemma in skip:
            continue
        verb = head.head
        if verb.lemma_.lower() not in acts or verb.pos_ != "VERB":
            continue
        passive = head.dep_ == "nsubjpass"
        if not (head.dep_ == "dobj" or passive):
            continue
        start = head.i
        while start > 0 and _modifier(tokens[start - 1], head):
            start -= 1
        if start == head.i or start == 0:
            continue  # "beat a soldier": no word that tells this one apart
        article = tokens[start - 1]
        if article.lower_ not in articles or article.head.i != head.i:
            continue  # "the soldier": someone the article may have named
        if any(i in used for i in range(start, head.i)):
            continue
        inside = sorted(st for end, (st, *_) in owners.items() if start <= st and end <= head.i)
        surface = text[tokens[start].idx : head.idx + len(head.text)]
        item = collective_item(start, head.i + 1, surface, surface, EntityType.PERSON, scoped=True)
        item["absorbs"] = inside[0] if inside else None
        found.append(item)
        used.update(range(start, head.i + 1))
    return found


def _modifier(token: Any, head: Any) -> bool:
    """A modifier of the noun in front of it: an adjective or noun ("black", "Israeli",
    "Ethiopian Jewish"), not a number or a determiner."""
    return bool(
        token.dep_ in ("amod", "compound", "nmod")
        and token.pos_ in ("ADJ", "NOUN", "PROPN")
        and not token.like_num
        and token.i < head.i
        and token.head.i <= head.i
        and token.head.i > token.i
    )
