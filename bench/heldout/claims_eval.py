"""Held-out measurement of `evidence check` flags on hand-written claims about real PubMed records.

Usage:
  python claims_eval.py --evidence /work/wt-evalB            # a worktree (uses its .venv/bin/evidence)
  python claims_eval.py --evidence /path/to/bin/evidence     # or the executable itself
  python claims_eval.py --compare out/OLD/result.json out/NEW/result.json

For each run it builds lib.bib with the tool's own importer from records.xml (the 15 chosen PubMed
records, copied byte for byte from /work/shared/data/pubmed), writes manuscript.md (one paragraph per
claim, author-year citation), runs `evidence -l lib.bib check manuscript.md --json`, and scores:
  recall (wrong claims): a flag of a fitting kind was raised; per kind; also any-flag recall
  specificity (faithful claims): no specifics flag at all
  evidence hit rate: the claim's truth sentence is among the evidence sentences shown
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent / "claims-set1"  # the claim set: --set claims-set2 for the other
PMIDS: list[str] = []  # the set's 15 PMIDs, from its pmids.txt
DATA = Path("/work/shared/data/pubmed")
KINDS = ("number", "population", "comparator", "direction", "overreach", "duration", "design")
NOT_SPECIFIC = {"retracted", "erratum", "no-abstract", "author-count"}


# ---------------------------------------------------------------- records and library

def build_records(path: Path) -> None:
    """Copy the chosen <PubmedArticle> elements, byte for byte, into one PubmedArticleSet file."""
    tmp = HERE / "src"
    if not (tmp / "pmid_xml").is_dir():
        tmp.mkdir(exist_ok=True)
        subprocess.run(["tar", "-xzf", str(DATA / "metapub-pmid_xml.tar.gz"), "-C", str(tmp)], check=True)
    files = [DATA / "sr-project-pubmed_result.xml", DATA / "pubMR-pubmed_result.xml"]
    files += [Path(p) for p in sorted(glob.glob(str(tmp / "pmid_xml" / "*.xml")))]
    found: dict[str, str] = {}
    for f in files:
        text = f.read_text(encoding="utf-8-sig")
        for m in re.finditer(r"<PubmedArticle>.*?</PubmedArticle>", text, re.S):
            pmid = re.search(r"<PMID[^>]*>(\d+)</PMID>", m.group()).group(1)
            if pmid in PMIDS and pmid not in found:
                found[pmid] = m.group()
    missing = [p for p in PMIDS if p not in found]
    if missing:
        sys.exit(f"records not found: {missing}")
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet>\n'
                    + "\n".join(found[p] for p in PMIDS) + "\n</PubmedArticleSet>\n", encoding="utf-8")


def record_abstracts(path: Path) -> dict[str, str]:
    """PMID -> plain abstract text, for checking that each truth sentence is really in the abstract."""
    root = ET.parse(path).getroot()
    out = {}
    for art in root.iter("PubmedArticle"):
        pmid = art.findtext(".//MedlineCitation/PMID")
        out[pmid] = " ".join(" ".join("".join(a.itertext()).split()) for a in art.iter("AbstractText"))
    return out


def record_titles(path: Path) -> dict[str, str]:
    root = ET.parse(path).getroot()
    return {a.findtext(".//MedlineCitation/PMID"): "".join(a.find(".//ArticleTitle").itertext())
            for a in root.iter("PubmedArticle")}


def bib_pmids(lib: Path) -> dict[str, str]:
    """Entry key -> PMID, read from the library the importer wrote."""
    text = lib.read_text(encoding="utf-8")
    out = {}
    for block in re.split(r"\n(?=@)", text):
        key = re.match(r"@\w+\{([^,]+),", block.strip())
        pmid = re.search(r"\bpmid\s*=\s*\{(\d+)\}", block)
        if key and pmid:
            out[key.group(1)] = pmid.group(1)
    return out


# ---------------------------------------------------------------- flag kinds

def _classify(text: str) -> str | None:
    text = text.lower()
    table = (
        ("duration", ("duration", "time frame", "timeframe", "follow-up", "follow up", "time span")),
        ("number", ("number", "numeric", "percent", "quantity", "value", "dose")),
        ("population", ("population", "condition", "age", "sex", "species", "organ", "disease")),
        ("comparator", ("comparator", "control", "compar")),
        ("direction", ("direction", "negat", "signific", "reversal", "revers", "effect")),
        ("overreach", ("overreach", "overclaim", "over-claim", "hedg", "certain", "generali", "absolute",
                       "universal", "strength")),
        ("design", ("design", "review", "trial", "meta-analysis")),
        ("route", ("route",)),
    )
    for cat, words in table:
        if any(w in text for w in words):
            return cat
    return None


def flag_category(flag: dict) -> str | None:
    """One of KINDS (or 'route'/'other') for a specifics flag; None for retraction/erratum/no-abstract."""
    kind = flag.get("kind") or ""
    if kind in NOT_SPECIFIC:
        return None
    if kind == "missing-specific":
        m = re.search(r"does the source give this ([^?]+)\?", flag.get("message") or "")
        return _classify(m.group(1) if m else flag.get("message") or "") or "other"
    return _classify(kind) or _classify(flag.get("message") or "") or "other"


# ---------------------------------------------------------------- evidence match

def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("\\%", "%"))


def evidence_hit(truth: str, evidence: list[dict]) -> bool:
    t = _words(truth)
    ts = set(t)
    for ev in evidence:
        e = _words(ev.get("text", ""))
        es = set(e)
        tj, ej = " ".join(t), " ".join(e)
        if tj in ej or (len(e) >= 5 and ej in tj):
            return True
        if ts and es and len(ts & es) / len(ts) >= 0.8:
            return True
    return False


# ---------------------------------------------------------------- run

_STOP = {"the", "of", "a", "an", "in", "with", "than", "and", "to", "that", "for", "was", "were"}


def _points_at(term: str | None, wrong: str | None) -> bool:
    """The flag's term shares a content word with the claim's erroneous phrase (any flag kind)."""
    if not term or not wrong:
        return False
    return bool((set(_words(term)) - _STOP) & (set(_words(wrong)) - _STOP))


def find_exe(path: str) -> str:
    p = Path(path)
    if p.is_dir():
        p = p / ".venv" / "bin" / "evidence"
    if not p.exists():
        sys.exit(f"no evidence executable at {p}")
    return str(p)


def run(exe: str, out: Path, claims: list[dict]) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    records = HERE / "records.xml"
    if not records.exists():
        build_records(records)
    abstracts = record_abstracts(records)
    titles = record_titles(records)
    lib = out / "lib.bib"
    for f in out.glob("lib.bib*"):
        f.unlink() if f.is_file() else shutil.rmtree(f)
    env = dict(os.environ, NO_COLOR="1")
    subprocess.run([exe, "-q", "-l", str(lib), "import", "--create", str(records)], check=True, env=env,
                   capture_output=True, text=True)
    key_pmid = bib_pmids(lib)

    # manuscript: one paragraph per claim, remember its line
    lines = ["# Held-out claims", ""]
    line_of: dict[int, dict] = {}
    for c in claims:
        line_of[len(lines) + 1] = c
        lines += [c["claim"], ""]
    (out / "manuscript.md").write_text("\n".join(lines), encoding="utf-8")
    proc = subprocess.run([exe, "-l", str(lib), "check", str(out / "manuscript.md"), "--json"],
                          capture_output=True, text=True, env=env)
    (out / "check.json").write_text(proc.stdout, encoding="utf-8")
    if proc.returncode not in (0, 1) or not proc.stdout.strip():
        sys.exit(f"check failed ({proc.returncode}): {proc.stderr[:2000]}")
    report = json.loads(proc.stdout)

    by_line: dict[int, list[dict]] = defaultdict(list)
    for cit in report["citations"]:
        by_line[cit["citation"]["line"]].append(cit)

    rows = []
    problems = []
    for line, c in line_of.items():
        cits = by_line.get(line, [])
        pmid = key_pmid.get(c["key"])
        if pmid is None:
            problems.append(f"{c['id']}: key {c['key']} not in library")
        else:
            for t in [c["truth"], *c.get("truth_alt", [])]:
                if " ".join(t.split()) not in abstracts.get(pmid, "") and t not in titles.get(pmid, ""):
                    problems.append(f"{c['id']}: truth sentence not found verbatim in PMID {pmid}'s record: {t[:60]}")
        cit = next((x for x in cits if x.get("key") == c["key"]), None)
        if cit is None:
            problems.append(f"{c['id']}: citation not resolved to {c['key']} "
                            f"(got {[(x['status'], x.get('key')) for x in cits]})")
            flags, evidence = [], []
        else:
            flags, evidence = cit["flags"], cit["evidence"]
        cats = [flag_category(f) for f in flags]
        spec = [(cat, f) for cat, f in zip(cats, flags) if cat is not None]
        accept = set(c.get("accept") or ([c["kind"]] if c["kind"] != "none" else []))
        rows.append({
            "id": c["id"], "kind": c["kind"], "resolved": cit is not None,
            "flags": [{"cat": cat, "kind": f["kind"], "term": f.get("term"), "message": f["message"]}
                      for cat, f in spec],
            "any_flag": bool(spec),
            "fitting": any(cat in accept for cat, _ in spec),
            "strict": any(cat == c["kind"] for cat, _ in spec),
            "pointed": c["kind"] != "none" and any(_points_at(f.get("term"), c.get("wrong")) for _, f in spec),
            "evidence_hit": any(evidence_hit(t, evidence) for t in [c["truth"], *c.get("truth_alt", [])]),
            "evidence": [e["text"] for e in evidence],
            "claim": c["claim"], "truth": c["truth"], "wrong": c.get("wrong"),
        })
    result = {"exe": exe, "problems": problems, "rows": rows, "summary": summarise(rows),
              "flag_kinds_seen": sorted({(f["kind"], f["cat"]) for r in rows for f in r["flags"]})}
    (out / "result.json").write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return result


def summarise(rows: list[dict]) -> dict:
    wrong = [r for r in rows if r["kind"] != "none"]
    faithful = [r for r in rows if r["kind"] == "none"]
    s: dict = {"n": len(rows), "wrong": len(wrong), "faithful": len(faithful)}
    for k in KINDS:
        rs = [r for r in wrong if r["kind"] == k]
        s[f"recall_{k}"] = (sum(r["fitting"] for r in rs), len(rs))
    s["recall_fitting"] = (sum(r["fitting"] for r in wrong), len(wrong))
    s["recall_strict"] = (sum(r["strict"] for r in wrong), len(wrong))
    s["recall_any"] = (sum(r["any_flag"] for r in wrong), len(wrong))
    s["recall_pointed"] = (sum(r.get("pointed", False) for r in wrong), len(wrong))
    s["specificity"] = (sum(not r["any_flag"] for r in faithful), len(faithful))
    s["evidence_hit"] = (sum(r["evidence_hit"] for r in rows), len(rows))
    s["evidence_hit_wrong"] = (sum(r["evidence_hit"] for r in wrong), len(wrong))
    s["evidence_hit_faithful"] = (sum(r["evidence_hit"] for r in faithful), len(faithful))
    s["resolved"] = (sum(r["resolved"] for r in rows), len(rows))
    return s


def fmt(pair) -> str:
    a, b = pair
    return f"{a}/{b} ({100 * a / b:.0f}%)" if b else "-"


def print_result(res: dict, verbose: bool) -> None:
    s = res["summary"]
    print(f"evidence: {res['exe']}")
    for p in res["problems"]:
        print("PROBLEM:", p)
    print(f"claims {s['n']}: wrong {s['wrong']}, faithful {s['faithful']}; resolved {fmt(s['resolved'])}")
    for k in KINDS:
        print(f"  recall {k:<11} {fmt(s['recall_' + k])}")
    for k in ("recall_fitting", "recall_strict", "recall_any", "recall_pointed", "specificity", "evidence_hit",
              "evidence_hit_wrong", "evidence_hit_faithful"):
        print(f"  {k:<22} {fmt(s[k])}")
    print("  flag kinds seen:", res["flag_kinds_seen"])
    if verbose:
        for r in res["rows"]:
            mark = ("ok " if r["fitting"] else "MISS") if r["kind"] != "none" else ("ok " if not r["any_flag"] else "FP ")
            terms = "; ".join(f"{f['cat']}:{f['term']}" for f in r["flags"])
            print(f"{mark} {r['id']:<22} {r['kind']:<10} ev={'y' if r['evidence_hit'] else 'n'} [{terms}]")


def compare(paths: list[str]) -> None:
    results = [json.loads(Path(p).read_text()) for p in paths]
    names = [Path(p).parent.name for p in paths]
    print(f"{'measure':<24}" + "".join(f"{n:>18}" for n in names))
    keys = [f"recall_{k}" for k in KINDS] + ["recall_fitting", "recall_strict", "recall_any", "recall_pointed",
                                             "specificity", "evidence_hit"]
    for k in keys:
        print(f"{k:<24}" + "".join(f"{fmt(r['summary'][k]):>18}" for r in results))
    rows = [{r["id"]: r for r in res["rows"]} for res in results]
    print("\nchanged claims:")
    for cid in rows[0]:
        a, b = rows[0][cid], rows[-1].get(cid)
        if b and (a["fitting"], a["any_flag"], a["evidence_hit"]) != (b["fitting"], b["any_flag"], b["evidence_hit"]):
            print(f"  {cid:<22} {a['kind']:<10} fit {a['fitting']}->{b['fitting']} any {a['any_flag']}->{b['any_flag']}"
                  f" ev {a['evidence_hit']}->{b['evidence_hit']} "
                  f"NEW flags: {[(f['cat'], f['term']) for f in b['flags']]}")


def main() -> None:
    global HERE
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default=str(HERE), help="the claim-set folder (claims.json, records.xml, pmids.txt)")
    ap.add_argument("--evidence", help="evidence executable, or a worktree holding .venv/bin/evidence")
    ap.add_argument("--name", help="output folder name under out/ (default: the worktree's name)")
    ap.add_argument("--claims", help="default: the set's claims.json")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per claim")
    ap.add_argument("--compare", nargs="+", metavar="RESULT_JSON")
    args = ap.parse_args()
    HERE = Path(args.set).resolve()
    PMIDS[:] = (HERE / "pmids.txt").read_text(encoding="utf-8").split()
    args.claims = args.claims or str(HERE / "claims.json")
    if args.compare:
        compare(args.compare)
        return
    if not args.evidence:
        ap.error("--evidence is required")
    exe = find_exe(args.evidence)
    name = args.name or (Path(args.evidence).name if Path(args.evidence).is_dir() else Path(exe).parents[2].name)
    claims = json.loads(Path(args.claims).read_text(encoding="utf-8"))
    res = run(exe, HERE / "out" / name, claims)
    print_result(res, args.verbose)


if __name__ == "__main__":
    main()
