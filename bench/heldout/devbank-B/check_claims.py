"""Validate claims.json against records.xml (writer B development bank)."""
import json, sys, collections, xml.etree.ElementTree as ET
from pathlib import Path
from keys import key
HERE = Path(__file__).resolve().parent
KINDS = {"none", "number", "population", "comparator", "direction", "overreach", "duration", "design"}
TARGET = {"none": 60, "direction": 35, "comparator": 30, "population": 30, "overreach": 30, "number": 15}
norm = lambda s: " ".join(s.split())
recs = {}
for a in ET.parse(HERE / "records.xml").getroot().iter("PubmedArticle"):
    ab = " ".join(norm("".join(x.itertext())) for x in a.iter("AbstractText"))
    recs[key(a)] = dict(abstract=ab, surname=a.findtext(".//AuthorList/Author/LastName"),
                        year=a.findtext(".//Article/Journal/JournalIssue/PubDate/Year"))
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))   # JSON valid
errs, warns = [], []
assert isinstance(claims, list)
ids = collections.Counter(c["id"] for c in claims)
errs += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
for c in claims:
    i = c["id"]
    for f in ("id", "key", "kind", "claim", "truth", "wrong"):
        if not isinstance(c.get(f), str): errs.append(f"{i}: field {f} missing or not a string")
    if c["kind"] not in KINDS: errs.append(f"{i}: bad kind {c['kind']}")
    r = recs.get(c["key"])
    if r is None: errs.append(f"{i}: key {c['key']} not in records.xml"); continue
    for t in [c["truth"]] + c.get("truth_alt", []):
        if norm(t) not in r["abstract"]: errs.append(f"{i}: truth not verbatim in abstract: {t[:70]}")
    if c["kind"] == "none":
        if c["wrong"]: errs.append(f"{i}: faithful claim has a wrong phrase")
    else:
        if not c["wrong"] or c["wrong"] not in c["claim"]: errs.append(f"{i}: wrong phrase not in claim")
        elif c["claim"].count(c["wrong"]) > 1: warns.append(f"{i}: wrong phrase occurs {c['claim'].count(c['wrong'])} times")
    for k in c.get("accept", []):
        if k not in KINDS: errs.append(f"{i}: bad accept kind {k}")
    if r["surname"] not in c["claim"] or r["year"] not in c["claim"]:
        errs.append(f"{i}: citation '{r['surname']} {r['year']}' not in claim")
kinds = collections.Counter(c["kind"] for c in claims)
if dict(kinds) != TARGET: errs.append(f"kind counts {dict(kinds)} != {TARGET}")
per = collections.Counter(c["key"] for c in claims)
errs += [f"{k}: {n} claims (>5)" for k, n in per.items() if n > 5]
print(f"{len(claims)} claims; kinds {dict(kinds)}; abstracts used {len(per)}/{len(recs)}; max per abstract {max(per.values())}")
for w in warns: print("WARN", w)
for e in errs: print("ERR", e)
sys.exit(1 if errs else 0)
