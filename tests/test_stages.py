"""The extraction stage registry: declared data flow and pass order."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from typing import Any

from kg.extract import STAGES, ArticleContext, Draft, Paragraph, Stage, run_stages
from kg.lexicon import default_lexicon
from kg.resolve.resolver import Resolver
from kg.vocab import Predicate, Status

# what exists before any stage runs: the links and mentions made by resolution
_GIVEN = {"links", "mentions"}
_CONTEXT = {f.name for f in fields(ArticleContext)}
_KNOWN = _CONTEXT | {"links", "groups", "mentions", "drafts"}


def test_stages_names_are_unique() -> None:
    """Each stage has its own name."""
    names = [s.name for s in STAGES]
    assert len(names) == len(set(names))


def test_stages_declare_only_known_fields() -> None:
    """reads/writes name ArticleContext fields or paragraph parts, nothing else."""
    for stage in STAGES:
        assert set(stage.reads) | set(stage.writes) <= _KNOWN, stage.name


def test_stages_read_only_what_an_earlier_pass_wrote() -> None:
    """Every field a stage reads is given, or written by an earlier pass or by a stage before
    it in the same pass (which has then run on this paragraph and every one before it)."""
    for index, stage in enumerate(STAGES):
        written = set(_GIVEN)
        for other in STAGES[:index]:
            if other.pass_ <= stage.pass_:
                written |= set(other.writes)
        missing = set(stage.reads) - written - {"links"}
        assert not missing, (stage.name, missing)


def _draft(name: str) -> Draft:
    return Draft(name, Predicate.MET, "x", Status.OCCURRED, None, None, None, None, (0, 0), 1.0)


def test_stages_run_pass_by_pass_and_paragraph_by_paragraph() -> None:
    """A pass runs over every paragraph before the next pass starts."""
    calls: list[str] = []

    def stage(tag: str) -> Any:
        def run(ctx: ArticleContext, para: Any) -> Iterator[Draft]:
            label = para if isinstance(para, str) else "all"
            calls.append(f"{tag}:{label}")
            yield _draft(tag)

        return run

    stages = (
        Stage("b", stage("b"), (), ("drafts",), pass_=1),
        Stage("a", stage("a"), (), ("drafts",), pass_=0),
        Stage("c", stage("c"), (), ("drafts",), pass_=1),
        Stage("w", stage("w"), (), ("drafts",), scope="article", pass_=1),
    )
    lexicon = default_lexicon()
    ctx = ArticleContext(lexicon, Resolver(lexicon), "a1", None)
    paragraphs: list[Paragraph] = ["p1", "p2"]  # type: ignore[list-item]
    drafts = list(run_stages(ctx, paragraphs, stages))
    assert calls == ["a:p1", "a:p2", "w:all", "b:p1", "c:p1", "b:p2", "c:p2"]
    assert [d.subject for d in drafts] == ["a", "a", "w", "b", "c", "b", "c"]


def test_stages_registry_covers_every_rule_family() -> None:
    """Roles, coreference, places, interactions and quotes are all registered."""
    modules = {s.run.__module__.rsplit(".", 1)[-1] for s in STAGES}
    assert {"roles", "coref", "places", "interactions", "quotes"} <= modules
