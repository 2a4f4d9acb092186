"""Self-check of set 83 (adapted from set 55's validate.py, itself set 50's, 44's, 39's ... 7/8's) (no evidence run):
JSON, schema, truth sentences verbatim, kinds, keys, records. Round-twenty-four changes (set 83):
- records must be byte-exact as pool 14's own wrapping gives them (wrap.py over /work/eval-pool14/src; records.xml is
  read and compared as bytes), and every record's position in /work/eval-pool14/order.txt must lie inside set 83's walk
  range 1231-1400 (order.txt: PMID is field 1, position field 0; surnames may contain spaces);
- "used" = every PMID of pools 2-13: /work/main/bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt and the
  src/ files of /work/eval-pool9b, 10, 11, 12 and 13 (pool 13 IS an earlier pool); pool 14 itself is NOT counted
  (/work/eval-pool14 and its copy /work/main/bench/heldout/pool14 are skipped);
- earlier claim sets: bench/heldout/claims-set1..82 (pmids.txt; for sets 1-56 also their records' own MedlineCitation
  PMIDs), devbank-* (records' own PMIDs and pmids.txt), /work/eval-claims5*/ and /work/eval-claims60..82 (pmids.txt;
  for 52-56 also records.xml PMIDs), and the other round-twenty-four folders /work/eval-claims84..86 (pmids.txt only,
  when they exist); /work/shared PubMed data (XML files and the metapub tarball);
- the project's tests/ folder is not read (the brief forbids reading anything under /work/main/tests/; pool 14's
  pool_order.py already excluded those PMIDs from order.txt);
- kind plan scaled to the number of abstracts when fewer than 15."""
import glob, json, re, sys, subprocess, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
LO, HI = 1231, 1400
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
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 14 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
if len(recs) != len(pmids): errs.append("record count differs from pmids.txt")
position = {l.split()[1]: int(l.split()[0]) for l in open("/work/eval-pool14/order.txt") if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 83's range {LO}-{HI} of pool 14's order.txt")
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
    for f in ("id", "key", "kind", "claim", "truth"):
        if not c.get(f): errs.append(f"{c.get('id')}: missing {f}")
    if set(c) - FIELDS: errs.append(f"{c['id']}: unknown fields {set(c) - FIELDS}")
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
    year = arts[p].findtext(".//Article/Journal/JournalIssue/PubDate/Year")
    if year not in c["claim"]: errs.append(f"{c['id']}: year not cited in claim")
WANT = {"none": 22, "number": 6, "population": 6, "direction": 6, "comparator": 5, "design": 5, "duration": 5, "overreach": 5}
kc = Counter(c["kind"] for c in claims)
if len(claims) == 60 and kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
if len(claims) == 60 and any(kc[k] < 5 for k in KINDS - {"none"}): errs.append("a kind has fewer than 5 claims")
if len(claims) != 4 * len(pmids): errs.append(f"{len(claims)} claims for {len(pmids)} abstracts (want 4 each)")
if len(claims) < 60:
    if any(kc[k] < 1 for k in KINDS): errs.append("a kind is missing")
    print("scaled plan:", {k: round(v * len(claims) / 60, 1) for k, v in WANT.items()})
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
for c in claims:  # one line each; no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in pools 2-13, the shared data, a devbank or any earlier claim set
MC = r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>"
used = set()
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml"):
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
for d in ("/work/eval-pool9b", "/work/eval-pool10", "/work/eval-pool11", "/work/eval-pool12", "/work/eval-pool13"):
    for f in glob.glob(d + "/src/*.xml"):  # every PMID of the earlier pools' sources, admitted or not
        used |= set(re.findall(MC, Path(f).read_text(encoding="utf-8-sig", errors="replace")))
for f in glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt"):  # pools 2-13
    if "/eval-pool14/" in f or "/heldout/pool14/" in f: continue  # pool 14 itself (and its copy) is not an earlier pool
    used |= {l.split()[1] for l in open(f) if l.strip()}
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    used |= set(re.findall(MC, Path(f).read_text(encoding="utf-8-sig", errors="replace")))
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt"):
    used |= set(Path(f).read_text().split())
errs += [f"PMID {p} already used by a pool 2-13, a devbank or the shared data" for p in pmids if p in used]
earlier = set()
for n in range(1, 83):  # bench sets 1-82
    d = Path(f"/work/main/bench/heldout/claims-set{n}")
    if (d / "pmids.txt").exists(): earlier |= set((d / "pmids.txt").read_text().split())
    if n <= 56 and (d / "records.xml").exists():
        earlier |= set(re.findall(MC, (d / "records.xml").read_text(encoding="utf-8-sig", errors="replace")))
for n in list(range(52, 83)) + [84, 85, 86]:  # /work/eval-claims5*, 60-82, and the other round-24 folders
    d = Path(f"/work/eval-claims{n}")
    if d == HERE: continue
    if (d / "pmids.txt").exists(): earlier |= set((d / "pmids.txt").read_text().split())
    if n <= 56 and (d / "records.xml").exists():
        earlier |= set(re.findall(MC, (d / "records.xml").read_text(encoding="utf-8-sig", errors="replace")))
errs += [f"PMID {p} already in an earlier claim set (1-82) or sets 84-86" for p in pmids if p in earlier]
per_key = Counter(c["key"] for c in claims)
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("used PMIDs checked", len(used), "; earlier-set PMIDs checked", len(earlier))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
