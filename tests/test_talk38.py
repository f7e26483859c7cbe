"""Local officials as a party met (talk38).

"X flew over the area and met with local officials": "local officials" are a plain collective
of their article, as "local media" and "local residents" are (kg/data/en/sector_nouns.json,
``nouns`` and ``plain_nouns``), so a leader who meets them ``met`` them. Bare "officials"
stay no actor unless coreference names their country.
Sentences of our own about other actors than the articles the rule was learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labels_of_type, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Lula flew over the flooded region and met with local officials.",
            ("Luiz Inacio Lula da Silva", "local officials"),
        ),
        (
            "Shinzo Abe met local officials in Fukushima on Sunday.",
            ("Shinzo Abe", "local officials"),
        ),
        (
            "After the floods, local officials met Cyril Ramaphosa in Durban.",
            ("local officials", "Cyril Ramaphosa"),
        ),
    ],
)
def test_talk38_local_officials_met(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """A leader meeting local officials meets a collective of the article."""
    found = pairs(extract(text, published="2015-06-10"), "met")
    assert expected in found or expected[::-1] in found


def test_talk38_bare_officials_no_node(extract: Any) -> None:
    """Bare "officials" with no country and no "local" make no collective."""
    graph = extract("Shinzo Abe met officials in Fukushima on Sunday.", published="2015-06-10")
    assert "officials" not in labels_of_type(graph, "Group")
    assert not {o for s, o in pairs(graph, "met") if "officials" in o}
