"""Reading articles: encodings, binary files, line ends, the publication-date header, JSON Lines."""

from __future__ import annotations

import json

import pytest

from factx.errors import ArticleError
from factx.ingest import decode, make_article, normalise_date, read_paths, read_stdin


@pytest.mark.parametrize(
    "text, date, source, body",
    [
        (" date 2022-10 Ces derniers jours, Microsoft", "2022-10", "header", "Ces derniers jours"),
        ("date: 2023-01-23\nLa SNCF a annoncé", "2023-01-23", "header", "La SNCF"),
        ("Date : 23/01/2023\nRenault supprime", "2023-01-23", "header", "Renault"),
        ("---\ntitle: x\ndate: 2024-03-05\n---\nLVMH rachète", "2024-03-05", "front_matter", "LVMH"),
        ("Publié le 16 avril 2019 Airbus a livré 58 avions", "2019-04-16", "header", "Airbus"),
        ("Date : lundi 23 janvier 2023\nLe groupe Casino", "2023-01-23", "header", "Le groupe"),
        ("Publié le 31 février 2023 texte", None, None, "Publié le"),
        ("Le budget 2024 de la ville", None, None, "Le budget"),
        ("date de sortie inconnue", None, None, "date de sortie"),
        ("date 2023-13 bizarre", None, None, "bizarre"),  # a header all the same: masked, with a warning
    ],
)
def test_header_date(text, date, source, body):
    art = make_article("a.txt", text)
    assert (art.date, art.date_source) == (date, source)
    analysed = art.analysed_text
    assert len(analysed) == len(art.text)
    assert analysed.lstrip().startswith(body)
    start = art.text.index(body)
    assert analysed[start:] == art.text[start:]  # offsets index the whole text, header included


def test_line_ends_normalised():
    assert make_article("a", "un\r\ndeux\rtrois").text == "un\ndeux\ntrois"


@pytest.mark.parametrize(
    "raw, iso",
    [
        ("2023", "2023"),
        ("2023-01", "2023-01"),
        ("1/2/2023", "2023-02-01"),
        ("2023-02-30", None),
        ("demain", None),
    ],
)
def test_normalise_date(raw, iso):
    assert normalise_date(raw) == iso


def test_decode_utf8_bom_and_cp1252():
    assert decode("\ufeffÉté".encode(), "a") == ("Été", None)
    text, warning = decode(
        "Le chiffre d'affaires a progressé de 12 % à 3,5 milliards d'euros, précise-t-elle.".encode("cp1252"),
        "a",
    )
    assert "progressé" in text and "précise" in text
    assert "cp1252" in warning


def test_decode_binary():
    with pytest.raises(ArticleError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.txt")


def test_read_paths_folder_and_jsonl(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Texte A", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\nsource: Le Monde\n---\nTexte B", encoding="utf-8")
    (tmp_path / "note.md").write_text("Texte attendu : rien", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "c1", "text": "Texte C", "date": "2023-05"})
        + "\n"
        + "{pas du json\n"
        + json.dumps({"id": "c3", "text": "Texte D", "date": "hier"})
        + "\n",
        encoding="utf-8",
    )
    items = list(read_paths([str(tmp_path)]))
    *items, summary = items
    assert str(summary) == "2 files skipped: 1 .csv, 1 .md without front matter (--glob PATTERN reads other files)"
    arts = [i for i in items if not isinstance(i, ArticleError)]
    errors = [str(i) for i in items if isinstance(i, ArticleError)]
    assert [a.doc for a in arts] == [str(tmp_path / "b.md"), "c1", str(tmp_path / "sub" / "a.txt")]
    assert arts[0].source == "Le Monde"
    assert arts[1].date == "2023-05" and arts[1].date_source == "input"
    assert errors == [
        f"{tmp_path / 'c.jsonl'} line 2: not JSON (Expecting property name enclosed in double quotes)",
        f"{tmp_path / 'c.jsonl'} line 3: date 'hier' is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)",
    ]


def test_read_paths_empty_folder(tmp_path):
    (items,) = list(read_paths([str(tmp_path)]))
    assert isinstance(items, ArticleError) and "no articles" in str(items)


def test_stdin_plain_and_jsonl():
    (art,) = read_stdin(b"Bpifrance investit 20 millions d'euros.")
    assert art.doc == f"stdin-{art.sha256[:12]}"
    (named,) = read_stdin(b"Bpifrance investit 20 millions d'euros.", name="bpi.txt")
    assert named.doc == "bpi.txt"
    arts = list(read_stdin(b'{"id": "x", "text": "Un"}\n{"id": "y", "text": "Deux"}\n'))
    assert [a.doc for a in arts] == ["x", "y"]
