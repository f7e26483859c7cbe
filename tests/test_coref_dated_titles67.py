"""A country's leader title ("the Canadian prime minister", "the Iranian supreme leader")
resolves to the holder of that office on the published date, named in the article or not;
with no published date, only to the holder the article names; a deputy's or a past office
("the vice president", "the former president") never to the holder (kg/extract/coref.py).
Real model, sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

DATED = [
    # a compound leader title, the holder unnamed: the one holding it on the published date
    ("The Canadian prime minister criticized China on Tuesday.", "2015-03-10", "Stephen Harper"),
    ("The Canadian prime minister criticized China on Tuesday.", "2016-06-01", "Justin Trudeau"),
    ("The Japanese prime minister criticized China on Tuesday.", "2008-03-04", "Yasuo Fukuda"),
    ("The Indian prime minister criticized China on Tuesday.", "2012-10-02", "Manmohan Singh"),
    ("The Spanish prime minister criticized China on Tuesday.", "2019-02-05", "Pedro Sánchez"),
    # a possessive country
    ("Australia's prime minister criticized China on Tuesday.", "2014-07-01", "Tony Abbott"),
    # a two-word title ending in a generic one: the office, not any leader
    ("The Iranian supreme leader criticized China on Tuesday.", "2015-03-10", "Ali Khamenei"),
    ("The North Korean supreme leader criticized China on Tuesday.", "2010-03-10", "Kim Jong Il"),
    # the country after "of", another person named before
    ("The president of Chile criticized China on Tuesday.", "2015-03-10", "Michelle Bachelet"),
    (
        "Foreign Minister Stephane Dion spoke in Ottawa on Monday. The prime minister of "
        "Canada criticized China on Tuesday.",
        "2016-06-01",
        "Justin Trudeau",
    ),
    # named in the article: the same holder
    (
        "Prime Minister Stephen Harper arrived in Ottawa on Monday. The Canadian prime "
        "minister criticized China on Tuesday.",
        "2015-03-10",
        "Stephen Harper",
    ),
]


@pytest.mark.parametrize(("text", "published", "holder"), DATED)
def test_coref_dated_title_is_holder_on_the_date(
    extract: Any, text: str, published: str, holder: str
) -> None:
    """A country's leader title acts as the one holding the office on the published date."""
    found = triples(extract(text, published=published))
    assert (holder, "criticized", "China") in found, found


UNDATED = [
    # no published date: the holder the article names, else no one
    (
        "Prime Minister Shinzo Abe arrived in Tokyo on Monday. The Japanese prime minister "
        "criticized China on Tuesday.",
        "Shinzo Abe",
    ),
    ("The Japanese prime minister criticized China on Tuesday.", None),
    ("The Iranian supreme leader criticized China on Tuesday.", None),
    # the one person just named holds another of the country's offices: not him
    (
        "President Hassan Rouhani arrived in Tehran on Monday. The Iranian supreme leader "
        "criticized China on Tuesday.",
        None,
    ),
    (
        "President Joachim Gauck arrived in Berlin on Monday. The German chancellor "
        "criticized China on Tuesday.",
        None,
    ),
    # another word for the same office is his
    (
        "Prime Minister Shinzo Abe arrived in Tokyo on Monday. The Japanese premier "
        "criticized China on Tuesday.",
        "Shinzo Abe",
    ),
]


@pytest.mark.parametrize(("text", "holder"), UNDATED)
def test_coref_undated_title_is_named_holder_only(
    extract: Any, nlp: Any, text: str, holder: str | None
) -> None:
    """With no published date, a leader title is only the holder the article names."""
    from kg.api import build_result

    graph = build_result(texts=[text], nlp=nlp).graph
    found = triples(graph)
    people = {e.label for e in graph.entities.values() if e.type.value == "Person"}
    critics = {s for s, p, o in found if p == "criticized" and o == "China"} & people
    assert critics == ({holder} if holder else set()), found


LESSER = [
    # a deputy's office, or a past one: never the holder on the date
    ("The US vice president criticized China on Tuesday.", "Barack Obama"),
    ("The Kenyan deputy president criticized China on Tuesday.", "Uhuru Kenyatta"),
    ("The former Brazilian president criticized China on Tuesday.", "Dilma Rousseff"),
    ("The late Iranian president criticized China on Tuesday.", "Hassan Rouhani"),
    ("The Japanese deputy prime minister criticized China on Tuesday.", "Shinzo Abe"),
    ("The former Canadian prime minister criticized China on Tuesday.", "Stephen Harper"),
    # not yet, or not fully, the office's: another than the holder on the date
    ("The incoming Canadian prime minister criticized China on Tuesday.", "Stephen Harper"),
    ("The acting Kenyan president criticized China on Tuesday.", "Uhuru Kenyatta"),
]


@pytest.mark.parametrize(("text", "holder"), LESSER)
def test_coref_lesser_office_is_not_holder(extract: Any, text: str, holder: str) -> None:
    """A deputy's or a former office's title is not the office holder on the date."""
    found = triples(extract(text, published="2015-03-10"))
    assert not any(s == holder for s, _, _ in found), found
