"""How common an English word is (Zipf scale, from the `wordfreq` package's bundled data).

A word most English text never uses ("retinoblastoma", "cisplatin", "S897A") names a specific
thing; a common one ("plentiful", "curbed") is a writer's paraphrase. The claim check uses this
to tell a term a claim swapped in from a word it merely chose. This is the only module that
imports wordfreq; its data ships in the package, so nothing is downloaded at run time.
"""

from __future__ import annotations

from dataclasses import dataclass

FLOOR = 3.0  # the rarest Zipf value any question asks about: about once per million words


@dataclass
class Rarity:
    """Zipf frequencies of English words (7 = "the", 3 = about once per million words, 0 = unseen).
    Only words at or above ``FLOOR`` are held (29,000 of wordfreq's 320,000; rarer ones read as unseen,
    which no question below the floor can tell apart): the table is read once, on the first lookup
    (~0.1 s), and looked up directly, as the package's own lookup re-tokenises every word."""

    _table: dict[str, float] | None = None

    def zipf(self, word: str) -> float:
        """The word's Zipf value, 0.0 for a word rarer than ``FLOOR``."""
        if self._table is None:
            self._table = _common_words()
        return self._table.get(word.lower(), 0.0)

    def is_rare(self, word: str, below: float = FLOOR) -> bool:
        """Rarer than ``below`` (at least ``FLOOR``; by default about once in a million words of English)."""
        if below < FLOOR:
            raise ValueError(f"rarity below Zipf {FLOOR} is not held (asked for {below})")
        return self.zipf(word) < below


def _common_words() -> dict[str, float]:
    from wordfreq import get_frequency_list  # only a claim check needs it: keep it off start-up

    # bucket i holds the words of frequency 10 ** (-i / 100), most frequent first: Zipf 9 - i / 100
    table: dict[str, float] = {}
    for index, bucket in enumerate(get_frequency_list("en")):
        zipf = round(9 - index / 100, 2)  # log10 of wordfreq's own frequency, 10 ** (-index / 100), plus 9
        if zipf < FLOOR:
            break
        for word in bucket:
            table[word] = zipf
    return table
