"""Self-check of set 78 (adapted from set 55's validate.py, itself from 50, 44, 39, 35, 32, 24, 22, 18, 15, 13/14,
9/10, 7/8) (no evidence run): JSON, schema, truth sentences verbatim, kinds, keys, records. Round-twenty-two changes
(set 78): records must be byte-exact as pool 14's own wrapping gives them (wrap.py: a <PubmedArticle> element's exact
bytes from /work/eval-pool14/src; records.xml is read and compared as bytes, frame included), and every record's
position in /work/eval-pool14/order.txt must lie inside set 78's range 1801-2000 (PMID = field 1 of an order.txt line).
No PMID may be in pools 2-13 (bench/heldout/pool2..13/order.txt; /work/eval-pool9b, 10, 11, 12, 13: order.txt and every
PMID of their src/ files) or in any earlier claim set: bench/heldout/claims-set1..74 (records' own PMIDs for sets 1-56,
pmids.txt for all), devbank-* (records.xml, pmids.txt), /work/eval-claims5*/ and /work/eval-claims60..74 (pmids.txt;
records.xml own PMIDs only for 52-56), and the other round-twenty-two sets /work/eval-claims75..77 when their pmids.txt
exists (only pmids.txt is read). Pool 14 itself (/work/eval-pool14 and its copy bench/heldout/pool14) is NOT an earlier
pool and is never counted. The project's tests/fixtures/claims/*.xml (PMIDs by regex only) and /work/shared PubMed data
also count as used. Kind plan scaled to the number of abstracts when fewer than 15."""
import glob, json, re, subprocess, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
LO, HI = 1801, 2000
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
assert list(arts) == pmids, "records.xml order/content differs from pmids.txt"
errs = []
if len(set(pmids)) != len(pmids): errs.append("duplicate PMID in pmids.txt")
# byte-exact: each record must be pool 14's wrapping of its src/ element (first occurrence), frame included
sys.path.insert(0, "/work/eval-pool14")
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 14's own wrapping
from pool_order import FILES as _FILES
first = {}
for name in _FILES:
    for p, el in _pool_records(Path("/work/eval-pool14/src") / name):
        if p in arts: first.setdefault(p, _wrapped(el))
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
if len(recs) != len(pmids): errs.append("record count in records.xml differs from pmids.txt")
for p, el in zip(pmids, recs):
    if first.get(p) != el: errs.append(f"record {p} not byte-exact as pool 14 wraps it")
if _records_xml([first.get(p, b"") for p in pmids]) != rawb: errs.append("records.xml differs from pool 14's records_xml()")
position = {l.split()[1]: int(l.split()[0]) for l in open("/work/eval-pool14/order.txt") if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 78's range {LO}-{HI} of pool 14's order.txt")
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
    year = arts[p].findtext(".//Article/Journal/JournalIssue/PubDate/Year")
    if year not in c["claim"]: errs.append(f"{c['id']}: year not cited in claim")
WANT = {"none": 22, "number": 6, "population": 6, "direction": 6, "comparator": 5, "design": 5, "duration": 5, "overreach": 5}
kc = Counter(c["kind"] for c in claims)
if len(claims) == 60 and kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
if len(claims) == 60 and any(kc[k] < 5 for k in KINDS - {"none"}): errs.append("a kind has fewer than 5 claims")
if len(claims) < 60:  # fewer abstracts: 4 per abstract, every kind present, about 22/60 faithful
    if len(claims) != 4 * len(pmids): errs.append(f"{len(claims)} claims for {len(pmids)} abstracts (want 4 each)")
    if any(kc[k] < 1 for k in KINDS): errs.append("a kind is missing")
    print("scaled plan:", {k: round(v * len(claims) / 60, 1) for k, v in WANT.items()})
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
if set(c["key"] for c in claims) != set(key_pmid): errs.append("some record has no claim")
for c in claims:  # one line each (claims_eval.py writes one paragraph per claim); no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# ---- records must not be in the project's data, pools 2-13 or earlier sets ----
OWN = re.compile(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>")
def txt(f): return Path(f).read_text(encoding="utf-8-sig", errors="replace")
used = set()
for f in (glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml")
          + glob.glob("/work/main/tests/fixtures/claims/*.xml")):
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", txt(f)))
tarball = "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"
if Path(tarball).exists():
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", tarball], capture_output=True, text=True).stdout))
    used |= set(re.findall(r"(\d+)\.xml", subprocess.run(["tar", "-tzf", tarball], capture_output=True, text=True).stdout))
npool = 0
for f in glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt"):
    if Path(f).parent.name in ("pool14", "eval-pool14"): continue   # pool 14 itself (and its copy) is not earlier
    used |= {l.split()[1] for l in open(f) if l.strip()}; npool += 1
for f in glob.glob("/work/eval-pool*/src/*.xml"):   # pools 9b, 10, 11, 12, 13: every PMID of their src files
    if "/eval-pool14/" in f: continue
    used |= set(OWN.findall(txt(f)))
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    used |= set(OWN.findall(txt(f)))
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt"):
    used |= set(Path(f).read_text().split())
nset = 0
for d in glob.glob("/work/main/bench/heldout/claims-set*"):
    m = re.fullmatch(r"claims-set(\d+)", Path(d).name)
    if not m or not 1 <= int(m.group(1)) <= 74: continue
    if int(m.group(1)) <= 56 and Path(d, "records.xml").exists(): used |= set(OWN.findall(txt(Path(d, "records.xml"))))
    if Path(d, "pmids.txt").exists(): used |= set(Path(d, "pmids.txt").read_text().split())
    nset += 1
errs += [f"PMID {p} already used by the project data, pools 2-13, a devbank or a bench set 1-74" for p in pmids if p in used]
earlier = set(); nev = 0
for d in glob.glob("/work/eval-claims*"):
    m = re.fullmatch(r"eval-claims(\d+)", Path(d).name)
    if not m or Path(d).resolve() == HERE: continue
    n = int(m.group(1))
    if not (50 <= n <= 59 or 60 <= n <= 77): continue
    if Path(d, "pmids.txt").exists(): earlier |= set(Path(d, "pmids.txt").read_text().split()); nev += 1
    if 52 <= n <= 56 and Path(d, "records.xml").exists(): earlier |= set(OWN.findall(txt(Path(d, "records.xml"))))
errs += [f"PMID {p} already in an earlier /work/eval-claims set (5x, 60-77)" for p in pmids if p in earlier]
per_key = Counter(c["key"] for c in claims)
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print(f"used-PMID inputs: {npool} pool order files (pool 14 skipped), {nset} bench claim sets, {nev} eval-claims pmids.txt; {len(used | earlier)} PMIDs")
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print("errors:", len(errs))
sys.exit(1 if errs else 0)
