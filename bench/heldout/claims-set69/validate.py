"""Self-check of set 69 (copied from set 55, itself from 50, 44, 39, 35, 32, 24, 22, 18, 15, 13/14, 9/10, 7/8) (no
evidence run): JSON, schema, truth sentences verbatim, kinds, keys, records. Round-twenty changes (set 69): records must
be byte-exact as pool 14's own wrapping gives them (wrap.py: a <PubmedArticle> element's exact bytes, all in
/work/eval-pool14/src; records.xml is read and compared as bytes), and every record's position in
/work/eval-pool14/order.txt must lie inside set 69's range 1-200 (field 1 of each line is the PMID; some surnames
contain spaces). No PMID may be in pools 2-13 (bench/heldout/pool*/order.txt; /work/eval-pool*/order.txt and every
PMID of /work/eval-pool*/src/*.xml, both for every pool folder except pool 14 itself: pool 13 IS an earlier pool, pool
14 is not) or in any earlier claim set: bench/heldout/claims-set*/pmids.txt (sets 1-66, and any other bench set folder
present, except a claims-set69 copy of this set), devbank-*/pmids.txt and records.xml (own MedlineCitation PMIDs),
/work/eval-claims5*/, /work/eval-claims60..68 and /work/eval-claims70 (the other round-twenty set) whenever they exist:
of those folders ONLY pmids.txt is read (never claims.json, records.xml, batch_*.txt or out/). The project's
tests/fixtures/claims/*.xml PMIDs (grep only), /work/shared PubMed data (incl. the metapub tarball) and the old pool
(/work/eval-claims15/src, if still present) also count as used. Kind plan scaled to the number of abstracts when fewer
than 15."""
import glob, json, re, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
POOL = "/work/eval-pool14"
LO, HI = 1, 200
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
raw = rawb.decode("utf-8")
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
assert list(arts) == pmids, "records.xml order/content differs from pmids.txt"
# byte-exact: each <PubmedArticle> element must occur verbatim in a pool file (src/, see pool 14's SOURCES.md)
sys.path.insert(0, POOL)
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 14's own wrapping
SRC = Path(POOL) / "src"
pool_wrapped = {_wrapped(el) for f in sorted(SRC.glob("*.xml")) for _, el in _pool_records(f)}
errs = []
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 14 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
position = {l.split()[1]: int(l.split()[0]) for l in open(f"{POOL}/order.txt") if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 69's range {LO}-{HI} of pool 14's order.txt")
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
if len(pmids) == 15 and set(Counter(c["key"] for c in claims).values()) != {4}: errs.append("want 4 claims per abstract")
for c in claims:  # one line each (claims_eval.py writes one paragraph per claim); no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in the project's data, pools 2-13 or earlier sets
import subprocess
MC = r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>"
used = set()
for f in (glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml")
          + glob.glob("/work/main/tests/fixtures/claims/*.xml")):
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")))
used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
for f in glob.glob("/work/eval-claims15/src/*.xml"):  # the old pool (all records), if still present
    used |= set(re.findall(MC, Path(f).read_text(encoding="utf-8-sig", errors="replace")))
pool_used = set()
for f in glob.glob("/work/eval-pool*/src/*.xml"):  # pools 9b-13's src/ (all records, admitted or not); not pool 14
    if f.startswith(POOL + "/"): continue
    pool_used |= set(m.decode() for m in re.findall(rb"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", Path(f).read_bytes()))
orders = [f for f in glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt")
          if not f.startswith(POOL + "/") and "/pool14/" not in f]  # pools 2-13 (pool 14 itself is not earlier)
for f in orders:
    pool_used |= {l.split()[1] for l in open(f) if l.strip()}
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    used |= set(re.findall(MC, Path(f).read_text(encoding="utf-8-sig", errors="replace")))
earlier = set(); nsets = 0
for f in (glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt") + glob.glob("/work/main/bench/heldout/claims-set*/pmids.txt")):
    if Path(f).parent.name == "claims-set69": continue
    earlier |= set(Path(f).read_text().split()); nsets += 1
for n in list(range(50, 60)) + list(range(60, 69)) + [70]:  # /work/eval-claims5*, 60-68 and the other round-twenty set 70
    f = Path(f"/work/eval-claims{n}/pmids.txt")
    if f.exists() and f.parent != HERE: earlier |= set(f.read_text().split()); nsets += 1
errs += [f"PMID {p} already used by the project's data, the old pool or a devbank record" for p in pmids if p in used]
errs += [f"PMID {p} in an earlier pool (2-13)" for p in pmids if p in pool_used]
errs += [f"PMID {p} already in an earlier claim set or devbank" for p in pmids if p in earlier]
print(f"checked against {len(orders)} pool order files, {len(pool_used)} pool PMIDs, {nsets} pmids.txt files, {len(used)} other used PMIDs")
per_key = Counter(c["key"] for c in claims)
kinds = Counter(c["kind"] for c in claims)
print("claims", len(claims), dict(sorted(kinds.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
