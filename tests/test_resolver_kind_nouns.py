"""``Resolver._kind_noun_left_out`` ("Justice and Development" for the Justice and Development
Party): its index of gazetteer names answers as a lookup per kind noun would."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.lexicon import default_lexicon
from kg.resolve.resolver import Resolver
from kg.vocab import EntityType

_LEXICON = default_lexicon()


def _by_lookups(resolver: Resolver, words: list[str]) -> Any:
    """The answer of a lookup per kind noun, in the kind nouns' order (no index)."""
    if words[-1].lower() in resolver._names.kind_nouns:
        return None
    for kind in sorted(resolver._names.kind_nouns):
        entry = _LEXICON.lookup_variant(" ".join([*words, kind.capitalize()]))
        if entry is not None and entry.type in (EntityType.ORGANIZATION, EntityType.GROUP):
            return entry
    return None


# the gazetteer's own names with a kind noun, their words without it, and edge cases of keys
_NAMED = sorted(
    {
        e.label.rsplit(" ", 1)[0]
        for e in _LEXICON.entries
        if " " in e.label and e.label.rsplit(" ", 1)[1].lower() in {"party", "movement", "front"}
    }
)


@pytest.mark.parametrize(
    "text",
    [
        "Justice and Development",
        "the Justice and Development",
        "THE JUSTICE AND DEVELOPMENT",
        "Justice and  Development",
        "The",
        "the The",
        "al-Nusra",
        "Nusra",
        "Free Syrian",
        "Peoples Democratic",
        "Muslim Brotherhood",
        *_NAMED,
    ],
)
def test_resolver_kind_noun_left_out_as_lookups(text: str) -> None:
    """Names, spellings and edge cases of keys get the answer of the lookups."""
    words = text.split(" ") if "  " in text else text.split()
    assert Resolver(_LEXICON)._kind_noun_left_out(words) is _by_lookups(Resolver(_LEXICON), words)


def test_resolver_kind_noun_left_out_finds() -> None:
    """The words of a known party's name without "Party" name the party."""
    found = Resolver(_LEXICON)._kind_noun_left_out(["Justice", "and", "Development"])
    assert found is not None
    assert found.label == "Justice and Development Party"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet="AaJjTtHhEe -'’.lnsdrz", min_size=1, max_size=8).filter(
            lambda w: w.strip() != ""
        ),
        min_size=1,
        max_size=3,
    )
)
def test_resolver_kind_noun_left_out_any_words(words: list[str]) -> None:
    """Any words get the answer of the lookups."""
    resolver = Resolver(_LEXICON)
    assert resolver._kind_noun_left_out(words) is _by_lookups(resolver, words)
