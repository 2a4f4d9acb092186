"""New citekeys in the library's own style: detection on real libraries, the .bib setting, and key generation."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidence.errors import LibraryError
from evidence.identity import KEY_STYLES, citekey, is_valid_key, key_base
from evidence.keystyle import detect_style, key_style, parse_key_format, setting_line, style_setting
from evidence.model import Entry
from evidence.store.library import Library

ROOT = Path(__file__).parent.parent
SAMPLES = Path(__file__).parent / "fixtures" / "keystyle"
KRYSTAL = Entry("", "article", {"author": "Krystal, John H. and Kavalali, Ege T.", "year": "2023",
                                "title": "Ketamine and the neurobiology of depression: toward next-generation drugs"})


def test_the_zotero_better_bibtex_library_is_author_underscore_year() -> None:
    lib = Library.load(SAMPLES / "bbt-unabbreviate-first40.bib")
    assert detect_style(lib.entries) == "author_year"
    assert lib.new_key(KRYSTAL) == "krystal_2023"  # not krystal2023ketamine
    lib.add(Entry("krystal_2023", "article", {"title": "x"}))
    assert lib.new_key(KRYSTAL) == "krystal_2023a"


@pytest.mark.parametrize("name", ["leeper-first40.bib", "tugboat-first40.bib"])
def test_libraries_in_none_of_the_styles_get_the_default(name: str) -> None:
    lib = Library.load(SAMPLES / name)  # AbadieDiamondHainmueller2014, Welland:TB1-1-2
    assert detect_style(lib.entries) is None
    assert lib.key_style == "scholar"
    assert lib.new_key(KRYSTAL) == "krystal2023ketamine"


def test_refs_bib_is_authoryear() -> None:
    lib = Library.load(ROOT / "refs.bib")
    assert detect_style(lib.entries) == "authoryear"
    assert lib.new_key(KRYSTAL) == "krystal2023"


@pytest.mark.parametrize("style", sorted(KEY_STYLES))
def test_each_style_is_detected_from_keys_written_in_it(style: str) -> None:
    """refs.bib's real entries re-keyed in each style are recognised as that style."""
    entries = Library.load(ROOT / "refs.bib").entries
    rekeyed = [Entry(key_base(e, style), e.type, dict(e.fields)) for e in entries]
    assert detect_style(rekeyed) == style


def test_each_style_on_berman_2000() -> None:
    berman = Library.load(ROOT / "refs.bib").get("berman2000")
    assert {style: key_base(berman, style) for style in KEY_STYLES} == KEY_STYLES


def test_a_minority_style_is_not_a_style() -> None:
    entries = Library.load(ROOT / "refs.bib").entries
    mixed = [Entry(key_base(e, "author_year") if i < 4 else f"ref{i}", e.type, dict(e.fields))
             for i, e in enumerate(entries)]
    assert len(mixed) == 10 and detect_style(mixed) is None  # 4 of 10 is under half
    assert detect_style(mixed[:1]) is None  # one key never decides


def test_particles_stay_accents_fold_and_organisations_shorten() -> None:
    taken: set[str] = set()
    van = Entry("", "article", {"author": "van den Berg, Anna", "year": "2023", "title": "The sleep of nurses"})
    lancon = Entry("", "article", {"author": "Lan{\\c{c}}on, C.", "year": "2001", "title": "On ketamine"})
    who = Entry("", "report", {"author": "{World Health Organization}", "year": "2017", "title": "Depression"})
    assert citekey(van, taken.__contains__, style="authoryear") == "vandenberg2023"
    assert citekey(lancon, taken.__contains__, style="author_year") == "lancon_2001"
    assert citekey(who, taken.__contains__, style="bbt") == "whoDepression2017"
    assert citekey(van, taken.__contains__, style="AuthorYearTitleword") == "Vandenberg2023Sleep"


def test_the_setting_line_in_the_bib_wins_over_the_vote(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(setting_line("bbt") + "\n\n" + (ROOT / "refs.bib").read_text(encoding="utf-8"), encoding="utf-8")
    lib = Library.load(path)
    assert lib.key_style == "bbt"
    assert lib.new_key(KRYSTAL) == "krystalKetamineNeurobiologyDepression2023"
    assert style_setting(["@Comment{ evidence: key-format = author_year }"]) == "author_year"
    assert style_setting(["@comment{jabref-meta: databaseType:bibtex;}"]) is None
    assert key_style([], ["@comment{evidence: key-format=auto}"]) == "scholar"
    assert key_style([], [setting_line("bbt")], "authoryear") == "authoryear"  # --key-format wins over both


def test_an_unknown_style_name_is_one_error_with_the_choices() -> None:
    with pytest.raises(LibraryError) as caught:
        style_setting(["@comment{evidence: key-format=[auth][year]}"])
    assert str(caught.value) == ("unknown key format '[auth][year]' (use one of authoryear, author_year, "
                                 "AuthorYearTitleword, bbt, scholar, auto (see `evidence add --help`))")
    assert parse_key_format("[auth:lower][shorttitle3_3][year]") == "bbt"
    assert parse_key_format("author2019word") == "scholar"


# ----- properties of key generation ------------------------------------------------------------------
names = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
years = st.one_of(st.just(""), st.integers(min_value=1000, max_value=2999).map(str), st.text(max_size=6))


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    fields = {"author": draw(names), "title": draw(st.text(max_size=60)), "year": draw(years)}
    return Entry("draft", "article", {k: v for k, v in fields.items() if v})


@settings(max_examples=300, deadline=None)
@given(entries(), st.sampled_from(sorted(KEY_STYLES)), st.sets(st.text(max_size=12), max_size=20))
def test_a_new_key_is_always_valid_and_never_taken(entry: Entry, style: str, taken: set[str]) -> None:
    key = citekey(entry, taken.__contains__, style=style)
    assert is_valid_key(key) and key.isascii()
    assert key not in taken


@settings(max_examples=100, deadline=None)
@given(entries(), st.sampled_from(sorted(KEY_STYLES)), st.integers(min_value=1, max_value=40))
def test_the_same_work_added_again_and_again_gets_distinct_keys(entry: Entry, style: str, times: int) -> None:
    taken: set[str] = set()
    for _ in range(times):
        key = citekey(entry, taken.__contains__, style=style)
        assert key not in taken
        taken.add(key)
    assert len(taken) == times
    assert all(k.startswith(key_base(entry, style)) for k in taken)
