"""A relational group noun with an owner of its own ("its neighbours", "their neighbours",
"the country's neighbours") is not the group the article named by a name before ("Somalia's
neighbours"): kg/resolve/collectives.py ``_owned_relation``, kg/resolve/nation_groups.py
``people_kin``. A bare "the neighbours" is still the named group."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

NAMED = "Kenya's president put the blame on Somalia's neighbours. "

APART = [
    # a pronoun owner: the group of whoever "its" is, not Somalia's
    (
        NAMED + "Uganda is in talks with its neighbours.",
        ("Uganda", "negotiated_with", "neighbours"),
    ),
    (
        NAMED + "The Ugandans met their neighbours on Friday.",
        ("Uganda", "met", "neighbours"),
    ),
    # a common noun's possessive owner
    (
        NAMED + "Uganda held talks with the country's neighbours.",
        ("Uganda", "met", "neighbours"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), APART)
def test_owned_relation_kept_apart(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """An owned relational noun stays its own group, not the named owner's."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found
    assert (triple[0], triple[1], "Somalia's neighbours") not in found, found


def test_bare_relation_is_the_named_group(extract: Any) -> None:
    """ "the neighbours" with no owner of its own after "Somalia's neighbours" is that group."""
    found = triples(
        extract(NAMED + "Uganda held talks with the neighbours.", published="2015-05-15")
    )
    assert ("Uganda", "met", "Somalia's neighbours") in found, found
    assert ("Uganda", "met", "neighbours") not in found, found
