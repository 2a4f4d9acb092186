"""Problems for continuous integration: SARIF 2.1.0 (code scanning) and GitHub Actions annotations.

Both carry exactly the problems of ``evidence.check.problems`` (the HTML fix list), in
manuscript order, located at the citation's line and column.
"""

from __future__ import annotations

from evidence import jsontext
from evidence.check.problems import Problem, find_problems, flag_problem
from evidence.check.report import display_path
from evidence.check.results import CheckReport

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
# rule id -> short description; flag kinds not listed here get a generic one
_RULES = {
    "unresolved-citation": "A citation matches no library entry",
    "ambiguous-citation": "A citation could be more than one library entry",
    "retracted": "The cited work is retracted",
    "erratum": "The cited work has a published erratum",
    "no-abstract": "The claim could not be compared: no abstract",
    "missing-specific": "A specific of the claim is not in the cited title or abstract",
    "design": "The claim's study design differs from the cited work's",
    "author-count": "The citation's author form does not fit the work's author count",
    "number": "A number of the claim is not the cited abstract's (value, unit or what it counts)",
    "duration": "A duration of the claim is not in the cited abstract",
    "population": "The claim's population differs from the cited work's",
    "comparator": "The claim's comparator is not what the cited work compared",
    "direction": "The cited abstract reports the opposite direction, or no difference",
    "overreach": "The claim says more than the cited abstract shows (all, long-term, proven...)",
    "field-mismatch": "A Word citation field's item disagrees with the library entry",
    "field-edited": "A Word citation's text was edited by hand after the reference manager wrote it",
}
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "note": "notice"}


def _ordered(report: CheckReport) -> list[Problem]:
    return sorted(find_problems(report), key=lambda p: (p.line, p.column, p.index))


def sarif_dict(report: CheckReport, version: str) -> dict[str, object]:
    """A SARIF 2.1.0 log with one run; columns count Unicode code points, as ours do."""
    problems = _ordered(report)
    answered = [flag_problem(i, report.results[i], flag) for i, flag in report.answered]
    rule_ids = sorted({p.rule for p in problems + answered})
    rules = [{"id": rule, "shortDescription": {"text": _RULES.get(rule, f"Flag: {rule}")}} for rule in rule_ids]
    uri = display_path(report)
    results: list[dict[str, object]] = [{
        "ruleId": p.rule,
        "ruleIndex": rule_ids.index(p.rule),
        "level": p.level,
        "message": {"text": p.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": uri},
            "region": {"startLine": p.line, "startColumn": p.column,
                       "snippet": {"text": report.results[p.index].citation.text}},
        }}],
    } for p in problems + answered]
    for result in results[len(problems):]:  # answered by the writer: reported as dismissed, not as fixed
        result["suppressions"] = [{"kind": "external", "justification": "answered by the writer (--answered)"}]
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "evidence", "version": version, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render_sarif(report: CheckReport, version: str) -> str:
    """SARIF as UTF-8 JSON text, for ``github/codeql-action/upload-sarif`` and other SARIF viewers."""
    return jsontext.dumps(sarif_dict(report, version), ensure_ascii=False) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: CheckReport) -> str:
    """GitHub Actions workflow commands: ``::warning file=...,line=...,col=...,title=...::message``."""
    path = _escape_property(display_path(report))
    lines = [
        f"::{_GITHUB_LEVEL[p.level]} file={path},line={p.line},col={p.column},"
        f"title={_escape_property('evidence ' + p.rule)}::{_escape_data(p.message)}"
        for p in _ordered(report)
    ]
    return "".join(line + "\n" for line in lines)
