"""How common an English word is (Zipf scale, from the `wordfreq` package's bundled data).

A word most English text never uses ("retinoblastoma", "cisplatin", "S897A") names a specific
thing; a common one ("plentiful", "curbed") is a writer's paraphrase. The claim check uses this
to tell a term a claim swapped in from a word it merely chose. This is the only module that
imports wordfreq; its data ships in the package, so nothing is downloaded at run time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass
class Rarity:
    """Zipf frequencies of English words (7 = "the", 3 = about once per million words, 0 = unseen).
    The table (320,000 words) is read once, on the first lookup (~0.2 s), and looked up directly:
    the package's own lookup re-tokenises every word."""

    _table: dict[str, float] | None = None

    def zipf(self, word: str) -> float:
        if self._table is None:
            from wordfreq import get_frequency_dict  # only a claim check needs it: keep it off start-up

            self._table = get_frequency_dict("en")
        frequency = self._table.get(word.lower(), 0.0)
        return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0

    def is_rare(self, word: str, below: float = 3.0) -> bool:
        """Rarer than about once in a million words of English."""
        return self.zipf(word) < below
