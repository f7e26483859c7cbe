"""Contests fought without arms (force57): "a custody battle with his ex-wife", "a legal
battle with X", "a trade war with China", "a political battle with Congress" name a battle
or war of courts, trade or politics, no attack.
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import ArticleContext, Paragraph


def unarmed_contest(ctx: ArticleContext, para: Paragraph, noun: Any) -> bool:
    """Whether a combat noun (``unarmed_contests.nouns`` of cues.json: "battle", "war") has a
    modifier in front that names an arena without arms (``modifiers``: "custody", "legal",
    "court", "trade", "political")."""
    cue = ctx.cues.get("unarmed_contests", {})
    if noun.lemma_.lower() not in cue.get("nouns", ()):
        return False
    arenas = cue.get("modifiers", ())
    return any(
        c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and c.lower_ in arenas
        for c in para.children(noun)
    )
