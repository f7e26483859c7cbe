"""Foretold roles: "X will be a militia leader", "Y would be the next premier" foretell a role,
they do not report one held; the role stages say nothing of it (fp41). Words:
``foretold_roles`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import ArticleContext


def foretold(ctx: ArticleContext, copula: Any) -> bool:
    """The copula ("be") of a role said of someone is under a future or modal auxiliary
    ("will be", "would be", "could be"): a forecast or a guess, no role the person holds.

    A past or present copula ("was", "is", "has been") is none."""
    auxes = ctx.cues["foretold_roles"]["auxes"]
    return any(c.dep_ == "aux" and c.lower_ in auxes for c in copula.children)
