"""Self-check of set 53 (round fifteen, E-53; copied from set 50, itself from 44, 39, 35, 32, 24, 22, 18, 15, 13/14,
9/10, 7/8) (no evidence run): JSON, schema, truth sentences verbatim, kinds, keys, records. Round-fifteen changes:
records must be byte-exact as pool 10's own wrapping gives them (/work/eval-pool10/wrap.py over /work/eval-pool10/src;
records.xml is read and compared as bytes), and every record's position in /work/eval-pool10/order.txt must lie inside
set 53's range floor(N/2)+1..N; "earlier" sets are eval-claims5..52 other than this one (set 52, the other pool-10 set
of this brief, counts whenever its pmids.txt exists; only that file of set 52 is read); the PMIDs of pools 2-9's src/
(all, where it still exists) and pools 2-9's order.txt (/work/main/bench/heldout/pool*/) count as used, and so do
bench/heldout/devbank-*'s records (records.xml own PMIDs, pmids.txt); bench claims-set* count only their records' own PMIDs; the old pool's
567 PMIDs and tests/fixtures/claims/*.xml PMIDs (grep only) also count as used; kind plan scaled to the number of
abstracts when fewer than 15."""
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
sys.path.insert(0, "/work/eval-pool10")
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 10's own wrapping
SRC = Path("/work/eval-pool10/src")
pool_wrapped = {_wrapped(el) for f in sorted(SRC.glob("*.xml")) for _, el in _pool_records(f)}
errs = []
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 10 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 10's records_xml()")
position = {l.split()[1]: int(l.split()[0]) for l in open("/work/eval-pool10/order.txt") if l.strip()}
NPOS = len(position); LO, HI = NPOS // 2 + 1, NPOS
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 53's range {LO}-{HI} of pool 10's order.txt")
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
    PLAN24 = {"none": 9, "number": 3, "population": 2, "direction": 2, "comparator": 2, "design": 2, "duration": 2, "overreach": 2}
    if len(claims) == 24 and kc != Counter(PLAN24): errs.append(f"kind counts {dict(kc)} differ from set 53's plan {PLAN24}")
for k, n in Counter(c["key"] for c in claims).items():
    if not 3 <= n <= 5: errs.append(f"{k}: {n} claims (want 3-5)")
for c in claims:  # one line each (claims_eval.py writes one paragraph per claim); no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in the project's pool or earlier sets
import subprocess
used = set()
for f in (glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml")
          + glob.glob("/work/main/bench/heldout/claims-set*/records.xml") + glob.glob("/work/main/tests/fixtures/claims/*.xml")):
    text = Path(f).read_text(encoding="utf-8-sig", errors="replace")
    if Path(f).parent.name.startswith("claims-set"):
        # round six: the lead's copies of sets 5-10 (byte-identical to /work/eval-claims5..10/records.xml). Count only
        # their records' own PMIDs (MedlineCitation), not the PMIDs their reference lists cite (CommentsCorrections),
        # which would otherwise make papers those records merely cite look "used".
        used |= set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", text)); continue
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", text))
used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
for f in glob.glob("/work/eval-claims15/src/*.xml"):  # the old pool (all 567 records, used or not)
    used |= set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig")))
for f in sorted(glob.glob("/work/eval-pool[2-9]/src/*.xml")):  # pools 2-9's src/ where it still exists (all records)
    used |= set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig")))
for f in sorted(glob.glob("/work/eval-pool[2-9]/order.txt") + glob.glob("/work/main/bench/heldout/pool[2-9]/order.txt")):
    used |= {l.split()[1] for l in open(f) if l.strip()}  # pools 2-9's admitted PMIDs (the lead's copies in bench/heldout)
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml") + glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt"):
    t = Path(f).read_text(encoding="utf-8-sig", errors="replace")  # the developers' own bank (as pool 10 excludes it)
    used |= set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", t)) if f.endswith(".xml") else set(t.split())
errs += [f"PMID {p} already used by the project or in the old pool, pools 2-9" for p in pmids if p in used]
earlier = set()
for n in range(5, 53):  # sets 5-51 (rounds five to fourteen) and 52 (the other pool-10 set of this brief, when written)
    for f in (Path(f"/work/eval-claims{n}/pmids.txt"), Path(f"/work/main/bench/heldout/claims-set{n}/pmids.txt")):
        if f.exists() and f.parent != HERE: earlier |= set(f.read_text().split())
errs += [f"PMID {p} already in another of sets 5-52" for p in pmids if p in earlier]
per_key = Counter(c["key"] for c in claims)
kinds = Counter(c["kind"] for c in claims)
print("claims", len(claims), dict(sorted(kinds.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
sys.exit(1 if errs else 0)
