"""Technical terms a claim names that its cited work never does: a swapped disease, cell type, drug.

A writer paraphrases in common words, but a rare term (a disease, a drug, a mutant) is a fact:
if the title, abstract, keywords and MeSH never use it, nor a spelling or inflection of it, the
claim may have swapped it in ("retinoblastoma" for the study's "ocular melanoma", "cisplatin"
for its "verteporfin"). Where the term sits says what kind of swap it is: after "compared with",
"than", "combined with" or "as ... did" it is a comparator; next to "cells", "patients", "mice"
or shaped like a disease ("-oma", "-itis") it is a population. Elsewhere a missing term is left
alone: it may be the writer's own word.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from evidence.check.populations import GROUPS
from evidence.check.rarity import Rarity
from evidence.check.source import TOKEN_RE, SourceText, word_set
from evidence.model import fold

_CLAIM_WORD_RE = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")
_SPELLING = ((re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),
             (re.compile(r"(?<=[a-z]{3})ys(e|ed|es|ing)$"), r"yz\1"), (re.compile(r"our(?=s?$)"), "or"),
             (re.compile(r"ae"), "e"), (re.compile(r"(?<=[a-z])oe(?=[a-z])"), "e"), (re.compile(r"^oe"), "e"))
#: Words that say who or what was studied, right after the term that names them ("osteosarcoma cells").
_PEOPLE = word_set("""cell cells line lines patient patients people adults children mice mouse rats rat tumour tumours
    tumor tumors cancer cancers carcinoma carcinomas disease diseases syndrome infection infections women men
    participants survivors recipients users smokers xenografts xenograft tissue tissues biopsies samples
    specimens models model lesions cohort families households communities villagers residents immigrants
    workers soldiers veterans athletes divers students nurses physicians volunteers monkeys dogs rabbits
    pigs piglets cats hamsters sheep calves ewes baboons primates""")
#: Body parts (and a few conditions) in lay words and the words abstracts use for them: one thing, two registers
#: (and a body part's adjective spelled apart from its noun: "sacral" where the abstract says "sacrum").
_LAY_WORDS = {lay: forms for group in (
    ("gut", "intestine", "intestinal", "bowel", "gastrointestinal"), ("belly", "abdomen", "abdominal"),
    ("heart", "cardiac", "myocardial", "myocardium"), ("kidney", "renal", "nephric"), ("liver", "hepatic"),
    ("lung", "pulmonary"), ("brain", "cerebral"), ("skin", "cutaneous", "dermal", "epidermal"),
    ("stomach", "gastric"), ("womb", "uterus", "uterine"), ("bone", "osseous", "skeletal"),
    ("eye", "ocular", "ophthalmic"), ("breast", "mammary"), ("blood", "haematological", "hematological"),
    ("mouth", "oral"), ("gum", "gingival"), ("tooth", "teeth", "dental"), ("spine", "spinal", "vertebral", "vertebra"),
    ("ovary", "ovaries", "ovarian"), ("prostate", "prostatic"), ("pancreas", "pancreatic"), ("cervix", "cervical"),
    ("esophagus", "oesophagus", "esophageal", "oesophageal"), ("testis", "testes", "testicular"), ("colon", "colonic"),
    ("rectum", "rectal"), ("spleen", "splenic"), ("nose", "nasal"), ("throat", "pharyngeal"),
    ("miscarriage", "miscarriages", "abortion", "abortions"), ("heartburn", "reflux", "gord", "gerd"),
    ("chickenpox", "varicella"), ("shingles", "zoster"), ("measles", "rubeola", "morbilli"), ("rubella", "german"),
    ("gallstones", "gallstone", "cholelithiasis"), ("bedsores", "bedsore", "ulcer", "ulcers"),
    ("sacrum", "sacral"), ("cranium", "cranial"), ("sternum", "sternal"), ("ileum", "ileal"), ("duodenum", "duodenal"),
    ("cecum", "caecum", "cecal", "caecal"), ("septum", "septal"), ("atrium", "atrial"), ("endometrium", "endometrial"),
    ("pericardium", "pericardial"), ("peritoneum", "peritoneal"), ("cerebellum", "cerebellar"),
    ("coccyx", "coccygeal"), ("vein", "veins", "venous"), ("artery", "arteries", "arterial"),
    ("feces", "fecal", "stool", "stools"), ("urine", "urinary"), ("bile", "biliary"), ("apex", "apical"))
    for lay in group for forms in [tuple(w for w in group if w != lay)]}
#: Nations and peoples: ``populations`` knows "Scottish" is Scotland's, so they are its to check.
_PLACES = frozenset(w.lower() for group in ("nationality", "ethnicity") for m in GROUPS.get(group, ())
                    for phrase in (*m.triggers, *m.also) for w in phrase.split())
_LINKS = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an", "with", "s"})
_PEOPLE_AFTER_RE = re.compile(r"\s+(?:" + "|".join(sorted(_PEOPLE)) + r")\b", re.I)
#: The shape of a disease or a cell type's name.
_DISEASE_RE = re.compile(r"(?:omas?|emias?|itis|osis|opathy|opathies|cytic|blastic|cellular|plasia|trophy)$")
#: The shape of a drug's name (international non-proprietary stems).
_DRUG_RE = re.compile(r"(?:mab|nib|platin|mycin|micin|cillin|azole|statin|pril|sartan|olol|dipine|vir|parin|"
                      r"farin|profen|xifen|zepam|oxetine|triptan|caine|olone|cycline|floxacin|tidine|prazole|"
                      r"gliptin|glitazone|lukast|setron|dronate|formin|tinib|ciclib|lisib|rafenib|zumab|ximab)$")
#: Openers of the phrase a claim compares with.
_COMPARE_RE = re.compile(r"\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|versus|vs\.?|"
                         r"than|unlike|(?:much\s+)?like|similar\s+to|combined\s+with|in\s+combination\s+with|"
                         r"plus|added\s+to|rather\s+than|instead\s+of|(?:much\s+)?as)\s+", re.I)
_PHRASE_END_RE = re.compile(r"[,;:.()\[\]]|\s(?:and|but|while|whereas|which|that|in|at|for|on|by|to|did|does|do|"
                            r"was|were|had|has|is|are|when|after|during)\b", re.I)


@dataclass(frozen=True)
class NovelTerm:
    """A rare word of the claim the work never uses, where it stands, and what it names."""

    word: str
    start: int
    role: str  # "comparator" | "population"


@lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    word = fold(word).lower().replace("\u2019", "'")
    word = word.split("'")[0]
    for pattern, repl in _SPELLING:
        word = pattern.sub(repl, word)
    return word


_HYPHENATED_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
#: Prefixes left hanging for the word that ends the list: "normo-, oligo- or azoospermia", "pre- and postoperative".
_SUSPENDED_RE = re.compile(r"\b((?:[^\W\d_]{2,}-,?\s+(?:(?:and|or|to)\s+)?)+)([^\W\d_]{4,})")
_SUSPENDED_PREFIX_RE = re.compile(r"([^\W\d_]{2,})-")
#: The shape of a disease's name, whose adjective is not its prefix ("pancreatitis" is not "pancreatic").
_DISEASE_NAME_RE = re.compile(r"(?:itis|osis)$")


def _completed(text: str) -> set[str]:
    """The words a suspended prefix stands for: each prefix with the last word's stem, for the few
    ways the stem may start ("normo-" + "azoospermia" is "normozoospermia")."""
    out: set[str] = set()
    for m in _SUSPENDED_RE.finditer(text):
        last = m.group(2)
        for prefix in _SUSPENDED_PREFIX_RE.findall(m.group(1)):
            out.update(_norm(prefix + last[k:]) for k in range(5))
    return out


class Vocabulary:
    """Every word a work uses (title, abstract, keywords, MeSH, long forms of its abbreviations), for
    "does it ever say this, in any spelling or inflection?"."""

    def __init__(self, source: SourceText) -> None:
        words: set[str] = set()
        for text in [s.text for s in source.sentences] + [source.haystack(), source.keywords, *source.mesh]:
            tokens = TOKEN_RE.findall(text)
            for token in tokens:
                words.add(_norm(token))
            for first, second in zip(tokens, tokens[1:], strict=False):  # "gall stone" is the writer's "gallstone"
                if len(first) >= 3 and len(second) >= 3 and first.isalpha() and second.isalpha():
                    words.add(_norm(first + second))
            for compound in _HYPHENATED_RE.findall(text):  # "Anti-Arrhythmic" is the writer's "antiarrhythmic"
                words.add(_norm(compound.replace("-", "")))
            words.update(_completed(text))
        self._sorted = sorted(words)
        self._words = words
        self._texts = [s.text for s in source.sentences]
        self._initials: set[str] | None = None

    def initialisms(self) -> set[str]:
        """Every run of 2-6 words' first letters ("AFLW" for "Australian Football League Women's"), stop
        words skipped, for acronyms the text never defines."""
        if self._initials is None:
            self._initials = set()
            for text in self._texts:
                firsts = [w[0].lower() for w in TOKEN_RE.findall(text) if w.lower() not in _LINKS]
                for n in range(2, 7):
                    self._initials.update("".join(firsts[i:i + n]) for i in range(len(firsts) - n + 1))
        return self._initials

    def __contains__(self, word: str) -> bool:
        if 2 <= len(word) <= 6 and word.isupper() and word.lower() in self.initialisms():
            return True
        word = _norm(word)
        if word in self._words or word.rstrip("s") in self._words or f"{word}s" in self._words \
                or word.endswith("es") and word[:-2] in self._words:  # "masses" where it says "mass"
            return True
        if any(self._has_prefix(other) for other in _LAY_WORDS.get(word, ())):
            return True  # "the gut" where the abstract says "intestinal"
        named = re.fullmatch(r"([a-z]{6,}?)(?:iasis|osis)", word)
        if named and any(f"{named.group(1)}{end}" in self._words for end in ("a", "ae", "as", "us", "i")):
            return True  # "babesiosis" where the abstract says "babesiae"
        if word.endswith("osis") and f"{word[:-3]}tic" in self._words:
            return True  # "sclerosis" where the abstract says "sclerotic"
        if word.endswith("itic") and any(w.endswith(f"{word[:-1]}s") for w in self._words):
            return True  # "arthritic" where the abstract says "osteoarthritis"
        return self._has_prefix(word)

    def _inflamed(self) -> bool:
        at = bisect.bisect_left(self._sorted, "inflam")
        return at < len(self._sorted) and self._sorted[at].startswith("inflam")

    def _has_prefix(self, word: str) -> bool:
        cut = 2 if _DISEASE_NAME_RE.search(word) and not (word.endswith("itis") and self._inflamed()) else 3
        # ("pancreatitis" must not meet "pancreatic", unless the abstract speaks of "pancreatic inflammation")
        prefix = word[:max(5, len(word) - cut)]  # "overexpression" meets "overexpressed"
        at = bisect.bisect_left(self._sorted, prefix)
        return at < len(self._sorted) and self._sorted[at].startswith(prefix)


def _candidates(clause: str, rarity: Rarity, names: frozenset[str]) -> list[tuple[str, int]]:
    """The claim's rare words (each part of a hyphenated one), skipping authors' names and the writer's
    adverbs and verb forms (rare, but how something was said, not what)."""
    out = []
    for match in _CLAIM_WORD_RE.finditer(clause):
        offset = match.start()
        for part in re.split(r"([-/])", match.group()):
            word = part.lower()
            proper = part[:1].isupper() and offset > 0 and _PEOPLE_AFTER_RE.match(clause, offset + len(part))
            if len(word) >= 4 and not word.isdigit() and _norm(word) not in names | _PLACES | _HOW_SAID \
                    and not re.search(
                    r"(?:ly|ed|ing|ize|ise|ized|ised|izes|ises|fold)$", word) and not _superlative(word, rarity) and (
                    rarity.is_rare(word) or _DISEASE_RE.search(word) and rarity.is_rare(word, 3.5)
                    or proper and rarity.is_rare(word, 5.0)  # a place or people's name: "Hong Kong families"
                    or _who_has(clause, part, offset) and rarity.is_rare(word, 4.0)
                    or _SITE_OF_RE.search(clause[:offset]) and rarity.is_rare(word, 5.0)):  # a body part's name
                out.append((part, offset))
            offset += len(part)
    return out


#: Adverbs and links that do not end in -ly: how a thing was said, never a term ("in children with cancer seldom
#: severe").
_HOW_SAID = word_set("""seldom often always never sometimes hence thus thereby therefore whereas albeit whilst amongst
    moreover furthermore nevertheless nonetheless otherwise somewhat""")


def _who_has(clause: str, part: str, offset: int) -> bool:
    """Does the word name what the people studied have ("patients with [schizophrenia]", "breast, [colorectal]
    and prostate tumours")? There a disease as common as schizophrenia is still a fact to find (not a word
    that grades it, nor one the population groups read)."""
    return part.lower() not in _NOT_WHAT_THEY_HAVE and clause[offset + len(part):][:1] != "-" and bool(
        _WITH_RE.search(clause[:offset]) or _LISTED_BEFORE_RE.match(clause, offset + len(part))
        or _SITE_OF_RE.search(clause[:offset]))  # (not the "ANCA" of "patients with ANCA-associated vasculitis": a
    # part of the name; and where their disease sits: "carcinomas of the [tongue]")


_GRADES = word_set("""advanced early late stage metastatic unresectable newly diagnosed severe moderate mild active
    locally primary recurrent refractory relapsed untreated treated sporadic onset positive negative chronic acute
    high higher low lower normal known suspected probable possible confirmed clinical major minor type grade stable
    small large multiple single other different various similar same several many both""")
_NOT_WHAT_THEY_HAVE = _GRADES | frozenset(w.lower() for members in GROUPS.values() for m in members
                                          for p in (*m.triggers, *m.also) for w in p.split())


def _superlative(word: str, rarity: Rarity) -> bool:
    """"commonest", "sickest": a common adjective made a superlative is how a thing was said, not a term."""
    return word.endswith("est") and len(word) > 6 and (not rarity.is_rare(word[:-3]) or not rarity.is_rare(word[:-2]))


def _role(clause: str, word: str, start: int) -> str | None:
    """Is the term what the claim compares with, or who was studied? None when neither is clear."""
    for match in _COMPARE_RE.finditer(clause, max(0, start - 80), start + 1):
        rest = clause[match.end():]
        stop = _PHRASE_END_RE.search(rest)
        if match.end() <= start < match.end() + (stop.start() if stop else len(rest)):
            return "comparator"
    if re.match(r"\s*(?:\w+\s+)?(?:did|does|do)\b", clause[start + len(word):]) and re.search(
            r"\b(?:as|like)\s+(?:\S+\s+){0,5}$", clause[:start]):
        return "comparator"  # "much as the BCR-ABL inhibitor imatinib did"
    after = [w.lower() for w in _CLAIM_WORD_RE.findall(clause[start + len(word):])[:2]]
    if after[:1] and after[0] in _CARE and not _DISEASE_RE.search(word.lower()):
        after = []  # "Before antithyroid treatment, patients with ...": a kind of care, not who was studied
    if _DISEASE_RE.search(word.lower()) or any(w in _PEOPLE for w in after) or _who_has(clause, word, start):
        return "population"
    if _DRUG_RE.search(word.lower()):
        return "comparator"  # a drug the study never gave: the arms the claim names are not the study's
    return None


#: Nouns of care: the word before one says what kind of care ("antithyroid treatment"), not who had it.
_CARE = frozenset({"treatment", "treatments", "therapy", "therapies", "drugs", "medication", "medications", "regimen",
                   "regimens", "prophylaxis", "agents"})
#: "patients with [schizophrenia]", "children affected by [autism]": what the people studied have.
_WITH_RE = re.compile(r"\b(?:patients|people|persons|children|adults|women|men|subjects|individuals|those|cases|mice|"
                      r"rats|infants|adolescents|participants)\s+(?:with|affected\s+by|suffering\s+from|diagnosed\s+"
                      r"with|who\s+had)\s+(?:(?!(?:had|has|have|was|were|is|are|showed|shows|show|using|used|who|that|"
                      r"which|did|does|do|and|or|but|than)\b)[\w-]+\s+){0,2}$", re.I)
# (not "men with schizophrenia had [thinner] cortex")
#: "squamous cell carcinomas of the [tongue]": where the disease the people studied have sits.
_SITE_OF_RE = re.compile(r"\b(?:cancers?|carcinomas?|tumou?rs?|sarcomas?|lymphomas?|melanomas?|adenomas?|"
                         r"adenocarcinomas?|neoplasms?|metastases|fractures?|ulcers?|ulcerations?)\s+of\s+(?:the\s+)?$",
                         re.I)
#: "breast, lung, [colorectal] and prostate tumours": one of a list that ends in who or what was studied.
_LISTED_BEFORE_RE = re.compile(r"(?:\s*,\s*[\w-]+){0,4},?\s+(?:and|or)\s+[\w-]+\s+(?:" + "|".join(sorted(_PEOPLE)) +
                               r")\b", re.I)
#: A mouse strain named by its genotype: "db/db", "ob/ob", "mdx/mdx" (two short words joined, before "mice").
_STRAIN_RE = re.compile(r"(?<![\w/-])([a-z]{1,4})/\1(?![\w/-])(?=\s+(?:mice|mouse|rats?)\b)", re.I)


def _strains(clause: str, source: SourceText) -> list[NovelTerm]:
    """Strains the claim names and the abstract never does ("db/db mice" where it studied "ob/ob mice")."""
    named = list(_STRAIN_RE.finditer(clause))
    if not named:
        return []
    hay = " ".join(s.text.lower() for s in source.sentences)
    return [NovelTerm(m.group(), m.start(), "population") for m in named if m.group().lower() not in hay]


def author_names(authors: str) -> frozenset[str]:
    """The words of a work's author list, as ``novel_terms`` compares them: a cited surname is no term."""
    return frozenset(_norm(w) for w in TOKEN_RE.findall(authors))


def novel_terms(clause: str, source: SourceText, rarity: Rarity, names: frozenset[str],
                vocabulary: Vocabulary | None = None) -> list[NovelTerm]:
    """The claim's rare terms that the work never uses, with the role their place in the claim gives
    (``names``: the authors' words, from ``author_names``)."""
    out = _strains(clause, source)
    found = _candidates(clause, rarity, names)
    if not found:
        return out
    vocab = vocabulary or Vocabulary(source)
    for word, start in found:
        if word in vocab:
            continue
        role = _role(clause, word, start)
        if role is not None:
            out.append(NovelTerm(word, start, role))
    return _joined(clause, out)


def _joined(clause: str, terms: list[NovelTerm]) -> list[NovelTerm]:
    """"Ulcerative colitis" is one term the work never uses, not two: neighbours of one role, apart only by a space
    or a hyphen, make one flag."""
    out: list[NovelTerm] = []
    for term in sorted(terms, key=lambda t: t.start):
        last = out[-1] if out else None
        if last is not None and last.role == term.role and re.fullmatch(
                r"[\s-]+", clause[last.start + len(last.word):term.start] or "x"):
            out[-1] = NovelTerm(clause[last.start:term.start + len(term.word)], last.start, last.role)
        else:
            out.append(term)
    return out
