"""Named exceptions for the problems a user can meet; each message says what to do next."""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error kg reports to a user without a traceback."""


class InputError(KgError):
    """An article or its metadata cannot be read; the message names the file and the fix."""

    def __init__(self, path: str, problem: str, fix: str) -> None:
        self.path = path
        self.problem = problem
        self.fix = fix
        super().__init__(f"{path}: {problem}. {fix}")


class ModelError(KgError):
    """The spaCy model named by --model or KG_SPACY_MODEL cannot be loaded."""


class LanguageError(KgError):
    """An article's language has no rule data (no ``kg/data/<lang>/`` folder)."""


class GraphError(KgError):
    """A graph file or store is missing or unreadable."""


class EntityNotFoundError(KgError, LookupError):
    """No entity matches a name; the message lists close matches."""


class QueryError(KgError):
    """A SPARQL query or its bindings are invalid."""
