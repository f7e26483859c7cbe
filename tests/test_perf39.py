"""Cue words of the stages gated in the thirty-ninth round (``Stage.cues``, kg/extract/stages.py):
each is read from the data its stage reads, so a row added there is a cue at once; an article
stage runs when any paragraph holds one. Sentences of our own."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from kg.extract import STAGES, ArticleContext, Draft, Paragraph, Stage, run_stages
from kg.extract.stages import stage_cues
from kg.lexicon import Trigger, TriggerIndex, default_lexicon
from kg.resolve.resolver import Resolver
from kg.vocab import Predicate, Status


def _stage(name: str) -> Stage:
    return next(s for s in STAGES if s.name == name)


def _cues(name: str, lexicon: Any) -> frozenset[str]:
    found = stage_cues(_stage(name), lexicon)
    assert found is not None, name
    return found


@pytest.mark.parametrize(
    ("name", "key", "inner"),
    [
        ("link_country_pairs", "country_pair_nouns", "words"),
        ("listed_targets", "strike_target_lists", "nouns"),
        ("repressions", "repressions", "verbs"),
        ("comrade_acts", "comrades", "act_phrases"),
        ("event_participants", "event_anaphora", "met"),
        ("event_participants", "rebuttals", "nouns"),
        ("agentless_strikes", "strike_instruments", "air"),
    ],
)
def test_perf39_article_cues_follow_a_new_cue_word(name: str, key: str, inner: str) -> None:
    """A word added to an article stage's list in ``cues.json`` is one of its cue words."""
    lexicon = default_lexicon()
    cues = dict(lexicon.cues)
    table = cues[key][inner]
    grown = {**table, "flabbergast": None} if isinstance(table, dict) else [*table, "Flabbergast"]
    cues[key] = {**cues[key], inner: grown}
    assert "flabbergast" not in _cues(name, lexicon)
    assert "flabbergast" in _cues(name, replace(lexicon, cues=cues))


@pytest.mark.parametrize(
    ("name", "key", "row"),
    [
        ("link_former_latter", "former_latter", {"formerly": 0}),
        ("link_crowds", "crowd_nouns", {"mob": "OPP", "_note": "a comment is no cue"}),
    ],
)
def test_perf39_table_cues_follow_a_new_row(name: str, key: str, row: dict[str, Any]) -> None:
    """A key added to a stage's table in ``cues.json`` is one of its cue words (not a
    comment key)."""
    lexicon = default_lexicon()
    cues = {**lexicon.cues, key: {**lexicon.cues[key], **row}}
    words = _cues(name, replace(lexicon, cues=cues))
    new = next(w for w in row if not w.startswith("_"))
    assert new not in _cues(name, lexicon)
    assert new in words
    assert "_note" not in words


def test_perf39_aid_programs_cues_follow_a_new_light_verb() -> None:
    """The light verb of a new help-noun trigger row is a cue of ``aid_programs``; a light
    verb needing a particle is not (the stage reads no such trigger)."""
    lexicon = default_lexicon()
    new = Trigger("aid", "NOUN", Predicate.SANCTIONED, "162", light=frozenset({"mothball"}))
    partial = Trigger(
        "aid", "NOUN", Predicate.SANCTIONED, "162", particle="off", light=frozenset({"shelve"})
    )
    grown = replace(lexicon, triggers=TriggerIndex([*lexicon.triggers, new, partial]))
    assert "mothball" not in _cues("aid_programs", lexicon)
    assert "mothball" in _cues("aid_programs", grown)
    assert "shelve" not in _cues("aid_programs", grown)


def test_perf39_captive_members_cues_are_the_captive_nouns() -> None:
    """``captive_members`` is cued by the actors' captive nouns, all of them."""
    lexicon = default_lexicon()
    assert lexicon.actors.captive_nouns
    assert _cues("captive_members", lexicon) == {w.lower() for w in lexicon.actors.captive_nouns}


def _draft(name: str) -> Draft:
    return Draft(name, Predicate.MET, "x", Status.OCCURRED, None, None, None, None, (0, 0), 1.0)


def test_perf39_article_stage_runs_on_a_cue_in_any_paragraph(nlp: Any) -> None:
    """An article stage with cue words runs once over every paragraph when only the last
    holds one, after the pass's earlier article stages; an article without one skips it."""
    calls: list[str] = []

    def stage(tag: str) -> Any:
        def run(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
            calls.append(f"{tag}:{len(paras)}")
            yield _draft(tag)

        return run

    stages = (
        Stage("first", stage("first"), (), ("drafts",), scope="article"),
        Stage(
            "crowd", stage("crowd"), (), ("drafts",), scope="article", cues=lambda lx: ("Crowd",)
        ),
    )
    lexicon = default_lexicon()
    for texts, expected in (
        (["Police met Lula.", "A crowd gathered."], ["first:2", "crowd:2"]),
        (["Police met Lula.", "A rally began."], ["first:2"]),
    ):
        calls.clear()
        ctx = ArticleContext(lexicon, Resolver(lexicon), "a1", None)
        drafts = list(run_stages(ctx, [Paragraph(nlp(t), 0) for t in texts], stages))
        assert calls == expected
        assert [d.subject for d in drafts] == [c.split(":")[0] for c in calls]


def test_perf39_event_participants_cues_hold_its_nouns() -> None:
    """``event_participants`` is cued by every event anaphor, rebutted noun and trip noun
    (``places.json``) its rules start from."""
    lexicon = default_lexicon()
    cues = _cues("event_participants", lexicon)
    anaphora = lexicon.cues["event_anaphora"]
    assert {w for k, ws in anaphora.items() if not k.startswith("_") for w in ws} <= cues
    assert set(lexicon.words.places.lists["trip_nouns"]) <= cues
    assert set(lexicon.cues["rebuttals"]["nouns"]) <= cues


def test_perf39_agentless_strikes_cues_follow_a_new_attack_verb() -> None:
    """A new attack verb of the trigger index is a cue of ``agentless_strikes`` (its rules
    read any verb the index makes an attack); another predicate's verb is not."""
    lexicon = default_lexicon()
    attack = Trigger("befoul", "VERB", Predicate.ATTACKED, "190")
    other = Trigger("bewail", "VERB", Predicate.CRITICIZED, "111")
    grown = replace(lexicon, triggers=TriggerIndex([*lexicon.triggers, attack, other]))
    assert "befoul" not in _cues("agentless_strikes", lexicon)
    assert "befoul" in _cues("agentless_strikes", grown)
    assert "bewail" not in _cues("agentless_strikes", grown)
