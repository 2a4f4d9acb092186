"""Self-check of set 82 (adapted from set 55's validate.py, itself from 50, 44, 39, ...) (no evidence run): JSON,
schema, truth sentences verbatim, kinds, keys, records. Round-twenty-three changes (set 82): records must be byte-exact
as pool 14's own wrapping gives them (wrap.py; /work/eval-pool14/src); every record's position in
/work/eval-pool14/order.txt must lie inside set 82's range 1018-1200; PMIDs used elsewhere = pools 2-13 (every
bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt except pool 14 itself or a byte copy of its order.txt, e.g.
bench/heldout/pool14; every /work/eval-pool*/src/*.xml except pool 14's), bench claims-set1..78 (records.xml
MedlineCitation PMIDs for sets below 57 only, pmids.txt for all; this set's own name excluded), devbank-* (records and
pmids), /work/eval-claims5*/ and /work/eval-claims60..81 (pmids.txt only), tests/fixtures/claims/*.xml (PMIDs by regex)
and /work/shared PubMed data. Sets 57-82's records.xml are not read (brief)."""
import glob, hashlib, json, re, subprocess, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
POOL = Path("/work/eval-pool14")
LO, HI = 1018, 1200
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
assert list(arts) == pmids, "records.xml order/content differs from pmids.txt"
errs = []
if len(pmids) != len(set(pmids)): errs.append("duplicate PMID in pmids.txt")
sys.path.insert(0, str(POOL))
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 14's own wrapping
pool_wrapped = {_wrapped(el) for f in sorted((POOL / "src").glob("*.xml")) for _, el in _pool_records(f)}
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 14 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
position = {l.split()[1]: int(l.split()[0]) for l in open(POOL / "order.txt") if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 82's range {LO}-{HI} of pool 14's order.txt")
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
WANT = {"none": 22, "number": 6, "population": 6, "direction": 6, "comparator": 5, "design": 5, "duration": 5, "overreach": 5}
kc = Counter(c["kind"] for c in claims)
if len(pmids) == 15 and (len(claims) != 60 or kc != Counter(WANT)): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
if len(claims) < 60:
    if len(claims) != 4 * len(pmids): errs.append(f"{len(claims)} claims for {len(pmids)} abstracts (want 4 each)")
    if any(kc[k] < 1 for k in KINDS): errs.append("a kind is missing")
per_key = Counter(c["key"] for c in claims)
for k, n in per_key.items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
for k in key_pmid:
    if k not in per_key: errs.append(f"{k}: no claims")
# records must not be in the project's data, pools 2-13 or earlier sets
def medline_pmids(text): return set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", text))
used = {}
def add(src, ps):
    for p in ps: used.setdefault(p, src)
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml") + glob.glob("/work/main/tests/fixtures/claims/*.xml"):
    add(f, re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
tar = "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"
if Path(tar).exists():
    add(tar, re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", tar], capture_output=True, text=True).stdout))
    add(tar + " names", re.findall(r"(\d+)\.xml", subprocess.run(["tar", "-tzf", tar], capture_output=True, text=True).stdout))
own_order = hashlib.sha256((POOL / "order.txt").read_bytes()).hexdigest()
n_orders = 0
for f in glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt"):
    if f.startswith("/work/eval-pool14/") or hashlib.sha256(Path(f).read_bytes()).hexdigest() == own_order: continue  # pool 14 or its copy
    n_orders += 1
    add(f, {l.split()[1] for l in open(f) if l.strip()})
for f in glob.glob("/work/eval-pool*/src/*.xml"):  # pools 9b-13's src files (admitted or not); not pool 14's own
    if f.startswith("/work/eval-pool14/"): continue
    add(f, medline_pmids(Path(f).read_text(encoding="utf-8-sig", errors="replace")))
for d in glob.glob("/work/main/bench/heldout/claims-set*"):
    m = re.fullmatch(r"claims-set(\d+)", Path(d).name)
    if not m or int(m.group(1)) == 82: continue
    if int(m.group(1)) < 57 and Path(d, "records.xml").exists():
        add(d + "/records.xml", medline_pmids(Path(d, "records.xml").read_text(encoding="utf-8-sig", errors="replace")))
    if Path(d, "pmids.txt").exists(): add(d + "/pmids.txt", Path(d, "pmids.txt").read_text().split())
for d in glob.glob("/work/main/bench/heldout/devbank-*"):
    if Path(d, "records.xml").exists(): add(d + "/records.xml", medline_pmids(Path(d, "records.xml").read_text(encoding="utf-8-sig")))
    if Path(d, "pmids.txt").exists(): add(d + "/pmids.txt", Path(d, "pmids.txt").read_text().split())
for n in list(range(5, 82)):  # /work/eval-claims5..81 (5x, 60-78, and 79-81 of this round): pmids.txt only
    f = Path(f"/work/eval-claims{n}/pmids.txt")
    if f.exists() and f.parent != HERE: add(str(f), f.read_text().split())
errs += [f"PMID {p} already used: {used[p]}" for p in pmids if p in used]
print("pool orders counted as earlier pools:", n_orders)
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("faithful per abstract", sorted(Counter(c["key"] for c in claims if c["kind"] == "none").values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
