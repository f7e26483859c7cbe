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
    assert ("Ahrar al-Sham", "cooperated_with", "Nusra Front") not in found, sorted(found)
    assert ("Nusra Front", "cooperated_with", "Ahrar al-Sham") not in found, sorted(found)


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


def test_interactions_both_allies_unresolved_subject_kept(extract: Any) -> None:
    """A subject that is neither ally keeps both alliances."""
    found = triples(extract("Fighters allied with both Boko Haram and Ansaru operate in Borno."))
    assert ("Boko Haram", "cooperated_with", "Fighters") in found, sorted(found)
    assert ("Ansaru", "cooperated_with", "Fighters") in found, sorted(found)
