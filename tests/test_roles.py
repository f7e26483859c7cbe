"""Role patterns of real news with the real model: past and outgoing titles, titles with "for"
and adverbs, and labels the corpus writes; actors other than the seed's."""

from __future__ import annotations

from typing import Any

import pytest

from kg.lexicon import GazetteerEntry
from kg.resolve.resolver import _written_label
from kg.vocab import EntityType
from tests.conftest import triples

ROLES = [
    # sentence, published, expected triple
    (
        "A Paris court questioned former President Nicolas Sarkozy on Tuesday.",
        "2015-05-10",
        ("Nicolas Sarkozy", "leader_of", "France"),
    ),
    (
        "Ex-President Hosni Mubarak was moved to a military hospital.",
        "2015-05-10",
        ("Hosni Mubarak", "leader_of", "Egypt"),
    ),
    (
        "Outgoing Prime Minister David Cameron left Downing Street.",
        "2016-07-13",
        ("David Cameron", "leader_of", "United Kingdom"),
    ),
    (
        "Egypt's internationally recognised President Abdel Fattah el-Sisi flew to Rome.",
        "2015-05-10",
        ("Abdel Fattah el-Sisi", "leader_of", "Egypt"),
    ),
    (
        "British Minister of State for Middle East Affairs Tobias Ellwood met them.",
        "2015-05-10",
        ("Tobias Ellwood", "member_of", "United Kingdom"),
    ),
    (
        "US Under Secretary of State for Political Affairs Wendy Sherman flew to Vienna.",
        "2015-05-10",
        ("Wendy Sherman", "member_of", "United States"),
    ),
    (
        "US secretary of State Hillary Clinton flew to Cairo last week.",
        "2011-05-10",
        ("Hillary Clinton", "member_of", "United States"),
    ),
    (
        "Ghana's head of state John Mahama opened the conference.",
        "2015-05-10",
        ("John Mahama", "leader_of", "Ghana"),
    ),
    (
        "Leaders, including Germany's Angela Merkel, will attend the summit.",
        "2015-05-10",
        ("Angela Merkel", "leader_of", "Germany"),
    ),
    (
        "Kenya's Uhuru Kenyatta opened the conference in Nairobi.",
        "2015-05-10",
        ("Uhuru Kenyatta", "leader_of", "Kenya"),
    ),
    (
        "British ambassador to Yemen Edmund Fitton-Brown left Sanaa.",
        "2015-05-10",
        ("Edmund Fitton-Brown", "envoy_of", "United Kingdom"),
    ),
    (
        "Erdogan's ruling AK Party lost its majority.",
        "2015-06-10",
        ("Recep Tayyip Erdogan", "leader_of", "AK Party"),  # a person's party (role34)
    ),
    (
        "John Mahama spoke. Mahama's National Democratic Congress won the vote in Ghana.",
        "2015-05-10",
        ("John Mahama", "leader_of", "National Democratic Congress"),
    ),
    (
        "Walid Jumblatt, who heads Lebanon's Progressive Socialist Party, criticised the plan.",
        "2015-05-10",
        ("Walid Jumblatt", "leader_of", "Progressive Socialist Party"),
    ),
    (
        "The Houthis seized Taez. A rebel commander, Ali al-Emad, said they would advance.",
        "2015-05-10",
        ("Ali al-Emad", "member_of", "Houthis"),
    ),
    (
        "A senior Iraqi lawmaker, Adnan al-Asadi, spoke. Asadi, who chairs the Iraqi "
        "parliamentary security committee, blamed Washington.",
        "2015-05-10",
        ("Adnan al-Asadi", "leader_of", "Iraqi parliamentary security committee"),
    ),
    (
        "Police questioned Kenyan athletics federation president Jackson Tuwei on Monday.",
        "2015-05-10",
        ("Jackson Tuwei", "leader_of", "Kenyan athletics federation"),
    ),
    (
        "Officials suspended Ghana FA chief Kwesi Nyantakyi on Monday.",
        "2015-05-10",
        ("Kwesi Nyantakyi", "leader_of", "Ghana FA"),
    ),
    (
        "Arrests rose after Evo Morales came to power in Bolivia. Bolivia's army stayed loyal, "
        "and Bolivia's economy grew.",
        "2015-05-10",
        ("Evo Morales", "leader_of", "Bolivia"),
    ),
    (
        "Dozens were jailed since Hosni Mubarak took power in 1981.",
        "2015-05-10",
        ("Hosni Mubarak", "leader_of", "Egypt"),
    ),
    (
        "Thousands marched with anti-base Okinawa governor Takeshi Onaga.",
        "2015-05-10",
        ("Takeshi Onaga", "leader_of", "Okinawa"),
    ),
]


@pytest.mark.parametrize(("sentence", "published", "triple"), ROLES)
def test_roles_title_patterns(
    extract: Any, sentence: str, published: str, triple: tuple[str, str, str]
) -> None:
    """A title before a name gives the role: past titles through the dated roles that ended
    before the article, titles with "for ..." and with adverbs after the possessive."""
    assert triple in triples(extract(sentence, published=published))


def test_roles_lower_case_of_outside_a_title_is_no_title(extract: Any) -> None:
    """ "the leadership of President X": an "of" whose phrase is no title of the table does
    not make the noun before it a title word."""
    graph = extract("Critics attacked the leadership of President Sepp Blatter.")
    titles = {r.qualifiers.title for r in graph.relations()}
    assert not any(t and "leadership" in t for t in titles), titles


def test_roles_former_title_is_not_the_current_office(extract: Any) -> None:
    """ "former President X" never takes an office X holds on the published date."""
    graph = extract("Former President Nicolas Sarkozy met voters.", published="2010-05-10")
    assert ("Nicolas Sarkozy", "leader_of", "France") not in triples(graph)


def test_roles_label_is_one_the_corpus_writes(extract: Any) -> None:
    """A gazetteer entity is shown under an alias the corpus writes when it never writes the
    canonical label ("Macedonia" in a 2015 article, not "North Macedonia")."""
    graph = extract("Police clashed with gunmen in Macedonia on Saturday.", published="2015-05-10")
    labels = {e.label for e in graph.entities.values() if e.type is EntityType.COUNTRY}
    assert "Macedonia" in labels, labels


@pytest.mark.parametrize(
    ("label", "aliases", "names", "shown"),
    [
        ("North Macedonia", ("Macedonia",), {"Macedonia": 2}, "Macedonia"),
        ("United States", ("US", "America"), {"US": 5}, "United States"),
        ("Kim Jong Un", ("Kim Jong-un", "Kim"), {"Kim Jong-un": 1, "Kim": 4}, "Kim Jong-un"),
        ("Vladimir Putin", ("Putin",), {"Putin": 9, "Vladimir Putin": 1}, "Vladimir Putin"),
        ("Islamic State", ("ISIL", "Daesh"), {"ISIL": 5, "Daesh": 2}, "Islamic State"),
        ("Nusra Front", ("al-Nusra Front",), {"al-Nusra Front": 2}, "al-Nusra Front"),
        ("Viktor Orbán", ("Orban",), {"President Viktor Orban": 1}, "Viktor Orbán"),
    ],
)
def test_roles_written_label_choice(
    label: str, aliases: tuple[str, ...], names: dict[str, int], shown: str
) -> None:
    """The written alias replaces a label only when the label is never written, and never
    with an acronym or a bare surname."""
    from collections import Counter

    etype = EntityType.PERSON if " " in label and label[0] in "KV" else EntityType.COUNTRY
    entry = GazetteerEntry(label, etype, aliases=aliases)
    assert _written_label(label, entry, Counter(names)) == shown


def test_roles_possessive_without_role_on_the_date_is_no_claim(extract: Any) -> None:
    """ "France's Nicolas Sarkozy" in 2015 (out of office) is no leader_of France."""
    graph = extract("France's Nicolas Sarkozy met voters in Lyon.", published="2015-05-10")
    assert not any(p == "leader_of" for _, p, _ in triples(graph))


MAIN_COUNTRY = (
    "Chad executes defence chief\n\n"
    "Chad executed Public Security Minister Ali Mahamat Abdelkerim, Chad's radio said on "
    "Monday. Chad denied any purge."
)


def test_roles_minister_without_owner_is_member_of_the_main_country(extract: Any) -> None:
    """A minister named with no country, in an article about one country, is a member of it."""
    graph = extract(MAIN_COUNTRY, published="2015-05-10")
    assert any(p == "member_of" and o == "Chad" for _, p, o in triples(graph)), triples(graph)


def test_roles_acronym_after_name_is_the_same_entity(extract: Any) -> None:
    """ "National Democratic Congress (NDC)" and a later "the NDC" are one node."""
    graph = extract(
        "The National Democratic Congress (NDC) won in Ghana. The NDC thanked voters.",
        published="2015-05-10",
    )
    orgs = {e.label for e in graph.entities.values() if e.type is EntityType.ORGANIZATION}
    assert "NDC" not in orgs, orgs


def test_roles_user_file_may_hold_dated_roles(tmp_path: Any) -> None:
    """A --gazetteer file may mix entries and roles.jsonl lines; its dated roles count."""
    from kg.lexicon import build_lexicon
    from kg.vocab import Predicate

    path = tmp_path / "mine.jsonl"
    path.write_text(
        '{"label": "Chad Post", "type": "Organization", "country": "TD"}\n'
        '{"person": "Idriss Deby", "aliases": ["Deby"], "country": "TD", "predicate": '
        '"leader_of", "object": "Chad", "title": "President", "from": "1990-12-02", '
        '"to": "2021-04-20"}\n',
        "utf-8",
    )
    lexicon = build_lexicon(path)
    assert lexicon.lookup("Chad Post") is not None
    assert lexicon.actors.holders(Predicate.LEADER_OF, "Chad", "president", "2015-05-10") == [
        "Idriss Deby"
    ]
    assert lexicon.actors.holders(Predicate.LEADER_OF, "Chad", "president", "2022-01-01") == []


def test_roles_future_power_is_no_role(extract: Any) -> None:
    """ "X will assume power" is no leader_of yet."""
    graph = extract(
        "Muhammadu Buhari will assume power in Nigeria on Friday.", published="2015-05-27"
    )
    assert not any(p == "leader_of" for _, p, _ in triples(graph))


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Kampala, the Ugandan capital, was calm on Monday.", ("Kampala", "Uganda")),
        ("Protesters gathered in Kigali, the Rwandan capital, on Monday.", ("Kigali", "Rwanda")),
    ],
)
def test_roles_capital_apposition_is_located_in_the_country(
    extract: Any, sentence: str, pair: tuple[str, str]
) -> None:
    """ "Kampala, the Ugandan capital" is located_in Uganda, never in "Ugandan"."""
    located = {(s, o) for s, p, o in triples(extract(sentence)) if p == "located_in"}
    assert located == {pair}


@pytest.mark.parametrize(
    "sentence",
    [
        "Science writer Maria Lopez, a marine biologist, heads to Mercy Hospital in Boston.",
        "Reporter Tom Okafor, a former teacher, heads to Lagos University to meet students.",
    ],
)
def test_roles_verb_read_as_plural_title_is_no_role(extract: Any, sentence: str) -> None:
    """ "X, a biologist, heads to Y": a verb the parser read as a plural title is no role."""
    assert not any(p == "leader_of" for _, p, _ in triples(extract(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Defence secretary Liam Fox called for a halt.",
        "Interior secretary Amina Yusuf said the border would close.",
    ],
)
def test_roles_portfolio_before_secretary_is_no_organisation(extract: Any, sentence: str) -> None:
    """ "Defence secretary X": the portfolio word is no organisation X belongs to."""
    objects = {o for _, p, o in triples(extract(sentence)) if p in ("member_of", "leader_of")}
    assert not objects & {"Defence", "Interior"}, objects


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ('"Regarding President Kenyatta\'s speech, we disagree," he said.', "President"),
        ("Following Prime Minister Narendra Modi's visit, talks resumed.", "Prime Minister"),
    ],
)
def test_roles_sentence_opening_verb_is_no_part_of_the_title(
    extract: Any, sentence: str, title: str
) -> None:
    """ "Regarding President X": the capitalised verb opening the sentence is not the title."""
    graph = extract(sentence, published="2015-05-20")
    titles = {r.qualifiers.title for r in graph.claims if r.predicate.value == "leader_of"}
    assert titles == {title}, titles


@pytest.mark.parametrize(
    ("sentence", "person", "org"),
    [
        (
            "Farhan Haq, UN Secretary General Spokesperson, said aid had arrived.",
            "Farhan Haq",
            "United Nations",
        ),
    ],
)
def test_roles_title_read_as_a_name_is_no_person(
    extract: Any, sentence: str, person: str, org: str
) -> None:
    """A title the model tagged as a name ("Spokesperson") is no person of its own."""
    graph = extract(sentence)
    labels = {e.label for e in graph.entities.values()}
    assert "Spokesperson" not in labels, sorted(labels)
    assert (person, "spokesperson_for", org) in triples(graph)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenyan economist James Shikwati said the plan would fail.",
        "Ahmed Seif, an Egyptian lawyer, said the trial was unfair.",
        "Among those sentenced was Tunisian political scientist Amel Grami.",
    ],
)
def test_roles_nationality_before_a_profession_is_no_membership(
    extract: Any, sentence: str
) -> None:
    """ "Kenyan economist X", "X, an Egyptian lawyer": a nationality, no member_of the state."""
    assert not any(p in ("member_of", "leader_of") for _, p, _ in triples(extract(sentence)))


def test_roles_profession_at_an_organisation_stays_a_role(extract: Any) -> None:
    """ "a professor at Cairo University" is still member_of the university."""
    graph = extract("Amel Grami, a professor at Cairo University, said so.")
    assert ("Amel Grami", "member_of", "Cairo University") in triples(graph)


@pytest.mark.parametrize(
    ("sentence", "triple", "title"),
    [
        (
            "Members of President Kenyatta's own party are fighting him.",
            ("Uhuru Kenyatta", "leader_of", "Kenya"),
            "President",
        ),
        (
            "An informant said that ex-Sudanese president Omar al-Bashir aided the group.",
            ("Omar al-Bashir", "leader_of", "Sudan"),
            "ex-president",  # the prefix ends the role (prec12), the nationality is no title
        ),
    ],
)
def test_roles_words_before_the_title_that_are_no_title(
    extract: Any, sentence: str, triple: tuple[str, str, str], title: str
) -> None:
    """ "Members of President X", "ex-Sudanese president X": the office is X's, titled as such."""
    graph = extract(sentence, published="2015-05-20")
    found = {
        (graph.entities[r.subject].label, r.predicate.value, graph.entities[r.object].label): (
            r.qualifiers.title
        )
        for r in graph.claims
        if r.object is not None and r.predicate.value == "leader_of"
    }
    assert found == {triple: title}, found


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        (
            "Nabil Elaraby, secretary-general of the Arab League, said so.",
            ("Nabil Elaraby", "leader_of", "Arab League"),
        ),
        (
            "Yukiya Amano, director-general of the IAEA, said so.",
            ("Yukiya Amano", "leader_of", "IAEA"),
        ),
    ],
)
def test_roles_hyphened_title_after_a_name_is_the_whole_title(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """ "X, secretary-general of Y": X leads Y (not a "secretary", a member)."""
    roles = {t for t in triples(extract(sentence)) if t[1] in ("leader_of", "member_of")}
    assert roles == {triple}, roles


def test_roles_gazetteer_office_must_match_the_title(extract: Any) -> None:
    """ "Former Defence Minister X" of a past prime minister is no leader_of (the title says
    minister, the gazetteer's office says prime minister)."""
    graph = extract("Former Defence Minister Ehud Barak said so.", published="2015-05-20")
    assert not any(p == "leader_of" for _, p, _ in triples(graph))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Sudanese army spokesman Al-Sawarmi Khalid Saad said so. The Sudanese army said "
            "rebels attacked Kadugli.",
            ("Al-Sawarmi Khalid Saad", "spokesperson_for", "Sudanese army"),
        ),
        (
            "Kenyan police spokesman Charles Owino said so. Kenyan police said two men were "
            "arrested in Mombasa.",
            ("Charles Owino", "spokesperson_for", "Kenyan police"),
        ),
    ],
)
def test_roles_sector_spokesman_speaks_for_the_named_collective(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """ "Sudanese army spokesman X" speaks for the Sudanese army the article names."""
    assert triple in triples(extract(text, published="2015-05-20"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Moroccan King Mohammed VI met the envoy in Rabat.",
        "Morocco's King Mohammed VI met the envoy on Monday.",
    ],
)
def test_roles_title_inside_a_gazetteer_name(extract: Any, sentence: str) -> None:
    """ "Moroccan King Mohammed VI": the gazetteer's name holds the title; he leads Morocco."""
    graph = extract(sentence, published="2015-05-20")
    assert ("Mohammed VI", "leader_of", "Morocco") in triples(graph)


PAST_TITLES = [
    # (sentence, holder, title): a word that ends the role stays in the title when the
    # owner stands between it and the title
    ("Former Iranian President Mohammad Khatami urged calm.", "Mohammad Khatami",
     "Former President"),
    ("A witness said that ex-Tunisian president Zine El Abidine Ben Ali armed the militia.",
     "Zine El Abidine Ben Ali", "ex-President"),
    ("Nawaz Sharif met former US President Bill Clinton in Lahore.", "Bill Clinton",
     "former President"),
    # ... and a title with no such word is the current one
    ("Nawaz Sharif met US President Barack Obama in Washington.", "Barack Obama",
     "President"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "holder", "title"), PAST_TITLES)
def test_roles_past_word_before_the_owner(
    extract: Any, sentence: str, holder: str, title: str
) -> None:
    """ "former Afghan President X": the title is "former President", not "President"."""
    graph = extract(sentence, published="2015-05-20")
    titles = {
        r.qualifiers.title
        for r in graph.claims
        if r.predicate.value == "leader_of" and graph.entities[r.subject].label == holder
    }
    assert {t.lower() for t in titles if t} == {title.lower()}, titles


@pytest.mark.parametrize(
    ("sentence", "published", "triple"),
    [
        (
            "Defense Secretary Chuck Hagel arrived in Kabul on Saturday.",
            "2014-05-10",
            ("Chuck Hagel", "member_of", "United States"),
        ),
        (
            "Defence secretary Leon Panetta told reporters the talks would resume.",
            "2012-03-10",
            ("Leon Panetta", "member_of", "United States"),
        ),
        (
            "The plan was drawn up by Defence Secretary Robert Gates last year.",
            "2009-06-10",
            ("Robert Gates", "member_of", "United States"),
        ),
    ],
)
def test_roles_title_in_another_word_order_is_the_gazetteer_office(
    extract: Any, sentence: str, published: str, triple: tuple[str, str, str]
) -> None:
    """ "Defence Secretary X" with no owner is the gazetteer's "Secretary of Defense" X
    held on the published date: a title's head word is the word before "of"."""
    assert triple in triples(extract(sentence, published=published))


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # the office ended before the article: the bare title names no current office
        ("Defense Secretary Chuck Hagel arrived in Kabul on Saturday.", "2016-05-10"),
        # another office's head word ("minister") is not the gazetteer's "secretary"
        ("Defence Minister Robert Gates arrived in Kabul on Saturday.", "2030-06-10"),
    ],
)
def test_roles_title_head_other_than_the_gazetteer_office_is_no_claim(
    extract: Any, sentence: str, published: str
) -> None:
    """A bare title whose head or dates do not fit the gazetteer's role makes no claim
    of that role's country."""
    found = {(s, p, o) for s, p, o in triples(extract(sentence, published=published))}
    assert not {t for t in found if t[1] == "member_of" and t[2] == "United States"}, found
