"""Reprint groups, and the reconciler counting a group as one source (contract documents, no model)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from factx.reconcile import reconcile
from factx.reprints import containment_pairs, group_reprints

ROOT = Path(__file__).resolve().parents[1]

DISPATCH = (
    "Paris (AFP) - Le groupe lyonnais Boiron a annoncé jeudi la fermeture de son site de Montrichard et la "
    "suppression de 646 postes en France, après le déremboursement des médicaments homéopathiques décidé "
    "par le gouvernement. Le plan, présenté aux syndicats lors d'un comité social et économique, prévoit "
    "aussi la création de 134 postes. La direction assure vouloir limiter au maximum les départs contraints "
    "et proposera des reclassements dans les autres sites du groupe, a indiqué un porte-parole.\n\n"
    "Les syndicats dénoncent un plan brutal et appellent à la grève vendredi devant le siège de Messimy."
)
LEDE_REPRINT = (  # an aggregator's copy: the lede only, typography redone
    "Le groupe lyonnais Boiron a annoncé jeudi la fermeture de son site de Montrichard et la suppression de "
    "646 postes en France, après le déremboursement des médicaments homéopathiques décidé par le gouvernement. "
    "Le plan, présenté aux syndicats lors d’un comité social et économique, prévoit aussi la création de "
    "134 postes. (Avec AFP)"
)
OWN_ARTICLE = (  # the same news, written separately: same figures and names, own sentences
    "Coup dur pour Montrichard : le spécialiste de l'homéopathie Boiron va fermer l'usine du Loir-et-Cher. "
    "Au total, 646 postes seront supprimés en France et 134 créés, a détaillé jeudi la direction, qui impute "
    "ce plan au déremboursement des granules. Les syndicats, reçus en comité social et économique, parlent "
    "d'un choc pour le territoire et prévoient un rassemblement vendredi à Messimy."
)


def test_reprints_grouped_and_named_after_the_agency():
    docs = [
        {"doc": "afp.txt", "text": DISPATCH, "source": "Le Progrès", "date": "2019-03-12"},
        {"doc": "agg.html", "text": LEDE_REPRINT, "source": "Multipost", "date": "2019-03-12"},
        {"doc": "own.txt", "text": OWN_ARTICLE, "source": "La Nouvelle République", "date": "2019-03-12"},
    ]
    groups = group_reprints(docs)
    assert sorted(groups) == ["afp.txt", "agg.html"]
    g = groups["afp.txt"]
    assert g is groups["agg.html"]
    assert (g.origin, g.label) == ("AFP", "AFP, repris par 2 titres")


def test_short_texts_sharing_a_quote_are_not_reprints():
    quote = "« Nous allons tout faire pour limiter les départs contraints », a assuré la direction."
    a = "Boiron ferme Montrichard. " + quote
    b = "Les salariés de Messimy inquiets. " + quote
    assert containment_pairs([a, b]) == []


def test_label_without_agency_is_the_first_outlet():
    docs = [
        {"doc": "a.txt", "text": OWN_ARTICLE, "source": "La Nouvelle République", "date": "2019-03-12"},
        {
            "doc": "b.txt",
            "text": OWN_ARTICLE + " Mis à jour.",
            "source": "Le Petit Solognot",
            "date": "2019-03-13",
        },
    ]
    (g,) = {id(g): g for g in group_reprints(docs).values()}.values()
    assert g.label == "La Nouvelle République, repris par 1 titre"


def _claim(cid: str, value: float, text: str) -> dict:
    amount = {"kind": "count", "value": value, "low": None, "high": None, "approx": False, "unit": "poste"}
    return {
        "id": cid,
        "frame": "layoff",
        "subject": {"text": "Boiron", "canonical": "Boiron", "label": "ORG"},
        "object": None,
        "amount": {**amount, "text": text, "start": 0, "end": len(text)},
        "date": None,
        "value": None,
        "hedged": False,
        "negated": False,
        "start": 0,
        "end": 40,
        "sentence": f"Boiron supprime {text}.",
    }


def _doc(doc: str, source: str | None, value: float, text: str) -> dict:
    out = {
        "schema": "factx/document/1",
        "doc": doc,
        "sha256": "0" * 64,
        "date": "2019-03-12",
        "entities": [],
        "amounts": [],
        "dates": [],
        "claims": [_claim(doc + "-c1", value, text)],
    }
    if source:
        out["source"] = source
    return out


def test_outlet_named_in_explanation_without_groups():
    docs = [_doc("a.txt", "Le Progrès", 646, "646 postes"), _doc("dossier/b.txt", None, 700, "700 postes")]
    (c,) = reconcile(docs)
    assert "646 postes selon Le Progrès (mars 2019), mais 700 postes selon b." in c["explanation"]


def test_a_reprint_group_is_one_source():
    # One dispatch carried by two titles, one of which edited the figure: no contradiction of the dispatch
    # with itself once the two are known to be one source.
    docs = [
        _doc("afp.txt", "Le Progrès", 646, "646 postes"),
        _doc("agg.html", "Multipost", 600, "600 postes"),
    ]
    assert [c["kind"] for c in reconcile(docs)] == ["contradiction"]
    groups = {
        "afp.txt": ("rg_1", "AFP, repris par 2 titres"),
        "agg.html": ("rg_1", "AFP, repris par 2 titres"),
    }
    assert reconcile(docs, groups=groups) == []


def test_groups_given_as_plain_ids_are_one_source_too():
    # reconcile(docs, groups={doc: group id}): no label, so each article keeps its own name
    docs = [
        _doc("afp.txt", "Le Progrès", 646, "646 postes"),
        _doc("agg.html", None, 600, "600 postes"),
        _doc("nr.html", None, 700, "700 postes"),
    ]
    (c,) = reconcile(docs, groups={"afp.txt": "g1", "agg.html": "g1"})
    assert c["kind"] == "contradiction"
    assert "selon Le Progrès (mars 2019)" in c["explanation"] and "selon nr." in c["explanation"]
    # the group's edited copy does not contradict its dispatch: both are on one side, against nr.html
    assert sorted(sorted(cl["doc"] for cl in side["claims"]) for side in c["sides"]) == [
        ["afp.txt", "agg.html"],
        ["nr.html"],
    ]


def test_conflicts_name_the_group_once_and_outlets_with_dates():
    docs = [
        _doc("afp.txt", "Le Progrès", 646, "646 postes"),
        _doc("agg.html", "Multipost", 646, "646 postes"),
        _doc("nr.html", "La Nouvelle République", 700, "700 postes"),
        _doc("notes/tract.txt", None, 800, "800 postes"),
    ]
    groups = {d: ("rg_1", "AFP, repris par 2 titres") for d in ("afp.txt", "agg.html")}
    (c,) = reconcile(docs, groups=groups)
    assert c["explanation"].endswith(
        ": 646 postes selon AFP, repris par 2 titres, mais 700 postes selon La Nouvelle République (mars 2019)."
    )  # the group speaks once, not each reprint; an outlet is named with its date
    assert sorted(cl["doc"] for s in c["sides"] for cl in s["claims"]) == sorted(d["doc"] for d in docs)


def test_reprint_bench_meets_its_targets():
    """The measurement make bench reports: >= 95 % of reprint pairs grouped, no distinct articles grouped."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_reprints import bench_reprints

    res = bench_reprints()
    assert res["reprint_pairs"] >= 100 and res["distinct_pairs_same_story"] >= 500
    assert res["reprint_pairs_grouped"] / res["reprint_pairs"] >= 0.95, res["missed"]
    assert res["distinct_pairs_grouped"] == 0, res["wrongly_grouped"]
    rows = [json.loads(x) for x in (ROOT / "bench" / "data" / "reprints.jsonl").read_text().splitlines()]
    assert all(r["url"] is None or r["url"].startswith("http") for r in rows)
