"""The parse repair on the real French model: an opening participle's clause hangs on the main verb."""

from __future__ import annotations

import pytest
from conftest import claims_of

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    from factx.pipeline import load_pipeline

    return load_pipeline()


@pytest.mark.parametrize(
    "text,participle,verb,subject",
    [
        # the participle made the root, the company its complement, the main verb a second root
        (
            "Fondée en 2016 par Inès Morel et Paul Ardent, Tarvik a réalisé un chiffre d'affaires de 80 millions "
            "d'euros l'an dernier.",
            "Fondée",
            "réalisé",
            "Tarvik",
        ),
        # the participle left a root of its own beside a main clause parsed right
        (
            "Fondée en 2018 par Claire Morin et Hugo Vidal, la société a réalisé 9 millions d'euros de chiffre "
            "d'affaires l'an dernier.",
            "Fondée",
            "réalisé",
            "société",
        ),
        ("Fondée en 2020 par des anciens de Dassault Systèmes, Kalvane n'a pas perdu de temps.", "Fondée", "perdu", "Kalvane"),
    ],
)  # fmt: skip
def test_an_opening_participle_hangs_on_the_main_verb(nlp, text, participle, verb, subject):
    doc = nlp(text)
    roots = [t.text for t in doc if t.dep_ == "ROOT"]
    assert roots == [verb], [(t.text, t.dep_, t.head.text) for t in doc]
    part = next(t for t in doc if t.text == participle)
    assert (part.dep_, part.head.text) == ("advcl", verb)
    assert [t.text for t in doc if t.dep_.startswith("nsubj")] == [subject]


def test_the_repaired_parse_gives_the_founding_and_the_main_clauses_company(nlp):
    text = (
        "Fondée en 2016 par Inès Morel et Paul Ardent, Tarvik a réalisé un chiffre d'affaires de 80 millions "
        "d'euros l'an dernier."
    )
    claims = claims_of(nlp, text, "2025-03-12")
    assert {(c["frame"], c["subject"]["canonical"]) for c in claims} == {
        ("revenue", "Tarvik"),
        ("founding", "Tarvik"),
    }


def test_a_sentence_that_opens_otherwise_is_left_alone(nlp):
    doc = nlp("Tarvik a réalisé un chiffre d'affaires de 80 millions d'euros, fondée en 2016 par Inès Morel.")
    assert [t.text for t in doc if t.dep_ == "ROOT"] == ["réalisé"]


@pytest.mark.parametrize(
    "text,verb,figure_dep",
    [
        ("Chez Valeo, 402 postes vont être supprimés à Lannion, soit la moitié de l'effectif.", "supprimés", "nsubj:pass"),
        ("Sur les 400 salariés du site, 122 vont perdre leur emploi.", "perdre", "nsubj"),
    ],
)  # fmt: skip
def test_the_near_future_s_infinitive_is_the_clause_s_verb(nlp, text, verb, figure_dep):
    """ "vont être supprimés": "aller" is the infinitive's auxiliary, the figure the infinitive's subject."""
    doc = nlp(text)
    main = next(t for t in doc if t.text == verb)
    aller = next(t for t in doc if t.lower_ == "vont")
    assert main.dep_ == "ROOT" and (aller.dep_, aller.head.i) == ("aux", main.i), [
        (t.text, t.dep_, t.head.text) for t in doc
    ]
    assert figure_dep in [c.dep_ for c in main.children]


def test_a_job_cut_in_the_near_future_is_a_layoff(nlp):
    claims = claims_of(
        nlp,
        "Valeo ferme son usine de Lannion : 402 postes vont être supprimés, soit la moitié de l'effectif.",
    )
    assert [(c["frame"], c["amount"]["text"]) for c in claims if c["amount"]] == [("layoff", "402 postes")], (
        claims
    )


def test_a_near_future_modal_and_a_movement_keep_their_parse(nlp):
    doc = nlp("L'enseigne va pouvoir fermer ses 74 magasins. Le patron va à Paris pour signer.")
    assert {t.text for t in doc if t.dep_ == "ROOT"} == {"va"}
