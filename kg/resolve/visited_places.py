"""A large city the model tagged as a person or an organisation where a verb of visiting
takes it as its object: "Modi is due to visit Srinagar on Friday" (the model reads "Srinagar
on Friday" as a name), "toured Quetta on Sunday". The verbs are ``motion_verbs.objects`` in
cues.json; the city must be one the data knows (``kg.cities``, by its own or another name:
"Palmyra") and no name the gazetteer knows as anything, so "visited Obama" stays a person.
``_place_cue`` in kg/resolve/entities.py marks such a name a goal, which outvotes the model's
label.
"""

from __future__ import annotations

from typing import Any

from kg.cities import city_country
from kg.lexicon import Lexicon


def visited_city(tokens: list[Any], lexicon: Lexicon, start: int, end: int, label: str) -> bool:
    """Whether the model's PERSON or ORG ``tokens[start:end]`` is a large city that a verb
    of visiting takes as its direct object ("visit Srinagar", "toured Herat")."""
    if label not in ("PERSON", "ORG"):
        return False
    root = tokens[end - 1]
    if root.dep_ != "dobj" or any(t.dep_ == "poss" or t.tag_ == "POS" for t in root.children):
        return False
    verb = root.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.cues["motion_verbs"]["objects"]:
        return False
    name = " ".join(t.text for t in tokens[start:end])
    return not name.isupper() and city_country(name) is not None
