"""Ingestion: boilerplate, line joining, whitespace, offsets back to the raw file, decoding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import InputError
from kg.ingest.articles import (
    clean_text,
    collapse_ws,
    decode_bytes,
    find_article_files,
    read_article,
)
from tests.conftest import ROOT, SEED


def test_ingest_drops_teasers_and_everything_after_you_may_also_like() -> None:
    """READ MORE lines and the 'You may also like' block never reach the cleaned text."""
    article = read_article(SEED)
    assert "READ MORE" not in article.text
    assert "nuclear missile tests" not in article.text
    assert "You may also like" not in article.text
    assert "Princess Beatrice" not in article.text
    assert "Coronation Street" not in article.text
    assert article.text.endswith("600-mile front line.")


def test_ingest_joins_hard_wrapped_lines() -> None:
    """'growing public' / 'support in Ukraine' is one sentence after cleaning."""
    article = read_article(SEED)
    assert "growing public support in Ukraine" in article.text


def test_ingest_keeps_paragraph_breaks() -> None:
    """Separate lines that end sentences stay separate paragraphs."""
    text, _, paragraphs = clean_text("Putin spoke.\nXi listened.\nModi left.")
    assert [text[s:e] for s, e in paragraphs] == ["Putin spoke.", "Xi listened.", "Modi left."]


def test_ingest_blank_line_paragraphs_make_single_breaks_wraps() -> None:
    """In a text with blank-line paragraphs, a single newline is a wrap even before a capital."""
    text, _, paragraphs = clean_text("Macron met\nXi Jinping today.\n\nThe end.")
    assert [text[s:e] for s, e in paragraphs] == ["Macron met Xi Jinping today.", "The end."]


def test_ingest_offsets_map_every_span_back_to_the_raw_file() -> None:
    """raw[start:end], whitespace collapsed, equals the cleaned span, for every sentence."""
    article = read_article(SEED)
    for sentence in (
        "Trump had a phone call with Zelensky on Wednesday before a Gallup poll "
        "yesterday revealed growing public support in Ukraine for ending the war "
        "through negotiations.",
        "Yuri Ushakov, the Russian leader’s foreign policy",
    ):
        i = article.text.index(sentence)
        start, end = article.raw_span(i, i + len(sentence))
        assert collapse_ws(article.raw[start:end]) == sentence


def test_ingest_collapses_whitespace() -> None:
    """Runs of spaces and tabs become one space."""
    text, _, _ = clean_text("Putin   met \t Xi.")
    assert text == "Putin met Xi."


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_ingest_cleaning_is_idempotent_and_offsets_are_valid(raw: str) -> None:
    """Cleaning clean text changes nothing, and every offset points at the same character."""
    text, offsets, _ = clean_text(raw)
    assert len(offsets) == len(text)
    for i, ch in enumerate(text):
        if ch not in " \n":
            assert raw[offsets[i]] == ch
    again, _, _ = clean_text(text)
    assert again == text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Zelensky – “hi”".encode(), "Zelensky – “hi”"),
        (b"\xef\xbb\xbfPutin", "Putin"),
        ("Erdoğan".encode("utf-16"), "Erdoğan"),
        ("Café Genève".encode("cp1252"), "Café Genève"),
    ],
)
def test_ingest_decodes_common_encodings(data: bytes, expected: str) -> None:
    """UTF-8 with or without BOM, UTF-16 with BOM, and Windows-1252 are read."""
    assert decode_bytes(data, "x.txt") == expected


def test_ingest_refuses_binary_with_the_file_name() -> None:
    """A binary file is refused with a message naming it."""
    with pytest.raises(InputError, match=r"photo\.txt.*binary"):
        decode_bytes(b"\x89PNG\x00\x00\x01", "photo.txt")


def test_ingest_reads_sidecar_metadata(tmp_path: Path) -> None:
    """NAME.meta.json gives published, title, source and url; --published overrides it."""
    path = tmp_path / "a.txt"
    path.write_text("Macron met Xi.", "utf-8")
    meta = {"published": "2024-05-06", "title": "T", "source": "S", "url": "https://e.x/a"}
    (tmp_path / "a.meta.json").write_text(json.dumps(meta), "utf-8")
    article = read_article(path)
    assert (article.published, article.title, article.source, article.url) == (
        "2024-05-06",
        "T",
        "S",
        "https://e.x/a",
    )
    assert read_article(path, published="2025-01-02").published == "2025-01-02"


@pytest.mark.parametrize(
    ("meta", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"published": "last Tuesday"}', "not an ISO date"),
        ('["a"]', "not a JSON object"),
        ('{"title": 5}', "not a string"),
    ],
)
def test_ingest_bad_metadata_names_the_file(tmp_path: Path, meta: str, message: str) -> None:
    """Malformed or contradictory metadata raises InputError naming the .meta.json file."""
    path = tmp_path / "b.txt"
    path.write_text("Macron met Xi.", "utf-8")
    (tmp_path / "b.meta.json").write_text(meta, "utf-8")
    with pytest.raises(InputError, match=message) as info:
        read_article(path)
    assert "b.meta.json" in str(info.value)


def test_ingest_html_page_becomes_text(tmp_path: Path) -> None:
    """An HTML page given as an article is reduced to its visible text."""
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><script>evil()</script></head><body><p>Macron met Xi "
        "in Paris.</p><p>Second &amp; last.</p></body></html>",
        "utf-8",
    )
    article = read_article(path)
    assert "evil" not in article.text
    assert article.text == "Macron met Xi in Paris.\n\nSecond & last."


def test_ingest_unreadable_file_is_an_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that cannot be read (permissions, I/O error) is reported, not a crash."""
    path = tmp_path / "locked.txt"
    path.write_text("Macron met Xi.", "utf-8")

    def refuse(self: Path, *args: object, **kwargs: object) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError, match=r"locked\.txt.*Permission denied"):
        read_article(path)


def test_ingest_non_english_metadata_is_refused(tmp_path: Path) -> None:
    """A sidecar naming a language kg has no rule data for is reported with the fix."""
    path = tmp_path / "fr.txt"
    path.write_text("Macron a rencontré Xi.", "utf-8")
    (tmp_path / "fr.meta.json").write_text('{"language": "fr"}', "utf-8")
    with pytest.raises(InputError, match=r"'fr'.*rule data only for en\. Translate"):
        read_article(path)


def test_ingest_fifo_input_and_sidecar_do_not_hang(tmp_path: Path) -> None:
    """A named pipe as an article, a .meta.json or a gazetteer is refused at once (real process)."""
    import os
    import subprocess
    import sys

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text("Emmanuel Macron met Olaf Scholz.\n", "utf-8")
    os.mkfifo(tmp_path / "a.meta.json")
    os.mkfifo(tmp_path / "gaz.jsonl")
    for name in ("page.html", "feed.rss", "rows.csv", "rows.jsonl"):
        os.mkfifo(tmp_path / name)
    (tmp_path / "b.txt").write_text("Emmanuel Macron met Olaf Scholz.\n", "utf-8")
    cases = [["pipe.txt"], ["a.txt"], ["b.txt", "--gazetteer", "gaz.jsonl"]]
    cases += [[name] for name in ("page.html", "feed.rss", "rows.csv", "rows.jsonl")]
    for args in cases:
        result = subprocess.run(
            [sys.executable, "-m", "kg.cli", "extract", *args],
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=120,  # a hang fails the test instead of stalling the suite
        )
        assert result.returncode != 0
        assert "not a regular file" in result.stderr, args
        assert "Traceback" not in result.stderr


def test_ingest_metadata_fields_have_length_limits(tmp_path: Path) -> None:
    """A sidecar with a huge title is refused with the field and the limit."""
    (tmp_path / "a.txt").write_text("Emmanuel Macron met Olaf Scholz.\n", "utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"title": "T" * 5000}), "utf-8")
    with pytest.raises(InputError, match="'title' is 5000 characters, over the limit of 1000"):
        read_article(tmp_path / "a.txt")
    (tmp_path / "a.meta.json").write_text(json.dumps({"source": "s", "x": "y" * 200_000}))
    with pytest.raises(InputError, match="byte limit"):
        read_article(tmp_path / "a.txt")


def test_ingest_html5_without_head_end_tag_is_read() -> None:
    """Valid HTML5 that omits </head> (or <body>) keeps its body text."""
    from kg.ingest.articles import html_to_text

    for page in (
        "<!doctype html><html><head><title>T</title><meta charset=utf-8><body><p>Modi met Biden.",
        "<!DOCTYPE html><head><title>T</title><p>Modi met Biden.</p>",
        "<html><head><title>T</title></head><body><p>Modi met Biden.</p></body></html>",
    ):
        assert html_to_text(page) == "Modi met Biden."


def test_ingest_long_line_without_punctuation_is_cut_for_the_parser() -> None:
    """A line with no sentence end reaches spaCy in pieces of at most MAX_RUN characters,
    while ordinary paragraphs stay whole."""
    from kg.ingest.articles import make_article
    from kg.pipeline import MAX_RUN, chunks

    words = " ".join(
        ("Putin met Zelensky and the leader of Russia")[i % 40 :][:7] for i in range(30_000)
    )
    article = make_article(words, "long")
    spans = chunks(article)
    assert max(e - s for s, e in spans) <= MAX_RUN
    assert "".join(article.text[s:e] for s, e in spans) == article.text
    prose = make_article(" ".join(["Putin met Xi in Moscow on Tuesday."] * 100), "prose")
    assert chunks(prose) == list(prose.paragraphs)


def read_shouting(path: Path, published: str | None = None) -> list[Any]:
    """A reader for the test below: every line of a ``.shout`` file, lower-cased."""
    from kg.ingest.articles import make_article

    lines = path.read_text("utf-8").splitlines()
    return [
        make_article(x.lower(), f"s{n}", str(path), published=published)
        for n, x in enumerate(lines)
    ]


def test_ingest_new_input_type_is_one_reader_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A suffix line in READERS is all a new input type needs; each reader gets the options
    it names (here only ``published``), and an unknown suffix is read as text."""
    from kg.ingest import articles

    monkeypatch.setitem(articles.READERS, ".shout", "tests.test_ingest:read_shouting")
    path = tmp_path / "a.shout"
    path.write_text("XI MET LULA.\nMODI MET RUTO.\n", "utf-8")
    found = list(articles.read_articles(path, "2024-05-02", on_error=lambda e: None))
    assert [(a.text, a.published) for a in found] == [
        ("xi met lula.", "2024-05-02"),
        ("modi met ruto.", "2024-05-02"),
    ]
    other = tmp_path / "b.unknown"
    other.write_text("Xi met Lula.", "utf-8")
    assert [a.text for a in articles.read_articles(other, on_error=lambda e: None)] == [
        "Xi met Lula."
    ]


def _collapsed_char_by_char(line: str, start: int) -> tuple[list[str], list[int]]:
    """The per-character reference of ``_append_collapsed``."""
    chars: list[str] = []
    offsets: list[int] = []
    in_space = False
    for i, ch in enumerate(line):
        if ch.isspace():
            if not in_space:
                chars.append(" ")
                offsets.append(start + i)
            in_space = True
            continue
        in_space = False
        chars.append(ch)
        offsets.append(start + i)
    return chars, offsets


@given(st.text(alphabet=st.sampled_from("ab \t\u00a0\u2003\u1680\x1c\x85é.\r"), max_size=40))
def test_ingest_collapsed_runs_equal_char_by_char(line: str) -> None:
    """Whitespace runs collapse to one space at the run's first offset, as a per-character
    scan does, for any whitespace str.isspace knows."""
    from kg.ingest.articles import _append_collapsed

    chars: list[str] = ["x"]
    offsets: list[int] = [0]
    _append_collapsed(line, 7, chars, offsets)
    expected = _collapsed_char_by_char(line, 7)
    assert (chars[1:], offsets[1:]) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Erdogan flew to An\u200ekara.", "Erdogan flew to Ankara."),
        ("\ufeffMaduro met\u200b Lula.", "Maduro met Lula."),
        ("Kagame spoke.\n\u200f\n\nRuto listened.", "Kagame spoke.\n\nRuto listened."),
        ("\u202aNetanyahu\u202c visited Kyiv.", "Netanyahu visited Kyiv."),
    ],
)
def test_ingest_drops_invisible_marks(raw: str, expected: str) -> None:
    """Zero-width and direction marks inside a line are dropped; offsets still point at the
    raw characters; a line of nothing but marks is blank."""
    text, offsets, _ = clean_text(raw)
    assert text == expected
    for i, ch in enumerate(text):
        if ch not in " \n":
            assert raw[offsets[i]] == ch


def test_ingest_keeps_joiners() -> None:
    """Zero-width joiners spell some scripts; they are not marks to drop."""
    text, _, _ = clean_text("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645")
    assert "\u200c" in text


def test_ingest_folder_reports_a_dangling_link(tmp_path: Path) -> None:
    """A link to a moved article in a folder is listed, so the build names it as missing; a
    link's target that is no article (a folder) is still passed over."""
    (tmp_path / "kept.txt").write_text("Modi met Biden.", encoding="utf-8")
    (tmp_path / "moved.txt").symlink_to(tmp_path / "gone" / "moved.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "folder.txt").symlink_to(tmp_path / "sub")
    assert [p.name for p in find_article_files([tmp_path])] == ["kept.txt", "moved.txt"]
