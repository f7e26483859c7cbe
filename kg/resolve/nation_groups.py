"""A people or country's name in front of a role noun with no sector ("Israeli settlers",
"Jewish settlers", "Shia pilgrims"): the group as written, an actor where an event uses it.

``find_groups`` (kg/resolve/collectives.py) asks here when its noun (``group_nouns`` in
kg/data/en/sector_nouns.json) follows a name: the name's people are a Group node of their own
article ("Israeli settlers", country Israel), not the country itself, and only as the subject
or object of an event trigger ("settlers said" makes no node). A group's or an
organisation's name in front ("Hezbollah supporters", "HDP figures") is that group's, as before.
At the end of resolution the article's bare noun ("pilgrims") joins its one people's group of
that noun ("Shia pilgrims"; ``people_kin``, called by ``Resolver``). "The international
community" is a group only as the doer of an event (``find_world_community``), never where it
is asked ("called on the international community to act").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from kg.lexicon import Lexicon
from kg.resolve.bodies import Owners
from kg.resolve.people import event_role
from kg.vocab import EntityType

if TYPE_CHECKING:
    from kg.resolve.resolver import Cluster


def nation_people(
    tokens: list[Any], head: Any, lexicon: Lexicon, owners: Owners
) -> tuple[int, str | None] | None:
    """(first token, country or None) of the nationality or people name right before a group
    noun that an event uses ("Israeli settlers attacked" -> Israel; "Jewish settlers torched"
    -> none); None when the name is a group's, an organisation's or no people's, or when no
    event uses the noun."""
    if head.i == 0 or not event_role(head, lexicon):
        return None
    from kg.resolve.collectives import owner_entry  # collectives imports this module

    before = tokens[head.i - 1]
    if before.head.i != head.i or before.dep_ not in ("amod", "compound"):
        return None
    if head.i in owners:
        m_start, m_text, demonym, label = owners[head.i]
        kind, value = owner_entry(lexicon, m_text, demonym)
        if kind == "country" and demonym:
            return m_start, str(value)  # "Israeli settlers", not "Israel settlers"
        if kind is None and label == "NORP" and m_start == before.i:
            return m_start, None  # "Sunni politicians": a people of no one country
        return None
    if before.ent_type_ == "NORP" and before.text[:1].isupper():
        return before.i, None  # "Jewish settlers", "Buddhist mobs"
    return None


def people_kin(
    clusters: Mapping[str, Cluster], nouns: Container[str], done: Mapping[str, str]
) -> dict[str, str]:
    """A bare group noun of one article ("pilgrims") into the one people's group of that
    noun the article names ("Shia pilgrims"), written before or after it; two such peoples
    ("Shia pilgrims", "Sunni pilgrims") keep it apart, as does a lower-case modifier
    ("local fishermen" names no people), and a pronoun owner of its own ("talks with its
    neighbours" after "Chile's neighbours": ``described``, kg/resolve/collectives.py
    ``_owned_relation``)."""
    bare: dict[tuple[str, str], list[str]] = defaultdict(list)
    named: dict[tuple[str, str], list[str]] = defaultdict(list)
    for label, cluster in clusters.items():
        display = cluster.display
        if display is None or cluster.sector is not None or len(cluster.articles) != 1:
            continue
        words = display.split()
        if not words or words[-1] not in nouns:
            continue
        article = next(iter(cluster.articles))
        if len(words) == 1 and label not in done and not cluster.described:
            bare[(article, words[-1])].append(label)
        elif len(words) > 1 and all(w[:1].isupper() for w in words[:-1]):
            named[(article, words[-1])].append(label)
    out: dict[str, str] = {}
    for key, labels in sorted(bare.items()):
        owners = named.get(key, [])
        if len(owners) == 1:
            for label in labels:
                out[label] = done.get(owners[0], owners[0])
    return out


def find_world_community(
    tokens: list[Any], text: str, lexicon: Lexicon, used: set[int]
) -> list[dict[str, Any]]:
    """ "The international community condemned", "recognised by the international
    community": the world's states as one group of the article, only as the doer of an
    event (its subject, or the agent of a passive). Asked or urged ("called on the
    international community to act", "we urge the international community") it makes no
    node: a request names no act of its own."""
    from kg.resolve.bodies import collective_item

    world = lexicon.cues.get("world_community", {})
    words, noun = frozenset(world.get("words", ())), world.get("noun")
    found: list[dict[str, Any]] = []
    for head in tokens:
        if head.lower_ != noun or head.i == 0 or head.i in used:
            continue
        before = tokens[head.i - 1]
        if before.lower_ not in words or before.head.i != head.i:
            continue
        doer = head.dep_ == "nsubj" or (head.dep_ == "pobj" and head.head.dep_ == "agent")
        if not doer or not event_role(head, lexicon):
            continue
        surface = text[before.idx : head.idx + len(head.text)]
        found.append(
            collective_item(
                before.i,
                head.i + 1,
                surface,
                "international community",
                EntityType.GROUP,
                scoped=True,
            )
        )
        used.update(range(before.i, head.i + 1))
    return found
