"""Self-check of set 71 (copied from set 55's validate.py, itself from 50, 44, 39, 35, 32, 24, 22, 18, 15, 13/14, 9/10,
7/8) (no evidence run): JSON, schema, truth sentences verbatim, kinds, keys, records. Round-twenty-one changes (set 71):
records must be byte-exact as pool 14's own wrapping gives them (wrap.py: a <PubmedArticle> element's exact bytes from
/work/eval-pool14/src; records.xml is compared as bytes), and every record's position in /work/eval-pool14/order.txt
must lie inside set 71's range 401-600. Used PMIDs: pools 2-13 (every bench/heldout/pool*/order.txt and
/work/eval-pool*/order.txt except pool 14 itself and any copy of it, recognised by its order.txt sha256; pool 13 IS an
earlier pool), every PMID in the src/ folders of earlier pools (/work/eval-pool9b, 10, 11, 12, 13), the pmids.txt of
every earlier claim set (bench/heldout/claims-set1..70, /work/eval-claims5..70) and of the other round-twenty-one
folders /work/eval-claims72..74 when they exist (pmids.txt only), bench claims-set1..56 records' own PMIDs
(MedlineCitation), devbank-* (records' own PMIDs and pmids.txt), /work/shared PubMed data. Not read (brief's hard
rule): /work/main/tests/ (pool 14's pool_order.py already excluded tests/fixtures/claims PMIDs from order.txt)."""
import glob, hashlib, json, re, subprocess, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
LO, HI = 401, 600
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
assert list(arts) == pmids, "records.xml order/content differs from pmids.txt"
errs = []
# byte-exact: each <PubmedArticle> element must be the element pool 14's wrap.py gives for its PMID
sys.path.insert(0, "/work/eval-pool14")
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 14's own wrapping
from pool_order import FILES as _FILES
SRC = Path("/work/eval-pool14/src")
first = {}
for name in _FILES:
    for p, el in _pool_records(SRC / name):
        first.setdefault(p, _wrapped(el))
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
for p, el in zip(pmids, recs):
    if first.get(p) != el: errs.append(f"record {p} not byte-exact as pool 14 wraps it")
if len(recs) != len(pmids): errs.append("record count differs from pmids.txt")
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
ORDER14 = Path("/work/eval-pool14/order.txt")
position = {l.split()[1]: int(l.split()[0]) for l in open(ORDER14) if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 71's range {LO}-{HI} of pool 14's order.txt")
abstracts = {p: " ".join(" ".join("".join(x.itertext()).split()) for x in a.iter("AbstractText")) for p, a in arts.items()}
STOP = {"a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "from", "is", "are", "by", "at", "as", "do",
        "does", "can", "how", "what", "why", "when", "its", "into", "via", "than", "or"}
def aw(t): return re.sub(r"[^a-z0-9]", "", "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)).lower())
key_pmid = {}
for p, a in arts.items():
    first_author = a.find(".//AuthorList/Author")
    if first_author is None or first_author.find("LastName") is None: errs.append(f"{p}: collective/missing first author (check key by hand)")
    last = a.findtext(".//AuthorList/Author/LastName"); year = a.findtext(".//Article/Journal/JournalIssue/PubDate/Year")
    title = "".join(a.find(".//ArticleTitle").itertext())
    fw = next((w for w in (aw(x)[:20] for x in re.split(r"[\s\-\u2010-\u2015/]+", title)) if w and w not in STOP), "")
    k = aw(last)[:20] + year + fw
    if k in key_pmid: errs.append(f"key clash {k}: suffix needed (see identity.citekey)")
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
    if c.get("wrong") and c["claim"].count(c["wrong"]) > 1: errs.append(f"{c['id']}: wrong phrase occurs twice in claim")
    for k in c.get("accept", []):
        if k not in KINDS - {"none"}: errs.append(f"{c['id']}: bad accept {k}")
    if c.get("accept") and c["kind"] not in c["accept"]: errs.append(f"{c['id']}: accept lacks own kind")
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
if len(claims) == 60 and kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
if len(claims) != 60 or len(pmids) != 15: errs.append(f"{len(claims)} claims on {len(pmids)} abstracts (want 60 on 15)")
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
for c in claims:  # one line each (claims_eval.py writes one paragraph per claim); no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in an earlier pool, claim set, devbank or the shared PubMed data
OWN = re.compile(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>")
used = {}
def add(ids, where):
    for i in ids: used.setdefault(i, where)
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml"):
    add(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
add(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout), "metapub tarball")
sha14 = hashlib.sha256(ORDER14.read_bytes()).hexdigest()
npools = 0
for f in sorted(glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt")):
    if f.startswith("/work/eval-pool14/") or hashlib.sha256(Path(f).read_bytes()).hexdigest() == sha14: continue  # pool 14 or a copy
    add({l.split()[1] for l in open(f) if l.strip()}, f); npools += 1
for d in ("/work/eval-pool9b", "/work/eval-pool10", "/work/eval-pool11", "/work/eval-pool12", "/work/eval-pool13"):
    for f in glob.glob(d + "/src/*.xml"):
        add(OWN.findall(Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
for n in range(1, 71):
    d = Path(f"/work/main/bench/heldout/claims-set{n}")
    if (d / "pmids.txt").exists(): add((d / "pmids.txt").read_text().split(), str(d))
    if n <= 56 and (d / "records.xml").exists(): add(OWN.findall((d / "records.xml").read_text(encoding="utf-8-sig", errors="replace")), str(d))
for d in glob.glob("/work/main/bench/heldout/devbank-*"):
    if Path(d, "pmids.txt").exists(): add(Path(d, "pmids.txt").read_text().split(), d)
    if Path(d, "records.xml").exists(): add(OWN.findall(Path(d, "records.xml").read_text(encoding="utf-8-sig", errors="replace")), d)
for n in list(range(5, 71)) + [72, 73, 74]:  # earlier sets and the other round-twenty-one sets (pmids.txt only)
    f = Path(f"/work/eval-claims{n}/pmids.txt")
    if f.exists() and f.parent != HERE: add(f.read_text().split(), str(f.parent))
errs += [f"PMID {p} already used ({used[p]})" for p in pmids if p in used]
print("earlier pools' order.txt read:", npools, "; used PMIDs:", len(used))
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(set(c['key'] for c in claims)), "of", len(pmids))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
