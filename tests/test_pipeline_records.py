"""The map/reduce split: a worker's article record (resolver calls with answers, drafts) is
picklable and Doc-free, and the driver's reduce gives exactly the serial build's drafts and
resolver state, whether the record's answers hold or the rules must run again."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from kg.extract import Paragraph
from kg.ingest.articles import make_article
from kg.lexicon import default_lexicon
from kg.model import Article
from kg.nlp.distributed import pack, unpack
from kg.pipeline import parse_stream
from kg.pipeline_records import (
    DRIVER_ONLY,
    Journal,
    extract_article,
    fresh,
    map_article,
    reduce_article,
)
from kg.resolve.resolver import Resolver

FIRST = "Kassym-Jomart Tokayev met Marta Kowalczyk in Astana on Monday."
# a bare surname the first article made known: the worker, alone, cannot know it
LATER = "Tokayev criticized Poland. Kowalczyk said she would visit Kazakhstan."
# nothing in it depends on what another article said
ALONE = "Hungarian Prime Minister Viktor Orban met Austrian Chancellor Karl Nehammer in Vienna."


def _parsed(nlp: Any, *texts: str) -> list[tuple[Article, list[Paragraph]]]:
    articles = [make_article(t, f"a{i}", published="2024-03-04") for i, t in enumerate(texts)]
    return list(parse_stream(nlp, articles))


def _serial(resolver: Resolver, article: Article, paragraphs: list[Paragraph]) -> list[Any]:
    """The rules of one article run straight against the corpus resolver."""
    return extract_article(resolver.lexicon, Journal(resolver), article, fresh(paragraphs))


def _state(resolver: Resolver) -> Any:
    entities, ids, mentions = resolver.entities()
    return entities, ids, mentions


def _map_reduce(nlp: Any, *texts: str) -> tuple[bool, list[bool], set[str]]:
    """Each article mapped alone and reduced in order into one resolver, against a serial
    build of the same articles: whether drafts and entities equal the serial build's, which
    records held (no re-run), and the calls the last record asked."""
    lexicon = default_lexicon()
    parsed = _parsed(nlp, *texts)
    serial, reduced = Resolver(lexicon), Resolver(lexicon)
    expected = [_serial(serial, a, p) for a, p in parsed]
    assert expected[-1], "the later article yields claims"
    got, held, asked = [], [], set()
    for article, paragraphs in parsed:
        record = map_article(lexicon, article, fresh(paragraphs))
        done, conflict = reduce_article(
            reduced, lexicon, article, record, lambda p=paragraphs: fresh(p)
        )
        got.append(list(done.drafts))
        held.append(conflict is None)
        asked = {name for name, _, _ in record.ops}
    return got == expected and _state(reduced) == _state(serial), held, asked


@pytest.mark.parametrize(("later", "used"), [(LATER, False), (ALONE, True)])
def test_pipeline_records_reduce_equals_serial(nlp: Any, later: str, used: bool) -> None:
    """Reducing a record gives the serial drafts and entities; a corpus-dependent answer
    makes the driver re-run the article, an independent one does not."""
    same, held, _ = _map_reduce(nlp, FIRST, later)
    assert same
    assert held == [True, used]


def test_pipeline_records_record_is_small_and_doc_free(nlp: Any) -> None:
    """A record pickles without spaCy objects, round-trips, and packs smaller than its text."""
    ((article, paragraphs),) = _parsed(nlp, FIRST + " " + LATER)
    record = map_article(default_lexicon(), article, paragraphs)
    blob = pickle.dumps(record)
    assert b"spacy" not in blob
    assert unpack(pack(record)) == record
    assert record.drafts
    assert any(name == "add" for name, _, _ in record.ops)


def test_pipeline_records_journal_covers_resolver_api() -> None:
    """Every public Resolver method is answered by the journal, so no rule reads the corpus
    unrecorded (a method added to Resolver fails here until it is journalled)."""
    public = {
        n
        for n, v in vars(Resolver).items()
        if not n.startswith("_") and (callable(v) or isinstance(v, property))
    }
    assert public <= set(vars(Journal))
    assert {"seed", "entities", "merged"} == DRIVER_ONLY


def test_pipeline_records_replay_diverging_call_is_reported(nlp: Any) -> None:
    """Re-running an article with answers from a different record says where the calls
    left the record, and runs on with the resolver's answers: the article's own drafts."""
    lexicon = default_lexicon()
    (a, pa), (b, pb) = _parsed(nlp, FIRST, ALONE)
    other = map_article(lexicon, b, fresh(pb))
    journal = Journal(Resolver(lexicon), other.ops)
    drafts = extract_article(lexicon, journal, a, fresh(pa))
    assert journal.diverged is not None
    assert journal.diverged.startswith("replay diverged at call ")
    assert drafts == extract_article(lexicon, Journal(Resolver(lexicon)), a, fresh(pa))


def test_pipeline_records_journal_type_read_again_after_a_write() -> None:
    """Without a log the journal keeps a label's type between writes: a vote (a write)
    that changes the type is seen by the next read; no log means no ops kept."""
    from kg.model import Mention
    from kg.resolve.entities import SpanMention
    from kg.vocab import EntityType

    resolver = Resolver(default_lexicon())
    journal = Journal(resolver, log=False)
    label = journal.add(
        "Velmora Holt",
        SpanMention(0, 2, "Velmora Holt", "ORG"),
        Mention("a1", 0, 12, "Velmora Holt", "Velmora Holt"),
    )
    before = journal.type_of(label)
    assert before is resolver.type_of(label)
    journal.add_vote(label, EntityType.PERSON, 50)
    assert journal.type_of(label) is EntityType.PERSON is resolver.type_of(label)
    journal.add_vote(label, EntityType.CITY, 200)
    assert journal.type_of(label) is EntityType.CITY
    assert journal.ops == []


# rules that look over the article's own actors (loyal sides, a senator's rivals, a
# community's insurgency): a worker's journal answers them as the corpus resolver does
OWN_ACTORS = [
    "Pro-Ortega fighters and pro-Chamorro militias clashed in Leon on Monday. Troops loyal "
    "to Ortega shelled the town. The Nicaraguan government condemned the fighting.",
    "Chile faces a pension crisis.\n\nProtesters marched in Santiago, the Chilean capital, on "
    "Monday. Senator Ignacio Rojas criticised the reform on Tuesday. Chile has been calm.",
    "Peruvian officials say eight Maoist fighters have died in a gun battle with security "
    "forces in the country's south.\n\nPeru's long-running Maoist insurgency began in 1980.",
]


@pytest.mark.parametrize("text", OWN_ACTORS)
def test_pipeline_records_own_actor_rules_map_and_reduce_as_serial(nlp: Any, text: str) -> None:
    """A worker maps an article whose rules read the article's own clusters (once an
    AttributeError: the journal's clusters could not be iterated) and the driver's reduce
    gives the serial drafts and entities."""
    lexicon = default_lexicon()
    ((article, paragraphs),) = _parsed(nlp, text)
    serial, reduced = Resolver(lexicon), Resolver(lexicon)
    expected = _serial(serial, article, paragraphs)
    record = map_article(lexicon, article, fresh(paragraphs))
    done, _ = reduce_article(reduced, lexicon, article, record, lambda: fresh(paragraphs))
    assert list(done.drafts) == expected
    assert _state(reduced) == _state(serial)
    assert ("article_labels", (article.id,)) in [(name, args) for name, args, _ in record.ops]


# a later article whose rules ask how a name was written (the word a person is called by,
# whether a group was written in its members' form): the corpus has counted the forms
# otherwise, the answer the rule reads is the same, so the worker's record holds
COUNTED_FORMS = [
    (
        "Ana Duarte won the vote. Duarte thanked voters in Lisbon. Duarte, 52, said Duarte "
        "supporters had waited years. Ana Duarte will be sworn in on Friday.",
        "Supporters of Ana Duarte marched in Porto on Monday. Duarte spoke to them.",
    ),
    (
        "Houthi fighters shelled Aden on Monday. The Houthis said Houthi forces held the port."
        " Houthi leaders met in Sanaa.",
        "Pro-Houthi fighters attacked the airport in Taiz on Tuesday, the Houthis said.",
    ),
    # a body whose mention names its country ("A Kenyan court"): the corpus has also written
    # it "the court", a generic name, which the rule asks about only when the mention names
    # no country
    (
        "A Kenyan court freed two journalists on Monday. The court said police had no evidence.",
        "A Kenyan court jailed a former minister on Friday, his lawyer said.",
    ),
    (
        "An Egyptian court sentenced 11 men to death on Saturday. The court said the men had "
        "caused a riot in Port Said. Lawyers said the court would hear appeals.",
        "An Egyptian court upheld the death sentences of 11 men on Tuesday, lawyers said.",
    ),
]


@pytest.mark.parametrize(("first", "later"), COUNTED_FORMS)
def test_pipeline_records_written_forms_hold_when_counts_differ(
    nlp: Any, first: str, later: str
) -> None:
    """The corpus has counted a name's written forms more often than the later article
    alone; the rules ask the word a person is called by and whether a form was written
    (``Resolver.called``, ``Resolver.written_as``), not the counts, and a body's names only
    when its mention names no country, so the later record is not run again, and the reduce
    still gives the serial drafts and entities."""
    same, held, asked = _map_reduce(nlp, first, later)
    assert same
    assert held == [True, True]
    assert asked & {"called", "written_as", "cluster_attr"}, sorted(asked)


# a later article whose rules ask whether one of a body's names is of a kind (a branched
# body's, "the Green Party in Saxony"; a generic court's; a chamber's, asked of every body
# a story on one country names): the corpus has written the body under more names or more
# often, the answer is the same, so the worker's record holds (scale62)
NAMED_KINDS = [
    (
        "The Rift Valley Institute in Nairobi said 40 people had died on Monday.",
        "The Rift Valley Institute in Kisumu said on Friday that police had killed Peter Otieno.",
    ),
    (
        "The Green Party in Bavaria chose Anna Weber as its leader on Monday.",
        "The Green Party in Saxony accused Chancellor Olaf Scholz of lying on Tuesday.",
    ),
    (
        "The Hope Alliance in Mosul said 40 people had died on Monday.",
        "The Hope Alliance in Erbil accused Prime Minister Haider al-Abadi of lying on Tuesday.",
    ),
    (
        "A Tunisian court sentenced nine men to prison on Saturday. Tunisia's highest court "
        "said the men could appeal.",
        "The court in Tunis jailed blogger Yassine Ayari on Tuesday, his lawyer said. "
        "Tunisia's judiciary has jailed dozens.",
    ),
    (
        "Reuters reported the vote on Monday. Reuters said it was close.",
        "The Nigerian Senate rejected the bill on Sunday, Reuters reported. Senator Dino Melaye "
        "blocked the vote in Abuja. Nigeria has borrowed heavily since 2010, and Senator Dino "
        "Melaye criticised the Nigerian government.",
    ),
]


@pytest.mark.parametrize(("first", "later"), NAMED_KINDS)
def test_pipeline_records_name_kinds_hold_when_names_differ(
    nlp: Any, first: str, later: str
) -> None:
    """The rules ask whether one of a body's names is of a kind (``Resolver.any_name``), not
    the names with their counts, which the corpus has otherwise than the later article
    alone: the later record is not run again, and the reduce gives the serial drafts and
    entities."""
    same, held, _ = _map_reduce(nlp, first, later)
    assert same
    assert held == [True, True]


def test_pipeline_records_name_kind_test_pickles_by_name(nlp: Any) -> None:
    """A record that asked ``any_name`` carries its test as a module-level function: packed
    and unpacked (as a Dask worker sends it), the record's calls are equal, so the driver's
    replay of them does not diverge."""
    lexicon = default_lexicon()
    ((article, paragraphs),) = _parsed(nlp, NAMED_KINDS[3][1])
    record = map_article(lexicon, article, fresh(paragraphs))
    asked = [op for op in record.ops if op[0] == "any_name"]
    assert asked
    back = unpack(pack(record))
    assert back is not None
    assert [op for op in back.ops if op[0] == "any_name"] == asked
