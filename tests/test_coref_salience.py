"""Salience in coreference (kg/extract/coref.py, discourse.py, nominals.py, actor_coref.py):
the main clause's subject over a subject below it, a name in a description set aside, the
leader of a named body, and "they" for coordinated people. Real model, actors of our own;
each text has a decoy the reference must not take."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, check_kept_removed, mention_pairs

PERSON_PRONOUNS: list[Case] = [
    # "X said Y had ... . He": the main clause's subject, not the reported one
    (
        "Ali Hassan said Omar Suleiman had agreed to the plan. He also criticized Iran.",
        ("Ali Hassan", "criticized", "Iran"),
        ("Omar Suleiman", "criticized", "Iran"),
    ),
    # an unnamed main subject ("a local official said") is the likelier "he": no guess
    (
        "A local official said Omar Suleiman had agreed to the plan. He also criticized Iran.",
        None,
        ("Omar Suleiman", "criticized", "Iran"),
    ),
    # an unnamed refugee, migrant or victim as subject: "he" is most likely that one
    (
        "Karim Aziz, the camp manager, spoke to reporters on Monday. One refugee said "
        "militiamen had beaten him. He later criticized Burundi.",
        None,
        ("Karim Aziz", "criticized", "Burundi"),
    ),
    # two main clauses joined by "but": the later one's subject
    (
        "Ali Hassan lost the vote in Basra, but Omar Suleiman won the seat. He later "
        "criticized Iran.",
        ("Omar Suleiman", "criticized", "Iran"),
        ("Ali Hassan", "criticized", "Iran"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), PERSON_PRONOUNS)
def test_coref_salience_pronoun_takes_the_main_subject(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """A pronoun opening a sentence takes up the main clause's subject of the one before."""
    check_kept_removed(extract(text), kept, removed)


DESCRIPTIONS: list[Case] = [
    # the main subject of a clause above wins over the subject of the reported clause
    (
        "The Nusra Front said ISIL had seized Palmyra on Monday. The group also threatened "
        "Lebanon.",
        ("Nusra Front", "threatened", "Lebanon"),
        ("Islamic State", "threatened", "Lebanon"),
    ),
    # a name in a clause describing the subject is not the topic
    (
        "AQIM, considered by Paris as the most dangerous branch of al-Qaeda, has exploited "
        "chaos in Mali since 2012. In recent years the group has attacked Niger.",
        ("al-Qaeda in the Islamic Maghreb", "attacked", "Niger"),
        ("al-Qaeda", "attacked", "Niger"),
    ),
    # ... even when the subject is no candidate itself: then no link
    (
        "Jaish al-Adl, described by Tehran as a branch of al-Qaeda, has operated in "
        "Baluchistan since 2012. In recent years the group has attacked Iran.",
        None,
        ("al-Qaeda", "attacked", "Iran"),
    ),
    # subject and object of one verb tie: no link
    (
        "The Nusra Front attacked ISIL near Palmyra on Monday. The group also threatened Lebanon.",
        None,
        ("Nusra Front", "threatened", "Lebanon"),
    ),
    # "the country": the reporting subject over the reported one
    (
        "Saudi Arabia said Iran was arming rebels. The country also criticized Qatar.",
        ("Saudi Arabia", "criticized", "Qatar"),
        ("Iran", "criticized", "Qatar"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), DESCRIPTIONS)
def test_coref_salience_group_of_two_candidates(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """Of two named candidates, "the group"/"the country" takes the salient one or none."""
    check_kept_removed(extract(text), kept, removed)


SOURCES: list[Case] = [
    # "according to X" names the source, as a subject of "said" would
    (
        "According to Amnesty International, police beat protesters in Dhaka. The "
        "London-based group also criticized Pakistan.",
        ("Amnesty International", "criticized", "Pakistan"),
        None,
    ),
    # a source that is only an object ("told Reuters") is still not taken
    (
        "Police beat protesters in Dhaka, a witness told Amnesty International. The "
        "London-based group also criticized Pakistan.",
        None,
        ("Amnesty International", "criticized", "Pakistan"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), SOURCES)
def test_coref_salience_according_to_is_a_source(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "According to X, ... . The London-based group": X, as if it were a subject."""
    check_kept_removed(extract(text), kept, removed)


BODY_LEADERS: list[Case] = [
    (
        "Hamas leader Khaled Meshaal spoke in Doha on Sunday. Later the Hamas leader "
        "criticized Egypt.",
        ("Khaled Meshaal", "criticized", "Egypt"),
        ("Hamas", "criticized", "Egypt"),
    ),
    (
        "FIFA president Sepp Blatter flew to Zurich on Thursday. The FIFA chief later "
        "criticized Russia.",
        ("Sepp Blatter", "criticized", "Russia"),
        ("FIFA", "criticized", "Russia"),
    ),
    # two people lead the body: "the Hamas leader" stays unresolved
    (
        "Khaled Meshaal and Ismail Haniyeh lead Hamas. Later the Hamas leader criticized Egypt.",
        None,
        ("Khaled Meshaal", "criticized", "Egypt"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), BODY_LEADERS)
def test_coref_salience_leader_of_a_named_body(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "the Hamas leader" -> the one person the article makes that body's leader."""
    check_kept_removed(extract(text), kept, removed)


COORDINATED: list[Case] = [
    (
        "Karim Aziz and Yusuf Nasser flew to Cairo on Monday. They criticized Iran on Tuesday.",
        ("Yusuf Nasser", "criticized", "Iran"),
        None,
    ),
    # a person met by the subject is not part of "they"
    (
        "Karim Aziz met Yusuf Nasser in Cairo on Monday. They criticized Iran.",
        None,
        ("Yusuf Nasser", "criticized", "Iran"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), COORDINATED)
def test_coref_salience_they_for_coordinated_people(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "X and Y flew ... . They criticized Z": both people are "they"."""
    check_kept_removed(extract(text), kept, removed)


def test_coref_salience_title_takes_the_holder_on_the_date(extract: Any) -> None:
    """ "The US president" in a story of 2015 is the president then, not a former one the
    article names later with the title."""
    graph = extract(
        "Barack Obama spoke about trade on Monday. The US president later criticized China. "
        "Trade had grown under US President George W Bush in 2005.",
        published="2015-06-10",
    )
    check_kept_removed(
        graph,
        ("Barack Obama", "criticized", "China"),
        ("George W. Bush", "criticized", "China"),
    )


OTHER_OFFICES: list[Case] = [
    (
        "President Mahamadou Issoufou flew to Niamey on Monday. Later the president fled to Mali.",
        ("Mahamadou Issoufou", "visited", "Mali"),
        None,
    ),
    # a deputy's title, or the title of an unnamed body, is someone else's office
    (
        "President Mahamadou Issoufou flew to Niamey on Monday. Later the deputy president of "
        "the court fled to Mali.",
        None,
        ("Mahamadou Issoufou", "visited", "Mali"),
    ),
    (
        "President Mahamadou Issoufou flew to Niamey on Monday. Later the president of the "
        "court fled to Mali.",
        None,
        ("Mahamadou Issoufou", "visited", "Mali"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), OTHER_OFFICES)
def test_coref_salience_title_of_another_office(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "the deputy president", "the president of the court" are not the article's president."""
    check_kept_removed(extract(text), kept, removed)


def test_coref_salience_not_the_phrase_holding_the_reference(extract: Any) -> None:
    """ "Fighters from the group": the phrase holding "the group" is not its antecedent; a
    subject over a name in a noun phrase of the sentence before ("bombardment by X")."""
    graph = extract(
        "Hezbollah has made gains in Syria despite losses under bombardment by the Nusra Front. "
        "Fighters from the group seized parts of the Qusayr camp near Homs in April."
    )
    found = mention_pairs(graph, "nominal")
    assert ("group", "Hezbollah") in found, found
    assert ("group", "Nusra Front") not in found, found
