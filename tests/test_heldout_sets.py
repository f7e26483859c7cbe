"""`bench/heldout.py open`: the benchmark's own set and every held-out set not sealed, the
README's "together" row in one command."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture
def heldout(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The bench script as a module (its ``_here`` import needs ``bench/`` on the path)."""
    monkeypatch.syspath_prepend(str(BENCH))
    spec = importlib.util.spec_from_file_location("heldout_script", BENCH / "heldout.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sealed() -> set[str]:
    text = (BENCH / "heldout" / "sealed.txt").read_text(encoding="utf-8")
    return {line for line in text.splitlines() if line and not line.startswith("#")}


def test_heldout_open_leaves_out_the_sealed_sets(heldout: ModuleType) -> None:
    """`open` is realnews_dev first, then every gold file whose name sealed.txt does not list."""
    names = heldout.set_names(["open"])
    every = sorted(p.stem for p in (BENCH / "heldout").glob("*.json"))
    assert names[0] == "realnews_dev"
    assert names[1:] == [name for name in every if name not in _sealed()]
    assert "L1" in names


def test_heldout_sealed_list_names_gold_files() -> None:
    """Every line of sealed.txt names a gold file, so a typo cannot open a sealed set."""
    assert _sealed()
    assert all((BENCH / "heldout" / f"{name}.json").is_file() for name in _sealed())


@pytest.mark.parametrize(
    ("asked", "expected"),
    [(["L1", "realnews_dev"], ["L1", "realnews_dev"]), (["M2"], ["M2"])],
)
def test_heldout_named_sets_kept(
    heldout: ModuleType, asked: list[str], expected: list[str]
) -> None:
    """Sets named on the command line are scored as named, in that order."""
    assert heldout.set_names(asked) == expected


def test_heldout_no_name_is_every_set(heldout: ModuleType) -> None:
    """With no name every gold file is scored, as before (sealed ones included)."""
    every = sorted(p.stem for p in (BENCH / "heldout").glob("*.json"))
    assert heldout.set_names([]) == every
