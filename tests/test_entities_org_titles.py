"""Entity cleaning: a title word that begins an organisation's name stays in the name."""

from __future__ import annotations

from typing import Any

import pytest

ORGS = [
    ("The General Accounting Office (GAO) audited the project.", "General Accounting Office"),
    ("The Inspector General's Office opened an inquiry.", "Inspector General's Office"),
    ("Admiral Insurance Company raised its premiums.", "Admiral Insurance Company"),
]


@pytest.mark.parametrize(("sentence", "name"), ORGS)
def test_entities_org_name_keeps_its_title_word(extract: Any, sentence: str, name: str) -> None:
    """An organisation whose name ends in an organisation noun keeps a leading title word
    ("General", "Captain") and is no person."""
    graph = extract(sentence)
    found = {e.label: e.type.value for e in graph.entities.values()}
    assert found.get(name) == "Organization", found
