"""Pool 14 (round twenty, E-P14): a byte-for-byte copy of pool 13's wrap.py (only this first docstring line added).
Pool 13 (round eighteen, E-P13): a byte-for-byte copy of pool 12's wrap.py (only this first docstring line added).
Pool 12 (round sixteen, E-P12): a byte-for-byte copy of pool 11's wrap.py (only this docstring line differs).
Pool 9 (round fourteen, E-P9): a byte-for-byte copy of pool 8's wrap.py (only this docstring's first lines differ).
Pool 8 (round thirteen, E-P8): the pool's own wrapping of records. Pool 7's wrap.py, extended for PubmedArticle
sources as the round-thirteen brief says.

Source files in src/ are of two formats:
- `<MedlineCitationSet>` files (pool 7's files): one `<MedlineCitation ...>...</MedlineCitation>` element becomes

      b"<PubmedArticle>" + <the element's exact bytes, as they stand in the source file> + b"</PubmedArticle>"

  (nothing else changed: no re-indentation, no line-ending change; CRLF files keep their CRLF inside the element);
- `<PubmedArticleSet>` files: a record is the `<PubmedArticle>...</PubmedArticle>` element's exact bytes, unchanged.

A records.xml is then

    b'<?xml version="1.0" encoding="UTF-8"?>\\n<PubmedArticleSet>\\n' + b"\\n".join(wrapped) + b"\\n</PubmedArticleSet>\\n"

Use (library):   from wrap import records, wrapped, records_xml
    records(path)            -> list of (pmid, element_bytes) in file order (first <PMID> of each element); the
                                element is a <PubmedArticle> element if the file has any, else a <MedlineCitation>
    wrapped(element_bytes)   -> a <PubmedArticle> element is returned as it is; a <MedlineCitation> element as
                                b"<PubmedArticle>" + element_bytes + b"</PubmedArticle>"
    records_xml([wrapped..]) -> the whole records.xml bytes
Use (command):  python3 wrap.py PMID [PMID ...] > records.xml   (looks each PMID up in src/, first occurrence in
                the FILES order of pool_order.py, and writes records.xml bytes in the order given)
"""
import re, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
ELEMENT = re.compile(rb"<MedlineCitation[ >].*?</MedlineCitation>", re.S)   # not <MedlineCitationSet>
ARTICLE = re.compile(rb"<PubmedArticle[ >].*?</PubmedArticle>", re.S)       # not <PubmedArticleSet>
PMID = re.compile(rb"<PMID[^>]*>(\d+)</PMID>")
HEAD = b'<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet>\n'
TAIL = b"\n</PubmedArticleSet>\n"
def records(path):
    data = Path(path).read_bytes()
    ms = list(ARTICLE.finditer(data)) or list(ELEMENT.finditer(data))
    return [(PMID.search(m.group()).group(1).decode(), m.group()) for m in ms]
def wrapped(element):
    if ARTICLE.fullmatch(element):
        return element
    return b"<PubmedArticle>" + element + b"</PubmedArticle>"
def records_xml(wrapped_list):
    return HEAD + b"\n".join(wrapped_list) + TAIL
def lookup():
    from pool_order import FILES
    found = {}
    for name in FILES:
        for pmid, el in records(SRC / name):
            found.setdefault(pmid, (name, el))
    return found
if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    found = lookup()
    sys.stdout.buffer.write(records_xml([wrapped(found[p][1]) for p in sys.argv[1:]]))
