"""Self-check of set 97 (adapted from set 55's validate.py, itself set 50's, 44's, ... 7/8's) (no evidence run): JSON,
schema, truth sentences verbatim, kinds, keys, records. Round-twenty-seven changes (set 97):
- records must be byte-exact as pool 14's own wrapping gives them (/work/eval-pool14/wrap.py: a <PubmedArticle>
  element's exact bytes from /work/eval-pool14/src; records.xml compared as bytes), and every record's position in
  /work/eval-pool14/order.txt must lie inside set 97's walk range 886-1000;
- truths are checked against the main Abstract only (Article/Abstract/AbstractText), not an OtherAbstract;
- "used" PMIDs: pools 2-13 (every /work/main/bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt except pool 14
  itself and any byte copy of its order.txt, e.g. bench/heldout/pool14/; pool 13 = /work/eval-pool13 IS earlier), every
  record in the src/ folders of the earlier pools (9b, 10, 11, 12, 13; pool 14's src file, and any copy of it, is not
  counted), devbank-* (records.xml, pmids.txt), /work/shared PubMed data (incl. the metapub tarball), and the old
  pool /work/eval-claims15/src if present;
- earlier claim sets are read through their pmids.txt only (the brief): bench/heldout/claims-set1..94 and
  /work/eval-claims5..98 other than this folder (the other round-twenty-seven sets 95, 96, 98 whenever their pmids.txt
  exists). Nothing under /work/main/tests/ is read (the pool's order already excludes those fixtures' PMIDs)."""
import glob, hashlib, json, re, subprocess, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
POOL = Path("/work/eval-pool14")
LO, HI = 886, 1000
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
errs = []
if list(arts) != pmids: errs.append("records.xml order/content differs from pmids.txt")
if len(set(pmids)) != len(pmids): errs.append("duplicate PMID in pmids.txt")
# byte-exact: each <PubmedArticle> element must be as pool 14's wrap.py gives it
sys.path.insert(0, str(POOL))
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 14's own wrapping
pool_wrapped = {}
for f in sorted((POOL / "src").glob("*.xml")):
    for p, el in _pool_records(f): pool_wrapped.setdefault(p, _wrapped(el))
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
for el in recs:
    p = re.search(rb"<PMID[^>]*>(\d+)</PMID>", el).group(1).decode()
    if pool_wrapped.get(p) != el: errs.append(f"record {p} not byte-exact as pool 14 wraps it")
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
order_bytes = (POOL / "order.txt").read_bytes()
position = {l.split()[1]: int(l.split()[0]) for l in order_bytes.decode().splitlines() if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 97's range {LO}-{HI} of pool 14's order.txt")
def main_abstract(a):
    ab = a.find(".//Article/Abstract")
    return " ".join(" ".join("".join(x.itertext()).split()) for x in ab.iter("AbstractText")) if ab is not None else ""
abstracts = {p: main_abstract(a) for p, a in arts.items()}
STOP = {"a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "from", "is", "are", "by", "at", "as", "do",
        "does", "can", "how", "what", "why", "when", "its", "into", "via", "than", "or"}
def aw(t): return re.sub(r"[^a-z0-9]", "", "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)).lower())
key_pmid = {}
for p, a in arts.items():
    last = a.findtext(".//AuthorList/Author/LastName"); year = a.findtext(".//Article/Journal/JournalIssue/PubDate/Year")
    if not last: errs.append(f"{p}: first author has no LastName (collective): check key by hand")
    title = "".join(a.find(".//ArticleTitle").itertext())
    fw = next((w for w in (aw(x)[:20] for x in re.split(r"[\s\-\u2010-\u2015/]+", title)) if w and w not in STOP), "")
    k = aw(last or "")[:20] + year + fw
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
        if " ".join(t.split()) not in abstracts[p]: errs.append(f"{c['id']}: truth not verbatim: {t[:70]}")
    last = arts[p].findtext(".//AuthorList/Author/LastName")
    if last not in c["claim"]: errs.append(f"{c['id']}: first author surname not cited in claim")
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
    if not re.search(r"\(\d{4}\)|, \d{4}\)", c["claim"]): errs.append(f"{c['id']}: no author-year citation")
    year = arts[p].findtext(".//Article/Journal/JournalIssue/PubDate/Year")
    if year not in c["claim"]: errs.append(f"{c['id']}: year {year} not cited")
WANT = {"none": 22, "number": 6, "population": 6, "direction": 6, "comparator": 5, "design": 5, "duration": 5, "overreach": 5}
kc = Counter(c["kind"] for c in claims)
if len(claims) != 60 or len(pmids) != 15: errs.append(f"{len(claims)} claims on {len(pmids)} abstracts (want 60 on 15)")
if kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
if set(key_pmid) != {c["key"] for c in claims}: errs.append("some record has no claims")
# records must not be in an earlier pool (2-13), devbank, shared data or an earlier claim set
pool14_sha = hashlib.sha256(order_bytes).hexdigest()
used = {}
def add(src, ps):
    for q in ps: used.setdefault(q, src)
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml"):
    add(f, re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
tar = "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"
add(tar, re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", tar], capture_output=True, text=True).stdout))
add(tar, re.findall(r"(\d+)\.xml", subprocess.run(["tar", "-tzf", tar], capture_output=True, text=True).stdout))
n_src = 0
for f in sorted(glob.glob("/work/eval-pool*/src/*.xml")) + sorted(glob.glob("/work/eval-claims15/src/*.xml")):
    if f.startswith("/work/eval-pool14/") or "pubmed20n0014" in f: continue   # pool 14 itself or a copy of its file
    n_src += 1
    add(f, re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
n_orders = 0
for f in sorted(glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt")):
    b = Path(f).read_bytes()
    if f.startswith("/work/eval-pool14/") or hashlib.sha256(b).hexdigest() == pool14_sha: continue  # pool 14 / a copy
    n_orders += 1
    add(f, [l.split()[1] for l in b.decode("utf-8", "replace").splitlines() if l.strip()])
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    add(f, re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig")))
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt"):
    add(f, Path(f).read_text().split())
n_sets = 0
for n in range(1, 95):
    f = Path(f"/work/main/bench/heldout/claims-set{n}/pmids.txt")
    if f.exists(): n_sets += 1; add(str(f), f.read_text().split())
for n in range(5, 99):
    d = Path(f"/work/eval-claims{n}")
    if d.resolve() == HERE or not (d / "pmids.txt").exists(): continue
    n_sets += 1; add(str(d / "pmids.txt"), (d / "pmids.txt").read_text().split())
errs += [f"PMID {p} already used ({used[p]})" for p in pmids if p in used]
print(f"checked against {n_orders} earlier pool orders, {n_src} earlier pool src files, {n_sets} claim-set pmids.txt, devbank and shared data")
print("claims", len(claims), dict(sorted(kc.items())))
print("faithful per abstract", sorted(Counter(c["key"] for c in claims if c["kind"] == "none").values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
