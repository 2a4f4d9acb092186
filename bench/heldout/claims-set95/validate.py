"""Self-check of set 95 (copied from set 55, itself from 50, 44, 39, 35, 32, 24, 22, 18, 15, 13/14, 9/10, 7/8) (no
evidence run): JSON, schema, truth sentences verbatim, kinds, keys, records. Round-twenty-seven changes (set 95):
records must be byte-exact as pool 14's own wrapping gives them (wrap.py: a <PubmedArticle> element's exact bytes from
/work/eval-pool14/src; records.xml is read and compared as bytes), and every record's position in
/work/eval-pool14/order.txt must lie inside set 95's range 501-600. "Used" PMIDs (must not occur in this set):
pools 2-13 (every /work/main/bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt except pool 14's own and any
copy of it, i.e. any order.txt byte-identical to /work/eval-pool14/order.txt, such as bench/heldout/pool14; pool 13,
/work/eval-pool13, IS counted), the src/ files of /work/eval-pool9b, 10, 11, 12, 13 (all records, admitted or not),
bench/heldout/claims-set1..94 (records' own PMIDs and pmids.txt), devbank-* (records and pmids.txt), every
/work/eval-claims*/pmids.txt other than this set's (sets 52-94 and the other round-twenty-seven folders 96-98 when they
exist; only pmids.txt is read there), /work/shared PubMed data (XML files and the metapub tarball). The project's
tests/ folder is not read (the brief forbids it; pool 14's pool_order.py already excluded its PMIDs from order.txt)."""
import glob, hashlib, json, re, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
POOL = Path("/work/eval-pool14")
LO, HI = 501, 600
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
errs = []
if list(arts) != pmids: errs.append("records.xml order/content differs from pmids.txt")
if len(set(pmids)) != len(pmids): errs.append("duplicate PMID in pmids.txt")
# byte-exact: each <PubmedArticle> element must be pool 14's wrapping of its src/ element for that PMID
sys.path.insert(0, str(POOL))
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 14's own wrapping
pool_el = {}
for f in sorted((POOL / "src").glob("*.xml")):
    for p, el in _pool_records(f):
        if p in pmids: pool_el.setdefault(p, _wrapped(el))
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
if len(recs) != len(pmids): errs.append("records.xml holds a different number of records than pmids.txt")
for p, el in zip(pmids, recs):
    if pool_el.get(p) != el: errs.append(f"record {p} not byte-exact as pool 14 wraps it")
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
position = {l.split()[1]: int(l.split()[0]) for l in open(POOL / "order.txt") if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 95's range {LO}-{HI} of pool 14's order.txt")
abstracts = {p: " ".join(" ".join("".join(x.itertext()).split()) for x in a.find(".//Article/Abstract").iter("AbstractText"))
             for p, a in arts.items()}   # main Abstract only (never OtherAbstract)
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
    for k in c.get("accept", []):
        if k not in KINDS - {"none"}: errs.append(f"{c['id']}: bad accept {k}")
    if c.get("accept") and c["kind"] not in c["accept"]: errs.append(f"{c['id']}: accept lacks own kind")
    p = key_pmid.get(c["key"])
    if not p: errs.append(f"{c['id']}: key {c['key']} not derivable from records"); continue
    for t in [c["truth"], *c.get("truth_alt", [])]:
        if " ".join(t.split()) not in abstracts[p]: errs.append(f"{c['id']}: truth not verbatim: {t[:70]}")
    last = arts[p].findtext(".//AuthorList/Author/LastName")
    if last not in c["claim"]: errs.append(f"{c['id']}: first author surname not cited in claim")
    if not re.search(r"\(1\d{3}\)|\d{4}\)|, 1\d{3}\)", c["claim"]): errs.append(f"{c['id']}: no year citation")
WANT = {"none": 22, "number": 6, "population": 6, "direction": 6, "comparator": 5, "design": 5, "duration": 5, "overreach": 5}
kc = Counter(c["kind"] for c in claims)
if len(claims) != 60 or len(pmids) != 15: errs.append(f"{len(claims)} claims on {len(pmids)} abstracts (want 60 on 15)")
if kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
if set(key_pmid) - {c["key"] for c in claims}: errs.append("an abstract has no claims")
for c in claims:  # one line each (claims_eval.py writes one paragraph per claim); no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in an earlier pool (2-13), an earlier claim set, a devbank or the shared PubMed data
import subprocess
MEDPMID = r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>"
used = set()
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml"):
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
used |= set(re.findall(r"(\d+)\.xml", subprocess.run(["tar", "-tzf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
for f in glob.glob("/work/main/bench/heldout/claims-set*/records.xml") + glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    used |= set(re.findall(MEDPMID, Path(f).read_text(encoding="utf-8-sig", errors="replace")))
for f in glob.glob("/work/main/bench/heldout/claims-set*/pmids.txt") + glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt"):
    used |= set(re.findall(r"\b(\d{1,9})\b", Path(f).read_text()))
for d in ("eval-pool9b", "eval-pool10", "eval-pool11", "eval-pool12", "eval-pool13"):  # earlier pools' src/, all records
    for f in glob.glob(f"/work/{d}/src/*.xml"):
        used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
own = hashlib.sha256((POOL / "order.txt").read_bytes()).hexdigest()
npools = 0
for f in sorted(glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt")):
    if f.startswith("/work/eval-pool14/") or hashlib.sha256(Path(f).read_bytes()).hexdigest() == own: continue  # pool 14 or a copy
    used |= {l.split()[1] for l in open(f) if l.strip()}; npools += 1
errs += [f"PMID {p} already used by an earlier pool, a bench set, a devbank or the shared data" for p in pmids if p in used]
earlier = set(); nsets = 0
for f in sorted(glob.glob("/work/eval-claims*/pmids.txt")):
    if Path(f).parent.resolve() == HERE: continue
    earlier |= set(re.findall(r"\b(\d{1,9})\b", Path(f).read_text())); nsets += 1
errs += [f"PMID {p} already in another /work/eval-claims* set" for p in pmids if p in earlier]
print(f"checked against {npools} earlier pool order files and {nsets} other /work/eval-claims*/pmids.txt; {len(used)} used PMIDs")
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(set(c['key'] for c in claims)), "of", len(pmids))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
