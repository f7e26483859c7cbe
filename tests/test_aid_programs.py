"""Help named without its noun (kg/extract/aid_programs.py): "suspended a military aid program
for X" suspends aid to X, "gave X $10 million" aids X. Sentences of our own about actors that
are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, event_claim

# (sentence, (subject, predicate, object), PLOVER type, status)
PROGRAMS = [
    (
        "Germany froze its development aid program for Ghana.",
        ("Germany", "sanctioned", "Ghana"),
        "SANCTION",
        "occurred",
    ),
    (
        "Japan suspended part of its aid package to Myanmar.",
        ("Japan", "sanctioned", "Myanmar"),
        "SANCTION",
        "occurred",
    ),
    (
        "Canada suspended a military aid program for Honduras.",
        ("Canada", "sanctioned", "Honduras"),
        "SANCTION",
        "occurred",
    ),
    # a sum of money given is economic aid (071)
    ("Qatar gave Sudan $2 billion.", ("Qatar", "supported", "Sudan"), "AID", "occurred"),
    ("Japan gave $10 million to Vietnam.", ("Japan", "supported", "Vietnam"), "AID", "occurred"),
]

# (sentence, (subject, predicate, object) that must not be claimed)
NOT_PROGRAMS = [
    # a nuclear program suspended is no help withheld from anyone
    ("Iran suspended its nuclear program for Syria.", ("Iran", "sanctioned", "Syria")),
    # a sum spent on something is no help to whom it is spent near
    ("Norway spent $10 million on roads in Kenya.", ("Norway", "supported", "Kenya")),
]


@pytest.mark.parametrize(("sentence", "triple", "event", "status"), PROGRAMS)
def test_aid_programs_help_named_by_a_modifier(
    extract: Any, sentence: str, triple: tuple[str, str, str], event: str, status: str
) -> None:
    """An aid program suspended for X sanctions X (162); money given or lent to X aids X."""
    claim = event_claim(extract(sentence), *triple, event)
    assert claim.qualifiers.status.value == status


@pytest.mark.parametrize(("sentence", "triple"), NOT_PROGRAMS)
def test_aid_programs_other_programs_no_claim(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A program whose modifier names no help, or money spent, gives no claim."""
    assert not claims_between(extract(sentence), *triple)
