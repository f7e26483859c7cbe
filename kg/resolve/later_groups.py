"""Whether a country's armed collective ("Syrian rebels") may be the one armed group of that
country the article names (kg/resolve/sides.py ``_country_group``) when the group is named only
after it: "Syrian rebels attacked X" in the lead of a story that names the Nusra Front and
Islamic State later is no claim of the Nusra Front. The group named first after the collective
takes it over only when it is the article's one named armed group ("Yemeni rebels" in a story
that names only the Houthis, later).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from kg.lexicon import Lexicon

if TYPE_CHECKING:
    from kg.resolve.entities import SpanMention


def one_of_several_later(
    lexicon: Lexicon,
    mention: SpanMention,
    every: list[SpanMention],
    chosen: str,
    armed: Collection[str],
) -> bool:
    """``chosen`` is first named after ``mention`` (``every`` is in article order) and the
    article names another known armed group (a sector of ``armed``) besides it."""
    at = next((i for i, m in enumerate(every) if m is mention), None)
    first = next((i for i, m in enumerate(every) if (m.canonical or m.text) == chosen), None)
    if at is None or first is None or first < at:
        return False
    for m in every:
        entry = None if m.scoped else lexicon.lookup(m.canonical or m.text)
        if entry is None or entry.label == chosen:
            continue  # ("Houthi" and "Houthis" are one group)
        row = lexicon.actors.groups.get(entry.label)
        if row is not None and row.get("sector") in armed:
            return True
    return False
