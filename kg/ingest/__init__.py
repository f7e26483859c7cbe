"""Ingest: files, saved pages, feeds and corpora become ``Article`` values (clean text, offsets
into the raw file, paragraphs, metadata); article ids that never collide. Owns every input
format: add one as a module here and one suffix line in ``articles.READERS``.
"""
