"""A gazetteer name the model did not tag is written capitalised (lead57): a common noun after
"The" that opens a sentence ("The ban is illegal", "The hague of ...") is not a short name of
a known person or place, though the name key drops "The" and ignores case
(kg/resolve/entities.py ``_gazetteer_mentions``). The capitalised name still is ("Ban later
met Sisi"). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

_BAN = "UN Secretary-General Ban Ki-moon visited Cairo on Monday. "

NOT_NAMES = [
    (_BAN + '"The ban is illegal," said Ahmed Kamal, a lawyer.', "Ban Ki-moon"),
    (_BAN + "The ban was imposed by the army, said Ahmed Kamal.", "Ban Ki-moon"),
    (
        "German Chancellor Angela Merkel met Francois Hollande in Paris. The merkel of the "
        "market is a Berlin slang word, said Ahmed Kamal.",
        "Angela Merkel",
    ),
]

NAMES = [
    (_BAN + "Ban later met Mahmoud Abbas in Ramallah.", ("Ban Ki-moon", "met", "Mahmoud Abbas")),
    (
        "Dutch Prime Minister Mark Rutte said on Monday that The Hague would host the talks.",
        ("Mark Rutte", "leader_of", "Netherlands"),
    ),
]


@pytest.mark.parametrize(("text", "person"), NOT_NAMES)
def test_lower_case_word_after_the_is_no_known_name(extract: Any, text: str, person: str) -> None:
    """Ahmed Kamal's words about "the ban" are about no person."""
    found = {(s, p, o) for s, p, o in triples(extract(text)) if s == "Ahmed Kamal"}
    assert all(o != person for _, _, o in found), found


@pytest.mark.parametrize(("text", "triple"), NAMES)
def test_capitalised_known_name_still_found(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """The capitalised short name is still the known person."""
    assert triple in triples(extract(text))
