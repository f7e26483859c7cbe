"""People's names the model did not tag, found from the honorific before them ("Mr Dyke",
"Sheikh Abdiasis Abu Musab"): mentions for kg/resolve/entities.py's ``find_mentions``.
"""

from __future__ import annotations

from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from kg.lexicon import Lexicon
from kg.resolve.entities import MISREAD_LABELS, SpanMention
from kg.resolve.names import name_words

_MOST_WORDS = 3  # a person's name after a title: "Abdiasis Abu Musab"


def titled_name_mentions(
    tokens: list[Any], text: str, lexicon: Lexicon, mentions: list[SpanMention]
) -> list[SpanMention]:
    """A run of one to three capitalised proper nouns no mention holds and the model left
    untagged or read as a work's, a product's or a law's name, right after an honorific
    title that names no role (``person_titles`` not among the roles: "Mr", "Dr", "Sheikh",
    "Sir", "Lady", "Ayatollah"): a person's name, with that title. Not a run that goes on
    into another capitalised word, nor one with a word the lexicon knows (a country, a title,
    a role, a demonym) or a head of an organisation's or a place's name ("Lord's Resistance
    Army", "Prince Edward Island": ``NameWords.person_name``)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    k = 1
    while k < len(tokens):
        # the cheap test of the name's first word first: most words start no name
        title = _honorific_before(tokens, k, lexicon) if _name_word(tokens[k], taken) else None
        end = _name_end(tokens, k, taken) if title is not None else k
        if end == k or not _names_person(tokens[k:end], lexicon):
            k += 1
            continue
        span = text[tokens[k].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
        found.append(SpanMention(k, end, span, "PERSON", title, where="person"))
        k = end
    return found


def _honorific_before(tokens: list[Any], k: int, lexicon: Lexicon) -> str | None:
    """The honorific (a person's title that is no role) that ends right before token ``k``,
    of one or two words ("Mr", "Sheikh", "Chief Justice"), else None."""
    for width in (2, 1):
        if k - width < 0:
            continue
        words = tokens[k - width : k]
        title = " ".join(t.text for t in words)
        if title in lexicon.person_titles and title.lower() not in lexicon.roles:
            return title
    return None


def _name_end(tokens: list[Any], k: int, taken: set[int]) -> int:
    """The end of the run of name words (``_name_word``) from token ``k``, or ``k`` when there
    is none or it runs past three words."""
    end = k
    while end < len(tokens) and _name_word(tokens[end], taken):
        end += 1
    if end - k > _MOST_WORDS or (end < len(tokens) and tokens[end].text[:1].isupper()):
        return k  # a longer run of capitals: an organisation's or a work's name
    return end


def _name_word(token: Any, taken: set[int]) -> bool:
    """A capitalised proper noun of letters that no mention holds and the model did not tag
    as a name (``MISREAD_LABELS``: the labels it gives unfamiliar names)."""
    return (
        token.pos_ == "PROPN"
        and token.text.isalpha()
        and token.text[:1].isupper()
        and token.i not in taken
        and token.ent_type_ in MISREAD_LABELS
    )


def _names_person(words: list[Any], lexicon: Lexicon) -> bool:
    """Whether no word of the run is known to the lexicon (a country, a title, a role, a
    demonym) or a function word, and the run can be a person's name."""
    for word in words:
        if (
            word.text in lexicon.person_titles
            or word.lower_ in lexicon.roles
            or word.lower_ in lexicon.by_demonym
            or word.lower_ in STOP_WORDS
            or lexicon.lookup(word.text) is not None
        ):
            return False
    return name_words(lexicon.language).person_name([w.text for w in words])
