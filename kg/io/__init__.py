"""I/O: every export and reader. ``formats`` is the registry (name -> suffix, writer, reader);
RDF, JSON Lines, the HTML page, GraphML, PLOVER records and CSV each have one module; ``fsio``
writes them so that a failed run never leaves a half-written or emptied output.
"""
