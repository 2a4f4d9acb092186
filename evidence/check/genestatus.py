"""A gene's status as a population: "melanoma with wild-type BRAF" is not "with a BRAF (V600) mutation".

Oncology writers swap a tumour's mutation status as easily as an age group, and no word list of
populations holds it: the gene is any capitalised symbol, the status its wild-type or mutant form.
A claim's status that the abstract never gives, where it gives the other one, is a contrast.
"""

from __future__ import annotations

import re

from evidence.check.source import SourceText

#: A gene symbol: capitalised, with two capitals or digits together (BRAF, HIV-1, EphA2), so "Moroccan" is not one.
_GENE = r"((?=[A-Za-z0-9]*[A-Z0-9]{2})[A-Z][A-Za-z0-9]{1,9}(?:-[A-Za-z0-9]{1,6})?)"
_WILD = r"(?:wild[\s-]?type|WT)"
_STATUS_RES = (
    ("wild-type", re.compile(rf"\b{_WILD}[\s-]+{_GENE}\b")),
    ("wild-type", re.compile(rf"\b{_GENE}[\s-]+{_WILD}\b")),
    ("mutant", re.compile(rf"\b{_GENE}[\s-]+(?:mutant|mutated)\b")),
    ("mutant", re.compile(rf"\b(?:mutant|mutated)\s+{_GENE}\b")),
    ("mutant", re.compile(rf"\bwith\s+(?:an?\s+|activating\s+)*{_GENE}(?:\s*\([^()]{{1,15}}\))?[\s-]+mutations?\b")),
)
#: Mutations counted rather than a group defined by one ("the distribution of KRAS and BRAF mutations"):
#: enough for a claim to state a status, not for an abstract to define its population by it.
_COUNTED_RES = (
    re.compile(rf"\b{_GENE}(?:\s*\([^()]{{1,15}}\))?[\s-]+mutations?\b"),
    re.compile(rf"\bmutations?\s+(?:in|of)\s+(?:the\s+)?{_GENE}\b"),
)


def statuses(text: str, counted: bool = False) -> set[tuple[str, str]]:
    """``{("mutant", "BRAF")}``: each gene the text gives its people or tumours a status by, and which
    (with ``counted``, also each gene whose mutations it counts)."""
    found = {(status, m.group(1).upper()) for status, pattern in _STATUS_RES for m in pattern.finditer(text)}
    if counted:
        found |= {("mutant", m.group(1).upper()) for pattern in _COUNTED_RES for m in pattern.finditer(text)}
    return found


def status_contrast(clause: str, source: SourceText) -> tuple[str, str, int] | None:
    """The claim's status of a gene, the abstract's other status of it, and the sentence giving that one;
    None when the abstract also gives the claim's status or none at all."""
    claimed = statuses(clause, counted=True)
    if not claimed:
        return None
    found = [(i, statuses(s.text)) for i, s in enumerate(source.sentences)]
    given = set().union(*(statuses(s.text, counted=True) for s in source.sentences))  # (counted includes found)
    for status, gene in sorted(claimed):
        if (status, gene) in given:
            continue
        other = "mutant" if status == "wild-type" else "wild-type"
        at = next((i for i, said in found if (other, gene) in said), None)
        if at is not None:
            return f"{status} {gene}", f"{other} {gene}", at
    return None
