""" "The airline's chairman", "the party's leader", "chaired the commission" -> the one body of
that kind the article has named so far, however far back (kg/extract/kind_coref.py
``link_kind_nouns``). Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed, kept_removed_cases

# three sentences of filler between the name and the reference: past the nearer rules' reach
KEPT = [
    # the kind from the name's head word: "Airlines", "Democrats", "Corporation", "Airways"
    (
        "Lufthansa Airlines cancelled dozens of flights on Monday. Pilots walked out over "
        "pensions. Thousands of passengers were stranded. Carsten Spohr, the airline's chief "
        "executive, criticised the pilots.",
        ("Carsten Spohr", "leader_of", "Lufthansa Airlines"),
    ),
    (
        "The Social Democrats won the election in Denmark on Thursday. Turnout was high. "
        "Voters in Copenhagen celebrated. Lars Berg, the party's leader, thanked voters.",
        ("Lars Berg", "leader_of", "Social Democrats"),
    ),
    (
        "Toshiba Corporation reported a loss on Friday. Shares fell sharply. Analysts were "
        "surprised. Hisao Tanaka, the company's president, resigned.",
        ("Hisao Tanaka", "leader_of", "Toshiba Corporation"),
    ),
    (
        "Qantas Airways grounded its fleet on Saturday. Unions had called a strike. Passengers "
        "were stranded in Sydney. Hotels filled up. The airline criticised the Australian "
        "government on Monday.",
        ("Qantas Airways", "criticized", "Australian government"),
    ),
    # the kind from the name's apposition
    (
        "Podemos, a left-wing party, won 20 seats in Madrid on Sunday. Turnout was high. "
        "Voters celebrated in the streets. Pablo Iglesias, the party's leader, thanked voters.",
        ("Pablo Iglesias", "leader_of", "Podemos"),
    ),
    # the kind from the noun the name is written with
    (
        "The Sunrise movement is a youth campaign. Students joined it in Boston. Universities "
        "were targeted. The movement criticised the US government on Monday.",
        ("Sunrise", "criticized", "US government"),
    ),
    # a one-word name that is the kind noun itself
    (
        "For five years, the Commission travelled across Chile, hearing testimony. Survivors "
        "wept as the findings were read. Hundreds attended in Santiago. Many had travelled for "
        "days. Judge Maria Lopez chaired the commission.",
        ("Maria Lopez", "leader_of", "Commission"),
    ),
    # a body of no kind known named since, but only in passing (an object): no other topic
    (
        "Lufthansa Airlines cancelled dozens of flights on Monday. Pilots walked out over "
        "pensions. Passengers booked seats on Ryanair. Hotels filled up. Carsten Spohr, the "
        "airline's chief executive, criticised the pilots.",
        ("Carsten Spohr", "leader_of", "Lufthansa Airlines"),
    ),
]

REMOVED = [
    # two bodies of the kind named before: no guess
    (
        "Lufthansa Airlines and Qatar Airways cancelled dozens of flights on Monday. Pilots "
        "walked out over pensions. Thousands of passengers were stranded. Carsten Spohr, the "
        "airline's chief executive, criticised the pilots.",
        ("Carsten Spohr", "leader_of", "Lufthansa Airlines"),
    ),
    (
        "The Social Democrats and the Liberal Party won seats in Denmark on Thursday. Turnout "
        "was high. Voters in Copenhagen celebrated. Lars Berg, the party's leader, thanked "
        "voters.",
        ("Lars Berg", "leader_of", "Social Democrats"),
    ),
    # nothing says what kind the one named body is
    (
        "Lufthansa cancelled dozens of flights on Monday. Pilots walked out over pensions. "
        "Thousands of passengers were stranded. Carsten Spohr, the airline's chief executive, "
        "criticised the pilots.",
        ("Carsten Spohr", "leader_of", "Lufthansa"),
    ),
    # a modifier makes it another one
    (
        "The Social Democrats won the election in Denmark on Thursday. Turnout was high. "
        "Voters in Copenhagen celebrated. Lars Berg, the ruling party's leader, thanked voters.",
        ("Lars Berg", "leader_of", "Social Democrats"),
    ),
    # the body is named only after the reference
    (
        "Lars Berg, the party's leader, thanked voters on Thursday. Turnout was high. Voters "
        "in Copenhagen celebrated. The Social Democrats won the election in Denmark.",
        ("Lars Berg", "leader_of", "Social Democrats"),
    ),
    # an unnamed one of the kind came in between
    (
        "Toshiba Corporation reported a loss on Friday. Shares fell sharply. Analysts were "
        "surprised. Hisao Tanaka, the president of a rival company, criticised the firm.",
        ("Hisao Tanaka", "criticized", "Toshiba Corporation"),
    ),
    (
        "The Sunrise movement is a youth campaign. Students joined it in Boston. A rival "
        "movement was founded in May. The movement criticised the US government on Monday.",
        ("Sunrise", "criticized", "US government"),
    ),
    # the one party named only in passing, as an object: no topic to take up
    (
        "Marine Le Pen lost the vote in Lyon to the Socialist Party. Turnout was low. Voters "
        "stayed home. The party's leader, Jean Dupont, criticised Francois Hollande.",
        ("Jean Dupont", "leader_of", "Socialist Party"),
    ),
    # another body, of no kind known, named just before: it may be the one meant
    (
        "Qantas Airways grounded its fleet on Saturday. Unions had called a strike. Passengers "
        "were stranded in Sydney. Boeing sent engineers, and the airline criticised the "
        "Australian government on Monday.",
        ("Qantas Airways", "criticized", "Australian government"),
    ),
    # another body of no kind known, a subject since the candidate, however far back: the
    # reference may be its ("Delta said ... the airline's chief executive")
    (
        "Korean Air cancelled 50 flights on Monday. Pilots joined a strike. Delta said demand "
        "held up. Passengers were stranded at several airports. The airline's chief executive "
        "Ed Bastian apologised.",
        ("Ed Bastian", "leader_of", "Korean Air"),
    ),
    (
        "Barclays Bank was fined on Monday. Regulators were angry. HSBC said it would also "
        "pay. Shares fell. Jes Staley, the bank's chief executive, apologised.",
        ("Jes Staley", "leader_of", "Barclays Bank"),
    ),
    (
        "The Green Party won three seats in Oslo on Sunday. Volvo warned of job cuts. "
        "Turnout was low. Voters stayed home. Anna Lund, the party's leader, thanked voters.",
        ("Anna Lund", "leader_of", "Green Party"),
    ),
    (
        "The Supreme Court of Kenya ruled on the case on Monday. Lawyers were divided. A lower "
        "court had sentenced him in May. Hundreds gathered outside. The court also criticised "
        "the Kenyan police.",
        ("Supreme Court of Kenya", "criticized", "Kenyan police"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_kind_coref_links_the_one_body_of_the_kind(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """A bare "the airline" stands for the one airline the article has named, and for none
    when it has named two, none of that kind, or an unnamed one since."""
    check_kept_removed(extract(text), kept, removed)


def test_kind_coref_no_body_named_from_a_reference_chunk(extract: Any) -> None:
    """ "head of the airline's cabin service": no organisation labelled from the reference's
    text ("airline's cabin service")."""
    graph = extract(
        "Qantas Airways grounded its fleet on Saturday. Unions had called a strike. Passengers "
        "were stranded in Sydney. Jane Doyle, head of the airline's cabin service, resigned."
    )
    assert not any("airline's" in e.label for e in graph.entities.values())
