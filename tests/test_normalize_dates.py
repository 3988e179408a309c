"""factx.normalize.dates: French dates in news prose, resolved against the publication date."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factx.normalize.dates import find_dates

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seeds.gold.json"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"

XFAIL = pytest.mark.xfail(strict=True)


def found(text: str, pub: str | None) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, pub)]


# (sentence, publication date, expected [(span text, value)]) — written for factx, about other stories.
OWN_WITH_PUB = [
    # a range of months of one year is one period: the quarter it fills, or the year for a half-year (read one
    # by one when the months make neither, run backwards, cross a year or are listed)
    (
        "Les ventes entre juillet et septembre ont reculé de 7 %.",
        "2026-10-21",
        [("entre juillet et septembre", "2026-Q3")],
    ),
    (
        "Le transporteur a perdu 12 millions d'euros d'avril à juin.",
        "2026-10-21",
        [("d'avril à juin", "2026-Q2")],
    ),
    (
        "La banque a recruté 300 personnes de janvier à mars 2025.",
        "2026-10-21",
        [("de janvier à mars 2025", "2025-Q1")],
    ),
    (
        "Le groupe a réalisé 2 milliards de ventes de janvier à juin.",
        "2026-10-21",
        [("de janvier à juin", "2026")],
    ),
    (
        "Les ventes ont chuté de 12 % entre janvier et février.",
        "2026-10-21",
        [("janvier", "2026-01"), ("février", "2026-02")],
    ),
    (
        "Les ventes de novembre et décembre ont reculé.",
        "2026-12-21",
        [("novembre", "2026-11"), ("décembre", "2026-12")],
    ),
    (
        "Les ventes de juillet 2024 à mars 2025 ont progressé.",
        "2026-10-21",
        [("juillet 2024", "2024-07"), ("mars 2025", "2025-03")],
    ),
    (
        "Fondée en 2015, la start-up lyonnaise a levé 12 millions d'euros.",
        "2023-05-10",
        [("en 2015", "2015")],
    ),
    ("En 2019, le groupe avait racheté son concurrent allemand.", "2023-05-10", [("En 2019", "2019")]),
    # a decimal after a weekday is the figure, not the weekday's day ("mercredi 2" would be a day of some month)
    ("Amazon a investi mercredi 2,75 milliards de dollars.", "2024-03-28", [("mercredi", "2024-03-27")]),
    ("Le groupe a signé mercredi 13 mars.", "2024-03-28", [("mercredi 13 mars", "2024-03-13")]),
    ("Le plan social, annoncé fin 2022, touchera 300 postes.", "2023-05-10", [("fin 2022", "2022")]),
    ("Les travaux commenceront début 2024.", "2023-05-10", [("début 2024", "2024")]),
    ("La fusion sera effective à la mi-2025.", "2023-05-10", [("mi-2025", "2025")]),
    ("Le rachat a été bouclé en janvier 2023.", "2023-05-10", [("en janvier 2023", "2023-01")]),
    ("Les négociations ont échoué en mars.", "2023-05-10", [("en mars", "2023-03")]),
    ("Le conseil d'administration s'était réuni en décembre.", "2023-02-10", [("en décembre", "2022-12")]),
    ("Le PDG avait démissionné en janvier dernier.", "2023-05-10", [("en janvier dernier", "2023-01")]),
    ("L'usine fermera en septembre prochain.", "2023-05-10", [("en septembre prochain", "2023-09")]),
    (
        "La levée avait eu lieu en mars de l'an dernier.",
        "2024-03-11",
        [("en mars de l'an dernier", "2023-03")],
    ),
    ("Le bilan du 3 mai de cette année est sorti.", "2024-06-11", [("3 mai de cette année", "2024-05-03")]),
    ("La direction a présenté ce matin son plan.", "2024-09-10", [("ce matin", "2024-09-10")]),
    ("Les syndicats ont été reçus hier soir.", "2024-09-10", [("hier soir", "2024-09-09")]),
    (
        "Le groupe a annoncé lundi 23 janvier 2023 un plan de 1 200 suppressions de postes.",
        "2023-01-25",
        [("lundi 23 janvier 2023", "2023-01-23")],
    ),
    ("L'offre court jusqu'au 1er mars 2022.", "2022-02-01", [("1er mars 2022", "2022-03-01")]),
    ("L'assemblée générale se tiendra le 1er mars.", "2023-02-01", [("1er mars", "2023-03-01")]),
    ("Le contrat a été signé le 23/01/2023 à Paris.", "2023-02-01", [("23/01/2023", "2023-01-23")]),
    (
        "Le chiffre d'affaires a reculé au troisième trimestre 2023.",
        "2023-11-02",
        [("troisième trimestre 2023", "2023-Q3")],
    ),
    ("La marge s'est redressée au 3e trimestre.", "2023-11-02", [("3e trimestre", "2023-Q3")]),
    ("Le bénéfice net du T3 2023 atteint 2 milliards.", "2023-11-02", [("T3 2023", "2023-Q3")]),
    (
        "Les ventes du premier semestre 2023 ont progressé de 4 %.",
        "2023-09-01",
        [("premier semestre 2023", "2023")],
    ),
    ("La banque a publié ses résultats hier.", "2023-01-23", [("hier", "2023-01-22")]),
    ("Aujourd'hui, la mairie présente son budget.", "2023-01-23", [("Aujourd'hui", "2023-01-23")]),
    ("Aujourd'hui, la mairie présente son budget.", "2022-10", [("Aujourd'hui", "2022-10")]),
    ("Lundi, le constructeur a confirmé la fermeture du site.", "2023-01-25", [("Lundi", "2023-01-23")]),
    ("Le syndicat a appelé à la grève mardi prochain.", "2023-01-25", [("mardi prochain", "2023-01-31")]),
    (
        "Le fonds a annoncé la semaine dernière une levée de 50 millions.",
        "2023-01-23",
        [("la semaine dernière", "2023-W03")],
    ),
    ("Les rumeurs sont apparues il y a deux semaines.", "2023-01-23", [("il y a deux semaines", "2023-W02")]),
    ("L'inflation avait atteint 6 % l'an dernier.", "2023-01-23", [("l'an dernier", "2022")]),
    ("L'inflation avait atteint 6 % l'an dernier.", "2022-10", [("l'an dernier", "2021")]),
    # a company's financial year (dates.yaml units "exercice", modifiers "écoulé")
    ("Sur l'année écoulée, les ventes ont progressé de 8 %.", "2026-02-20", [("l'année écoulée", "2025")]),
    ("Le bénéfice de l'exercice écoulé atteint 40 millions.", "2026-02-20", [("l'exercice écoulé", "2025")]),
    ("Cet exercice, le groupe vise 400 millions.", "2026-02-20", [("Cet exercice", "2026")]),
    # a year's first months: its first quarter for three, the year itself otherwise (no grain for a half)
    (
        "Sur les neuf premiers mois de l'année, les ventes reculent.",
        "2026-10-20",
        [("les neuf premiers mois de l'année", "2026")],
    ),
    (
        "Sur les trois premiers mois de l'année, la perte se creuse.",
        "2026-04-20",
        [("les trois premiers mois de l'année", "2026-Q1")],
    ),
    # ... a year the words after name is left to the rules that read it; an exercise of style is no year
    (
        "Sur les neuf premiers mois de l'année dernière, les ventes ont reculé.",
        "2026-02-20",
        [("l'année dernière", "2025")],
    ),
    ("C'est un bel exercice de style, cet exercice de style.", "2026-02-20", []),
    (
        "Le budget de l'année prochaine prévoit 3 milliards d'euros.",
        "2023-01-23",
        [("l'année prochaine", "2024")],
    ),
    ("Les ventes ont chuté le mois dernier.", "2023-01-23", [("le mois dernier", "2022-12")]),
    ("Le titre a bondi ces derniers jours.", "2023-01-23", [("ces derniers jours", None)]),
    (
        "Les discussions se sont accélérées ces dernières semaines.",
        "2023-01-23",
        [("ces dernières semaines", None)],
    ),
    ("La start-up a été créée il y a trois ans.", "2023-01-23", [("il y a trois ans", "2020")]),
    ("Les salaires seront gelés cette année.", "2023-01-23", [("cette année", "2023")]),
    (
        "Le déficit public a dépassé les prévisions entre 2019 et 2021.",
        "2023-01-23",
        [("2019", "2019"), ("2021", "2021")],
    ),
    (
        "La période 2020-2022 a été difficile pour le secteur.",
        "2023-01-23",
        [("2020", "2020"), ("2022", "2022")],
    ),
    ("Le budget 2024 de la région prévoit 40 millions d'investissements.", "2023-10-01", [("2024", "2024")]),
    ("Le salon aura lieu du 13 au 15 juillet à Lyon.", "2023-05-10", [("du 13 au 15 juillet", "2023-07-13")]),
    (
        "Les dividendes seront versés le lendemain du 3 mai.",
        "2023-02-01",
        [("le lendemain du 3 mai", "2023-05-04")],
    ),
    ("Le groupe a fait de 2022 une année record.", "2023-01-23", [("2022", "2022")]),
    ("Les syndicats ont manifesté le 3 avril dernier.", "2023-03-15", [("3 avril dernier", "2022-04-03")]),
    (
        "Les 20 et 21 avril, les contrôleurs seront en grève.",
        "2023-03-15",
        [("20 et 21 avril", "2023-04-20")],
    ),
    (
        "Le conseil se réunira le premier lundi de septembre.",
        "2023-03-15",
        [("premier lundi de septembre", "2023-09-04")],
    ),
    ("Depuis le début de l'année, le titre a gagné 12 %.", "2023-10-20", [("le début de l'année", "2023")]),
    ("Le projet de loi de finances pour 2024 prévoit un déficit.", "2023-10-20", [("2024", "2024")]),
    # Not dates: durations, amounts, counts, names.
    ("La loi n° 2019-486 encadre les entreprises.", "2023-01-23", []),
    ("Le service client répond 24/7.", "2023-01-23", []),
    ("Le groupe va licencier 2019 employés.", "2023-01-23", []),
    ("La prime atteint 2000 euros par salarié.", "2023-01-23", []),
    ("Plus de 2000 salariés sont concernés.", "2023-01-23", []),
    ("Le chantier s'étalera sur plusieurs années.", "2023-01-23", []),
    ("Le site a été vidé en quelques jours.", "2023-01-23", []),
    ("Le partenariat durera pendant cinq ans.", "2023-01-23", []),
    ("Le cours stagne depuis trois ans.", "2023-01-23", []),
    # "until now", not a day; "ce jour" alone is one
    ("C'est la plus grosse acquisition à ce jour du groupe lyonnais.", "2023-09-22", []),
    ("Le groupe a finalisé ce jour l'acquisition de Varin.", "2023-09-22", [("ce jour", "2023-09-22")]),
    ("Le groupe a doublé ses ventes ces trois dernières années.", "2023-01-23", []),
    ("Quelques mois plus tard, l'usine fermait.", "2023-01-23", []),
    ("Le confiseur Mars a racheté Kellanova.", "2024-08-14", []),
    ("Les deux tiers, soit 2/3 des salariés, ont voté la grève.", "2023-01-23", []),
    ("L'IA de demain transformera la banque.", "2023-01-23", []),
    ("La version 3.5.1 corrige le problème ; la croissance a atteint 10.000 unités.", "2023-01-23", []),
    ("Les années 1990 ont vu naître le groupe.", "2023-01-23", []),
    # counted from the date the text just gave, else from the publication date
    ("Le lendemain, la direction a reculé.", "2023-01-23", [("Le lendemain", "2023-01-24")]),
    (
        "Le 12 mars 2024, Alvéa a levé 105 millions. Six mois plus tard, la jeune pousse doublait sa valorisation.",
        "2024-06-20",
        [("12 mars 2024", "2024-03-12"), ("Six mois plus tard", "2024-09")],
    ),
    (
        "Le 14 juin, le conseil a voté. La veille, les syndicats avaient manifesté.",
        "2024-06-20",
        [("14 juin", "2024-06-14"), ("La veille", "2024-06-13")],
    ),
    (
        "En 2021, la société a racheté Chryso. Un an plus tôt, elle avait cédé une filiale.",
        "2024-06-20",
        [("En 2021", "2021"), ("Un an plus tôt", "2020")],
    ),
    (
        "Le 14 juin, Alvéa a levé 20 millions. Le même jour, son concurrent Brio annonçait sa faillite.",
        "2024-06-20",
        [("14 juin", "2024-06-14"), ("Le même jour", "2024-06-14")],
    ),
    (
        "Le conseil a voté le 3 mai 2023 ; ce jour-là, l'action a perdu 8 %.",
        "2024-06-20",
        [("3 mai 2023", "2023-05-03"), ("ce jour-là", "2023-05-03")],
    ),
    ("La société a levé 20 millions deux ans après sa création.", "2024-06-20", []),
    # a past infinitive after it: what it tells happened that long before the publication date, whatever date
    # the text gave before
    (
        "Le rachat sera bouclé en 2026. Deux ans après avoir lancé sa production à Nesle, Alvéa lève 250 millions.",
        "2024-06-20",
        [("en 2026", "2026"), ("Deux ans après", "2022")],
    ),
    (
        "Trois mois après s'être introduit en Bourse, Alvéa a levé 20 millions.",
        "2024-06-20",
        [("Trois mois après", "2024-03")],
    ),
    # a softened count is the same date
    (
        "Il y a à peine plus d'un an, la start-up levait 40 millions.",
        "2024-06-20",
        [("Il y a à peine plus d'un an", "2023")],
    ),
    (
        "Il y a près de deux ans, le groupe a fermé l'usine.",
        "2024-06-20",
        [("Il y a près de deux ans", "2022")],
    ),
    ("Il y a plus de 20 000 salariés sur le site.", "2024-06-20", []),
    # a weekday abbreviation alone ends a sentence; with its day it is a date
    ("Le groupe investit 3 milliards dans l'éolien en mer.", "2024-06-20", []),
    ("Assemblée générale ven. 14 juin.", "2024-06-20", [("ven. 14 juin", "2024-06-14")]),
    # a season "dernier" is the last one over: the one before while it is still on ("l'été dernier" in August);
    # "prochain" the next one to start
    ("Le comité se réunira l'été prochain.", "2023-01-23", [("l'été prochain", "2023")]),
    ("Le comité se réunira l'été prochain.", "2023-07-23", [("l'été prochain", "2024")]),
    ("Le milieu a rejoint le club l'été dernier.", "2017-08-04", [("l'été dernier", "2016")]),
    ("Le milieu a rejoint le club l'été dernier.", "2017-11-04", [("l'été dernier", "2017")]),
    ("La vente a eu lieu l'hiver dernier.", "2018-01-10", [("l'hiver dernier", "2016")]),
    ("La vente a eu lieu l'hiver dernier.", "2018-05-10", [("l'hiver dernier", "2017")]),
    # Known limits.
    pytest.param("Le projet démarre au printemps.", "2023-01-23", [("au printemps", "2023")], marks=XFAIL),
]


@pytest.mark.parametrize("text,pub,expected", OWN_WITH_PUB)
def test_own_sentences_with_pub_date(text: str, pub: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text, pub) == expected


# Without a publication date a relative date is still found, with value None.
OWN_WITHOUT_PUB = [
    ("Lundi, le groupe a présenté ses comptes.", [("Lundi", None)]),
    ("Les rumeurs sont apparues il y a deux semaines.", [("il y a deux semaines", None)]),
    ("Nous évoquions la semaine dernière une rumeur.", [("la semaine dernière", None)]),
    ("Le rachat a été bouclé en mars.", [("en mars", None)]),
    ("Le chiffre d'affaires du 3e trimestre a reculé.", [("3e trimestre", None)]),
    ("Le rachat a été bouclé en mars 2021.", [("en mars 2021", "2021-03")]),
    ("Fondée en 2015, la société emploie 400 personnes.", [("en 2015", "2015")]),
    # years before 1900 only after "en", "depuis", "dès": elsewhere such a number is usually a count
    ("La maison, fondée en 1837 à Paris, a été rachetée.", [("en 1837", "1837")]),
    ("Depuis 1850, la famille contrôle le groupe.", [("1850", "1850")]),
    ("Le fonds a cédé 1837 actions et 1500 obligations.", []),
]


@pytest.mark.parametrize("text,expected", OWN_WITHOUT_PUB)
def test_own_sentences_without_pub_date(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text, None) == expected


def test_relative_flag_and_grain() -> None:
    (d,) = find_dates("La semaine dernière, la banque a fermé.", "2023-01-23")
    assert (d.value, d.grain, d.relative) == ("2023-W03", "week", True)
    (d,) = find_dates("En 2019, la banque a fermé.", "2023-01-23")
    assert (d.value, d.grain, d.relative) == ("2019", "year", False)
    (d,) = find_dates("Hier, la banque a fermé.", "2023")
    assert (d.value, d.grain) == ("2023", "year")  # never finer than the publication date


def _seed_cases() -> list[tuple[str, str | None, dict]]:
    if not GOLD.exists():
        return []
    docs = json.loads(GOLD.read_text(encoding="utf-8"))["documents"]
    return [(name, doc["doc_date"], g) for name, doc in docs.items() for g in doc["dates"]]


@pytest.mark.skipif(not GOLD.exists(), reason="shared gold file not available")
@pytest.mark.parametrize("name,pub,gold", _seed_cases(), ids=lambda x: x if isinstance(x, str) else None)
def test_seed_gold_dates(name: str, pub: str | None, gold: dict) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    text = re.sub(r"^ date \S+", lambda m: " " * len(m[0]), text)  # the header is masked before parsing
    dates = find_dates(text, pub)
    occurrences = [(m.start(), m.end()) for m in re.finditer(re.escape(gold["text"]), text)]

    def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
        inter = min(a[1], b[1]) - max(a[0], b[0])
        return inter > 0 and inter / (max(a[1], b[1]) - min(a[0], b[0])) >= 0.5

    hits = [d for d in dates if any(overlaps(o, (d.start, d.end)) for o in occurrences)]
    assert hits, f"{gold['text']!r} not found"
    assert gold["value"] is None or gold["value"] in {d.value for d in hits}


@settings(max_examples=300, deadline=None)
@given(
    st.text(), st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["2023", "2023-01", "2023-01-23"]))
)
def test_never_raises(text: str, pub: str | None) -> None:
    for d in find_dates(text, pub):
        assert 0 <= d.start < d.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "le",
                "1er",
                "31",
                "2019",
                "mars",
                "lundi",
                "il y a",
                "dans",
                "deux",
                "semaines",
                "ces",
                "derniers",
                "jours",
                "/",
                "-",
                "fin",
                "T3",
                "trimestre",
                "2/3",
                " ",
            ]
        ),
        max_size=12,
    )
)
def test_never_raises_on_date_like_words(words: list[str]) -> None:
    find_dates(" ".join(words), "2023-01-23")
