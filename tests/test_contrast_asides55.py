"""Contrast asides (neg55): a name set against the actor with "not" ("Ghana, not Togo,
condemned Nigeria", "Russia - and not Ukraine - shelled ...", "Not Chile but Peru ...") is not
an argument of the verb; the actor beside it keeps its claim (kg/extract/context.py
``ArticleContext.ents``). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs, triples

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


@pytest.mark.parametrize(
    ("text", "visit", "absent"),
    [
        # an aside that says the actor travelled keeps the visit
        ("Narendra Modi, visiting Paris, criticised China.", ("Narendra Modi", "Paris"), None),
        ("Shinzo Abe, on a visit to Nairobi, criticised China.", ("Shinzo Abe", "Nairobi"), None),
        # a contrast keeps the traveller's visit only
        (
            "Narendra Modi, not Nawaz Sharif, visited Paris.",
            ("Narendra Modi", "Paris"),
            ("Nawaz Sharif", "Paris"),
        ),
        # a speech from afar puts no one where it is heard
        (
            "Narendra Modi, speaking by video link to a conference in Paris, criticised China.",
            None,
            ("Narendra Modi", "Paris"),
        ),
        (
            "Narendra Modi, speaking via satellite to a forum in Paris, criticised China.",
            None,
            ("Narendra Modi", "Paris"),
        ),
        (
            "Narendra Modi, speaking from New Delhi to a summit in Paris, criticised China.",
            None,
            ("Narendra Modi", "Paris"),
        ),
    ],
)
def test_visits_asides_keep_real_visits_only(
    extract: Any, text: str, visit: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    """An aside that says the actor travelled is a visit; a name set aside or a speech from
    afar is none."""
    found = pairs(extract(text, published="2015-06-05"), "visited")
    assert visit is None or visit in found
    assert absent is None or absent not in found
