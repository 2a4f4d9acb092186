"""How common an English word is (Zipf scale, from the `wordfreq` package's bundled data).

A word most English text never uses ("retinoblastoma", "cisplatin", "S897A") names a specific
thing; a common one ("plentiful", "curbed") is a writer's paraphrase. The claim check uses this
to tell a term a claim swapped in from a word it merely chose. This is the only module that
imports wordfreq; its data ships in the package, so nothing is downloaded at run time.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Rarity:
    """Zipf frequencies of English words (7 = "the", 3 = about once per million words, 0 = unseen),
    looked up once per word per run."""

    _seen: dict[str, float] = field(default_factory=dict)

    def zipf(self, word: str) -> float:
        value = self._seen.get(word)
        if value is None:
            from wordfreq import zipf_frequency  # loads its English table on first use (~0.1 s), so lazily

            value = self._seen[word] = float(zipf_frequency(word, "en"))
        return value

    def is_rare(self, word: str, below: float = 3.0) -> bool:
        """Rarer than about once in a million words of English."""
        return self.zipf(word) < below
