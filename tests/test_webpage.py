"""Saved web pages: the article's text and metadata out of real outlets' layouts, boilerplate left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import jsonl

from factx.cli import cli
from factx.errors import ArticleError
from factx.ingest import page_article, read_file
from factx.webpage import looks_like_html

PAGES = Path(__file__).parent / "data" / "pages"
# What the pages' menus, banners, ads, promotions and related links say: none of it is the article.
BOILERPLATE = [
    "Publicité",
    "cookies",
    "Accepter",
    "Lire aussi",
    "Sur le même sujet",
    "S'abonner",
    "Newsletters",
    "1 € le premier mois",
    "Renault",
    "CAC 40",
    "Mentions légales",
    "commentaires",
    "Contenus sponsorisés",
    "Les plus lus",
    "0 € de frais",
]

EXPECTED = {
    "latribune_saint_gobain.html": (
        "La Tribune",
        "2024-02-26",
        "https://www.latribune.fr/entreprises-finance/industrie/biens-d-equipement-btp-immobilier/"
        "saint-gobain-casse-encore-sa-tirelire-et-met-un-pied-en-australie-991488.html",
        "Saint-Gobain casse (encore) sa tirelire et met un pied en Australie",
        "Et de cinq !",
    ),
    "ladepeche_sfr.html": (
        "La Dépêche du Midi",
        "2014-03-29",
        "http://www.ladepeche.fr/article/2014/03/29/1851013-rachat-de-sfr-bouygues-fait-toujours-le-forcing.html",
        "Rachat de SFR : Bouygues fait toujours le forcing",
        "Le conglomérat dirigé par Martin Bouygues",
    ),
    "lalibre_veolia.html": (  # the URL from the "saved from url" comment Chrome writes
        "La Libre Belgique",
        "2020-08-30",
        "https://www.lalibre.be/economie/entreprises-startup/veolia-a-la-conquete-de-suez-pour-creer-un-geant"
        "-de-l-environnement-5f4c912e7b50a677fb439ea0",
        "Veolia à la conquête de Suez pour créer un géant de l'environnement",
        "Il a pour cela remis dimanche à Engie",
    ),
    "zonebourse_veolia.html": (  # no site name on the page: named from its host
        "Zonebourse",
        "2021-02-07",
        "https://www.zonebourse.com/cours/action/VEOLIA-ENVIRONNEMENT-4726/actualite/Veolia-annonce-deposer-une-"
        "offre-d-achat-sur-les-70-1-du-capital-de-Suez-qu-il-32380785/",
        "Veolia annonce déposer une offre d'achat sur les 70,1% du capital de Suez qu'il ne détient pas",
        "PARIS (awp/afp) - Le groupe Veolia",
    ),
    "boursier_saint_gobain.html": (  # SingleFile: inline images, the URL in its comment
        "Boursier.com",
        "2024-02-26",
        "https://www.boursier.com/actualites/reuters/saint-gobain-conclut-le-rachat-de-l-australien-csr-357311.html",
        "Saint-Gobain conclut le rachat de l'australien CSR",
        "(Reuters) - Saint-Gobain a annoncé lundi",
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_text_and_metadata(name):
    source, date, url, title, start = EXPECTED[name]
    (art,) = read_file(PAGES / name, name)
    assert (art.source, art.date, art.date_source, art.url, art.title) == (source, date, "page", url, title)
    assert art.text.startswith(start)
    assert len(art.text) > 300
    leaked = [b for b in BOILERPLATE if b.casefold() in art.text.casefold()]
    assert leaked == []


def test_page_found_without_suffix(tmp_path):
    html = (PAGES / "ladepeche_sfr.html").read_text(encoding="utf-8")
    assert looks_like_html(html) and not looks_like_html("Le groupe <b>Renault</b> annonce")
    (tmp_path / "page").write_text(html, encoding="utf-8")
    (art,) = read_file(tmp_path / "page", "page")
    assert art.source == "La Dépêche du Midi"


def test_truncated_page_warns_and_keeps_what_is_there():
    html = (PAGES / "lalibre_veolia.html").read_text(encoding="utf-8")
    art = page_article("cut.html", html[: html.index("Suez, qui avait présenté")])
    assert art.text.startswith("Il a pour cela remis dimanche")
    assert any("before </html>" in w for w in art.warnings)


@pytest.mark.parametrize(
    "html, problem",
    [
        ("<html><head><title>Rien</title></head></html>", "no body"),
        ("<html><body><nav><a href='/'>Accueil</a></nav></body></html>", "no article text"),
    ],
)
def test_page_without_article(html, problem):
    with pytest.raises(ArticleError, match=problem):
        page_article("vide.html", html)


def test_big_page_with_inline_images_is_read():
    html = (PAGES / "latribune_saint_gobain.html").read_text(encoding="utf-8")
    image = '<img src="data:image/jpeg;base64,' + "QUJD" * 5_000_000 + '">'  # 20 MB of inline image
    art = page_article("big.html", html.replace("<main>", "<main>" + image))
    assert art.text.startswith("Et de cinq !")


def test_bad_pages_cost_no_other_article(tmp_path):
    (tmp_path / "good.html").write_bytes((PAGES / "ladepeche_sfr.html").read_bytes())
    (tmp_path / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (tmp_path / "nobody.html").write_text("<html><head><title>x</title></head></html>", encoding="utf-8")
    (tmp_path / "huge.html").write_bytes(
        b"<html><body><p>" + b"a" * (65 * 1024 * 1024) + b"</p></body></html>"
    )
    from factx.ingest import read_paths

    items = list(read_paths([str(tmp_path)]))
    errors = sorted(str(i) for i in items if isinstance(i, ArticleError))
    assert [i.doc for i in items if not isinstance(i, ArticleError)] == [str(tmp_path / "good.html")]
    assert errors == [
        f"{tmp_path / 'binary.html'}: binary file (not text), skipped",
        f"{tmp_path / 'huge.html'}: page too large (68 MB; the limit is 64 MB)",
        f"{tmp_path / 'nobody.html'}: HTML page with no body, nothing to read",
    ]


@pytest.mark.slow
def test_pages_end_to_end(tmp_path):
    """Offsets index the extracted text the store keeps; no figure or claim comes from the boilerplate."""
    from factx.store import Store

    db = tmp_path / "p.db"
    result = CliRunner().invoke(cli, ["extract", str(PAGES), "--json", "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    docs = jsonl(result.stdout)
    assert len(docs) == len(EXPECTED)
    with Store(db) as store:
        for d in docs:
            text = store.text(d["doc"])
            assert d["source"] == EXPECTED[Path(d["doc"]).name][0]
            spans = d["entities"] + d["amounts"] + d["dates"] + d["claims"]
            assert spans
            for s in spans:
                assert text[s["start"] : s["end"]] == (s.get("sentence") or s["text"])
            for a in d["amounts"]:
                assert not any(b in a["text"] for b in ("1 €", "9,99", "0 €", "2 milliards d'économies"))
            leaked = [b for b in BOILERPLATE if any(b in c["sentence"] for c in d["claims"])]
            assert leaked == []
