"""Where records come from: the NCBI E-utilities client, PubMed records, and the enrich pipeline."""
