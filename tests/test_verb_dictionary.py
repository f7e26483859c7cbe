"""A user's PETRARCH2 verb dictionary (``--verb-dictionary``, kg/verb_dictionary.py and
``kg.lexicon.dictionary_triggers``): its verbs kg does not know make claims with the
dictionary's CAMEO codes, kg's own entries win, bad lines are refused with file and line,
and the default build reads no dictionary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.errors import KgError

# a dictionary in the CAMEO.2.0.txt format, of verbs the shipped lexicon does not know
# (and one it does: "criticize", which keeps kg's code; "freeze", which keeps kg's sense)
DICTIONARY = """\
# synonym sets come first in a real dictionary; they are not verbs
&NEGOTIATOR
+MEDIATOR

####### VERB PATTERNS #######

---  HECTOR   [111]  ---
HECTOR {HECTORS HECTORED HECTORING}
BADGER  # a synonym: the block's code
---  PARLEY   [---]  ---
PALAVER
- * (WITH)                      [046]         # PALAVER
- * AID                         [070]         # an object word: skipped
---  HARRY   [190]  ---
HARRY
+ELBOW_OUT [120]
+FREEZE_OUT [161]
---  CRITICIZE   [190]  ---
CRITICIZE ;a TABARI comment

######## TRANSFORMATIONS ##########
- $ * +   [010]
"""

# sentence, (subject, predicate, object, CAMEO) it makes with the dictionary
CLAIMS = [
    ("Germany hectored Greece over its debts.", ("Germany", "criticized", "Greece", "111")),
    (
        "The Kenyan government badgered Somalia for weeks.",
        ("Kenyan government", "criticized", "Somalia", "111"),
    ),
    (
        "Iran palavered with Iraq in Baghdad on Monday.",
        ("Iran", "negotiated_with", "Iraq", "046"),
    ),
    (
        "Chadian troops harried Boko Haram fighters near Lake Chad.",
        ("Chadian troops", "attacked", "Boko Haram", "190"),
    ),
    (
        "India elbowed out China from the port deal.",
        ("India", "criticized", "China", "120"),
    ),
    # kg's own entries win: its code for "criticize", its sense of "freeze (out)"
    ("France criticized Italy on Monday.", ("France", "criticized", "Italy", "111")),
    ("Saudi Arabia froze out Qatar last year.", ("Saudi Arabia", "sanctioned", "Qatar", "160")),
]

# the dictionary's verb without the preposition its pattern needs makes no claim
NO_CLAIM = ["Iran palavered Iraq."]


@pytest.fixture(scope="module")
def dictionary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("verbs") / "verbs.txt"
    path.write_text(DICTIONARY, "utf-8")
    return path


def _claims(nlp: Any, text: str, dictionary: Path | None) -> set[tuple[str, str, str, str]]:
    from kg.api import build_result

    graph = build_result(texts=[text], nlp=nlp, verb_dictionary=dictionary).graph
    return {
        (
            graph.entities[c.subject].label,
            c.predicate.value,
            graph.entities[c.object].label,
            c.qualifiers.cameo or "",
        )
        for c in graph.claims
        if c.object is not None
    }


@pytest.mark.parametrize(("text", "claim"), CLAIMS)
def test_verb_dictionary_claims(nlp: Any, dictionary: Path, text: str, claim: tuple) -> None:
    """Each verb makes its claim with the dictionary's code (kg's own where kg knows it)."""
    assert claim in _claims(nlp, text, dictionary)


@pytest.mark.parametrize(("text", "claim"), CLAIMS[:5])
def test_default_build_reads_no_dictionary(nlp: Any, text: str, claim: tuple) -> None:
    """Without the flag the dictionary's verbs make nothing."""
    assert _claims(nlp, text, None) == set()


@pytest.mark.parametrize("text", NO_CLAIM)
def test_verb_dictionary_pattern_needs_its_preposition(
    nlp: Any, dictionary: Path, text: str
) -> None:
    assert _claims(nlp, text, dictionary) == set()


def test_verb_dictionary_counts_what_it_leaves_out(dictionary: Path) -> None:
    """Rows read, and the entries skipped by reason (the transformations are not read)."""
    from kg.lexicon import default_lexicon, dictionary_triggers

    lx = default_lexicon()
    added, skipped = dictionary_triggers(dictionary, lx.triggers, lx.cues["verb_dictionary"])
    got = {(t.lemma, t.particle, t.prep, t.cameo, t.source) for t in added}
    assert got == {
        ("hector", None, None, "111", "verb-dictionary"),
        ("badger", None, None, "111", "verb-dictionary"),
        ("palaver", None, "with", "046", "verb-dictionary"),
        ("harry", None, None, "190", "verb-dictionary"),
        ("elbow", "out", None, "120", "verb-dictionary"),
    }
    assert skipped == {"no code": 1, "object words": 1, "known to kg": 2}


def test_build_result_keeps_what_the_dictionary_gave(nlp: Any, dictionary: Path) -> None:
    """The build's lexicon says what the dictionary added and left out (the counts a command
    reports); without a dictionary it says nothing."""
    from kg.api import build_result

    text = "Chadian troops harried Boko Haram fighters near Lake Chad."
    read = build_result(texts=[text], nlp=nlp, verb_dictionary=dictionary).verb_dictionary
    assert read is not None
    assert (read.added, read.left_out) == (5, {"no code": 1, "object words": 1, "known to kg": 2})
    assert build_result(texts=[text], nlp=nlp).verb_dictionary is None


def test_cli_reports_the_dictionary_as_the_build_read_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command's line on stderr comes from what the build read, not from a second read
    of the file (gone by now here)."""
    from kg.cli import _report_verb_dictionary
    from kg.lexicon import DictionaryReport

    gone = tmp_path / "verbs.txt"
    _report_verb_dictionary(str(gone), DictionaryReport(3, {"repeated": 1, "no code": 2}))
    line = f"kg: {gone}: 3 verb triggers added; left out: no code 2, repeated 1\n"
    assert capsys.readouterr().err == line
    _report_verb_dictionary(None, None)
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("---  HECTOR   [111]  ---\nHECTOR\n- * (WITH)   [04x]   # HECTOR\n", 3),
        ("---  HECTOR   [111]  ---\nHECTOR 12\n", 2),
        ("HECTOR\n---  HECTOR  111  ---\n", 2),
        ("---  HECTOR   [111]  ---\n- * (WITH)\n", 2),
    ],
)
def test_verb_dictionary_bad_line(tmp_path: Path, line: str, number: int) -> None:
    """A malformed line is refused, naming the file and the line."""
    from kg.lexicon import build_lexicon

    path = tmp_path / "bad.txt"
    path.write_text(line, "utf-8")
    with pytest.raises(KgError, match=rf"bad\.txt line {number}: "):
        build_lexicon(verb_dictionary=path)


def test_real_petrarch_dictionary_loads_and_builds(nlp: Any) -> None:
    """PETRARCH2's own CAMEO.2.0.txt (when the shared folder is here) loads and a build with
    it finishes."""
    from kg.api import build_result
    from kg.lexicon import default_lexicon, dictionary_triggers
    from tools.lexicon.petrarch_coverage import default_dictionary

    path = default_dictionary()
    if not path.is_file():
        pytest.skip(f"{path} absent (set KG_BENCHMARKS or place ../shared beside the clone)")
    lx = default_lexicon()
    added, skipped = dictionary_triggers(path, lx.triggers, lx.cues["verb_dictionary"])
    assert len(added) > 500
    assert skipped["known to kg"] > 500
    text = "Chadian troops harried Boko Haram fighters. Germany criticized Greece."
    graph = build_result(texts=[text], nlp=nlp, verb_dictionary=path).graph
    assert graph.claims


def test_cli_extract_reads_the_verb_dictionary(tmp_path: Path, dictionary: Path) -> None:
    """``kg extract --verb-dictionary FILE`` makes the dictionary's claim and says on stderr
    what it added and left out; a missing file is refused."""
    import json

    from tests.test_cli import kg

    article = tmp_path / "a.txt"
    article.write_text("Chadian troops harried Boko Haram fighters near Lake Chad.\n", "utf-8")
    result = kg("extract", str(article), "--verb-dictionary", str(dictionary))
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["predicate"] for r in rows] == ["attacked"]
    assert "5 verb triggers added" in result.stderr
    assert "object words 1" in result.stderr
    missing = kg("extract", str(article), "--verb-dictionary", str(tmp_path / "none.txt"))
    assert missing.returncode != 0
    assert "none.txt" in missing.stderr


def test_store_state_key_names_the_verb_dictionary(dictionary: Path) -> None:
    """`kg add` reuses a store's saved state only for the lexicon it was built with: a
    dictionary changes the key, no dictionary leaves the shipped key as it was."""
    from kg.sparql.state import lexicon_key

    assert lexicon_key(None) == "shipped"
    assert lexicon_key(None, None) == "shipped"
    keyed = lexicon_key(None, dictionary)
    assert keyed.startswith("shipped+")
    assert keyed == lexicon_key(None, dictionary)
