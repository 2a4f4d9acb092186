"""Checking a manuscript: reading it, finding and resolving its citations, and putting evidence beside each claim."""
