"""Minimal stdlib reader of the WordNet 3.0 database files (Debian ``wordnet-base``).

Used only when generating the trigger lexicon; kg never reads WordNet at run time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DIR = Path("/usr/share/wordnet")
_FILES = {"v": "verb", "n": "noun", "a": "adj"}
# an adjective satellite ("s") lives in the adjective files
_FILE_POS = {"s": "a"}
# an adjective's syntactic marker: "(p)" predicative, "(a)" attributive, "(ip)" postnominal
_MARKER = re.compile(r"\([a-z]+\)$")
# Lexicographer files whose nouns can name an event (noun.act, noun.communication, noun.event).
EVENT_NOUN_LEXFILES = frozenset({4, 10, 11})
# a one-word lemma: a lower-case word, or two joined by a hyphen
_WORD = re.compile(r"^[a-z]+(-[a-z]+)?$")


@dataclass(frozen=True, slots=True)
class Synset:
    """One synset: its offset, lexicographer file, lemmas and derivational links."""

    offset: str
    pos: str
    lexfile: int
    lemmas: tuple[str, ...]
    derived: tuple[tuple[str, str], ...]  # (pos, offset) pairs of '+' pointers
    gloss: str
    # every pointer: (symbol, pos, offset), "&" similar to, "^" also see, "@" hypernym, ...
    pointers: tuple[tuple[str, str, str], ...] = ()


class WordNet:
    """Looks up synsets by NLTK-style names ("condemn.v.01") in the raw database."""

    def __init__(self, root: Path = DEFAULT_DIR) -> None:
        self.root = root
        self._index: dict[str, dict[str, list[str]]] = {}
        self._data: dict[str, dict[str, str]] = {}

    @staticmethod
    def available(root: Path = DEFAULT_DIR) -> bool:
        """Whether the database files are installed."""
        return all(
            (root / f"{k}.{v}").is_file() for v in _FILES.values() for k in ("index", "data")
        )

    def _load(self, pos: str) -> None:
        if pos in self._index:
            return
        name = _FILES[pos]
        index: dict[str, list[str]] = {}
        for line in (self.root / f"index.{name}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue
            parts = line.split()
            p_cnt = int(parts[3])
            synset_cnt = int(parts[2])
            index[parts[0]] = parts[6 + p_cnt : 6 + p_cnt + synset_cnt]
        data: dict[str, str] = {}
        for line in (self.root / f"data.{name}").read_text(encoding="utf-8").splitlines():
            if not line.startswith(" "):
                data[line[:8]] = line
        self._index[pos], self._data[pos] = index, data

    def synset(self, name: str) -> Synset:
        """Return the synset named ``lemma.pos.NN`` (the lemma's NN-th sense)."""
        lemma, pos, num = name.rsplit(".", 2)
        self._load(pos)
        offsets = self._index[pos].get(lemma)
        if not offsets or int(num) > len(offsets):
            raise KeyError(f"no WordNet synset {name}")
        return self.by_offset(pos, offsets[int(num) - 1])

    def by_offset(self, pos: str, offset: str) -> Synset:
        """Return the synset at ``offset`` in the ``pos`` data file."""
        pos = _FILE_POS.get(pos, pos)
        self._load(pos)
        line = self._data[pos][offset]
        head, _, gloss = line.partition(" | ")
        parts = head.split()
        w_cnt = int(parts[3], 16)
        lemmas = tuple(_MARKER.sub("", parts[4 + 2 * i]).lower() for i in range(w_cnt))
        i = 4 + 2 * w_cnt
        p_cnt = int(parts[i])
        derived = []
        pointers = []
        for k in range(p_cnt):
            sym, off, ppos = parts[i + 1 + 4 * k : i + 4 + 4 * k]
            pointers.append((sym, _FILE_POS.get(ppos, ppos), off))
            if sym == "+" and ppos in _FILES:
                derived.append((ppos, off))
        return Synset(
            offset, pos, int(parts[1]), lemmas, tuple(derived), gloss.strip(), tuple(pointers)
        )

    def derived_nouns(self, syn: Synset) -> list[str]:
        """Event-like nouns derivationally linked to a verb synset (invade -> invasion)."""
        out: list[str] = []
        for ppos, off in syn.derived:
            if ppos != "n":
                continue
            noun = self.by_offset("n", off)
            if noun.lexfile in EVENT_NOUN_LEXFILES:
                out.extend(lemma for lemma in noun.lemmas if lemma not in out)
        return out


def noun_data(root: Path = DEFAULT_DIR) -> dict[str, str]:
    """Offset -> line of ``data.noun``."""
    lines = (root / "data.noun").read_text(encoding="utf-8").splitlines()
    return {line[:8]: line for line in lines if not line.startswith(" ")}


def first_sense_nouns(
    lexfile: int,
    keep: Callable[[dict[str, str], str], bool] | None = None,
    root: Path = DEFAULT_DIR,
) -> list[str]:
    """The one-word lemmas whose first noun sense is in lexicographer file ``lexfile``,
    written in lower case in that synset (a common noun, not a name such as "Einstein"), and
    for which ``keep(data, offset)`` holds when given; in index order."""
    data = noun_data(root)
    out: list[str] = []
    for line in (root / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        lemma = parts[0]
        if not _WORD.match(lemma):
            continue
        first = parts[6 + int(parts[3])]
        fields = data[first].split()
        if int(fields[1]) != lexfile:
            continue
        written = [fields[4 + 2 * i] for i in range(int(fields[3], 16))]
        if lemma in written and (keep is None or keep(data, first)):
            out.append(lemma)
    return out
