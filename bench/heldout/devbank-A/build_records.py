"""Concatenate the <PubmedArticle> elements of heldout claim sets 8-11 byte for byte into records.xml."""
import re
from pathlib import Path
HERE = Path(__file__).resolve().parent
SRC = [Path(f"/work/main/bench/heldout/claims-set{i}/records.xml") for i in (8, 9, 10, 11)]
PAT = re.compile(rb"<PubmedArticle>.*?</PubmedArticle>", re.S)
first = SRC[0].read_bytes()
head = first[:first.index(b"<PubmedArticleSet>") + len(b"<PubmedArticleSet>")]
els = []
for s in SRC:
    els += PAT.findall(s.read_bytes())
(HERE / "records.xml").write_bytes(head + b"\n" + b"\n".join(els) + b"\n</PubmedArticleSet>\n")
print("wrote", len(els))
