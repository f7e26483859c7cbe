"""Group references that point back (ref42): "his Sunni Muslim armed group" -> the group its
owner leads, as a bare "his group" is; "the group" after a sentence whose one group is the
subject of its clause ("X said his group had ... . The group") -> that group.
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import Paragraph
from kg.extract.discourse import Sighting


def described_own_group(para: Paragraph, token: Any) -> list[int]:
    """The tokens of ``token``'s mention when it is an unnamed description owned by a pronoun
    or person ("his Sunni Muslim armed group": a common noun head with modifiers, linked to a
    node of its own), else an empty list. The caller relinks them to the group the owner
    leads."""
    label = para.links.get(token.i)
    if label is None or token.pos_ != "NOUN" or not token.is_lower:
        return []
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children):
        return []
    inside = [t.i for t in token.subtree if para.links.get(t.i) == label]
    owner = [c.i for c in token.children if c.dep_ == "poss"]
    if any(i in owner for i in inside):
        return []  # the owner itself stands for the node: not a description
    return inside if len(inside) > 1 else []


def latest_subject(found: list[Sighting]) -> str | None:
    """Of the candidate sightings of "the group" (most recent first), the one label of the
    latest sentence naming any, when a sighting of it there is the subject of a clause
    ("Golani said his group had 30 percent foreign fighters"); None when that sentence names
    two ("ISIL said the Nusra Front had"), or names its one only as an object."""
    if not found:
        return None
    latest = [s for s in found if s.sent == found[0].sent]
    labels = {s.label for s in latest}
    if len(labels) != 1:
        return None
    if all(s.adjective for s in latest):
        return None
    return labels.pop()
