"""The model's French lemmatizer, with its word lists as sets and a cache keyed on (word, part of speech).

spaCy's rule-based French lemmatizer (``spacy.lang.fr.lemmatizer.FrenchLemmatizer.rule_lemmatize``) derives a
lemma from the word and its part of speech only, but looks the word and each rule's candidate up in the
lemma index, which the model stores as lists of up to 66,000 words: each new word scans them, and on news text
that costs as much as the parser. This component applies the same procedure, step for step, with those lists
as sets, caches each (word, part of speech) pair, and reads and writes the doc's arrays once. Lemmas the
attribute ruler already set are kept, as the lemmatizer keeps them. tests/test_lemmas.py checks that every
lemma is the model's.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

# the parts of speech FrenchLemmatizer.rule_lemmatize applies its rules to; others take the lookup table
RULE_POS = frozenset({"noun", "verb", "adj", "adp", "adv", "aux", "cconj", "det", "pron", "punct", "sconj"})


class CachedLemmatizer:
    """Wraps a rule-mode lemmatizer whose lemma depends on (orth, pos) alone (spaCy's FrenchLemmatizer)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        # (orth, pos) -> lemma; strings, not hashes: a memory zone may free a hash's string between docs
        self.cache: dict[tuple[int, int], str] = {}
        self._index: dict[str, frozenset[str]] = {}

    def lemma(self, text: str, univ_pos: str) -> str:
        """FrenchLemmatizer.rule_lemmatize's first form, with the index lists read as sets."""
        if univ_pos in ("", "eol", "space"):
            return text.lower()
        lookups = self.inner.lookups
        lookup_table = lookups.get_table("lemma_lookup", {})
        if "lemma_rules" not in lookups or univ_pos not in RULE_POS:
            found = lookup_table.get(text, text)  # Lemmatizer.lookup_lemmatize
            return found if isinstance(found, str) else found[0]
        index = self._index.get(univ_pos)
        if index is None:
            index = self._index[univ_pos] = frozenset(lookups.get_table("lemma_index", {}).get(univ_pos, []))
        string = text.lower()
        if string in index:
            return string
        forms = list(lookups.get_table("lemma_exc", {}).get(univ_pos, {}).get(string, []))
        oov_forms = []
        if not forms:
            for old, new in lookups.get_table("lemma_rules", {}).get(univ_pos, []):
                if string.endswith(old):
                    form = string[: len(string) - len(old)] + new
                    if not form:
                        pass
                    elif form in index or not form.isalpha():
                        forms.append(form)
                    else:
                        oov_forms.append(form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            # as FrenchLemmatizer does: a string value gives its first character (the model's tables hold lists)
            forms.append(lookup_table.get(string, [string])[0])
        return forms[0]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        try:
            rows = doc.to_array([ORTH, POS, LEMMA])
            strings = doc.vocab.strings
            cache = self.cache
            overwrite = bool(getattr(self.inner, "overwrite", False))
            out = numpy.empty(len(doc), dtype="uint64")
            for i, (orth, pos, lemma) in enumerate(rows.tolist()):
                if lemma and not overwrite:
                    out[i] = lemma
                    continue
                found = cache.get((orth, pos))
                if found is None:
                    found = cache[(orth, pos)] = self.lemma(strings[orth], strings[pos].lower())
                out[i] = strings.add(found)
            doc.from_array([LEMMA], out.reshape(-1, 1))
        except Exception as e:
            # the model's lemmatizer's error handler decides, as it would have for that lemmatizer
            self.inner.get_error_handler()("lemmatizer", self, [doc], e)
        return doc

    # serialised as the model's lemmatizer (its lookup tables): the cache is rebuilt as words come
    def to_bytes(self, *, exclude: tuple = ()) -> bytes:
        return self.inner.to_bytes(exclude=exclude)

    def from_bytes(self, data: bytes, *, exclude: tuple = ()) -> CachedLemmatizer:
        self.inner.from_bytes(data, exclude=exclude)
        self.cache.clear()
        self._index.clear()
        return self

    def to_disk(self, path: Any, *, exclude: tuple = ()) -> None:
        self.inner.to_disk(path, exclude=exclude)

    def from_disk(self, path: Any, *, exclude: tuple = ()) -> CachedLemmatizer:
        self.inner.from_disk(path, exclude=exclude)
        self.cache.clear()
        self._index.clear()
        return self

    def pipe(self, docs: Any, batch_size: int = 128) -> Any:
        for doc in docs:
            yield self(doc)


def cacheable(lemmatizer: Any) -> bool:
    """A lemmatizer whose lemmas depend on the word and its part of speech only: spaCy's French one in rule
    mode (its ``rule_lemmatize`` caches on exactly that pair)."""
    return type(lemmatizer).__name__ == "FrenchLemmatizer" and getattr(lemmatizer, "mode", None) == "rule"


@Language.factory("factx_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.get_pipe("lemmatizer"))


def use_cached_lemmatizer(nlp: Language) -> None:
    """Put the cached reading in the model's lemmatizer's place, under its name, when it gives the same lemmas."""
    if "lemmatizer" not in nlp.pipe_names or not cacheable(nlp.get_pipe("lemmatizer")):
        return
    nlp.add_pipe("factx_lemmatizer", after="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    nlp.rename_pipe("factx_lemmatizer", "lemmatizer")
