"""Set 118 (round thirty-two): copied from set 114; changes: range 2601-2660, earlier sets = every /work/eval-claims*
other than this one (pmids.txt only, when present; a glob instead of range(5, 115)), bench claims-set* other than this
folder read by the same globs as before, set number in messages."""
"""Set 114 (round thirty-one): copied from set 110; changes: range 1150-1200, earlier sets = /work/eval-claims5..114 other
than this one (pmids.txt only, when present), bench claims-set1..110 read by the same globs as before (the globs take every
bench claims-set*), set number in messages."""
"""Set 110 (round thirty): copied from set 106; changes: range 1134-1200, earlier sets = /work/eval-claims5..110 other
than this one (pmids.txt only, when present), bench claims-set1..106 read by the same globs as before. Earlier pools' src/
folders no longer exist on this machine, so the "pool src" glob finds none.
Self-check of set 106 (round twenty-nine; copied from set 102, changes: range 1119-1200, earlier sets =
/work/eval-claims5..106 other than this one, i.e. incl. 103-105 of round twenty-nine and 99-102, when their pmids.txt
exists; bench claims-set1..102 count like any bench set). Set 102 (round twenty-eight; copied from set 98, whose changes
are described below; set 102 changes: range 1102-1200, earlier sets = /work/eval-claims5..102 other than this one, i.e.
incl. 99-101 of round twenty-eight, when their pmids.txt exists; bench claims-set98 counts like any bench set). Set 98: copied from set 55, itself from 50, 44, 39, 35, 32, 24, 22, 18, 15, 13/14, 9/10, 7/8) (no
evidence run): JSON, schema, truth sentences verbatim, kinds, keys, records. Round-twenty-seven changes (set 98):
records must be byte-exact as pool 14's own wrapping gives them (wrap.py: a <PubmedArticle> element's exact bytes, all
in /work/eval-pool14/src; records.xml is read and compared as bytes), and every record's position in
/work/eval-pool14/order.txt must lie inside set 98's range 1082-1200; truth sentences are checked against the MAIN
abstract only (Article/Abstract/AbstractText; any OtherAbstract is not used); "earlier" sets are eval-claims5..98 other
than this one (pmids.txt only; sets 95-97, the other round-twenty-seven sets, count whenever their pmids.txt exists);
the PMIDs of every earlier pool's order.txt (pools 2-13: bench/heldout/pool*/order.txt and /work/eval-pool*/order.txt)
and of earlier pools' src/ folders count as used, but pool 14 itself (/work/eval-pool14, its copy
bench/heldout/pool14, or any order.txt byte-identical to pool 14's) does NOT count as an earlier pool; bench claims-set*
(1-94) and devbank-* count only their records' own PMIDs (and their pmids.txt); /work/shared PubMed data also count as
used. Unlike set 55, /work/main/tests/ is not read at all (the brief forbids reading it; pool 14's order.txt already
excludes those fixtures' PMIDs)."""
import glob, hashlib, json, re, sys, unicodedata, xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent
LO, HI = 2601, 2660
POOL = Path("/work/eval-pool14")
claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
pmids = (HERE / "pmids.txt").read_text().split()
rawb = (HERE / "records.xml").read_bytes()
root = ET.fromstring(rawb)
arts = {a.findtext(".//MedlineCitation/PMID"): a for a in root.iter("PubmedArticle")}
errs = []
if list(arts) != pmids: errs.append("records.xml order/content differs from pmids.txt")
if len(pmids) != len(set(pmids)): errs.append("duplicate PMID in pmids.txt")
# byte-exact: each <PubmedArticle> element must occur verbatim in pool 14's src file, as its wrap.py gives it
sys.path.insert(0, str(POOL))
from wrap import records as _pool_records, wrapped as _wrapped, records_xml as _records_xml  # pool 14's own wrapping
pool_wrapped = {_wrapped(el) for f in sorted((POOL / "src").glob("*.xml")) for _, el in _pool_records(f)}
recs = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", rawb, re.S)
for el in recs:
    if el not in pool_wrapped: errs.append("record not byte-exact as pool 14 wraps it: " + el[:80].decode())
if _records_xml(recs) != rawb: errs.append("records.xml frame differs from pool 14's records_xml()")
position = {l.split()[1]: int(l.split()[0]) for l in open(POOL / "order.txt") if l.strip()}
for p in pmids:
    if not LO <= position.get(p, 0) <= HI: errs.append(f"PMID {p} not inside set 118's range {LO}-{HI} of pool 14's order.txt")
def main_abstract(a):
    return " ".join(" ".join("".join(x.itertext()).split()) for x in a.findall(".//Article/Abstract/AbstractText"))
abstracts = {p: main_abstract(a) for p, a in arts.items()}
other = [p for p, a in arts.items() if a.find(".//OtherAbstract") is not None]
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
        if " ".join(t.split()) not in abstracts[p]: errs.append(f"{c['id']}: truth not verbatim in main abstract: {t[:70]}")
    last = arts[p].findtext(".//AuthorList/Author/LastName")
    if last not in c["claim"]: errs.append(f"{c['id']}: first author surname not cited in claim")
WANT = {"none": 22, "number": 6, "population": 6, "direction": 6, "comparator": 5, "design": 5, "duration": 5, "overreach": 5}
kc = Counter(c["kind"] for c in claims)
if len(claims) == 60 and kc != Counter(WANT): errs.append(f"kind counts {dict(kc)} differ from plan {WANT}")
if len(claims) != 60 or len(pmids) != 15: errs.append(f"{len(claims)} claims on {len(pmids)} abstracts (want 60 on 15)")
for k, n in Counter(c["key"] for c in claims).items():
    if n != 4: errs.append(f"{k}: {n} claims (want 4)")
for c in claims:  # one line each (claims_eval.py writes one paragraph per claim); no "X et al. [Y]" form
    if "\n" in c["claim"]: errs.append(f"{c['id']}: claim spans lines")
    if re.search(r"et al\.\s*\[", c["claim"]): errs.append(f"{c['id']}: invalid citation form et al. [Y]")
# records must not be in an earlier pool (2-13), an earlier claim set, a devbank or the shared PubMed data
import subprocess
pool14_order_sha = hashlib.sha256((POOL / "order.txt").read_bytes()).hexdigest()
def own_pmids(text): return set(re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", text))
used = set(); read_from = Counter()
for f in (glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml")):
    used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace"))); read_from["shared"] += 1
used |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"], capture_output=True, text=True).stdout))
for f in glob.glob("/work/main/bench/heldout/claims-set*/records.xml"):  # own records' PMIDs only (not cited ones)
    if Path(f).parent == HERE: continue
    used |= own_pmids(Path(f).read_text(encoding="utf-8-sig", errors="replace")); read_from["bench records"] += 1
for f in glob.glob("/work/eval-claims15/src/*.xml"):  # the old pool (if still present)
    used |= own_pmids(Path(f).read_text(encoding="utf-8-sig")); read_from["old pool"] += 1
for f in glob.glob("/work/eval-pool*/src/*.xml"):  # earlier pools' src/ (9b, 10, 11, 12, 13); pool 14's own is skipped
    if f.startswith("/work/eval-pool14/"): continue
    used |= own_pmids(Path(f).read_text(encoding="utf-8-sig", errors="replace")); read_from["pool src"] += 1
for f in glob.glob("/work/main/bench/heldout/pool*/order.txt") + glob.glob("/work/eval-pool*/order.txt"):  # pools 2-13
    if f.startswith("/work/eval-pool14/") or Path(f).parent.name == "pool14": continue
    if hashlib.sha256(Path(f).read_bytes()).hexdigest() == pool14_order_sha: continue  # a copy of pool 14
    used |= {l.split()[1] for l in open(f) if l.strip()}; read_from["pool order"] += 1
for f in glob.glob("/work/main/bench/heldout/devbank-*/records.xml"):
    used |= own_pmids(Path(f).read_text(encoding="utf-8-sig", errors="replace")); read_from["devbank records"] += 1
for f in glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt") + glob.glob("/work/main/bench/heldout/claims-set*/pmids.txt"):
    if Path(f).parent.resolve() == HERE: continue
    used |= set(Path(f).read_text().split()); read_from["bench/devbank pmids"] += 1
errs += [f"PMID {p} already used by an earlier pool (2-13), a devbank, a bench set or shared data" for p in pmids if p in used]
earlier = set()
for f in map(Path, sorted(glob.glob("/work/eval-claims*/pmids.txt"))):  # every /work/eval-claims* other than this one (pmids.txt only, when present)
    if f.parent.resolve() != HERE: earlier |= set(f.read_text().split()); read_from["eval-claims pmids"] += 1
errs += [f"PMID {p} already in another eval-claims set" for p in pmids if p in earlier]
per_key = Counter(c["key"] for c in claims)
print("claims", len(claims), dict(sorted(kc.items())))
print("abstracts used", len(per_key), "of", len(pmids), "; claims per abstract", sorted(per_key.values()))
print("abstract words min", min(len(abstracts[p].split()) for p in pmids), "; records with OtherAbstract:", other)
print("no-repeat inputs read:", dict(read_from), "; used PMIDs", len(used), "; earlier-set PMIDs", len(earlier))
print("keys:", sorted(key_pmid))
for e in errs: print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
