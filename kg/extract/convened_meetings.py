"""Meetings convened: "Thailand will convene a meeting of 19 countries", "Qatar hosted a
summit of Gulf leaders" -> the convener met those the meeting is "of" (met; negotiated_with for
talks or a negotiation noun). The lexicon's meeting nouns take their parties after "with" or
"between", not "of"; here the convening verb names the one who meets them. Status, date and
place come from the verb's clause ("will convene": planned). Words are data
(``convened_meetings`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.vocab import Predicate


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The convening verbs (the stage's cues)."""
    verbs: list[str] = lx.cues["convened_meetings"]["verbs"]
    return verbs


def convened_meetings(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """A met (or negotiated_with) claim from each convener to each actor its meeting is of."""
    words = ctx.cues["convened_meetings"]
    verbs = frozenset(words["verbs"])
    for i in para.hits(ctx.word_set(cue_words)):
        verb = para.tokens[i]
        if verb.pos_ != "VERB" or para.lemmas[i] not in verbs:
            continue
        for noun in para.children(verb):
            predicate = words["nouns"].get(noun.lemma_.lower())
            if noun.dep_ != "dobj" or predicate is None:
                continue
            attendees = ctx.prep_actors(para, [noun], tuple(words["preps"]))
            subjects = [s for s in subjects_of(ctx, para, verb) if s not in attendees]
            if not subjects or not attendees:
                continue
            trigger = Trigger(noun.lemma_.lower(), "NOUN", Predicate(predicate), _CAMEO[predicate])
            yield from emit(ctx, para, noun, verb, trigger, subjects, attendees, confidence=0.65)


# the lexicon's codes for a meeting and for talks (``tools/lexicon/seeds/consult.txt``)
_CAMEO = {"met": "040", "negotiated_with": "046"}
