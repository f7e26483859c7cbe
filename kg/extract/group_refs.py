"""A bare "the group" past a tie of candidates (ref42): the one named group of the latest
sentence that names any, when the discourse rules leave two groups of the window tied.
"""

from __future__ import annotations

from kg.extract.discourse import Sighting


def latest_named(found: list[Sighting]) -> str | None:
    """Of the candidate sightings of "the group" (most recent first; ``salient`` left them
    tied), the one label of the latest sentence naming any ("Hamas and Fatah are rivals. A
    Hamas official said ... . The group": Hamas); None when that sentence names two ("Hamas
    accused Fatah ... . The group"), or its one only as a demonym-like modifier ("a
    Hamas-run school"). Only for a tie: a lone candidate ``salient`` set aside ("Jaish al-Adl,
    called a branch of al-Qaeda, ... . The group") stays so.

    >>> latest_named([])
    """
    if len({s.label for s in found}) < 2:
        return None  # no tie: the one candidate ``salient`` set aside is a description
    latest = [s for s in found if s.sent == found[0].sent]
    labels = {s.label for s in latest}
    if len(labels) != 1 or all(s.adjective for s in latest):
        return None
    return labels.pop()
