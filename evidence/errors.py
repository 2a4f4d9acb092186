"""Our exceptions, in one place so every module can raise them without import loops.

Tree::

    EvidenceError                 every error we raise on purpose; the CLI prints it as one line
    ├── LibraryError              the .bib file cannot be read or must not be written
    │   ├── LibraryParseError     blocks failed to parse / duplicate keys (carries the problems)
    │   ├── ConflictError         the file changed on disk, or is locked by another process
    │   └── LossGuardError        a save would leave fewer entries than were loaded
    ├── EntryError                a key is missing, duplicated or invalid
    ├── QueryError                a search query is malformed
    ├── SourceError               any source or the network failed: SourceNetworkError, ServiceError >
    │   │                         ServiceUnavailableError (Crossref, doi.org, DataCite, arXiv, Open Library)
    │   └── PubMedError           NCBI or the network to it failed (NetworkError, NCBIError > UnavailableError;
    │                             each also the matching SourceError kind, so one except catches every source)
    ├── ManuscriptError           a manuscript cannot be read
    └── FormatError               an import/export format problem (file, line)

Each error carries the data a caller needs (path, line) and a ``hint`` that tells the
user how to fix it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class EvidenceError(Exception):
    """Base class: an expected failure with a message, an optional location and a fix hint."""

    def __init__(
        self,
        message: str,
        *,
        hint: str | None = None,
        path: Path | str | None = None,
        line: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.path = Path(path) if path is not None else None
        self.line = line

    def location(self) -> str:
        """``file:line`` (or just ``file``) for messages; empty when unknown."""
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}" if self.line else str(self.path)

    def __str__(self) -> str:
        loc = self.location()
        text = f"{loc}: {self.message}" if loc else self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


class LibraryError(EvidenceError):
    """The library file cannot be read, or must not be written."""


class LibraryParseError(LibraryError):
    """The file has blocks that failed to parse or duplicate keys; writing is refused."""

    def __init__(self, message: str, *, problems: list[Any] | None = None, hint: str | None = None,
                 path: Path | str | None = None, line: int | None = None) -> None:
        super().__init__(message, hint=hint, path=path, line=line)
        self.problems = problems or []


class ConflictError(LibraryError):
    """Another process holds the lock, or the file changed since it was loaded."""


class LossGuardError(LibraryError):
    """Saving would leave fewer entries than were loaded."""


class EntryError(EvidenceError):
    """A citation key is unknown, duplicated or invalid."""


class QueryError(EvidenceError):
    """A search query is malformed."""


class SourceError(EvidenceError):
    """A bibliographic source (Crossref, doi.org, DataCite, arXiv, Open Library, NCBI) or its cache failed."""


class SourceNetworkError(SourceError):
    """No answer from a source: connection refused, DNS failure, timeout, or offline with a cache miss."""


class ServiceError(SourceError):
    """A source answered, but with an error (HTTP status, an answer that does not parse)."""


class ServiceUnavailableError(ServiceError):
    """A source kept answering "busy" (HTTP 429/5xx) through every retry: asking again at once will not help."""


class PubMedError(SourceError):
    """NCBI E-utilities or the network failed."""


class NetworkError(PubMedError, SourceNetworkError):
    """No answer: connection refused, DNS failure, timeout, or offline mode with a cache miss."""


class NCBIError(PubMedError, ServiceError):
    """NCBI answered, but with an error (HTTP status, <ERROR>, ErrorList, unparsable XML)."""


class UnavailableError(NCBIError, ServiceUnavailableError):
    """NCBI kept answering "busy" (HTTP 429/5xx) through every retry: asking again at once will not help."""


class ManuscriptError(EvidenceError):
    """A manuscript is empty, binary, too large or undecodable."""


class FormatError(EvidenceError):
    """An import or export file is in the wrong format, truncated, or badly encoded."""
