"""Self-check of set 80 (adapted from set 55's, itself set 50's, 44, 39, 35, 32, 24, 22, 18, 15, 13/14, 9/10, 7/8)
(no evidence run): JSON, schema, truth sentences verbatim, kinds, keys, records. Round-twenty-three changes (set 80):
records must be byte-exact as pool 14's own wrapping gives them (wrap.py: a <PubmedArticle> element's exact bytes from
/work/eval-pool14/src; records.xml compared as bytes), and every record's position in /work/eval-pool14/order.txt must
lie inside set 80's range 620-800. Used PMIDs = pools 2-13 (every bench/heldout/pool*/order.txt and
/work/eval-pool*/order.txt, and every PMID in /work/eval-pool*/src/, all EXCEPT pool 14 itself: /work/eval-pool14 and
its copy bench/heldout/pool14, whose order.txt has the same sha256; pool 13 = /work/eval-pool13 and bench pool13 IS
counted), every earlier claim set (bench/heldout/claims-set1..78 pmids.txt, plus the records' own PMIDs of
claims-set1..56 records.xml; devbank-* records.xml and pmids.txt; /work/eval-claims5*/ and /work/eval-claims60..78
pmids.txt; the other round-twenty-three folders /work/eval-claims79, 81, 82: pmids.txt only, when they exist), and
/work/shared PubMed data (XML files and the metapub tarball). Of sets 57-82 only pmids.txt is read (the brief forbids
their records.xml). /work/main/tests/ is not read at all (the brief's hard rule; pool 14's pool_order.py already
excluded the PMIDs of tests/fixtures/claims when the pool was built)."""
import glob, json, re, subprocess, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
LO, HI = 620, 800
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
if len(recs) != len(pmids): errs.append("number of <PubmedArticle> elements differs from pmids.txt")
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 14 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
position = {l.split()[1]: int(l.split()[0]) for l in open("/work/eval-pool14/order.txt") if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 80's range {LO}-{HI} of pool 14's order.txt")
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
    year = arts[p].findtext(".//Article/Journal/JournalIssue/PubDate/Year")
    if year not in c["claim"]: errs.append(f"{c['id']}: year not cited in claim")
WANT = {"none": 22, "number": 6, "population": 6, "direction": 6, "comparator": 5, "design": 5, "duration": 5, "overreach": 5}
kc = Counter(c["kind"] for c in claims)
if len(pmids) != 15: errs.append(f"{len(pmids)} abstracts (want 15)")
if len(claims) != 60: errs.append(f"{len(claims)} claims (want 60)")
if kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
for p in pmids:
    if not any(key_pmid.get(c["key"]) == p for c in claims): errs.append(f"PMID {p} has no claim")
for c in claims:  # one line each (claims_eval.py writes one paragraph per claim); no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in the project's data, pools 2-13 or earlier sets
OWN_POOL = {"/work/eval-pool14", "/work/main/bench/heldout/pool14"}
def own_pool(f): return any(f.startswith(d + "/") for d in OWN_POOL)
used = {}
def add(src, ids):
    for i in ids: used.setdefault(i, src)
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml"):
    add(f, re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
add("metapub tarball", re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
add("metapub tarball names", re.findall(r"(\d+)\.xml", subprocess.run(["tar", "-tzf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
for f in sorted(glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt")):  # pools 2-13
    if own_pool(f): continue
    add(f, [l.split()[1] for l in open(f) if l.strip()])
for f in sorted(glob.glob("/work/eval-pool*/src/*.xml")):  # every earlier pool's source files, admitted or not
    if own_pool(f): continue
    add(f, re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
for n in range(1, 79):  # bench sets 1-78
    d = Path(f"/work/main/bench/heldout/claims-set{n}")
    if (d / "pmids.txt").exists(): add(str(d), (d / "pmids.txt").read_text().split())
    if n < 57 and (d / "records.xml").exists():  # records' own PMIDs; sets 57-82's records.xml are not read
        add(str(d), re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", (d / "records.xml").read_text(encoding="utf-8-sig", errors="replace")))
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    add(f, re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt"):
    add(f, Path(f).read_text().split())
for n in list(range(5, 79)) + [79, 81, 82]:  # /work/eval-claims5*, 60-78 and the other round-twenty-three folders
    f = Path(f"/work/eval-claims{n}/pmids.txt")
    if f.exists() and f.parent != HERE: add(str(f.parent), f.read_text().split())
errs += [f"PMID {p} already used ({used[p]})" for p in pmids if p in used]
print("used-PMID set size", len(used))
print("claims", len(claims), dict(sorted(kc.items())))
print("claims per abstract", sorted(Counter(c["key"] for c in claims).values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
