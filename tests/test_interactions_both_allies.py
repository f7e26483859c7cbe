""" "X allied with both A and B": a subject read as one of the allies it is allied with is a
misreading (a coreference of a bare noun), and allied with none of them."""

from __future__ import annotations

from typing import Any

from tests.conftest import triples


def test_interactions_both_allies_subject_not_among_allies(extract: Any) -> None:
    """Bare "Fighters" resolved to one of its two allies gives no alliance between them."""
    found = triples(
        extract(
            "Syrian troops have killed 15 fighters loyal to the Nusra Front. Fighters allied "
            "with both the Nusra Front and Ahrar al-Sham operate in Idlib."
        )
    )
    for a, b in (("Ahrar al-Sham", "Nusra Front"), ("Nusra Front", "Ahrar al-Sham")):
        assert (a, "supported", b) not in found, sorted(found)
        assert (a, "cooperated_with", b) not in found, sorted(found)


def test_interactions_both_allies_second_ally_inside_a_name(extract: Any) -> None:
    """The parser hangs the second ally inside the first's name ("al-Qaeda in the Arabian
    Peninsula and the Nusra Front"): the subject resolved to it still allies with nobody."""
    found = triples(
        extract(
            "Syrian troops have killed 15 fighters allied to the Nusra Front. Fighters allied "
            "with both al-Qaeda in the Arabian Peninsula and the Nusra Front operate in Syria."
        )
    )
    assert not [t for t in found if t[1] == "cooperated_with"], sorted(found)
    # ("fighters allied to the Nusra Front" in the first sentence support it, gen33)
    assert not [t for t in found if "Arabian Peninsula" in t[0] + t[2]], sorted(found)


def test_interactions_both_allies_unresolved_subject_kept(extract: Any) -> None:
    """A subject that is neither ally keeps both alliances."""
    found = triples(extract("Fighters allied with both Boko Haram and Ansaru operate in Borno."))
    # an alliance is support of the allies (CAMEO 050, gen33)
    assert ("Fighters", "supported", "Boko Haram") in found, sorted(found)
    assert ("Fighters", "supported", "Ansaru") in found, sorted(found)
