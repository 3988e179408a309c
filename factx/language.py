"""Which language an article is in: factx reads French; an article in another language is reported, not
analysed (its "1.05 billion euros" would be read as 1,05 × 10¹² EUR).

py3langid (langid.py's model, 4.5 MB, numpy only, which spaCy already needs) was right on 130 of 130 short
French and English news sentences and headlines, at 0.08 ms each; lingua on 126 (96 MB, 2 ms each, 6 s to
load); fasttext-langdetect downloads its model at first use, which an offline machine cannot do
(bench/compare_language.py, README).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

FRENCH = "fr"
# Below this many letters, a text says too little to be judged: it is read as French.
MIN_LETTERS = 20
# Enough text to judge an article by; the start is the most telling part (no comment threads yet).
SAMPLE_CHARS = 5000
# Another language only when the identifier is sure of it: a list of names ("OpenAI, Microsoft, Azure") is
# no language at all, and is better read than dropped.
MIN_CONFIDENCE = 0.3


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


# Plain French prose says so in its function words: with at least this many words, of which this share are
# French-only function words and almost none English ones, the text is French and the identifier (0.4 s to
# load, 1 ms an article) is not asked. On the 109 French articles of the project's sets the French share is
# 0.11 to 0.3 and the English one at most 0.021; on English news 0.006 and 0.35, on Spanish and Italian 0.
CLEAR_WORDS = 40
CLEAR_FRENCH_SHARE = 0.08
CLEAR_ENGLISH_SHARE = 0.04
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _function_words() -> tuple[frozenset[str], frozenset[str]]:
    """French function words that are none of English, Spanish, Italian, Portuguese or German ones
    ("les", "des", "est", "dans"), and English ones that are not French (spaCy's stop word lists)."""
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.es.stop_words import STOP_WORDS as ES
    from spacy.lang.fr.stop_words import STOP_WORDS as FR
    from spacy.lang.it.stop_words import STOP_WORDS as IT
    from spacy.lang.pt.stop_words import STOP_WORDS as PT

    return frozenset(FR - EN - ES - IT - PT - DE), frozenset(EN - FR)


def clearly_french(sample: str) -> bool:
    """Whether the text is plainly French prose by its function words alone."""
    words = _WORD.findall(sample.lower())
    if len(words) < CLEAR_WORDS:
        return False
    french, english = _function_words()
    fr = sum(map(french.__contains__, words))
    en = sum(map(english.__contains__, words))
    return fr >= CLEAR_FRENCH_SHARE * len(words) and en <= CLEAR_ENGLISH_SHARE * len(words)


def identify(text: str) -> tuple[str, float] | None:
    """(ISO 639-1 code, probability) of the text's language; None when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    # the first MIN_LETTERS letters decide: no need to count the other thousands
    if next(islice(filter(str.isalpha, sample), MIN_LETTERS - 1, None), None) is None:
        return None
    if clearly_french(sample):
        return FRENCH, 1.0
    lang, prob = _identifier().classify(sample)
    return str(lang), float(prob)


def not_french(text: str) -> str | None:
    """The language code when the text is clearly in another language than French, else None."""
    found = identify(text)
    if found is None or found[0] == FRENCH or found[1] < MIN_CONFIDENCE:
        return None
    return found[0]
