"""Check claims.json: valid JSON; fields; kinds and counts; `wrong` is in `claim` (and absent for faithful);
truth / truth_alt verbatim (whitespace-normalised) in the cited record's abstract; every key resolves to a
record in records.xml; the claim names the first author's surname and the year; at most 5 claims per abstract."""
import json, re, sys, collections, unicodedata, xml.etree.ElementTree as ET
from pathlib import Path
from keys import key
HERE = Path(__file__).resolve().parent
n = lambda s: " ".join(s.split())
root = ET.parse(HERE / "records.xml").getroot()
recs = {}
for a in root.iter("PubmedArticle"):
    ab = n(" ".join(n("".join(x.itertext())) for x in a.iter("AbstractText")))
    au = a.find(".//AuthorList/Author")
    recs[key(a)] = dict(abstract=ab, surname=au.findtext("LastName"),
                        year=a.findtext(".//Article/Journal/JournalIssue/PubDate/Year"),
                        n_auth=len(a.findall(".//AuthorList/Author")))
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
KINDS = {"none", "direction", "comparator", "population", "overreach", "number", "duration", "design"}
WANT = {"none": 60, "direction": 35, "comparator": 30, "population": 30, "overreach": 30, "number": 15}
err = []
ids = collections.Counter(c["id"] for c in claims)
err += [f"duplicate id {i}" for i, k in ids.items() if k > 1]
per = collections.Counter()
for c in claims:
    i = c["id"]
    for f in ("id", "key", "kind", "claim", "truth"):
        if not isinstance(c.get(f), str) or not c[f].strip(): err.append(f"{i}: missing {f}")
    if set(c) - {"id", "key", "kind", "claim", "truth", "truth_alt", "wrong", "accept"}: err.append(f"{i}: extra fields")
    if c["kind"] not in KINDS: err.append(f"{i}: bad kind {c['kind']}")
    r = recs.get(c["key"])
    if r is None: err.append(f"{i}: key {c['key']} not in records.xml"); continue
    per[c["key"]] += 1
    for t in [c["truth"]] + c.get("truth_alt", []):
        if n(t) not in r["abstract"]: err.append(f"{i}: truth not verbatim: {t[:70]}")
    w = c.get("wrong", "")
    if c["kind"] == "none":
        if w: err.append(f"{i}: faithful claim has wrong")
    else:
        if not w: err.append(f"{i}: wrong missing")
        elif w not in c["claim"]: err.append(f"{i}: wrong not in claim")
    for k in c.get("accept", []):
        if k not in KINDS: err.append(f"{i}: bad accept {k}")
    if c.get("accept") and c["kind"] not in c["accept"]: err.append(f"{i}: accept lacks own kind")
    if r["surname"] not in c["claim"]: err.append(f"{i}: surname {r['surname']} not in claim")
    if r["year"] not in c["claim"]: err.append(f"{i}: year {r['year']} not in claim")
cnt = collections.Counter(c["kind"] for c in claims)
if dict(cnt) != WANT: err.append(f"kind counts {dict(cnt)} != {WANT}")
if len(claims) != 200: err.append(f"{len(claims)} claims, want 200")
err += [f"{k}: {v} claims (>5)" for k, v in per.items() if v > 5]
print("claims", len(claims), dict(cnt))
print("abstracts used", len(per), "of", len(recs), "; per-abstract", dict(collections.Counter(per.values())))
for e in err: print("ERROR", e)
print("errors:", len(err))
sys.exit(1 if err else 0)
