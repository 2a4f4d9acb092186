"""Self-check of set 93 (copied from set 55's, itself from 50, 44, 39, 35, 32, 24, 22, 18, 15, 13/14, 9/10, 7/8) (no
evidence run): JSON, schema, truth sentences verbatim (main Abstract/AbstractText only, never OtherAbstract), kinds,
keys, records. Round-twenty-six changes (set 93): records must be byte-exact as pool 14's own wrapping gives them
(wrap.py over /work/eval-pool14/src; records.xml read and compared as bytes), and every record's position in
/work/eval-pool14/order.txt must lie inside set 93's range 866-1000. Used PMIDs (none of ours may be among them): every
earlier pool (bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt, pools 2-13, incl. /work/eval-pool13; NOT
pool 14 itself: /work/eval-pool14 and its copy bench/heldout/pool14 are skipped), every earlier pool's src/ (not pool
14's), bench claims-set1..90 (pmids.txt; records.xml own PMIDs only for sets 1-56, since sets 57-94's records.xml may
not be read), devbank-* (records own PMIDs, pmids.txt), /work/eval-claims5..92 and 94 (pmids.txt only, when present;
sets 91, 92, 94 are this round's other sets), /work/shared PubMed data. The project's tests/ folder is not read (the
brief forbids it); pool 14's pool_order.py already excluded its fixture PMIDs from order.txt."""
import glob, json, re, sys, unicodedata, xml.etree.ElementTree as ET
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
position = {l.split()[1]: int(l.split()[0]) for l in open("/work/eval-pool14/order.txt") if l.strip()}
for p in pmids:
    if not 866 <= position.get(p, 0) <= 1000: errs.append(f"PMID {p} not inside set 93's range 866-1000 of pool 14's order.txt")
abstracts = {p: " ".join(" ".join("".join(x.itertext()).split()) for x in a.findall("MedlineCitation/Article/Abstract/AbstractText")) for p, a in arts.items()}
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
# records must not be in an earlier pool, an earlier claim set, a devbank or the shared PubMed data
import subprocess
used = set()
def own(text): return set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", text))
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml"):
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
def setno(name):
    m = re.fullmatch(r"claims-set(\d+)", name); return int(m.group(1)) if m else None
for f in glob.glob("/work/main/bench/heldout/claims-set*/records.xml"):  # sets 1-56 only (57-94's records.xml not read)
    n = setno(Path(f).parent.name)
    if n is not None and n <= 56: used |= own(Path(f).read_text(encoding="utf-8-sig", errors="replace"))
for f in glob.glob("/work/main/bench/heldout/claims-set*/pmids.txt"):   # sets 1-90
    n = setno(Path(f).parent.name)
    if n is not None and n != 93: used |= set(Path(f).read_text().split())
for f in glob.glob("/work/eval-claims15/src/*.xml"):  # the old pool (all records, used or not)
    used |= own(Path(f).read_text(encoding="utf-8-sig", errors="replace"))
for f in glob.glob("/work/eval-pool*/src/*.xml"):  # earlier pools' src (pool 13's included; pool 14's own skipped)
    if "/eval-pool14/" in f: continue
    used |= own(Path(f).read_text(encoding="utf-8-sig", errors="replace"))
orders = [f for f in glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt")
          if "/eval-pool14/" not in f and "/heldout/pool14/" not in f]   # pools 2-13 (pool 14 = this pool, not earlier)
for f in orders:
    used |= {l.split()[1] for l in open(f) if l.strip()}
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    used |= own(Path(f).read_text(encoding="utf-8-sig", errors="replace"))
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt"):
    used |= set(Path(f).read_text().split())
errs += [f"PMID {p} already used by an earlier pool (2-13), a devbank, a bench set or shared data" for p in pmids if p in used]
earlier = set()
for n in range(5, 95):  # /work/eval-claims5..92 and 94 (pmids.txt only); 91, 92, 94 are this round's other sets
    f = Path(f"/work/eval-claims{n}/pmids.txt")
    if f.exists() and Path(f"/work/eval-claims{n}").resolve() != HERE: earlier |= set(f.read_text().split())
errs += [f"PMID {p} already in another of sets 5-94" for p in pmids if p in earlier]
print("orders counted as earlier pools:", len(orders), "| used PMIDs:", len(used), "| earlier eval-claims PMIDs:", len(earlier))
per_key = Counter(c["key"] for c in claims)
kinds = Counter(c["kind"] for c in claims)
print("claims", len(claims), dict(sorted(kinds.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
sys.exit(1 if errs else 0)
