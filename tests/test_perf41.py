"""Source lines found with less work, the same lines as before (perf41).

``kg/extract/source_lines.py`` reads a paragraph's item codes only where its text has eight
capitals or digits in a row, stops at a line whose first two words are not a town's, and looks
for the language only within the line's longest length. Each cut must leave the lines found and
those passed over as they were: a line at the longest length, a town with a connector word, a
code anywhere in the line, and the sentences each cut passes over early. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.source_lines import _CODE, _CODE_RUN
from tests.conftest import triples

# a source's name that makes its line (with a town of two words) nine words long
_NINE = "NATIONAL BROADCASTING CORPORATION RADIO NEWS SERVICE TODAY"


def _sited(graph: Any) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(graph) if p == "located_in"}


@pytest.mark.parametrize(
    ("line", "source", "town"),
    [
        # a code: read where the text has eight capitals or digits in a row
        ("QX0904120577 Accra GRAPHIC in English 0715 GMT 9 Apr 97", "GRAPHIC", "Accra"),
        # no code; the language after the town and a broadcaster of three words
        ("Windhoek Radio Namibia Service in English 1900 GMT 4 Jun 98", "Service", "Windhoek"),
        # a connector as the town's second word ("Rio de Janeiro", "La Paz" in a line)
        ("TR1406099812 Santo Domingo EL SIGLO in Spanish 14 Jun 98", "EL SIGLO", "Santo Domingo"),
    ],
)
def test_perf41_source_lines_still_found(extract: Any, line: str, source: str, town: str) -> None:
    """A source line is read as before: its source is located in its town (the model may run
    the town into the source's name, "Accra GRAPHIC")."""
    found = _sited(extract(line))
    assert any(s.endswith(source) and o == town for s, o in found), found


def test_perf41_source_lines_language_at_the_longest_length(extract: Any) -> None:
    """A line of nine words before "in <Language>" is still a line (the language search stops
    only past the tenth word)."""
    line = f"KB2211150588 Port Moresby {_NINE} in English 2 Jan 98"
    found = _sited(extract(line))
    assert (_NINE, "Port Moresby") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # too long before its language: passed over, as before the cut
        f"KB2211150588 Port Moresby {_NINE} NOW in English",
        # first two words no town's: passed over before its language is looked for
        "The ministry in Tbilisi said 40 people were hurt.",
        "Officials in Lagos said the talks in Abuja would resume.",
        # no code and no capitals or broadcaster word: no line
        "Quito Mayor Rosa Vera in Spanish spoke to reporters.",
    ],
)
def test_perf41_source_lines_not_lines(extract: Any, text: str) -> None:
    """A sentence, or a line longer than a source line, sites no source."""
    graph = extract(text)
    assert not [t for t in triples(graph) if t[1] == "located_in" and t[0].isupper()], triples(
        graph
    )


@pytest.mark.parametrize(
    ("word", "code"),
    [("LD2804174994", True), ("94WD0125D", True), ("944E0738B", True), ("B52BOMBER", False)],
)
def test_perf41_code_run_finds_every_code(word: str, code: bool) -> None:
    """Every item code has eight capitals or digits in a row, so the text test never hides one."""
    assert bool(_CODE.match(word)) is code
    if code:
        assert _CODE_RUN.search(f"Reported {word} Sofia BTA")
    assert not _CODE_RUN.search("Sofia BTA reported 1,200 dead on 12 May 2015")


# ``interactions.emit`` returns at once when no doer of the trigger is an actor: every claim
# pairs a doer with an object or with another doer (``_pairs``), and nothing after the test
# adds a doer. Claims with a doer are made as before; a trigger with none makes none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile condemned Peru's decision.", ("Chile", "criticized", "Peru")),
        ("Paraguay was criticised by Uruguay.", ("Uruguay", "criticized", "Paraguay")),
    ],
)
def test_perf41_emit_claims_with_a_doer(extract: Any, text: str, expected: Any) -> None:
    """A trigger whose doer is an actor still makes its claim."""
    assert expected in triples(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The decision to expel Peru's ambassador was condemned on Monday.",
        "It is unclear who attacked the Ecuadorian embassy in Lima.",
        "Talks with Chile resumed in Lima.",
    ],
)
def test_perf41_emit_no_claim_without_a_doer(extract: Any, text: str) -> None:
    """A trigger with no actor as its doer makes no claim between actors."""
    graph = extract(text)
    assert not [t for t in triples(graph) if t[1] != "located_in"], triples(graph)


# ``interactions._verb`` stops before looking for a verb's objects when its doers are named
# and none is an actor, unless the verb is what its head vows (the vow's claim reads the
# objects): such a verb makes no claim (``emit``), and a doer is only sought elsewhere when
# none is named. Claims of actors, and of vows, are made as before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colombia vowed to retaliate against Venezuela.", ("Colombia", "threatened", "Venezuela")),
        ("Bolivia vowed to punish Chile.", ("Bolivia", "threatened", "Chile")),
        ("Bolivia vowed to punish Chile.", ("Bolivia", "sanctioned", "Chile")),
        (
            "Colombian troops attacked rebels in Venezuela.",
            ("Colombian troops", "attacked", "rebels"),
        ),
    ],
)
def test_perf41_verb_claims_of_actors_and_vows(extract: Any, text: str, expected: Any) -> None:
    """A verb whose doer is an actor, or what an actor vows, makes its claims."""
    assert expected in triples(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Patagonia welcomed Chilean tourists.",
        "Lake Titicaca borders Peru and Bolivia.",
        "Patagonia vowed to punish Chile.",
    ],
)
def test_perf41_verb_no_claim_of_a_place(extract: Any, text: str) -> None:
    """A verb whose only doer is a place (no actor) makes no claim."""
    graph = extract(text)
    assert not triples(graph), triples(graph)


# ``act_agents`` returns at once for a paragraph without the word "by": every claim it makes
# is aimed at the agent of a "by" phrase.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile condemned the invasion of Peru by Bolivia.", ("Chile", "criticized", "Bolivia")),
        (
            "Uruguay denounced the closure of the border by Argentina.",
            ("Uruguay", "criticized", "Argentina"),
        ),
    ],
)
def test_perf41_act_agents_read_by_phrases(extract: Any, text: str, expected: Any) -> None:
    """The agent an act object names after "by" is what the verb's stance is aimed at."""
    assert expected in triples(extract(text))


def test_perf41_act_agents_none_without_by(extract: Any) -> None:
    """No "by" phrase: no agent, and no claim (an act's other phrases name no agent)."""
    graph = extract("Uruguay denounced the closure of the border with Argentina.")
    assert not triples(graph), triples(graph)


# ``agent_frames`` returns at once for a paragraph with none of its frame words ("despite",
# "amid"), and ``target_areas`` for one with none of its area nouns ("targets", "positions"):
# each claim of theirs starts from such a word.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Despite air strikes by Colombia, the ELN kept its camps.",
            ("Colombia", "attacked", "National Liberation Army"),
        ),
        (
            "The ELN kept its camps amid air strikes by Colombia.",
            ("Colombia", "attacked", "National Liberation Army"),
        ),
        ("Colombia struck targets in Venezuela on Monday.", ("Colombia", "attacked", "Venezuela")),
        ("Peruvian jets bombed positions in Ecuador.", ("Peruvian army", "attacked", "Ecuador")),
    ],
)
def test_perf41_framed_and_area_attacks(extract: Any, text: str, expected: Any) -> None:
    """An attack framing a clause, or aimed at an area noun in a place, is still read."""
    assert expected in triples(extract(text))


def test_perf41_no_frame_word_no_framed_target(extract: Any) -> None:
    """Without a frame word the clause's subject is not the attack's target."""
    graph = extract("The ELN kept its camps, and Colombia launched air strikes.")
    assert ("Colombia", "attacked", "National Liberation Army") not in triples(graph)
