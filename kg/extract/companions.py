"""Partners of a doer told after "along with" or "together with": "Houthi rebels stormed Aden
along with forces loyal to Saleh" -> the forces act with the subject; they are no object of
the verb (as the "with" of "clashed with X" is). Words are data (``companions`` in
``kg/data/en/cues.json``).
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import ArticleContext


def companion(ctx: ArticleContext, prep: Any) -> bool:
    """Whether the preposition ``prep`` is the "with" of "along with" or "together with" (the
    first word just before it, hung on the same verb or on the "with")."""
    words = ctx.cues["companions"]
    if prep.lower_ not in words["preps"] or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    return before.lower_ in words["words"] and (before.head == prep or before.head == prep.head)
