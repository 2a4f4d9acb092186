"""Self-check of set 56 (adapted from set 50's validate.py, itself from 44, 39, 35, 32, 24, 22, 18, 15, 13/14, 9/10, 7/8)
(no evidence run): JSON, schema, truth sentences verbatim, kinds, keys, records. Round-fifteen changes (set 56):
records must be byte-exact as pool 11's own wrapping gives them (/work/eval-pool11/wrap.py over its src/; records.xml
is read and compared as bytes, frame included), and every record's position in /work/eval-pool11/order.txt must lie
inside set 56's range floor(N/2)+1..N (poolsrc.walk_range()); "earlier" = pmids.txt of every /work/eval-claims*/
other than this one (so set 55, the other pool-11 set, counts whenever its pmids.txt exists; nothing else of set 55 is
read) and every bench/heldout/*/pmids.txt; "used" = own PMIDs (MedlineCitation) of every bench/heldout/*/records.xml
(claim sets and devbanks), every PMID of the project's shared PubMed data and tests/fixtures/claims/*.xml (regex only),
the PMIDs of bench/heldout/pool*/order.txt and of the other pools' src/ and order.txt under /work/eval-pool*/ (pool 11
excluded); kind plan scaled to the number of abstracts when fewer than 15."""
import glob, json, re, subprocess, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from poolsrc import SRC, ORDER, walk_range, records as _pool_records, wrapped as _wrapped, records_xml as _records_xml
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
assert list(arts) == pmids, "records.xml order/content differs from pmids.txt"
errs = []
if len(set(pmids)) != len(pmids): errs.append("duplicate PMID in pmids.txt")
pool_wrapped = {_wrapped(el) for f in sorted(SRC.glob("*.xml")) for _, el in _pool_records(f)}
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
if len(recs) != len(pmids): errs.append(f"{len(recs)} <PubmedArticle> elements for {len(pmids)} PMIDs")
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 11 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 11's records_xml()")
LO, HI = walk_range()
position = {l.split()[1]: int(l.split()[0]) for l in open(ORDER) if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 56's range {LO}-{HI} of pool 11's order.txt")
abstracts = {p: " ".join(" ".join("".join(x.itertext()).split()) for x in a.iter("AbstractText")) for p, a in arts.items()}
STOP = {"a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "from", "is", "are", "by", "at", "as", "do",
        "does", "can", "how", "what", "why", "when", "its", "into", "via", "than", "or"}
def aw(t): return re.sub(r"[^a-z0-9]", "", "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)).lower())
key_pmid = {}
for p, a in arts.items():
    last = a.findtext(".//AuthorList/Author/LastName"); year = a.findtext(".//Article/Journal/JournalIssue/PubDate/Year")
    if last is None: errs.append(f"PMID {p}: first author has no LastName (collective): check the key by hand"); continue
    title = "".join(a.find(".//ArticleTitle").itertext())
    fw = next((w for w in (aw(x)[:20] for x in re.split(r"[\s\-\u2010-\u2015/]+", title)) if w and w not in STOP), "")
    k = aw(last)[:20] + year + fw
    if k in key_pmid: errs.append(f"key clash {k}: the importer would suffix one of them")
    key_pmid[k] = p
KINDS = {"none", "number", "population", "comparator", "direction", "overreach", "duration", "design"}
ids = Counter(c["id"] for c in claims)
errs += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
FIELDS = {"id", "key", "claim", "kind", "truth", "truth_alt", "wrong", "accept"}
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
if len(pmids) == 15:
    if len(claims) != 60: errs.append(f"{len(claims)} claims for 15 abstracts (want 60)")
    if kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
else:  # fewer abstracts: 4 per abstract, every kind present, kinds scaled
    if len(claims) != 4 * len(pmids): errs.append(f"{len(claims)} claims for {len(pmids)} abstracts (want 4 each)")
    if any(kc[k] < 1 for k in KINDS): errs.append("a kind is missing")
    print("scaled plan:", {k: round(v * len(claims) / 60, 1) for k, v in WANT.items()})
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
if set(key_pmid) - {c["key"] for c in claims}: errs.append(f"records without claims: {set(key_pmid) - {c['key'] for c in claims}}")
for c in claims:  # one line each (claims_eval.py writes one paragraph per claim); no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in the project's data, dev banks, earlier sets or other pools
OWN = r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>"
used = set()
for f in glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml") + glob.glob("/work/main/tests/fixtures/claims/*.xml"):
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
for f in glob.glob("/work/main/bench/heldout/*/records.xml"):  # claim sets and dev banks: their records' own PMIDs
    used |= set(re.findall(OWN, Path(f).read_text(encoding="utf-8-sig", errors="replace")))
other_pools = [d for d in glob.glob("/work/eval-pool*") if Path(d).resolve() != Path("/work/eval-pool11").resolve()]
for f in [x for d in other_pools for x in glob.glob(d + "/src/*.xml")]:
    used |= set(re.findall(OWN, Path(f).read_text(encoding="utf-8-sig", errors="replace")))
for f in [x for x in glob.glob("/work/main/bench/heldout/pool*/order.txt") if "pool11" not in x] + [d + "/order.txt" for d in other_pools if Path(d + "/order.txt").exists()]:
    used |= {l.split()[1] for l in open(f) if l.strip()}
errs += [f"PMID {p} already used (project data, dev banks, claim sets' records, other pools)" for p in pmids if p in used]
earlier = set()
for f in glob.glob("/work/eval-claims*/pmids.txt") + glob.glob("/work/main/bench/heldout/*/pmids.txt"):
    if Path(f).parent.resolve() != HERE: earlier |= set(Path(f).read_text().split())
errs += [f"PMID {p} already in another claim set (incl. set 55)" for p in pmids if p in earlier]
print("set 55 pmids.txt present:", Path("/work/eval-claims55/pmids.txt").exists())
per_key = Counter(c["key"] for c in claims)
print("range", LO, HI, "; claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
