"""Claim qualifiers: dates from the sentence, the clause it depends on and the story's lead;
places from the phrases journalists use. Sentences about actors other than the seed's."""

from __future__ import annotations

from typing import Any

import pytest


def _claims(graph: Any, predicate: str) -> list[tuple[str, str, Any]]:
    return [
        (graph.entities[r.subject].label, graph.entities[r.object].label, r.qualifiers)
        for r in graph.claims
        if r.predicate.value == predicate and r.object is not None
    ]


DATED: list[tuple[str, str, str, str | None]] = [
    # (text, published, predicate, date of its one claim)
    (
        "Fighting erupted in March 2011 when Bashar al-Assad attacked the Syrian opposition.",
        "2015-05-16",
        "attacked",
        "2011-03",
    ),
    (
        "Boko Haram attacked the Nigerian army two weeks ago.",
        "2015-05-16",
        "attacked",
        "2015-05",
    ),
    (
        "Boko Haram attacked the Nigerian army on Monday night.",
        "2015-05-16",
        "attacked",
        "2015-05-11",
    ),
    (
        "Nicolas Maduro met Dilma Rousseff for a day last week.",
        "2015-06-03",
        "met",
        "2015-05",
    ),
    # the lead: a present perfect deed takes the day the next sentence gives
    (
        "Maduro meets Rousseff in Brasilia\n\nVenezuelan President Nicolas Maduro has met "
        "Brazil's President Dilma Rousseff.\n\nMaduro told reporters on Thursday that the "
        "talks were useful.",
        "2015-05-16",
        "met",
        "2015-05-14",
    ),
    # ... else the published day
    (
        "Maduro meets Rousseff\n\nVenezuelan President Nicolas Maduro has met Brazil's "
        "President Dilma Rousseff.\n\nThe two discussed trade.",
        "2015-05-16",
        "met",
        "2015-05-16",
    ),
    # not a deed of one day, and not the lead
    (
        "Maduro speaks\n\nVenezuelan President Nicolas Maduro has been criticising Colombia "
        "for months.\n\nHe spoke on Thursday.",
        "2015-05-16",
        "criticized",
        None,
    ),
    # a length is no date of the claim ("a two-decade-long row")
    (
        "Thousands protest in Seoul\n\nThousands of people have protested in Seoul against "
        "Shinzo Abe, as a two-decade-long row deepens.\n\nThe rally on Sunday was peaceful.",
        "2015-05-18",
        "criticized",
        "2015-05-17",
    ),
    # a date of something else in the lead does not stop it; a period does
    (
        "Court jails Maduro rival\n\nA Venezuelan court has jailed Leopoldo Lopez for "
        "protests in 2014, prompting condemnations from Amnesty International.\n\n"
        "The ruling is final.",
        "2015-05-16",
        "criticized",
        "2015-05-16",
    ),
    (
        "Maduro speaks\n\nVenezuelan President Nicolas Maduro has criticised Colombia "
        "since 2013.\n\nHe spoke on Thursday.",
        "2015-05-16",
        "criticized",
        None,
    ),
    # a deed reported in the lead: the report is the story's, the deed's day is unknown
    (
        "Venezuela jails rival\n\nVenezuela has jailed Leopoldo Lopez, the spy agency has "
        "told lawmakers.\n\nThe agency briefed them on Thursday.",
        "2015-05-16",
        "sanctioned",
        None,
    ),
    (
        "Venezuela jails rival\n\nVenezuela has jailed Leopoldo Lopez, officials said.\n\n"
        "The court ruled on Thursday.",
        "2015-05-16",
        "sanctioned",
        "2015-05-14",
    ),
    # a deed in a "since" clause is older than the story
    (
        "Thousands flee\n\nThousands have fled since the Islamic State attacked Ramadi.\n\n"
        "Aid arrived on Thursday.",
        "2015-05-16",
        "attacked",
        None,
    ),
    # a past deed in the headline is reported or older; an event noun's verb is not its own
    (
        "Informant says Maduro criticised Colombia\n\nAn informant said so on Thursday.",
        "2015-05-16",
        "criticized",
        None,
    ),
    (
        "Trade grows\n\nXi Jinping's visit to India served as a model for the talks.\n\n"
        "Officials met on Thursday.",
        "2015-05-16",
        "visited",
        None,
    ),
    (
        "Maduro speaks\n\nVenezuelan President Nicolas Maduro spoke to reporters.\n\n"
        "Nicolas Maduro has met Dilma Rousseff.",
        "2015-05-16",
        "met",
        None,
    ),
    # a participle adjunct shares its main clause's date
    (
        "Raila Odinga addressed a rally in Mombasa on Saturday, accusing Uhuru Kenyatta of "
        "rigging the vote.",
        "2015-05-18",
        "criticized",
        "2015-05-16",
    ),
]


@pytest.mark.parametrize(("text", "published", "predicate", "expected"), DATED)
def test_qualifiers_date_constructions(
    extract: Any, text: str, published: str, predicate: str, expected: str | None
) -> None:
    """Each construction dates the claim as the text allows, and no more."""
    found = _claims(extract(text, published=published), predicate)
    assert found, "no claim"
    assert {q.date for _, _, q in found} == {expected}, found


PLACED: list[tuple[str, str, str]] = [
    # (text, predicate, place)
    (
        "At a rally in the Black Sea city of Samsun, Recep Tayyip Erdogan criticised the HDP.",
        "criticized",
        "Samsun",
    ),
    ("Boko Haram attacked the Nigerian army in the town of Bama on Friday.", "attacked", "Bama"),
    (
        "Unknown gunmen killed Selahattin Demirtas as he left his office in the southeastern "
        "city of Diyarbakir on Tuesday.",
        "attacked",
        "Diyarbakir",
    ),
    ("Houthi rebels attacked Saudi forces in Saada province.", "attacked", "Saada province"),
    ("Mahmoud Abbas met Sergio Mattarella on Tuesday before leaving Rome.", "met", "Rome"),
    # the country taking part is where it happened, when nothing more precise is said
    (
        "Thailand and Laos held talks with senior officials in Cambodia on Thursday.",
        "met",
        "Cambodia",
    ),
    (
        "Al-Shabab fighters struck near the town of Mandera, where al-Shabab attacked the "
        "Kenyan army in March.",
        "attacked",
        "Mandera",
    ),
    # a participle adjunct shares its main clause's place
    (
        "Kemal Kilicdaroglu went ahead with a planned rally in Izmir on Sunday, accusing "
        "Ahmet Davutoglu of corruption.",
        "criticized",
        "Izmir",
    ),
]


@pytest.mark.parametrize(("text", "predicate", "place"), PLACED)
def test_qualifiers_place_constructions(
    extract: Any, text: str, predicate: str, place: str
) -> None:
    """The place of an event named by a place noun, a "where" clause or "before leaving"."""
    found = _claims(extract(text, published="2015-05-16"), predicate)
    assert place in {q.place for _, _, q in found}, found


def test_qualifiers_place_not_after_leaving(extract: Any) -> None:
    """ "after leaving Rome" is no longer in Rome."""
    found = _claims(
        extract("Mahmoud Abbas met Sergio Mattarella after leaving Rome.", published="2015-05-16"),
        "met",
    )
    assert found
    assert all(q.place != "Rome" for _, _, q in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rwanda is accused of backing the M23 rebels, but it denies the charge.", "denied"),
        ("Rwanda is accused of backing the M23 rebels, but Rwanda denies arming them.", "denied"),
        ("Rwanda is accused of backing the M23 rebels, but the United Nations denies it.", None),
        ("Rwanda is accused of backing the M23 rebels.", "hypothetical"),
    ],
)
def test_qualifiers_accusation_denied_by_the_accused(
    extract: Any, text: str, expected: str | None
) -> None:
    """An accusation the accused denies is a denial; denied by someone else it stays an
    allegation."""
    found = _claims(extract(text, published="2015-05-16"), "supported")
    assert found
    statuses = {q.status.value for _, _, q in found}
    assert statuses == {expected or "hypothetical"}, found


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # a participle describes the noun the verb above acts on: not denied by it
        (
            "Khamenei dismissed the Saudi-led coalition fighting the Houthis.",
            "attacked",
            "occurred",
        ),
        # ("prospective" is hypothetical; who only alludes to the alliance is no party to it,
        # tests/test_prec13.py)
        (
            "The United States announced a prospective alliance with Saudi Arabia.",
            "supported",
            "hypothetical",
        ),
        # a bare event noun takes the mood of its own clause only
        (
            "Nasrallah said his fighters would stay in Syria, saying Hezbollah was engaged in a "
            "battle against the Nusra Front.",
            "attacked",
            "occurred",
        ),
        (
            "Erdogan said there could be a meeting between Bashar al-Assad and Hassan Rouhani.",
            "met",
            "hypothetical",
        ),
    ],
)
def test_qualifiers_status_stays_in_its_clause(
    extract: Any, text: str, predicate: str, expected: str
) -> None:
    """A denial or a modal of another clause does not set a claim's status."""
    found = _claims(extract(text, published="2015-05-16"), predicate)
    assert found
    assert {q.status.value for _, _, q in found} == {expected}, found


@pytest.mark.parametrize(
    ("text", "questions"),
    [
        ("Ghana signed the deal. Did Togo sign it too? Benin refused.", ["Did Togo sign it too?"]),
        (
            "Will Chile meet Peru in May? Officials in Lima said nothing. Is the truce over?",
            ["Will Chile meet Peru in May?", "Is the truce over?"],
        ),
        ("Why did Kenya close the border? Nobody knows.", []),
        ('Uganda asked: "Can Sudan stop the raids?"', []),
        ("Senegal closed its embassy in Bamako on Friday.", []),
    ],
)
def test_qualifiers_yes_no_questions_found_once_as_each_sentence_reads(
    nlp: Any, text: str, questions: list[str]
) -> None:
    """The yes-no questions found once for a paragraph are the sentences that, read one by
    one, open with an auxiliary and end with a question mark."""
    from kg.extract import qualifiers
    from kg.extract.context import ArticleContext, Paragraph
    from kg.lexicon import default_lexicon
    from kg.resolve.resolver import Resolver

    para = Paragraph(nlp(text), 0)
    ctx = ArticleContext(default_lexicon(), Resolver(default_lexicon()), "a", None)
    qualifiers.yes_no_questions(ctx, [para])
    assert [para.doc[s:e].text for s, e in ctx.questions[id(para.doc)]] == questions
    found = [qualifiers._yes_no_question(ctx, t) for t in para.tokens]
    ctx.questions.clear()  # each sentence read as it comes
    assert found == [qualifiers._yes_no_question(ctx, t) for t in para.tokens]


@pytest.mark.parametrize(("pronouns", "denied"), [(["it", "he", "she", "they"], True), ([], False)])
def test_qualifiers_denier_pronouns_are_data(nlp: Any, pronouns: list[str], denied: bool) -> None:
    """The pronouns that stand for the accused come from ``denier_pronouns`` of cues.json."""
    from kg.extract.qualifiers import _denied_by_accused
    from kg.lexicon import default_lexicon

    cues = {**default_lexicon().cues, "denier_pronouns": pronouns}
    doc = nlp("Rwanda is accused of backing the M23 rebels, but it denies the charge.")
    accused = next(t for t in doc if t.lower_ == "accused")
    assert _denied_by_accused(cues, accused) is denied
