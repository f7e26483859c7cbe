"""Name forms and resolution into one node per actor: spellings, acronyms, long forms,
given names after titles, patronymics; never two real actors merged."""

from __future__ import annotations

from typing import Any

import pytest

from kg.lexicon import default_lexicon
from kg.model import Mention
from kg.resolve.entities import SpanMention
from kg.resolve.names import initials, is_acronym, long_forms, name_words, tail_forms, variant_key
from kg.resolve.resolver import Resolver
from kg.vocab import EntityType

E = EntityType
IOM = "International Organization for Migration"
NIS = "Nigerian Immigration Service"
WEFAQ = "al-Wefaq National Islamic Society"


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Al-Wefaq", "al-Wefaq", True),  # a sentence-initial capital
        ("al-Wefaq", "Wefaq", True),  # the glued Arabic article dropped
        ("Abdel Fattah al-Sisi", "Abdel-Fattah el-Sisi", True),
        ("Ahmet Davutoğlu", "Ahmet Davutoglu", True),  # accents
        ("Peoples' Democratic Party", "People's Democratic Party", True),  # apostrophes
        (
            "International Organisation for Migration",
            "International Organization for Migration",
            True,
        ),
        ("Kim Jong-un", "Kim Jong Un", True),
        ("U.S.", "US", True),
        ("Raul Castro", "Fidel Castro", False),
        ("Labour Party", "Labor Party", False),  # two parties, not two spellings
        ("Alan Gore", "Gore", False),  # "Al" as a given name is no article
    ],
)
def test_names_variant_key_ignores_spelling_only(one: str, other: str, same: bool) -> None:
    """Two spellings of one name share a key; two names never do."""
    assert (variant_key(one) == variant_key(other)) is same


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Mohamed Fahmy", "Mohammed Fahmy", True),
        ("Ahmad Zorvani", "Ahmed Zorvani", True),
        ("Mahmoud Abbas", "Mohammed Abbas", False),  # two given names
        ("Mohamed Fahmy", "Mohamed Fahmi", False),  # surnames are not guessed at
    ],
)
def test_names_variant_key_with_given_name_spellings(one: str, other: str, same: bool) -> None:
    """Transliterations of a given name (names.json) share a key; other names do not."""
    spellings = name_words("en").spellings
    assert (variant_key(one, spellings) == variant_key(other, spellings)) is same


@pytest.mark.parametrize(
    ("acronyms", "names", "expected"),
    [
        (["IOM"], [IOM], {"IOM": IOM}),
        (["MOFA"], ["Ministry of Foreign Affairs"], {"MOFA": "Ministry of Foreign Affairs"}),
        (["WFP"], ["World Food Programme", "Wider Forest Plan"], {}),  # two could: neither
        (["NIS"], [NIS, "Ghana"], {"NIS": NIS}),
        (["UN"], ["Union"], {}),  # one word spells no acronym
    ],
)  # fmt: skip
def test_names_long_forms_need_one_name_with_those_initials(
    acronyms: list[str], names: list[str], expected: dict[str, str]
) -> None:
    """An acronym stands for the one name of the article whose initials spell it."""
    assert long_forms(acronyms, names) == expected


def test_names_initials_and_acronym_shape() -> None:
    """Initials of capitalised words and of all words; acronyms are 2-7 capitals."""
    assert initials("the African Union Commission") == ("AUC",)
    assert [is_acronym(t) for t in ("AUC", "U.N.", "Auc", "X", "ABCDEFGH")] == [
        True,
        True,
        False,
        False,
        False,
    ]


@pytest.mark.parametrize(
    ("names", "heads", "expected"),
    [
        (["Ennahda", "Ennahda Movement"], None, {"Ennahda Movement": "Ennahda"}),
        (["Podemos party", "Podemos"], None, {"Podemos party": "Podemos"}),
        (["al-Wefaq", WEFAQ], None, {WEFAQ: "al-Wefaq"}),
        (["Jubilee", "Jubilee Council"], None, {}),  # a council is a body of its own
        # a place's name that starts an organisation's is no short name of it
        (["Kurdistan", "Kurdistan Workers' Party"], [], {}),
    ],
)  # fmt: skip
def test_names_tail_forms_drop_a_kind_noun(
    names: list[str], heads: list[str] | None, expected: dict[str, str]
) -> None:
    """A name followed by capitalised words and a kind noun is the shorter name."""
    assert tail_forms(names, name_words("en").kind_nouns, heads) == expected


@pytest.mark.parametrize(
    ("title", "given"),
    [("King", True), ("Crown Prince", True), ("Sheikh", True), ("Emir", True),
     ("President", False), ("Chief Executive", False), (None, False)],
)  # fmt: skip
def test_names_given_name_titles(title: str | None, given: bool) -> None:
    """Royal and religious titles come before a given name, offices before a surname."""
    assert name_words("en").given_name_title(title) is given


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Mohammed bin Nayef", None),  # his father's name
        ("Qaboos bin Said", None),
        ("Bukola Saraki", "Saraki"),
        ("Zine El Abidine Ben Ali", "Ali"),  # "Ben" capitalised: part of the surname's phrase
    ],
)
def test_names_surname_of_skips_patronymics(name: str, surname: str | None) -> None:
    """The last word after "bin"/"ibn" is the father's name, not a surname."""
    assert name_words("en").surname_of(name.split()) == surname


# -- the resolver, without spaCy ---------------------------------------------------------


def _add(resolver: Resolver, label: str, ner: str, article: str, **kw: Any) -> str:
    mention = SpanMention(0, len(label.split()), label, ner, **kw)
    return resolver.add(label, mention, Mention(article, 0, len(label), label, label))


def test_names_resolver_merges_spellings_across_articles() -> None:
    """Spellings of one organisation's name in several articles are one node, shown in the
    spelling written most; a lower-case word ("congress") is never a spelling of a name."""
    resolver = Resolver(default_lexicon())
    _add(resolver, "al-Wefaq", "ORG", "a")
    _add(resolver, "al-Wefaq", "ORG", "b")
    _add(resolver, "Al-Wefaq", "ORG", "c")
    _add(resolver, "Wefaq", "ORG", "c")
    _add(resolver, "Zorvath Congress", "ORG", "a")
    _add(resolver, "zorvath congress", "ORG", "b")
    merged = resolver.merged()
    assert merged == {"Al-Wefaq": "al-Wefaq", "Wefaq": "al-Wefaq"}
    _, ids, _ = resolver.entities()
    assert ids["Wefaq"] == ids["al-Wefaq"] == ids["Al-Wefaq"] != ids["Zorvath Congress"]


def test_names_resolver_keeps_two_namesakes_of_two_countries_apart() -> None:
    """Two parties spelt alike are two nodes when each article wrote another acronym for
    it, or when their articles are about two countries."""
    resolver = Resolver(default_lexicon())
    _add(resolver, "Peoples' Democratic Party", "ORG", "tr")
    _add(resolver, "HDP", "ORG", "tr", canonical=None)
    resolver.clusters["Peoples' Democratic Party"].names["HDP"] += 1
    _add(resolver, "Peoples Democratic Party", "ORG", "ng")
    resolver.clusters["Peoples Democratic Party"].names["PDP"] += 1
    assert "Peoples Democratic Party" not in resolver.merged()
    other = Resolver(default_lexicon())
    other.set_country("x", "TR")
    other.set_country("y", "NG")
    _add(other, "Orvanek Party", "ORG", "x")
    _add(other, "Orvanek party", "ORG", "y")
    assert other.merged() == {}


def test_names_resolver_acronym_joins_its_name_only_on_a_shared_subject() -> None:
    """A bare acronym joins the name another article wrote it for when the two articles
    name some actor in common; in an unrelated article it stays its own."""
    resolver = Resolver(default_lexicon())
    full = "Zorvath Directorate of Security"
    _add(resolver, full, "ORG", "a")
    resolver.clusters[full].names["ZDS"] += 1  # "ZDS" written in article a, resolved there
    _add(resolver, "Mira Orvanek", "PERSON", "a")
    _add(resolver, "ZDS", "ORG", "b")  # an article on the same subject
    _add(resolver, "Mira Orvanek", "PERSON", "b")
    _add(resolver, "ZDS", "ORG", "c")  # recorded again from an unrelated article only
    assert resolver.merged() == {"ZDS": full}
    lone = Resolver(default_lexicon())
    _add(lone, full, "ORG", "a")
    lone.clusters[full].names["ZDS"] += 1
    _add(lone, "ZDS", "ORG", "c")
    assert lone.merged() == {}


def test_names_resolver_given_name_after_title_is_no_surname() -> None:
    """ "King Salman" never resolves to a person whose surname or father's name is
    Salman; "King Abdullah" never to Abdullah Abdullah."""
    resolver = Resolver(default_lexicon())
    names = resolver.article_names(
        [
            SpanMention(0, 3, "Khalid bin Salman", "PERSON"),
            SpanMention(0, 2, "Abdullah Abdullah", "PERSON"),
            SpanMention(0, 3, "Zorvan bin Tellik", "PERSON", title="Emir"),
        ]
    )
    assert "Salman" not in names
    titled = [
        (SpanMention(0, 1, "Salman", "PERSON", title="King"), "Salman"),
        (SpanMention(0, 1, "Abdullah", "PERSON", title="King"), "Abdullah"),
        (SpanMention(0, 1, "Zorvan", "PERSON", title="Emir"), "Zorvan bin Tellik"),
        (SpanMention(0, 1, "Abdullah", "PERSON"), "Abdullah Abdullah"),
    ]
    assert [resolver.canonical(m, names) for m, _ in titled] == [want for _, want in titled]
    _add(resolver, "Abdullah Abdullah", "PERSON", "a")
    _add(resolver, "Abdullah", "PERSON", "b", title="King")
    assert "Abdullah" not in resolver.merged()  # no corpus surname merge either


def test_names_resolver_title_picks_one_of_two_namesakes() -> None:
    """ "President Orvanek" is the one Orvanek the article named as president; a bare
    "Orvanek" with two Orvaneks named stays unresolved."""
    resolver = Resolver(default_lexicon())
    names = resolver.article_names(
        [
            SpanMention(0, 2, "Mira Orvanek", "PERSON", title="President"),
            SpanMention(0, 2, "Jon Orvanek", "PERSON"),
        ]
    )
    titled = SpanMention(0, 1, "Orvanek", "PERSON", title="President")
    assert resolver.canonical(titled, names) == "Mira Orvanek"
    assert resolver.canonical(SpanMention(0, 1, "Orvanek", "PERSON"), names) == "Orvanek"
    minister = SpanMention(0, 1, "Orvanek", "PERSON", title="Minister")
    assert resolver.canonical(minister, names) == "Orvanek"


# -- with the real model ------------------------------------------------------------------


def _nodes(graph: Any) -> dict[str, set[str]]:
    """Label -> the names written for it."""
    return {
        e.label: {m.text for m in graph.mentions.get(e.id, []) if m.kind == "name"}
        for e in graph.entities.values()
    }


ONE_NODE = [
    (
        "Human Rights Watch condemned the verdict. Human said nothing. The Kyiv Independent "
        "reported the trial. The Independent said the reporter was held.",
        ("Kyiv Independent", "Independent"),
    ),
    (
        "Amnesty International condemned the verdict on Monday. Amnesty said the trial was unfair.",
        ("Amnesty International", "Amnesty"),
    ),
    (
        "The International Organization for Migration said 800 migrants had drowned. "
        "IOM spokesman Joel Millman said the toll could rise.",
        ("International Organization for Migration", "IOM"),
    ),
    (
        "The World Food Programme said food was short. WFP trucks reached Juba on Monday.",
        ("World Food Programme", "WFP"),
    ),
    (
        "Bahrain's main opposition group al-Wefaq condemned the arrest. Al-Wefaq said the "
        "government had failed. The al-Wefaq Islamic Society called for protests.",
        ("al-Wefaq", "Al-Wefaq", "al-Wefaq Islamic Society"),
    ),
    (
        "Turkey's ruling AK party lost its majority. The AKP blamed the opposition.",
        ("AK party", "AKP"),
    ),
    (
        "Tunisia's Ennahda Movement won seats. Ennahda said it would join the government.",
        ("Ennahda Movement", "Ennahda"),
    ),
    (
        "Qatar's Emir Sheikh Tamim bin Hamad Al Thani met Sheikh Hamad bin Jassim in Doha. "
        "Sheikh Tamim later flew to Paris.",
        ("Sheikh Tamim bin Hamad Al Thani", "Tamim"),
    ),
]


@pytest.mark.parametrize(("text", "written"), ONE_NODE)
def test_names_one_node_per_actor(extract: Any, text: str, written: tuple[str, ...]) -> None:
    """Acronyms, long forms, spellings and titled given names of one actor are one node."""
    nodes = _nodes(extract(text, published="2015-06-01"))
    holders = {label for label, names in nodes.items() for w in written if w in names}
    assert len(holders) == 1, nodes


NEVER_MERGED = [
    (
        "Students of Dhaka University protested. Police in Dhaka arrested them.",
        "Dhaka",
        "Dhaka University",
    ),
    (
        "King Abdullah of Jordan met Afghan Chief Executive Abdullah Abdullah in Amman. "
        "King Abdullah praised the Afghan delegation.",
        "King Abdullah",
        "Abdullah Abdullah",
    ),
    (
        "Crown Prince Mohammed bin Nayef met Prince Mohammed bin Salman in Riyadh. "
        "King Salman later received them.",
        "King Salman",
        "Mohammed bin Salman",
    ),
    (
        "Nigeria's Peoples Democratic Party (PDP) conceded defeat in Abuja.\n\n"
        "In Ankara, the Peoples' Democratic Party (HDP) celebrated its result.",
        "Peoples Democratic Party",
        "Peoples' Democratic Party",
    ),
]


@pytest.mark.parametrize(("text", "one", "other"), NEVER_MERGED)
def test_names_two_actors_stay_two_nodes(extract: Any, text: str, one: str, other: str) -> None:
    """Two people who share a name part, or two namesake parties (of two articles), are
    never one node."""
    nodes = _nodes(extract(*text.split("\n\n"), published="2015-06-01"))

    def holders(name: str, whole: bool) -> set[str]:
        return {
            label
            for label, names in nodes.items()
            if any(n == name or (not whole and n.endswith(name)) for n in names)
        }

    first = holders(one, True) or holders(one.split()[-1], True)  # "King X" or its "X"
    second = holders(other, False)  # "Prince Mohammed bin Salman" written whole
    assert first, nodes
    assert second, nodes
    assert not first & second, nodes


def test_names_resolver_given_name_of_the_article_blocks_the_corpus_surname() -> None:
    """A bare "Mira" in an article naming "Mira Tellik" is not the corpus's one person
    surnamed Mira (in the article's rules nor in the end's merge): it is Mira Tellik."""
    resolver = Resolver(default_lexicon())
    _add(resolver, "Jon Mira", "PERSON", "a")  # the corpus's one person surnamed Mira
    names = resolver.article_names([SpanMention(0, 2, "Mira Tellik", "PERSON")])
    assert resolver.canonical(SpanMention(0, 1, "Mira", "PERSON"), names) == "Mira Tellik"
    assert resolver.canonical(SpanMention(0, 1, "Mira", "PERSON"), {}) == "Jon Mira"
    _add(resolver, "Mira Tellik", "PERSON", "b")
    _add(resolver, "Mira", "PERSON", "b")
    _add(resolver, "Mira", "PERSON", "c")
    assert "Mira" not in resolver.merged()


def test_names_resolver_acronym_votes_for_its_organisation() -> None:
    """An acronym resolved to a long name votes Organization, whatever the model said."""
    resolver = Resolver(default_lexicon())
    label = "Zorvath Premier League"
    _add(resolver, label, "ORG", "a")
    for _ in range(3):
        mention = SpanMention(0, 1, "ZPL", "PERSON")
        resolver.add(label, mention, Mention("a", 0, 3, "ZPL", label))
    assert resolver.type_of(label) is E.ORGANIZATION


def test_names_resolver_an_actor_of_every_article_is_no_shared_subject() -> None:
    """The publisher named in every article does not make two articles' acronyms one."""
    resolver = Resolver(default_lexicon())
    full = "Zorvath Directorate of Security"
    for k in range(80):  # the publisher, in every article
        _add(resolver, "Orvania Broadcasting", "ORG", f"x{k}")
    _add(resolver, full, "ORG", "x0")
    resolver.clusters[full].names["ZDS"] += 1
    _add(resolver, "ZDS", "ORG", "x1")
    assert resolver.merged() == {}
    _add(resolver, "Mira Orvanek", "PERSON", "x0")
    _add(resolver, "Mira Orvanek", "PERSON", "x1")
    assert resolver.merged() == {"ZDS": full}


def test_names_resolver_article_person_beats_a_gazetteer_given_name() -> None:
    """A bare given name of one of the article's people is not the gazetteer person whose
    one-word alias it is ("Qaboos" beside "Qaboos Tellik")."""
    resolver = Resolver(default_lexicon())
    names = resolver.article_names([SpanMention(0, 2, "Qaboos Tellik", "PERSON")])
    assert resolver.canonical(SpanMention(0, 1, "Qaboos", "PERSON"), names) == "Qaboos"
    assert resolver.canonical(SpanMention(0, 1, "Qaboos", "PERSON"), {}) == "Qaboos bin Said"


def test_names_resolver_one_word_of_a_longer_organisation_name() -> None:
    """One word tagged an organisation that starts or ends one longer organisation name is
    it; not in a score, not after "of", not an acronym, not a word the article uses as a
    place."""
    words = ["Amnesty", "Post", "Orvania", "Zorvath", "Tellik", "UNESCO", "Korvan"]
    longer = [
        "Amnesty International",
        "Washington Post",
        "Orvania 2-1 Tellik",
        "Revolutionary Government of Zorvath",
        "UNESCO World Heritage Site",
        "Korvan University",
    ]
    mentions = [SpanMention(0, 1, w, "ORG") for w in words]
    mentions += [SpanMention(0, len(n.split()), n, "ORG") for n in longer]
    mentions.append(SpanMention(0, 1, "Korvan", "GPE"))  # "in Korvan": a place
    names = Resolver(default_lexicon()).article_names(mentions)
    assert {w: names[w] for w in words if w in names} == {
        "Amnesty": "Amnesty International",
        "Post": "Washington Post",
    }


def test_names_surname_tagged_org_casts_no_vote_on_the_full_name() -> None:
    """A one-word mention tagged ORG read as the surname of a full name ("Kerblund" for
    "Anders Kerblund") leaves the type to the full name's own mentions."""
    resolver = Resolver(default_lexicon())
    _add(resolver, "Anders Kerblund", "PERSON", "a")
    for _ in range(6):
        resolver.add(
            "Anders Kerblund",
            SpanMention(0, 1, "Kerblund", "ORG"),
            Mention("a", 0, 8, "Kerblund", "Kerblund"),
        )
    assert resolver.type_of("Anders Kerblund") is EntityType.PERSON
    # the full name itself tagged ORG still votes so
    other = Resolver(default_lexicon())
    _add(other, "Orvanek Holdings", "ORG", "a")
    assert other.type_of("Orvanek Holdings") is EntityType.ORGANIZATION
