"""Known-wrong ids end to end (enrich finds one; lint, show and check say so; --fix-ids replaces it) and
--key-format, against the loopback NCBI and Crossref servers serving recorded answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pubmed_server import FakeNCBI, fixture

from cli import KEY_FORMATS, cli
from evidence.identity import KEY_STYLES
from evidence.store.library import Library
from evidence.store.safewrite import temp_path

YDENBERG_SEARCH = fixture("esearch_pubmed_json_author.json")  # 9 PMIDs; 26147656 has a record
TITLE = "Combinatorial genetic analysis of a network of actin disassembly-promoting factors"
TERM = ("combinatorial[ti] AND genetic[ti] AND analysis[ti] AND network[ti] AND actin[ti] AND disassembly[ti] AND "
        "promoting[ti] AND factors[ti] AND ydenberg[1au] AND 2014:2016[dp]")
WRONG_PMID = f"""
@article{{ydenberg2015,
  author = {{Ydenberg, Casey A. and Johnston, Adam}},
  title = {{{TITLE}}},
  journal = {{Cytoskeleton}},
  year = 2015,
  pmid = {{35649368}},
}}
"""
CELL = ("PMID 35649368 is a different work: 'Fatty acid oxidation protects cancer cells from apoptosis by increasing "
        "mitochondrial membrane lipids' (Li, 2022) (PubMed)")


pytestmark = pytest.mark.usefixtures("cli_sources")  # the local NCBI and works servers (conftest)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def library(refs: Path) -> Path:
    with refs.open("a", encoding="utf-8") as handle:
        handle.write(WRONG_PMID)
    return refs


def test_a_wrong_pmid_is_flagged_everywhere_then_fixed(library: Path, ncbi: FakeNCBI, tmp_path: Path) -> None:
    code, out, err = run("-l", str(library), "lint")
    assert code == 0, out  # nothing is known yet
    code, out, err = run("-l", str(library), "enrich", "ydenberg2015")
    assert code == 0 and out.splitlines()[0] == "ydenberg2015: MISMATCH (PMID 35649368, pmid)"
    assert "1 wrong id(s) remembered: `evidence lint` flags them, `evidence enrich --fix-ids` looks for the right " \
           "records\n" in err

    code, out, _ = run("-l", str(library), "lint")
    line = next(n for n, text in enumerate(library.read_text().splitlines(), 1) if "ydenberg2015" in text)
    assert code == 1
    assert [text for text in out.splitlines() if "wrong-id" in text] == [
        f"{library}:{line}: error [wrong-id] ydenberg2015: {CELL} (run `evidence enrich --fix-ids ydenberg2015`, "
        "or correct it by hand; `evidence enrich --accept ydenberg2015 ydenberg2015` if it is right after all)"]

    code, out, _ = run("-l", str(library), "show", "ydenberg2015")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"WRONG {CELL}"
    assert "pmid       35649368  WRONG: names another work" in lines
    assert "pubmed.ncbi.nlm.nih.gov/35649368" not in out
    code, out, _ = run("-l", str(library), "show", "ydenberg2015", "--json")
    assert [w["record"]["pmid"] for w in json.loads(out)[0]["wrong_ids"]] == ["35649368"]

    draft = tmp_path / "draft.md"
    draft.write_text("Actin disassembly needs several factors together (Ydenberg et al., 2015).\n", encoding="utf-8")
    code, out, _ = run("-l", str(library), "check", str(draft), "--json")
    report = json.loads(out)
    (citation,) = report["citations"]
    assert "ydenberg2015" not in [e["key"] for e in report["uncited"]]
    assert (citation["status"], citation["entry"]["key"]) == ("resolved", "ydenberg2015")
    assert citation["entry"]["pmid"] is None and citation["entry"]["url"] is None  # never linked to the wrong paper
    assert [f["message"] for f in citation["flags"] if f["kind"] == "wrong-id"] == [
        f"{CELL}: not linked, and no evidence taken from it"]

    ncbi.searches[TERM] = YDENBERG_SEARCH
    before = library.read_bytes()
    code, out, err = run("-l", str(library), "enrich", "--fix-ids", "--dry-run")
    assert (code, out) == (0, "ydenberg2015: PMID 35649368 -> 26147656 (PubMed, search)\n")
    assert err.endswith("Dry run, nothing written: 1 fixed, 0 not fixed\n")
    assert library.read_bytes() == before
    code, out, _ = run("-l", str(library), "enrich", "--fix-ids", "--json")
    assert code == 0 and json.loads(out)["results"][0]["new"] == {"pmid": "26147656"}
    assert Library.load(library).get("ydenberg2015").pmid == "26147656"
    code, out, _ = run("-l", str(library), "lint")
    assert code == 0 and "wrong-id" not in out


def test_a_wrong_doi_is_fixed_from_crossref(refs: Path, ncbi: FakeNCBI) -> None:
    with refs.open("a", encoding="utf-8") as handle:
        handle.write("\n@article{boettiger2018,\n  author = {Boettiger, Carl},\n  title = {From noise to knowledge: "
                     "how randomness generates novel phenomena and reveals information},\n  journal = {Ecology "
                     "Letters},\n  year = 2018,\n  doi = {10.1038/srep16696},\n}\n")
    code, out, _ = run("-l", str(refs), "enrich", "--source", "crossref", "boettiger2018")
    assert code == 0 and out.splitlines()[0] == "boettiger2018: MISMATCH (Crossref, doi, DOI 10.1038/srep16696)"
    code, out, _ = run("-l", str(refs), "enrich", "--fix-ids", "--source", "crossref", "boettiger2018")
    assert code == 1  # Crossref's search (its recorded zero-result answer) finds nothing: reported, left alone
    assert out == ("boettiger2018: not fixed (DOI 10.1038/srep16696): no Crossref record found\n")
    ncbi.works.searches["From noise to knowledge: how randomness generates novel phenomena and reveals information "  # type: ignore[attr-defined]
                        "Boettiger 2018 Ecology Letters"] = "works_query_ecology_author_boettiger.json"
    code, out, _ = run("-l", str(refs), "enrich", "--fix-ids", "--source", "crossref", "--refresh", "boettiger2018")
    assert (code, out) == (0, "boettiger2018: DOI 10.1038/srep16696 -> 10.1111/ele.13085 (Crossref, search)\n")
    assert Library.load(refs).get("boettiger2018").doi == "10.1111/ele.13085"


def test_accept_forgets_the_wrong_id(library: Path, ncbi: FakeNCBI) -> None:
    run("-l", str(library), "enrich", "ydenberg2015")
    assert run("-l", str(library), "lint")[0] == 1
    code, out, _ = run("-l", str(library), "enrich", "--accept", "ydenberg2015", "ydenberg2015", "--dry-run")
    assert code == 0 and out.splitlines()[0] == "ydenberg2015: matched (PMID 35649368, pmid)"
    assert run("-l", str(library), "lint")[0] == 0


def test_fix_ids_with_nothing_known_says_so(refs: Path) -> None:
    code, out, err = run("-l", str(refs), "enrich", "--fix-ids")
    assert (code, out) == (0, "")
    assert err == "no entry has an id known to name another work (`evidence enrich` finds them)\n"


# --------------------------------------------------------------------------- --key-format

def test_add_follows_the_librarys_style_or_the_key_format_option(tmp_path: Path, ncbi: FakeNCBI) -> None:
    sample = Path(__file__).parent / "fixtures" / "keystyle" / "bbt-unabbreviate-first40.bib"
    path = tmp_path / "zhang.bib"
    path.write_bytes(sample.read_bytes())
    code, out, _ = run("-l", str(path), "add", "38011560", "--dry-run")
    assert code == 0 and out.startswith("38011560: would add as krystal_2023 - ")
    code, out, _ = run("-l", str(path), "add", "38011560", "--key-format", "bbt", "--dry-run")
    assert code == 0 and out.startswith("38011560: would add as krystalKetamineNeurobiologyDepression2023 - ")
    path.write_bytes(b"@comment{evidence: key-format=AuthorYearTitleword}\n" + sample.read_bytes())
    code, out, _ = run("-l", str(path), "add", "38011560")
    assert code == 0 and out.startswith("38011560: added as Krystal2023Ketamine - ")
    code, _, err = run("-l", str(path), "add", "38011560", "--key-format", "zhang")
    assert code == 2 and "'zhang' is not one of 'auto', 'authoryear', 'author_year'" in err


def test_the_cli_offers_every_key_style() -> None:
    assert set(KEY_FORMATS) == {"auto", *KEY_STYLES}


def test_a_known_ids_file_that_cannot_be_written_is_one_error_and_the_bib_is_untouched(
        library: Path, ncbi: FakeNCBI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the store is now replaced through safewrite.replace_file: a failure there is still one line, exit 1
    data = tmp_path / "data"
    blocker = temp_path(data / "known-ids.json")  # a folder where the temporary file must go (this process's pid):
    blocker.mkdir(parents=True)  # the write fails (permissions would not stop root)
    monkeypatch.setenv("EVIDENCE_DATA_DIR", str(data))
    before = library.read_bytes()
    code, out, err = run("-l", str(library), "enrich", "ydenberg2015")
    lines = [line for line in err.splitlines() if line.startswith("Error:")]
    assert code == 1 and "internal error" not in err
    assert lines == [line for line in lines if line.startswith(
        f"Error: {data / 'known-ids.json'}: cannot save the known identifiers: ")] and len(lines) == 1
    assert library.read_bytes() == before
    assert sorted(p.name for p in data.iterdir()) == [blocker.name]  # nothing written beside it
