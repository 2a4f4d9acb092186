"""Print records: key, authors, title, abstract (whitespace-normalised)."""
import sys, xml.etree.ElementTree as ET
from keys import key
root = ET.parse("records.xml").getroot()
arts = list(root.iter("PubmedArticle"))
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for i, a in enumerate(arts[lo:hi], lo):
    au = [x.findtext("LastName") or x.findtext("CollectiveName") for x in a.findall(".//AuthorList/Author")]
    t = " ".join("".join(a.find(".//ArticleTitle").itertext()).split())
    print(f"=== [{i}] {key(a)} | {', '.join(au[:3])}{' ...' if len(au)>3 else ''} ({len(au)}) | {t}")
    for x in a.iter("AbstractText"):
        lab = x.get("Label")
        print((f"[{lab}] " if lab else "") + " ".join("".join(x.itertext()).split()))
