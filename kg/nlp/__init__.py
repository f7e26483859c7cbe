"""NLP: the spaCy model (loaded once, named by a setting) and parsing on a Dask cluster.
spaCy ``Doc`` values never leave the build loop and the extraction stages.
"""
