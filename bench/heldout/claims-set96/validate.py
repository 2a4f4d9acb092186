"""Self-check of set 96 (copied from set 55, itself from 50, 44, 39, 35, 32, 24, 22, 18, 15, 13/14, 9/10, 7/8) (no
evidence run): JSON, schema, truth sentences verbatim (main AbstractText only), kinds, keys, records. Round-twenty-seven
changes (set 96): records must be byte-exact as pool 14's own wrapping gives them (wrap.py: a <PubmedArticle> element's
exact bytes, all in /work/eval-pool14/src; records.xml is read and compared as bytes), and every record's position in
/work/eval-pool14/order.txt must lie inside set 96's walk range 685-800. Used PMIDs: pools 2-13 (every
bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt except pool 14's own, i.e. not /work/eval-pool14 nor its
copy bench/heldout/pool14; pool 13 counts), every PMID of the src/ folders of /work/eval-pool9b, 10, 11, 12 and 13 (not
pool 14's src), the old pool (eval-claims15/src if present), /work/shared PubMed data (incl. the metapub tarball),
tests/fixtures/claims/*.xml (PMIDs by regex only), bench devbank-* (records' own PMIDs and pmids.txt), bench
claims-set1..94 (pmids.txt; records' own PMIDs for sets 1-56 only, since sets 57-98's records.xml are not to be read),
and "earlier" sets /work/eval-claims5*/, /work/eval-claims60..94 and the other round-twenty-seven folders
/work/eval-claims95, 97, 98 (their pmids.txt only, whenever it exists). Kind plan scaled when fewer than 15 abstracts."""
import glob, json, os, re, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
raw = rawb.decode("utf-8")
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
assert list(arts) == pmids, "records.xml order/content differs from pmids.txt"
# byte-exact: each <PubmedArticle> element must occur verbatim in a pool file (src/, see SOURCES.md)
import hashlib
sys.path.insert(0, "/work/eval-pool14")
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 14's own wrapping
SRC = Path("/work/eval-pool14/src")
pool_wrapped = {_wrapped(el) for f in sorted(SRC.glob("*.xml")) for _, el in _pool_records(f)}
errs = []
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 14 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
position = {l.split()[1]: int(l.split()[0]) for l in open("/work/eval-pool14/order.txt")}
for p in pmids:
    if not 685 <= position.get(p, 0) <= 800: errs.append(f"PMID {p} not inside set 96's range 685-800 of pool 14's order.txt")
abstracts = {p: " ".join(" ".join("".join(x.itertext()).split()) for x in a.find(".//Article").iter("AbstractText")) for p, a in arts.items()}
STOP = {"a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "from", "is", "are", "by", "at", "as", "do",
        "does", "can", "how", "what", "why", "when", "its", "into", "via", "than", "or"}
def aw(t): return re.sub(r"[^a-z0-9]", "", "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)).lower())
key_pmid = {}
for p, a in arts.items():
    last = a.findtext(".//AuthorList/Author/LastName"); year = a.findtext(".//Article/Journal/JournalIssue/PubDate/Year")
    title = "".join(a.find(".//ArticleTitle").itertext())
    fw = next((w for w in (aw(x)[:20] for x in re.split(r"[\s\-\u2010-\u2015/]+", title)) if w and w not in STOP), "")
    key_pmid[aw(last)[:20] + year + fw] = p
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
if len(claims) == 60 and kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
if len(claims) == 60 and any(kc[k] < 5 for k in KINDS - {"none"}): errs.append("a kind has fewer than 5 claims")
if len(claims) < 60:  # fewer abstracts: 4 per abstract, every kind present, about 22/60 faithful
    if len(claims) != 4 * len(pmids): errs.append(f"{len(claims)} claims for {len(pmids)} abstracts (want 4 each)")
    if any(kc[k] < 1 for k in KINDS): errs.append("a kind is missing")
    print("scaled plan:", {k: round(v * len(claims) / 60, 1) for k, v in WANT.items()})
for k, n in Counter(c["key"] for c in claims).items():
    if not 3 <= n <= 5: errs.append(f"{k}: {n} claims (want 3-5)")
for c in claims:  # one line each (claims_eval.py writes one paragraph per claim); no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in the project's pool or earlier sets
import subprocess
used = set()
OWN = lambda t: set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", t))
def setno(name):
    m = re.fullmatch(r"claims-set(\d+)", name); return int(m.group(1)) if m else None
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml") + glob.glob("/work/main/tests/fixtures/claims/*.xml"):
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
used |= set(re.findall(r"(\d+)\.xml", subprocess.run(["tar", "-tzf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
for f in glob.glob("/work/main/bench/heldout/claims-set*/records.xml"):  # own PMIDs of sets 1-56 only
    n = setno(Path(f).parent.name)
    if n is not None and n <= 56: used |= OWN(Path(f).read_text(encoding="utf-8-sig", errors="replace"))
for f in glob.glob("/work/main/bench/heldout/claims-set*/pmids.txt"):  # sets 1-94 (95-98 are not in bench yet; skip if so)
    n = setno(Path(f).parent.name)
    if n is not None and n <= 94: used |= set(Path(f).read_text().split())
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    used |= OWN(Path(f).read_text(encoding="utf-8-sig", errors="replace"))
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt"):
    used |= set(Path(f).read_text().split())
for f in glob.glob("/work/eval-claims15/src/*.xml"):  # the old pool, if still present
    used |= OWN(Path(f).read_text(encoding="utf-8-sig", errors="replace"))
SRC_POOLS = ["/work/eval-pool9b", "/work/eval-pool10", "/work/eval-pool11", "/work/eval-pool12", "/work/eval-pool13"]
for d in SRC_POOLS:  # every record of the earlier pools' src/ (admitted or not); pool 14's own src is NOT counted
    for f in glob.glob(d + "/src/*.xml"):
        used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
POOL14_ORDER = Path("/work/eval-pool14/order.txt").read_bytes()
n_orders = 0
for f in sorted(glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt")):  # pools 2-13
    if f.startswith("/work/eval-pool14/") or "/heldout/pool14/" in f or Path(f).read_bytes() == POOL14_ORDER: continue  # pool 14 itself or a copy
    used |= {l.split()[1] for l in open(f) if l.strip()}; n_orders += 1
assert os.path.exists("/work/eval-pool13/order.txt")
errs += [f"PMID {p} already used by the project, a pool 2-13, a devbank or a bench set 1-94" for p in pmids if p in used]
earlier = set(); n_earlier = 0
for d in sorted(glob.glob("/work/eval-claims*")):
    m = re.fullmatch(r"/work/eval-claims(\d+)", d)
    if not m or Path(d).resolve() == HERE: continue
    n = int(m.group(1))
    if not (50 <= n <= 59 or 60 <= n <= 94 or n in (95, 97, 98)): continue
    f = Path(d) / "pmids.txt"
    if f.exists(): earlier |= set(f.read_text().split()); n_earlier += 1
errs += [f"PMID {p} already in another set (eval-claims5*, 60-95, 97-98)" for p in pmids if p in earlier]
print("earlier pools' order.txt read:", n_orders, "; other eval sets' pmids.txt read:", n_earlier, "; used PMIDs:", len(used))
per_key = Counter(c["key"] for c in claims)
kinds = Counter(c["kind"] for c in claims)
print("claims", len(claims), dict(sorted(kinds.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
sys.exit(1 if errs else 0)
