"""Check each PubmedArticle in records.xml is byte-identical to one in its source file, and all are present."""
import re, xml.etree.ElementTree as ET
from pathlib import Path
SRC = [Path(f"/work/main/bench/heldout/claims-set{s}/records.xml") for s in (12, 13, 14, 15)]
PAT = re.compile(rb"<PubmedArticle>.*?</PubmedArticle>", re.S)
src = [m.group(0) for s in SRC for m in PAT.finditer(s.read_bytes())]
mine = [m.group(0) for m in PAT.finditer(Path(__file__).with_name("records.xml").read_bytes())]
assert len(src) == len(mine) == 60, (len(src), len(mine))
assert all(a == b for a, b in zip(src, mine)), "byte mismatch"
for s in SRC:  # each source element count matches the parser's count
    assert len(PAT.findall(s.read_bytes())) == len(ET.parse(s).getroot().findall("PubmedArticle"))
root = ET.parse(Path(__file__).with_name("records.xml")).getroot()
assert len(root.findall("PubmedArticle")) == 60
print("records.xml OK: 60 articles byte-identical to sources")
