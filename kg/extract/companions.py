"""Partners of a doer told after "along with" or "together with": "Houthi rebels stormed Aden
along with forces loyal to Saleh" -> the forces act with the subject; they are no object of
the verb (as the "with" of "clashed with X" is). Words are data (``companions`` in
``kg/data/en/cues.json``).
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import ArticleContext
from kg.lexicon import Trigger


def companion(ctx: ArticleContext, prep: Any, trigger: Trigger | None, kids: list[Any]) -> bool:
    """Whether the preposition ``prep`` (one of the head's words ``kids``) is the "with" of
    "along with" or "together with" and names a partner. A verb whose own row takes its other
    side after that "with" ("France worked together with Germany", "banded together with the
    army") keeps it as its object, unless a plain "with" beside it names that side ("met with
    Putin along with Merkel")."""
    if not _companion_word(ctx, prep):
        return False
    if trigger is None or trigger.prep != prep.lower_ or "dobj" in trigger.object:
        return True
    return any(
        k.i != prep.i
        and k.dep_ == "prep"
        and k.lower_ == prep.lower_
        and not _companion_word(ctx, k)
        for k in kids
    )


def _companion_word(ctx: ArticleContext, prep: Any) -> bool:
    """The first word just before ``prep`` is "along"/"together", hung on the same head or on
    the preposition."""
    words = ctx.cues["companions"]
    if prep.lower_ not in words["preps"] or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    return before.lower_ in words["words"] and (before.head == prep or before.head == prep.head)
