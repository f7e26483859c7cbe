"""One node per real actor (issue 13, onenode6).

1. A country's capital that the article writes only as its government is the country at
   every mention: the subject of a verb ("Athens needs"; "be" only with an adjective), an
   object made to act ("force Washington to debate", "empower Tehran to act", "bringing Hanoi
   and Washington closer"), the object of "with"/"by"/"about", one of two capitals "between"
   which relations run, the owner of an act ("Canberra's efforts"). One place use in the
   article ("in Tehran", "to Athens", a dateline, "Tehran-based", "the road between Kabul
   and Islamabad") keeps every mention as the mention rule left it
   (kg/resolve/entities.py ``_metonym_only_capitals``).
2. The last two words of a person's name of three words or more, written alone, are that
   person ("Abdel Rahman" after "Rami Abdel Rahman"), when one person of the article ends so
   (kg/resolve/resolver.py ``article_names``, ``tail2:``); so are its first two words,
   all capitalised ("Wan Azizah" after "Wan Azizah Wan Ismail", ``head2:``; node3).
3. "the Department of Justice" and "the Justice Department", "the Ministry of Health" and
   "the Health Ministry" are one name (kg/resolve/names.py ``variant_key``).
4. The first word of a company's name ending in its legal form ("Avago Technologies Ltd"),
   written alone, is that company whatever the model read it as; not a gazetteer name, a
   person's surname or a word the article writes as a place (kg/resolve/resolver.py
   ``_company_words``; ``company_suffixes`` in kg/data/en/names.json).
Sentences of our own about other actors than the articles the rule was learned from.
"""

from __future__ import annotations

from typing import Any

import pytest


def _labels_written(graph: Any, text: str) -> set[str]:
    """The labels of the nodes a name mention with this text is written on."""
    return {
        graph.entities[entity_id].label
        for entity_id, mentions in graph.mentions.items()
        for m in mentions
        if m.kind == "name" and m.text == text
    }


@pytest.mark.parametrize(
    ("text", "capital", "country"),
    [
        # "be" with an adjective and a second capital coordinated
        (
            "Both Canberra and Jakarta had been uneasy about the executions. Indonesian "
            "officials declined to comment.",
            "Canberra",
            "Australia",
        ),
        # an object made to act, twice, beside a measure against it
        (
            "Lifting sanctions on Pyongyang would empower Pyongyang to expand its programme, "
            "South Korean officials warned.",
            "Pyongyang",
            "North Korea",
        ),
        # a subject of a verb, then an object made to act
        (
            "Portugal has failed to agree on the reforms Lisbon needs. The crisis may force "
            "Lisbon to call early elections.",
            "Lisbon",
            "Portugal",
        ),
        # relations between two capitals, then "bringing X and Y closer together"
        (
            "The envoy played a key role in the thaw between Hanoi and Beijing. He was "
            "thanked for bringing Hanoi and Beijing closer together.",
            "Hanoi",
            "Vietnam",
        ),
    ],
)
def test_onenode6_capital_only_as_government_is_country(
    extract: Any, text: str, capital: str, country: str
) -> None:
    """Every mention of a capital the article never writes as a place is the country."""
    graph = extract(text, published="2015-06-10")
    assert _labels_written(graph, capital) == {country}


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        # a place use elsewhere in the article: "in Canberra"
        (
            "Both Canberra and Jakarta had been uneasy about the executions. Protesters "
            "gathered in Canberra on Friday.",
            "Canberra",
        ),
        # "be" with a noun says what the city is
        ("Lisbon is a city of half a million people. Lisbon needs more housing.", "Lisbon"),
        # a route between two capitals
        ("The road between Kabul and Islamabad was closed after the attack.", "Kabul"),
        # "from" may say where
        ("The delegation flew from Nairobi to Addis Ababa for the talks.", "Nairobi"),
        # a hyphenated adjective is a place use the model reads as nothing
        (
            "The Ankara-based group said the verdict was unfair. Ankara needs new allies.",
            "Ankara",
        ),
    ],
)
def test_onenode6_capital_used_as_place_stays(extract: Any, text: str, capital: str) -> None:
    """One place use keeps the capital a city at its place mentions."""
    graph = extract(text, published="2015-06-10")
    assert capital in _labels_written(graph, capital)


def _people(graph: Any) -> dict[str, set[str]]:
    """Person label -> the names written on it."""
    out: dict[str, set[str]] = {}
    for entity_id, mentions in graph.mentions.items():
        entity = graph.entities[entity_id]
        if entity.type.value == "Person":
            out.setdefault(entity.label, set()).update(m.text for m in mentions if m.kind == "name")
    return out


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            '"The shelling went on all night," Omar Abdel Karim, the head of the local '
            "council, said. Abdel Karim said 12 people died.",
            "Omar Abdel Karim",
            "Abdel Karim",
        ),
        (
            "Former president Goodluck Ebele Jonathan met observers in Abuja. Ebele Jonathan "
            "said the vote was fair.",
            "Goodluck Ebele Jonathan",
            "Ebele Jonathan",
        ),
    ],
)
def test_onenode6_two_word_tail_is_the_person(
    extract: Any, text: str, full: str, short: str
) -> None:
    """A two-word tail of one person's longer name is that person, not a second node."""
    people = _people(extract(text, published="2015-06-10"))
    assert short in people.get(full, set())
    assert short not in people


def test_onenode6_two_word_tail_of_two_people_is_neither(extract: Any) -> None:
    """Two people of the article end in the same two words: the tail names neither."""
    people = _people(
        extract(
            "Omar Abdel Karim and Sami Abdel Karim were arrested in Cairo. Abdel Karim denied "
            "the charges.",
            published="2015-06-10",
        )
    )
    assert "Abdel Karim" not in people.get("Omar Abdel Karim", set())
    assert "Abdel Karim" not in people.get("Sami Abdel Karim", set())


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Deputy Prime Minister Ahmad Zahid Hamidi won the seat in Perak. Ahmad Zahid said "
            "the vote was a test for the government.",
            "Ahmad Zahid Hamidi",
            "Ahmad Zahid",
        ),
        (
            "Former minister Nur Jazlan Mohamed Yusof met reporters in Johor on Monday. Nur "
            "Jazlan said the talks would go on.",
            "Nur Jazlan Mohamed Yusof",
            "Nur Jazlan",
        ),
    ],
)
def test_onenode6_two_word_head_is_the_person(
    extract: Any, text: str, full: str, short: str
) -> None:
    """The first two words of one person's longer name, written alone, are that person."""
    people = _people(extract(text, published="2015-06-10"))
    assert short in people.get(full, set()), people
    assert short not in people, people


def test_onenode6_two_word_head_of_two_people_is_neither(extract: Any) -> None:
    """Two people of the article start with the same two words: the head names neither."""
    people = _people(
        extract(
            "Police arrested Mohamad Hasan Ismail in Perak on Monday, and Mohamad Hasan Yusof "
            "was arrested in Johor on Tuesday. Mohamad Hasan denied the charges.",
            published="2015-06-10",
        )
    )
    assert "Mohamad Hasan" not in people.get("Mohamad Hasan Ismail", set()), people
    assert "Mohamad Hasan" not in people.get("Mohamad Hasan Yusof", set()), people


def _orgs(graph: Any) -> dict[str, set[str]]:
    """Organisation label -> the names written on it."""
    out: dict[str, set[str]] = {}
    for entity_id, mentions in graph.mentions.items():
        entity = graph.entities[entity_id]
        if entity.type.value == "Organization":
            # a country's generic body ("Liberia's Ministry of Health") is written as its
            # collective (fix18)
            kinds = ("name", "collective")
            out.setdefault(entity.label, set()).update(m.text for m in mentions if m.kind in kinds)
    return out


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        (
            "The charges were filed, according to the Department of Justice. The officer was "
            "arrested in Ottawa, the Justice Department said.",
            {"Department of Justice", "Justice Department"},
        ),
        (
            "Liberia's Ministry of Health said 12 people died of Ebola. The Health Ministry "
            "said the outbreak was slowing.",
            # the owner is written on the country's body (fix18)
            {"Liberia's Ministry of Health", "Health Ministry"},
        ),
    ],
)
def test_onenode6_office_written_either_way_is_one(
    extract: Any, text: str, forms: set[str]
) -> None:
    """An office's name in either word order is one node."""
    orgs = _orgs(extract(text, published="2015-06-10"))
    assert any(forms <= written for written in orgs.values())


def test_onenode6_office_of_another_kind_stays_apart(extract: Any) -> None:
    """ "Department of Justice" and "Department of Health" are two offices."""
    orgs = _orgs(
        extract(
            "The Department of Justice opened an inquiry. The Department of Health "
            "criticized the Department of Justice.",
            published="2015-06-10",
        )
    )
    assert not any({"Department of Justice", "Department of Health"} <= w for w in orgs.values())


@pytest.mark.parametrize(
    ("text", "short", "company"),
    [
        (
            "Regulators fined Microsemi Holdings Inc on Monday. Microsemi said it would appeal.",
            "Microsemi",
            "Microsemi Holdings Inc",
        ),
        (
            "Brazilian police raided the offices of Odebrecht Holdings Ltd in Sao Paulo. "
            "Odebrecht denied wrongdoing.",
            "Odebrecht",
            "Odebrecht Holdings Ltd",
        ),
    ],
)
def test_onenode6_company_first_word_is_the_company(
    extract: Any, text: str, short: str, company: str
) -> None:
    """The first word of a company's name written alone is the company, one node."""
    graph = extract(text, published="2015-06-10")
    assert _labels_written(graph, short) == {company}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a person's surname
        (
            "Marta Quintero founded Quintero Foods Ltd in 1990. Quintero said she would retire.",
            "Quintero",
        ),
    ],
)
def test_onenode6_company_first_word_not_a_surname(extract: Any, text: str, word: str) -> None:
    """A word that is the surname of a person of the article stays apart from the company."""
    graph = extract(text, published="2015-06-10")
    assert not any(label.endswith("Ltd") for label in _labels_written(graph, word))
