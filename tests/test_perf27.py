"""perf27: the rule functions made cheaper give the answers of the code they replace. Real
model, actors of our own."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract import place_coref
from kg.vocab import EntityType
from tests.conftest import triples


def _told_by_tokens(ctx: Any, paras: Any, disc: Any, own: str, iso: str) -> int:
    """``place_coref._told`` as it was (``_told_twice`` since perf60): every token read
    through its ``Token``, every proper noun looked up, each sentence start read from
    ``token.sent``; the count of sentences."""
    sents = {
        (s.para.offset, s.token.sent.start)
        for s in disc.sightings
        if s.label == own
        or ((seat := ctx.lx.actors.seats.get(s.label.lower())) is not None and seat.iso == iso)
    }
    for para in paras:
        for token in para.tokens:
            entry = ctx.lx.by_demonym.get(token.lower_)
            if entry is None and token.pos_ == "PROPN":
                entry = ctx.lx.lookup(token.text)
                if entry is not None and entry.type is not EntityType.COUNTRY:
                    entry = None
            if entry is not None and entry.iso == iso:
                sents.add((para.offset, token.sent.start))
    return len(sents)


TOLD = [
    # by name, by demonym and inside another name ("Ghana Airways"), several sentences a
    # paragraph: the count decides whether the town is placed
    (
        "Ghanaian President John Mahama met officials in Accra on Monday. Ghana has faced "
        "floods for years.\n\n"
        "Ghana Airways suspended flights on Tuesday. Ghanaian police said gunmen attacked "
        "the town of Bawku.",
        ("Bawku", "located_in", "Ghana"),
    ),
    # named in one sentence only (twice in it): no story about the country, nothing placed
    (
        "Peruvian President Ollanta Humala met Peruvian officials in Lima on Monday.\n\n"
        "Gunmen have seized more land in the remote province of Quispicanchi.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "claim"), TOLD)
def test_perf27_told_counts_as_token_by_token(
    extract: Any, monkeypatch: pytest.MonkeyPatch, text: str, claim: Any
) -> None:
    """Whether two sentences name the country, read on the paragraph's columns (and no
    further than the second), is what the token-by-token count finds."""
    counted: list[tuple[bool, bool]] = []
    told = place_coref._told_twice

    def both(ctx: Any, paras: Any, disc: Any, own: str, iso: str) -> bool:
        found = told(ctx, paras, disc, own, iso)
        counted.append((found, _told_by_tokens(ctx, paras, disc, own, iso) >= 2))
        return found

    monkeypatch.setattr(place_coref, "_told_twice", both)
    found = triples(extract(text))
    assert counted, "the count was not asked: the sentence does not test it"
    assert all(new == old for new, old in counted), counted
    if claim is not None:
        assert claim in found
    else:
        assert not any(p == "located_in" and s == "Quispicanchi" for s, p, _ in found)
