"""Ingestion: read article files and their metadata, decode them, strip boilerplate, join
hard-wrapped lines, and keep a map from every cleaned character back to the original file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import importlib
import inspect
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError
from kg.language import check_language, data_root, language_code, supported_languages
from kg.model import Article

if TYPE_CHECKING:
    from kg.ingest.corpora import Columns

MAX_BYTES = (
    10_000_000  # a news article is far smaller; bigger files are refused, not parsed for hours
)
# Characters of clean text in one article. The parser sees at most MAX_RUN characters at a
# time, but an article's parsed paragraphs stay in memory together (coreference reads
# across them), about 1.2 GB per million characters: past this an article is refused, so a
# build's memory is bounded whatever one file holds. The longest news2015 article has 11,562.
MAX_TEXT = 250_000
# suffix -> the reader of such a file, "module:function" (imported when first used): it takes
# the path and, by name, the options it needs (published, on_error, columns) and returns an
# Article or an iterable of them. A new input type is one module and one line here.
READERS: dict[str, str] = {
    ".txt": "kg.ingest.articles:read_article",
    ".text": "kg.ingest.articles:read_article",
    ".md": "kg.ingest.articles:read_article",
    ".html": "kg.ingest.webpage:read_webpage",  # trafilatura
    ".htm": "kg.ingest.webpage:read_webpage",
    ".rss": "kg.ingest.feeds:read_feed",  # feedparser
    ".atom": "kg.ingest.feeds:read_feed",
    ".xml": "kg.ingest.feeds:read_feed",
    ".jsonl": "kg.ingest.corpora:read_jsonl",
    ".ndjson": "kg.ingest.corpora:read_jsonl",
    ".csv": "kg.ingest.corpora:read_csv",
}
ARTICLE_SUFFIXES = tuple(READERS)
MAX_META_BYTES = 100_000
META_LIMITS = {"title": 1_000, "source": 300, "url": 2_000, "language": 35, "author": 300}
_TERMINAL = tuple(".!?:;\"'”’)]")
_WS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """Markers of text that is not part of the article (teasers, adverts, share lines)."""

    cut_from: tuple[str, ...]
    drop_prefixes: tuple[str, ...]
    drop_exact: tuple[str, ...]

    def cuts(self, line: str) -> bool:
        return line.lower().rstrip(":") in _lowered(self.cut_from)

    def drops(self, line: str) -> bool:
        low = line.lower()
        return low in _lowered(self.drop_exact) or low.startswith(_lowered(self.drop_prefixes))


@lru_cache(maxsize=16)  # asked for every line of every article
def _lowered(markers: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(m.lower() for m in markers)


def load_boilerplate(language: str | None = "en") -> Boilerplate:
    """Boilerplate markers of a language (``kg/data/<lang>/boilerplate.json``); a language
    without rule data raises LanguageError."""
    return _boilerplate(check_language(language))


@lru_cache(maxsize=4)
def _boilerplate(code: str) -> Boilerplate:
    data = json.loads(data_root().joinpath(f"{code}/boilerplate.json").read_text("utf-8"))
    return Boilerplate(
        cut_from=tuple(data["cut_from"]),
        drop_prefixes=tuple(data["drop_prefixes"]),
        drop_exact=tuple(data["drop_exact"]),
    )


def clean_text(
    raw: str, boilerplate: Boilerplate | None = None
) -> tuple[str, tuple[int, ...], tuple[tuple[int, int], ...]]:
    """Clean ``raw`` text; return the text, its offset map and its paragraph spans.

    Paragraphs are separated by ``"\\n\\n"`` in the result. Whitespace runs become one space.
    A line break inside a sentence (the next line starts in lower case, the previous one does
    not end a sentence) is a hard wrap and is joined; in a text whose paragraphs are separated
    by blank lines, every single line break is a wrap.

    >>> text, offsets, paras = clean_text("Putin met\\nwith Xi in   Moscow.\\nREAD MORE: x\\nBye.")
    >>> text
    'Putin met with Xi in Moscow.\\n\\nBye.'
    >>> paras
    ((0, 28), (30, 34))
    """
    bp = boilerplate or load_boilerplate()
    raw, kept = _drop_invisible(raw)
    spans: list[tuple[int, str]] = []
    position = 0
    for line in raw.split("\n"):
        spans.append((position, line))
        position += len(line) + 1
    blank_separated = bool(re.search(r"\S[ \t\r]*\n[ \t\r]*\n[ \t\r]*\S", raw))

    paragraphs: list[list[tuple[int, str]]] = []  # each: lines (raw start of stripped text, text)
    current: list[tuple[int, str]] = []
    for start, line in spans:
        stripped = line.strip()
        if not stripped:
            if current:
                paragraphs.append(current)
                current = []
            continue
        lead = len(line) - len(line.lstrip())
        if bp.cuts(stripped):
            break
        if bp.drops(stripped):
            if current:
                paragraphs.append(current)
                current = []
            continue
        if current and not _is_wrap(current[-1][1], stripped, blank_separated):
            paragraphs.append(current)
            current = []
        current.append((start + lead, stripped))
    if current:
        paragraphs.append(current)

    chars: list[str] = []  # pieces of the text (a line whose spaces are single, whole)
    offsets: list[int] = []  # one a character: ``len(offsets)`` is the text's length so far
    para_spans: list[tuple[int, int]] = []
    for para in paragraphs:
        if chars:
            gap = offsets[-1] + 1
            chars.append("\n\n")
            offsets.extend((gap, gap))
        para_start = len(offsets)
        for index, (line_start, line) in enumerate(para):
            if index:
                chars.append(" ")
                offsets.append(offsets[-1] + 1)
            if _COLLAPSES.search(line) is None:  # nothing to collapse: the line as it is
                chars.append(line)
                offsets.extend(range(line_start, line_start + len(line)))
            else:
                _append_collapsed(line, line_start, chars, offsets)
        para_spans.append((para_start, len(offsets)))
    if kept is not None:  # offsets into the visible text, back to the raw text
        offsets = [kept[o] for o in offsets]
    return "".join(chars), tuple(offsets), tuple(para_spans)


# Zero-width and direction marks that copy-paste leaves inside words ("An\u200ekara"); they
# would split a name in two. Joiners (U+200C, U+200D) are kept: some scripts spell with them.
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]")


def _drop_invisible(raw: str) -> tuple[str, list[int] | None]:
    """``raw`` without invisible marks, and the raw index of each character kept (None when
    there is nothing to drop).

    >>> _drop_invisible("An\u200ekara")
    ('Ankara', [0, 1, 3, 4, 5, 6])
    """
    if _INVISIBLE.search(raw) is None:
        return raw, None
    kept = [i for i, ch in enumerate(raw) if _INVISIBLE.match(ch) is None]
    return "".join(raw[i] for i in kept), kept


def _is_wrap(previous: str, line: str, blank_separated: bool) -> bool:
    if blank_separated:
        return True
    return not previous.endswith(_TERMINAL) and line[:1].islower()


_RUN = re.compile(r"(\s+)|\S+")  # ``\s`` is ``str.isspace`` for every code point
# a whitespace run that is not one plain space (a line without one is kept as it is)
_COLLAPSES = re.compile(r"\s\s|[^\S ]")


def _append_collapsed(line: str, line_start: int, chars: list[str], offsets: list[int]) -> None:
    """Append ``line`` with each whitespace run as one space (at the run's first offset)."""
    for run in _RUN.finditer(line):
        start = line_start + run.start()
        if run.group(1) is not None:
            chars.append(" ")
            offsets.append(start)
        else:
            chars.extend(run.group())
            offsets.extend(range(start, line_start + run.end()))


def collapse_ws(text: str) -> str:
    """Collapse whitespace runs to one space and strip, as evidence sentences are compared.

    >>> collapse_ws(" growing public\\n support ")
    'growing public support'
    """
    return _WS.sub(" ", text).strip()


def decode_bytes(data: bytes, path: str) -> str:
    """Decode an article: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(
                path, "has a UTF-16 mark but is not valid UTF-16", _ENCODING_FIX
            ) from exc
    if b"\x00" in data[:8192]:
        raise InputError(
            path, "looks binary (it contains NUL bytes)", "Give kg plain-text or HTML articles."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise InputError(path, "is not text in a known encoding", _ENCODING_FIX)
    return text


_ENCODING_FIX = "Convert it to UTF-8 (e.g. `iconv -f OLD -t UTF-8 FILE`)."


class _TextExtractor(HTMLParser):
    """Collect the visible text of an HTML page, one block element a paragraph."""

    _BLOCKS = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "article",
            "section",
            "blockquote",
            "title",
        }
    )
    _SKIP = frozenset({"script", "style", "noscript", "template", "svg", "nav", "footer"})
    # HTML5 lets </head> (and <head>) be omitted: the first body element ends the head
    _HEAD_ONLY = frozenset({"title", "meta", "link", "base", "script", "style", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._in_head = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head":
            self._in_head = True
        elif self._in_head and tag not in self._HEAD_ONLY:
            self._in_head = False
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self._in_head = False
        elif tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip and not self._in_head:
            self.parts.append(data)


def looks_like_html(text: str, path: str = "") -> bool:
    head = text.lstrip()[:500].lower()
    return path.lower().endswith((".html", ".htm")) or head.startswith(("<!doctype html", "<html"))


def html_to_text(text: str) -> str:
    """Visible text of an HTML page, paragraphs separated by blank lines."""
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    joined = html.unescape("".join(parts for parts in parser.parts))
    return re.sub(r"\n[ \t]*(\n[ \t]*)+", "\n\n", joined).strip()


def parse_date(value: str, where: str) -> str:
    """Validate an ISO 8601 date (``YYYY-MM-DD``); raise InputError naming ``where`` otherwise."""
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except (ValueError, AttributeError) as exc:
        raise InputError(
            where, f"{value!r} is not an ISO date", "Write the date as YYYY-MM-DD, e.g. 2025-08-08."
        ) from exc


def read_meta(path: Path) -> dict[str, Any]:
    """Read the optional sidecar ``NAME.meta.json`` of an article."""
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.exists():
        return {}
    _require_regular(meta_path)
    if meta_path.stat().st_size > MAX_META_BYTES:
        raise InputError(
            str(meta_path), f"is over the {MAX_META_BYTES}-byte limit", "Keep metadata short."
        )
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(
            str(meta_path), f"is not valid JSON ({exc})", "Fix or delete the .meta.json file."
        ) from exc
    if not isinstance(meta, dict):
        raise InputError(str(meta_path), "is not a JSON object", 'Write {"published": ...}.')
    for key, limit in META_LIMITS.items():
        if key in meta and meta[key] is not None and not isinstance(meta[key], str):
            raise InputError(str(meta_path), f"field {key!r} is not a string", "Use a string.")
        if isinstance(meta.get(key), str) and len(meta[key]) > limit:
            raise InputError(
                str(meta_path),
                f"field {key!r} is {len(meta[key])} characters, over the limit of {limit}",
                "Shorten it.",
            )
    if meta.get("published") is not None:
        if not isinstance(meta["published"], str):
            raise InputError(str(meta_path), "'published' is not a string", "Use YYYY-MM-DD.")
        meta["published"] = parse_date(meta["published"], str(meta_path))
    return meta


def _read_capped(path: Path) -> bytes:
    """The file's bytes, refusing one that is (or grows) over MAX_BYTES while read."""
    with path.open("rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(str(path), f"is over the {MAX_BYTES}-byte limit", "Split the file.")
    return data


def _require_regular(path: Path) -> None:
    """Refuse FIFOs, devices and sockets: reading one could block for ever."""
    if not path.is_file():
        raise InputError(
            str(path), "is not a regular file (a pipe, device or socket)", "Give kg files."
        )


def article_id_for(path: Path) -> str:
    """Article id from a file name: its stem, made safe for IRIs."""
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", path.stem).strip("_") or "article"
    return stem


def make_article(
    raw: str,
    article_id: str,
    path: str = "",
    *,
    published: str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    language: str = "en",
    author: str | None = None,
) -> Article:
    """Clean ``raw`` text into an Article. Raises InputError when nothing is left."""
    if looks_like_html(raw, path):
        raw = html_to_text(raw)
    text, offsets, paragraphs = clean_text(raw, load_boilerplate(language))
    if not text.strip():
        raise InputError(
            path or article_id,
            "has no article text (empty, whitespace or only boilerplate)",
            "Check the file, or remove it from the input.",
        )
    if len(text) > MAX_TEXT:
        raise InputError(
            path or article_id,
            f"has {len(text):,} characters of text, over the {MAX_TEXT:,}-character limit "
            "for one article",
            "Split it into articles.",
        )
    return Article(
        sha256=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        id=article_id,
        path=path,
        raw=raw,
        text=text,
        offsets=offsets,
        paragraphs=paragraphs,
        title=title,
        published=published,
        source=source,
        url=url,
        language=language,
        author=author,
    )


def read_file_bytes(path: Path) -> bytes:
    """The bytes of one input file: it must exist, be a regular file (a FIFO would hang the
    build) and stay under the size limit; every input kind reads through here."""
    if not path.exists():
        raise InputError(str(path), "does not exist", "Check the path.")
    _require_regular(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(
            str(path), f"is {size} bytes, over the {MAX_BYTES}-byte limit", "Split the file."
        )
    try:
        return _read_capped(path)
    except OSError as exc:
        raise InputError(
            str(path), f"cannot be read ({exc.strerror})", "Check its permissions."
        ) from exc


def sidecar_fields(path: Path, published: str | None = None) -> dict[str, Any]:
    """The metadata keyword arguments of an article read from ``path``: its sidecar's
    published date (``published`` wins), title, source, URL, author and checked language."""
    meta = read_meta(path)
    return {
        "published": published or meta.get("published"),
        "title": meta.get("title"),
        "source": meta.get("source"),
        "url": meta.get("url"),
        "author": meta.get("author"),
        "language": meta_language(path, meta),
    }


def read_article(path: Path, published: str | None = None) -> Article:
    """Read one article file with its sidecar metadata; ``published`` overrides the sidecar."""
    raw = decode_bytes(read_file_bytes(path), str(path))
    return make_article(raw, article_id_for(path), str(path), **sidecar_fields(path, published))


def meta_language(path: Path, meta: dict[str, Any]) -> str:
    """The sidecar's ``language`` (English when absent); one kg has no rule data for
    (no ``kg/data/<lang>/`` folder) is refused, naming the languages there are."""
    language = str(meta.get("language") or "en")
    known = supported_languages()
    if language_code(language) not in known:
        raise InputError(
            str(path.with_name(path.stem + ".meta.json")),
            f"says the article is in {language.lower()!r}, but kg has rule data only for "
            f"{', '.join(known)}",
            "Translate the article, or correct 'language' if it is wrong.",
        )
    return language


def find_article_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders into article files, sorted so builds are deterministic."""
    for entry in paths:
        path = Path(entry)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if (p.is_file() or _dangling(p))
                and p.suffix.lower() in ARTICLE_SUFFIXES
                and not p.name.startswith(".")
                and not _written_by_kg(p)
            )
            if not found:
                # reported like a bad file, so the build says so and exits non-zero
                yield path
            yield from found
        else:
            yield path


def _dangling(path: Path) -> bool:
    """A link whose target is gone: read, so that it is reported as missing, not passed over,
    since someone put it among the articles."""
    return path.is_symlink() and not path.exists()


def _written_by_kg(path: Path) -> bool:
    """True for a file kg wrote (an export beside the others, or any page with kg's
    generator tag): an output folder inside the input folder is not read back as articles."""
    from kg.io.fsio import holds_exports
    from kg.io.ownership import WRITTEN_NAMES, is_kg_page

    if path.name in WRITTEN_NAMES and holds_exports(path.parent):
        return True
    if path.suffix.lower() not in (".html", ".htm"):
        return False
    return is_kg_page(path)


def read_lines(path: Path, published: str | None = None) -> Iterator[Article]:
    """Each non-empty line of ``path`` as its own article ``FILE:LINE`` (sentence benchmarks)."""
    _require_regular(path)
    raw = decode_bytes(_read_capped(path), str(path))
    for number, line in enumerate(raw.splitlines(), start=1):
        if line.strip():
            yield make_article(line, f"{path.name}:{number}", str(path), published=published)


# -- dispatch by suffix: pages, feeds and corpora are read by their own modules -------------


def read_articles(
    path: Path,
    published: str | None = None,
    *,
    on_error: Callable[[InputError], None],
    columns: Columns | None = None,
) -> Iterator[Article]:
    """Every article in one file, by its suffix (``READERS``): an HTML page (``webpage``), an
    RSS/Atom feed (``feeds``), a JSON Lines or CSV corpus (``corpora``), else a text article.
    A bad entry or row goes to ``on_error``; the others are read."""
    if path.exists():
        _require_regular(path)  # a FIFO of any kind would block the reader for ever
    spec = READERS.get(path.suffix.lower(), READERS[".txt"])
    module, name = spec.split(":")
    reader = getattr(importlib.import_module(module), name)
    options = {"published": published, "on_error": on_error, "columns": columns}
    accepted = inspect.signature(reader).parameters
    result = reader(path, **{k: v for k, v in options.items() if k in accepted})
    if isinstance(result, Article):
        yield result
    else:
        yield from result
