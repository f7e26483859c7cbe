"""References across sentences to actors the text names only one way (xs39). Sentences of
our own, about other actors than the articles the rules were learned from.

1. A name the parse reads as a clause, its first word a verb ("Save the Children warned"),
   is still a proper-name subject for the definite nouns that take it up ("The
   organisation's director X"; ``Sighting.clause_name`` of kg/extract/discourse.py, read by
   kg/extract/named_heads.py).
2. "The country" with no country named by name in its sentence or the two before is the one
   country the nearby demonyms and state collectives belong to ("Kenyan authorities ... the
   country"; ``_demonym_country`` of kg/extract/nominals.py); two such countries leave it
   unresolved.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed, mention_pairs

CLAUSE_NAMES: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "Save the Children warned on Monday that the schools were closed. The organisation's "
        "director Anna Berg said it was a disaster.",
        ("Anna Berg", "leader_of", "Save the Children"),
        None,
    ),
    (
        'Save the Children said on Monday that the schools were closed. "It is a disaster," '
        "the group's director Anna Berg said.",
        ("Anna Berg", "leader_of", "Save the Children"),
        None,
    ),
    (
        "Save the Children and Oxfam said on Monday that the schools were closed. The group's "
        "director Anna Berg said it was a disaster.",
        None,
        ("Anna Berg", "leader_of", "Save the Children"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), CLAUSE_NAMES)
def test_named_heads_clause_name_is_taken_up(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """A name parsed as a clause is the one body "the group's director" belongs to."""
    check_kept_removed(extract(text, published="2015-06-01"), kept, removed)


DEMONYM_COUNTRY: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "Kenyan authorities lifted the curfew on Mombasa this year, as security forces battle "
        "al-Shabab fighters who have overrun large parts of the country.",
        ("al-Shabab", "attacked", "Kenya"),
        None,
    ),
    (
        "Nigerian troops retook Baga on Monday, as the army fights Boko Haram fighters who "
        "have seized large parts of the country.",
        ("Boko Haram", "attacked", "Nigeria"),
        None,
    ),
    (
        "Kenyan and Somali officials met in Nairobi. Al-Shabab fighters have overrun parts of "
        "the country.",
        None,
        ("al-Shabab", "attacked", "Kenya"),
    ),
    (
        "Kenyan and Somali officials met in Nairobi. Al-Shabab fighters have overrun parts of "
        "the country.",
        None,
        ("al-Shabab", "attacked", "Somalia"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), DEMONYM_COUNTRY)
def test_nominals_country_of_the_demonyms(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """ "The country" is the one country near demonyms and state collectives belong to."""
    check_kept_removed(extract(text, published="2015-06-01"), kept, removed)


def test_nominals_country_reference_recorded(extract: Any) -> None:
    """The reference is recorded as a nominal mention of the country."""
    graph = extract(
        "Ugandan police detained five men in Kampala. Officials said the men had fled the country.",
        published="2015-06-01",
    )
    assert ("country", "Uganda") in mention_pairs(graph, "nominal")
