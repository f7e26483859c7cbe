"""Names cut or split at their front (kg/resolve/entities.py: _function_word_front, and the
judicial titles of titles.json person_titles): an organisation's name the model began at a
capitalised function word is the whole name; "Justice X" and "Judge X" are the person X."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officials said Reporters Without Borders has condemned the arrest of the editor.",
            "Reporters Without Borders",
        ),
        (
            "Garcia said Doctors Without Borders has closed its clinic in Yemen.",
            "Doctors Without Borders",
        ),
        (
            "The camp is run by the UN and Doctors Without Borders, which treated 300 people.",
            "Doctors Without Borders",
        ),
    ],
)
def test_entities_name_fronts_function_word_starts_no_name(
    extract: Any, text: str, name: str
) -> None:
    """The capitalised word before a name's capitalised function word begins the name."""
    types = node_types(extract(text, published="2015-05-15"))
    assert types.get(name) == "Organization", types
    assert name.split(" ", 1)[1] not in types, types


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a title before the function word is no word of the name
        (
            "The plan was backed by Minister Without Portfolio Ahmed Ali on Sunday.",
            "Minister Without Portfolio",
        ),
        # a possessive before it: another name's
        ("He spoke to Al Jazeera's Inside Story programme.", "Jazeera's Inside Story"),
    ],
)
def test_entities_name_fronts_title_is_no_front(extract: Any, text: str, absent: str) -> None:
    """A title or a possessive right before the function word does not join the name."""
    types = node_types(extract(text, published="2015-05-15"))
    assert not any(absent in label for label in types), types


@pytest.mark.parametrize(
    ("text", "person", "short"),
    [
        (
            "Justice Rosalie Abella wrote the ruling. The law was unfair, said Justice Abella.",
            "Rosalie Abella",
            "Justice Abella",
        ),
        (
            "Judge Mary Murguia heard the appeal. Judge Murguia said the case would go on.",
            "Mary Murguia",
            "Judge Murguia",
        ),
        (
            "Chief Justice Beverley McLachlin opened the session. "
            "Chief Justice McLachlin said the court would rule in June.",
            "Beverley McLachlin",
            "Chief Justice McLachlin",
        ),
    ],
)
def test_entities_name_fronts_judicial_title_joins_surname(
    extract: Any, text: str, person: str, short: str
) -> None:
    """ "Justice X" and "Judge X" after the full name are that one person, one node."""
    types = node_types(extract(text, published="2015-05-15"))
    assert types.get(person) == "Person", types
    assert short not in types, types


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # an office named by "Justice" is no title of a person
        ("Justice Minister Ayelet Shaked proposed the bill.", "Ayelet Shaked", "Person"),
        ("The Justice Ministry rejected the appeal.", "Justice Ministry", None),
        ("Justice Project Pakistan said the man was tortured.", "Justice Project Pakistan", None),
    ],
)
def test_entities_name_fronts_justice_offices_stay(
    extract: Any, text: str, name: str, kind: str | None
) -> None:
    """A name that holds "Justice" as an office or a body keeps it; a minister stays a person."""
    types = node_types(extract(text, published="2015-05-15"))
    if kind is not None:
        assert types.get(name) == kind, types
    else:
        assert name in types, types
        assert types[name] != "Person", types
        assert name.split(" ", 1)[1] not in types, types


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Residents of the Bibi Mahru Khan area said the shelling went on all night.",
            {"Imran Khan", "Benjamin Netanyahu"},
        ),
        (
            "Gunmen stormed a guesthouse in the Haji Yaqub Khan neighbourhood of Herat.",
            {"Imran Khan"},
        ),
    ],
)
def test_entities_name_fronts_short_name_ends_longer_name(
    extract: Any, text: str, wrong: set[str]
) -> None:
    """A known person's short name ending a longer run of capitalised words is no link to
    that person."""
    types = node_types(extract(text, published="2015-05-15"))
    assert not wrong & set(types), types


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a given name before the surname: the person the article names
        ("Britain's Amir Khan beat Chris Algieri. Khan said the crowd helped him.", "Amir Khan"),
        # the gazetteer's own person, full name then surname
        ("Imran Khan led a protest in Islamabad. Khan said the vote was rigged.", "Imran Khan"),
        # a title before the short name
        ("President Karzai met elders in Kandahar on Monday.", "Hamid Karzai"),
    ],
)
def test_entities_name_fronts_short_name_of_a_person_stays(
    extract: Any, text: str, person: str
) -> None:
    """A short name after a given name, alone or after a title stays that person."""
    types = node_types(extract(text, published="2015-05-15"))
    assert types.get(person) == "Person", types
