"""Self-check of set 68 (copied from set 55's validate.py, itself from 50, 44, 39, 35, 32, 24, 22, 18, 15, 13/14, 9/10,
7/8) (no evidence run): JSON, schema, truth sentences verbatim, kinds, keys, records. Round-twenty changes (set 68):
records must be byte-exact as pool 13's own wrapping gives them (wrap.py: a <PubmedArticle> element's exact bytes, all
in /work/eval-pool13/src; records.xml is read and compared as bytes), and every record's position in
/work/eval-pool13/order.txt must lie inside set 68's range (129-140 and 161-179). No PMID may be in pools 2-12
(bench/heldout/pool2..12/order.txt, /work/eval-pool9b,10,11,12 order.txt and src/), the devbanks, /work/shared PubMed
data, or any earlier claim set (bench/heldout/claims-set1..66 and /work/eval-claims1..66, pmids.txt only) or the other
round-twenty sets (/work/eval-claims67, 69, 70: pmids.txt only, when they exist). Pool 13 itself (/work/eval-pool13 and
its copy bench/heldout/pool13) is not counted as an earlier pool. The project's tests/ folder is not read (the brief
forbids it; pool 13's pool_order.py already excluded its PMIDs). Kind plan scaled to the number of abstracts when
fewer than 15."""
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
sys.path.insert(0, "/work/eval-pool13")
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 13's own wrapping
SRC = Path("/work/eval-pool13/src")
pool_wrapped = {_wrapped(el) for f in sorted(SRC.glob("*.xml")) for _, el in _pool_records(f)}  # 233 MB: some seconds
errs = []
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 13 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 13's records_xml()")
position = {l.split()[1]: int(l.split()[0]) for l in open("/work/eval-pool13/order.txt")}
RANGE = set(range(129, 141)) | set(range(161, 180))
for p in pmids:
    if position.get(p, 0) not in RANGE: errs.append(f"PMID {p} not inside set 68's range (129-140, 161-179) of pool 13's order.txt")
abstracts = {p: " ".join(" ".join("".join(x.itertext()).split()) for x in a.iter("AbstractText")) for p, a in arts.items()}
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
# records must not be in pools 2-12 or any earlier claim set (pool 13 itself, /work/eval-pool13 and its copy
# bench/heldout/pool13, is NOT an earlier pool; /work/eval-pool14, a later pool being built, is not checked)
import subprocess
used = set()
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml"):
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
POOL_DIRS = [f"/work/main/bench/heldout/pool{n}" for n in range(2, 13)] + [f"/work/eval-pool{n}" for n in ("9b", 10, 11, 12)]
n_orders = 0
for d in POOL_DIRS:  # pools 2-12: admitted PMIDs (order.txt) and, where a src/ is present, every record in it
    if Path(d, "order.txt").exists():
        used |= {l.split()[1] for l in open(Path(d, "order.txt")) if l.strip()}; n_orders += 1
    for f in sorted(Path(d).glob("src/*.xml")):
        used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", f.read_text(encoding="utf-8-sig", errors="replace")))
if n_orders < 15: errs.append(f"only {n_orders} of the 15 pool 2-12 order.txt files found")
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    used |= set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig")))
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt"):
    used |= set(Path(f).read_text().split())
errs += [f"PMID {p} already in the shared PubMed data, a pool 2-12 or a devbank" for p in pmids if p in used]
earlier = set(); n_sets = 0
for n in range(1, 71):  # claim sets 1-66 and the other round-twenty sets 67, 69, 70: pmids.txt only
    if n == 68: continue
    for d in (Path(f"/work/main/bench/heldout/claims-set{n}"), Path(f"/work/eval-claims{n}")):
        if (d / "pmids.txt").exists() and d.resolve() != HERE:
            earlier |= set((d / "pmids.txt").read_text().split()); n_sets += 1
if not Path("/work/main/bench/heldout/claims-set66/pmids.txt").exists(): errs.append("claims-set66/pmids.txt missing")
errs += [f"PMID {p} already in an earlier claim set (1-66) or another round-twenty set" for p in pmids if p in earlier]
print("used PMIDs (pools 2-12, devbanks, shared):", len(used), "; claim-set pmids.txt files read:", n_sets, "; PMIDs:", len(earlier))
per_key = Counter(c["key"] for c in claims)
kinds = Counter(c["kind"] for c in claims)
print("claims", len(claims), dict(sorted(kinds.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
sys.exit(1 if errs else 0)
