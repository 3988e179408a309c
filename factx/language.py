"""Which language an article is in: factx reads French; an article in another language is reported, not
analysed (its "1.05 billion euros" would be read as 1,05 × 10¹² EUR).

py3langid (langid.py's model, 4.5 MB, numpy only, which spaCy already needs) was right on 130 of 130 short
French and English news sentences and headlines, at 0.08 ms each; lingua on 126 (96 MB, 2 ms each, 6 s to
load); fasttext-langdetect downloads its model at first use, which an offline machine cannot do
(bench/compare_language.py, README).
"""

from __future__ import annotations

from functools import cache

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


def identify(text: str) -> tuple[str, float] | None:
    """(ISO 639-1 code, probability) of the text's language; None when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    lang, prob = _identifier().classify(sample)
    return str(lang), float(prob)


def not_french(text: str) -> str | None:
    """The language code when the text is clearly in another language than French, else None."""
    found = identify(text)
    if found is None or found[0] == FRENCH or found[1] < MIN_CONFIDENCE:
        return None
    return found[0]
