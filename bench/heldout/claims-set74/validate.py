"""Self-check of set 74 (adapted from set 55's, itself set 50's, 44's, 39's, ...) (no evidence run): JSON, schema, truth
sentences verbatim, kinds, keys, records. Round-twenty-one changes (set 74): records must be byte-exact as pool 14's own
wrapping gives them (/work/eval-pool14/wrap.py: a <PubmedArticle> element's exact bytes from its one src file;
records.xml is read and compared as bytes, frame included), and every record's position in /work/eval-pool14/order.txt
must lie inside set 74's walk range 1001-1200. Truth sentences must be verbatim in the record's main <Abstract> (not in
an <OtherAbstract>, e.g. Mishell 1977's PIP summary). No-repeat check: none of the PMIDs may be in pools 2-13
(bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt, excluding pool 14 itself and any copy of it, i.e.
/work/eval-pool14, bench/heldout/pool14 and any order.txt identical to pool 14's; /work/eval-pool13 IS an earlier pool;
also every PMID in the src/ files of the earlier /work/eval-pool*/), in any earlier claim set (bench/heldout/claims-set1..70
pmids.txt, plus the records' own PMIDs of claims-set1..56's records.xml; devbank-*; /work/eval-claims*/pmids.txt other
than this set's, so sets 71-73 of this round count whenever their pmids.txt exists: only pmids.txt is read there), in the
project's tests/fixtures/claims/*.xml (PMIDs by regex) or in /work/shared PubMed data."""
import glob, hashlib, json, re, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
LO, HI = 1001, 1200
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
assert list(arts) == pmids, "records.xml order/content differs from pmids.txt"
errs = []
if len(set(pmids)) != len(pmids): errs.append("duplicate PMID in pmids.txt")
# byte-exact: each <PubmedArticle> element must be exactly pool 14's record for that PMID (first occurrence)
sys.path.insert(0, "/work/eval-pool14")
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 14's own wrapping
from pool_order import FILES as _FILES
pool_el = {}
for name in _FILES:
    for pmid, el in _pool_records(Path("/work/eval-pool14/src") / name):
        if pmid in arts: pool_el.setdefault(pmid, _wrapped(el))
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
if len(recs) != len(pmids): errs.append("records.xml element count differs from pmids.txt")
for p, el in zip(pmids, recs):
    if pool_el.get(p) != el: errs.append(f"record {p} not byte-exact as pool 14 wraps it")
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
position = {l.split()[1]: int(l.split()[0]) for l in open("/work/eval-pool14/order.txt") if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 74's range {LO}-{HI} of pool 14's order.txt")
def main_abstract(a):
    ab = a.find("MedlineCitation/Article/Abstract")
    return "" if ab is None else " ".join(" ".join("".join(x.itertext()).split()) for x in ab.iter("AbstractText"))
abstracts = {p: main_abstract(a) for p, a in arts.items()}
STOP = {"a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "from", "is", "are", "by", "at", "as", "do",
        "does", "can", "how", "what", "why", "when", "its", "into", "via", "than", "or"}
def aw(t): return re.sub(r"[^a-z0-9]", "", "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)).lower())
key_pmid = {}
for p, a in arts.items():
    first = a.find(".//AuthorList/Author")
    if first is None or first.find("LastName") is None: errs.append(f"{p}: collective/missing first author (check key)")
    last = a.findtext(".//AuthorList/Author/LastName") or ""; year = a.findtext(".//Article/Journal/JournalIssue/PubDate/Year")
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
    if c["kind"] == "none" and c.get("accept"): errs.append(f"{c['id']}: faithful claim with accept list")
    for k in c.get("accept", []):
        if k not in KINDS - {"none"}: errs.append(f"{c['id']}: bad accept {k}")
    if c.get("accept") and c["kind"] not in c["accept"]: errs.append(f"{c['id']}: accept lacks own kind")
    p = key_pmid.get(c["key"])
    if not p: errs.append(f"{c['id']}: key {c['key']} not derivable from records"); continue
    for t in [c["truth"], *c.get("truth_alt", [])]:
        if " ".join(t.split()) not in abstracts[p]: errs.append(f"{c['id']}: truth not verbatim in the main abstract: {t[:70]}")
    last = unicodedata.normalize("NFC", arts[p].findtext(".//AuthorList/Author/LastName"))
    if last not in unicodedata.normalize("NFC", c["claim"]): errs.append(f"{c['id']}: first author surname not cited in claim")
    if c["claim"] != unicodedata.normalize("NFC", c["claim"]): errs.append(f"{c['id']}: claim not NFC")
WANT = {"none": 22, "number": 6, "population": 6, "direction": 6, "comparator": 5, "design": 5, "duration": 5, "overreach": 5}
kc = Counter(c["kind"] for c in claims)
if len(claims) == 60 and kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
if len(claims) != 4 * len(pmids): errs.append(f"{len(claims)} claims for {len(pmids)} abstracts (want 4 each)")
if len(pmids) != 15: errs.append(f"{len(pmids)} abstracts (want 15)")
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
if set(c["key"] for c in claims) != set(key_pmid): errs.append("some record has no claims")
for c in claims:  # one line each (claims_eval.py writes one paragraph per claim); no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in the project's data, an earlier pool or an earlier set
import subprocess
MEDLINE_PMID = r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>"
used = {}
def mark(ps, why):
    for q in ps: used.setdefault(q, why)
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml") + glob.glob("/work/main/tests/fixtures/claims/*.xml"):
    mark(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
tar = "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"
if Path(tar).exists():
    mark(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", tar], capture_output=True, text=True).stdout), tar)
    mark(re.findall(r"(\d+)\.xml", subprocess.run(["tar", "-tzf", tar], capture_output=True, text=True).stdout), tar + " (names)")
for n in range(1, 71):  # bench claim sets 1-70: pmids.txt; records.xml (own PMIDs only) for sets 1-56
    d = Path(f"/work/main/bench/heldout/claims-set{n}")
    if (d / "pmids.txt").exists(): mark((d / "pmids.txt").read_text().split(), str(d))
    if n <= 56 and (d / "records.xml").exists():
        mark(re.findall(MEDLINE_PMID, (d / "records.xml").read_text(encoding="utf-8-sig", errors="replace")), str(d))
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    mark(re.findall(MEDLINE_PMID, Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt"):
    mark(Path(f).read_text().split(), f)
for f in glob.glob("/work/eval-claims15/src/*.xml"):  # the old pool, if present
    mark(re.findall(MEDLINE_PMID, Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
own_order = Path("/work/eval-pool14/order.txt").read_bytes()
npools = 0
for f in sorted(glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt")):
    if Path(f).parent.name in ("pool14", "eval-pool14") or Path(f).read_bytes() == own_order: continue  # pool 14 or a copy
    npools += 1
    mark({l.split()[1] for l in open(f) if l.strip()}, f)
for f in sorted(glob.glob("/work/eval-pool*/src/*.xml")):  # earlier pools' src files (all records, admitted or not)
    if "/eval-pool14/" in f: continue
    mark(re.findall(MEDLINE_PMID, Path(f).read_text(encoding="utf-8-sig", errors="replace")), f)
errs += [f"PMID {p} already used: {used[p]}" for p in pmids if p in used]
earlier = {}
for f in sorted(glob.glob("/work/eval-claims*/pmids.txt")):  # every other evaluator set (incl. 71-73 when written)
    if Path(f).parent.resolve() == HERE: continue
    for q in Path(f).read_text().split(): earlier.setdefault(q, f)
errs += [f"PMID {p} already in another set: {earlier[p]}" for p in pmids if p in earlier]
per_key = Counter(c["key"] for c in claims)
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("faithful per abstract", dict(Counter(c["key"] for c in claims if c["kind"] == "none")))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("earlier pools' order.txt read:", npools, "; used PMIDs known:", len(used), "; other evaluator sets' PMIDs:", len(earlier))
print("keys:", sorted(key_pmid))
print("positions:", sorted(position[p] for p in pmids))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
