"""Wire datelines (dateline55): "KABUL (Reuters) - ...", "CAIRO, Egypt (AP) \u2014 ...",
"ISLAMABAD, May 5 (Reuters) \u2013 ...": neither the place where the story was filed nor the
credited agency is the subject of the sentence's verb (kg/nlp/datelines.py); the real subject
keeps its claim. An agency written as a sentence's own subject still acts. Sentences of our
own.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.nlp.datelines import wire_agencies, wire_dateline
from tests.conftest import triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "kept", "absent"),
    [
        (
            "TEHRAN (AP) - Iranian police arrested a British journalist.",
            ("Iranian police", "sanctioned", "British journalist"),
            [
                ("AP", "sanctioned", "British journalist"),
                ("Iran", "sanctioned", "British journalist"),
            ],
        ),
        (
            "NEW DELHI (PTI) - India accused Pakistan of violating the ceasefire.",
            ("India", "criticized", "Pakistan"),
            [("PTI", "criticized", "Pakistan")],
        ),
        (
            "ANKARA (Anadolu) \u2014 Turkey condemned the attack on its embassy.",
            ("Turkey", "criticized", "attack"),
            [("Anadolu", "criticized", "attack")],
        ),
        (
            "NAIROBI, Kenya (AP) \u2014 Somali militants attacked a Kenyan army base on Sunday.",
            ("Somali militants", "attacked", "Kenyan army"),
            [("AP", "attacked", "Kenyan army"), ("Kenya", "attacked", "Kenyan army")],
        ),
        (
            "ISLAMABAD, May 5 (Reuters) \u2013 Pakistani troops killed 12 Taliban fighters.",
            ("Pakistani troops", "attacked", "Taliban"),
            [("Reuters", "attacked", "Taliban"), ("Pakistan", "attacked", "Taliban")],
        ),
        (
            "BEIRUT (Al Jazeera) -- Israeli jets struck targets in southern Lebanon.",
            ("Israeli army", "attacked", "Lebanon"),
            [("Al Jazeera", "attacked", "Lebanon")],
        ),
        (
            "TRIPOLI, Libya (AFP) - Militants kidnapped two Tunisian diplomats.",
            ("Militants", "attacked", "Tunisian diplomats"),
            [
                ("AFP", "attacked", "Tunisian diplomats"),
                ("Libya", "attacked", "Tunisian diplomats"),
            ],
        ),
        (
            "BEIJING (Xinhua) -- China's President Xi Jinping met Russia's Vladimir Putin.",
            ("Vladimir Putin", "met", "Xi Jinping"),
            [("Vladimir Putin", "met", "Xinhua"), ("Xinhua", "met", "Vladimir Putin")],
        ),
        (
            "JERUSALEM (AP) \u2014 Israel's army demolished the homes of two Palestinians.",
            ("Israel's army", "coerced", "Palestinians"),
            [("AP", "coerced", "Palestinians"), ("Israel", "coerced", "Palestinians")],
        ),
        # an agency that is the sentence's own subject, after a plain dateline or none
        (
            "CAIRO - Reuters condemned the arrest of its journalist by Egyptian police.",
            ("Reuters", "criticized", "Egyptian police"),
            [("Egypt", "criticized", "Egyptian police")],
        ),
        (
            "Al Jazeera accused Egypt of jailing its journalists.",
            ("Al Jazeera", "criticized", "Egypt"),
            [],
        ),
    ],
)
def test_dateline55_wire_dateline_is_no_actor(
    extract: Any, text: str, kept: Triple, absent: list[Triple]
) -> None:
    found = triples(extract(text))
    assert kept in found
    for triple in absent:
        assert triple not in found


@pytest.mark.parametrize(
    ("text", "dash"),
    [
        ("KABUL (Reuters) - Taliban fighters attacked a checkpoint.", 4),
        ("CAIRO, Egypt (AP) \u2014 The army said so.", 6),
        ("BAGHDAD, May 5 (Reuters) \u2013 Militants attacked a base.", 7),
        ("Kabul (Agence France-Presse) -- Gunmen attacked a convoy.", 7),
        ("(AFP) - Gunmen attacked a convoy.", 3),
        ("(CNN) \u2014 Gunmen attacked a convoy.", 3),
        # no wire dateline: no agency in the brackets, no dash after them, not at the start
        ("Senator John Kerry (D-Mass.) - a veteran - spoke.", -1),
        ("KABUL - Taliban fighters attacked a checkpoint.", -1),
        ("KABUL (Reuters) Taliban fighters attacked a checkpoint.", -1),
        ("Gunmen attacked Kabul (Reuters) - officials said.", -1),
        ("The ministry (the MFA) - as usual - declined to comment.", -1),
        ("officials in Kabul (Reuters) - nothing more.", -1),
        ("The Saudi Press Agency (SPA) - a state body - reported it.", -1),
    ],
)
def test_dateline55_finds_the_wire_dateline(nlp: Any, text: str, dash: int) -> None:
    assert wire_dateline(next(iter(nlp(text).sents))) == dash


def test_dateline55_agencies_are_data() -> None:
    agencies = wire_agencies()
    for name in ("reuters", "ap", "afp", "associated press", "agence france-presse", "xinhua"):
        assert name in agencies


def test_dateline55_gives_back_a_subject_hung_on_the_dateline(nlp: Any) -> None:
    """A parse that makes the dateline the subject and the real one its apposition: the
    real one is the verb's subject again, the dateline no subject."""
    from spacy.tokens import Doc

    from kg.nlp.datelines import mend_datelines

    words = ["DOHA", "(", "AFP", ")", "-", "Qatar", "condemned", "Iran", "."]
    heads = [6, 0, 0, 0, 0, 0, 6, 6, 6]
    deps = ["nsubj", "punct", "appos", "punct", "punct", "appos", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc = mend_datelines(doc)
    assert (doc[0].dep_, doc[5].dep_, doc[5].head.i) == ("dep", "nsubj", 6)
    assert doc[2].head.i == 0  # the agency stays the dateline's
