"""The .bib store: lossless parsing and patching of BibTeX files, the parse cache, and user folders."""
