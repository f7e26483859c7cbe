"""Leaders and members (role44): name spellings of dated role holders.

"Prime Minister Haidar al-Abbadi" is the Haider al-Abadi of ``kg/data/roles.jsonl``: the
spellings the press writes are aliases of the tenure, so the title takes his office.
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        ("Prime Minister Haidar al-Abbadi visited the troops in Anbar.", "Haidar al-Abbadi"),
        ("Prime Minister Haider al-Abbadi met tribal leaders in Baghdad.", "Haider al-Abbadi"),
        ("Prime Minister Haidar al-Abadi ordered the army to hold Ramadi.", "Haidar al-Abadi"),
    ],
)
def test_roles_abadi_spellings_take_the_tenure(extract: Any, text: str, leader: str) -> None:
    """A spelling of Haider al-Abadi with his title leads Iraq on a 2015 date."""
    graph = extract(text, published="2015-06-10")
    assert (leader, "Iraq") in pairs(graph, "leader_of")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Haidar al-Abbadi, a lawmaker, visited the troops in Baghdad.", "2012-06-10"),
        ("Shirin Ebadi criticised the Iraqi government in Baghdad.", "2015-06-10"),
    ],
)
def test_roles_abadi_spelling_outside_the_tenure_leads_nothing(
    extract: Any, text: str, published: str
) -> None:
    """Before his tenure, or another name like his, leads no Iraq."""
    graph = extract(text, published=published)
    assert not any(o == "Iraq" for _, o in pairs(graph, "leader_of"))
