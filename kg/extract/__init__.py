"""Extraction: typed, qualified draft claims from parsed paragraphs whose tokens are linked to
entities. ``context`` holds what stages share for one article; each rule family is a module
(``roles``, ``coref``, ``places``, ``interactions``, ``quotes``; ``qualifiers`` gives status,
date, place and CAMEO to the others); ``stages`` lists them in order.
"""

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.stages import STAGES, Stage, run_stages

__all__ = ["STAGES", "ArticleContext", "Draft", "Paragraph", "Stage", "run_stages"]
