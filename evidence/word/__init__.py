"""Word (.docx) documents: the reader, the body walker and the citation fields, shared by check and import."""
