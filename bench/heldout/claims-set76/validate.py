"""Self-check of set 76 (copied from set 55's validate.py, itself set 50's, 44, 39, 35, 32, 24, 22, 18, 15, 13/14, 9/10,
7/8) (no evidence run): JSON, schema, truth sentences verbatim, kinds, keys, records.
Round-twenty-two changes (set 76): records must be byte-exact as pool 14's own wrapping gives them (wrap.py: a
<PubmedArticle> element's exact bytes, in /work/eval-pool14/src; records.xml is read and compared as bytes), and every
record's position in /work/eval-pool14/order.txt must lie inside set 76's range 1401-1600. Used PMIDs: pools 2-13
(every bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt, and every PMID of /work/eval-pool*/src/*.xml),
**except pool 14 itself** (/work/eval-pool14 and its copy bench/heldout/pool14, skipped by name); pool 13
(/work/eval-pool13, bench/heldout/pool13) IS counted. Earlier claim sets: bench/heldout/claims-set1..74 (pmids.txt;
records.xml own PMIDs only for sets 1-56, since sets 57-78's records.xml may not be read), devbank-* (records/pmids),
and the pmids.txt (only) of /work/eval-claims5..78 other than this folder (so sets 75, 77, 78 of this round count when
their pmids.txt exists). tests/fixtures/claims/*.xml PMIDs (regex only) and /work/shared PubMed data also count."""
import glob, json, re, subprocess, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
SELF = 76
LO, HI = 1401, 1600
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
raw = rawb.decode("utf-8")
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
assert list(arts) == pmids, "records.xml order/content differs from pmids.txt"
# byte-exact: each <PubmedArticle> element must occur verbatim in pool 14's src file
sys.path.insert(0, "/work/eval-pool14")
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 14's own wrapping
SRC = Path("/work/eval-pool14/src")
want = set(pmids)
pool_wrapped = {_wrapped(el) for f in sorted(SRC.glob("*.xml")) for p, el in _pool_records(f) if p in want}
errs = []
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
if len(recs) != len(pmids): errs.append(f"{len(recs)} <PubmedArticle> elements for {len(pmids)} PMIDs")
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 14 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
position = {l.split()[1]: int(l.split()[0]) for l in open("/work/eval-pool14/order.txt") if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set {SELF}'s range {LO}-{HI} of pool 14's order.txt")
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
    if k in key_pmid: errs.append(f"key clash {k}: give the second record the importer's suffix")
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
    if len(arts[p].findall(".//AuthorList/Author")) == 1 and "et al" in c["claim"]: errs.append(f"{c['id']}: single author cited with et al.")
WANT = {"none": 22, "number": 6, "population": 6, "direction": 6, "comparator": 5, "design": 5, "duration": 5, "overreach": 5}
kc = Counter(c["kind"] for c in claims)
if len(claims) == 60 and kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
if len(claims) == 60 and any(kc[k] < 5 for k in KINDS - {"none"}): errs.append("a kind has fewer than 5 claims")
if len(claims) < 60:  # fewer abstracts: 4 per abstract, every kind present, about 22/60 faithful
    if len(claims) != 4 * len(pmids): errs.append(f"{len(claims)} claims for {len(pmids)} abstracts (want 4 each)")
    if any(kc[k] < 1 for k in KINDS): errs.append("a kind is missing")
    print("scaled plan:", {k: round(v * len(claims) / 60, 1) for k, v in WANT.items()})
if len(claims) == 60 and len(pmids) != 15: errs.append(f"{len(pmids)} abstracts for 60 claims (want 15)")
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
for c in claims:  # one line each (claims_eval.py writes one paragraph per claim); no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in the project's data, pools 2-13 or earlier sets
def own_pmids(text): return set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", text))
used = set()
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml") + glob.glob("/work/main/tests/fixtures/claims/*.xml"):
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
for f in glob.glob("/work/eval-claims15/src/*.xml"):  # the old pool (all its records, used or not)
    used |= own_pmids(Path(f).read_text(encoding="utf-8-sig", errors="replace"))
npool = 0
for f in glob.glob("/work/eval-pool*/src/*.xml"):  # pools 9b-13's src files (pool 14's own skipped)
    if Path(f).parts[2] == "eval-pool14": continue
    used |= own_pmids(Path(f).read_text(encoding="utf-8-sig", errors="replace")); npool += 1
for f in glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt"):  # pools 2-13
    if Path(f).parent.name in ("pool14", "eval-pool14"): continue   # pool 14 itself and its copy: not an earlier pool
    used |= {l.split()[1] for l in open(f) if l.strip()}; npool += 1
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    used |= own_pmids(Path(f).read_text(encoding="utf-8-sig", errors="replace"))
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt"):
    used |= set(Path(f).read_text().split())
for d in glob.glob("/work/main/bench/heldout/claims-set*"):
    m = re.fullmatch(r"claims-set(\d+)", Path(d).name)
    if not m or int(m.group(1)) == SELF: continue
    n = int(m.group(1))
    if Path(d, "pmids.txt").exists(): used |= set(Path(d, "pmids.txt").read_text().split())
    if n < 57 and Path(d, "records.xml").exists():
        used |= own_pmids(Path(d, "records.xml").read_text(encoding="utf-8-sig", errors="replace"))
errs += [f"PMID {p} already used by the project, a pool 2-13, a devbank or a bench set" for p in pmids if p in used]
earlier = set(); nearlier = 0
for n in range(5, 79):  # /work/eval-claims5..78 (pmids.txt only), this folder excluded
    f = Path(f"/work/eval-claims{n}/pmids.txt")
    if n != SELF and f.exists() and f.parent.resolve() != HERE: earlier |= set(f.read_text().split()); nearlier += 1
errs += [f"PMID {p} already in another of sets 5-78" for p in pmids if p in earlier]
per_key = Counter(c["key"] for c in claims)
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("no-repeat inputs: pool order/src files", npool, "| eval-claims pmids.txt", nearlier, "| used PMIDs", len(used | earlier))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
