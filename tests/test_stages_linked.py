"""Stages that need a link (``Stage.linked``): such a paragraph stage is not run for a paragraph
nothing is linked in, and that changes no output. Sentences of our own about actors that are
neither the seed's nor the benchmarks'."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

import kg.pipeline_records as records
from kg.api import build_result
from kg.extract import STAGES, ArticleContext, Draft, Paragraph, Stage, run_stages
from kg.language import reading
from kg.lexicon import default_lexicon
from kg.pipeline_records import Journal
from kg.resolve.resolver import Resolver
from tests.test_stages_cues import CUED

# a sentence for each linked stage without cue words (the cued ones' are in ``CUED``)
UNCUED = [
    ("employment", "Ines Duarte, an economist with the Central Bank of Chile, said growth slowed."),
    ("aid_programs", "Norway suspended a military aid program for Zambia."),
]
LINKED = sorted(s.name for s in STAGES if s.linked)
SENTENCES = {name: text for name, text in [*CUED, *UNCUED] if name in LINKED}

# articles with paragraphs nothing is linked in, among paragraphs with claims
ARTICLES = [
    "Kenya sanctioned Somalia on Monday.\n\n"
    "The attack killed 12 and wounded 30 more, the report said. Talks were suspended and aid "
    "was frozen.\n\n"
    "Prices rose by five percent in March after the strike.",
    "Chad accused Niger of backing the rebels.\n\n"
    "Dozens were killed in the attack. The fighting went on for hours and the shelling did not "
    "stop.\n\n"
    "They refused to negotiate.",
]


def test_stages_linked_are_paragraph_stages_that_write_claims_only() -> None:
    """A linked stage is a paragraph stage that writes claims and nothing else, and every one
    has a sentence below."""
    for stage in STAGES:
        if stage.linked:
            assert stage.scope == "paragraph", stage.name
            assert stage.writes == ("drafts",), stage.name
    assert sorted(SENTENCES) == LINKED


@pytest.mark.parametrize("name", LINKED)
def test_stages_linked_find_nothing_in_a_paragraph_without_links(nlp: Any, name: str) -> None:
    """A linked stage run on its own sentence with the links taken away finds nothing and
    asks the resolver to write nothing; with the links of a build it finds a claim."""
    text = SENTENCES[name]
    stage = next(s for s in STAGES if s.name == name)
    lexicon = default_lexicon()
    journal = Journal(Resolver(lexicon, spans=False))
    ctx = ArticleContext(lexicon, journal, "a1", "2025-08-08")
    with reading(lexicon.language):
        found = list(stage.run(ctx, Paragraph(nlp(text), 0)) or [])
    assert found == []
    assert [op for op, _, _ in journal.ops if op in records.WRITES] == []
    # the sentence does make the stage fire once its names are linked (``CUED``'s own test
    # checks the cued stages through their cue words; this one the uncued ones)
    blind = tuple(replace(s, run=_nothing) if s.name == name else s for s in STAGES)
    assert _built(nlp, text, STAGES) != _built(nlp, text, blind)


def _nothing(ctx: ArticleContext, para: Any) -> Iterator[Draft]:
    return iter(())


@pytest.mark.parametrize("text", ARTICLES)
def test_stages_linked_change_no_output(nlp: Any, text: str) -> None:
    """A build whose linked stages skip paragraphs with no link writes what a build running
    them on every paragraph writes, and some paragraph is skipped."""
    plain = tuple(replace(s, linked=False) for s in STAGES)
    skipped: list[str] = []

    def watch(stage: Stage) -> Stage:
        def run(ctx: ArticleContext, para: Paragraph) -> Any:
            if not (para.links or para.groups or para.officials):
                skipped.append(stage.name)
            return stage.run(ctx, para)

        return replace(stage, run=run)

    watched = tuple(watch(s) if s.name in LINKED else s for s in plain)
    assert _built(nlp, text, STAGES) == _built(nlp, text, watched)
    assert skipped


def _built(nlp: Any, text: str, stages: tuple[Stage, ...]) -> Any:
    """Claims and entity labels of a build whose rules run ``stages``."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(records, "run_stages", lambda ctx, ps, _=None: run_stages(ctx, ps, stages))
        graph = build_result(texts=[text], published="2025-08-08", nlp=nlp).graph
    labels = {k: e.label for k, e in graph.entities.items()}
    return sorted(
        (
            labels[r.subject],
            r.predicate.value,
            labels.get(r.object or "", r.object),
            repr(r.qualifiers),
        )
        for r in graph.claims
    ), sorted(labels.values())


def test_stages_linked_skip_paragraphs_without_links(nlp: Any) -> None:
    """A linked stage runs only on paragraphs with a linked token, group or official, as
    they are when it comes (an earlier stage of its pass may link one); an unlinked stage
    runs on every paragraph."""
    calls: list[str] = []

    def stage(tag: str) -> Any:
        def run(ctx: ArticleContext, para: Any) -> Iterator[Draft]:
            calls.append(f"{tag}:{para.doc.text}")
            return iter(())

        return run

    def link_last(ctx: ArticleContext, paragraphs: list[Paragraph]) -> None:
        paragraphs[2].groups[0] = ["Peru", "Chile"]  # "both sides", linked in pass 0

    def link_officials(ctx: ArticleContext, para: Paragraph) -> None:
        if para.doc.text.startswith("Officials"):
            para.links[0] = "Peru"  # linked by a stage of the same pass, just before

    stages = (
        Stage("linker", link_last, (), ("groups",), scope="article"),
        Stage("officials", link_officials, (), ("links",), pass_=1),
        Stage("needs", stage("needs"), (), ("drafts",), pass_=1, linked=True),
        Stage("every", stage("every"), (), ("drafts",), pass_=1),
    )
    texts = ["Chile met Peru.", "Prices rose.", "Both sides met.", "Officials met."]
    paragraphs = [Paragraph(nlp(t), 0) for t in texts]
    paragraphs[0].links[0] = "Chile"
    lexicon = default_lexicon()
    ctx = ArticleContext(lexicon, Resolver(lexicon), "a1", None)
    assert list(run_stages(ctx, paragraphs, stages)) == []
    assert calls == [
        "needs:Chile met Peru.",
        "every:Chile met Peru.",
        "every:Prices rose.",
        "needs:Both sides met.",
        "every:Both sides met.",
        "needs:Officials met.",
        "every:Officials met.",
    ]
