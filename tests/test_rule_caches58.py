"""Work the rules skip or keep, with the same answers (speed58): the self-named group finder
runs only where the paragraph holds a group noun's lemma, a work's title is looked for only
where the paragraph holds one of its cue words (both ``Paragraph.words``) and a dateline is
read once a sentence (``interactions._dateline_end``). Each test compares with the full work
on sentences of their own, so a gate or a cache that changed an answer fails."""

from __future__ import annotations

from typing import Any

import pytest

SELF_NAMED = [
    # a group noun and a word of naming: the finder's group
    ("A little-known group calling itself Soldiers of the Caliphate claimed the attack.", 1),
    ("A faction calling itself Jund al-Khilafa said it beheaded the hostage.", 1),
    # no group noun: nothing, whatever the names
    ("The Omar Brigades claimed the attack on the convoy near Goma.", 0),
    ("Kenyan police arrested two men in Mombasa on Friday.", 0),
]


@pytest.mark.parametrize(("sentence", "found"), SELF_NAMED)
def test_self_named_groups_behind_the_group_nouns(nlp: Any, sentence: str, found: int) -> None:
    """``_named_groups`` with the paragraph's words finds what the finder finds alone."""
    from kg.extract.context import Paragraph
    from kg.lexicon import default_lexicon
    from kg.resolve.entities import _named_groups
    from kg.resolve.named_groups import named_group_mentions

    para = Paragraph(nlp(sentence), 0)
    lx = default_lexicon()
    full = named_group_mentions(para.tokens, lx, [])
    assert _named_groups(para.tokens, lx, [], para.words) == full
    assert len(full) == found


WORK_TITLES = [
    # the cue words ("author", "called", "slogan") and the title they name
    ("Chimamanda Adichie, author of Half of a Yellow Sun, spoke in Abuja.", True),
    ("He wrote a book called Travels in Bolivia and Peru.", True),
    ('The marchers chanted the slogan "Free Tibet" outside the embassy.', True),
    # none of the cue words: no title
    ("Chimamanda Adichie spoke about Nigeria in Abuja on Monday.", False),
]


@pytest.mark.parametrize(("sentence", "titled"), WORK_TITLES)
def test_work_titles_behind_their_cue_words(nlp: Any, sentence: str, titled: bool) -> None:
    """``work_title_tokens`` with the paragraph's words gives what it gives without them."""
    from kg.extract.context import Paragraph
    from kg.lexicon import default_lexicon
    from kg.resolve.entities import work_title_tokens

    para = Paragraph(nlp(sentence), 0)
    lx = default_lexicon()
    full = work_title_tokens(para.tokens, lx, None)
    assert work_title_tokens(para.tokens, lx, para.words) == full
    assert bool(full) is titled


DATELINES = [
    "ASMARA, Eritrea - Soldiers shelled the border town. Officials in Asmara said so.",
    "NAIROBI (Reuters) - Kenyan police arrested two men. They were charged on Friday.",
    "Rebels seized the airport in Goma on Monday. The army withdrew.",
]


def test_datelines_read_once_a_sentence(nlp: Any) -> None:
    """``_dateline_end`` asked of the paragraphs' tokens in turn, back and forth between
    paragraphs, answers as the dateline reader does for each token's sentence afresh."""
    from kg.extract.context import Paragraph
    from kg.extract.interactions import _dateline_end
    from kg.nlp.datelines import dateline_dash

    paras = [Paragraph(nlp(text), 0) for text in DATELINES]
    asked = [(p, t) for p in paras for t in p.tokens] + [
        (p, t) for p in paras[::-1] for t in p.tokens
    ]
    got = [_dateline_end(t, p) for p, t in asked]
    assert got == [dateline_dash(p.sent_tokens(t.i)) for p, t in asked]
    assert max(got) > 0  # a dateline was read
