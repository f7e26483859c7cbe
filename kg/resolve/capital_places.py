"""A capital written where only a place stands, which no government reading may take for its
country: after a noun that names it as a town ("in the capital Ankara", "the Iraqi capital
Baghdad"), or shaken as a place by blasts or unrest ("Baghdad has been rocked by car bombs").
Words: ``capital_places`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from typing import Any

from kg.lexicon import Lexicon
from kg.nlp.coordination import first_conjunct


def capital_as_place(tokens: list[Any], start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the capital's name at ``tokens[start:end]`` is a place by the words around it:
    right after a town noun of ``nouns`` in a prepositional phrase ("in the capital Ankara",
    "to the Iraqi capital Baghdad"), or the subject of a passive verb of ``verbs``
    whose agent is a noun of ``agents`` ("Kabul was rocked by a blast"; not "Athens was
    rocked by the decision", which may be its government).

    >>> from kg.lexicon import build_lexicon
    >>> from kg.nlp.model import load_model
    >>> doc = load_model()("Earlier in the capital Ankara, a group of activists met.")
    >>> capital_as_place(list(doc), 4, 5, build_lexicon())
    True
    """
    cue = lexicon.cues.get("capital_places", {})
    before = tokens[start - 1] if start > 0 else None
    if (
        before is not None
        and before.lower_ in cue.get("nouns", ())
        and before.tag_ == "NN"
        and "pobj" in (before.dep_, tokens[end - 1].dep_)
    ):
        return True  # "in the capital Ankara"; "the capital Nairobi condemned" may be its state
    node = first_conjunct(tokens[end - 1])  # "Kabul and Jalalabad were rocked by blasts"
    if node.dep_ != "nsubjpass" or node.head.lemma_.lower() not in cue.get("verbs", ()):
        return False
    agents = frozenset(cue.get("agents", ()))
    return any(
        c.dep_ == "agent"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in agents for p in c.children)
        for c in node.head.children
    )
