"""A relational group noun owned by a pronoun outside its clause's subject ("Uganda is in
talks with its neighbours", "their neighbours") is not the group the article named by a name
before ("Somalia's neighbours"): kg/resolve/collectives.py ``_owned_relation``,
kg/resolve/nation_groups.py ``people_kin``, kg/resolve/merges.py ``follower_kin``. A bare
"the neighbours", or a pronoun's as the subject (pointing back), is still the named group."""

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
]


@pytest.mark.parametrize(("text", "triple"), APART)
def test_owned_relation_kept_apart(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """An owned relational noun stays its own group, not the named owner's."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found
    assert (triple[0], triple[1], "Somalia's neighbours") not in found, found


# follower nouns (``supporter_nouns``) merge by ``follower_kin``: the same holds there
FOLLOWERS = [
    (
        "The senator criticized Hillary Clinton's critics on Monday. Vladimir Putin condemned "
        "his critics on Tuesday.",
        ("Vladimir Putin", "criticized", "critics"),
        "Hillary Clinton's critics",
    ),
    (
        "Opponents of President Joseph Kabila protested in Kinshasa. Paul Kagame warned his "
        "opponents on Friday.",
        ("Paul Kagame", "threatened", "opponents"),
        "Kabila opponents",
    ),
]


@pytest.mark.parametrize(("text", "triple", "named"), FOLLOWERS)
def test_owned_followers_kept_apart(
    extract: Any, text: str, triple: tuple[str, str, str], named: str
) -> None:
    """ "his critics" after another's named critics are the pronoun owner's, not those."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found
    assert (triple[0], triple[1], named) not in found, found


JOINED = [
    # no owner of its own: the named group
    (
        NAMED + "Uganda held talks with the neighbours.",
        ("Uganda", "met", "Somalia's neighbours"),
        ("Uganda", "met", "neighbours"),
    ),
    (
        "The senator criticized Hillary Clinton's critics on Monday. Vladimir Putin condemned "
        "the critics on Tuesday.",
        ("Vladimir Putin", "criticized", "Hillary Clinton's critics"),
        ("Vladimir Putin", "criticized", "critics"),
    ),
    # a pronoun owner as the subject points back, here to the named owner
    (
        "Somalia's neighbours met in Nairobi on Monday. Their neighbours criticized Kenya on "
        "Tuesday.",
        ("Somalia's neighbours", "criticized", "Kenya"),
        ("neighbours", "criticized", "Kenya"),
    ),
]


@pytest.mark.parametrize(("text", "triple", "bare"), JOINED)
def test_unowned_relation_is_the_named_group(
    extract: Any, text: str, triple: tuple[str, str, str], bare: tuple[str, str, str]
) -> None:
    """A relational noun with no owner of its own, or a pronoun's as the subject, is still
    the group the article named."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found
    assert bare not in found, found
