"""False positives of requests (issue 12/13 precision, prec21).

1. Reproaches also read "an end to X's act" / "an end to the act by X" (the act's doer, not
   its target), a name in front of the leaving noun ("called for Blatter resignation") and a
   relative "who" as the demander (``_enders``, ``_owners_asked_for``, ``_requesters``); a
   demand to act ("urged X to hold elections") stays a request and reproaches no one.
2. A state's leader, official or government asking that state's own forces ("Prime Minister
   X ordered the navy to ...") is no request between actors (kg/extract/commands.py); asking
   another country's forces, or a request by a body outside the state, stays.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The European Union urged Kenya to hold elections before the end of the year.",
            ("European Union", "Kenya"),
        ),
        (
            "Ban Ki-moon asked Uganda to send troops to Somalia.",
            ("Ban Ki-moon", "Uganda"),
        ),
    ],
)
def test_prec21_demand_to_act_stays_a_request(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    """A demand to do something new is no reproach: the request stays, no criticism."""
    graph = extract(text, published="2015-06-10")
    assert pair in pairs(graph, "requested")
    assert pair not in pairs(graph, "criticized")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the "by" agent of the act to end
        (
            "Angela Merkel has called for an immediate end to the shelling of Donetsk by Russia.",
            ("Angela Merkel", "Russia"),
        ),
        # its owner
        (
            "Recep Tayyip Erdogan demanded an end to Israel's blockade of Gaza.",
            ("Recep Tayyip Erdogan", "Israel"),
        ),
        # a name in front of the leaving noun
        (
            "Alexis Tsipras was criticised by Juncker. Nigel Farage called for Juncker "
            "resignation over the tax scandal.",
            ("Nigel Farage", "Jean-Claude Juncker"),
        ),
        # a relative "who" is the one it hangs on
        (
            "Reporters spoke to Mohamed ElBaradei, who has called for Mubarak's resignation.",
            ("Mohamed ElBaradei", "Hosni Mubarak"),
        ),
    ],
)
def test_prec21_reproach_forms(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """ "called for an end to X's blockade", "called for X resignation": X is criticised."""
    assert pair in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the target of the act to end is not reproached
        (
            "Federica Mogherini called for an end to attacks on Libya.",
            ("Federica Mogherini", "Libya"),
        ),
        # a plight to end
        (
            "Federica Mogherini called for an end to the suffering of Syrians in Lebanon.",
            ("Federica Mogherini", "Lebanon"),
        ),
    ],
)
def test_prec21_end_of_no_doer_is_no_reproach(
    extract: Any, text: str, absent: tuple[str, str]
) -> None:
    """An end asked to an act with no doer named, or to a plight, reproaches no one."""
    assert absent not in pairs(extract(text, published="2015-06-10"), "criticized")


def test_prec21_order_to_own_forces_is_no_request(extract: Any) -> None:
    """A prime minister ordering his country's navy commands it: no request."""
    graph = extract(
        "Indonesia will send three ships, the Indonesian navy said. Indonesia's President "
        "Joko Widodo ordered the navy to rescue the fishermen.",
        published="2015-06-10",
    )
    assert ("Joko Widodo", "Indonesia") in pairs(graph, "leader_of")
    assert not any(s == "Joko Widodo" for s, _ in pairs(graph, "requested"))


def test_prec21_request_to_other_forces_stays(extract: Any) -> None:
    """A leader asking another country's forces makes a request."""
    graph = extract(
        "Peru's President Ollanta Humala asked the Chilean navy to help the fishermen.",
        published="2015-06-10",
    )
    assert ("Ollanta Humala", "Chilean navy") in pairs(graph, "requested")
