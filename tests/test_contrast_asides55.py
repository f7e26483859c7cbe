"""Contrast asides (neg55): a name set against the actor with "not" ("Ghana, not Togo,
condemned Nigeria", "Russia - and not Ukraine - shelled ...", "Not Chile but Peru ...") is not
an argument of the verb; the actor beside it keeps its claim (kg/extract/context.py
``ArticleContext.ents``). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "kept", "absent"),
    [
        # the actor the contrast keeps
        (
            "Ghana, not Togo, condemned Nigeria.",
            ("Ghana", "criticized", "Nigeria"),
            ("Togo", "criticized", "Nigeria"),
        ),
        (
            "Argentina - not Brazil - sent troops to Haiti.",
            ("Argentina", "mobilized", "Haiti"),
            ("Brazil", "mobilized", "Haiti"),
        ),
        (
            "Chile - and not Peru - praised Colombia.",
            ("Chile", "supported", "Colombia"),
            ("Peru", "supported", "Colombia"),
        ),
        (
            "Ghana, but not Togo, condemned Nigeria.",
            ("Ghana", "criticized", "Nigeria"),
            ("Togo", "criticized", "Nigeria"),
        ),
        (
            "Sweden and not Norway criticised Russia.",
            ("Sweden", "criticized", "Russia"),
            ("Norway", "criticized", "Russia"),
        ),
        (
            "Not Ecuador but Venezuela praised Cuba.",
            ("Venezuela", "supported", "Cuba"),
            ("Ecuador", "supported", "Cuba"),
        ),
        # the parser hangs the "not" as an apposition of the first name
        (
            "Vladimir Putin, not Ban Ki-moon, welcomed Xi Jinping to the Kremlin on Friday.",
            ("Vladimir Putin", "met", "Xi Jinping"),
            ("Ban Ki-moon", "met", "Xi Jinping"),
        ),
        # a contrast among the objects
        (
            "Poland criticised Hungary, not Slovakia.",
            ("Poland", "criticized", "Hungary"),
            ("Poland", "criticized", "Slovakia"),
        ),
        (
            "Ireland was criticised by Spain, not Italy.",
            ("Spain", "criticized", "Ireland"),
            ("Italy", "criticized", "Ireland"),
        ),
        # no contrast: both actors keep the claim
        (
            "Not only Ghana but also Togo condemned Nigeria.",
            ("Togo", "criticized", "Nigeria"),
            None,
        ),
        ("Ghana and Togo condemned Nigeria.", ("Togo", "criticized", "Nigeria"), None),
        (
            "Argentina, and Brazil, sent troops to Haiti.",
            ("Brazil", "mobilized", "Haiti"),
            None,
        ),
    ],
)
def test_context_contrast_names_no_argument(
    extract: Any, text: str, kept: Triple, absent: Triple | None
) -> None:
    """A name the text sets aside with "not" takes no claim; the actor beside it keeps its."""
    found = triples(extract(text, published="2015-06-05"))
    assert kept in found
    assert absent is None or absent not in found
