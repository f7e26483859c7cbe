"""Labels of an article's plain group written both as a bloc and by its members: "three
opposition parties ... criticised the opposition" is one node shown as "opposition", the
bloc an analyst names, not "opposition parties" (``definite_singulars`` of
``kg/data/en/sector_nouns.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kg.lexicon import Lexicon


def bloc_display(display: str, forms: Iterable[Mapping[str, int]], lexicon: Lexicon) -> str:
    """The bloc noun (a definite singular: "opposition") when the group's written forms hold
    it and the shown label is a lower-case phrase of it ("opposition parties", "opposition
    groups", "Opposition groups" opening a sentence), else ``display``.

    >>> from kg.lexicon import build_lexicon
    >>> lx = build_lexicon()
    >>> bloc_display("opposition parties", [{"opposition parties": 1, "opposition": 1}], lx)
    'opposition'
    >>> bloc_display("opposition parties", [{"opposition parties": 2}], lx)
    'opposition parties'
    """
    words = display.split()
    if len(words) < 2 or not display[1:].islower():
        return display  # a name ("Opposition Coalition"); a sentence's first capital is none
    bloc = words[0].lower()
    if bloc not in lexicon.actors.definite_singulars:
        return display
    written = {form.lower() for counts in forms for form, n in counts.items() if n > 0}
    return bloc if bloc in written else display
