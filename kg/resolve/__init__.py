"""Resolve: mentions (spaCy entities, gazetteer names, collective actors) and their resolution
into one entity per real actor across the corpus (types by vote, surnames, dated roles).
"""
