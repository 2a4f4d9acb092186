"""Set 118 (round thirty-two): copied from set 114 unchanged but for this line."""
"""Set 114 (round thirty-one): copied from set 110 unchanged but for this line."""
"""Set 110 (round thirty): copied from set 106 unchanged but for this line."""
"""Predict the importer's citekeys (surname + year + first non-stop title word, as evidence/identity.py key_base).
Copied from set 102 for set 106 (round twenty-nine), unchanged; set 102: copied from set 98 (set 98: from set 55, itself set 50, 44, 39, 35, 32, 24, 22, 18, 15), unchanged; additions: warns when the first author is a collective name (no LastName) or two keys clash."""
import re, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
STOP = {"a","an","the","on","of","in","for","and","to","with","from","is","are","by","at","as","do","does","can","how",
        "what","why","when","its","into","via","than","or"}
def aw(t): return re.sub(r"[^a-z0-9]", "", "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)).lower())
def key(a):
    last = a.findtext(".//AuthorList/Author/LastName"); y = a.findtext(".//Article/Journal/JournalIssue/PubDate/Year")
    t = "".join(a.find(".//ArticleTitle").itertext())
    w = [aw(x)[:20] for x in re.split(r"[\s\-\u2010-\u2015/]+", t)]; w = [x for x in w if x and x not in STOP]
    return aw(last)[:20] + y + (w[0] if w else "")
if __name__ == "__main__":
    root = ET.parse(HERE / "records.xml").getroot()
    ks = []
    for a in root.iter("PubmedArticle"):
        first = a.find(".//AuthorList/Author")
        if first is None or first.find("LastName") is None: print("WARNING collective/missing first author")
        ab = " ".join(" ".join("".join(x.itertext()).split()) for x in a.iter("AbstractText"))
        k = key(a); ks.append(k)
        print(a.findtext(".//MedlineCitation/PMID"), k, len(ab.split()), "|", "".join(a.find(".//ArticleTitle").itertext())[:60])
    for k, n in Counter(ks).items():
        if n > 1: print("WARNING key clash", k)
