"""Word (.docx) documents: the body walker and reference managers' citation fields, shared by check and import."""
