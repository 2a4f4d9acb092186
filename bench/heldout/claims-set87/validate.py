"""Self-check of set 87 (copied from set 55, itself from 50, 44, 39, 35, 32, 24, 22, 18, 15, 13/14, 9/10, 7/8) (no
evidence run): JSON, schema, truth sentences verbatim, kinds, keys, records. Round-twenty-five changes (set 87):
records must be byte-exact as pool 14's own wrapping gives them (wrap.py: a <PubmedArticle> element's exact bytes, from
/work/eval-pool14/src; records.xml is read and compared as bytes), and every record's position in
/work/eval-pool14/order.txt must lie inside set 87's walk range 460-600.
No-repeat check: a PMID must not be in pools 2-13 (every bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt,
every PMID of /work/eval-pool9b..13/src/*.xml, admitted or not; pool 14 itself, /work/eval-pool14 and its copy
bench/heldout/pool14, is NOT an earlier pool and is skipped), nor in any earlier claim set or devbank (pmids.txt only,
as the brief says: bench/heldout/claims-set1..86, devbank-*, /work/eval-claims5*, /work/eval-claims60..86 and the other
round-twenty-five folders /work/eval-claims88..90 when their pmids.txt exists), nor in the project's PubMed data
(/work/shared/data/pubmed incl. the metapub tarball, /work/shared/fixtures/pubmed) or tests/fixtures/claims/*.xml
(PMIDs by regex only, nothing else read). Kind plan scaled to the number of abstracts when fewer than 15."""
import glob, json, re, sys, unicodedata, subprocess, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
LO, HI = 460, 600
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
assert list(arts) == pmids, "records.xml order/content differs from pmids.txt"
# byte-exact: each <PubmedArticle> element must be pool 14's wrapping of a src/ element
sys.path.insert(0, "/work/eval-pool14")
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 14's own wrapping
SRC = Path("/work/eval-pool14/src")
pool_wrapped = {_wrapped(el) for f in sorted(SRC.glob("*.xml")) for _, el in _pool_records(f)}
errs = []
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
if len(recs) != len(pmids): errs.append("record count differs from pmids.txt")
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 14 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
del pool_wrapped
position = {l.split()[1]: int(l.split()[0]) for l in open("/work/eval-pool14/order.txt") if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 87's range {LO}-{HI} of pool 14's order.txt")
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
    extra = set(c) - {"id", "key", "kind", "claim", "truth", "truth_alt", "wrong", "accept"}
    if extra: errs.append(f"{c['id']}: unknown fields {extra}")
    p = key_pmid.get(c["key"])
    if not p: errs.append(f"{c['id']}: key {c['key']} not derivable from records"); continue
    for t in [c["truth"], *c.get("truth_alt", [])]:
        if " ".join(t.split()) not in abstracts[p]: errs.append(f"{c['id']}: truth not verbatim: {t[:70]}")
    last = arts[p].findtext(".//AuthorList/Author/LastName")
    if last not in c["claim"]: errs.append(f"{c['id']}: first author surname not cited in claim")
    if not re.search(r"\b(19|20)\d\d\b", c["claim"]) or arts[p].findtext(".//Article/Journal/JournalIssue/PubDate/Year") not in c["claim"]:
        errs.append(f"{c['id']}: year of the cited work not in claim")
WANT = {"none": 22, "number": 6, "population": 6, "direction": 6, "comparator": 5, "design": 5, "duration": 5, "overreach": 5}
kc = Counter(c["kind"] for c in claims)
if len(claims) == 60 and kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
if len(claims) == 60 and any(kc[k] < 5 for k in KINDS - {"none"}): errs.append("a kind has fewer than 5 claims")
if len(claims) < 60:  # fewer abstracts: 4 per abstract, every kind present, about 22/60 faithful
    if len(claims) != 4 * len(pmids): errs.append(f"{len(claims)} claims for {len(pmids)} abstracts (want 4 each)")
    if any(kc[k] < 1 for k in KINDS): errs.append("a kind is missing")
    print("scaled plan:", {k: round(v * len(claims) / 60, 1) for k, v in WANT.items()})
if len(claims) == 60 and len(pmids) != 15: errs.append(f"{len(pmids)} abstracts (want 15)")
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
for c in claims:  # one line each (claims_eval.py writes one paragraph per claim); no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# --- no-repeat check ---
POOL14 = ("/work/eval-pool14/", "/work/main/bench/heldout/pool14/")   # this pool and its copy: not an earlier pool
used = {}
def mark(ps, src):
    for p in ps: used.setdefault(p, src)
for f in glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt"):  # pools 2-13
    if f.startswith(POOL14): continue
    mark({l.split()[1] for l in open(f) if l.strip()}, f)
for f in glob.glob("/work/eval-pool*/src/*.xml"):  # pools 9b-13's src files, every record admitted or not
    if f.startswith(POOL14): continue
    mark(set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace"))), f)
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml") + glob.glob("/work/main/tests/fixtures/claims/*.xml"):
    mark(set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace"))), f)
tgz = "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"
if Path(tgz).exists():
    mark(set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", tgz], capture_output=True, text=True).stdout)), tgz)
    mark(set(re.findall(r"(\d+)\.xml", subprocess.run(["tar", "-tzf", tgz], capture_output=True, text=True).stdout)), tgz + " (names)")
earlier = (glob.glob("/work/main/bench/heldout/claims-set*/pmids.txt") + glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt")
           + glob.glob("/work/eval-claims*/pmids.txt"))
nsets = 0
for f in earlier:
    d = Path(f).parent
    if d.resolve() == HERE: continue
    if d.name.startswith("claims-set") and int(d.name[len("claims-set"):]) == 87: continue  # a later copy of this set
    mark(set(re.findall(r"\b(\d{1,9})\b", Path(f).read_text())), f); nsets += 1
errs += [f"PMID {p} already used: {used[p]}" for p in pmids if p in used]
per_key = Counter(c["key"] for c in claims)
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("faithful per abstract", sorted(Counter(c["key"] for c in claims if c["kind"] == "none").values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("no-repeat inputs: pmids.txt of", nsets, "earlier sets/devbanks; used PMIDs", len(used))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print("errors:", len(errs))
sys.exit(1 if errs else 0)
