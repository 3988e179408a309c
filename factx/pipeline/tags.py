"""The model's attribute ruler, read once per kind of word instead of once per word.

fr_core_news_md's attribute ruler copies each word's part of speech to its fine tag (20 one-word rules, one
per part of speech) and mends a few whitespace tokens. spaCy runs it as a token Matcher and sets each match
through a Span and a Token, which costs a sixth of the parser's time on news text. Those rules test one word's
part of speech, whitespace flag or dependency only, so this component applies them once per such triple, in
the ruler's order (a later rule wins, as in ``AttributeRuler.match``), remembers the outcome, and writes the
tags back in one call. A ruler with any other kind of rule stays the model's own. tests/test_tags.py checks
that every word's tag, part of speech, morphology and dependency are the model's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs


@dataclass(frozen=True)
class Rule:
    pos: int | None  # the part of speech the word must have (a string hash), or any
    is_space: bool | None  # its whitespace flag, or any
    dep_not_in: tuple[int, ...] | None  # dependency labels it must not have, or any
    tag: int | None  # the tag the rule sets, if it sets one
    others: dict[int, Any]  # what else it sets (POS, MORPH, DEP): rare, set word by word


def plan(ruler: Any) -> list[Rule] | None:
    """The ruler's rules, or None when one of them is not a one-word test of POS, IS_SPACE, DEP."""
    strings = ruler.vocab.strings
    rules: list[Rule] = []
    for entry in ruler.patterns:
        patterns, attrs = entry["patterns"], dict(entry["attrs"])
        if entry.get("index", 0) not in (0, -1) or len(patterns) != 1 or len(patterns[0]) != 1:
            return None
        spec = patterns[0][0]
        if set(spec) - {"POS", "IS_SPACE", "DEP"} or set(attrs) - {"TAG", "POS", "MORPH", "DEP"}:
            return None
        pos, dep = spec.get("POS"), spec.get("DEP")
        if pos is not None and not isinstance(pos, str):
            return None
        if dep is not None and not (isinstance(dep, dict) and set(dep) == {"NOT_IN"}):
            return None
        tag = attrs.pop("TAG", None)
        rules.append(
            Rule(
                pos=strings.add(pos) if pos is not None else None,
                is_space=spec.get("IS_SPACE"),
                dep_not_in=tuple(strings.add(d) for d in dep["NOT_IN"]) if dep is not None else None,
                tag=strings.add(tag) if tag is not None else None,
                others=normalize_token_attrs(ruler.vocab, attrs) if attrs else {},
            )
        )
    return rules


class ArrayAttributeRuler:
    """Wraps the model's AttributeRuler whose rules ``plan`` could read (serialised as that ruler)."""

    def __init__(self, inner: Any, rules: list[Rule] | None) -> None:
        self.inner = inner
        self.rules = rules  # None: rules loaded later that plan cannot read, so the model's ruler runs
        # a word's outcome depends on its (part of speech, whitespace flag, dependency) alone: a few hundred keys
        self._outcome: dict[tuple[int, int, int], tuple[int | None, list[dict[int, Any]]]] = {}

    def _apply(self, pos: int, space: int, dep: int) -> tuple[int | None, list[dict[int, Any]]]:
        """The tag the rules leave (the last that sets one) and what else they set, in their order."""
        tag, others = None, []
        for rule in self.rules or []:
            if rule.pos is not None and pos != rule.pos:
                continue
            if rule.is_space is not None and bool(space) != rule.is_space:
                continue
            if rule.dep_not_in is not None and dep in rule.dep_not_in:
                continue
            if rule.tag is not None:
                tag = rule.tag
            if rule.others:
                others.append(rule.others)
        return tag, others

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            return self.inner(doc)
        if not len(doc):
            return doc
        try:
            rows = doc.to_array([POS, IS_SPACE, DEP, TAG])
            tags = rows[:, 3].copy()
            later: list[tuple[int, dict[int, Any]]] = []
            outcome = self._outcome
            for i, (pos, space, dep, _tag) in enumerate(rows.tolist()):
                key = (pos, space, dep)
                found = outcome.get(key)
                if found is None:
                    found = outcome[key] = self._apply(pos, space, dep)
                tag, others = found
                if tag is not None:
                    tags[i] = tag
                if others:
                    later += [(i, attrs) for attrs in others]
            doc.from_array([TAG], tags.reshape(-1, 1))
            for i, attrs in later:  # matched on the doc as it came, set in the rules' order
                set_token_attrs(doc[i], attrs)
        except Exception as e:
            self.inner.get_error_handler()("attribute_ruler", self, [doc], e)
        return doc

    def pipe(self, docs: Any, batch_size: int = 128) -> Any:
        for doc in docs:
            yield self(doc)

    def to_bytes(self, *, exclude: tuple = ()) -> bytes:
        return self.inner.to_bytes(exclude=exclude)

    def from_bytes(self, data: bytes, *, exclude: tuple = ()) -> ArrayAttributeRuler:
        self.inner.from_bytes(data, exclude=exclude)
        self.rules = plan(self.inner)
        self._outcome.clear()
        return self

    def to_disk(self, path: Any, *, exclude: tuple = ()) -> None:
        self.inner.to_disk(path, exclude=exclude)

    def from_disk(self, path: Any, *, exclude: tuple = ()) -> ArrayAttributeRuler:
        self.inner.from_disk(path, exclude=exclude)
        self.rules = plan(self.inner)
        self._outcome.clear()
        return self


@Language.factory("factx_attribute_ruler")
def make_attribute_ruler(nlp: Language, name: str) -> ArrayAttributeRuler:
    inner = nlp.get_pipe("attribute_ruler")
    return ArrayAttributeRuler(inner, plan(inner))


def use_array_attribute_ruler(nlp: Language) -> None:
    """Put the array reading in the model's attribute ruler's place, under its name, when it can read its rules."""
    if "attribute_ruler" not in nlp.pipe_names or plan(nlp.get_pipe("attribute_ruler")) is None:
        return
    nlp.add_pipe("factx_attribute_ruler", after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    nlp.rename_pipe("factx_attribute_ruler", "attribute_ruler")
