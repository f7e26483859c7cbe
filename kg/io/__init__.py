"""I/O: every export and reader. ``formats`` is the registry (name -> suffix, writer, reader);
RDF, JSON Lines, the HTML page, GraphML, PLOVER records and CSV each have one module (the page
also has ``view``, what it draws and lists, and ``browser``, the headless Chromium that tests and
pictures it); ``fsio`` writes them so that a failed run never leaves a half-written or emptied
output.
"""
