"""Self-check of set 88 (adapted from set 55's validate.py, itself set 50's, 44's, ... 7/8's) (no evidence run): JSON,
schema, truth sentences verbatim, kinds, keys, records. Round-twenty-five changes (set 88):
- records must be byte-exact as pool 14's own wrapping gives them (/work/eval-pool14/wrap.py: a <PubmedArticle>
  element's exact bytes from /work/eval-pool14/src; records.xml is compared as bytes, frame included);
- pool 14's order.txt must have the sha256 that its POOL_READY states, and every record's position in it must lie
  inside set 88's range 642-800;
- truth sentences must be verbatim in the record's main <Abstract> (not only in an <OtherAbstract>);
- "used elsewhere": pools 2-13 (every bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt, and every PMID in
  /work/eval-pool*/src/*.xml), but NOT pool 14 itself (/work/eval-pool14 and its copy bench/heldout/pool14, or any
  order.txt identical to pool 14's); earlier claim sets: bench/heldout/claims-set1..86 (pmids.txt of all; records'
  own MedlineCitation PMIDs of sets 1-56 only, since sets 57-90's records.xml must not be read), devbank-* (records'
  own PMIDs and pmids.txt), /work/eval-claims5*/ and /work/eval-claims60..86 (pmids.txt), the other round-twenty-five
  folders /work/eval-claims87, 89, 90 (pmids.txt only, when they exist); /work/shared PubMed data (XML files and the
  metapub tarball). The project's tests/ folder is not read (the brief forbids it); pool 14's pool_order.py already
  excluded tests/fixtures/claims PMIDs from order.txt, and every record here is checked to be in order.txt."""
import glob, hashlib, json, re, subprocess, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
LO, HI, SET = 642, 800, 88
POOL = Path("/work/eval-pool14")
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
assert list(arts) == pmids, "records.xml order/content differs from pmids.txt"
errs = []
sys.path.insert(0, str(POOL))
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 14's own wrapping
pool_wrapped = {_wrapped(el) for f in sorted((POOL / "src").glob("*.xml")) for _, el in _pool_records(f)}
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
if len(recs) != len(pmids): errs.append("record count differs from pmids.txt")
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 14 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
order_bytes = (POOL / "order.txt").read_bytes()
order_sha = hashlib.sha256(order_bytes).hexdigest()
if order_sha not in (POOL / "POOL_READY").read_text(): errs.append("pool 14 order.txt sha256 differs from POOL_READY")
position = {l.split()[1]: int(l.split()[0]) for l in order_bytes.decode().splitlines() if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set {SET}'s range {LO}-{HI} of pool 14's order.txt")
def main_abstract(a):
    ab = a.find("MedlineCitation/Article/Abstract")
    return "" if ab is None else " ".join(" ".join("".join(x.itertext()).split()) for x in ab.iter("AbstractText"))
abstracts = {p: main_abstract(a) for p, a in arts.items()}
STOP = {"a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "from", "is", "are", "by", "at", "as", "do",
        "does", "can", "how", "what", "why", "when", "its", "into", "via", "than", "or"}
def aw(t): return re.sub(r"[^a-z0-9]", "", "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)).lower())
key_pmid = {}
for p, a in arts.items():
    if a.find(".//AuthorList/Author/LastName") is None: errs.append(f"{p}: collective/missing first author")
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
    extra = set(c) - {"id", "key", "kind", "claim", "truth", "truth_alt", "wrong", "accept"}
    if extra: errs.append(f"{c['id']}: unknown fields {extra}")
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
    if not re.search(r"\b(19|20)\d\d\b", c["claim"]): errs.append(f"{c['id']}: no year cited")
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
# ---- records must not be in an earlier pool (2-13) or an earlier claim set ----
def own_pmids(text): return set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", text))
def all_pmids(text): return set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", text))
used = {}
def mark(ps, src):
    for p in ps: used.setdefault(p, src)
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml"):
    mark(all_pmids(Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
tar = "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"
if Path(tar).exists():
    mark(all_pmids(subprocess.run(["tar", "-xzOf", tar], capture_output=True, text=True).stdout), tar)
    mark(re.findall(r"(\d+)\.xml", subprocess.run(["tar", "-tzf", tar], capture_output=True, text=True).stdout), tar)
pool14_dirs = {"/work/eval-pool14", "/work/main/bench/heldout/pool14"}
for f in sorted(glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt")):
    if str(Path(f).parent) in pool14_dirs or hashlib.sha256(Path(f).read_bytes()).hexdigest() == order_sha: continue  # pool 14 itself
    mark({l.split()[1] for l in open(f) if l.strip()}, f)
for f in sorted(glob.glob("/work/eval-pool*/src/*.xml")):
    if str(Path(f).parent.parent) in pool14_dirs: continue
    mark(all_pmids(Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
for f in glob.glob("/work/eval-claims15/src/*.xml"):  # the old pool, if still present
    mark(own_pmids(Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
for d in glob.glob("/work/main/bench/heldout/claims-set*") + glob.glob("/work/main/bench/heldout/devbank-*"):
    name = Path(d).name
    n = int(name[len("claims-set"):]) if name.startswith("claims-set") else None
    if n is not None and not 1 <= n <= 86: continue  # bench sets 1-86 only (87-90 are this round's)
    if (Path(d) / "pmids.txt").exists(): mark((Path(d) / "pmids.txt").read_text().split(), d + "/pmids.txt")
    if (n is None or n <= 56) and (Path(d) / "records.xml").exists():
        mark(own_pmids((Path(d) / "records.xml").read_text(encoding="utf-8-sig", errors="replace")), d + "/records.xml")
for d in glob.glob("/work/eval-claims*"):
    m = re.fullmatch(r"eval-claims(\d+)", Path(d).name)
    if not m or Path(d) == HERE: continue
    n = int(m.group(1))
    if 5 <= n <= 90 and (Path(d) / "pmids.txt").exists():  # sets 5-86 and this round's 87, 89, 90 (pmids.txt only)
        mark((Path(d) / "pmids.txt").read_text().split(), d + "/pmids.txt")
# sanity of the check itself: pool 13 counts as earlier; pool 14's positions not in any set do not count
p13 = {l.split()[1] for l in open("/work/eval-pool13/order.txt") if l.strip()}
if not p13 <= set(used): errs.append("self-check: pool 13 PMIDs missing from the used set")
if len(set(position) & set(used)) > 15 * 4 * 30: errs.append("self-check: too much of pool 14 counted as used")
print("pool 14 PMIDs counted as used (earlier sets drawn from pool 14):", len(set(position) & set(used)))
for p in pmids:
    if p in used: errs.append(f"PMID {p} already used: {used[p]}")
per_key = Counter(c["key"] for c in claims)
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("positions", sorted(position[p] for p in pmids))
print("PMIDs checked against", len(used), "used PMIDs")
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
