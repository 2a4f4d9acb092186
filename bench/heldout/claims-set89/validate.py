"""Self-check of set 89 (copied from set 55's, itself from 50, 44, 39, 35, 32, 24, 22, 18, 15, 13/14, 9/10, 7/8) (no
evidence run): JSON, schema, truth sentences verbatim, kinds, keys, records. Round-twenty-five changes (set 89):
- records must be byte-exact as pool 14's own wrapping gives them (wrap.py: a <PubmedArticle> element's exact bytes of
  /work/eval-pool14/src; records.xml is read and compared as bytes), and every record's position in
  /work/eval-pool14/order.txt must lie inside set 89's range 844-1000;
- truths are checked against each record's Abstract element only (its AbstractText children), never against an
  OtherAbstract (Greig 1977 has a PIP OtherAbstract);
- "used" = every PMID of pools 2-13: bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt, and the src/ files of
  /work/eval-pool9b, 10, 11, 12, 13 (all records, admitted or not); pool 14 itself is NOT counted (/work/eval-pool14 and
  any copy of it, recognised by its order.txt sha256, e.g. bench/heldout/pool14); the old pool /work/eval-claims15/src;
  devbank-* records.xml (own PMIDs) and pmids.txt; /work/shared PubMed data; every earlier claim set through its
  pmids.txt only (bench/heldout/claims-set1..86, /work/eval-claims52..86, and the other round-twenty-five folders
  /work/eval-claims87, 88, 90 when they exist). No other set's claims.json or records.xml is read. Unlike set 55's
  script, /work/main/tests/ is not read (the brief forbids it; pool_order.py already excluded those PMIDs)."""
import glob, hashlib, json, re, subprocess, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
POOL = Path("/work/eval-pool14")
LO, HI = 844, 1000
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
assert list(arts) == pmids, "records.xml order/content differs from pmids.txt"
sys.path.insert(0, str(POOL))
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 14's own wrapping
pool_wrapped = {_wrapped(el) for f in sorted((POOL / "src").glob("*.xml")) for _, el in _pool_records(f)}
errs = []
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
if len(recs) != len(pmids): errs.append("record count differs from pmids.txt")
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 14 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
order_text = (POOL / "order.txt").read_bytes()
POOL14_SHA = hashlib.sha256(order_text).hexdigest()
position = {l.split()[1]: int(l.split()[0]) for l in order_text.decode().splitlines() if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 89's range {LO}-{HI} of pool 14's order.txt")
if len(set(pmids)) != len(pmids): errs.append("duplicate PMID in pmids.txt")
def main_abstract(a):
    ab = a.find(".//Article/Abstract")
    return "" if ab is None else " ".join(" ".join("".join(x.itertext()).split()) for x in ab.iter("AbstractText"))
abstracts = {p: main_abstract(a) for p, a in arts.items()}
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
ids = Counter(c["id"] for c in claims)
errs += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
for c in claims:
    for f in ("id", "key", "kind", "claim", "truth"):
        if not c.get(f): errs.append(f"{c.get('id')}: missing {f}")
    if set(c) - {"id", "key", "kind", "claim", "truth", "truth_alt", "wrong", "accept"}: errs.append(f"{c['id']}: unknown field")
    if c["kind"] not in KINDS: errs.append(f"{c['id']}: bad kind")
    if (c["kind"] == "none") == bool(c.get("wrong")): errs.append(f"{c['id']}: wrong field inconsistent with kind")
    if c.get("wrong") and c["wrong"] not in c["claim"]: errs.append(f"{c['id']}: wrong phrase not in claim")
    for k in c.get("accept", []):
        if k not in KINDS - {"none"}: errs.append(f"{c['id']}: bad accept {k}")
    if c.get("accept") and c["kind"] not in c["accept"]: errs.append(f"{c['id']}: accept lacks own kind")
    p = key_pmid.get(c["key"])
    if not p: errs.append(f"{c['id']}: key {c['key']} not derivable from records"); continue
    for t in [c["truth"], *c.get("truth_alt", [])]:
        if " ".join(t.split()) not in abstracts[p]: errs.append(f"{c['id']}: truth not verbatim in the Abstract: {t[:70]}")
    last = arts[p].findtext(".//AuthorList/Author/LastName")
    if last not in c["claim"]: errs.append(f"{c['id']}: first author surname not cited in claim")
    year = arts[p].findtext(".//Article/Journal/JournalIssue/PubDate/Year")
    if year not in c["claim"]: errs.append(f"{c['id']}: year not cited in claim")
    nau = len(list(arts[p].iter("Author")))
    if nau == 1 and "et al" in c["claim"]: errs.append(f"{c['id']}: single author cited with et al.")
    if nau > 2 and "et al" not in c["claim"] and "colleagues" not in c["claim"]: errs.append(f"{c['id']}: 3+ authors without et al./colleagues")
WANT = {"none": 22, "number": 6, "population": 6, "direction": 6, "comparator": 5, "design": 5, "duration": 5, "overreach": 5}
kc = Counter(c["kind"] for c in claims)
if len(claims) != 60 or len(pmids) != 15: errs.append(f"{len(claims)} claims on {len(pmids)} abstracts (want 60 on 15)")
if kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
if set(c["key"] for c in claims) != set(key_pmid): errs.append("not every record has claims")
for c in claims:  # one line each (claims_eval.py writes one paragraph per claim); no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in an earlier pool (2-13), the shared data, devbanks or any earlier claim set
MC = r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>"
used = set()
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml"):
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
used |= set(re.findall(r"(\d+)\.xml", subprocess.run(["tar", "-tzf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
for f in glob.glob("/work/eval-claims15/src/*.xml"):  # the old pool
    used |= set(re.findall(MC, Path(f).read_text(encoding="utf-8-sig", errors="replace")))
srcs = 0
for f in glob.glob("/work/eval-pool*/src/*.xml"):  # pools 9b-13's src files, all records (pool 14's own excluded)
    if f.startswith("/work/eval-pool14/"): continue
    used |= set(re.findall(MC, Path(f).read_text(encoding="utf-8-sig", errors="replace"))); srcs += 1
orders = 0
for f in glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt"):  # pools 2-13
    b = Path(f).read_bytes()
    if f.startswith("/work/eval-pool14/") or hashlib.sha256(b).hexdigest() == POOL14_SHA: continue  # pool 14 or a copy
    used |= {l.split()[1] for l in b.decode().splitlines() if l.strip()}; orders += 1
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    used |= set(re.findall(MC, Path(f).read_text(encoding="utf-8-sig", errors="replace")))
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt"):
    used |= set(Path(f).read_text().split())
errs += [f"PMID {p} already used by a pool 2-13, the shared data, a devbank or the old pool" for p in pmids if p in used]
earlier = set(); nsets = 0
for n in range(1, 87):
    f = Path(f"/work/main/bench/heldout/claims-set{n}/pmids.txt")
    if f.exists(): earlier |= set(f.read_text().split()); nsets += 1
for n in list(range(52, 87)) + [87, 88, 90]:
    f = Path(f"/work/eval-claims{n}/pmids.txt")
    if f.exists() and f.parent != HERE: earlier |= set(f.read_text().split()); nsets += 1
errs += [f"PMID {p} already in an earlier claim set" for p in pmids if p in earlier]
print(f"checked against {orders} pool order files, {srcs} pool src files, {nsets} claim-set pmids.txt files; used {len(used)}, earlier {len(earlier)}")
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts", len(pmids), "; claims per abstract", sorted(Counter(c['key'] for c in claims).values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids), "(Abstract element only)")
print("positions", sorted(position[p] for p in pmids))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
