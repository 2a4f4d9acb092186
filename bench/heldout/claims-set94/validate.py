"""Self-check of set 94 (adapted from set 55's validate.py, itself set 50's, 44's, ... 7/8's) (no evidence run): JSON,
schema, truth sentences verbatim (main abstract only: the Article's AbstractText, never an OtherAbstract), kinds, keys,
records. Round-twenty-six changes (set 94): records must be byte-exact as pool 14's own wrapping gives them (wrap.py: a
<PubmedArticle> element's exact bytes from /work/eval-pool14/src; records.xml compared as bytes), and every record's
position in /work/eval-pool14/order.txt must lie inside set 94's range 1062-1200. No-repeat check: a PMID must not be in
pools 2-13 (every bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt, every PMID of the eval-pool*/src files),
nor in any earlier claim set or devbank (bench/heldout/claims-set1..90: records' own PMIDs for sets 1-56, pmids.txt for
all; devbank-*: records and pmids.txt; /work/eval-claims5*/, /work/eval-claims60..93 pmids.txt only), nor in
/work/shared PubMed data. Pool 14 itself is NOT an earlier pool: /work/eval-pool14 (order.txt and src/) and any copy of
it (an order.txt with pool 14's sha256, e.g. bench/heldout/pool14) are skipped. The project's tests/ folder is not read
(the brief's hard rule; pool 14's own exclusion list already covered its fixtures when the pool was built)."""
import glob, hashlib, json, re, subprocess, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
POOL = Path("/work/eval-pool14")
LO, HI = 1062, 1200
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
if len(pmids) != 15 or len(set(pmids)) != 15: errs.append("want 15 distinct PMIDs")
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 14 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
POOL14_SHA = hashlib.sha256((POOL / "order.txt").read_bytes()).hexdigest()
position = {l.split()[1]: int(l.split()[0]) for l in open(POOL / "order.txt") if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 94's range {LO}-{HI} of pool 14's order.txt")
# main abstract only (Article/Abstract/AbstractText); OtherAbstract text is never a truth source
abstracts = {p: " ".join(" ".join("".join(x.itertext()).split()) for x in a.find(".//Article").iter("AbstractText")) for p, a in arts.items()}
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
    p = key_pmid.get(c["key"])
    if not p: errs.append(f"{c['id']}: key {c['key']} not derivable from records"); continue
    for t in [c["truth"], *c.get("truth_alt", [])]:
        if " ".join(t.split()) not in abstracts[p]: errs.append(f"{c['id']}: truth not verbatim: {t[:70]}")
    last = arts[p].findtext(".//AuthorList/Author/LastName")
    if last not in c["claim"]: errs.append(f"{c['id']}: first author surname not cited in claim")
WANT = {"none": 22, "number": 6, "population": 6, "direction": 6, "comparator": 5, "design": 5, "duration": 5, "overreach": 5}
kc = Counter(c["kind"] for c in claims)
if len(claims) != 60: errs.append(f"{len(claims)} claims (want 60)")
if kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
for c in claims:  # one line each; no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in pools 2-13, earlier sets, devbanks or the shared PubMed data
MC = r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>"
used = {}
def add(ids, where):
    for i in ids: used.setdefault(i, where)
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml"):
    add(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
add(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout), "metapub")
for f in glob.glob("/work/eval-claims15/src/*.xml") + glob.glob("/work/eval-pool*/src/*.xml"):
    if f.startswith("/work/eval-pool14/"): continue   # pool 14 itself is not an earlier pool
    add(re.findall(MC, Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
n_orders = 0
for f in glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt"):
    if f.startswith("/work/eval-pool14/") or hashlib.sha256(Path(f).read_bytes()).hexdigest() == POOL14_SHA:
        continue   # pool 14 or a copy of it (bench/heldout/pool14)
    n_orders += 1
    add({l.split()[1] for l in open(f) if l.strip()}, f)
def setno(name):
    m = re.search(r"(\d+)$", name); return int(m.group(1)) if m else -1
for f in glob.glob("/work/main/bench/heldout/claims-set*/records.xml"):
    if setno(Path(f).parent.name) <= 56:   # sets 57-94: pmids.txt only (the brief)
        add(re.findall(MC, Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    add(re.findall(MC, Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt") + glob.glob("/work/main/bench/heldout/claims-set*/pmids.txt"):
    if Path(f).parent.name == "claims-set94": continue
    add(Path(f).read_text().split(), f)
n_sets = 0
for d in sorted(glob.glob("/work/eval-claims*")):
    n = setno(d)
    if Path(d) == HERE or not (5 <= n <= 93): continue
    f = Path(d) / "pmids.txt"
    if f.exists(): n_sets += 1; add(f.read_text().split(), str(f))
errs += [f"PMID {p} already used ({used[p]})" for p in pmids if p in used]
per_key = Counter(c["key"] for c in claims)
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("pool order files counted", n_orders, "; eval-claims pmids.txt read", n_sets, "; used PMIDs", len(used))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
