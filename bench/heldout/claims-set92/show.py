"""Print candidates of pool 14 (/work/eval-pool14/order.txt positions a..b) for reading: PMID, first author, year,
language, title, types, MeSH, main abstract (and any OtherAbstract, marked). Copied from set 55's show.py; changes: it
refuses any position outside set 92's range 667-800 (the task's range), it finds the PMIDs first and parses only those
records, and it prints the main Abstract and any OtherAbstract separately. Usage: python3 show.py a b > batch_a_b.txt"""
import sys, xml.etree.ElementTree as ET
LO, HI = 667, 800
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 92 reads positions {LO}-{HI} only"
from poolsrc import pool, ORDER
want = []
for line in open(ORDER):
    f = line.split()
    if a0 <= int(f[0]) <= b0: want.append((f[0], f[1]))
found = pool()
for i, pmid in want:
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} [{a.findtext('.//Article/Language')}] | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Status:", a.find("MedlineCitation").get("Status"), "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.findall(".//Article/Abstract/AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
    for oa in a.iter("OtherAbstract"):
        print(f"--- OtherAbstract (Type={oa.get('Type')}, Language={oa.get('Language')}; not used for truths):")
        for x in oa.iter("AbstractText"):
            print(f"    [{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
    print()
