"""Self-check of set 51 (copied from set 45, itself from sets 41, 37, 36, 32, 24, 22, 18, 15, 13/14, 9/10, 7/8) (no
evidence run): JSON, schema, truth sentences verbatim, kinds, keys, records. Round-fourteen changes (set 51; the
round-thirteen changes of set 45 kept): records come from pool 9 (/work/eval-pool9), whose wrap.py is a copy of pool 8's;
each record must be byte-exact as pool 9's own wrapping (wrap.py) gives it from src/ (a <PubmedArticle> element's exact
bytes, or b"<PubmedArticle>" + a <MedlineCitation> element's exact bytes + b"</PubmedArticle>"), and the whole
records.xml must equal wrap.records_xml of those records in pmids.txt order (read as bytes, no newline translation);
"earlier" sets are eval-claims5..49 (set 50 of this brief counts whenever its pmids.txt exists); the PMIDs admitted by
pools 2-8 (their order.txt) and of pools 2-6's src/ count as used; bench claims-set* count only their records' own
PMIDs; the old pool's 567 PMIDs and tests/fixtures/claims/*.xml PMIDs (grep only) also count as used; kind plan scaled
to the number of abstracts when fewer than 15. Walk range check: every record's position in pool 9's order.txt is in
K-end (K from pool 9's POOL_READY "set51 walks from position K")."""
import glob, json, re, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
assert list(arts) == pmids, "records.xml order/content differs from pmids.txt"
# byte-exact: each record must be pool 9's wrapping (wrap.py) of an element of a src/ file
sys.path.insert(0, "/work/eval-pool9")
import wrap  # pool 9's own wrapping
errs = []
allwrapped = {}
for f in sorted(Path("/work/eval-pool9/src").glob("*.xml")):
    for p, el in wrap.records(f): allwrapped.setdefault(p, set()).add(wrap.wrapped(el))
found = wrap.lookup()
for el in __import__("re").findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, 16):
    p = __import__("re").search(rb"<PMID[^>]*>(\d+)</PMID>", el).group(1).decode()
    if el not in allwrapped.get(p, ()): errs.append("record not byte-exact as pool 9's wrapping gives it: " + p)
if rawb != wrap.records_xml([wrap.wrapped(found[p][1]) for p in pmids]): errs.append("records.xml differs from wrap.records_xml of pmids.txt")
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
    if Path(f).parent.name.startswith("claims-set"):
        # round six: the lead's copies of sets 5-10 (byte-identical to /work/eval-claims5..10/records.xml). Count only
        # their records' own PMIDs (MedlineCitation), not the PMIDs their reference lists cite (CommentsCorrections),
        # which would otherwise make papers those records merely cite look "used".
        used |= set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", text)); continue
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", text))
used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
for f in glob.glob("/work/eval-claims15/src/*.xml"):  # the old pool (all 567 records, used or not)
    used |= set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig")))
for f in glob.glob("/work/eval-pool2/src/*.xml") + glob.glob("/work/eval-pool3/src/*.xml") + glob.glob("/work/eval-pool4/src/*.xml") + glob.glob("/work/eval-pool5/src/*.xml") + glob.glob("/work/eval-pool6/src/*.xml"):  # pools 2-6 (all records, used or not)
    used |= set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig")))
# pools 2-8: the PMIDs they admitted (their order.txt; round-fourteen brief)
for n in range(2, 9):
    used |= {l.split()[1] for l in open(f"/work/eval-pool{n}/order.txt") if l.strip()}
errs += [f"PMID {p} already used by the project or in the old pool or pools 2-8" for p in pmids if p in used]
earlier = set()
for n in range(5, 52):  # sets 5-50 (rounds five to fourteen; 50 whenever its pmids.txt exists); 51 is this one
    f = Path(f"/work/eval-claims{n}/pmids.txt")
    if f.exists() and Path(f"/work/eval-claims{n}") != HERE: earlier |= set(f.read_text().split())
errs += [f"PMID {p} already in another of sets 5-50" for p in pmids if p in earlier]
per_key = Counter(c["key"] for c in claims)
kinds = Counter(c["kind"] for c in claims)
print("claims", len(claims), dict(sorted(kinds.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
pos = {l.split()[1]: int(l.split()[0]) for l in open('/work/eval-pool9/order.txt') if l.strip()}
K = int(re.search(r"set51 walks from position (\d+)", Path("/work/eval-pool9/POOL_READY").read_text()).group(1))
for p in pmids:
    if p not in pos or not (K <= pos[p] <= len(pos)): print('ERROR', f'PMID {p} not in set 51 walk range {K}-{len(pos)}'); errs.append(p)
print('positions', [pos.get(p) for p in pmids])
sys.exit(1 if errs else 0)
