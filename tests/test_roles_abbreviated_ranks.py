"""An abbreviated rank between a body and a name ("Navy Capt. X", "Air Force Maj. Y") is a
title as the full word is ("Navy Lieutenant X"): the person is a member of the body
(``roles`` in kg/data/en/titles.json, conll66). Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

RANKED = [
    ("Air Force Maj. Tom Reyes said the jet crashed.", ("Tom Reyes", "Air Force")),
    ("Marine Corps Sgt. Lena Hoyt was wounded.", ("Lena Hoyt", "Marine Corps")),
    ("Navy Capt. Carla Munez said the ship was safe.", ("Carla Munez", "Navy")),
    ("Army Gen. Paul Dorn said the war was over.", ("Paul Dorn", "Army")),
    ("Navy Cmdr. Ray Holt led the search.", ("Ray Holt", "Navy")),
]


@pytest.mark.parametrize(("text", "pair"), RANKED)
def test_roles_abbreviated_ranks_make_members(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    """The ranked person is member_of the body named before the rank."""
    assert pair in pairs(extract(text), "member_of")


def test_roles_abbreviated_ranks_alone_name_no_body(extract: Any) -> None:
    """A rank with no body before it makes no membership."""
    assert not pairs(extract("Gen. Raheel Sharif visited Kabul on Monday."), "member_of")
