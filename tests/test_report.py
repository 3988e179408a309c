"""`factx report` on documents built by hand (no model): the page's content, links, safety and options."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from datetime import date
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import jsonl
from report_corpus import HOSTILE_IMG, HOSTILE_JS, HOSTILE_SCRIPT, ampere_corpus, hostile_corpus

from factx.cli import cli
from factx.display import fmt_value
from factx.report import build_report, rate_on, render_report
from factx.svgchart import Estimate, build_chart, compact


class Page(HTMLParser):
    """What a browser would build from the page: elements with their attributes, text, script bodies."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)

    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.elements if a.get("id")}

    def by_class(self, tag: str, cls: str) -> list[dict]:
        return [a for t, a in self.elements if t == tag and cls in (a.get("class") or "").split()]


def docs_input(documents: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents)


def report(tmp_path: Path, documents: list[dict], *args: str) -> tuple[str, object]:
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", "-", "-o", str(out), *args], input=docs_input(documents))
    assert result.exit_code == 0, result.stderr
    return out.read_text(encoding="utf-8"), result


def conflicts_json(documents: list[dict], *args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["conflicts", "-", "--json", *args], input=docs_input(documents))
    assert result.exit_code == 0, result.stderr
    return jsonl(result.stdout)


@pytest.fixture
def ampere(tmp_path):
    return ampere_corpus(tmp_path / "articles")


# -- content ---------------------------------------------------------------------------------------------


def section_html(html: str, cid: str) -> str:
    start = html.index(f'" id="{cid}">')
    return html[start : html.index("</article>", start)]


def test_every_conflict_has_its_section_with_table_chart_and_command(tmp_path, ampere):
    found = conflicts_json(ampere)
    assert found and "contradiction" in {c["kind"] for c in found}
    html, _ = report(tmp_path, ampere)
    page = Page(html)
    sections = page.by_class("article", "fact")
    assert sorted(s["id"] for s in sections) == sorted(c["id"] for c in found)
    for c in found:
        section = section_html(html, c["id"])
        assert f"factx conflicts --explain {c['id']}" in section
        assert section.count("<svg") == 1 and "<circle" in section  # exact figures as points
        assert "<path d=" in section  # the negated claim, drawn as a cross
        assert c["explanation"] in " ".join(Page(section).text)
        # every side's every claim is a row marked as disputed; the same fact's other reports follow
        rows = re.findall(r'<tr class="(disputed|context) st-(\w+)">', section)
        assert rows.count(("context", "negated")) == 1
        assert len([r for r in rows if r[0] == "disputed"]) == sum(len(s["claims"]) for s in c["sides"])
        assert len(rows) == 4  # the four claims about Renault's money for Ampere in 2024, each once


def test_estimates_table_columns(tmp_path, ampere):
    html, _ = report(tmp_path, ampere)
    text = " ".join(" ".join(Page(html).text).split())
    assert fmt_value({"kind": "money", "unit": "EUR", "value": 1e9}) in "".join(Page(html).text)  # 1 Md€
    assert "La Tribune" in text  # attribution
    assert "rumeur" in text and "affirmé" in text and "nié" in text
    assert "Les Echos" in text  # the outlet stands for the file name when the document gives it
    assert "2024-01-16" in text and "2024-02-02" in text
    assert 'title="selon, pourrait"' in html  # the hedge cues behind "rumeur"


def test_converted_value_with_rate_and_its_date(tmp_path, ampere):
    html, _ = report(tmp_path, ampere)
    found = rate_on("USD", "EUR", date(2024, 7, 1))
    assert found is not None
    rate, day = found
    assert day == date(2024, 7, 1)  # the conflict's period, 2024, stands at mid-year
    shown = f"1 USD = {rate:.4g} EUR".replace(".", ",")
    assert f"{shown} (BCE, 2024-07-01)" in html
    assert fmt_value({"kind": "money", "unit": "EUR", "value": 5e9 * rate, "approx": True}) in html
    # only the dollar figure is converted, in each section
    assert html.count("(BCE, ") == html.count("1 USD = ") == len(conflicts_json(ampere))


def test_every_estimate_links_to_its_highlighted_sentence(tmp_path, ampere):
    html, _ = report(tmp_path, ampere)
    page = Page(html)
    links = page.by_class("a", "est")
    assert len(links) == 4 * len(conflicts_json(ampere))  # each estimate in each section
    for a in links:
        anchor = a["href"][1:]
        # the anchor is a claim sentence of the sources, and that sentence holds the value written
        m = re.search(
            rf'<span class="claim" id="{re.escape(anchor)}">(.*?)</span>(?:<a class="back"|[^<])', html
        )
        assert m, anchor
    sentence = re.search(
        r'<span class="claim" id="(a\d+-\d+)">([^\n]*?5 milliards de dollars[^\n]*?)</span>', html
    )
    assert sentence and "#" + sentence.group(1) in {a["href"] for a in links}
    # the back-link from the sentence to the fact
    assert f'href="#{conflicts_json(ampere)[0]["id"]}"' in html.split('id="sources"')[1]


def test_sources_highlight_entities_amounts_with_a_legend(tmp_path, ampere):
    html, _ = report(tmp_path, ampere)
    sources = html.split('id="sources"')[1]
    assert '<mark class="e e-ORG" title="Renault · ORG">Renault</mark>' in sources
    assert '<mark class="e e-LOC" title="Paris · LOC">Paris</mark>' in sources
    usd = fmt_value({"kind": "money", "unit": "USD", "value": 5e9})
    assert f'<mark class="amt" title="{usd}">5 milliards de dollars</mark>' in sources
    legend = sources.split('class="legend"')[1].split("</p>")[0]
    for cls in ("e e-ORG", "e e-PER", "e e-LOC", "amt", "dt", "claim"):
        assert f'class="{cls}"' in legend
    # the full text is there, header and paragraphs as written, the header set apart
    assert "Le groupe compte aussi sur" in sources and "Nissan" in sources
    assert '<span class="hdr">date: 2024-01-16</span>\n<span class="claim"' in sources


def test_overview_corpus_severities_and_entities(tmp_path, ampere):
    html, _ = report(tmp_path, ampere)
    overview = html.split('id="overview"')[1].split('id="facts"')[0]
    assert overview.count('<a href="#a') == 3  # each article, linked to its source
    assert '<div class="card sev-high"><span class="n">1</span>' in overview
    names = re.findall(r'<mark class="e e-(\w+)">([^<]+)</mark>', overview)
    assert sorted(names[:2]) == [("ORG", "Ampere"), ("ORG", "Renault")]  # in all three articles


def test_article_without_its_file_shows_its_claim_sentences(tmp_path, ampere):
    Path(ampere[2]["doc"]).unlink()  # the dispatch's file is gone
    Path(ampere[0]["doc"]).write_text("date: 2024-01-16\nUn autre texte.\n", encoding="utf-8")  # changed
    html, _ = report(tmp_path, ampere)
    assert "2 articles sans texte intégral" in html
    sources = html.split('id="sources"')[1]
    assert "Un autre texte" not in sources  # a changed file is not shown against the old offsets
    sentence = re.search(
        r'<span class="claim" id="(a\d+-\d+)"><mark [^>]+>Renault</mark> a investi <mark class="amt"', sources
    )
    assert sentence  # the claim sentence, with its amount highlighted from the document's offsets
    assert f'href="#{sentence.group(1)}"' in html  # and still the target of its estimate


def test_filters_as_for_conflicts(tmp_path, ampere, hostile_docs):
    documents = ampere + hostile_docs
    every = {c["id"] for c in conflicts_json(documents)}
    assert len(every) >= 2
    for args in (["--min-severity", "high"], ["--entity", "cora"], ["--kind", "bound_violation"]):
        html, _ = report(tmp_path, documents, *args)
        shown = {s["id"] for s in Page(html).by_class("article", "fact")}
        assert shown == {c["id"] for c in conflicts_json(documents, *args)}, args
        assert "Filtres" in html
    html, _ = report(tmp_path, documents, "--kind", "bound_violation")
    assert "Aucun désaccord entre les articles pour ces filtres" in html
    assert html.count('<details class="source"') == 5  # the sources stay whole


# -- the command -----------------------------------------------------------------------------------------


def test_default_output_and_messages(tmp_path, ampere, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["report", "-"], input=docs_input(ampere))
    assert result.exit_code == 0, result.stderr
    out = tmp_path / "factx-report.html"
    assert out.is_file() and result.stdout == ""
    n = len(conflicts_json(ampere))
    assert f"factx-report.html: {n} conflict(s) across 3 article(s)" in result.stderr
    assert out.as_uri() in result.stderr.splitlines()
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # readable as any file the user writes
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_store_form(tmp_path, ampere):
    from factx.store import Store

    with Store(tmp_path / "s.db") as store:
        for d in ampere:
            store.put(d)
    out = tmp_path / "store.html"
    result = CliRunner().invoke(cli, ["report", "-o", str(out), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.stderr
    piped, _ = report(tmp_path, ampere)
    ids = {s["id"] for s in Page(out.read_text(encoding="utf-8")).by_class("article", "fact")}
    assert ids == {s["id"] for s in Page(piped).by_class("article", "fact")}
    assert ids == {c["id"] for c in conflicts_json(ampere)}


def test_no_articles_is_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["report", "-", "-o", str(tmp_path / "r.html")], input="")
    assert result.exit_code == 1
    assert result.stderr == "error: no articles in stdin: run factx extract first\n"
    assert not (tmp_path / "r.html").exists()


def test_unwritable_output_is_one_line_error(tmp_path, ampere):
    result = CliRunner().invoke(
        cli, ["report", "-", "-o", str(tmp_path / "no" / "dir" / "r.html")], input=docs_input(ampere)
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and len(result.stderr.strip().splitlines()) == 1
    assert "cannot write the report" in result.stderr


def test_help():
    result = CliRunner().invoke(cli, ["report", "--help"])
    assert result.exit_code == 0
    for option in ("--output", "--kind", "--min-severity", "--entity", "--frame", "--open", "--db"):
        assert option in result.stdout


# -- self-contained and safe -----------------------------------------------------------------------------


def test_one_file_no_external_reference(tmp_path, ampere):
    html, _ = report(tmp_path, ampere)
    page = Page(html)
    for tag, attrs in page.elements:
        assert tag not in {"link", "img", "iframe", "object", "embed", "base", "form", "audio", "video"}, tag
        assert "src" not in attrs, (tag, attrs)
        if "href" in attrs:
            assert attrs["href"].startswith("#"), attrs
    style = html.split("<style>")[1].split("</style>")[0]
    assert "url(" not in style and "@import" not in style and "@font-face" not in style
    assert "@media print" in style
    # the URL of an article is shown as text, never as a link
    assert "https://www.lesechos.fr/industrie/renault-ampere" in " ".join(page.text)


def test_content_security_policy_allows_only_the_page_script(tmp_path, ampere):
    html, _ = report(tmp_path, ampere)
    page = Page(html)
    csp = next(a["content"] for t, a in page.elements if t == "meta" and a.get("http-equiv"))
    assert "default-src 'none'" in csp and "connect-src" not in csp  # none, by default-src
    own = files("factx").joinpath("templates", "report.js").read_text(encoding="utf-8")
    assert page.scripts == [own]
    digest = hashlib.sha256(own.encode("utf-8")).digest()
    assert f"script-src 'sha256-{base64.b64encode(digest).decode()}'" in csp


@pytest.fixture
def hostile_docs(tmp_path):
    return hostile_corpus(tmp_path / "hostile")


def test_hostile_text_names_and_urls_are_escaped(tmp_path, hostile_docs):
    assert len(conflicts_json(hostile_docs)) == 1
    html, _ = report(tmp_path, hostile_docs)
    page = Page(html)
    own = files("factx").joinpath("templates", "report.js").read_text(encoding="utf-8")
    assert page.scripts == [own]  # no script element but the page's own
    for tag, attrs in page.elements:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert tag not in {"img", "iframe", "object", "embed", "form"}, tag
        assert not {"src", "action", "formaction", "xlink:href", "srcdoc"} & set(attrs), (tag, attrs)
        if "href" in attrs:
            assert attrs["href"].startswith("#"), attrs  # never javascript:, never out of the page
    text = "".join(page.text)
    for hostile in (HOSTILE_SCRIPT, HOSTILE_IMG, HOSTILE_JS):
        assert hostile in text  # shown, as text
    assert "&lt;script&gt;window.__pwned" in html and "&#34;&gt;&lt;img src=x onerror=" in html
    # the file names too: the one with no outlet names its article in the corpus, its estimate, its source
    assert text.count(f"{HOSTILE_IMG} {HOSTILE_JS}.txt") >= 3
    assert "<script>window.__pwned = 3; alert('file')</script>.txt" in text  # the other's, in its source


# -- the chart --------------------------------------------------------------------------------------------


def test_chart_points_bars_hollow_and_open_ends():
    d = date(2023, 6, 15)
    chart = build_chart(
        [
            Estimate(published=d, low=1e9, high=1e9, series=0),  # exact, asserted
            Estimate(published=date(2023, 9, 1), low=1e9, high=1e9, hedged=True, series=1),  # rumour
            Estimate(published=d, low=2e9, high=3e9, series=1),  # interval
            Estimate(published=None, low=2e9, high=None, series=0),  # "plusieurs milliards", undated
        ],
        "EUR",
    )
    assert chart is not None and not chart.log and chart.undated_x is not None
    points = [m for m in chart.marks if not m.is_bar]
    bars = [m for m in chart.marks if m.is_bar]
    assert len(points) == 2 and len(bars) == 2
    assert sorted(p.filled for p in points) == [False, True]
    open_bar = next(b for b in bars if b.open_top)
    assert abs(open_bar.x - chart.undated_x) < 1 and open_bar.y < bars[0].y2
    closed = next(b for b in bars if not b.open_top)
    assert closed.y < closed.y2 and not closed.open_bottom
    # higher values are drawn higher (smaller y)
    assert closed.y < points[0].y
    assert [t.label for t in chart.yticks][0] == "0 EUR"


def test_chart_log_scale_and_categories():
    wide = build_chart([Estimate(date(2020, 1, 1), 1e6, 1e6), Estimate(date(2021, 1, 1), 5e9, 5e9)], "USD")
    assert wide is not None and wide.log and [t.label for t in wide.yticks][0] == "1 M USD"
    names = build_chart(
        [Estimate(date(2020, 1, 1), category="GPT-4"), Estimate(None, category="GPT-3.5", hedged=True)]
    )
    assert names is not None and names.categorical
    assert sorted(t.label for t in names.yticks) == ["GPT-3.5", "GPT-4"]
    assert build_chart([]) is None


def test_compact_numbers():
    assert compact(1.5e9, "EUR") == "1,5 Md EUR"
    assert compact(2e6) == "2 M"
    assert compact(49.5, "%") == "49,5 %"
    assert compact(0, "USD") == "0 USD"


def test_render_from_the_library(tmp_path, ampere):
    from factx.reconcile import reconcile

    model = build_report(ampere, reconcile(ampere))  # no texts: claim sentences only
    html = render_report(model)
    assert html.startswith("<!doctype html>") and html.rstrip().endswith("</html>")
    assert model["n_full_text"] == 0 and len(model["sections"]) == len(reconcile(ampere))


# -- with the model: the seeds, and hostile input through a real extraction ------------------------------


@pytest.mark.slow
def test_pipe_form_holds_every_conflict_of_the_store_form(tmp_path, seeds_documents):
    from conftest import SEEDS

    db = tmp_path / "s.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["extract", str(SEEDS), "--db", str(db)]).exit_code == 0
    stored = runner.invoke(cli, ["conflicts", "--json", "--db", str(db)])
    expected = [c["id"] for c in jsonl(stored.stdout)]
    assert len(expected) >= 3
    out = tmp_path / "store.html"
    assert runner.invoke(cli, ["report", "-o", str(out), "--db", str(db)]).exit_code == 0
    piped, _ = report(tmp_path, seeds_documents)
    for html in (out.read_text(encoding="utf-8"), piped):
        page = Page(html)
        assert sorted(s["id"] for s in page.by_class("article", "fact")) == sorted(expected)
        assert html.count("<svg") == len(expected)
        assert len(page.by_class("a", "est")) >= 2 * len(expected)
        assert "sans texte intégral" not in html  # the seeds' files were read back


@pytest.mark.slow
def test_hostile_article_and_file_name_through_extract(tmp_path):
    folder = tmp_path / "articles"
    (folder / "<script>alert('dir')<").mkdir(parents=True)
    text = (
        f"date: 2023-04-02\nLe groupe Carrefour a racheté Cora pour 1 milliard d'euros {HOSTILE_SCRIPT}. "
        f"Selon Les Echos {HOSTILE_IMG}, Carrefour aurait payé 3 milliards d'euros. {HOSTILE_JS}\n"
    )
    (folder / "<script>alert('dir')<" / "script>.txt").write_text(text, encoding="utf-8")
    (folder / f"{HOSTILE_IMG}.txt").write_text(
        f"date: 2023-04-03\nCarrefour a racheté Cora pour 2 milliards d'euros. {HOSTILE_IMG}\n",
        encoding="utf-8",
    )
    db = tmp_path / "s.db"
    result = CliRunner().invoke(cli, ["extract", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    page = Page(html)
    assert len(page.by_class("details", "source")) == 2
    assert page.scripts == [files("factx").joinpath("templates", "report.js").read_text(encoding="utf-8")]
    for tag, attrs in page.elements:
        assert tag != "img" and not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert attrs.get("href", "#").startswith("#"), attrs
    text_shown = "".join(page.text)
    assert HOSTILE_SCRIPT in text_shown and HOSTILE_IMG in text_shown
    assert "<script>alert('dir')</script>.txt" in text_shown


def test_templates_ship_as_package_data():
    from conftest import ROOT

    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"templates/*"' in pyproject.split("[tool.setuptools.package-data]")[1].split("\n[")[0]
    names = {p.name for p in files("factx").joinpath("templates").iterdir()}
    assert {"report.html.j2", "chart.svg.j2", "report.css", "report.js"} <= names


def test_review_marks(tmp_path, ampere):
    from factx.store import Store

    db = tmp_path / "s.db"
    found = conflicts_json(ampere)
    assert len(found) >= 2
    with Store(db, create=True) as store:
        for d in ampere:
            store.put(d)
        store.set_review(found[0]["id"], "dismissed", "deux opérations distinctes", "Renault → Ampere")
        store.set_review(found[1]["id"], "confirmed", "vérifié auprès du groupe", "Renault → Ampere")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    assert "1 dismissed, left out (--all keeps them)" in result.stderr
    html = out.read_text(encoding="utf-8")
    shown = {s["id"] for s in Page(html).by_class("article", "fact")}
    assert found[0]["id"] not in shown and found[1]["id"] in shown
    assert "écarté à la vérification" in html and "vérifié auprès du groupe" in html
    assert "Vérifié et confirmé" in section_html(html, found[1]["id"])
    result = CliRunner().invoke(cli, ["report", "-o", str(out), "--db", str(db), "--all"])
    html = out.read_text(encoding="utf-8")
    assert found[0]["id"] in {s["id"] for s in Page(html).by_class("article", "fact")}
    assert "deux opérations distinctes" in section_html(html, found[0]["id"])


def test_no_store_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(
        cli, ["report", "--db", str(tmp_path / "none.db"), "-o", str(tmp_path / "r.html")]
    )
    assert result.exit_code == 2 and "no factx store there" in result.stderr
    assert not (tmp_path / "none.db").exists() and not (tmp_path / "r.html").exists()


def test_highlight_keeps_the_spans_that_fit():
    from factx.highlight import highlight

    text = "Intro. Renault paiera 3 milliards d'euros en 2024. Fin."
    start, end = text.index("Renault"), text.index(" Fin")

    def at(phrase: str, **more) -> dict:
        i = text.index(phrase)
        return {"text": phrase, "start": i, "end": i + len(phrase), **more}

    document = {
        "doc": "x.txt",
        "claims": [{"id": "c1", "start": start, "end": end, "sentence": text[start:end]}],
        "entities": [
            at("Renault", label="ORG", canonical="Renault"),
            at("Intro. Renault", label="MISC", canonical="?"),  # across the sentence's edge: dropped
            {**at("Fin"), "start": 0, "end": 3, "label": "LOC", "canonical": "Fin"},  # wrong offsets: dropped
        ],
        "amounts": [at("3 milliards d'euros")],
        "dates": [at("2024", value="2024"), at("milliards", value="?")],  # inside the amount: dropped
    }
    done = highlight(document, text, "a0", lambda c: [("cf_1", "contradiction")], str, lambda a: "3 Md€")
    assert done.anchors == {(start, end): f"a0-{start}"}
    kinds = [b[0] for b in done.blocks]
    assert kinds == ["t", "s", "t"]
    _, anchor, parts, links = done.blocks[1]
    assert anchor == f"a0-{start}" and links == [("cf_1", "contradiction")]
    marks = [(p[1], p[3]) for p in parts if p[0] == "m"]
    assert marks == [("e e-ORG", "Renault"), ("amt", "3 milliards d'euros"), ("dt", "2024")]
    assert "".join(p[-1] for p in parts) == text[start:end]  # nothing lost, nothing doubled
    assert done.blocks[0] == ("t", "Intro. ") and done.blocks[2] == ("t", " Fin.")
    # without the text: the claim sentence alone, the same spans
    alone = highlight(document, None, "a0", lambda c: [], str, lambda a: "3 Md€")
    assert [b[0] for b in alone.blocks] == ["s"]
    assert [(p[1], p[3]) for p in alone.blocks[0][2] if p[0] == "m"] == marks


def test_store_texts_stand_for_files_gone(tmp_path, ampere):
    from factx.store import Store

    db = tmp_path / "s.db"
    with Store(db, create=True) as store:
        for d in ampere:
            store.put(d, Path(d["doc"]).read_text(encoding="utf-8"))
    for d in ampere:
        Path(d["doc"]).unlink()
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "sans texte intégral" not in html and "Le groupe compte aussi sur" in html
    # piped, the same documents have only their claim sentences left
    piped, _ = report(tmp_path, ampere)
    assert "3 articles sans texte intégral" in piped
