"""Concatenate the PubmedArticle elements of claim sets 12-15 byte for byte into records.xml."""
import re
from pathlib import Path
SRC = [Path(f"/work/main/bench/heldout/claims-set{s}/records.xml") for s in (12, 13, 14, 15)]
PAT = re.compile(rb"<PubmedArticle>.*?</PubmedArticle>", re.S)
first = SRC[0].read_bytes()
head = first[:first.index(b"<PubmedArticleSet>") + len(b"<PubmedArticleSet>")]
arts = [m.group(0) for s in SRC for m in PAT.finditer(s.read_bytes())]
Path(__file__).with_name("records.xml").write_bytes(head + b"\n" + b"\n".join(arts) + b"\n</PubmedArticleSet>\n")
print(len(arts), "articles")
