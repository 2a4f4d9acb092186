"""Self-check of set 81 (copied from set 55, itself from 50, 44, 39, 35, 32, 24, 22, 18, 15, 13/14, 9/10, 7/8) (no
evidence run): JSON, schema, truth sentences verbatim, kinds, keys, records. Round-twenty-three changes (set 81):
records must be byte-exact as pool 14's own wrapping gives them (wrap.py: a <PubmedArticle> element's exact bytes, in
/work/eval-pool14/src; records.xml is read and compared as bytes), and every record's position in
/work/eval-pool14/order.txt must lie inside set 81's range 819-1000. Used PMIDs (pools 2-13 and earlier sets): every
pool's order.txt (bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt) EXCEPT pool 14 itself (/work/eval-pool14
and any copy of its order.txt, e.g. bench/heldout/pool14/order.txt, recognised by path or by its sha256); every PMID in
the src/ folders of earlier pools (/work/eval-pool9b, 10, 11, 12, 13; pool 14's own src/ is not counted); bench
claims-set1..78 (records' own PMIDs and pmids.txt), devbank-* (records and pmids.txt); tests/fixtures/claims/*.xml PMIDs
(grep only) and /work/shared PubMed data; and the pmids.txt of /work/eval-claims52..78 and of the other
round-twenty-three sets /work/eval-claims79, 80 and 82 when they exist (only their pmids.txt is read)."""
import glob, hashlib, json, re, subprocess, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
LO, HI = 819, 1000
POOL = Path("/work/eval-pool14")
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
raw = rawb.decode("utf-8")
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
assert list(arts) == pmids, "records.xml order/content differs from pmids.txt"
# byte-exact: each <PubmedArticle> element must be one of pool 14's wrapped records
sys.path.insert(0, str(POOL))
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 14's own wrapping
pool_wrapped = {_wrapped(el) for f in sorted((POOL / "src").glob("*.xml")) for _, el in _pool_records(f)}
errs = []
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
if len(recs) != len(pmids): errs.append(f"{len(recs)} <PubmedArticle> elements for {len(pmids)} PMIDs")
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 14 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
del pool_wrapped
position = {}
for l in open(POOL / "order.txt"):
    f = l.split()
    if f: position[f[1]] = int(f[0])
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 81's range {LO}-{HI} of pool 14's order.txt")
if len(set(pmids)) != len(pmids): errs.append("duplicate PMID in pmids.txt")
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
FIELDS = {"id", "key", "kind", "claim", "truth", "truth_alt", "wrong", "accept"}
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
    if not re.search(r"\b(19|20)\d\d\b", c["claim"]): errs.append(f"{c['id']}: no year in claim")
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
# records must not be in the project's data, pools 2-13 or earlier sets
POOL14_SHA = hashlib.sha256((POOL / "order.txt").read_bytes()).hexdigest()
def own(t): return set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", t))
used = {}
def mark(ps, src):
    for p in ps: used.setdefault(p, src)
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml") + glob.glob("/work/main/tests/fixtures/claims/*.xml"):
    mark(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
mark(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout), "metapub tarball")
for n in range(1, 79):  # bench claim sets 1-78: records' own PMIDs and pmids.txt
    d = Path(f"/work/main/bench/heldout/claims-set{n}")
    if (d / "records.xml").exists(): mark(own((d / "records.xml").read_text(encoding="utf-8-sig", errors="replace")), str(d))
    if (d / "pmids.txt").exists(): mark((d / "pmids.txt").read_text().split(), str(d))
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    mark(own(Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt"):
    mark(Path(f).read_text().split(), f)
for f in sorted(glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt")):  # pools 2-13
    if "/eval-pool14/" in f or "/heldout/pool14/" in f: continue
    if hashlib.sha256(Path(f).read_bytes()).hexdigest() == POOL14_SHA: continue  # a copy of pool 14 itself
    mark({l.split()[1] for l in open(f) if l.strip()}, f)
for f in sorted(glob.glob("/work/eval-pool*/src/*.xml")):  # earlier pools' src/ (9b, 10, 11, 12, 13), not pool 14's
    if "/eval-pool14/" in f: continue
    mark(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
for p in pmids:
    if p in used: errs.append(f"PMID {p} already used ({used[p]})")
earlier = {}
for n in list(range(52, 79)) + [79, 80, 82]:  # /work/eval-claims5*, 60-78 and this round's other sets: pmids.txt only
    f = Path(f"/work/eval-claims{n}/pmids.txt")
    if f.exists() and f.parent != HERE:
        for p in f.read_text().split(): earlier.setdefault(p, str(f))
for p in pmids:
    if p in earlier: errs.append(f"PMID {p} already in {earlier[p]}")
per_key = Counter(c["key"] for c in claims)
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("used-PMID inputs: ", len(used), "PMIDs; earlier eval sets:", len(earlier), "PMIDs")
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
