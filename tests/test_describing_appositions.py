"""An indefinite apposition headed by a name ("X, a Sunni", "Y, an ethnic Tutsi", "Z, a
Kurd") says what a person is, one of a people, a faith or a party: it is no second
argument of the person's claim (kg.extract.context ``ArticleContext.ents``). Names listed
after it, and names set beside another, stay arguments."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

# sentence, a claim it must make, a claim it must not make
CASES = [
    (
        "Iraqi police arrested Ahmed al-Jabouri, a Sunni, in Baghdad on Monday.",
        ("Iraqi police", "sanctioned", "Ahmed al-Jabouri"),
        ("Iraqi police", "sanctioned", "Sunni"),
    ),
    (
        "Rwandan soldiers killed Jean Mugabo, an ethnic Tutsi, near Kigali.",
        ("Rwandan soldiers", "attacked", "Jean Mugabo"),
        ("Rwandan soldiers", "attacked", "Tutsi"),
    ),
    (
        "Turkish police detained Ahmet Yilmaz, a Kurd, in Istanbul.",
        ("Turkish police", "sanctioned", "Ahmet Yilmaz"),
        ("Turkish police", "sanctioned", "Kurd"),
    ),
    (
        "Egyptian security forces arrested Mina Girgis, a Christian, in Cairo on Sunday.",
        ("Egyptian security forces", "sanctioned", "Mina Girgis"),
        ("Egyptian security forces", "sanctioned", "Christian"),
    ),
    (
        "Senator John Smith, a Republican, criticised Barack Obama.",
        ("John Smith", "criticized", "Barack Obama"),
        ("Republican", "criticized", "Barack Obama"),
    ),
    # a name listed after the description is still an argument
    (
        "Iraqi police arrested Ahmed al-Jabouri, a Sunni, and Ali Hassan in Baghdad.",
        ("Iraqi police", "sanctioned", "Ali Hassan"),
        ("Iraqi police", "sanctioned", "Sunni"),
    ),
    # a description coordinated with the first is one more description
    (
        "Police in Ankara arrested two men, a Kurd and an Arab, on Monday.",
        ("Turkish police", "sanctioned", "two men"),
        ("Turkish police", "sanctioned", "Arab"),
    ),
    # negatives: a definite apposition or a list of names keeps its arguments
    (
        "Egypt's president Abdel Fattah al-Sisi met Benjamin Netanyahu, the Israeli prime "
        "minister, in Cairo.",
        ("Abdel Fattah al-Sisi", "met", "Benjamin Netanyahu"),
        None,
    ),
    (
        "Vladimir Putin met two Asian leaders, Xi Jinping and Narendra Modi, in Moscow.",
        ("Vladimir Putin", "met", "Xi Jinping"),
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "found", "absent"), CASES)
def test_describing_apposition_is_no_argument(
    extract: Any, sentence: str, found: Any, absent: Any
) -> None:
    """The person stays the argument; the people or faith beside it does not join it."""
    got = triples(extract(sentence))
    assert found in got, got
    assert absent is None or absent not in got, got
