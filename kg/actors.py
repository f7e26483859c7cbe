"""Actor data: sector codes and nouns, capitals and seats of power, armed and political group
names, and dated role tenures, loaded from ``kg/data/`` and checked when loaded.

Collective actors are coded as the field codes them (PETRARCH2/Phoenix): a country plus a
sector ("Israeli troops" = IL + MIL). Roles carry the dates they were held, so that "the French
president" in a 2015 article is the president of 2015.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from kg.cities import city_country
from kg.errors import KgError
from kg.vocab import Predicate


@dataclass(frozen=True, slots=True)
class Sector:
    """A sector code ("MIL") with the word of its canonical label ("army")."""

    code: str
    label: str
    international: bool = False


@dataclass(frozen=True, slots=True)
class Seat:
    """A capital or seat of power that can stand for a government ("the Kremlin said")."""

    name: str
    iso: str
    sector: str
    kind: str  # capital | seat
    org: str | None = None  # an organisation it stands for instead ("Brussels" -> EU)


_ISO_PREFIX = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def first_day(date: str) -> str:
    """The first day an ISO date or its year/month prefix names, a longer date cut to its day:
    dated roles compare as text by it.

    >>> first_day("2015"), first_day("2015-06"), first_day("2015-06-12T10:00")
    ('2015-01-01', '2015-06-01', '2015-06-12')
    """
    return (date + "-01-01")[:10] if len(date) < 10 else date[:10]


def check_period(start: str | None, end: str | None) -> None:
    """Raise ValueError unless ``start`` and ``end`` are ISO dates (or a year or month) and
    ``start`` is not after ``end``. Dates compare as text, so one written otherwise ("May
    2012") would hold its role on no day without a word.

    >>> check_period("2012-05-15", "2017")
    >>> check_period("May 2012", None)
    Traceback (most recent call last):
    ValueError: "from" 'May 2012' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)
    """
    for name, value in (("from", start), ("to", end)):
        if value is None:
            continue
        try:
            if not isinstance(value, str) or not _ISO_PREFIX.fullmatch(value):
                raise ValueError
            dt.date.fromisoformat(first_day(value))
        except ValueError:
            raise ValueError(
                f'"{name}" {value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'
            ) from None
    if start is not None and end is not None and first_day(start) > first_day(end):
        raise ValueError(f'"from" {start} is after "to" {end}')


@dataclass(frozen=True, slots=True)
class Tenure:
    """A dated role: ``person`` held ``title`` (``predicate`` towards ``object``) from ``start``
    until ``end`` (ISO dates; ``None`` is open)."""

    person: str
    predicate: Predicate
    object: str
    title: str
    start: str | None = None
    end: str | None = None
    qid: str | None = None
    country: str | None = None
    aliases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_period(self.start, self.end)

    def holds_on(self, date: str) -> bool:
        """Whether the role was held on ``date`` (an ISO date or its year/month prefix).

        >>> t = Tenure("A", Predicate.LEADER_OF, "X", "President", "2012-05-15", "2017-05-14")
        >>> t.holds_on("2015-06"), t.holds_on("2017-05-14")
        (True, False)
        """
        day = first_day(date)
        return (self.start is None or self.start[:10] <= day) and (
            self.end is None or day < self.end[:10]
        )


@dataclass(frozen=True, slots=True)
class ActorData:
    """All actor data, indexed."""

    sectors: dict[str, Sector] = field(default_factory=dict)
    sector_nouns: dict[str, str] = field(default_factory=dict)  # lower-case phrase -> code
    sector_heads: frozenset[str] = frozenset()  # the last word of every sector phrase
    not_actors: frozenset[str] = frozenset()
    adjectives: dict[str, str] = field(default_factory=dict)  # ISO -> adjective override
    seats: dict[str, Seat] = field(default_factory=dict)  # lower-case name -> seat
    # capitals whose name is a larger city of another country ("Victoria": Hong Kong's too,
    # and Canada's and Australia's): a seat only in an article that names its country
    # (``Lexicon.for_article``)
    shared_seats: dict[str, Seat] = field(default_factory=dict)
    tenures: tuple[Tenure, ...] = ()
    groups: dict[str, dict[str, Any]] = field(default_factory=dict)
    led_heads: frozenset[str] = frozenset()  # "coalition" in "the Saudi-led coalition"
    side_nouns: frozenset[str] = frozenset()  # "fighters" in "pro-Hadi fighters"
    former_words: frozenset[str] = frozenset()  # "former" in "loyal to former president X"
    sects: frozenset[str] = frozenset()  # lower-case sect names ("shia") groups carry
    plain_nouns: frozenset[str] = frozenset()  # "judges": a plain collective with no owner
    protest_verbs: frozenset[str] = frozenset()  # "protested" by "thousands of people"
    crowd_nouns: frozenset[str] = frozenset()  # "thousands" of people
    metonym_verbs: frozenset[str] = frozenset()  # "urged" Beijing: the government
    relation_nouns: frozenset[str] = frozenset()  # "relations" between Tokyo and Seoul
    metonym_nouns: frozenset[str] = frozenset()  # "sanctions" on Moscow: the government
    metonym_owned: frozenset[str] = frozenset()  # Tehran's "programme": the government's
    metonym_posts: frozenset[str] = frozenset()  # "embassy" in Tehran: the host government
    ethnic_words: frozenset[str] = frozenset()  # "ethnic" Albanian rebels: no country's
    described_nouns: frozenset[str] = frozenset()  # "a UAE general": one unnamed person
    lone_doers: frozenset[str] = frozenset()  # "a suicide bomber", "the gunman": one unnamed doer
    definite_singulars: frozenset[str] = frozenset()  # "the opposition", not "vehement opposition"
    blocs: dict[str, str] = field(default_factory=dict)  # "west" -> "the West"
    possessive_name_heads: frozenset[str] = frozenset()  # "Syndicate" in "Lawyers' Syndicate"
    unit_heads: frozenset[str] = frozenset()  # "council" in "the AU's peace council"
    # "committee" in "the FIFA executive committee": a unit right after the name, no "'s"
    compound_unit_heads: frozenset[str] = frozenset()
    loyal_nouns: frozenset[str] = frozenset()  # "Saleh loyalists": loyal to Saleh
    # "euro zone" -> ("euro zone", "IGO"): a body written in lower case
    lower_bodies: dict[str, tuple[str, str]] = field(default_factory=dict)
    # every lower_bodies phrase and each of its prefixes ending before a space ("euro"): the
    # words a lower-case body can start with, a cheap first test
    lower_body_starts: frozenset[str] = frozenset()
    perpetrated: dict[str, str] = field(default_factory=dict)  # "coup" (those behind) -> REB
    perpetrator_titles: frozenset[str] = frozenset()  # "coup leader X": the plotters' head
    # "coup" -> "coup plotters": the label of the perpetrators a title names
    perpetrator_labels: dict[str, str] = field(default_factory=dict)
    side_modifiers: frozenset[str] = frozenset()  # "warring" factions: several sides
    no_label_nouns: frozenset[str] = frozenset()  # "warplanes", "embassy": no name of it
    people_names: frozenset[str] = frozenset()  # "Indian nationals": a name of its civilians
    several_nouns: frozenset[str] = frozenset()  # "armed groups": several bodies, not one
    supporter_nouns: frozenset[str] = frozenset()  # "Morsi supporters": a group of one's own
    backing_nouns: frozenset[str] = frozenset()  # "Morsi supporters" support Morsi
    group_nouns: frozenset[str] = frozenset()  # "critics", "local fishermen" acting: a group
    community_groups: frozenset[str] = frozenset()  # "Iraqi tribes": the name is the group's
    named_group_nouns: frozenset[str] = frozenset()  # "Macedonian voters"; bare "voters": no one
    captive_nouns: frozenset[str] = frozenset()  # "five Taliban detainees": the group's people
    trade_nouns: frozenset[str] = frozenset()  # "journalists": the article's only when bare
    trade_back_words: frozenset[str] = frozenset()  # "the journalists": named before
    trade_place_preps: frozenset[str] = frozenset()  # "doctors at Samsung": its staff
    group_role_preps: frozenset[str] = frozenset()  # "rescued by local fishermen"
    coalition_names: frozenset[str] = frozenset()  # "Arab" in "the Arab coalition" (as written)
    coalition_modifiers: frozenset[str] = (
        frozenset()
    )  # "international" in "the international coalition"

    def sector_of(self, phrase: str) -> str | None:
        """Sector code of a head noun or phrase ("troops" -> MIL), case-insensitive."""
        return self.sector_nouns.get(phrase.lower())

    def holders(self, predicate: Predicate, obj: str, title: str | None, date: str) -> list[str]:
        """Persons who held a role over ``obj`` on ``date``; ``title`` narrows ("president"
        vs "prime minister") when given."""
        out = []
        for t in self.tenures:
            if t.predicate is not predicate or t.object != obj or not t.holds_on(date):
                continue
            if title is not None and not _same_title(title, t.title):
                continue
            out.append(t.person)
        return list(dict.fromkeys(out))


def _same_title(asked: str, held: str) -> bool:
    a, h = asked.lower().replace("-", " "), held.lower().replace("-", " ")
    return a == h or h.endswith(a) or a.endswith(h)


def _data(name: str) -> str:
    return resources.files("kg").joinpath(f"data/{name}").read_text("utf-8")


def _sectors(text: str) -> tuple[dict[str, Sector], dict[str, str]]:
    raw = json.loads(text)
    sectors = {
        code: Sector(code, row["label"], bool(row.get("international", False)))
        for code, row in raw["codes"].items()
    }
    return sectors, dict(raw.get("adjectives", {}))


def _seats(text: str, sectors: dict[str, Sector]) -> dict[str, Seat]:
    seats: dict[str, Seat] = {}
    for number, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        if row["sector"] not in sectors:
            raise KgError(f"capitals.csv line {number}: unknown sector {row['sector']!r}.")
        key = row["name"].lower()
        key = key[4:] if key.startswith("the ") else key
        seats.setdefault(
            key, Seat(row["name"], row["iso"], row["sector"], row["kind"], row["org"] or None)
        )
    return seats


def _shared_seats(seats: dict[str, Seat]) -> tuple[dict[str, Seat], dict[str, Seat]]:
    """The seats less the capitals whose own name is a larger city of another country
    (``kg.cities``: "Victoria" is Hong Kong's, "San Jose" California's), and those capitals."""
    shared = {
        key: seat
        for key, seat in seats.items()
        if seat.kind == "capital"
        and city_country(seat.name, other_names=False) not in (None, seat.iso)
    }
    return {k: v for k, v in seats.items() if k not in shared}, shared


def read_tenures(text: str, source: str) -> list[Tenure]:
    """Dated roles, one JSON object a line (``kg/data/roles.jsonl``, or a user's file):
    ``{"person", "aliases"?, "qid"?, "country"?, "predicate", "object", "title", "from", "to"}``.
    """
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            out.append(
                Tenure(
                    person=row["person"],
                    predicate=Predicate(row["predicate"]),
                    object=row["object"],
                    title=row["title"],
                    start=row.get("from"),
                    end=row.get("to"),
                    qid=row.get("qid"),
                    country=row.get("country"),
                    aliases=tuple(row.get("aliases", ())),
                )
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise KgError(f"{source} line {number}: {exc}. Fix the entry.") from exc
    return out


def load_actor_data(extra_roles: Path | None = None, language: str = "en") -> ActorData:
    """Load the shipped actor data (sector nouns and group names in ``language``);
    ``extra_roles`` adds a user's dated roles."""
    sectors, adjectives = _sectors(_data("sectors.json"))
    nouns_raw = json.loads(_data(f"{language}/sector_nouns.json"))
    nouns: dict[str, str] = {}
    for phrase, code in nouns_raw["nouns"].items():
        if code not in sectors:
            raise KgError(f"{language}/sector_nouns.json: {phrase!r} has unknown sector {code!r}.")
        nouns[phrase.lower()] = code
    for phrase, (_, code) in nouns_raw.get("lower_bodies", {}).items():
        if code not in sectors:
            raise KgError(f"{language}/sector_nouns.json: {phrase!r} has unknown sector {code!r}.")
    groups_raw = json.loads(_data(f"{language}/group_names.json"))
    groups = groups_raw["groups"]
    sects = _words(groups_raw, "sects")
    for name, row in groups.items():
        if row.get("sector") not in sectors:
            raise KgError(
                f"{language}/group_names.json: {name!r} has unknown sector {row.get('sector')!r}."
            )
        if row.get("sect") is not None and row["sect"].lower() not in sects:
            raise KgError(
                f"{language}/group_names.json: {name!r} has unknown sect {row['sect']!r}."
            )
    tenures = read_tenures(_data("roles.jsonl"), "roles.jsonl")
    if extra_roles is not None:
        tenures += read_tenures(extra_roles.read_text("utf-8"), str(extra_roles))
    seats, shared = _shared_seats(_seats(_data("capitals.csv"), sectors))
    return ActorData(
        sectors=sectors,
        sector_nouns=nouns,
        sector_heads=frozenset(p.split()[-1].split("-")[-1] for p in nouns),
        not_actors=frozenset(w.lower() for w in nouns_raw.get("not_actors", ())),
        adjectives=adjectives,
        seats=seats,
        shared_seats=shared,
        tenures=tuple(tenures),
        groups=groups,
        led_heads=_words(nouns_raw, "led_heads"),
        side_nouns=_words(nouns_raw, "side_nouns"),
        former_words=_words(nouns_raw, "former_words"),
        sects=sects,
        plain_nouns=_words(nouns_raw, "plain_nouns"),
        protest_verbs=_words(nouns_raw, "protest_verbs"),
        crowd_nouns=_words(nouns_raw, "crowd_nouns"),
        metonym_verbs=_words(nouns_raw, "metonym_verbs"),
        relation_nouns=_words(nouns_raw, "relation_nouns"),
        metonym_nouns=_words(nouns_raw, "metonym_nouns"),
        metonym_owned=_words(nouns_raw, "metonym_owned"),
        metonym_posts=_words(nouns_raw, "metonym_posts"),
        ethnic_words=_words(nouns_raw, "ethnic_words"),
        described_nouns=_words(nouns_raw, "described_nouns"),
        lone_doers=_words(nouns_raw, "lone_doers"),
        definite_singulars=_words(nouns_raw, "definite_singulars"),
        blocs={name.lower(): label for name, label in nouns_raw.get("blocs", {}).items()},
        possessive_name_heads=_words(nouns_raw, "possessive_name_heads"),
        unit_heads=_words(nouns_raw, "unit_heads"),
        compound_unit_heads=_words(nouns_raw, "compound_unit_heads"),
        loyal_nouns=_words(nouns_raw, "loyal_nouns"),
        lower_bodies={
            name.lower(): (label, code)
            for name, (label, code) in nouns_raw.get("lower_bodies", {}).items()
        },
        lower_body_starts=frozenset(
            name.lower()[:i]
            for name in nouns_raw.get("lower_bodies", {})
            for i in [*(j for j, c in enumerate(name) if c == " "), len(name)]
        ),
        perpetrated=_perpetrated(nouns_raw, sectors),
        perpetrator_titles=_words(nouns_raw, "perpetrator_titles"),
        perpetrator_labels={
            k.lower(): v for k, v in nouns_raw.get("perpetrator_labels", {}).items()
        },
        side_modifiers=_words(nouns_raw, "side_modifiers"),
        no_label_nouns=_words(nouns_raw, "no_label_nouns"),
        people_names=_words(nouns_raw, "people_names"),
        several_nouns=_words(nouns_raw, "several_nouns"),
        supporter_nouns=_words(nouns_raw, "supporter_nouns"),
        backing_nouns=_words(nouns_raw, "backing_nouns"),
        group_nouns=_words(nouns_raw, "group_nouns"),
        community_groups=_words(nouns_raw, "community_groups"),
        named_group_nouns=_words(nouns_raw, "named_group_nouns"),
        captive_nouns=_words(nouns_raw, "captive_nouns"),
        trade_nouns=_words(nouns_raw, "trade_nouns"),
        trade_back_words=_words(nouns_raw, "trade_back_words"),
        trade_place_preps=_words(nouns_raw, "trade_place_preps"),
        group_role_preps=_words(nouns_raw, "group_role_preps"),
        coalition_names=frozenset(nouns_raw.get("coalition_names", ())),
        coalition_modifiers=_words(nouns_raw, "coalition_modifiers"),
    )


def _perpetrated(raw: dict[str, Any], sectors: dict[str, Sector]) -> dict[str, str]:
    out = {}
    for noun, code in raw.get("perpetrated_events", {}).items():
        if code not in sectors:
            raise KgError(f"sector_nouns.json: perpetrated_events {noun!r} has unknown {code!r}.")
        out[noun.lower()] = code
    return out


def _words(raw: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in raw.get(key, ()))


def collective_label(adjective: str, sector: Sector) -> str:
    """Canonical label of a country's sector actor.

    >>> collective_label("Israeli", Sector("MIL", "military"))
    'Israeli military'
    """
    return f"{adjective} {sector.label}"
