"""A leader's title that names its country after it or through "the country"
(kg/extract/coref.py _of_country, kg/extract/interactions.py _delegation_side): "the
president of Venezuela", "the president of the country", "the country's president" act as
the holder the article names, else as the country. Real model, actors of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

HOLDER = [
    # "of <country>": the holder the article named before
    (
        "President Nicolas Maduro addressed supporters in Caracas on Monday. The president "
        "of Venezuela accused the United States of plotting a coup.",
        ("Nicolás Maduro", "criticized", "United States"),
        ("Venezuela", "criticized", "United States"),
    ),
    # "of the country" in a quote: the country "the country" stands for
    (
        "Prime Minister Ahmet Davutoglu spoke in Turkey on Sunday. President Recep Tayyip "
        'Erdogan spoke in Samsun. "The president of the country calls the HDP a terrorist '
        'organisation," Demirtas said.',
        ("Recep Tayyip Erdogan", "criticized", "HDP"),
        ("Turkey", "criticized", "HDP"),
    ),
    # the country's own president, not the president named last
    (
        "Kenyan President Uhuru Kenyatta met Ugandan President Yoweri Museveni in Nairobi. "
        "The president of Kenya criticized the rebels.",
        ("Uhuru Kenyatta", "criticized", "rebels"),
        ("Yoweri Museveni", "criticized", "rebels"),
    ),
    # a leader's title of two words
    (
        "Prime Minister Nawaz Sharif spoke in Lahore on Monday. The prime minister of "
        "Pakistan accused India of backing the militants.",
        ("Nawaz Sharif", "criticized", "India"),
        ("Pakistan", "criticized", "India"),
    ),
    # "the country's president"
    (
        "President Nicolas Maduro spoke in Venezuela on Monday. The country's president "
        "accused the United States of plotting a coup.",
        ("Nicolás Maduro", "criticized", "United States"),
        ("Venezuela", "criticized", "United States"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), HOLDER)
def test_coref_country_title_is_named_holder(
    extract: Any, text: str, expected: tuple[str, str, str], absent: tuple[str, str, str]
) -> None:
    """A leader's title of a named country acts as the holder the article names."""
    found = triples(extract(text, published="2015-05-15"))
    assert expected in found, found
    assert absent not in found, found


STATE = [
    # no published date, and the article names no holder of the country's office: the
    # country, as before (with a date, the holder on that date: test_coref_dated_titles67)
    (
        "Venezuela's opposition accused the government of hiding shortages. The president "
        "of Venezuela accused the United States of plotting a coup.",
        ("Venezuela", "criticized", "United States"),
    ),
    # a minister named before is not the prime minister
    (
        "Foreign Minister Sartaj Aziz spoke in Pakistan on Monday. The prime minister of "
        "Pakistan accused India of backing the militants.",
        ("Pakistan", "criticized", "India"),
    ),
    # another country's president named before is not this one
    (
        "President Barack Obama spoke on Monday. The president of Nigeria accused Boko "
        "Haram of killing civilians.",
        ("Nigeria", "criticized", "Boko Haram"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATE)
def test_coref_country_title_without_holder_stays_state(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """With no published date and no holder of the country's office named, the title stays
    the country's."""
    found = triples(extract(text, published=None))
    assert expected in found, found
    people = ("Barack Obama", "Nicolás Maduro", "Sartaj Aziz")
    assert not any(s in people for s, p, _ in found if p == expected[1]), found


def test_coref_country_title_former_is_not_holder(extract: Any) -> None:
    """ "the former president of Egypt" is not the one holding the office now."""
    found = triples(
        extract(
            "President Abdel Fattah el-Sisi spoke on Monday. The former president of Egypt "
            "criticized the court.",
            published="2015-05-15",
        )
    )
    assert not any(s == "Abdel Fattah el-Sisi" and p == "criticized" for s, p, _ in found), found
