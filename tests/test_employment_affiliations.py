"""Affiliations written with any noun for people (``people_nouns.json``), not only the titles
of ``titles.json``: an apposition with an organisation after a preposition or before the
noun, an organisation's job before a name, a unit of the organisation before a title, a
relative clause of a work verb on a job noun, an apposed presidential spokesperson. Nouns
that tie a person to a body otherwise (a critic, a resident, a victim) give nothing."""

from __future__ import annotations

from typing import Any

import pytest

AFFILIATIONS: list[tuple[str, str, str, str, str]] = [
    # (text, person, predicate, organisation or person, title)
    ("Nora Lindqvist, a volunteer with the Norwegian Red Cross, said the boat sank.",
     "Nora Lindqvist", "member_of", "Norwegian Red Cross", "volunteer"),
    ("Diego Ramos, the general coordinator of the Landless Workers Movement, said farmers "
     "would march.", "Diego Ramos", "member_of", "Landless Workers Movement",
     "general coordinator"),
    # the organisation before the noun, in an apposition
    ("Anna Kowalski, the UNICEF education coordinator in the region, said schools were shut.",
     "Anna Kowalski", "member_of", "UNICEF", "education coordinator"),
    # a named armed group one is "with" or "in"
    ("Ali Hassan, a fighter with the Islamic State group, said the city would fall.",
     "Ali Hassan", "member_of", "Islamic State", "fighter"),
    # the organisation's job, then the name
    ("Oxfam's campaign coordinator, Jane Hill, said food was short.", "Jane Hill",
     "member_of", "Oxfam", "campaign coordinator"),
    # a proprietor heads the business, as an owner does
    ("Rupert Gray, the proprietor of the Daily Mail group, said sales fell.", "Rupert Gray",
     "leader_of", "Daily Mail", "proprietor"),
    # an organisation's job before the name
    ("AFP photographer Marco Rossi was hurt in the blast.", "Marco Rossi", "member_of", "AFP",
     "photographer"),
    ("Greenpeace campaigner Lisa Moe said the spill was large.", "Lisa Moe", "member_of",
     "Greenpeace", "campaigner"),
    ("The camp was full, said former Reuters photographer Ken Mori.", "Ken Mori",
     "member_of", "Reuters", "former photographer"),
    # a unit of the organisation before a title
    ("IOC executive board member Jean Dupont resigned on Friday.", "Jean Dupont", "member_of",
     "IOC", "executive board member"),
    # the job noun right before a work verb's relative clause
    ("Lina Haddad, a student and researcher who works for Human Rights Watch, said the camps "
     "were full.", "Lina Haddad", "member_of", "Human Rights Watch", "researcher"),
    # an apposed presidential spokesperson speaks for the president the article titles
    ("President Ollanta Humala left for Lima on Monday. Maria Lopez, the presidential "
     "spokesperson, told reporters that Peru would not sign.", "Maria Lopez",
     "spokesperson_for", "Ollanta Humala", "presidential spokesperson"),
]  # fmt: skip

NOT_AFFILIATIONS: list[tuple[str, str]] = [
    # (text, person): no member_of, leader_of or spokesperson_for of the person
    ("Tom Berg, a critic of the World Bank, said the loan was wrong.", "Tom Berg"),
    ("Lena Ortiz, a lawyer for the victims' families, said the ruling was unfair.",
     "Lena Ortiz"),
    ("Omar Haddad, a resident of Gaza, said the strikes went on.", "Omar Haddad"),
    ("Karim Nasser, a supporter of Hezbollah, said the group would win.", "Karim Nasser"),
    ("Yusuf Ali, a victim of the Boko Haram attack, said he lost his home.", "Yusuf Ali"),
    ("Jane Hill, a friend of the Amnesty International director, said she was worried.",
     "Jane Hill"),
    ("Ali Reza, a graduate of Tehran University, said the talks would fail.", "Ali Reza"),
    ("Sara Cohen, a client of Goldman Sachs, said the fees were high.", "Sara Cohen"),
    ("Nobel laureate Malala Yousafzai visited the camp.", "Malala Yousafzai"),
    ("Hamas supporter Karim Nasser said the group would win.", "Karim Nasser"),
    ("Boko Haram victim Aisha Musa said her village burned.", "Aisha Musa"),
    ("Paul Mensah, a shareholder of Royal Dutch Shell, said the profits fell.", "Paul Mensah"),
    ("The World Bank's harshest critic, Tom Berg, said the loan was wrong.", "Tom Berg"),
    ("Sami Khan, a hostage with the Islamic State group, said he was beaten.", "Sami Khan"),
    # the organisation is another name's, the noun only apposed to this one
    ("With us are Cora Lind, a reporter from The Intercept; Philip Ewing, from Politico; "
     "and the author Imtiaz Gul.", "Imtiaz Gul"),
    ("Omar Said, a regular at the Riche cafe, said the owners had sold it.", "Omar Said"),
    ("Lena Fox, a former contractor for the Pentagon, leaked the files.", "Lena Fox"),
]  # fmt: skip

_TIES = ("member_of", "leader_of", "spokesperson_for")


def _ties(graph: Any, person: str) -> dict[tuple[str, str], set[str | None]]:
    """(predicate, object label) -> titles of the person's affiliation claims."""
    found: dict[tuple[str, str], set[str | None]] = {}
    for r in graph.claims:
        if r.predicate.value not in _TIES or r.object is None:
            continue
        if graph.entities[r.subject].label != person:
            continue
        key = (r.predicate.value, graph.entities[r.object].label)
        found.setdefault(key, set()).add(r.qualifiers.title)
    return found


@pytest.mark.parametrize(("text", "person", "predicate", "target", "title"), AFFILIATIONS)
def test_employment_affiliation_with_any_role_noun(
    extract: Any, text: str, person: str, predicate: str, target: str, title: str
) -> None:
    """A person, a noun for people and an organisation give one claim, titled by the noun."""
    ties = _ties(extract(text, published="2015-06-05"), person)
    assert ties.get((predicate, target)) == {title}


@pytest.mark.parametrize(("text", "person"), NOT_AFFILIATIONS)
def test_employment_no_affiliation_from_other_ties(extract: Any, text: str, person: str) -> None:
    """A critic, a supporter, a victim, a resident, a client: no membership of anything."""
    assert _ties(extract(text, published="2015-06-05"), person) == {}


def test_employment_unit_title_once(extract: Any) -> None:
    """ "X - manager of energy programmes at Y -": one membership of Y, with one title."""
    graph = extract(
        "Jon Smith - manager of energy programmes at Oxfam - said the deal was weak.",
        published="2015-06-05",
    )
    titles = _ties(graph, "Jon Smith").get(("member_of", "Oxfam"), set())
    assert len(titles) == 1
