"""The story's country when the lead names another country first (place5).

A headline naming one country, named more often than any other in the article and named
in the lead paragraph, gives the story its country even when the lead names another one
first ("Mass graves of migrants from Myanmar ... found in Malaysia" under "Malaysia finds
mass graves"): a province the story introduces with no country of its own then lies in
the story's country (kg/resolve/collectives.py ``main_country``, kg/extract/place_coref.py).
A lead that does not name the headline's country, or a country named as often as the
headline's, still gives no story country. Sentences of our own, about other countries.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

KENYA = (
    "Kenya finds bodies of smuggled workers\n\n"
    "Bodies of dozens of workers from Ethiopia and Somalia have been found in Kenya, the "
    "country's interior minister said.\n\n"
    "Police found the bodies in two places in the northern county of Marsabit, which borders "
    "Ethiopia, local media reported on Sunday.\n\n"
    "Northern Kenya is on a route for smugglers bringing workers from Ethiopia.\n\n"
    "Officials in Kenya said more graves could be found, and Kenya asked Ethiopia for help."
)

# the lead does not name the headline's country: no story country
KENYA_UNSAID = (
    "Kenya finds bodies of smuggled workers\n\n"
    "Bodies of dozens of workers from Ethiopia and Somalia have been found, officials said.\n\n"
    "Police found the bodies in two places in the northern county of Marsabit, which borders "
    "Ethiopia, local media reported on Sunday.\n\n"
    "Northern Kenya is on a route for smugglers bringing workers from Ethiopia.\n\n"
    "Officials in Kenya said more graves could be found, and Kenya asked for help."
)

# the other country is named as often as the headline's: no story country
KENYA_EVEN = (
    "Kenya finds bodies of smuggled workers\n\n"
    "Bodies of dozens of workers from Ethiopia have been found in Kenya, officials said.\n\n"
    "Police found the bodies in the northern county of Marsabit, local media reported.\n\n"
    "Ethiopia said its citizens had fled drought in Ethiopia, and Kenya said it would help."
)

PERU = (
    "Peru arrests gold smugglers near the border\n\n"
    "Smugglers who carried gold from Bolivia and Brazil were arrested in Peru on Friday, the "
    "police said.\n\n"
    "Officers raided three camps in the southern region of Madre de Dios, which borders "
    "Bolivia, according to a statement.\n\n"
    "Peru has stepped up raids on illegal mines, and officials in Peru said Bolivia would "
    "help Peru, as Bolivia did last year."
)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (KENYA, ("Marsabit", "located_in", "Kenya"), ("Marsabit", "located_in", "Ethiopia")),
        (PERU, ("Madre de Dios", "located_in", "Peru"), ("Madre de Dios", "located_in", "Bolivia")),
        (KENYA_UNSAID, None, ("Marsabit", "located_in", "Kenya")),
        (KENYA_EVEN, None, ("Marsabit", "located_in", "Kenya")),
    ],
)
def test_place5_story_country_named_after_another_in_the_lead(
    extract: Any,
    text: str,
    present: tuple[str, str, str] | None,
    absent: tuple[str, str, str],
) -> None:
    """The headline's one country, most named and named in the lead after another one, is
    the story's: its introduced province lies in it; not without the lead naming it, nor
    when another country is named as often."""
    found = triples(extract(text, published="2015-05-25"))
    if present is not None:
        assert present in found, sorted(t for t in found if t[1] == "located_in")
    assert absent not in found


# a story about Kenya that tells of Somalia's own government
KENYA_SOMALIA = (
    "Kenya police hunt gunmen after border raid\n\n"
    "Police in Kenya are hunting gunmen who killed nine workers in the town of Lamu, Kenya's "
    "interior ministry said on Monday.\n\n"
    "Kenya has sent more police to the border, and officials in Kenya said the gunmen came "
    "from Somalia.\n\n"
    "Somalia has been unstable for decades, and the country's government is backed by an "
    "African Union force.\n\n"
    "Officials in Kenya said on Tuesday that the country's army had attacked al-Shabab camps."
)


def test_place5_the_country_after_another_country(extract: Any) -> None:
    """ "Somalia has been unstable ..., and the country's government is backed by an African
    Union force" in a story about Kenya: the government is no Kenyan one; "Officials in Kenya
    said that the country's army ..." stays Kenya's."""
    found = triples(extract(KENYA_SOMALIA, published="2015-05-25"))
    assert ("African Union", "supported", "Kenyan government") not in found
    assert any(
        s.startswith("Kenyan") and p == "attacked" and o == "al-Shabab" for s, p, o in found
    ), sorted(found)
