"""Self-check of set 84 (copied from set 55, itself from 50, 44, 39, 35, 32, 24, 22, 18, 15, 13/14, 9/10, 7/8) (no evidence
run): JSON, schema, truth sentences verbatim, kinds, keys, records. Round-twenty-four changes (set 84): records must be
byte-exact as pool 14's own wrapping gives them (wrap.py: a <PubmedArticle> element's exact bytes, all in
/work/eval-pool14/src; records.xml is read and compared as bytes), and every record's position in
/work/eval-pool14/order.txt must lie inside set 84's range 1426-1600. Used PMIDs (must not repeat): pools 2-13 (every
pool order.txt under bench/heldout/pool*/ and /work/eval-pool*/, except pool 14 itself and any copy of it, recognised by
path /work/eval-pool14/ or by an order.txt whose sha256 equals pool 14's, e.g. bench/heldout/pool14/), the src/ files of
/work/eval-pool9b, 10, 11, 12 and 13 (pool 13 IS an earlier pool; pool 14's src is not read), the old pool
(/work/eval-claims15/src if present), bench claims-set* (records' own PMIDs and pmids.txt; sets 1-82 and any other
present set but 84), devbank-*, tests/fixtures/claims/*.xml (PMIDs by regex only), /work/shared PubMed data; earlier
sets: pmids.txt (only) of every /work/eval-claims*/ folder other than this one (5, 50-59, 60-82 and the other
round-twenty-four folders 83, 85, 86 when they exist). Kind plan scaled to the number of abstracts when fewer than 15."""
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
    if not 1426 <= position.get(p, 0) <= 1600: errs.append(f"PMID {p} not inside set 84's range 1426-1600 of pool 14's order.txt")
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
# records must not be in the project's pool or earlier sets
import subprocess
used = set()
for f in (glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml")
          + glob.glob("/work/main/bench/heldout/claims-set*/records.xml") + glob.glob("/work/main/tests/fixtures/claims/*.xml")):
    text = Path(f).read_text(encoding="utf-8-sig", errors="replace")
    if Path(f).parent.name == "claims-set84": continue
    if Path(f).parent.name.startswith("claims-set"):
        # round six: the lead's copies of sets 5-10 (byte-identical to /work/eval-claims5..10/records.xml). Count only
        # their records' own PMIDs (MedlineCitation), not the PMIDs their reference lists cite (CommentsCorrections),
        # which would otherwise make papers those records merely cite look "used".
        used |= set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", text)); continue
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", text))
used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
for f in glob.glob("/work/eval-claims15/src/*.xml"):  # the old pool (all records, used or not), if present
    used |= set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig")))
POOL14_SHA = hashlib.sha256(Path("/work/eval-pool14/order.txt").read_bytes()).hexdigest()
for f in sorted(glob.glob("/work/eval-pool*/src/*.xml")):  # earlier pools' src/ (9b, 10-13); pool 14's own is not counted
    if "/eval-pool14/" in f: continue
    used |= set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig")))
n_orders = 0
for f in sorted(glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt")):  # pools 2-13
    if "/eval-pool14/" in f or hashlib.sha256(Path(f).read_bytes()).hexdigest() == POOL14_SHA: continue  # pool 14 or a copy
    used |= {l.split()[1] for l in open(f) if l.strip()}; n_orders += 1
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    used |= set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig")))
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt") + glob.glob("/work/main/bench/heldout/claims-set*/pmids.txt"):
    if Path(f).parent.name in ("claims-set84",): continue
    used |= set(Path(f).read_text().split())
errs += [f"PMID {p} already used by the project, a pool 2-13, a devbank or a bench set" for p in pmids if p in used]
earlier = set(); n_earlier = 0
for f in sorted(glob.glob("/work/eval-claims*/pmids.txt")):  # sets 5, 50-86 other than this one: pmids.txt only
    if Path(f).parent.resolve() == HERE: continue
    earlier |= set(Path(f).read_text().split()); n_earlier += 1
errs += [f"PMID {p} already in another /work/eval-claims* set" for p in pmids if p in earlier]
print("pool order.txt files counted", n_orders, "; other eval-claims pmids.txt read", n_earlier, "; used PMIDs", len(used))
per_key = Counter(c["key"] for c in claims)
kinds = Counter(c["kind"] for c in claims)
print("claims", len(claims), dict(sorted(kinds.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
sys.exit(1 if errs else 0)
