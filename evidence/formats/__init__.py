"""Reading and writing other formats: BibTeX, RIS, MEDLINE, CSL-JSON, styled bibliographies, and import."""
