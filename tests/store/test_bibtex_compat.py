"""The entries evidence shows are the ones the real BibTeX 0.99 reads, on every hard fixture.

Runs the `bibtex` binary (Debian: texlive-binaries) on each fixture with a one-line style that
writes every key it read, and btparse (Debian: libtext-bibtex-perl) for a second opinion.
Skipped with a reason where they are not installed; `.ci/run` installs them when apt exists.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from evidence.errors import LibraryError
from evidence.store import bibfile, bibtex_view
from evidence.store.library import Library

FIXTURES = Path(__file__).parent.parent / "fixtures" / "bibtex"
ALL_BIB = sorted(p.name for p in FIXTURES.glob("*.bib"))
# with the import fixtures (mostly copies, plus a plain library): every .bib file the tests use
EVERY_BIB = ALL_BIB + sorted(f"../import/{p.name}" for p in (FIXTURES.parent / "import").glob("*.bib"))
KEYS_BST = "ENTRY {} {} {}\nFUNCTION {k} { cite$ write$ newline$ }\nREAD\nITERATE {k}\n"
BTPARSE_KEYS = r"""
use strict; use warnings; use Text::BibTeX qw(:metatypes);
my $file = Text::BibTeX::File->new($ARGV[0]) or die "cannot open $ARGV[0]";
while (defined(my $e = Text::BibTeX::Entry->new($file))) {
  last if !$e->parse_ok && !defined $e->type && !defined $e->key;
  next unless $e->parse_ok && defined $e->metatype && $e->metatype == BTE_REGULAR;
  my $k = $e->key; print((defined $k ? $k : ''), "\n");
}
"""

needs_bibtex = pytest.mark.skipif(shutil.which("bibtex") is None,
                                  reason="the bibtex binary is not installed (apt-get install texlive-binaries)")


def _has_btparse() -> bool:
    if shutil.which("perl") is None:
        return False
    return subprocess.run(["perl", "-MText::BibTeX", "-e", "1"], capture_output=True).returncode == 0


needs_btparse = pytest.mark.skipif(not _has_btparse(),
                                   reason="perl Text::BibTeX is not installed (apt-get install libtext-bibtex-perl)")


def bibtex_input(name: str) -> tuple[bytes, str]:
    """The bytes to give BibTeX (it reads bytes; UTF-16 is re-encoded, as BibTeX cannot read it)
    and the encoding of the keys it writes back."""
    data = (FIXTURES / name).read_bytes()
    decoded = bibfile.decode(data)
    if decoded.encoding.startswith("utf-16"):
        return decoded.text.encode("utf-8"), "utf-8"
    return data, decoded.encoding


def bibtex_keys(data: bytes, encoding: str, workdir: Path) -> list[str]:
    """Every key BibTeX 0.99 reads, in its order, first of each (\\citation{*})."""
    (workdir / "db.bib").write_bytes(data)
    (workdir / "keys.bst").write_text(KEYS_BST, encoding="ascii")
    (workdir / "t.aux").write_text("\\citation{*}\n\\bibstyle{keys}\n\\bibdata{db}\n", encoding="ascii")
    env = dict(os.environ, BIBINPUTS=str(workdir), BSTINPUTS=str(workdir),
               max_strings="200000", hash_extra="200000")  # (room for the 1,000-entry fixture)
    done = subprocess.run(["bibtex", "-terse", "t"], cwd=workdir, env=env, capture_output=True, timeout=120)
    assert done.returncode in (0, 1, 2), done.stdout  # 1 = warnings, 2 = errors in the .bib: both expected
    return [line.decode(encoding) for line in (workdir / "t.bbl").read_bytes().split(b"\n")[:-1]]


def btparse_keys(data: bytes, encoding: str, workdir: Path) -> list[str]:
    """Keys of the entries btparse parses without error, first of each (compared as BibTeX does)."""
    (workdir / "bt.bib").write_bytes(data)
    (workdir / "keys.pl").write_text(BTPARSE_KEYS, encoding="ascii")
    done = subprocess.run(["perl", "keys.pl", "bt.bib"], cwd=workdir, capture_output=True, timeout=120)
    keys, seen = [], set()
    for line in done.stdout.split(b"\n")[:-1]:
        key = line.decode(encoding)
        if key.lower() not in seen:
            seen.add(key.lower())
            keys.append(key)
    return keys


def evidence_keys(name: str) -> list[str]:
    try:
        return [e.key for e in Library.load(FIXTURES / name).entries]
    except LibraryError as exc:  # the RIS file: refused as not BibTeX, and BibTeX reads nothing in it
        assert "does not look like a BibTeX file" in exc.message
        return []


@needs_bibtex
@pytest.mark.parametrize("name", EVERY_BIB)
def test_evidence_shows_what_bibtex_reads(name: str, tmp_path: Path) -> None:
    data, encoding = bibtex_input(name)
    expected = bibtex_keys(data, encoding, tmp_path)
    assert evidence_keys(name) == expected
    assert [e.key for e in bibtex_view.read(bibfile.decode(data).text).visible()] == expected


# Where btparse (biber's parser) reads other keys than BibTeX: evidence follows BibTeX, whose
# reading decides what a LaTeX document can cite. (bibtex-only keys, btparse-only keys)
BTPARSE_DISAGREES = {
    # btparse reports errors in these 17; BibTeX reads them (Thiebaux:93 up to the end of the file)
    "bbt_large_paren_library_873.bib": (
        ["Schubert:76", "Reiter:78", "Kautz:86", "Hobbs:77", "Hirst:79", "Quine:52", "bruce72", "cheeseman83",
         "Dean:83", "Dean:93", "Morgenstern:87", "Etzioni:91", "Etzioni:92", "Haddawy:93", "Kushmerick:93",
         "KushmerickETAL:95", "Thiebaux:93"], []),
    "biber_names_corporate.bib": (["L27", "L28"], []),  # `%@BOOK{L27,`: btparse skips % lines
    "bibtextidy_complex_torture.bib": (["fd{", "4"], []),
    "bibtextidy_invalid_keys.bib": (["invalid{", "invalid$", "invalid%", "invalid#", "invalid~", "in"], []),
    "bibtextidy_strange_keys.bib": (['strange(key)=(has_odd-characters?:*£"!<>/', "title={An"], []),
    "bibtextidy_syntax_errors.bib": (["foobar", "foo{bar", "="], []),  # btparse drops entries with errors
    "bibtextidy_unbalanced_braces.bib": (["foo"], []),
    "jabref_user_comments.bib": (["1137631"], []),
    "jabref_windows1252_no_key.bib": ([""], []),  # BibTeX accepts the empty key `@Article{,`
    "truncated_jabref_complex.bib": (["1233448"], []),
}


@needs_bibtex
@needs_btparse
@pytest.mark.parametrize("name", ALL_BIB)
def test_btparse_disagrees_only_where_listed(name: str, tmp_path: Path) -> None:
    data, encoding = bibtex_input(name)
    by_bibtex = bibtex_keys(data, encoding, tmp_path)
    by_btparse = btparse_keys(data, encoding, tmp_path)
    difference = ([k for k in by_bibtex if k not in by_btparse], [k for k in by_btparse if k not in by_bibtex])
    assert difference == BTPARSE_DISAGREES.get(name, ([], []))


def _mutations(count: int) -> list[tuple[str, bytes]]:
    """Small fixtures with 1-4 random one-byte edits of BibTeX's structural characters (seeded)."""
    rng = random.Random(14)
    names = [n for n in ALL_BIB if (FIXTURES / n).stat().st_size < 20000 and "utf16" not in n]
    out = []
    for i in range(count):
        name = rng.choice(names)
        data = bytearray((FIXTURES / name).read_bytes())
        for _ in range(rng.randint(1, 4)):
            pos, op, byte = rng.randrange(len(data)), rng.random(), rng.choice(b'{}()"@,=#% \n\tab1')
            if op < 0.4:
                del data[pos]
            elif op < 0.8:
                data.insert(pos, byte)
            else:
                data[pos] = byte
        out.append((f"{i}-{name}", bytes(data)))
    return out


@needs_bibtex
def test_scanner_matches_bibtex_on_broken_variants(tmp_path: Path) -> None:
    wrong = []
    for label, data in _mutations(120):
        keys = bibtex_keys(data, "latin-1", tmp_path)
        if [e.key for e in bibtex_view.read(data.decode("latin-1")).visible()] != keys:
            wrong.append(label)
    assert wrong == []


TOKENS = ["@misc{", "@article(", "@comment{", "@string{", "@preamble{", "@Comment", "@", "k1", "K1", "k2", "x y", ",",
          " , ", "title", "=", " = ", "{", "}", "(", ")", '"', "#", "\n", "\r\n", "\r", " ", "\t", "%", "jan", "12",
          "{a{b}c}", '"q{"}"', "a=b", "\\{", "@book{k3,", "}\n"]


@needs_bibtex
def test_scanner_matches_bibtex_on_generated_token_soup(tmp_path: Path) -> None:
    """Random strings of BibTeX's tokens (seeded): every rule of the reader gets exercised."""
    rng = random.Random(8)
    wrong = []
    for _ in range(300):
        text = "".join(rng.choice(TOKENS) for _ in range(rng.randint(3, 40)))
        if [e.key for e in bibtex_view.read(text).visible()] != bibtex_keys(text.encode(), "latin-1", tmp_path):
            wrong.append(text)
    assert wrong == []
