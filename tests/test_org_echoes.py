"""An organisation's name of several capitalised words that the model tags once in an
article names it where else the model left it untagged, most often at a sentence's start
(``kg.resolve.entities._acronym_echoes``, visit1). Sentences about other bodies than the
article the rule was found in."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

BAKU = "Journalist jailed in Azerbaijan\n\nA court jailed a reporter in Baku, said "
CAIRO = "Reporters jailed in Egypt\n\nA court in Cairo jailed three reporters, according to "

ECHOES: list[tuple[str, tuple[str, str, str] | None, tuple[str, str, str] | None]] = [
    # (text, a claim it makes, a claim it must not make)
    (
        BAKU + "Reporters Without Borders.\n\nReporters Without Borders urged Azerbaijan to "
        "free her.",
        ("Reporters Without Borders", "requested", "Azerbaijan"),
        None,
    ),
    (
        CAIRO + "Human Rights Watch.\n\nHuman Rights Watch urged Egypt to free them.",
        ("Human Rights Watch", "requested", "Egypt"),
        None,
    ),
    # a longer name that goes on after the echoed words is not the organisation
    (
        BAKU + "Reporters Without Borders.\n\nReporters Without Borders Asia director Ben "
        "Ismail urged Azerbaijan to free her.",
        None,
        ("Reporters Without Borders", "requested", "Azerbaijan"),
    ),
    # never tagged in the article: nothing to echo
    (
        "Journalist jailed in Azerbaijan\n\nReporters Without Borders urged Azerbaijan to "
        "free her.",
        None,
        ("Reporters Without Borders", "requested", "Azerbaijan"),
    ),
]


@pytest.mark.parametrize(("text", "made", "not_made"), ECHOES)
def test_org_echoes_name_the_untagged_repeat(
    extract: Any,
    text: str,
    made: tuple[str, str, str] | None,
    not_made: tuple[str, str, str] | None,
) -> None:
    """The untagged repeat of a tagged organisation's name is the organisation, whole."""
    found = triples(extract(text))
    if made is not None:
        assert made in found, found
    if not_made is not None:
        assert not_made not in found, found
