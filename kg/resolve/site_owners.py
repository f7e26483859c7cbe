"""The force a site belongs to, named in front of it: "Lebanese army positions", "Afghan police
checkpoints", "Syrian government bases" -> the sector noun is the force that holds the site (an
actor), not a mere modifier ("police museum" names no owner). Words are data
(``sector_sites`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from typing import Any

from kg.lexicon import Lexicon


def owned_site(head: Any, lexicon: Lexicon) -> bool:
    """Whether the sector noun ``head`` is a compound of a site its force holds ("army" of
    "Lebanese army positions"): the compound's head is one of the ``sector_sites`` nouns."""
    words = lexicon.cues.get("sector_sites", {}).get("nouns", ())
    # "Nigerian military bases": the tagger may make "military" an adjective
    return (head.dep_ == "compound" or (head.dep_ == "amod" and head.head.i == head.i + 1)) and (
        head.head.lemma_.lower() in words
    )
