"""A relative who speaks (tidy61, kg/extract/coref.py ``_speaking_kin``): "X's son said ...",
"his wife told reporters ..." make the relative, unnamed, the subject a later "he told" or
"she said" takes up, so X is not given the relative's words; the pronouns of the relative's
own sentence stay X's ("X's brother said police had beaten him"). A relative only spoken of
("his brother was killed", '"My son might be dead," he said') leaves the story's person as
it is. Sentences of our own, with the model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Stated, stated, triples

# the relative speaks: the quote after it is not the named person's
SPOKEN_BY_KIN = [
    (
        "Karim Nasser, 45, was arrested in Beirut on Monday.\n\n"
        "Nasser's brother said the police had beaten him and feared he would be charged.\n\n"
        '"They will never let him go," he told Reuters.',
        ("Karim Nasser", "They will never"),
    ),
    (
        "Mehmet Yilmaz, 61, was hurt in the blast in Ankara.\n\n"
        "His wife told reporters that the hospital had refused to treat him.\n\n"
        '"They left him in the corridor for six hours," she said.',
        ("Mehmet Yilmaz", "They left him"),
    ),
    (
        "Farid Haddad was injured in the blast in Tripoli on Monday.\n\n"
        "Haddad's son said the police had beaten him. "
        '"I don\'t think he will ever walk again," he told Reuters.',
        ("Farid Haddad", "I don't think"),
    ),
]

# the relative is only spoken of: the named person still says the quote
SPOKEN_OF_KIN = [
    (
        "Omar Suleiman, 52, was wounded in the attack in Kabul on Monday.\n\n"
        "His brother was killed in 2012.\n\n"
        '"I have done nothing wrong," he told Reuters.',
        ("Omar Suleiman", "I have done"),
    ),
    (
        "Yusuf Demir, the father of a victim of the attack, addressed the crowds in Ankara.\n\n"
        '"My son might be dead, but we will fight on," he said.',
        ("Yusuf Demir", "My son might"),
    ),
    (
        "Hassan Rouhani met reporters in Tehran on Monday.\n\n"
        "Accusations emerged last year that his brother had taken bribes.\n\n"
        '"We will not bow to pressure," he said.',
        ("Hassan Rouhani", "We will not"),
    ),
]


@pytest.mark.parametrize(("text", "wrong"), SPOKEN_BY_KIN)
def test_coref_speaking_kin_not_owner(extract: Any, text: str, wrong: Stated) -> None:
    """A quote after a relative who speaks is not given to the relative's named owner."""
    assert wrong not in stated(extract(text))


@pytest.mark.parametrize(("text", "right"), SPOKEN_OF_KIN)
def test_coref_spoken_of_kin_keeps_speaker(extract: Any, text: str, right: Stated) -> None:
    """A relative only spoken of leaves the quote to the named person."""
    assert right in stated(extract(text))


def test_coref_speaking_kin_own_sentence(extract: Any) -> None:
    """The pronouns of the relative's own sentence are still the owner's."""
    graph = extract(SPOKEN_BY_KIN[0][0])
    assert ("police", "attacked", "Karim Nasser") in triples(graph)
