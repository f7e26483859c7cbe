"""The README's `kg query` examples over the seed print exactly what the README shows."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from kg.cli import main
from tests.conftest import ROOT

_PROMPT = "$ kg query "
_ROWS = re.compile(r"^\(\d+ rows?\)$")


def _examples() -> list[tuple[str, list[str]]]:
    """(command line, printed lines) of every README `kg query` example that reads the seed."""
    lines = (ROOT / "README.md").read_text("utf-8").splitlines()
    found: list[tuple[str, list[str]]] = []
    i = 0
    while i < len(lines):
        if not lines[i].startswith(_PROMPT) or "--graph" in lines[i]:
            i += 1
            continue
        command = lines[i][len("$ ") :]
        while command.count("'") % 2:  # a quoted query spans lines until its closing quote
            i += 1
            command += "\n" + lines[i]
        printed: list[str] = []
        i += 1
        while i < len(lines) and not _ROWS.match(lines[i]):
            printed.append(lines[i])
            i += 1
        found.append((command, [*printed, lines[i]]))
        i += 1
    return found


EXAMPLES = _examples()


def test_readme_has_seed_query_examples() -> None:
    """The parser finds the README's examples (a test over none would pass vacuously)."""
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize(("command", "printed"), EXAMPLES, ids=[c[:40] for c, _ in EXAMPLES])
def test_readme_query_example_prints_what_the_readme_shows(
    seed_out: Path, capsys: pytest.CaptureFixture[str], command: str, printed: list[str]
) -> None:
    """Run the example on the seed's graph; compare line by line (trailing blanks aside)."""
    argv = [*shlex.split(command)[1:], "--graph", str(seed_out / "graph.ttl")]
    assert main(argv) == 0
    shown = [line.rstrip() for line in capsys.readouterr().out.splitlines()]
    assert shown == [line.rstrip() for line in printed]
