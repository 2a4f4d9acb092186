"""Self-check of set 91 (adapted from set 55's validate.py, itself from 50, 44, 39, 35, 32, 24, 22, 18, 15, 13/14, 9/10,
7/8) (no evidence run): JSON, schema, truth sentences verbatim, kinds, keys, records. Round-twenty-six changes (set 91):
- records must be byte-exact as pool 14's own wrapping gives them (/work/eval-pool14/wrap.py: a <PubmedArticle>
  element's exact bytes, all in /work/eval-pool14/src; records.xml read and compared as bytes), and every record's
  position in /work/eval-pool14/order.txt must lie inside set 91's range 481-600;
- truth sentences must stand in the main abstract (AbstractText under Article/Abstract; an OtherAbstract never counts);
- "used" = every PMID of pools 2-13: /work/main/bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt, and every
  PMID in /work/eval-pool*/src/*.xml (9b, 10, 11, 12, 13), all except pool 14 itself (/work/eval-pool14 and its copy
  /work/main/bench/heldout/pool14 are NOT earlier pools); /work/shared PubMed data (XML files, metapub tarball);
- "earlier sets" = pmids.txt only of bench/heldout/claims-set1..90, devbank-*, /work/eval-claims5*/, /work/eval-claims60..90
  and the other round-twenty-six sets /work/eval-claims92..94 (when their pmids.txt exists); no claims.json or
  records.xml of another set is read. Unlike set 55's, /work/main/tests/ is not read at all (the brief forbids it);
- kind plan as set 55 (22 faithful; number 6, population 6, direction 6, comparator 5, design 5, duration 5,
  overreach 5), scaled when fewer than 15 abstracts."""
import glob, json, re, subprocess, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
LO, HI = 481, 600
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
assert list(arts) == pmids, "records.xml order/content differs from pmids.txt"
sys.path.insert(0, "/work/eval-pool14")
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 14's own wrapping
SRC = Path("/work/eval-pool14/src")
pool_wrapped = {_wrapped(el) for f in sorted(SRC.glob("*.xml")) for _, el in _pool_records(f)}
errs = []
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 14 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
if len(recs) != len(pmids): errs.append("record count differs from pmids.txt")
position = {l.split()[1]: int(l.split()[0]) for l in open("/work/eval-pool14/order.txt") if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 91's range {LO}-{HI} of pool 14's order.txt")
abstracts = {p: " ".join(" ".join("".join(x.itertext()).split()) for x in a.findall(".//Article/Abstract/AbstractText"))
             for p, a in arts.items()}
STOP = {"a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "from", "is", "are", "by", "at", "as", "do",
        "does", "can", "how", "what", "why", "when", "its", "into", "via", "than", "or"}
def aw(t): return re.sub(r"[^a-z0-9]", "", "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)).lower())
key_pmid = {}
for p, a in arts.items():
    last = a.findtext(".//AuthorList/Author/LastName"); year = a.findtext(".//Article/Journal/JournalIssue/PubDate/Year")
    title = "".join(a.find(".//ArticleTitle").itertext())
    fw = next((w for w in (aw(x)[:20] for x in re.split(r"[\s\-\u2010-\u2015/]+", title)) if w and w not in STOP), "")
    k = aw(last)[:20] + year + fw
    if k in key_pmid: errs.append(f"key clash {k}")
    key_pmid[k] = p
KINDS = {"none", "number", "population", "comparator", "direction", "overreach", "duration", "design"}
FIELDS = {"id", "key", "kind", "claim", "truth", "truth_alt", "wrong", "accept"}
ids = Counter(c["id"] for c in claims)
errs += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
for c in claims:
    if set(c) - FIELDS: errs.append(f"{c.get('id')}: unknown fields {set(c) - FIELDS}")
    for f in ("id", "key", "kind", "claim", "truth"):
        if not c.get(f): errs.append(f"{c.get('id')}: missing {f}")
    if c["kind"] not in KINDS: errs.append(f"{c['id']}: bad kind")
    if (c["kind"] == "none") == bool(c.get("wrong")): errs.append(f"{c['id']}: wrong field inconsistent with kind")
    if c.get("wrong") and c["wrong"] not in c["claim"]: errs.append(f"{c['id']}: wrong phrase not in claim")
    if c["kind"] == "none" and c.get("accept"): errs.append(f"{c['id']}: faithful claim with accept list")
    for k in c.get("accept", []):
        if k not in KINDS - {"none"}: errs.append(f"{c['id']}: bad accept {k}")
    if c.get("accept") and c["kind"] not in c["accept"]: errs.append(f"{c['id']}: accept lacks own kind")
    p = key_pmid.get(c["key"])
    if not p: errs.append(f"{c['id']}: key {c['key']} not derivable from records"); continue
    for t in [c["truth"], *c.get("truth_alt", [])]:
        if " ".join(t.split()) not in abstracts[p]: errs.append(f"{c['id']}: truth not verbatim in main abstract: {t[:70]}")
    last = arts[p].findtext(".//AuthorList/Author/LastName")
    if last not in c["claim"]: errs.append(f"{c['id']}: first author surname not cited in claim")
    if not re.search(r"\b(19|20)\d\d\b", c["claim"]) or arts[p].findtext(".//Article/Journal/JournalIssue/PubDate/Year") not in c["claim"]:
        errs.append(f"{c['id']}: year not cited in claim")
WANT = {"none": 22, "number": 6, "population": 6, "direction": 6, "comparator": 5, "design": 5, "duration": 5, "overreach": 5}
kc = Counter(c["kind"] for c in claims)
if len(claims) == 60 and kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
if len(claims) != 60 or len(pmids) != 15: errs.append(f"{len(claims)} claims on {len(pmids)} abstracts (want 60 on 15)")
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
if set(Counter(c["key"] for c in claims)) != set(key_pmid): errs.append("some record has no claims")
for c in claims:  # one line each (claims_eval.py writes one paragraph per claim); no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in pools 2-13, /work/shared PubMed data, or any earlier claim set / devbank
used = set()
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml"):
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
tb = "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"
if Path(tb).exists():
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", tb], capture_output=True, text=True).stdout))
    used |= set(re.findall(r"(\d+)\.xml", subprocess.run(["tar", "-tzf", tb], capture_output=True, text=True).stdout))
POOL14 = ("/work/eval-pool14/", "/work/main/bench/heldout/pool14/")   # this set's own pool and its copy: not earlier
pool_src = [f for f in glob.glob("/work/eval-pool*/src/*.xml") if not f.startswith(POOL14)]
for f in pool_src:  # pools 9b, 10, 11, 12, 13 (every record, admitted or not)
    used |= set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
orders = [f for f in glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt")
          if not f.startswith(POOL14)]
for f in orders:  # pools 2-13's admitted PMIDs (field 1)
    used |= {l.split()[1] for l in open(f) if l.strip()}
assert "/work/eval-pool13/order.txt" in orders and not any(o.startswith(POOL14) for o in orders)
errs += [f"PMID {p} already in pools 2-13 or /work/shared PubMed data" for p in pmids if p in used]
earlier_files = ([f"/work/main/bench/heldout/claims-set{n}/pmids.txt" for n in range(1, 91)]
                 + glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt")
                 + glob.glob("/work/eval-claims5*/pmids.txt")
                 + [f"/work/eval-claims{n}/pmids.txt" for n in list(range(60, 91)) + [92, 93, 94]])
earlier = set(); nread = 0
for f in earlier_files:
    if Path(f).exists() and Path(f).parent.resolve() != HERE:
        earlier |= set(re.findall(r"\b(\d{1,9})\b", Path(f).read_text())); nread += 1
errs += [f"PMID {p} already in an earlier claim set or devbank" for p in pmids if p in earlier]
per_key = Counter(c["key"] for c in claims)
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("used PMIDs (pools 2-13, shared)", len(used), "from", len(orders), "order files and", len(pool_src), "src files;",
      "earlier sets' pmids.txt read", nread)
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print("errors", len(errs))
sys.exit(1 if errs else 0)
