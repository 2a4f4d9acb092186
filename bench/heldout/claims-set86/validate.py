"""Self-check of set 86 (copied from set 55, itself from 50, 44, 39, 35, 32, 24, 22, 18, 15, 13/14, 9/10, 7/8) (no evidence
run): JSON, schema, truth sentences verbatim, kinds, keys, records. Round-twenty-four changes (set 86): records must be
byte-exact as pool 14's own wrapping gives them (wrap.py: a <PubmedArticle> element's exact bytes from
/work/eval-pool14/src; records.xml is read and compared as bytes), and every record's position in
/work/eval-pool14/order.txt must lie inside set 86's range 1841-2020. Used PMIDs (none of ours may be among them): pools
2-13 (every bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt, and every PMID in the src/ files of
/work/eval-pool9b..13), EXCEPT pool 14 itself (/work/eval-pool14 and its copy /work/main/bench/heldout/pool14, which are
not an earlier pool); every earlier claim set (bench/heldout/claims-set1..82 pmids.txt, plus the records' own PMIDs of
claims-set1..56 records.xml; devbank-* records.xml and pmids.txt; /work/eval-claims5..85 pmids.txt only, which includes
the other round-twenty-four sets 83-85 when they exist); /work/shared PubMed data. The project's tests/ folder is not
read (the brief forbids it; pool 14's own order already excludes its PMIDs)."""
import glob, json, re, sys, unicodedata, hashlib, subprocess, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
LO, HI = 1841, 2020
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
errs = []
if list(arts) != pmids: errs.append("records.xml order/content differs from pmids.txt")
if len(set(pmids)) != len(pmids): errs.append("duplicate PMID in pmids.txt")
# byte-exact: each <PubmedArticle> element must be exactly as pool 14's wrap.py gives it
sys.path.insert(0, "/work/eval-pool14")
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 14's own wrapping
SRC = Path("/work/eval-pool14/src")
pool_el = {}
for f in sorted(SRC.glob("*.xml")):
    for p, el in _pool_records(f):
        pool_el.setdefault(p, _wrapped(el))
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
if len(recs) != len(pmids): errs.append("record count differs from pmids.txt")
for p, el in zip(pmids, recs):
    if pool_el.get(p) != el: errs.append(f"record {p} not byte-exact as pool 14 wraps it")
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
ORDER = Path("/work/eval-pool14/order.txt")
if hashlib.sha256(ORDER.read_bytes()).hexdigest() != "2b433ecff39e5efd78686da3336dbed7047991bf4f2cfa7bdd8f9a2175956b14":
    errs.append("pool 14 order.txt changed")
position = {l.split()[1]: int(l.split()[0]) for l in ORDER.read_text().splitlines() if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 86's range {LO}-{HI} of pool 14's order.txt")
abstracts = {p: " ".join(" ".join("".join(x.itertext()).split()) for x in a.iter("AbstractText")) for p, a in arts.items()}
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
    if c["kind"] not in KINDS: errs.append(f"{c['id']}: bad kind")
    if (c["kind"] == "none") == bool(c.get("wrong")): errs.append(f"{c['id']}: wrong field inconsistent with kind")
    if c.get("wrong") and c["wrong"] not in c["claim"]: errs.append(f"{c['id']}: wrong phrase not in claim")
    for k in c.get("accept", []):
        if k not in KINDS - {"none"}: errs.append(f"{c['id']}: bad accept {k}")
    if c.get("accept") and c["kind"] not in c["accept"]: errs.append(f"{c['id']}: accept lacks own kind")
    if c["kind"] == "none" and c.get("accept"): errs.append(f"{c['id']}: faithful claim with accept list")
    p = key_pmid.get(c["key"])
    if not p: errs.append(f"{c['id']}: key {c['key']} not derivable from records"); continue
    for t in [c["truth"], *c.get("truth_alt", [])]:
        if " ".join(t.split()) not in abstracts[p]: errs.append(f"{c['id']}: truth not verbatim: {t[:70]}")
    last = arts[p].findtext(".//AuthorList/Author/LastName")
    if last not in c["claim"]: errs.append(f"{c['id']}: first author surname not cited in claim")
    year = arts[p].findtext(".//Article/Journal/JournalIssue/PubDate/Year")
    if year not in c["claim"]: errs.append(f"{c['id']}: year not cited in claim")
WANT = {"none": 22, "number": 6, "population": 6, "direction": 6, "comparator": 5, "design": 5, "duration": 5, "overreach": 5}
kc = Counter(c["kind"] for c in claims)
if len(claims) != 60: errs.append(f"{len(claims)} claims (want 60)")
if kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
if len(pmids) != 15: errs.append(f"{len(pmids)} abstracts (want 15)")
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
if set(c["key"] for c in claims) != set(key_pmid): errs.append("not every record has claims")
for c in claims:  # one line each (claims_eval.py writes one paragraph per claim); no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in pools 2-13, earlier claim sets, devbanks or /work/shared PubMed data
MC = r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>"
used = {}
def add(ps, src):
    for x in ps: used.setdefault(x, src)
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml"):
    add(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
add(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"],
    capture_output=True, text=True).stdout), "metapub tarball")
for f in glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt"):  # pools 2-13
    if "/eval-pool14/" in f or "/heldout/pool14/" in f: continue  # pool 14 itself (and its copy) is not an earlier pool
    add([l.split()[1] for l in open(f) if l.strip()], f)
for d in ("9b", "10", "11", "12", "13"):  # every PMID of earlier pools' src/ files, admitted or not
    for f in glob.glob(f"/work/eval-pool{d}/src/*.xml"):
        add(re.findall(MC, Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
for n in range(1, 83):  # bench claim sets 1-82
    f = Path(f"/work/main/bench/heldout/claims-set{n}/pmids.txt")
    if f.exists(): add(f.read_text().split(), str(f))
    r = Path(f"/work/main/bench/heldout/claims-set{n}/records.xml")
    if n <= 56 and r.exists(): add(re.findall(MC, r.read_text(encoding="utf-8-sig", errors="replace")), str(r))
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    add(re.findall(MC, Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt"):
    add(Path(f).read_text().split(), f)
for n in range(5, 86):  # eval sets 5-85 (incl. round twenty-four's 83-85 when they exist): pmids.txt only
    f = Path(f"/work/eval-claims{n}/pmids.txt")
    if f.exists() and f.parent != HERE: add(f.read_text().split(), str(f))
errs += [f"PMID {p} already used ({used[p]})" for p in pmids if p in used]
per_key = Counter(c["key"] for c in claims)
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("used PMIDs checked against:", len(used))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
sys.exit(1 if errs else 0)
