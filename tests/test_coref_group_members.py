"""Members of a named group act for it: "fighters from the group", "militants of the
movement", "its fighters", "the group's gunmen" (kg/extract/nominals.py, actor_coref.py and
the force owners of interactions.py). Real model, groups and places of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

MEMBERS = [
    (
        "The Houthis captured Sanaa on Tuesday. Fighters from the group seized Aden on Wednesday.",
        ("Houthis", "attacked", "Aden"),
    ),
    (
        "Al-Shabaab claimed an attack in Mogadishu on Sunday. Militants of the movement "
        "attacked Baidoa on Monday.",
        ("Al-Shabaab", "attacked", "Baidoa"),
    ),
    (
        "Boko Haram attacked a village in Borno state. Its fighters attacked Maiduguri.",
        ("Boko Haram", "attacked", "Maiduguri"),
    ),
    (
        "The Taliban attacked a checkpoint in Helmand. The militants of the movement then "
        "attacked Kunduz.",
        ("Taliban", "attacked", "Kunduz"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), MEMBERS)
def test_coref_group_members_act_for_the_group(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """Fighters, militants or gunmen of the group named before act for that group."""
    assert triple in triples(extract(text))
