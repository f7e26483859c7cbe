"""A border named as a landmark is not the story's country (fp40).

"30km south of the Canadian border", "off the Libyan coast": a nationality modifying a frontier
noun says where something lies. It no longer counts for the one country an article is about
(kg/resolve/collectives.py ``frontier_demonym``, read by ``main_country``), so a story about a
US prison break that names Canada twice besides is not about Canada, and its bare
"authorities" are no Canadian government. The mention itself stays: forces massed on a border
still show force to that country.
Sentences of our own about other actors than the articles the rule was learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

_LANDMARK = (
    "Texas offers reward for escaped inmates\n\n"
    "Texas officials have offered a reward for two inmates who escaped from a prison in El Paso,"
    " about 5km north of the {border}.\n\n"
    "Authorities have notified police in {country} about the fugitives.\n\n"
    "Governor Greg Abbott said the men were dangerous."
)


@pytest.mark.parametrize(
    ("border", "country", "state"),
    [
        ("Mexican border", "Mexico", "Mexican"),
        ("Mexican frontier", "Mexico", "Mexican"),
    ],
)
def test_fp40_landmark_border_no_story_country(
    extract: Any, border: str, country: str, state: str
) -> None:
    """Bare "authorities" of a story that names a border as a landmark are not that state's."""
    text = _LANDMARK.format(border=border, country=country)
    found = triples(extract(text, published="2015-06-10"))
    assert not any(s.startswith(state) for s, _, _ in found), found
