"""A plan's content under a verb that undoes the plan: "Germany reversed its decision to arm
the Kurds", "Japan shelved its plan to lend money to Ukraine". The infinitive on a plan noun
is what the plan would do, so a denying verb that takes the noun ("abandoned", "scrapped",
"reversed") denies it, as it denies "cancelled its visit"; a participle that merely describes
a noun ("dismissed the coalition fighting ISIL") still takes no denial from the verb above
(kg/extract/qualifiers.py ``_chain_cues``). Reads cues.json ``undone_plans.*`` and
``endeavour_nouns.aid_means``, and the planned and proposed words of cues.json joined with
status_words.json.
"""

from __future__ import annotations

from typing import Any


def planned_content(cues: dict[str, Any], trigger: Any) -> bool:
    """Whether ``trigger`` is the "to" infinitive on a noun of planning or proposing ("its
    decision to arm", "a plan to send", "the offer to mediate"; ``planned_words`` and
    ``proposed_words`` of cues.json joined with status_words.json)."""
    head = trigger.head
    return (
        trigger.dep_ == "acl"
        and head.pos_ == "NOUN"
        and any(k.dep_ == "aux" and k.tag_ == "TO" for k in trigger.children)
        and (
            head.lemma_.lower() in cues["planned_words"]
            or head.lemma_.lower() in cues["proposed_words"]
        )
    )


def own_plan(cues: dict[str, Any], trigger: Any) -> bool:
    """Whether ``trigger`` is the content of a plan (``planned_content``) that is the deciding
    verb's own: the plan noun names no owner, or a pronoun ("Belgium reversed its decision to
    arm X") or the verb's own subject does; another's plan ("Russia rejected the US plan to
    arm X") is only rejected, not undone."""
    if not planned_content(cues, trigger):
        return False
    noun = trigger.head
    owners = [
        k
        for k in noun.children
        if k.dep_ == "poss" or (k.dep_ in ("compound", "amod") and k.pos_ == "PROPN")
    ]
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    subjects = {k.lower_ for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")}
    return all(k.pos_ == "PRON" or k.lower_ in subjects for k in owners)


def undone_plan(cues: dict[str, Any], trigger: Any) -> bool:
    """Whether ``trigger`` is a plan's content (``planned_content``) whose plan noun is the
    object of a verb that takes a plan back (``undone_plans.verbs`` in cues.json: "reversed
    its decision to arm X", "withdrew its offer to mediate"), or hangs on its ``preps``
    ("reneged on its pledge to lend money to X"); the status words' own denying verbs
    ("abandoned", "scrapped") are read on the chain already."""
    if not planned_content(cues, trigger):
        return False
    undone = cues["undone_plans"]
    noun = trigger.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in undone["preps"]:
        noun, verb = verb, verb.head
    return (
        noun.dep_ in ("dobj", "nsubjpass", "prep")
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in undone["verbs"]
    )


def lacked_means(cues: dict[str, Any], trigger: Any) -> bool:
    """Whether ``trigger`` is the "to" infinitive of a means its subject lacks ("Norway lacks
    the means to provide aid to Yemen", "lacks the capacity to help X"): the parser hangs the
    infinitive on the verb of lacking or on the means noun; either way the act is not done
    (``undone_plans.lacking_verbs``; the means nouns are ``endeavour_nouns.aid_means``); not
    under a negation ("does not lack the means to", ``unlacked_means``)."""
    lacking = _lacking_verb(cues, trigger)
    return lacking is not None and not _negated(lacking)


def unlacked_means(cues: dict[str, Any], trigger: Any) -> bool:
    """Whether ``trigger`` is the "to" infinitive of a means whose verb of lacking is negated
    ("Qatar does not lack the means to provide aid to X"): the negation is not the act's."""
    lacking = _lacking_verb(cues, trigger)
    return lacking is not None and _negated(lacking)


def _negated(token: Any) -> bool:
    """A negation on the token ("does not lack")."""
    return any(k.dep_ == "neg" for k in token.children)


def _lacking_verb(cues: dict[str, Any], trigger: Any) -> Any:
    """The verb of lacking whose means ``trigger`` is the "to" infinitive of, or None."""
    if trigger.pos_ != "VERB" or not any(
        k.dep_ == "aux" and k.tag_ == "TO" for k in trigger.children
    ):
        return None
    means = set(cues["endeavour_nouns"]["aid_means"])
    lacking = set(cues["undone_plans"]["lacking_verbs"])
    head = trigger.head
    if trigger.dep_ == "acl" and _means_word(head, means) and head.dep_ == "dobj":
        return head.head if head.head.lemma_.lower() in lacking else None
    if (
        trigger.dep_ in ("advcl", "xcomp")
        and head.lemma_.lower() in lacking
        and any(k.dep_ == "dobj" and _means_word(k, means) for k in head.children)
    ):
        return head
    return None


def _means_word(token: Any, means: set[str]) -> bool:
    """A means noun by its lemma or its word ("resources": the model's lemma is "resource")."""
    return token.lemma_.lower() in means or token.lower_ in means
