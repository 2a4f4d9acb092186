"""Self-check of set 75 (adapted from set 55's validate.py, itself set 50's, 44's, ... 7/8's) (no evidence run): JSON,
schema, truth sentences verbatim, kinds, keys, records. Round-twenty-two changes (set 75):
- records must be byte-exact as pool 14's own wrapping gives them (wrap.py: a <PubmedArticle> element's exact bytes, in
  /work/eval-pool14/src; records.xml is read and compared as bytes), and every record's position in
  /work/eval-pool14/order.txt must lie inside set 75's walk range 1201-1400;
- truths are checked against the main <Abstract> only (not OtherAbstract: one record, MacGregor 1977, has a PIP
  OtherAbstract);
- "used" = every PMID of pools 2-13 (bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt, and every PMID in
  the src/ folders of /work/eval-pool9b..13), but NOT pool 14 itself (/work/eval-pool14 and its copy
  bench/heldout/pool14 are skipped); every bench claims-set* (records' own PMIDs and pmids.txt; sets 1-74 and any other
  copy, except a copy of this set 75), devbank-*, /work/shared PubMed data and the metapub tarball;
- "earlier/other sets": pmids.txt only of /work/eval-claims* other than this folder (52-74 and the other round-twenty-
  two sets 76-78 when their pmids.txt exists);
- /work/main/tests/ is not read (the brief forbids it; pool 14's order.txt was already built excluding its PMIDs).
Kind plan as set 55 (scaled when fewer than 15 abstracts)."""
import glob, json, re, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
LO, HI = 1201, 1400
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
if len(recs) != len(pmids): errs.append("record count differs from pmids.txt")
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 14 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
del pool_wrapped
position = {l.split()[1]: int(l.split()[0]) for l in open("/work/eval-pool14/order.txt") if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 75's range {LO}-{HI} of pool 14's order.txt")
if len(set(pmids)) != len(pmids): errs.append("duplicate PMID in pmids.txt")
def main_abstract(a):
    ab = a.find(".//Article/Abstract")
    return " ".join(" ".join("".join(x.itertext()).split()) for x in ab.iter("AbstractText")) if ab is not None else ""
abstracts = {p: main_abstract(a) for p, a in arts.items()}
STOP = {"a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "from", "is", "are", "by", "at", "as", "do",
        "does", "can", "how", "what", "why", "when", "its", "into", "via", "than", "or"}
def aw(t): return re.sub(r"[^a-z0-9]", "", "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)).lower())
key_pmid = {}
for p, a in arts.items():
    last = a.findtext(".//AuthorList/Author/LastName"); year = a.findtext(".//Article/Journal/JournalIssue/PubDate/Year")
    if not last: errs.append(f"PMID {p}: collective/missing first author (check key by hand)")
    title = "".join(a.find(".//ArticleTitle").itertext())
    fw = next((w for w in (aw(x)[:20] for x in re.split(r"[\s\-\u2010-\u2015/]+", title)) if w and w not in STOP), "")
    k = aw(last or "")[:20] + year + fw
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
    if c["kind"] == "none" and c.get("accept"): errs.append(f"{c['id']}: accept on a faithful claim")
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
    n_auth = len(arts[p].findall(".//AuthorList/Author"))
    if n_auth <= 2 and "et al" in c["claim"]: errs.append(f"{c['id']}: 'et al.' for a {n_auth}-author paper")
    if n_auth == 1 and re.search(r"colleagues|\band\b\s+\w+\s+\(", c["claim"]) and "colleagues" in c["claim"]: errs.append(f"{c['id']}: 'colleagues' for a single author")
WANT = {"none": 22, "number": 6, "population": 6, "direction": 6, "comparator": 5, "design": 5, "duration": 5, "overreach": 5}
kc = Counter(c["kind"] for c in claims)
if len(claims) == 60 and kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
if len(claims) < 60:
    if len(claims) != 4 * len(pmids): errs.append(f"{len(claims)} claims for {len(pmids)} abstracts (want 4 each)")
    if any(kc[k] < 1 for k in KINDS): errs.append("a kind is missing")
    print("scaled plan:", {k: round(v * len(claims) / 60, 1) for k, v in WANT.items()})
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
if set(c["key"] for c in claims) != set(key_pmid): errs.append("some record has no claims")
for c in claims:  # one line each; no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in the project's data, pools 2-13, devbank or any other claim set
import subprocess
OWN_POOL = ("/eval-pool14/", "/heldout/pool14/")
used = set()
def own_pmids(text): return set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", text))
for f in (glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml")):
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
used |= set(re.findall(r"(\d+)\.xml", subprocess.run(["tar", "-tzf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
for f in glob.glob("/work/eval-pool*/src/*.xml"):  # every earlier pool's src/ (9b, 10-13), admitted or not
    if any(s in f for s in OWN_POOL): continue
    used |= own_pmids(Path(f).read_text(encoding="utf-8-sig", errors="replace"))
n_pool_files = 0
for f in glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt"):  # pools 2-13
    if any(s in f for s in OWN_POOL): continue
    n_pool_files += 1
    used |= {l.split()[1] for l in open(f) if l.strip()}
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml") + glob.glob("/work/main/bench/heldout/claims-set*/records.xml"):
    if Path(f).parent.name == "claims-set75": continue
    used |= own_pmids(Path(f).read_text(encoding="utf-8-sig", errors="replace"))
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt") + glob.glob("/work/main/bench/heldout/claims-set*/pmids.txt"):
    if Path(f).parent.name == "claims-set75": continue
    used |= set(Path(f).read_text().split())
errs += [f"PMID {p} already used by the project data, a pool 2-13, a devbank or a bench claim set" for p in pmids if p in used]
earlier = set(); n_sets = 0
for f in glob.glob("/work/eval-claims*/pmids.txt"):  # pmids.txt only (52-74, and 76-78 when they exist)
    if Path(f).parent.resolve() == HERE: continue
    n_sets += 1; earlier |= set(Path(f).read_text().split())
errs += [f"PMID {p} already in another /work/eval-claims* set" for p in pmids if p in earlier]
per_key = Counter(c["key"] for c in claims)
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print(f"checked against {len(used)} used PMIDs ({n_pool_files} earlier pool order files) and {n_sets} other eval-claims pmids.txt")
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
