"""Phoenix/PETRARCH2 actor dictionaries read as a user's gazetteer (kg/io/phoenix.py): date-coded
roles become dated roles, so a title resolves to its holder only inside the dates, and a line
the reader cannot read is refused with its file and line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from kg.errors import KgError
from kg.io.phoenix import is_phoenix
from kg.lexicon import build_lexicon, phoenix_actors
from kg.vocab import Predicate
from tests.conftest import BENCHMARKS, triples

# two invented people of countries kg's own roles.jsonl dates no holder for
DICTIONARY = """# a small Phoenix actor dictionary
MALAWI_  [MWI]
+LILONGWE_
TOBIAS_MWENDA_  # invented
+PRESIDENT_MWENDA_
+MWENDA_
+THE_MWENDA_GOVERNMENT
\t[MWIELI 900101-140531]
\t[MWIGOV 140601-190531]
\t[MWIELI]
HENDRIK_SHIKONGO
+PRESIDENT_SHIKONGO
+SHIKONGO
\t[NAMMIL 950101-050101]
\t[NAMGOV 100101-150320]
\t[NAMGOV >150321]
LUIS_ALMADA_
+PRIME_MINISTER_ALMADA
+PRESIDENT_ALMADA
\t[PRYGOV 080815-130815]
GRACE_ANDERSSON_  [SWEBUS]
"""


@pytest.fixture(scope="module")
def phoenix_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("phoenix") / "small.actors.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    return path


def _roles(path: Path, person: str) -> set[tuple[str, str, str, str | None, str | None]]:
    lexicon = build_lexicon(extra_gazetteer=path)
    return {
        (t.predicate.value, t.object, t.title, t.start, t.end)
        for t in lexicon.actors.tenures
        if t.person == person
    }


def test_phoenix_codes_become_dated_roles(phoenix_file: Path) -> None:
    """The country is the code's first three letters, the sector the next three; the latest
    GOV period leads the country under the one head title the aliases give, an earlier one
    or one whose aliases give two titles is membership of the government; ELI and undated
    codes give no role; a MIL period is membership."""
    assert _roles(phoenix_file, "Tobias Mwenda") == {
        ("leader_of", "Malawi", "President", "2014-06-01", "2019-05-31")
    }
    assert _roles(phoenix_file, "Hendrik Shikongo") == {
        ("member_of", "Namibia", "army", "1995-01-01", "2005-01-01"),
        ("member_of", "Namibia", "government", "2010-01-01", "2015-03-20"),
        ("leader_of", "Namibia", "President", "2015-03-21", None),
    }
    assert _roles(phoenix_file, "Luis Almada") == {
        ("member_of", "Paraguay", "government", "2008-08-15", "2013-08-15")
    }
    assert not _roles(phoenix_file, "Grace Andersson")


def test_phoenix_skipped_codes_are_counted(phoenix_file: Path) -> None:
    """What kg cannot say is counted by reason: ELI and undated codes, records with no date."""
    skipped = phoenix_actors(phoenix_file).skipped
    assert skipped == {
        "sector ELI (no state office)": 1,
        "undated code": 1,
        "record with no dated code": 2,  # MALAWI_ and GRACE_ANDERSSON_
    }


def test_phoenix_aliases_are_the_person_names(phoenix_file: Path) -> None:
    """A synonym with the person's last word and no title word is an alias; a titled one
    ("PRESIDENT_MWENDA") or another last word ("THE_MWENDA_GOVERNMENT") is not."""
    lexicon = build_lexicon(extra_gazetteer=phoenix_file)
    (entry,) = [e for e in lexicon.entries if e.label == "Tobias Mwenda"]
    assert entry.aliases == ("Mwenda",)
    assert entry.type.value == "Person"


SENTENCES = [
    # a title with the country's adjective, inside and outside the dated role
    ("The Malawian president met the Zambian envoy in Lilongwe.", "2016-02-10", "Tobias Mwenda"),
    ("The Malawian president met the Zambian envoy in Lilongwe.", "2013-02-10", None),
    ("The Malawian president met the Zambian envoy in Lilongwe.", "2020-02-10", None),
    # another country and verb; an open end holds on, an earlier period in government leads
    # nothing
    ("The Namibian president met Jacob Zuma in Pretoria.", "2018-07-01", "Hendrik Shikongo"),
    ("The Namibian president met Jacob Zuma in Pretoria.", "2012-07-01", None),
    # two head titles in the aliases: which period was which is unknown, so no one leads
    ("The Paraguayan president met Dilma Rousseff in Brasilia.", "2010-05-05", None),
]


@pytest.mark.parametrize(("sentence", "published", "holder"), SENTENCES)
def test_phoenix_title_resolves_inside_the_dates_only(
    nlp: Any, phoenix_file: Path, sentence: str, published: str, holder: str | None
) -> None:
    """ "the Malawian president" is the dictionary's holder in an article published inside
    the dates of the role, and no one of the dictionary outside them."""
    from kg.api import build_result

    graph = build_result(
        texts=[sentence], published=published, nlp=nlp, gazetteer=phoenix_file
    ).graph
    people = {e.label for e in graph.entities.values() if e.type.value == "Person"}
    if holder is None:
        assert not people & {"Tobias Mwenda", "Hendrik Shikongo"}, sorted(triples(graph))
    else:
        assert holder in people, sorted(triples(graph))


@pytest.mark.parametrize(
    ("digits", "day"),
    [
        ("900822", "1990-08-22"),
        ("300101", "2030-01-01"),
        ("19411207", "1941-12-07"),
        ("9008223", "1990-08-22"),
    ],
)
def test_phoenix_dates_read_as_petrarch_reads_them(tmp_path: Path, digits: str, day: str) -> None:
    """YYMMDD (00-30 is 20xx), YYYYMMDD, and a longer run by its prefix, as PETRARCH2 does."""
    path = tmp_path / "d.actors.txt"
    path.write_text(f"ANA_PEREIRA\n+PRESIDENT_PEREIRA\n\t[URYGOV >{digits}]\n", encoding="utf-8")
    assert _roles(path, "Ana Pereira") == {("leader_of", "Uruguay", "President", day, None)}


@pytest.mark.parametrize(
    ("lines", "number", "message"),
    [
        ("ANA_PEREIRA\n\t[URYGOV >141345]", 2, "'141345' is no date"),
        ("ANA_PEREIRA\n+PEREIRA\n\tURYGOV 140101-150101", 3, "is no code line"),
        ("# header\n\t[URYGOV >140101]\nANA_PEREIRA", 2, "a code line with no name line"),
        ("ANA_PEREIRA\n\t[URYGOV 1401-150101]", 2, "'1401' is no date"),
        ("ANA_PEREIRA\n+\n\t[URYGOV >140101]", 2, "a name line with no name"),
    ],
)
def test_phoenix_bad_line_names_file_and_line(
    tmp_path: Path, lines: str, number: int, message: str
) -> None:
    """A line the reader cannot read is refused, naming the file and the line."""
    path = tmp_path / "bad.actors.txt"
    path.write_text("# bad\n" + lines + "\n", encoding="utf-8")
    where = re.escape(f"{path} line {number + 1}: ")
    with pytest.raises(KgError, match=where + ".*" + re.escape(message)):
        build_lexicon(extra_gazetteer=path)


@pytest.mark.parametrize(
    ("text", "phoenix"),
    [
        ("# actors\nMALAWI_ [MWI]\n", True),
        ("BARACK_OBAMA\n\t[USAGOV >090120]\n", True),
        ('{"label": "Lima Group", "type": "Organization"}\n', False),
        ('\n{"person": "Ana Ruiz", "predicate": "leader_of"}\n', False),
    ],
)
def test_phoenix_sniffed_from_the_first_line(text: str, phoenix: bool) -> None:
    """A gazetteer file is read as Phoenix when its first line is a comment or a name line."""
    assert is_phoenix(text) is phoenix


PETRARCH = BENCHMARKS.parent / "dictionaries" / "petrarch2"


@pytest.mark.skipif(not PETRARCH.is_dir(), reason="no ../shared/dictionaries/petrarch2")
def test_phoenix_countries_dictionary_loads_and_builds(nlp: Any) -> None:
    """Phoenix.Countries.actors.txt loads (its persons' dated roles, dated as kg's own where
    both know the office), and a build of realnews_dev articles with it finishes."""
    from kg.api import build_result

    path = PETRARCH / "Phoenix.Countries.actors.txt"
    lexicon = build_lexicon(extra_gazetteer=path)
    shipped = build_lexicon()
    added = len(lexicon.actors.tenures) - len(shipped.actors.tenures)
    assert added > 20_000, added
    assert lexicon.actors.holders(Predicate.LEADER_OF, "France", "president", "2015-06-01") == [
        "François Hollande"
    ]
    articles = sorted((BENCHMARKS / "realnews_dev" / "articles").glob("*.txt"))[:3]
    result = build_result(articles, nlp=nlp, gazetteer=path)
    assert len(result.built) == 3
    assert not result.skipped
    assert not result.failures


def test_phoenix_person_kg_knows_by_a_full_name_alias(tmp_path: Path) -> None:
    """A record whose full-name alias is a person kg's own roles know is that person: its
    roles in a country kg already dates are dropped, and kg's names stay that person's."""
    path = tmp_path / "known.actors.txt"
    path.write_text("ABU_MAZEN\n+MAHMOUD_ABBAS\n+ABBAS\n\t[PSEGOV >050115]\n", encoding="utf-8")
    lexicon = build_lexicon(extra_gazetteer=path)
    assert not [t for t in lexicon.actors.tenures if t.person == "Abu Mazen"]
    entry = lexicon.lookup("Mahmoud Abbas")
    assert entry is not None
    assert entry.label == "Mahmoud Abbas"
    assert ("leader_of", "Palestine") in {(r.predicate.value, r.object) for r in entry.roles}
