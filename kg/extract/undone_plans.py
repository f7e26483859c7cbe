"""A plan's content under a verb that undoes the plan: "Germany reversed its decision to arm
the Kurds", "Japan shelved its plan to lend money to Ukraine". The infinitive on a plan noun
is what the plan would do, so a denying verb that takes the noun ("abandoned", "scrapped",
"reversed") denies it, as it denies "cancelled its visit"; a participle that merely describes
a noun ("dismissed the coalition fighting ISIL") still takes no denial from the verb above
(kg/extract/qualifiers.py ``_chain_cues``).
"""

from __future__ import annotations

from typing import Any


def planned_content(cues: dict[str, Any], trigger: Any) -> bool:
    """Whether ``trigger`` is the "to" infinitive on a noun of planning or proposing ("its
    decision to arm", "a plan to send", "the offer to mediate"; ``planned_words`` and
    ``proposed_words`` of status_words.json)."""
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


def undone_plan(cues: dict[str, Any], trigger: Any) -> bool:
    """Whether ``trigger`` is a plan's content (``planned_content``) whose plan noun is the
    object of a verb that takes a plan back (``undone_plans.verbs`` in cues.json: "reversed
    its decision to arm X", "rescinded the order to"); the status words' own denying verbs
    ("abandoned", "scrapped") are read on the chain already."""
    if not planned_content(cues, trigger):
        return False
    noun = trigger.head
    verb = noun.head
    return (
        noun.dep_ in ("dobj", "nsubjpass")
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in cues["undone_plans"]["verbs"]
    )


def lacked_means(cues: dict[str, Any], trigger: Any) -> bool:
    """Whether ``trigger`` is the "to" infinitive of a means its subject lacks ("Norway lacks
    the means to provide aid to Yemen", "lacks the capacity to help X"): the parser hangs the
    infinitive on the verb of lacking or on the means noun; either way the act is not done
    (``undone_plans.lacking_verbs``; the means nouns are ``endeavour_nouns.aid_means``)."""
    if trigger.pos_ != "VERB" or not any(
        k.dep_ == "aux" and k.tag_ == "TO" for k in trigger.children
    ):
        return False
    means = set(cues["endeavour_nouns"]["aid_means"])
    lacking = set(cues["undone_plans"]["lacking_verbs"])
    head = trigger.head
    if trigger.dep_ == "acl" and _means_word(head, means) and head.dep_ == "dobj":
        return head.head.lemma_.lower() in lacking
    return (
        trigger.dep_ in ("advcl", "xcomp")
        and head.lemma_.lower() in lacking
        and any(k.dep_ == "dobj" and _means_word(k, means) for k in head.children)
    )


def _means_word(token: Any, means: set[str]) -> bool:
    """A means noun by its lemma or its word ("resources": the model's lemma is "resource")."""
    return token.lemma_.lower() in means or token.lower_ in means
