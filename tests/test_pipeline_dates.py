"""The factx_dates spaCy component, on a blank French pipeline (no model needed)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import factx.pipeline.dates  # noqa: F401  (registers the factory)
from factx.pipeline.extensions import AMOUNTS, DATES


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("factx_dates")
    return nlp


def run(nlp: Language, text: str, pub: str | None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.factx_pub_date = pub
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


@pytest.mark.parametrize(
    "text,pub,expected",
    [
        ("En 2019, le groupe avait investi 1 milliard d'euros.", None, [("En 2019", "2019", "year", False)]),
        ("Lundi, OpenAI a annoncé un accord.", "2023-01-25", [("Lundi", "2023-01-23", "day", True)]),
        ("Lundi, OpenAI a annoncé un accord.", None, [("Lundi", None, "day", True)]),
        (
            "Aujourd'hui, 2 millions de personnes l'utilisent.",
            "2022-10",
            [("Aujourd'hui", "2022-10", "month", True)],
        ),
        (
            "Le rachat, bouclé au troisième trimestre 2023, est validé.",
            None,
            [("troisième trimestre 2023", "2023-Q3", "quarter", False)],
        ),
    ],
)
def test_spans_and_values(nlp: Language, text: str, pub: str | None, expected: list[tuple]) -> None:
    doc = run(nlp, text, pub)
    got = [
        (s.text, s._.factx_date["value"], s._.factx_date["grain"], s._.factx_date["relative"])
        for s in doc.spans[DATES]
    ]
    assert got == expected


def test_masked_header_and_pub_date(nlp: Language) -> None:
    text = " " * len(" date 2022-10") + " Ces derniers jours, Microsoft a investi. En 2019, déjà."
    doc = run(nlp, text, "2022-10")
    assert [(s.text, s._.factx_date["value"]) for s in doc.spans[DATES]] == [
        ("Ces derniers jours", None),
        ("En 2019", "2019"),
    ]


def test_amount_spans_win(nlp: Language) -> None:
    doc = nlp.make_doc("La prime de 2019 euros a été versée en 2020.")
    doc._.factx_pub_date = None
    doc.spans[AMOUNTS] = [doc.char_span(12, 22, alignment_mode="expand")]
    nlp.get_pipe("factx_dates")(doc)
    assert [s.text for s in doc.spans[DATES]] == ["en 2020"]


def test_empty_and_call_through_nlp(nlp: Language) -> None:
    assert list(nlp("").spans[DATES]) == []
    doc = nlp("Le contrat a été signé le 23/01/2023.")
    assert [s._.factx_date["value"] for s in doc.spans[DATES]] == ["2023-01-23"]


def test_declared_assigns() -> None:
    meta = Language.get_factory_meta("factx_dates")
    assert "doc.spans" in meta.assigns


def test_serialisation_round_trip(nlp: Language, tmp_path) -> None:
    nlp.to_disk(tmp_path / "nlp")
    again = spacy.load(tmp_path / "nlp")
    doc = again("Il y a deux semaines, le fonds a levé 50 millions.")
    assert [s.text for s in doc.spans[DATES]] == ["Il y a deux semaines"]


def _parsed_values(text: str, pub: str) -> list[str]:
    """The date values the full pipeline (the parse and its tenses) gives ``text`` published on ``pub``."""
    from factx.pipeline import load_pipeline

    doc = load_pipeline().make_doc(text)
    doc._.factx_pub_date = pub
    doc = load_pipeline()(doc)
    return [s._.factx_date["value"] for s in doc.spans[DATES]]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, pub, value",
    [
        # told in the past: the last such day before the article
        ("Le 26 juillet, Stellantis a publié ses comptes.", "2024-06", "2023-07-26"),
        ("Les actionnaires de Suez avaient approuvé le plan en octobre.", "2020-08", "2019-10"),
        # a date hung on the figure is its clause's: the price told in the past
        ("Lactalis avait acquis Nuvia pour 400 millions d'euros en septembre.", "2024-06", "2023-09"),
        # (a participle the tagger took for an adjective, with its auxiliary)
        ("Nuvia, dont la facture s'est élevée à 185 millions d'euros en juillet.", "2026-02-19", "2025-07"),
        # a date a noun holds, a season or more ahead of the article, in a clause told in the past
        ("La société Corvel a abattu ses cartes fin août.", "2021-02-15", "2020-08"),
        (
            "La brasserie ne disposait plus que de 3 millions d'euros de liquidités fin décembre.",
            "2026-03-05",
            "2025-12",
        ),
        (
            "Pour la reprise de l'enseigne, placée en redressement judiciaire en novembre, le tribunal a retenu Velmor.",
            "2017-03-10",
            "2016-11",
        ),
        # told in the future, or dating a noun, or in a passive with a modal: the next one
        ("Le 26 juillet, Stellantis publiera ses comptes.", "2024-06", "2024-07-26"),
        (
            "Les syndicats ont appelé à une journée de mobilisation le 19 septembre.",
            "2024-09-10",
            "2024-09-19",
        ),
        ("Un accord pourrait être annoncé d'ici la fin du mois de juin.", "2024-04", "2024-06"),
        ("Lactalis versera 400 millions d'euros en septembre.", "2024-06", "2024-09"),
    ],
)
def test_a_day_told_in_the_past_is_the_last_one(text: str, pub: str, value: str) -> None:
    assert _parsed_values(text, pub) == [value]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, pub, value",
    [
        # a month named before the article's, told to come: next year's
        ("L'audience d'examen des offres est fixée au 14 janvier.", "2024-12-10", "2025-01-14"),
        ("Le rachat de Corvel devrait être finalisé début janvier.", "2024-12-19", "2025-01"),
        ("Le chantier informatique démarrera en janvier.", "2026-11-16", "2027-01"),
        ("La brasserie Kerlan devrait annoncer le 3 février un plan de départs.", "2026-04-20", "2027-02-03"),
        # a planning participle with no auxiliary tells what is to come, not what was
        (
            "Le groupe présentera son plan lors d'une journée investisseurs prévue en juin.",
            "2026-02-27",
            "2026-06",
        ),
        (
            "Prochain rendez-vous : le chiffre d'affaires du trimestre, attendu fin avril.",
            "2026-03-05",
            "2026-04",
        ),
        # told in the past, or a weekday with no month: as before
        ("La société Velmor a été rachetée en novembre pour 20 millions d'euros.", "2026-04-20", "2025-11"),
        ("Le 6 janvier, la coopérative a annoncé un plan social.", "2026-04-20", "2026-01-06"),
        ("La finalisation avait été fixée au 3 février.", "2026-04-20", "2026-02-03"),
        # "depuis" dates what has been, whatever the sentence's mood
        (
            "Cette levée confirmerait l'appétit des fonds, dont les tours se sont multipliés depuis janvier.",
            "2026-05-27",
            "2026-01",
        ),
    ],
)
def test_a_month_told_to_come_is_the_next_one(text: str, pub: str, value: str) -> None:
    assert _parsed_values(text, pub) == [value]
