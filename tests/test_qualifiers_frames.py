"""Status of claims in frame phrases and beliefs (kg/extract/qualifiers.py), with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between


def _statuses(graph: Any, a: str, predicate: str, b: str) -> set[str]:
    """The statuses of the claims of one predicate between two labels, either way round."""
    found = claims_between(graph, a, predicate, b) + claims_between(graph, b, predicate, a)
    return {r.qualifiers.status.value for r in found}


@pytest.mark.parametrize(
    ("text", "pair", "status"),
    [
        # an event noun in a frame phrase took place, whatever the main clause denies
        (
            "Despite weeks of negotiations with Iran, the United States has not lifted sanctions.",
            ("Iran", "negotiated_with", "United States"),
            "occurred",
        ),
        (
            "Despite two rounds of talks with the Taliban, Pakistan has failed to end the "
            "fighting.",
            ("Pakistan", "met", "Taliban"),
            "occurred",
        ),
        (
            "After talks with Egypt, Ethiopia did not change its position on the dam.",
            ("Egypt", "met", "Ethiopia"),
            "occurred",
        ),
        # close cases: the negation or the refusal is the talks' own
        ("Ethiopia did not hold talks with Egypt.", ("Egypt", "met", "Ethiopia"), "denied"),
        ("Egypt boycotted the summit with Ethiopia.", ("Egypt", "met", "Ethiopia"), "denied"),
        # a noun of a denying verb in another sense denies nothing
        (
            "Analysts in Baghdad discussed the steady decline of the Iraqi army and the US-led "
            "campaign against ISIL.",
            ("United States", "attacked", "Islamic State"),
            "occurred",
        ),
    ],
)
def test_qualifiers_frame_phrase_event_keeps_its_status(
    extract: Any, text: str, pair: tuple[str, str, str], status: str
) -> None:
    """An event noun after "despite"/"after" is not negated by the clause it frames."""
    assert _statuses(extract(text), *pair) == {status}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Opposition leaders fear the Venezuelan police will attack the students.", "hypothetical"),
        # close cases: said (a report of a refusal), and a belief about the past
        ("Opposition leaders said the Venezuelan police will not attack the students.", "denied"),
        ("Opposition leaders believe the Venezuelan police attacked the students.", "occurred"),
    ],
)
def test_qualifiers_belief_about_what_may_come_is_hypothetical(
    extract: Any, text: str, status: str
) -> None:
    """An event a belief verb expects is hypothetical (a report or a past belief keeps its own)."""
    graph = extract(text)
    assert _statuses(graph, "Venezuelan police", "attacked", "students") == {status}


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leaders believe the Venezuelan police will not attack the students.",
        "Some students think the Venezuelan police will not attack the students if the press "
        "is there.",
    ],
)
def test_qualifiers_belief_that_it_will_not_happen_is_no_claim(extract: Any, text: str) -> None:
    """An event a belief verb expects not to happen gives no claim, not even a denied one."""
    assert not _statuses(extract(text), "Venezuelan police", "attacked", "students")


@pytest.mark.parametrize(
    ("text", "pair", "status"),
    [
        # a hedge on the main verb doubts the main claim, not the deed in its frame phrase
        (
            "The Taliban has reportedly executed dozens of prisoners after seizing the city of "
            "Kunduz last month.",
            ("Taliban", "attacked", "Kunduz"),
            "occurred",
        ),
        # a modal still reaches it
        (
            "The rebels could attack Kabul after seizing Kandahar.",
            ("rebels", "attacked", "Kandahar"),
            "hypothetical",
        ),
        # what an actor is doing, told by a participle on its noun, is a fact
        (
            "The offensive threatens to cut off roads used by Kurdish militias fighting the "
            "Syrian government.",
            ("Kurdish militias", "attacked", "Syrian government"),
            "occurred",
        ),
        (
            "The Iraqi government could gain more control of Kurdish militias fighting the "
            "Nusra Front.",
            ("Kurdish militias", "attacked", "Nusra Front"),
            "occurred",
        ),
        # a report's content is not
        (
            "There is little evidence of Chechen fighters travelling to Georgia.",
            ("Chechen fighters", "visited", "Georgia"),
            "denied",
        ),
        (
            "There is little evidence of money or Chechen fighters travelling to Georgia.",
            ("Chechen fighters", "visited", "Georgia"),
            "denied",
        ),
    ],
)
def test_qualifiers_hedge_above_frame_or_participle(
    extract: Any, text: str, pair: tuple[str, str, str], status: str
) -> None:
    """A hedge on the main clause does not reach a framed deed or an actor's participle."""
    assert _statuses(extract(text), *pair) == {status}


@pytest.mark.parametrize(
    ("text", "pair", "status"),
    [
        # the first of two coordinated verbs is a deed of its own: its word is not the claim's
        (
            "Russia rejected the proposal and attacked Georgia.",
            ("Russia", "attacked", "Georgia"),
            "occurred",
        ),
        (
            "Pakistan cancelled the talks and threatened India.",
            ("Pakistan", "threatened", "India"),
            "occurred",
        ),
        (
            "Uhuru Kenyatta appeared on television and condemned al-Shabab.",
            ("Uhuru Kenyatta", "criticized", "al-Shabab"),
            "occurred",
        ),
        (
            "Egypt appealed for calm and met Ethiopia.",
            ("Egypt", "met", "Ethiopia"),
            "occurred",
        ),
        # what the two verbs share still counts: an auxiliary, a negation
        (
            "Iran could attack Israel and seize its ports.",
            ("Iran", "attacked", "Israel"),
            "hypothetical",
        ),
        (
            "Russia will recognise Abkhazia and attack Georgia.",
            ("Russia", "attacked", "Georgia"),
            "planned",
        ),
    ],
)
def test_qualifiers_coordinated_verb_keeps_its_status(
    extract: Any, text: str, pair: tuple[str, str, str], status: str
) -> None:
    """A verb coordinated with a denying, hedging or proposing verb does not take its word."""
    assert _statuses(extract(text), *pair) == {status}


@pytest.mark.parametrize(
    ("text", "pair", "status"),
    [
        # what another asks or warns the actor not to do is no refusal of the actor's
        (
            "The United Nations urged Israel not to attack Gaza.",
            ("Israel", "attacked", "Gaza"),
            "proposed",
        ),
        (
            "Egypt asked Ethiopia not to hold talks with Sudan.",
            ("Ethiopia", "met", "Sudan"),
            "proposed",
        ),
        (
            "Turkey warned Russia not to attack Georgia.",
            ("Russia", "attacked", "Georgia"),
            "hypothetical",
        ),
        # the actor's own decision or word not to act is one
        ("Israel decided not to attack Gaza.", ("Israel", "attacked", "Gaza"), "denied"),
        (
            "Pakistan told India it would not attack Kashmir.",
            ("Pakistan", "attacked", "Kashmir"),
            "denied",
        ),
    ],
)
def test_qualifiers_bidden_negation_is_no_refusal(
    extract: Any, text: str, pair: tuple[str, str, str], status: str
) -> None:
    """A negated infinitive said of the object of "urge"/"ask"/"warn" is not denied."""
    assert _statuses(extract(text), *pair) == {status}


@pytest.mark.parametrize(
    ("text", "pair", "status"),
    [
        # what an actor will continue or keep doing goes on already
        ("Kenya will continue to fight al-Shabab.", ("Kenya", "attacked", "al-Shabab"), "occurred"),
        (
            "The embassy said Norway would continue to provide Ahmed Mansour with support.",
            ("Norway", "supported", "Ahmed Mansour"),
            "occurred",
        ),
        # a deed taken up again, or one that may stop, is not ongoing
        ("Iran will resume talks with Oman.", ("Iran", "met", "Oman"), "planned"),
        ("Egypt may stop supporting Hamas.", ("Egypt", "supported", "Hamas"), "hypothetical"),
    ],
)
def test_qualifiers_continued_deed_goes_on(
    extract: Any, text: str, pair: tuple[str, str, str], status: str
) -> None:
    """A deed under "continue to"/"keep" is going on: the modal above is about its future."""
    assert _statuses(extract(text), *pair) == {status}


@pytest.mark.parametrize(
    ("text", "pair", "status"),
    [
        # what a report or a sign suggests may be so; nobody proposes it
        (
            "Media reports suggest that Pakistan will arm the Afghan army.",
            ("Pakistan", "supported", "Afghan army"),
            "hypothetical",
        ),
        (
            "The evidence suggests that Iran armed the Houthis.",
            ("Iran", "supported", "Houthis"),
            "hypothetical",
        ),
        # ... a record's too, and a report the parser hung on a participle before it
        (
            "Leaked documents suggest that Qatar armed the Nusra Front.",
            ("Qatar", "supported", "Nusra Front"),
            "hypothetical",
        ),
        (
            "Rejected by Tehran, Saudi and Emirati media reports suggest that Iran will arm "
            "the Houthis.",
            ("Iran", "supported", "Houthis"),
            "hypothetical",
        ),
        # what a person suggests is a proposal
        (
            "Egypt suggested that Ethiopia should meet Sudan.",
            ("Ethiopia", "met", "Sudan"),
            "proposed",
        ),
    ],
)
def test_qualifiers_evidential_suggest_is_no_proposal(
    extract: Any, text: str, pair: tuple[str, str, str], status: str
) -> None:
    """ "Reports/evidence suggest that ..." is hypothetical; "X suggested that ..." proposed."""
    assert _statuses(extract(text), *pair) == {status}
