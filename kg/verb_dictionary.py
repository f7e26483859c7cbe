"""A PETRARCH2 verb dictionary (the CAMEO.2.0.txt format) read as trigger rows.

``kg build --verb-dictionary FILE`` adds a user's verbs to the lexicon (``kg.lexicon``). The
file's VERB PATTERNS section (the whole file when it has no section lines) holds blocks
headed ``---  NAME   [code]  ---``. Each line of a block is a verb (``ACCUSE``,
``+CALL_OFF [160]``, its inflected forms in braces), coded by its own ``[code]`` or else its
block's, or a pattern (``- * (TO)  [042:043]  # RUSH``) that codes every verb of its block
(the comment only names where the pattern was first seen). kg takes a verb alone, with a
particle or with a preposition (``CALL_OFF``, ``ASK_FOR``, ``- * (TO)``, ``- * OFF (FOR)``);
any other pattern (an object word, ``- * AID``; a word before the verb) is skipped and
counted, as are verbs with no code and codes with no kg predicate (01 statements, 09
investigations). The source side of ``[source:target]`` is the code; ``#`` and ``;`` (TABARI's
mark) start comments. A malformed line raises, naming the file and the line.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kg.errors import KgError
from kg.vocab import predicate_of_cameo

_VERBS_START = "####### VERB PATTERNS"
_VERBS_END = "######## TRANSFORMATIONS"
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
# [042], [042:043] (source:target), [:173] (target only), [080!] (a coder's mark), [---] (none)
_CODE = re.compile(r"\[(\d*|---)(?::\d*)?!?\]\s*$")
_WORD = re.compile(r"^\+?([A-Z][A-Z'-]*)((?:_[A-Z]+)*)_?$")
_TOKENS = re.compile(r"\([^)]*\)|\{[^}]*\}|\S+")
_MARKS = frozenset({"$", "+", "^", "%"})  # source, target, skip and compound markers


@dataclass
class VerbRows:
    """The trigger rows a dictionary gives (line number, row in the triggers.jsonl schema)
    and the count of lines skipped, by reason."""

    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)


@dataclass
class _Block:
    """The block being read: its code and its verbs (lemma, particle, preposition)."""

    code: str | None = None
    verbs: list[tuple[str, str | None, str | None]] = field(default_factory=list)


def read_verb_dictionary(text: str, source: str, words: dict[str, Any]) -> VerbRows:
    """The rows of a dictionary's text; ``words`` is cues.json's ``verb_dictionary`` (the
    particles and prepositions a verb may carry). ``source`` names the file in errors."""
    out = VerbRows()
    block = _Block()
    lines = text.splitlines()
    start = next((k + 1 for k, x in enumerate(lines) if x.startswith(_VERBS_START)), 0)
    for number, raw in enumerate(lines[start:], start=start + 1):
        if raw.startswith(_VERBS_END):
            break
        line = re.split(r"[#;]", raw, maxsplit=1)[0].rstrip()  # ';' is TABARI's comment
        if not line.strip():
            continue
        try:
            if line.startswith("---"):
                block = _Block(_header_code(line))
            elif line.startswith("-"):
                _pattern(line, block, words, number, out)
            else:
                _verb(line, block, words, number, out)
        except ValueError as exc:
            raise KgError(f"{source} line {number}: {exc}. Fix the line.") from exc
    return out


def _header_code(line: str) -> str | None:
    """The code of a block header (None for ``[---]``)."""
    m = _HEADER.match(line)
    if m is None:
        raise ValueError(f"a block header must read '---  VERB   [code]  ---', not {line!r}")
    return m.group(2) if m.group(2).isdigit() else None


def _code(line: str) -> tuple[str, str | None]:
    """The line without its trailing ``[code]``, and the code's source side (None if absent
    or empty)."""
    m = _CODE.search(line)
    if m is None:
        if "[" in line:
            raise ValueError("a code must be [digits], [digits:digits] or [---]")
        return line, None
    return line[: m.start()], m.group(1) if m.group(1).isdigit() else None


def _verb(line: str, block: _Block, words: dict[str, Any], number: int, out: VerbRows) -> None:
    """A verb line: the verb joins its block and, if coded, gives a row."""
    rest, code = _code(line)
    word = re.sub(r"\{[^}]*\}", "", rest).strip()
    m = _WORD.match(word)
    if m is None:
        raise ValueError(f"a verb line must start with one VERB or VERB_PARTICLE, not {word!r}")
    parts = [p.lower() for p in m.group(2).split("_") if p]
    if len(parts) > 1:
        out.skipped["multiword verb"] += 1
        return
    verb = _with_word(m.group(1).lower(), parts[0] if parts else None, words)
    if verb is None:
        out.skipped["multiword verb"] += 1
        return
    block.verbs.append(verb)
    _add(verb, code or block.code, number, out)


def _pattern(line: str, block: _Block, words: dict[str, Any], number: int, out: VerbRows) -> None:
    """A pattern line: a verb alone or with a particle and/or ``(PREP)`` codes every verb of
    its block; any other pattern is skipped."""
    rest, code = _code(line)
    if "[" not in line:
        raise ValueError("a pattern needs its [code]")
    toks = [t for t in _TOKENS.findall(rest[1:]) if t not in _MARKS]
    if code is None:
        out.skipped["no source code"] += 1
        return
    if not toks or toks[0] != "*":
        out.skipped["word before the verb"] += 1
        return
    words_after = _particle_prep(toks[1:], words)
    if words_after is None:
        out.skipped["object words"] += 1
        return
    particle, prep = words_after
    for lemma, own_particle, own_prep in block.verbs:
        if own_particle or own_prep:
            continue  # "CALL_OFF" takes no second particle
        _add((lemma, particle, prep), code, number, out)


def _particle_prep(toks: list[str], words: dict[str, Any]) -> tuple[str | None, str | None] | None:
    """(particle, preposition) of what follows the verb in a pattern: nothing, a particle,
    ``(PREP)`` or both in that order; None for anything else (an object word)."""
    particle = toks[0].lower() if toks and not toks[0].startswith("(") else None
    prep = toks[-1][1:-1].strip().lower() if toks and toks[-1].startswith("(") else None
    if len(toks) != (particle is not None) + (prep is not None):
        return None
    if (particle is not None and particle not in words["particles"]) or (
        prep is not None and prep not in words["preps"]
    ):
        return None
    return particle, prep


def _with_word(
    lemma: str, word: str | None, words: dict[str, Any]
) -> tuple[str, str | None, str | None] | None:
    """(lemma, particle, preposition) of ``VERB`` or ``VERB_WORD``: the word is a particle
    or a preposition (None when it is neither)."""
    if word is None:
        return lemma, None, None
    if word in words["particles"]:
        return lemma, word, None
    if word in words["preps"]:
        return lemma, None, word
    return None


def _add(
    verb: tuple[str, str | None, str | None], code: str | None, number: int, out: VerbRows
) -> None:
    """The row of a coded verb, mapped through kg's CAMEO -> predicate table."""
    if code is None:
        out.skipped["no code"] += 1
        return
    predicate = predicate_of_cameo(code)
    if predicate is None:
        out.skipped["code with no kg predicate"] += 1
        return
    lemma, particle, prep = verb
    row = {
        "lemma": lemma, "pos": "VERB", "particle": particle, "prep": prep,
        "predicate": predicate.value, "cameo": code,
        "object": [f"prep:{prep}"] if prep else [], "source": "verb-dictionary",
    }  # fmt: skip
    out.rows.append((number, row))
