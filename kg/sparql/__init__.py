"""SPARQL: queries over the exports with Oxigraph or rdflib, the on-disk store and its
incremental updates, the read-only endpoint, and SHACL validation.
"""
