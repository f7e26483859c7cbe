"""spaCy stage: give back the subject an aside took from its verb.

An aside between a sentence's opening name and its verb ("Turkey, citing security concerns,
deployed warships"; "Chile, however, will meet Peru") leads the pinned model to hang the
name on the verb as an adverbial modifier (``npadvmod``, ``advcl``, ``advmod``), so the verb
has no subject and every rule that asks for one reads nothing. A component after the parser
relabels that name ``nsubj`` where the verb has no subject of its own.
"""

from __future__ import annotations

from typing import Any

MEND = "kg_lost_subjects"
# the labels the parser gives an opening name it did not take for the subject
_LOST = frozenset({"npadvmod", "advcl", "advmod", "dep"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# words between the aside's closing comma and the verb ("Chile, however, will not meet")
_VERB_GROUP = frozenset({"aux", "auxpass", "neg", "advmod"})
_LONGEST = 8  # tokens of an opening name (a longer opening is not a name)


def lost_subject(sent: Any) -> Any | None:
    """The opening name of ``sent`` the parser hung on its subjectless verb past an aside,
    or None ("Jordan, citing security concerns, denounced ..." -> "Jordan")."""
    doc, start = sent.doc, sent.start
    comma = next((t.i for t in doc[start : min(sent.end, start + _LONGEST)] if t.text == ","), None)
    if comma is None or comma == start:
        return None
    name = doc[comma - 1]
    if (
        name.dep_ not in _LOST
        or name.pos_ not in ("PROPN", "NOUN")
        or name.ent_type_ in ("DATE", "TIME")
        or name.left_edge.i != start
        or name.right_edge.i != comma - 1
    ):
        return None
    verb = name.head
    if verb.i <= comma or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    k = verb.i - 1  # back over the verb's auxiliaries and adverbs right before it
    while k > comma and doc[k].head.i == verb.i and doc[k].dep_ in _VERB_GROUP:
        k -= 1
    if k == comma or doc[k].text != ",":
        return None  # no aside closed right before the verb
    if verb.tag_ not in _FINITE and not any(t.tag_ in _FINITE for t in doc[k + 1 : verb.i]):
        return None
    return name


def mend_subjects(doc: Any) -> Any:
    """Relabel ``nsubj`` each sentence's opening name that ``lost_subject`` finds."""
    for sent in doc.sents:
        name = lost_subject(sent)
        if name is not None:
            name.dep_ = "nsubj"
    return doc


def use_subjects(nlp: Any) -> bool:
    """Add ``mend_subjects`` after ``nlp``'s components; False when it has no parser or has
    it already."""
    from spacy.language import Language

    if "parser" not in nlp.pipe_names or MEND in nlp.pipe_names:
        return False
    if not Language.has_factory(MEND):  # registered when a model is loaded, not on import
        Language.component(MEND, func=mend_subjects)
    nlp.add_pipe(MEND, last=True)
    return True
