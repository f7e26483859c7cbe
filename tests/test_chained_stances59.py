"""Passive stance participles in a row ("was opposed by the unions, criticised by Amnesty"):
the parser hangs the second participle on the first one's agent, but both are about the
first one's patient (``interactions._chained_stance``); a participle after a verb that is no
stance, or a sponsor's ("rejected by the Houthis, backed by Iran"), still describes the agent
it follows ("carried out by militants, backed by Iran")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

# the first stance's holder is not what the second stance is about
HOLDER_NOT_PATIENT = [
    (
        "The reform was opposed by the unions, criticized by Amnesty International and "
        "welcomed by the IMF.",
        ("Amnesty International", "criticized", "unions"),
    ),
    (
        "The election result was rejected by the opposition, praised by the African Union.",
        ("African Union", "supported", "opposition"),
    ),
    (
        "President Kabila, backed by Angola, condemned by the European Union, refused to "
        "step down.",
        ("European Union", "criticized", "Angola"),
    ),
]

# the second stance is about the first one's patient; a participle after no stance keeps
# describing its noun
PATIENT = [
    (
        "President Kabila, backed by Angola, condemned by the European Union, refused to "
        "step down.",
        ("European Union", "criticized", "Kabila"),
    ),
    (
        "President Kabila, backed by Angola, condemned by the European Union, refused to "
        "step down.",
        ("Angola", "supported", "Kabila"),
    ),
    (
        "The bombing was carried out by militants, backed by Iran.",
        ("Iran", "supported", "militants"),
    ),
    # a sponsor's participle describes the agent it follows (``sponsor_participles``)
    (
        "The truce was rejected by the Houthis, backed by Iran.",
        ("Iran", "supported", "Houthis"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    kept_removed_cases(kept=PATIENT, removed=HOLDER_NOT_PATIENT),
)
def test_chained_stances_share_the_patient(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """A stance participle after the agent of another passive stance verb is about that
    verb's patient, not its agent; after a verb of no stance it describes the agent."""
    check_kept_removed(extract(text, published="2015-05-15"), kept, removed)
