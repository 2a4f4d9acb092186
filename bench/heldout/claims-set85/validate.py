"""Self-check of set 85 (adapted from set 55's validate.py, itself from 50, 44, 39, 35, 32, 24, 22, 18, 15, 13/14, 9/10,
7/8) (no evidence run): JSON, schema, truth sentences verbatim, kinds, keys, records. Round-twenty-four changes (set 85):
records must be byte-exact as pool 14's own wrapping gives them (wrap.py; src/ of /work/eval-pool14; records.xml is read
and compared as bytes) and every record's position in /work/eval-pool14/order.txt must lie inside set 85's walk range
1641-1800. No PMID may be in pools 2-13 (every bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt except pool
14 itself, recognised by its sha256 so that a copy of it, e.g. bench/heldout/pool14/, is not counted; every PMID in the
src/ files of /work/eval-pool9b, 10, 11, 12, 13), in any earlier claim set (bench/heldout/claims-set1..82 pmids.txt,
plus the records' own PMIDs of claims-set1..56 records.xml; devbank-* records.xml and pmids.txt; /work/eval-claims5..82
pmids.txt and the other round-twenty-four folders /work/eval-claims83, 84, 86 pmids.txt when they exist), or in
/work/shared PubMed data (XML files, the metapub tarball's contents and file names). Only pmids.txt is read of sets
57-86 and of eval-claims*; nothing under /work/main/tests/ is read (pool 14's pool_order.py already excluded the
tests/fixtures/claims PMIDs when the order was made)."""
import glob, hashlib, json, re, subprocess, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
LO, HI = 1641, 1800
POOL = Path("/work/eval-pool14")
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
assert list(arts) == pmids, "records.xml order/content differs from pmids.txt"
errs = []
if len(set(pmids)) != len(pmids): errs.append("duplicate PMID in pmids.txt")
# byte-exact: each <PubmedArticle> element must be one that pool 14's wrap.py gives (src/, see its SOURCES.md)
sys.path.insert(0, str(POOL))
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 14's own wrapping
pool_wrapped = {_wrapped(el) for f in sorted((POOL / "src").glob("*.xml")) for _, el in _pool_records(f)}
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 14 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
del pool_wrapped
ORDER14 = POOL / "order.txt"
SHA14 = hashlib.sha256(ORDER14.read_bytes()).hexdigest()
position = {l.split()[1]: int(l.split()[0]) for l in ORDER14.read_text().splitlines() if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 85's range {LO}-{HI} of pool 14's order.txt")
abstracts = {p: " ".join(" ".join("".join(x.itertext()).split()) for x in a.iter("AbstractText")) for p, a in arts.items()}
STOP = {"a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "from", "is", "are", "by", "at", "as", "do",
        "does", "can", "how", "what", "why", "when", "its", "into", "via", "than", "or"}
def aw(t): return re.sub(r"[^a-z0-9]", "", "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)).lower())
key_pmid = {}
for p, a in arts.items():
    first = a.find(".//AuthorList/Author")
    if first is None or first.find("LastName") is None: errs.append(f"PMID {p}: collective/missing first author (check key by hand)")
    last = a.findtext(".//AuthorList/Author/LastName"); year = a.findtext(".//Article/Journal/JournalIssue/PubDate/Year")
    title = "".join(a.find(".//ArticleTitle").itertext())
    fw = next((w for w in (aw(x)[:20] for x in re.split(r"[\s\-\u2010-\u2015/]+", title)) if w and w not in STOP), "")
    k = aw(last)[:20] + year + fw
    if k in key_pmid: errs.append(f"key clash {k}")
    key_pmid[k] = p
KINDS = {"none", "number", "population", "comparator", "direction", "overreach", "duration", "design"}
ids = Counter(c["id"] for c in claims)
errs += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
FIELDS = {"id", "key", "kind", "claim", "truth", "truth_alt", "wrong", "accept"}
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
        if " ".join(t.split()) not in abstracts[p]: errs.append(f"{c['id']}: truth not verbatim: {t[:70]}")
    last = arts[p].findtext(".//AuthorList/Author/LastName")
    if last not in c["claim"]: errs.append(f"{c['id']}: first author surname not cited in claim")
    year = arts[p].findtext(".//Article/Journal/JournalIssue/PubDate/Year")
    if year not in c["claim"]: errs.append(f"{c['id']}: year not cited in claim")
WANT = {"none": 22, "number": 6, "population": 6, "direction": 6, "comparator": 5, "design": 5, "duration": 5, "overreach": 5}
kc = Counter(c["kind"] for c in claims)
if len(claims) != 60 or len(pmids) != 15: errs.append(f"{len(claims)} claims on {len(pmids)} abstracts (want 60 on 15)")
if kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
if set(Counter(c["key"] for c in claims)) != set(key_pmid): errs.append("not every record has claims")
for c in claims:  # one line each (claims_eval.py writes one paragraph per claim); no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in pools 2-13, earlier claim sets, devbanks or the shared PubMed data
def own_pmids(text):  # a record's own PMID (MedlineCitation), not PMIDs cited in CommentsCorrections
    return set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", text))
used = {}
def add(src, ps):
    for q in ps: used.setdefault(q, src)
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml"):
    add(f, re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
tgz = "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"
if Path(tgz).exists():
    add(tgz, re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", tgz], capture_output=True, text=True).stdout))
    add(tgz + " (names)", re.findall(r"(\d+)\.xml", subprocess.run(["tar", "-tzf", tgz], capture_output=True, text=True).stdout))
n_pools = 0
for f in sorted(glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt")):
    if hashlib.sha256(Path(f).read_bytes()).hexdigest() == SHA14 or "/eval-pool14/" in f: continue  # pool 14 itself
    n_pools += 1
    add(f, [l.split()[1] for l in open(f) if l.strip()])
for d in ("/work/eval-pool9b", "/work/eval-pool10", "/work/eval-pool11", "/work/eval-pool12", "/work/eval-pool13"):
    for f in glob.glob(d + "/src/*.xml"):
        add(f, own_pmids(Path(f).read_text(encoding="utf-8-sig", errors="replace")))
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    add(f, own_pmids(Path(f).read_text(encoding="utf-8-sig", errors="replace")))
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt"):
    add(f, Path(f).read_text().split())
n_sets = 0
for n in range(1, 83):
    d = Path(f"/work/main/bench/heldout/claims-set{n}")
    if (d / "pmids.txt").exists(): n_sets += 1; add(str(d / "pmids.txt"), (d / "pmids.txt").read_text().split())
    if n < 57 and (d / "records.xml").exists():
        add(str(d / "records.xml"), own_pmids((d / "records.xml").read_text(encoding="utf-8-sig", errors="replace")))
for n in list(range(5, 83)) + [83, 84, 86]:
    d = Path(f"/work/eval-claims{n}")
    if d.resolve() == HERE or not (d / "pmids.txt").exists(): continue
    n_sets += 1; add(str(d / "pmids.txt"), (d / "pmids.txt").read_text().split())
for p in pmids:
    if p in used: errs.append(f"PMID {p} already used: {used[p]}")
per_key = Counter(c["key"] for c in claims)
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print(f"checked against {n_pools} earlier pool order files, {n_sets} claim-set pmids.txt files, {len(used)} used PMIDs")
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
