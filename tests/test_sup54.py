"""Trigger rows of sup54: a body's office, bureau or headquarters closed (or the body
shuttered) is a sanction on it, as is a licence of one suspended or revoked ("suspended the
licence of X" beside "X's licence"); recognising or accepting the leadership of someone backs
them, and so does passing a law "with the backing of" someone (kg/extract/measures.py). One's
own office closed, a challenged leadership and a law challenged with help make no such claim.
Sentences are about other actors than the held-out articles that showed the gaps."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

Triple = tuple[str, str, str]

FOUND: list[tuple[str, Triple]] = [
    (
        "Egyptian authorities closed the offices of Human Rights Watch in Cairo.",
        ("Egyptian authorities", "sanctioned", "Human Rights Watch"),
    ),
    (
        "Russia closed the Moscow office of Amnesty International.",
        ("Russia", "sanctioned", "Amnesty International"),
    ),
    (
        "Turkish police shut down the headquarters of the HDP in Diyarbakir.",
        ("Turkish police", "sanctioned", "HDP"),
    ),
    (
        "Georgia revoked the licence of the broadcaster Imedi TV.",
        ("Georgia", "sanctioned", "Imedi TV"),
    ),
    (
        "The Turkish government shuttered the newspaper Zaman in March.",
        ("Turkish government", "sanctioned", "Zaman"),
    ),
    # a law passed with someone's backing: they back the law (kg/extract/measures.py)
    (
        "The Citizen Security Law was approved with the backing of the Popular Party.",
        ("Popular Party", "supported", "Citizen Security Law"),
    ),
    (
        "The Patriot Act passed with the support of the Republican Party.",
        ("Republican Party", "supported", "Patriot Act"),
    ),
    (
        "The Finance Act was passed with Labour's support.",
        ("Labour", "supported", "Finance Act"),
    ),
    (
        "The Assembly of Experts recognised the leadership of Ali Khamenei.",
        ("Assembly of Experts", "supported", "Ali Khamenei"),
    ),
    (
        "Hamas acknowledged Ismail Haniyeh's leadership.",
        ("Hamas", "supported", "Ismail Haniyeh"),
    ),
    (
        "The Republican Party backed the leadership of Paul Ryan.",
        ("Republican Party", "supported", "Paul Ryan"),
    ),
]

NOT_FOUND: list[tuple[str, Triple]] = [
    # one's own office closed is no sanction of anyone
    ("Apple closed its offices in Paris.", ("Apple", "sanctioned", "Paris")),
    (
        "Human Rights Watch closed its office in Cairo.",
        ("Human Rights Watch", "sanctioned", "Egypt"),
    ),
    ("Tesco shuttered its stores in Japan.", ("Tesco", "sanctioned", "Japan")),
    # a named body's office closed in a capital: the object is the body, not the capital's
    # government (mend54b: "Authority in Jerusalem" read as the Israeli authorities)
    (
        "Israel closed the offices of the Palestinian Authority in Jerusalem.",
        ("Israel", "sanctioned", "Israeli government"),
    ),
    # an office of a person opened, not closed
    (
        "Barack Obama opened the office of the new envoy in Kabul.",
        ("Barack Obama", "sanctioned", "Kabul"),
    ),
    # a law challenged, not passed, with someone's support: no backing of the law
    (
        "The Patriot Act was challenged in court with the support of the ACLU.",
        ("ACLU", "supported", "Patriot Act"),
    ),
    # a leadership challenged is no backing
    (
        "The Labour Party challenged the leadership of Jeremy Corbyn.",
        ("Labour Party", "supported", "Jeremy Corbyn"),
    ),
]


@pytest.mark.parametrize(("sentence", "kept", "removed"), kept_removed_cases(FOUND, NOT_FOUND))
def test_sup54_trigger_rows(extract: Any, sentence: str, kept: Any, removed: Any) -> None:
    """Closed offices and revoked licences sanction their owner; a recognised leadership
    backs the leader; own offices and challenged leadership make no such claim."""
    check_kept_removed(extract(sentence, published="2015-05-15"), kept, removed)
