"""Precision on real articles (fp41): causes of false claims, each with the right reading kept.

- A town the article's country is guessed for only in a sentence naming no place the data
  puts in another country (kg/extract/place_coref.py ``_other_country``).
- A role foretold by a modal copula ("X will be a militia leader") is no role held
  (kg/extract/foretold_roles.py, read by kg/extract/roles.py ``_appositions``).
- An asterisk that marks a changed name ("Nadia*, 25") is no part of the name
  (kg/resolve/entities.py ``changed_name``).
- A police raid on a site in a town is no attack on the town (kg/extract/sites.py
  ``site_towns``, ``site_raiders`` of kg/data/en/cues.json).

Sentences of our own, about other actors than the check sets' articles.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, triples

Triple = tuple[str, str, str]

# a story about Afghanistan: the country named in two sentences, so its towns may be guessed
_AFGHAN = (
    "Afghan troops withdrew from the district on Sunday. "
    "Afghanistan's interior ministry said the fighters were advancing. "
)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a city of Pakistan in the sentence: the valley town may lie there too
        (
            _AFGHAN + "From the markets of Karachi to the valley town of Chitral, the fighters "
            "have found shelter.",
            None,
            ("Chitral", "located_in", "Afghanistan"),
        ),
        (
            _AFGHAN + "The fighters have found shelter in Karachi and in the valley town of "
            "Chitral.",
            None,
            ("Chitral", "located_in", "Afghanistan"),
        ),
        # no other country's place: the story's country, as before
        (
            _AFGHAN + "The fighters entered the village of Deh Bala.",
            ("Deh Bala", "located_in", "Afghanistan"),
            None,
        ),
        # a foreign city only inside a modifier ("London-based") names no place
        (
            _AFGHAN + "A London-based monitor said the fighters entered the village of Deh Bala.",
            ("Deh Bala", "located_in", "Afghanistan"),
            None,
        ),
    ],
)
def test_place_coref_no_guess_beside_a_foreign_place(
    extract: Any, text: str, expected: Triple | None, absent: Triple | None
) -> None:
    """A town is guessed to lie in the story's country only in a sentence naming no place of
    another country."""
    found = triples(extract(text, published="2015-06-01"))
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert absent not in found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Al-Shabab fighters attacked the town. Ahmed Madobe will be a militia leader again.",
            None,
            ("Ahmed Madobe", "member_of", "al-Shabab"),
        ),
        (
            "Al-Shabab fighters attacked the town. Ahmed Madobe would be a militia commander.",
            None,
            ("Ahmed Madobe", "member_of", "al-Shabab"),
        ),
        (
            "Boko Haram fighters raided the village. Abubakar Shekau could be a militant leader.",
            None,
            ("Abubakar Shekau", "member_of", "Boko Haram"),
        ),
        # a role held, past or present, stays
        (
            "Al-Shabab fighters attacked the town. Ahmed Madobe was a militia commander.",
            ("Ahmed Madobe", "member_of", "al-Shabab"),
            None,
        ),
        (
            "Boko Haram fighters raided the village. Abubakar Shekau is a militant leader.",
            ("Abubakar Shekau", "member_of", "Boko Haram"),
            None,
        ),
    ],
)
def test_foretold_roles_modal_copula_gives_no_role(
    extract: Any, text: str, expected: Triple | None, absent: Triple | None
) -> None:
    """ "X will be / would be / could be a militia leader" foretells a role; "X was / is one"
    reports it."""
    found = triples(extract(text, published="2015-06-01"))
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert absent not in found


@pytest.mark.parametrize(
    ("text", "expected", "written"),
    [
        (
            "Aisha*, 27, met Mauritanian officials in Nouakchott on Monday.",
            ("Aisha", "met", "Mauritanian officials"),
            "Aisha*",
        ),
        (
            "Omar*, 31, met Jordanian officials in Amman on Monday.",
            ("Jordanian officials", "met", "Omar"),
            "Omar*",
        ),
        # a name with no asterisk is left whole
        (
            "Omar Hassan, 31, met Jordanian officials in Amman on Monday.",
            ("Jordanian officials", "met", "Omar Hassan"),
            "Omar",
        ),
    ],
)
def test_entities_changed_name_drops_its_asterisk(
    extract: Any, text: str, expected: Triple, written: str
) -> None:
    """ "Aisha*, 27": the person is Aisha; no node keeps the asterisk (nor is a name cut)."""
    graph = extract(text, published="2015-06-01")
    assert expected in triples(graph)
    assert written not in node_types(graph)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Nadia*,25", "Nadia"),
        ("Karim*", "Karim"),
        ("Karim Benali", "Karim Benali"),
        ("F**k", "F**k"),  # not a name before the asterisk: left as written
        ("*NSYNC", "*NSYNC"),
    ],
)
def test_entities_changed_name_table(name: str, expected: str) -> None:
    """``changed_name`` keeps the capitalised name before an asterisk, else the whole text."""
    from kg.resolve.entities import changed_name

    assert changed_name(name) == expected


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Nigerian police raided a church in Jos on Sunday.",
            ("Nigerian police", "attacked", "church"),
            ("Nigerian police", "attacked", "Jos"),
        ),
        (
            "Police fired tear gas in Kano on Monday. Police stormed a mosque in Kano, shot and "
            "killed worshippers.",
            ("Nigerian police", "attacked", "mosque"),
            ("Nigerian police", "attacked", "Kano"),
        ),
        # an army's strike on a site still hits the town it lies in
        (
            "Nigerian jets bombed a market in Jos on Sunday.",
            ("Nigerian army", "attacked", "Jos"),
            None,
        ),
    ],
)
def test_sites_police_raid_is_no_attack_on_the_town(
    extract: Any, text: str, expected: Triple, absent: Triple | None
) -> None:
    """ "Police raided a church in Jos": the church is raided, Jos is not attacked; "jets
    bombed a market in Jos" attacks Jos."""
    found = triples(extract(text, published="2015-06-01"))
    assert expected in found
    if absent is not None:
        assert absent not in found
