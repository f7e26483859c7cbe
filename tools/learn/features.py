"""Candidate actor pairs of a parsed paragraph and their features (experiment; moves to
kg/extract/learned.py if it pays)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

ACTORS = frozenset({"Person", "Organization", "Country", "Group"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})


@dataclass(frozen=True, slots=True)
class Pair:
    """Two actors' closest mentions in one sentence: token spans, in text order."""

    first: str  # cluster label of the mention that comes first
    second: str
    a: tuple[int, int]
    b: tuple[int, int]
    sentence: tuple[int, int]  # token span of the sentence in the paragraph


def mentions(links: dict[int, str], start: int, end: int) -> list[tuple[str, int, int]]:
    """Maximal runs of tokens linked to one label in ``[start, end)``."""
    out: list[tuple[str, int, int]] = []
    i = start
    while i < end:
        label = links.get(i)
        if label is None:
            i += 1
            continue
        j = i + 1
        while j < end and links.get(j) == label:
            j += 1
        out.append((label, i, j))
        i = j
    return out


def pairs(para: Any, is_actor: Any) -> Iterator[Pair]:
    """Each pair of distinct actor labels in a sentence, by their closest two mentions."""
    for start, end in para.sents:
        found = [m for m in mentions(para.links, start, end) if is_actor(m[0])]
        best: dict[tuple[str, str], tuple[int, int, int]] = {}
        for x, (la, _, ea) in enumerate(found):
            for y in range(x + 1, len(found)):
                lb, sb, _ = found[y]
                key = (la, lb) if la < lb else (lb, la)
                if la != lb and (key not in best or sb - ea < best[key][0]):
                    best[key] = (sb - ea, x, y)
        for _, x, y in sorted(best.values(), key=lambda v: (v[1], v[2])):
            la, sa, ea = found[x]
            lb, sb, eb = found[y]
            yield Pair(la, lb, (sa, ea), (sb, eb), (start, end))


def _head(heads: list[int], span: tuple[int, int]) -> int:
    """The token of the span whose head lies outside it."""
    for i in range(*span):
        if not span[0] <= heads[i] < span[1] or heads[i] == i:
            return i
    return span[0]


def _up(heads: list[int], i: int) -> list[int]:
    chain = [i]
    while heads[chain[-1]] != chain[-1] and len(chain) < 60:
        chain.append(heads[chain[-1]])
    return chain


def features(para: Any, pair: Pair, types: tuple[str, str], predicates: Any) -> list[str]:
    """General features of the pair in its sentence: the dependency path's lemmas, labels and
    trigger predicates, the words between, the types, distance, negation, quote, modality.
    ``predicates(lemma, pos)`` gives the lexicon's trigger predicates of a word."""
    cols = para.columns
    heads, lemma, dep, pos, tag = cols.heads, cols.lemma, cols.dep, cols.pos, cols.tag
    ha, hb = _head(heads, pair.a), _head(heads, pair.b)
    up_a, up_b = _up(heads, ha), _up(heads, hb)
    on_b = set(up_b)
    lca = next((t for t in up_a if t in on_b), None)
    f = [f"ta={types[0]}", f"tb={types[1]}", f"tt={types[0]}|{types[1]}"]
    f += [f"da={dep[ha]}", f"db={dep[hb]}", f"pa={pos[ha]}", f"pb={pos[hb]}"]
    gap = pair.b[0] - pair.a[1]
    f.append(f"gap={min(gap, 12) // 3}")
    between = range(pair.a[1], pair.b[0])
    if gap <= 12:
        f += [f"bw={lemma[i]}" for i in between if pos[i] not in ("DET", "PUNCT")]
        if gap <= 3:
            f.append("bws=" + "_".join(lemma[i] for i in between))
    else:
        f += [f"bwt={p}" for i in between for p in predicates(lemma[i], pos[i])]
    if lca is None:
        f.append("nolca")
    else:
        left = up_a[: up_a.index(lca)]
        right = up_b[: up_b.index(lca)]
        path = (
            [*left[1:], lca, *right[1:][::-1]] if lca not in (ha, hb) else [*left[1:], *right[1:]]
        )
        shape = "^".join(dep[i] for i in left) + "|" + "v".join(dep[i] for i in right)
        f.append(f"path={shape}")
        f.append(f"pathl={len(left)}_{len(right)}")
        f.append(f"lca={lemma[lca]}")
        f.append(f"lcad={dep[lca]}|{shape}")
        f += [f"lcat={p}" for p in predicates(lemma[lca], pos[lca])]
        f += [f"lcat={p}|{shape}" for p in predicates(lemma[lca], pos[lca])]
        for i in path:
            f.append(f"pl={lemma[i]}")
            f += [f"pt={p}" for p in predicates(lemma[i], pos[i])]
        if len(path) <= 4:
            f.append("pls=" + "_".join(lemma[i] for i in path))
        kids = [k for k in range(*pair.sentence) if heads[k] == lca and k != lca]
        if any(lemma[k] in NEGATIONS or dep[k] == "neg" for k in kids):
            f.append("neg")
        if any(tag[k] == "MD" for k in kids):
            f.append("modal")
        if tag[lca] in ("VBG",) or any(lemma[k] == "to" and dep[k] == "aux" for k in kids):
            f.append("inf")
    words = set(lemma[pair.sentence[0] : pair.sentence[1]])
    if '"' in words or "\u201c" in words or "say" in words:
        f.append("quote")
    return f
