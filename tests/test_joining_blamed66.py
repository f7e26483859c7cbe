"""A joining gerund after "for" on a verb with an object (``object_gerund_preps`` in
cues.json, kg/extract/memberships.py, weak66): the one blamed, praised or thanked for joining
a body joined it ("Russia criticised Montenegro for joining NATO"), not the one who blames."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

FIRES = [
    ("Russia criticized Montenegro for joining NATO.", ("Montenegro", "NATO"), "Russia"),
    ("Iran condemned Bahrain for joining the Arab League.", ("Bahrain", "Arab League"), "Iran"),
    ("Washington praised Colombia for joining the OECD.", ("Colombia", "OECD"), "United States"),
    (
        "Beijing rebuked Manila for joining the Asian Infrastructure Investment Bank.",
        ("Philippines", "Asian Infrastructure Investment Bank"),
        "China",
    ),
    (
        "The United States thanked Jordan for joining the Global Coalition against Daesh.",
        ("Jordan", "Global Coalition against Daesh"),
        "United States",
    ),
    (
        "Hamas criticised Egypt for joining the African Union.",
        ("Egypt", "African Union"),
        "Hamas",
    ),
]


@pytest.mark.parametrize(("text", "pair", "blamer"), FIRES)
def test_joining_blamed_object_joins(
    extract: Any, text: str, pair: tuple[str, str], blamer: str
) -> None:
    """The object blamed or praised for joining a body is its member; the blamer is not."""
    found = pairs(extract(text, published="2015-05-15"), "member_of")
    assert pair in found, found
    assert (blamer, pair[1]) not in found, found


NO_MEMBER = [
    # a joining warned against, blocked or voted for is not done
    "Russia warned Ukraine against joining NATO.",
    "France blocked Turkey from joining the European Union.",
    "Germany voted for joining the Eurozone.",
]


@pytest.mark.parametrize("text", NO_MEMBER)
def test_joining_blamed_not_done(extract: Any, text: str) -> None:
    """A joining that is warned against, blocked or only voted for makes no member."""
    assert not pairs(extract(text, published="2015-05-15"), "member_of")
