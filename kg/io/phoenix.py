"""Phoenix/PETRARCH2 actor dictionaries read as a user's gazetteer: each person's date-coded
roles (``[FRAGOV >120515]``) become dated roles (``Tenure``), its name lines their aliases.

The format (PETRARCH2's ``PETRreader.read_actor_dictionary``): a record is a name line
(``FRANCOIS_HOLLANDE``, maybe ``[CODE]``), ``+`` synonym lines, then tab-indented code lines
``[CODE]``, ``[CODE <date]``, ``[CODE >date]`` or ``[CODE date-date]``; a date is YYMMDD
(years up to 30 are 20xx) or YYYYMMDD; ``#`` starts a comment. What kg cannot say is
skipped and counted (``PhoenixActors.skipped``); a line it cannot read raises ``KgError``
naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

import pycountry

from kg.actors import Tenure
from kg.errors import KgError
from kg.vocab import Predicate

# a name or synonym line: upper-case words joined by "_" (the sniff of ``is_phoenix``)
_NAME_LINE = re.compile(r"\+?[A-Z0-9][A-Z0-9_.'&/-]*(\s|$)")
# a code line as PETRARCH2 reads it: what stands before "[" and after "]" is ignored; a lone
# date with no "<", ">" or "-" leaves the code undated (its default code)
_CODE_LINE = re.compile(r"[^\[]*\[\s*([^\s\]]+)\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+)|\d+)?\s*\]")


@dataclass(frozen=True, slots=True)
class PhoenixRules:
    """What the reader maps Phoenix codes onto: kg's countries (ISO2 -> label), the state
    sectors that make a role (code -> title), the title words of ``kg/data/en``, and the
    head nouns of bodies' names (a record named as a body is no person: ``_body``)."""

    countries: Mapping[str, str]
    sectors: Mapping[str, str]
    leader_sector: str
    head_titles: frozenset[str]  # "president": a leader's title an alias may start with
    title_words: frozenset[str]  # "mr", "minister": a word that makes an alias no name
    body_heads: frozenset[str]  # "authority", "air force": a body's head noun


@dataclass(frozen=True, slots=True)
class PhoenixActors:
    """The dated roles read from one dictionary, and how many codes or records it skipped,
    by reason."""

    tenures: tuple[Tenure, ...]
    skipped: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True, slots=True)
class _Code:
    code: str
    start: str | None
    end: str | None


@dataclass(slots=True)
class _Record:
    names: list[str] = field(default_factory=list)
    codes: list[_Code] = field(default_factory=list)


def is_phoenix(text: str) -> bool:
    """Whether ``text`` reads as a Phoenix actor dictionary rather than gazetteer JSONL: its
    first line that is no blank is a ``#`` comment or an upper-case name line.

    >>> is_phoenix("FRANCOIS_HOLLANDE\\n\\t[FRAGOV >120515]"), is_phoenix('{"label": "X"}')
    (True, False)
    """
    for line in text.splitlines():
        if line.strip():
            return line.startswith("#") or bool(_NAME_LINE.match(line))
    return False


def _date(digits: str, where: str) -> str:
    """ISO date of a Phoenix date: YYYYMMDD, or YYMMDD (00-30 is 20xx, else 19xx); longer
    digit runs are read by their prefix, as PETRARCH2 reads them ("9008223" is 1990-08-22)."""
    full = digits
    if 6 <= len(digits) < 8:
        year = int(digits[:2])
        full = f"{2000 + year if year <= 30 else 1900 + year}{digits[2:6]}"
    try:
        if len(full) < 8:
            raise ValueError
        return dt.date(int(full[:4]), int(full[4:6]), int(full[6:8])).isoformat()
    except ValueError:
        raise KgError(
            f"{where}: {digits!r} is no date (YYMMDD or YYYYMMDD). Fix the entry."
        ) from None


def _code(line: str, where: str) -> _Code | None:
    """The code of a code line and its dates (an open end is ``None``); ``None`` for a
    period that ends before it starts (PETRARCH2 skips it too)."""
    found = _CODE_LINE.match(line)
    if found is None:
        raise KgError(
            f"{where}: {line.strip()!r} is no code line ([CODE], [CODE <date], [CODE >date] "
            "or [CODE date-date]). Fix the entry."
        )
    code, side, one, first, last = found.groups()
    if side == "<":
        return _Code(code, None, _date(one, where))
    if side == ">":
        return _Code(code, _date(one, where), None)
    if first is None:
        return _Code(code, None, None)
    start, end = _date(first, where), _date(last, where)
    return _Code(code, start, end) if start <= end else None


def _records(text: str, source: str, skipped: Counter[str]) -> Iterator[_Record]:
    """The records of a dictionary in file order; a name line after code lines starts the
    next one (name lines with no code between them share the codes, as in PETRARCH2)."""
    record = _Record()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split(" #", 1)[0].split(";", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith(("#", "<!")):
            continue
        if "---STOP---" in line:
            break
        where = f"{source} line {number}"
        if line[0] in " \t":
            code = _code(line, where)
            if code is None:
                skipped["period ending before it starts"] += 1
            elif record.names:
                record.codes.append(code)
            else:
                raise KgError(f"{where}: a code line with no name line above it. Fix the entry.")
            continue
        name, _, inline = line.lstrip("+").partition("[")
        if not _words(name):
            raise KgError(f"{where}: a name line with no name. Fix the entry.")
        if not line.startswith("+") and record.codes:
            yield record
            record = _Record()
        record.names.append(name.strip())
        inline_code = _code("[" + inline, where) if inline else None
        if inline_code is not None:
            record.codes.append(inline_code)
    if record.names:
        yield record


def _words(phrase: str) -> list[str]:
    """The words of a Phoenix phrase ("MR._OBAMA_" -> ["MR.", "OBAMA"])."""
    return [w for w in re.split(r"[_\s]+", phrase) if w]


def _name(phrase: str) -> str:
    """A phrase written as a name: "FRANCOIS_HOLLANDE" -> "Francois Hollande"."""
    return " ".join(
        "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
        for word in _words(phrase)
    )


def _head_titles(names: list[str], rules: PhoenixRules) -> set[str]:
    """The head-of-state or government titles the record's names start with, before a name
    ("PRESIDENT_HOLLANDE" -> "President")."""
    out = set()
    for phrase in names:
        text = " ".join(_words(phrase)).lower()
        out |= {t.title() for t in rules.head_titles if text.startswith(t + " ") and text != t}
    return out


def _aliases(names: list[str], rules: PhoenixRules) -> tuple[str, ...]:
    """The record's other names that name its person: the same last word, no title word
    ("PUTIN_", "VLADIMIR_V._PUTIN"; not "PRESIDENT_PUTIN" nor "THE_OBAMA_ADMINISTRATION")."""
    last = _words(names[0])[-1].lower()
    return tuple(
        dict.fromkeys(
            _name(phrase)
            for phrase in names[1:]
            if _words(phrase)
            and _words(phrase)[-1].lower() == last
            and not {w.lower() for w in re.split(r"[-\s]", _name(phrase))} & rules.title_words
        )
    )


def _tenures(record: _Record, rules: PhoenixRules, skipped: Counter[str]) -> list[Tenure]:
    """The dated roles of one record: a state sector's dated code is a role in its country;
    the latest leader-sector one leads it when the names give one head title."""
    person = _name(record.names[0])
    aliases = _aliases(record.names, rules)
    titles = _head_titles(record.names, rules)
    roles: list[tuple[_Code, str, str]] = []  # code, country label, ISO2
    for code in record.codes:
        if code.start is None and code.end is None:
            skipped["undated code"] += 1
            continue
        country = pycountry.countries.get(alpha_3=code.code[:3])
        label = rules.countries.get(country.alpha_2) if country else None
        if country is None or label is None:
            skipped["country not in kg's table"] += 1
        elif code.code[3:6] not in rules.sectors:
            skipped[f"sector {code.code[3:6] or 'none'} (no state office)"] += 1
        else:
            roles.append((code, label, country.alpha_2))
    leads = [c for c, _, _ in roles if c.code[3:6] == rules.leader_sector]
    latest = max(leads, key=lambda c: c.start or "") if len(titles) == 1 and leads else None
    return [
        Tenure(
            person=person,
            predicate=Predicate.LEADER_OF if code == latest else Predicate.MEMBER_OF,
            object=label,
            title=next(iter(titles)) if code == latest else rules.sectors[code.code[3:6]],
            start=code.start,
            end=code.end,
            country=iso,
            aliases=aliases,
        )
        for code, label, iso in roles
    ]


def _body(name: str, rules: PhoenixRules) -> bool:
    """Whether a record's name is a body's, not a person's: its head, the word before its
    first "of" or else its last word, alone or with the word before it, is a body noun
    ("PALESTINIAN_AUTHORITY", "ISRAEL_DEFENCE_FORCES", "DEPARTMENT_OF_STATE", "KENYA_AIR_FORCE";
    not "WAN_GANG", whose "gang" names no state body). The dictionary codes such bodies as
    it codes people, with dated roles.

    >>> rules = PhoenixRules({}, {}, "GOV", frozenset(), frozenset(), frozenset({"department"}))
    >>> _body("DEPARTMENT_OF_STATE", rules), _body("MAHMOUD_ABBAS_", rules)
    (True, False)
    """
    words = [w.lower() for w in _words(name)]
    end = words.index("of", 1) if "of" in words[1:] else len(words)
    return any(" ".join(words[k:end]) in rules.body_heads for k in (end - 1, end - 2) if k >= 0)


def read_phoenix(text: str, source: str, rules: PhoenixRules) -> PhoenixActors:
    """The dated roles of a Phoenix actor dictionary's persons. A record with no dated code
    (a country, a title, an undated name) or named as a body (``_body``) gives none and is
    counted skipped."""
    tenures: list[Tenure] = []
    skipped: Counter[str] = Counter()
    for record in _records(text, source, skipped):
        if not any(c.start or c.end for c in record.codes):
            skipped["record with no dated code"] += 1
            continue
        if _body(record.names[0], rules):
            skipped["a body's name, no person"] += 1
            continue
        tenures += _tenures(record, rules, skipped)
    return PhoenixActors(tuple(dict.fromkeys(tenures)), skipped)  # a code written twice, once
