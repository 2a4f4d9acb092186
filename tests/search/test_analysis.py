"""Text analysis: what the index and the claim checker see of a text, and what importing it costs."""

from __future__ import annotations

import subprocess
import sys

from evidence.search.analysis import (
    PubTypeTokenizer,
    analyze,
    id_analyzer,
    name_analyzer,
    pubtype_analyzer,
    slug,
)


def texts(analyzer: object, value: str, **kw: object) -> list[str]:
    return [t.text for t in analyzer(value, **kw)]  # type: ignore[operator]


def test_analyze_folds_accents_stems_and_drops_stop_words() -> None:
    assert analyze("The Lançon depressed patients") == ["lancon", "depress", "patient"]
    assert analyze("of the and") == []


def test_names_are_folded_but_keep_stop_words_and_endings() -> None:
    assert texts(name_analyzer(), "May, Anne; Lançon, Christophe") == ["may", "anne", "lancon", "christophe"]


def test_identifiers_are_one_lower_case_token() -> None:
    assert texts(id_analyzer(), "10.1016/S0006-3223(99)00230-9") == ["10.1016/s0006-3223(99)00230-9"]


def test_publication_types_are_slugs_with_their_aliases_at_index_time_only() -> None:
    assert slug("Randomized Controlled Trial") == "randomized-controlled-trial"
    assert slug(" Méta-Analysis ") == "meta-analysis"
    indexed = texts(pubtype_analyzer(), "Journal Article; Randomized Controlled Trial")
    assert indexed == ["journal-article", "randomized-controlled-trial", "rct", "randomised-controlled-trial"]
    assert texts(pubtype_analyzer(), "Randomized Controlled Trial", mode="query") == ["randomized-controlled-trial"]
    assert texts(pubtype_analyzer(), " ; ;") == []


def test_pubtype_tokens_carry_positions_and_characters() -> None:
    tokens = [(t.text, t.pos, t.startchar, t.endchar)
              for t in PubTypeTokenizer()("Review; Meta-Analysis", positions=True, chars=True)]
    assert tokens == [
        ("review", 0, 0, 6),
        ("meta-analysis", 1, 7, 21),
        ("meta", 2, 7, 21),
        ("metaanalysis", 3, 7, 21),
        ("meta-analyses", 4, 7, 21),
    ]
    assert PubTypeTokenizer() == PubTypeTokenizer() and hash(PubTypeTokenizer()) == hash(PubTypeTokenizer())


def test_the_checker_imports_the_analysis_only() -> None:
    """The claim checker stems with ``analyze``; it must not load the index, the query parser
    or Whoosh itself just by being imported."""
    code = (
        "import sys, evidence.check.checker\n"
        "print(sorted(m for m in sys.modules if m.startswith(('whoosh', 'evidence.search'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['evidence.search', 'evidence.search.analysis']"
