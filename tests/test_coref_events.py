"""Event coreference (kg/extract/event_coref.py): a role now and the name later, and event
nouns that refer back to an event already named. Real model, actors of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, statuses, triples

NAMED_LATER = [
    (
        "The Taliban have shot dead the head of a charity in eastern Afghanistan. Officials "
        "confirmed that Ahmad Wali was killed as he left his office in Jalalabad on Monday.",
        ("Taliban", "attacked", "Ahmad Wali"),
    ),
    (
        "Iran has executed its former nuclear negotiator on spying charges. The execution "
        "drew criticism abroad. Officials said that Reza Hosseini was executed at dawn.",
        ("Iran", "attacked", "Reza Hosseini"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_LATER)
def test_event_coref_names_the_patient_later(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """An unnamed role undergoing an event is the person first named undergoing it later."""
    assert expected in triples(extract(text))


NOT_NAMED_LATER = [
    # another kind of event: the official arrested is not the man elected
    "Bolivia has arrested a senior official. Carlos Mesa was elected president of the senate.",
    # the later person was named before: not a new telling of the patient
    "Carlos Mesa spoke on Monday. Bolivia has detained a senior official. Carlos Mesa was "
    "detained later, police said.",
]


@pytest.mark.parametrize("text", NOT_NAMED_LATER)
def test_event_coref_leaves_other_events_alone(extract: Any, text: str) -> None:
    """A person named later in another kind of event, or named before, is not the role."""
    assert not any(o == "Carlos Mesa" for _, _, o in triples(extract(text)))


JOINED = [
    (
        "Senior Chinese diplomats met representatives of the Taliban in Doha last week. The "
        "meeting was led by Chinese Vice Foreign Minister Sun Weidong, the ministry said.",
        ("Sun Weidong", "met", "Taliban"),
    ),
    (
        "Japanese diplomats held talks with North Korean officials in Beijing last month. "
        "Japanese Deputy Foreign Minister Kenji Sato led the talks, officials said.",
        ("Kenji Sato", "met", "North Korean officials"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_event_coref_leader_of_a_meeting_meets_the_other_side(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """ "The meeting was led by Z": Z met the side of the earlier meeting that is not Z's."""
    graph = extract(text)
    found = {r for r in graph.claims if r.predicate.value == "met"}
    pairs = {(graph.entities[r.subject].label, graph.entities[r.object].label) for r in found}
    subject, _, obj = expected
    assert (subject, obj) in pairs or (obj, subject) in pairs
    # the same event: where the first telling put it
    joined = next(r for r in found if subject in {graph.entities[r.subject].label})
    assert joined.qualifiers.place is not None


def test_event_coref_outsider_joins_no_side(extract: Any) -> None:
    """An envoy of a third country attending a meeting of two others is put on no side."""
    graph = extract(
        "Indian officials met Nepalese officials in Kathmandu on Monday. The meeting was "
        "attended by Chinese envoy Wang Lin."
    )
    assert any(s == "Wang Lin" for s, _, _ in triples(graph))  # his role is read
    assert not any(s == "Wang Lin" and p == "met" for s, p, _ in triples(graph))


AUTHORS = [
    (
        "Gunmen shot dead Mayor Carlos Ruiz in Kandahar on Monday. The Taliban later claimed "
        "responsibility for the attack.",
        "occurred",
    ),
    (
        "Gunmen shot dead Mayor Carlos Ruiz in Kandahar on Monday. The Taliban issued a "
        "statement denying any involvement in the attack.",
        "denied",
    ),
]


@pytest.mark.parametrize(("text", "status"), AUTHORS)
def test_event_coref_author_of_the_attack_named_before(
    extract: Any, text: str, status: str
) -> None:
    """ "claimed responsibility for / denied involvement in the attack": the author attacked
    the target of the attack named before, with that status."""
    graph = extract(text)
    found = {
        r.qualifiers.status.value
        for r in graph.claims
        if r.object is not None
        and graph.entities[r.subject].label == "Taliban"
        and r.predicate.value == "attacked"
        and graph.entities[r.object].label == "Carlos Ruiz"
    }
    assert found == {status}


def test_event_coref_attack_named_since_breaks_the_reference(extract: Any) -> None:
    """Another attack named in between (its own target) is the one "the attack" means."""
    graph = extract(
        "Gunmen shot dead Mayor Carlos Ruiz in Kandahar on Monday. Three people were killed "
        "in an attack on a police station in Kabul. The Taliban claimed responsibility for "
        "the attack."
    )
    assert not any(s == "Taliban" for s, _, _ in triples(graph))


TITLE_THEN_NAME = [
    # the headline names him first: the body still introduces him after the title
    (
        "Diriye: al-Shabab will fight on\n\nThe leader of Somalia's al-Shabab has said his "
        "fighters would keep attacking Kenya. Ahmed Diriye acknowledged for the first time "
        "that his group had lost ground.",
        ("Ahmed Diriye", "leader_of", "al-Shabab"),
    ),
    (
        "The leader of the Taliban has said his fighters would keep attacking Kabul. "
        "Haibatullah Akhundzada acknowledged that the group had lost ground.",
        ("Haibatullah Akhundzada", "leader_of", "Taliban"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_THEN_NAME)
def test_event_coref_title_of_owner_then_name(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """ "The leader of X has said ... . Y acknowledged": Y leads X, and is no mere member."""
    found = triples(extract(text))
    assert expected in found
    person, _, owner = expected
    assert (person, "member_of", owner) not in found


def test_event_coref_accusation_is_no_attack_claim(extract: Any) -> None:
    """ "accused X of being behind the attack" does not make X the attacker."""
    graph = extract(
        "Gunmen shot dead Mayor Carlos Ruiz in Kandahar on Monday. His family accused the "
        "Taliban of being behind the attack."
    )
    assert ("Taliban", "attacked", "Carlos Ruiz") not in triples(graph)


def test_event_coref_condemning_the_attack_criticizes_its_author(extract: Any) -> None:
    """ "X condemned the attack": X criticized whoever the article says carried it out."""
    graph = extract(
        "The Taliban shot dead Mayor Carlos Ruiz in Kandahar on Monday. The Afghan government "
        "strongly condemned the attack."
    )
    assert ("Afghan government", "criticized", "Taliban") in triples(graph)


def test_event_coref_same_event_told_again_keeps_the_reference(extract: Any) -> None:
    """ "The killing of Ruiz" after another attack names the first one again."""
    graph = extract(
        "Gunmen shot dead Mayor Carlos Ruiz in Kandahar on Monday. Three people were killed in "
        "an attack on a police station in Kabul last week. The killing of Ruiz drew protests, "
        "and the Taliban denied any involvement in the attack."
    )
    assert ("Taliban", "attacked", "Carlos Ruiz") in triples(graph)


@pytest.mark.parametrize("det", ["the", "that", "this"])
def test_event_coref_demonstrative_attack_is_the_one_told(extract: Any, det: str) -> None:
    """ "Chad condemned that attack": a demonstrative refers back like "the"."""
    graph = extract(
        f"Boko Haram fighters attacked Maiduguri in April. Chad condemned {det} attack as a "
        "blow to peace."
    )
    assert ("Chad", "criticized", "Boko Haram") in triples(graph)


REACTIONS = [
    (
        "Turkish police detained Selahattin Demirtas on Friday. "
        "The European Union condemned the detention.",
        "European Union",
        "criticized",
        "Turkish police",
    ),
    (
        "Egyptian police arrested Ahmed Maher in Cairo. Amnesty International welcomed the arrest.",
        "Amnesty International",
        "supported",
        "Egyptian police",
    ),
    # the reaction in the passive: its "by" phrase reacts
    (
        "Turkish police detained Selahattin Demirtas on Friday. "
        "The detention has been criticised by the European Union and Germany.",
        "Germany",
        "criticized",
        "Turkish police",
    ),
    (
        "Al-Shabab fighters attacked a hotel in Mogadishu. The attack was condemned by Kenya.",
        "Kenya",
        "criticized",
        "al-Shabab",
    ),
]


@pytest.mark.parametrize(("text", "reactor", "predicate", "author"), REACTIONS)
def test_event_coref_reaction_to_arrest_aims_at_its_author(
    extract: Any, text: str, reactor: str, predicate: str, author: str
) -> None:
    """ "X condemned the arrest" named before criticizes whoever made it (welcomed: supports)."""
    graph = extract(text)
    assert claims_between(graph, reactor, predicate, author)


REACTION_STATUSES = [
    ("The European Union did not condemn the detention.", "denied"),
    ("The detention was not condemned by the European Union.", "denied"),
    ("The European Union may condemn the detention.", "hypothetical"),
    ("The detention was condemned by the European Union.", "occurred"),
]


@pytest.mark.parametrize(("second", "status"), REACTION_STATUSES)
def test_event_coref_reaction_keeps_its_status(extract: Any, second: str, status: str) -> None:
    """A reaction negated or only possible is not told as made."""
    graph = extract(f"Turkish police detained Selahattin Demirtas on Friday. {second}")
    assert statuses(graph, ("European Union", "criticized", "Turkish police")) == {status}


def test_event_coref_passive_with_no_agent_names_no_reactor(extract: Any) -> None:
    """ "The detention was condemned" names no one who reacts: no claim on its author."""
    graph = extract(
        "Turkish police detained Selahattin Demirtas on Friday. The detention was condemned."
    )
    assert not [r for r in graph.claims if r.predicate.value == "criticized"]


def test_event_coref_reaction_to_named_arrest_is_no_anaphora(extract: Any) -> None:
    """ "condemned the arrest of Y" tells its own arrest: no reaction to an earlier one."""
    graph = extract(
        "Turkish police detained Selahattin Demirtas on Friday. "
        "The European Union condemned the arrest of Figen Yuksekdag."
    )
    assert not claims_between(graph, "European Union", "criticized", "Turkish police")
