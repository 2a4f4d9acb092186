"""Self-check of set 77 (copied from set 55's validate.py, itself set 50's, 44's, ... 7/8's) (no evidence run): JSON,
schema, truth sentences verbatim, kinds, keys, records. Round-twenty-two changes (set 77): records must be byte-exact as
pool 14's own wrapping gives them (wrap.py: a <PubmedArticle> element's exact bytes from /work/eval-pool14/src;
records.xml is read and compared as bytes); every record's position in /work/eval-pool14/order.txt must lie inside set
77's range 1601-1800. Used / earlier PMIDs: pools 2-13 (bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt,
plus every PMID of /work/eval-pool9b, 10, 11, 12, 13 src/ files), but NOT pool 14 itself (/work/eval-pool14 and its
copy bench/heldout/pool14 are skipped); claim sets bench/heldout/claims-set1..74 (pmids.txt; records.xml own PMIDs only
for sets below 57, since sets 57-78's records.xml may not be read), devbank-* (records.xml own PMIDs, pmids.txt),
/work/eval-claims52..76 and 78 (pmids.txt only; sets 75, 76, 78 are this round's and count whenever they exist);
tests/fixtures/claims/*.xml PMIDs (regex only) and /work/shared PubMed data (incl. the metapub tarball)."""
import glob, json, re, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
LO, HI = 1601, 1800
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
assert list(arts) == pmids, "records.xml order/content differs from pmids.txt"
# byte-exact: each <PubmedArticle> element must be pool 14's wrapping of an element of its src/ file
sys.path.insert(0, "/work/eval-pool14")
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 14's own wrapping
SRC = Path("/work/eval-pool14/src")
pool_wrapped = {_wrapped(el) for f in sorted(SRC.glob("*.xml")) for _, el in _pool_records(f)}
errs = []
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
if len(recs) != len(pmids): errs.append("record count in records.xml differs from pmids.txt")
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 14 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
position = {l.split()[1]: int(l.split()[0]) for l in open("/work/eval-pool14/order.txt") if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 77's range {LO}-{HI} of pool 14's order.txt")
if len(set(pmids)) != len(pmids): errs.append("duplicate PMID in pmids.txt")
abstracts = {p: " ".join(" ".join("".join(x.itertext()).split()) for x in a.iter("AbstractText")) for p, a in arts.items()}
STOP = {"a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "from", "is", "are", "by", "at", "as", "do",
        "does", "can", "how", "what", "why", "when", "its", "into", "via", "than", "or"}
def aw(t): return re.sub(r"[^a-z0-9]", "", "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)).lower())
key_pmid = {}
for p, a in arts.items():
    first = a.find(".//AuthorList/Author")
    if first is None or first.find("LastName") is None: errs.append(f"PMID {p}: collective/missing first author (check key by hand)")
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
    if set(c) - {"id", "key", "kind", "claim", "truth", "truth_alt", "wrong", "accept"}: errs.append(f"{c['id']}: unknown field")
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
        if " ".join(t.split()) not in abstracts[p]: errs.append(f"{c['id']}: truth not verbatim: {t[:70]}")
    last = arts[p].findtext(".//AuthorList/Author/LastName")
    if last not in c["claim"]: errs.append(f"{c['id']}: first author surname not cited in claim")
    year = arts[p].findtext(".//Article/Journal/JournalIssue/PubDate/Year")
    if year not in c["claim"]: errs.append(f"{c['id']}: year not cited in claim")
WANT = {"none": 22, "number": 6, "population": 6, "direction": 6, "comparator": 5, "design": 5, "duration": 5, "overreach": 5}
kc = Counter(c["kind"] for c in claims)
if len(claims) == 60 and kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
if len(claims) != 60 or len(pmids) != 15: errs.append(f"{len(claims)} claims on {len(pmids)} abstracts (want 60 on 15)")
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
if set(Counter(c["key"] for c in claims)) != set(key_pmid): errs.append("an abstract has no claims")
for c in claims:  # one line each (claims_eval.py writes one paragraph per claim); no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in the project's data, pools 2-13 or earlier claim sets (pool 14 itself is not an earlier pool)
import subprocess
def is_pool14(f): return "/eval-pool14/" in f or "/heldout/pool14/" in f
used = set(); OWN = r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>"
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml") + glob.glob("/work/main/tests/fixtures/claims/*.xml"):
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
pool_used = set()
for f in glob.glob("/work/eval-pool*/src/*.xml") + glob.glob("/work/eval-claims15/src/*.xml"):  # pools 9b-13 src/ (all PMIDs)
    if is_pool14(f): continue
    pool_used |= set(re.findall(OWN, Path(f).read_text(encoding="utf-8-sig", errors="replace")))
npool = 0
for f in glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt"):  # pools 2-13
    if is_pool14(f): continue
    npool += 1
    pool_used |= {l.split()[1] for l in open(f) if l.strip()}
if not any("/eval-pool13/" in f for f in glob.glob("/work/eval-pool*/order.txt")): errs.append("pool 13's order.txt not found")
bench = set()
for d in glob.glob("/work/main/bench/heldout/claims-set*"):
    n = int(re.sub(r"\D", "", Path(d).name))
    if not 1 <= n <= 74: continue
    if (Path(d) / "pmids.txt").exists(): bench |= set((Path(d) / "pmids.txt").read_text().split())
    if n < 57 and (Path(d) / "records.xml").exists():
        bench |= set(re.findall(OWN, (Path(d) / "records.xml").read_text(encoding="utf-8-sig", errors="replace")))
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    bench |= set(re.findall(OWN, Path(f).read_text(encoding="utf-8-sig", errors="replace")))
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt"):
    bench |= set(Path(f).read_text().split())
earlier = set(); nearlier = 0
for n in list(range(5, 77)) + [78]:  # eval-claims5..76 and 78 (75, 76, 78 are this round's other sets; pmids.txt only)
    f = Path(f"/work/eval-claims{n}/pmids.txt")
    if f.exists() and f.parent != HERE: earlier |= set(f.read_text().split()); nearlier += 1
errs += [f"PMID {p} in the project's data / fixtures" for p in pmids if p in used]
errs += [f"PMID {p} in an earlier pool (2-13)" for p in pmids if p in pool_used]
errs += [f"PMID {p} in a bench claim set 1-74 or devbank" for p in pmids if p in bench]
errs += [f"PMID {p} in another eval claim set" for p in pmids if p in earlier]
per_key = Counter(c["key"] for c in claims)
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print(f"checked against {npool} pool order files (pool 14 skipped), {len(pool_used)} pool PMIDs, {len(bench)} bench/devbank PMIDs, {nearlier} eval pmids.txt, {len(used)} project-data PMIDs")
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
