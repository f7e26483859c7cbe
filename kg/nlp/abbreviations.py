"""Tokenizer: an abbreviated title stays one word with its full stop.

The pinned model's tokenizer keeps "Gen.", "Sen.", "Gov." or "Dr." whole but splits "Det.",
"Sgt.", "Lt.", "Col." or "Capt." into a word and a full stop ("Det. Ray Delgado" reads as a
person "Det" and a sentence end), so the title is lost and the name may lose its sentence.
Each of ``abbreviated_titles`` (``kg/data/en/titles.json``) becomes a special case of the
tokenizer: one token, its text as written (offsets and the file's bytes stay the same).
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from kg.language import data_file


@lru_cache(maxsize=1)
def abbreviated_titles() -> tuple[str, ...]:
    """The abbreviated titles written with a full stop, as the data lists them (English's:
    the tokenizer is the pinned English model's)."""
    data = json.loads(data_file("titles.json", "en").read_text("utf-8"))
    return tuple(data["abbreviated_titles"]["words"])


def use_abbreviations(nlp: Any) -> None:
    """Make each abbreviated title one token of ``nlp``'s tokenizer."""
    from spacy.attrs import ORTH

    for title in abbreviated_titles():
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
