"""The extract run keeps each article's summary for its table, not its document: the rows are the same (no
model)."""

from __future__ import annotations

from factx.render import article_rows, article_summary

DOCUMENT = {
    "schema": "factx/document/1",
    "doc": "presse/ouest/boiron.txt",
    "sha256": "0" * 64,
    "date": "2024-03-07",
    "date_source": "header",
    "entities": [{"text": "Boiron", "label": "ORG"}, {"text": "Montrichard", "label": "LOC"}],
    "amounts": [{"text": "646 postes"}],
    "dates": [],
    "claims": [{"frame": "layoff", "sentence": "Boiron supprime 646 postes à Montrichard."}] * 3,
}
STORED_ROW = {  # what `docs` lists: counts, no lists
    "doc": "depeches/afp.txt",
    "date": None,
    "n_entities": 4,
    "n_amounts": 0,
    "n_dates": 2,
    "n_claims": 1,
}


def test_summary_holds_counts_not_the_documents_lists():
    s = article_summary(DOCUMENT)
    assert s == {
        "doc": "presse/ouest/boiron.txt",
        "date": "2024-03-07",
        "n_entities": 2,
        "n_amounts": 1,
        "n_dates": 0,
        "n_claims": 3,
    }


def test_rows_of_summaries_are_the_rows_of_documents():
    items = [(DOCUMENT, "new"), (STORED_ROW, "unchanged")]
    summarised = [(article_summary(d), status) for d, status in items]
    rows = article_rows(summarised, "status")
    assert rows == article_rows(items, "status")
    assert [r["claims"] for r in rows] == [3, 1]
    assert rows[1]["date"] == ""
