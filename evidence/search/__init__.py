"""Searching a library: text analysis shared with the checker, the query language, and the Whoosh index."""
