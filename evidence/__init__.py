"""evidence: a BibTeX reference manager that checks manuscripts against the studies they cite."""

__version__ = "0.1.0"
