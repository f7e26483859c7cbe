"""A Phoenix actor dictionary read through --gazetteer (kg/io/phoenix.py,
kg/extract/role_owners.py): a record named as a body ("PALESTINIAN_AUTHORITY",
"KENYA_AIR_FORCE": its head is an organisation's or a state sector's noun) is no person and
gives no dated role, and a person whose only roles are memberships of the article's one
country ("[KENGOV]", untitled) is still the holder of an unowned "President X" in a story on
that country. Dictionaries written here, of invented people."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.lexicon import build_lexicon, phoenix_actors
from tests.conftest import triples

DICTIONARY = """# a small Phoenix actor dictionary
KENYA_DEFENCE_FORCES
\t[KENMIL >19630101]
NATIONAL_INTELLIGENCE_SERVICE_OF_KENYA
\t[KENSPY >19990101]
KENYA_AIR_FORCE_
\t[KENMIL >19640901]
PETER_GANG_
\t[KENGOV 100101-180101]
JOSEPH_KAMAU_
\t[KENGOV 100101-180101]
ANA_SILVA_
\t[AGOGOV >100101]
"""


@pytest.fixture(scope="module")
def dictionary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("phoenix67") / "small.actors.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    return path


def test_phoenix_body_records_are_no_persons(dictionary: Path) -> None:
    """Bodies' records are skipped and counted; a person whose surname is a noun that names
    no state body ("Gang") is kept."""
    read = phoenix_actors(dictionary)
    assert read.skipped["a body's name, no person"] == 3
    people = {t.person for t in read.tenures}
    assert people == {"Peter Gang", "Joseph Kamau", "Ana Silva"}
    persons = {e.label for e in build_lexicon(extra_gazetteer=dictionary).entries}
    assert "Kenya Defence Forces" not in persons


def test_phoenix_body_stays_a_body(nlp: Any, dictionary: Path) -> None:
    """A body's record makes no person of the body: it acts as the armed force it is."""
    from kg.api import build_result

    text = "Kenya Defence Forces attacked al-Shabab camps near Kismayo on Sunday."
    graph = build_result(texts=[text], published="2015-06-01", nlp=nlp, gazetteer=dictionary).graph
    types = {e.label: e.type.value for e in graph.entities.values()}
    assert types.get("Kenya Defence Forces") == "Organization", types


# (article, claim made or None, claim not made or None)
ARTICLES = [
    # a membership of the story's one country is no office elsewhere
    (
        "Kenya's parliament approved a new budget on Monday.\n\n"
        "President Joseph Kamau praised the vote in Nairobi. Kenya faces falling tea revenues.",
        ("Joseph Kamau", "leader_of", "Kenya"),
        None,
    ),
    (
        "Kenya's parliament approved a new budget on Monday.\n\n"
        "President Peter Gang praised the vote in Mombasa. Kenya faces falling tea revenues.",
        ("Peter Gang", "leader_of", "Kenya"),
        None,
    ),
    # a role in another country still keeps the title unguessed
    (
        "Kenya's parliament approved a new budget on Monday.\n\n"
        "President Ana Silva praised the vote in Nairobi. Kenya faces falling tea revenues.",
        None,
        ("Ana Silva", "leader_of", "Kenya"),
    ),
]


@pytest.mark.parametrize(("text", "made", "absent"), ARTICLES)
def test_phoenix_membership_leaves_the_title_to_its_holder(
    nlp: Any,
    dictionary: Path,
    text: str,
    made: tuple[str, str, str] | None,
    absent: tuple[str, str, str] | None,
) -> None:
    """An unowned "President X" in a story on one country is X's office there when X's only
    roles are memberships of that country; a role elsewhere still leaves it unguessed."""
    from kg.api import build_result

    graph = build_result(texts=[text], published="2015-06-01", nlp=nlp, gazetteer=dictionary).graph
    found = triples(graph)
    if made is not None:
        assert made in found, sorted(found)
    if absent is not None:
        assert absent not in found, sorted(found)
