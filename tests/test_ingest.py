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
    assert _blank_header(art).lstrip().startswith(body)
    start = art.text.index(body)
    assert analysed[start:] == art.text[start:]  # offsets index the whole text, header included


def _blank_header(art) -> str:
    """The analysed text with the header's title (read for context, in place) blanked like the rest."""
    out = art.analysed_text
    if art.title_span is not None:
        a, b = art.title_span
        # the title is read where it is, with a stop after it, when a header line follows to take the stop
        assert out[a:b] == art.text[a:b] or not out[a:b].strip()
        out = out[:a] + " " * (b - a + 1) + out[b + 1 :]
    assert not out[: art.header_end].strip()
    return out


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
    assert (
        str(summary)
        == "2 files skipped: 1 .csv, 1 .md without front matter (--glob PATTERN reads other files)"
    )
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


# -- metadata, file selection, language, stdin names (issue 11) ------------------------------------------------


@pytest.mark.parametrize(
    "text, meta, date, body",
    [
        (
            "source: L'Humanité\nurl: https://www.humanite.fr/x\ndate: 2024-07-12\n\nLe groupe Casino",
            ("L'Humanité", "https://www.humanite.fr/x", None),
            "2024-07-12",
            "Le groupe Casino",
        ),
        (
            "date: 2024-07\ntitre : Cora vendu\nCarrefour rachète",
            (None, None, "Cora vendu"),
            "2024-07",
            "Carrefour rachète",
        ),
        (
            '---\nsource: "Les Echos"\ntitle: Atos\ndate: 2024-06-30\n---\nAtos a trouvé',
            ("Les Echos", None, "Atos"),
            "2024-06-30",
            "Atos a trouvé",
        ),
        (  # prose, not an outlet
            "Source : la direction a confirmé le plan.",
            (None, None, None),
            None,
            "Source : la direction a confirmé le plan.",
        ),
    ],
)
def test_metadata_header(text, meta, date, body):
    art = make_article("a.txt", text)
    assert (art.source, art.url, art.title) == meta
    assert art.date == date
    assert _blank_header(art).strip() == body
    assert len(art.analysed_text) == len(art.text)


def test_jsonl_metadata_and_html(tmp_path):
    page = '<html><head><meta property="og:site_name" content="Le Parisien"></head><body><article><p>'
    page += "Le groupe Casino a annoncé la cession de 121 magasins à Intermarché, Auchan et Carrefour. " * 3
    page += "</p></article></body></html>"
    lines = [
        {"id": "a", "text": "Texte A", "source": "Le Monde", "url": "https://lemonde.fr/a", "title": "A"},
        {"id": "b", "html": page, "date": "2024-03-01"},
        {"id": "c", "html": "<html><head></head></html>"},
    ]
    (tmp_path / "x.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    a, b, c = read_paths([str(tmp_path / "x.jsonl")])
    assert (a.source, a.url, a.title) == ("Le Monde", "https://lemonde.fr/a", "A")
    assert b.source == "Le Parisien" and b.text.startswith("Le groupe Casino") and b.date == "2024-03-01"
    assert str(c) == f"{tmp_path / 'x.jsonl'} line 3: HTML page with no body, nothing to read"


def test_glob_overrides_the_selection(tmp_path):
    (tmp_path / "a.txt").write_text("Texte A", encoding="utf-8")
    (tmp_path / "note.md").write_text("Une note", encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "c.docx").write_bytes(b"PK\x03\x04")
    *items, summary = read_paths([str(tmp_path)], globs=["*.md"])
    assert [i.doc for i in items] == [str(tmp_path / "note.md")]
    assert str(summary).startswith("3 files skipped: 1 .docx, 1 .pdf, 1 .txt")
    *items, summary = read_paths([str(tmp_path)])
    assert [i.doc for i in items] == [str(tmp_path / "a.txt")]
    assert str(summary).startswith("3 files skipped: 1 .docx, 1 .md without front matter, 1 .pdf")


def test_a_file_named_explicitly_is_read(tmp_path):
    (tmp_path / "note.md").write_text("Une note sans en-tête", encoding="utf-8")
    (art,) = read_paths([str(tmp_path / "note.md")])
    assert art.text == "Une note sans en-tête"


def test_language_check():
    from factx.ingest import Skipped, check_language

    english = make_article(
        "en.txt",
        "Veolia unveiled on Wednesday an improved offer to buy from Engie its 29.9% stake in its competitor "
        "Suez, now offering 18 euros per share, or nearly 3.4 billion, against 2.9 billion previously.",
    )
    french = make_article(
        "fr.txt", "Veolia a présenté mercredi une offre améliorée pour racheter 29,9 % de Suez."
    )
    names = make_article("noms.txt", "OpenAI, Microsoft, Azure, GitHub Copilot")
    out = list(check_language([english, french, names]))
    assert isinstance(out[0], Skipped) and "not in French (language: en)" in str(out[0])
    assert out[1:] == [french, names]
    assert list(check_language([english], any_language=True)) == [english]


def test_language_check_on_the_measured_set():
    """Every sentence of bench/data/language.jsonl: English ones refused, French ones read."""
    from pathlib import Path

    from factx.language import not_french

    path = Path(__file__).resolve().parents[1] / "bench" / "data" / "language.jsonl"
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 130
    wrong = [r["text"] for r in rows if (not_french(r["text"]) is None) != (r["lang"] == "fr")]
    assert wrong == []


def test_plain_french_needs_no_identifier(monkeypatch):
    """Function words settle plain French prose; English, Spanish or a short text still go to py3langid."""
    from factx import language

    asked: list[str] = []
    real = language._identifier

    class Spy:
        def classify(self, text):
            asked.append(text[:20])
            return real().classify(text)

    monkeypatch.setattr(language, "_identifier", lambda: Spy())
    french = (
        "Le groupe sidérurgique a annoncé mardi la fermeture de deux usines dans le Nord, ce qui entraînera "
        "la suppression de 600 postes. Les syndicats, qui ont été reçus par la direction, dénoncent une "
        "décision prise sans concertation et demandent l'ouverture de négociations avec l'État."
    )
    spanish = (
        "La empresa española ha anunciado hoy que comprará el cincuenta por ciento de las acciones de su "
        "rival por unos dos mil millones de euros, según ha informado la compañía en un comunicado enviado "
        "a la Comisión Nacional del Mercado de Valores, que todavía debe aprobar la operación."
    )
    assert language.not_french(french) is None and asked == []
    assert language.not_french(spanish) == "es" and len(asked) == 1
    assert language.not_french("Veolia a présenté une offre améliorée pour Suez.") is None and len(asked) == 2


def test_two_stdin_articles_have_two_names():
    (a,) = read_stdin(b"Bpifrance investit 20 millions d'euros.")
    (b,) = read_stdin(b"Bpifrance investit 30 millions d'euros.")
    assert a.doc != b.doc and a.doc.startswith("stdin-") and len(a.doc) == len("stdin-") + 12
    x, y = read_stdin(b'{"text": "Un"}\n{"text": "Deux"}\n')
    assert x.doc.startswith("stdin-") and x.doc != y.doc


@pytest.mark.parametrize(
    "title,read",
    [
        (
            "Adobe rachète Figma pour 20 milliards de dollars",
            "Adobe rachète Figma pour 20 milliards de dollars.",
        ),
        ("Adobe va-t-il racheter Figma ?", "Adobe va-t-il racheter Figma ?"),
    ],
)
def test_the_title_is_read_in_place_with_a_stop(title, read):
    """The headline is the article's first line for the pipeline (context for the body), at its own offsets,
    closed by a stop that takes the place of its line's end."""
    text = f"---\ntitle: {title}\ndate: 2022-09-15\n---\nLe chèque a surpris les analystes.\n"
    art = make_article("a.txt", text)
    analysed = art.analysed_text
    assert len(analysed) == len(text)
    a = text.index(title)
    assert analysed[a : a + len(read)] == read
    assert analysed[art.header_end :] == text[art.header_end :]
