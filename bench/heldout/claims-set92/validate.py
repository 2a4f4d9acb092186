"""Self-check of set 92 (copied from set 55, itself from 50, 44, 39, 35, 32, 24, 22, 18, 15, 13/14, 9/10, 7/8) (no
evidence run): JSON, schema, truth sentences verbatim, kinds, keys, records. Round-twenty-six changes (set 92):
- records must be byte-exact as pool 14's own wrapping gives them (wrap.py: a <PubmedArticle> element's exact bytes, in
  /work/eval-pool14/src; records.xml is read and compared as bytes), and every record's position in
  /work/eval-pool14/order.txt must lie inside set 92's range 667-800;
- truth sentences must lie in the main abstract (Article/Abstract/AbstractText), never in an OtherAbstract;
- used PMIDs: pools 2-13 (every bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt except pool 14 itself and
  its copy bench/heldout/pool14; pool 13 IS counted), every PMID in the src/ of /work/eval-pool9b..13 (admitted or not),
  the old pool /work/eval-claims15/src, /work/shared PubMed data (incl. the metapub tarball), devbank-* records and
  pmids, bench claims-set1..90 pmids.txt (and records.xml own PMIDs for sets 1-56 only: sets 57-94's records.xml are
  not read, as the brief says), /work/eval-claims5..90 pmids.txt and the other round-26 folders /work/eval-claims91,
  93, 94 (pmids.txt only, when they exist);
- the project's tests/fixtures/claims/*.xml are NOT read (the brief forbids reading /work/main/tests/); pool 14's
  pool_order.py already excluded their PMIDs when the pool was built;
- kind plan scaled to the number of abstracts when fewer than 15."""
import glob, json, re, subprocess, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
LO, HI = 667, 800
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
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 92's range {LO}-{HI} of pool 14's order.txt")
abstracts = {p: " ".join(" ".join("".join(x.itertext()).split()) for x in a.findall(".//Article/Abstract/AbstractText"))
             for p, a in arts.items()}
STOP = {"a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "from", "is", "are", "by", "at", "as", "do",
        "does", "can", "how", "what", "why", "when", "its", "into", "via", "than", "or"}
def aw(t): return re.sub(r"[^a-z0-9]", "", "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)).lower())
key_pmid = {}
for p, a in arts.items():
    first = a.find(".//AuthorList/Author")
    if first is None or first.find("LastName") is None: errs.append(f"{p}: collective or missing first author (check key by hand)")
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
    if c["kind"] == "none" and c.get("accept"): errs.append(f"{c['id']}: faithful claim with accept list")
    p = key_pmid.get(c["key"])
    if not p: errs.append(f"{c['id']}: key {c['key']} not derivable from records"); continue
    for t in [c["truth"], *c.get("truth_alt", [])]:
        if " ".join(t.split()) not in abstracts[p]: errs.append(f"{c['id']}: truth not verbatim in the main abstract: {t[:70]}")
    last = arts[p].findtext(".//AuthorList/Author/LastName")
    if last not in c["claim"]: errs.append(f"{c['id']}: first author surname not cited in claim")
    if not re.search(r"\(\d{4}\)|, \d{4}\)", c["claim"]): errs.append(f"{c['id']}: no author-year citation")
WANT = {"none": 22, "number": 6, "population": 6, "direction": 6, "comparator": 5, "design": 5, "duration": 5, "overreach": 5}
kc = Counter(c["kind"] for c in claims)
if len(claims) == 60 and kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
if len(claims) == 60 and len(pmids) != 15: errs.append("60 claims but not 15 abstracts")
if len(claims) < 60:
    if len(claims) != 4 * len(pmids): errs.append(f"{len(claims)} claims for {len(pmids)} abstracts (want 4 each)")
    if any(kc[k] < 1 for k in KINDS): errs.append("a kind is missing")
    print("scaled plan:", {k: round(v * len(claims) / 60, 1) for k, v in WANT.items()})
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
if set(key_pmid) - {c["key"] for c in claims}: errs.append("an abstract has no claims")
for c in claims:  # one line each (claims_eval.py writes one paragraph per claim); no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in pools 2-13, the project's data or any earlier set
def own_pmids(text): return set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", text))
used = set()
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml"):
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
used |= set(re.findall(r"(\d+)\.xml", subprocess.run(["tar", "-tzf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
for f in glob.glob("/work/eval-claims15/src/*.xml"):  # the old pool
    used |= own_pmids(Path(f).read_text(encoding="utf-8-sig", errors="replace"))
n_src = 0
for f in glob.glob("/work/eval-pool*/src/*.xml"):  # pools 9b-13's src (admitted or not); pool 14 itself is not counted
    if f.startswith("/work/eval-pool14/"): continue
    used |= own_pmids(Path(f).read_text(encoding="utf-8-sig", errors="replace")); n_src += 1
n_ord = 0
for f in glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt"):  # pools 2-13
    if f.startswith("/work/eval-pool14/") or f.startswith("/work/main/bench/heldout/pool14/"): continue
    used |= {l.split()[1] for l in open(f) if l.strip()}; n_ord += 1
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    used |= own_pmids(Path(f).read_text(encoding="utf-8-sig", errors="replace"))
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt"):
    used |= set(Path(f).read_text().split())
n_bench = 0
for n in range(1, 91):  # bench claim sets 1-90
    d = Path(f"/work/main/bench/heldout/claims-set{n}")
    if (d / "pmids.txt").exists(): used |= set((d / "pmids.txt").read_text().split()); n_bench += 1
    if n < 57 and (d / "records.xml").exists(): used |= own_pmids((d / "records.xml").read_text(encoding="utf-8-sig", errors="replace"))
errs += [f"PMID {p} already used by a pool 2-13, the project's data, a devbank or a bench set" for p in pmids if p in used]
earlier = set(); n_eval = 0
for n in range(5, 95):  # /work/eval-claims5..90 and the other round-26 folders 91, 93, 94 (pmids.txt only)
    d = Path(f"/work/eval-claims{n}")
    if d.resolve() == HERE: continue
    if (d / "pmids.txt").exists(): earlier |= set((d / "pmids.txt").read_text().split()); n_eval += 1
errs += [f"PMID {p} already in another of sets 5-94" for p in pmids if p in earlier]
print(f"checked against: {n_ord} pool order.txt files, {n_src} pool src files, {n_bench} bench set pmids.txt, {n_eval} eval set pmids.txt; used {len(used)} + earlier {len(earlier)} PMIDs")
per_key = Counter(c["key"] for c in claims)
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
