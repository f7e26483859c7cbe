"""Validation of the actor data: sector codes, sector nouns, capitals, group names, dated roles."""

from __future__ import annotations

import csv
import itertools
import json
import re
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pycountry
import pytest

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
OVERLAP_DAYS = 3  # a handover on the same or the next day is not an overlap


def _json(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


SECTORS: dict[str, Any] = _json("sectors.json")["codes"]
NOUNS: dict[str, Any] = _json("en/sector_nouns.json")
GROUPS: dict[str, Any] = _json("en/group_names.json")["groups"]
CAPITALS = _rows("capitals.csv")
COUNTRIES = _rows("countries.csv")
ROLES: list[dict[str, Any]] = [
    json.loads(line)
    for line in (DATA / "roles.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def _start(value: str) -> date:
    """First day a partial ISO date can mean."""
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _end(value: str | None) -> date:
    """Last day a partial ISO date can mean; open end is far future."""
    if value is None:
        return date.max
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return date(parts[0], 12, 31)


def _offices() -> dict[tuple[str, str], list[dict[str, Any]]]:
    out: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for role in ROLES:
        out[(role["object"], role["title"])].append(role)
    return out


def _holders(obj: str, title: str, day: str) -> list[str]:
    d = date.fromisoformat(day)
    return [
        r["person"]
        for r in _offices()[(obj, title)]
        if _start(r["from"]) <= d and (r["to"] is None or d < _end(r["to"]))
    ]


# user-assigned codes in wide use that ISO 3166 itself does not list (Kosovo)
_USER_ASSIGNED = {"XK"}


def _valid_iso(code: str) -> bool:
    return code in _USER_ASSIGNED or pycountry.countries.get(alpha_2=code) is not None


@pytest.mark.parametrize("name", ["sectors.json", "en/sector_nouns.json", "en/group_names.json"])
def test_actor_data_json_files_parse(name: str) -> None:
    """Every JSON data file parses to an object with a comment."""
    doc = _json(name)
    assert isinstance(doc, dict)
    assert doc["_comment"]


def test_actor_data_sector_codes_are_three_letters_with_labels() -> None:
    """Sector codes are Phoenix-style three capitals, each with a label and a description."""
    assert {"GOV", "MIL", "REB", "COP", "OPP", "LEG", "JUD", "CVL", "MED", "BUS"} <= set(SECTORS)
    for code, spec in SECTORS.items():
        assert re.fullmatch(r"[A-Z]{3}", code), code
        assert spec["label"], code
        assert spec["description"], code


def test_actor_data_sector_labels_are_distinct() -> None:
    """Two sectors never share a label, so canonical labels stay unique."""
    labels = [spec["label"] for spec in SECTORS.values()]
    assert len(labels) == len(set(labels))


def test_actor_data_sector_adjective_keys_are_countries() -> None:
    """Adjective overrides are keyed by valid ISO codes."""
    for iso in _json("sectors.json")["adjectives"]:
        assert _valid_iso(iso), iso


@pytest.mark.parametrize(
    ("noun", "code"),
    [
        ("troops", "MIL"),
        ("army", "MIL"),
        ("security forces", "MIL"),
        ("jets", "MIL"),
        ("authorities", "GOV"),
        ("diplomats", "GOV"),
        ("police", "COP"),
        ("rebels", "REB"),
        ("fighters", "UAF"),
        ("lawmakers", "LEG"),
        ("MPs", "LEG"),
        ("courts", "JUD"),
        ("protesters", "OPP"),
        ("civilians", "CVL"),
        ("state media", "MED"),
        ("companies", "BUS"),
        ("intelligence", "SPY"),
    ],
)
def test_actor_data_sector_noun_maps_to_code(noun: str, code: str) -> None:
    """Common head nouns map to the documented sector."""
    assert NOUNS["nouns"][noun] == code


def test_actor_data_sector_nouns_use_known_codes() -> None:
    """Every sector noun's code is in sectors.json."""
    unknown = {n: c for n, c in NOUNS["nouns"].items() if c not in SECTORS}
    assert not unknown


def test_actor_data_sector_nouns_are_normalised() -> None:
    """Nouns are stripped, lower case unless an acronym, and never also listed as non-actors."""
    for noun in NOUNS["nouns"]:
        assert noun == noun.strip(), noun
        assert "  " not in noun, noun
        assert noun == noun.lower() or noun in {"MPs", "MP", "NGOs", "NGO", "TV", "UN peacekeepers"}
    assert not set(NOUNS["nouns"]) & set(NOUNS["not_actors"])


def test_actor_data_capitals_columns_and_codes() -> None:
    """Capital rows have the documented columns, a valid ISO code, a known sector and kind."""
    assert list(CAPITALS[0]) == ["name", "iso", "sector", "kind", "org"]
    for row in CAPITALS:
        assert row["name"]
        assert row["name"] == row["name"].strip()
        assert _valid_iso(row["iso"]), row
        assert row["sector"] in SECTORS, row
        assert row["kind"] in {"capital", "seat"}, row


def test_actor_data_capital_names_are_unique() -> None:
    """A name appears once, so a capital or seat resolves one way."""
    names = [row["name"] for row in CAPITALS]
    assert len(names) == len(set(names))


def test_actor_data_capitals_cover_countries_csv() -> None:
    """Every country of countries.csv has a capital row."""
    with_capital = {row["iso"] for row in CAPITALS if row["kind"] == "capital"}
    missing = [c["label"] for c in COUNTRIES if c["iso"] not in with_capital]
    assert not missing


def test_actor_data_capitals_cover_un_members() -> None:
    """About every sovereign state has a capital: 193 UN members plus observers and Taiwan."""
    assert len({row["iso"] for row in CAPITALS if row["kind"] == "capital"}) >= 195


@pytest.mark.parametrize(
    ("name", "iso", "sector", "org"),
    [
        ("Beijing", "CN", "GOV", ""),
        ("Kyiv", "UA", "GOV", ""),
        ("Kiev", "UA", "GOV", ""),
        ("Kremlin", "RU", "GOV", ""),
        ("White House", "US", "GOV", ""),
        ("Downing Street", "GB", "GOV", ""),
        ("Élysée", "FR", "GOV", ""),
        ("Pentagon", "US", "MIL", ""),
        ("Knesset", "IL", "LEG", ""),
        ("Brussels", "BE", "IGO", "European Union"),
    ],
)
def test_actor_data_capital_row(name: str, iso: str, sector: str, org: str) -> None:
    """Known capitals and seats of power resolve to the right country, sector and organisation."""
    row = next(r for r in CAPITALS if r["name"] == name)
    assert (row["iso"], row["sector"], row["org"]) == (iso, sector, org)


def test_actor_data_groups_have_known_codes() -> None:
    """Groups carry a valid country (or null), a known sector and string aliases."""
    for label, spec in GROUPS.items():
        assert spec["country"] is None or _valid_iso(spec["country"]), label
        assert spec["sector"] in SECTORS, label
        assert all(isinstance(a, str) and a.strip() == a and a for a in spec["aliases"]), label


def test_actor_data_group_aliases_are_unique() -> None:
    """No alias names two groups."""
    seen: dict[str, str] = {}
    for label, spec in GROUPS.items():
        for name in [label, *spec["aliases"]]:
            assert seen.setdefault(name.lower(), label) == label, name


ROLE_KEYS = {"person", "aliases", "qid", "country", "predicate", "object", "title", "from", "to"}


def test_actor_data_roles_have_the_documented_shape() -> None:
    """Every role line has the documented keys, valid dates, ISO code and QID form."""
    assert len(ROLES) > 400
    for role in ROLES:
        assert ROLE_KEYS <= set(role) <= ROLE_KEYS | {"note"}, role
        assert role["predicate"] in {"leader_of", "member_of"}, role
        assert role["country"] is None or _valid_iso(role["country"]), role
        assert role["qid"] is None or re.fullmatch(r"Q\d+", role["qid"]), role
        assert PARTIAL_DATE.match(role["from"]), role
        assert role["to"] is None or PARTIAL_DATE.match(role["to"]), role
        assert role["person"] not in role["aliases"], role


def test_actor_data_roles_from_not_after_to() -> None:
    """A tenure never ends before it starts."""
    bad = [r for r in ROLES if r["to"] is not None and _start(r["from"]) > _end(r["to"])]
    assert not bad


def test_actor_data_roles_cover_2000_onwards() -> None:
    """Every office has a tenure that reaches 2000 or later."""
    for (obj, _title), tenures in _offices().items():
        assert any(r["to"] is None or _end(r["to"]) >= date(2000, 1, 1) for r in tenures), obj


@pytest.mark.parametrize(("office", "tenures"), sorted(_offices().items()))
def test_actor_data_roles_same_office_ordered_without_overlap(
    office: tuple[str, str], tenures: list[dict[str, Any]]
) -> None:
    """Tenures of one office are listed in order and overlap by at most a few days."""
    for prev, nxt in itertools.pairwise(tenures):
        assert _start(prev["from"]) <= _start(nxt["from"]), (office, prev["person"], nxt["person"])
        assert prev["to"] is not None, (office, prev["person"])
        # compare at the coarser precision of the two dates
        width = min(len(prev["to"]), len(nxt["from"]))
        if width == 10:
            gap = (date.fromisoformat(nxt["from"]) - date.fromisoformat(prev["to"])).days
            assert gap >= -OVERLAP_DAYS, (office, prev["person"], nxt["person"])
        else:
            assert prev["to"][:width] <= nxt["from"][:width], (office, nxt["person"])


def test_actor_data_roles_same_person_same_qid() -> None:
    """A person's QID is the same on all their lines."""
    qids: dict[str, set[str]] = defaultdict(set)
    for role in ROLES:
        if role["qid"]:
            qids[role["person"]].add(role["qid"])
    assert all(len(q) == 1 for q in qids.values())


@pytest.mark.parametrize(
    ("obj", "title", "day", "holder"),
    [
        ("France", "President", "2015-06-01", "François Hollande"),
        ("France", "President", "2018-01-01", "Emmanuel Macron"),
        ("United States", "President", "2015-06-01", "Barack Obama"),
        ("United States", "President", "2019-06-01", "Donald Trump"),
        ("United States", "President", "2022-06-01", "Joe Biden"),
        ("United States", "Secretary of State", "2015-06-01", "John Kerry"),
        ("United Kingdom", "Prime Minister", "2019-08-01", "Boris Johnson"),
        ("United Kingdom", "Prime Minister", "2010-01-01", "Gordon Brown"),
        ("Saudi Arabia", "King", "2015-06-01", "Salman bin Abdulaziz"),
        ("Saudi Arabia", "King", "2010-06-01", "Abdullah bin Abdulaziz"),
        ("Saudi Arabia", "Crown Prince", "2018-01-01", "Mohammed bin Salman"),
        ("Saudi Arabia", "Crown Prince", "2016-01-01", "Muhammad bin Nayef"),
        ("Saudi Arabia", "Prime Minister", "2023-01-01", "Mohammed bin Salman"),
        ("Germany", "Chancellor", "2015-06-01", "Angela Merkel"),
        ("Russia", "President", "2010-06-01", "Dmitry Medvedev"),
        ("Russia", "Prime Minister", "2010-06-01", "Vladimir Putin"),
        ("Russia", "Foreign Minister", "2015-06-01", "Sergei Lavrov"),
        ("China", "Foreign Minister", "2023-03-01", "Qin Gang"),
        ("Israel", "Prime Minister", "2021-09-01", "Naftali Bennett"),
        ("Iran", "President", "2015-06-01", "Hassan Rouhani"),
        ("Iran", "Supreme Leader", "2015-06-01", "Ali Khamenei"),
        ("Qatar", "Emir", "2015-06-01", "Tamim bin Hamad Al Thani"),
        ("Jordan", "King", "2015-06-01", "Abdullah II"),
        ("Ukraine", "President", "2015-06-01", "Petro Poroshenko"),
        ("Egypt", "President", "2012-12-01", "Mohamed Morsi"),
        ("Kenya", "President", "2015-06-01", "Uhuru Kenyatta"),
        ("Oman", "Sultan", "2015-06-01", "Qaboos bin Said"),
        ("Japan", "Prime Minister", "2015-06-01", "Shinzo Abe"),
        ("Australia", "Prime Minister", "2013-08-01", "Kevin Rudd"),
        ("United Nations", "Secretary-General", "2015-06-01", "Ban Ki-moon"),
        ("NATO", "Secretary General", "2015-06-01", "Jens Stoltenberg"),
        ("European Commission", "President", "2015-06-01", "Jean-Claude Juncker"),
        ("European Union", "High Representative", "2015-06-01", "Federica Mogherini"),
        ("Catholic Church", "Pope", "2015-06-01", "Francis"),
    ],
)
def test_actor_data_roles_holder_on_date(obj: str, title: str, day: str, holder: str) -> None:
    """The one holder of an office on a date is the right person."""
    assert _holders(obj, title, day) == [holder]


def test_actor_data_king_salman_and_mbs_are_distinct() -> None:
    """King Salman and Mohammed bin Salman are different persons with disjoint aliases."""
    salman = {a for r in ROLES if r["person"] == "Salman bin Abdulaziz" for a in r["aliases"]}
    mbs = {a for r in ROLES if r["person"] == "Mohammed bin Salman" for a in r["aliases"]}
    assert "King Salman" in salman
    assert "MBS" in mbs
    assert not salman & mbs
    assert "Salman" not in salman | mbs


def test_actor_data_role_objects_use_country_labels() -> None:
    """A role whose object is a country uses that country's label from countries.csv."""
    by_iso = {c["iso"]: c["label"] for c in COUNTRIES}
    for role in ROLES:
        iso = role["country"]
        if iso in by_iso and role["object"] != by_iso[iso]:
            # not the country itself: an organisation based there, or an armed group's
            # leader (group_names.json)
            allowed = {"Catholic Church", "Libyan National Army", *GROUPS}
            assert role["object"] in allowed, role
