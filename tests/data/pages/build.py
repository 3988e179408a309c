"""Build the saved-page fixtures: real article text (excerpts of stored public pages, URLs below) wrapped in
markup of the kind each outlet's site has: menus, cookie banners, "Publicité" slots, related links, comments.

    python tests/data/pages/build.py      # rewrites the .html files beside it

The boilerplate deliberately holds figures and business words ("1 € le premier mois", "Renault : 2 milliards
d'économies") so that a test can tell whether any of it reached the extracted text or the claims.
"""

from __future__ import annotations

import base64
import html
import json
from pathlib import Path

HERE = Path(__file__).parent

COOKIE = (
    '<div id="didomi-host" class="cookie-banner"><p>Nous et nos partenaires utilisons des cookies pour '
    "mesurer l'audience et vous proposer des publicités personnalisées.</p><button>Accepter et fermer</button>"
    "<button>Paramétrer les cookies</button></div>"
)
AD = '<div class="ad-slot"><span class="ad-label">Publicité</span><div id="dfp-{n}"></div></div>'
PROMO = (
    '<aside class="promo">Offre spéciale abonnés : 1 € le premier mois, puis 9,99 € par mois. '
    '<a href="/abonnement">S\'abonner</a></aside>'
)


def paras(text: str, ads: bool = True) -> str:
    out = []
    for i, p in enumerate(x for x in text.split("\n\n") if x.strip()):
        out.append(f"<p>{html.escape(p.strip())}</p>")
        if ads and i in (1, 4):
            out.append(AD.format(n=i))
    return "\n".join(out)


def related(items: list[str], title: str = "Lire aussi") -> str:
    links = "".join(f'<li><a href="/article/{i}">{html.escape(t)}</a></li>' for i, t in enumerate(items))
    return f'<section class="related"><h3>{title}</h3><ul>{links}</ul></section>'


NAV = (
    '<nav class="main-menu"><ul><li><a href="/">Accueil</a></li><li><a href="/economie">Économie</a></li>'
    '<li><a href="/bourse">Bourse</a></li><li><a href="/international">International</a></li>'
    '<li><a href="/politique">Politique</a></li><li><a href="/newsletters">Newsletters</a></li></ul></nav>'
)
RELATED = [
    "Renault : 2 milliards d'économies et 4 600 postes supprimés en France",
    "Bourse : le CAC 40 termine en hausse de 1,2 %",
    "Immobilier : les taux de crédit remontent à 4 %",
]
FOOTER = (
    "<footer><ul><li>Mentions légales</li><li>Politique de confidentialité</li><li>Gérer les cookies</li>"
    "<li>Nous contacter</li></ul><p>© 2024 Tous droits réservés</p></footer>"
)

LATRIBUNE_TEXT = """Et de cinq ! Dans le cadre de son plan « Transform & Grow » lancé début 2019, rebaptisé « Impact and Grow » en 2021, Saint-Gobain vient de signer un cinquième gros chèque pour renforcer sa présence à l'international. A soixante-douze heures de la présentation de ses résultats annuels, le fabricant et distributeur de matériaux de construction et de verre vient d'annoncer, ce 26 février, non pas une énième emplette en Amérique du Nord, mais en... Australie, un Etat où il réalise déjà 100 millions de chiffre d'affaires dans la chimie de la construction. L'offre publique d'achat à 2,7 milliards d'euros doit encore être soumise aux décisions du gouvernement de Canberra en matière d'investissements étrangers mais, en cas de feu vert, le closing devrait intervenir au second semestre 2024.

« C'est une acquisition stratégique très importante en alignement parfait avec notre vision d'être le leader mondial de la construction durable », a déclaré Benoit Bazin, le directeur général de Saint-Gobain, lors d'une visioconférence de presse.

Déjà sous licence de la multinationale française depuis 1989 pour la technologie d'isolation en laine de verre, l'heureuse élue s'appelle CSR et est présentée comme la championne locale des plaques de plâtre, de l'isolation - qui représentent trois-quarts de sa rentabilité - et des solutions de façade, implantée à 95% en Australie et à 5% en Nouvelle-Zélande.

Avec 30 sites de production et près de 2.500 employés, elle a réalisé 1,63 milliard d'euros de chiffre d'affaires en 2023."""

LADEPECHE_TEXT = """Le conglomérat dirigé par Martin Bouygues ne baisse pas les bras dans le rachat de SFR mis en vente par Vivendi. Si officiellement Numericable et sa maison-mère Altice indiquent «continuer de travailler avec Vivendi de façon efficace et constructive dans cette période de négociations exclusives» qui court jusqu'au 4 avril, Bouygues Telecom entend bien au final décrocher le pompon.

En coulisses, la bataille fait rage, et le groupe Bouygues joue le tout pour le tout pour que son projet de rachat du deuxième opérateur télécoms français aboutisse. Ainsi, il a amélioré de 1,85 milliard d'euros en cash son offre afin que sa proposition coiffe sur le poteau celle de Numericable.

Vivendi a battu le rappel et s'affiche désormais avec de sérieux renforts : la Caisse des dépôts (CDC), bras financier de l'État, ainsi que la famille Pinault et JCDecaux Holding. Du coup, le «comité ad hoc» de Vivendi, composé de quatre administrateurs affectés au dossier SFR, s'est réuni pour examiner cette offre.

Dans ce contexte, l'Autorité des marchés financiers (AMF) a enjoint tous les acteurs du dossier à respecter les règles strictes d'information et de communication financière sans quoi des sanctions seraient appliquées pour faire rentrer tout le monde dans le droit chemin."""

LALIBRE_TEXT = """Il a pour cela remis dimanche à Engie, grand actionnaire de Suez, une offre ferme à 2,9 milliards d'euros, portant sur l'essentiel de sa participation. Selon son communiqué, l'offre concerne 29,9% de Suez, dont Engie détient au total 32%. Si cette transaction aboutit, Veolia a l'intention de déposer par la suite une offre publique d'achat pour le reste des actions. Le rachat de l'ensemble est estimé à quelque 10 milliards, auxquels s'ajoute la dette de Suez.

"Cette opportunité historique permettra de construire le super champion mondial français de la transformation écologique", a commenté Antoine Frérot, le PDG de Veolia.

Suez, qui avait présenté en octobre un plan stratégique visant à détrôner son rival de sa place de numéro un, a pris "acte", dans un communiqué séparé. "La démarche de Veolia n'a pas été sollicitée et n'a fait l'objet d'aucune discussion avec Suez", qui réunira son conseil d'administration "dans les plus brefs délais afin d'étudier l'opération et ses impacts envisagés".

Engie a pour sa part fait savoir dimanche soir qu'il allait "étudier la proposition dans les prochaines semaines" et "privilégiera la solution la plus attractive pour ses actionnaires", selon son communiqué.

Le géant de l'énergie avait annoncé en juillet sa volonté de recentrer son activité, en cédant des actifs jugés non stratégiques et des participations minoritaires."""

ZONEBOURSE_TEXT = """PARIS (awp/afp) - Le groupe Veolia annonce dimanche soir déposer une offre d'achat sur les 70,1% du capital de Suez qu'il ne détient pas, renonçant à obtenir l'accord du conseil d'administration de son concurrent qui a "multiplié les actions destinées à faire obstruction à sa proposition" de rachat amical, dit-il.

Considérant que "l'intérêt social de Veolia et la bonne information du marché méritent une clarification face aux manoeuvres et déclarations ambiguës de Suez, Ardian et GIP", le conseil d'administration du champion de l'eau et des déchets a décidé de faire "une offre publique d'acquisition en numéraire au prix de 18 euros", précise un communiqué. Veolia a acheté en octobre 29,9% du capital de Suez."""

BOURSIER_TEXT = """(Reuters) - Saint-Gobain a annoncé lundi l'achat définitif de son homologue australien CSR Limited pour une valeur d'entreprise de 4,5 milliards de dollars australiens (2,72 milliards d'euros). Le groupe français des matériaux de construction a conclu un accord pour "renforcer sa présence sur les marchés à forte croissance d'Asie-Pacifique", avec l'acquisition en numéraire de toutes les actions en circulation de CSR, pour 9 dollars australiens par action. Le prix représente une prime d'environ 7,4% par rapport à la dernière valeur du titre CSR.

"CSR sera naturellement consolidé dans l'organisation par pays de Saint-Gobain comme l'entité opérant les activités du Groupe en Australie et en Nouvelle-Zélande au sein de la Région Asie-Pacifique", explique Saint-Gobain dans un communiqué.

Fondée en 1855, CSR est l'une des plus anciennes entreprises d'Australie. D'abord une entreprise de raffinage du sucre, elle s'est diversifiée dans les produits de construction. La transaction, recommandée à l'unanimité aux actionnaires par le conseil d'administration de l'entreprise australienne, devrait être finalisée durant le second semestre 2024.

Les négociations entre les deux groupes avaient été annoncées le 21 février, faisant bondir le titre CSR. (Rédigé par Gaëlle Sheehan, avec Sudip Kar-Gupta)"""


def latribune() -> str:
    title = "Saint-Gobain casse (encore) sa tirelire et met un pied en Australie"
    url = "https://www.latribune.fr/entreprises-finance/industrie/biens-d-equipement-btp-immobilier/saint-gobain-casse-encore-sa-tirelire-et-met-un-pied-en-australie-991488.html"
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": "2024-02-26T18:02:00+01:00",
            "dateModified": "2024-02-27T08:15:00+01:00",
            "author": {"@type": "Person", "name": "Marine Godelier"},
            "publisher": {"@type": "Organization", "name": "La Tribune"},
            "mainEntityOfPage": url,
        },
        ensure_ascii=False,
    )
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{html.escape(title)} | La Tribune</title>
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="La Tribune">
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:type" content="article">
<script type="application/ld+json">{ld}</script>
<script>window.dataLayer=[{{"pageType":"article","price":"2,7 milliards"}}];</script>
</head><body>
{COOKIE}
<header class="site-header"><a class="logo" href="/">La Tribune</a>{NAV}
<a class="subscribe" href="/abonnement">S'abonner</a></header>
<main><article>
<div class="breadcrumb">Entreprises &amp; Finance › Industrie › BTP</div>
<h1>{html.escape(title)}</h1>
<p class="chapo">Le groupe français s'offre l'australien CSR pour 2,7 milliards d'euros.</p>
<div class="byline">Marine Godelier, le 26 février 2024 à 18:02</div>
<div class="article-body">
{paras(LATRIBUNE_TEXT)}
</div>
{PROMO}
</article>
{related(RELATED)}
<section class="most-read"><h3>Les plus lus</h3><ol><li>Retraites : ce qui change au 1er janvier</li>
<li>Airbus livre 735 avions en 2023</li></ol></section>
</main>
<div class="newsletter">Recevez chaque matin l'essentiel de l'actualité économique. <input type="email"></div>
{FOOTER}
</body></html>
"""


def ladepeche() -> str:
    title = "Rachat de SFR : Bouygues fait toujours le forcing"
    url = "http://www.ladepeche.fr/article/2014/03/29/1851013-rachat-de-sfr-bouygues-fait-toujours-le-forcing.html"
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{html.escape(title)} - ladepeche.fr</title>
<meta property="og:site_name" content="ladepeche.fr">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{html.escape(title)}">
<meta property="article:published_time" content="2014-03-29T07:45:00+01:00">
<meta name="author" content="G.B.">
</head><body>
<div class="cmp-banner">En poursuivant votre navigation, vous acceptez l'utilisation de cookies. <a href="/cookies">En savoir plus</a></div>
<header>{NAV}<div class="weather">Toulouse 18°C</div></header>
<div class="ariane"><a href="/">Accueil</a> / <a href="/economie">Économie</a></div>
<article class="article">
<h1>{html.escape(title)}</h1>
<ul class="slideshow"><li>Rachat de SFR : Bouygues fait toujours le forcing</li></ul>
<div class="article-meta">Publié le 29/03/2014 à 07:45, mis à jour à 08:30 · G.B.</div>
<div class="article-full">
{paras(LADEPECHE_TEXT)}
</div>
</article>
<div class="comments"><a>Voir les commentaires</a> <a>Réagir</a>
<p>Vous avez droit à 3 commentaires par jour. Pour contribuer en illimité, abonnez vous. S'abonner</p>
<p>Souhaitez-vous recevoir une notification lors de la réponse d'un(e) internaute à votre commentaire ?</p></div>
{related(RELATED, "Sur le même sujet")}
{FOOTER}
</body></html>
"""


def lalibre() -> str:
    title = "Veolia à la conquête de Suez pour créer un géant de l'environnement"
    url = "https://www.lalibre.be/economie/entreprises-startup/veolia-a-la-conquete-de-suez-pour-creer-un-geant-de-l-environnement-5f4c912e7b50a677fb439ea0"
    return f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{html.escape(title)} - La Libre</title>
<meta property="og:site_name" content="La Libre.be">
<meta property="og:title" content="{html.escape(title)}">
</head><body>
<div id="sp_message_container"><p>Votre vie privée est importante pour nous. Nous utilisons des cookies et
des technologies similaires pour personnaliser le contenu et les publicités.</p><button>J'accepte</button></div>
<header>{NAV}</header>
<main><article itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">{html.escape(title)}</h1>
<div class="ap-byline"><span itemprop="author">AFP</span>
<time itemprop="datePublished" datetime="2020-08-30T21:12:00+02:00">Publié le 30-08-20 à 21h12</time></div>
<div itemprop="articleBody">
{paras(LALIBRE_TEXT)}
</div>
</article>
{related(RELATED, "Sur le même sujet")}
<div class="taboola">Contenus sponsorisés : Ce placement rapporte 8 % par an, découvrez comment</div>
</main>
{FOOTER}
</body></html>
"""


def zonebourse() -> str:
    title = "Veolia annonce déposer une offre d'achat sur les 70,1% du capital de Suez qu'il ne détient pas"
    url = "https://www.zonebourse.com/cours/action/VEOLIA-ENVIRONNEMENT-4726/actualite/Veolia-annonce-deposer-une-offre-d-achat-sur-les-70-1-du-capital-de-Suez-qu-il-32380785/"
    quotes = "".join(
        f"<tr><td>{n}</td><td>{v}</td><td>{c}</td></tr>"
        for n, v, c in (("VEOLIA ENVIRONNEMENT", "25,14 €", "+1,37%"), ("SUEZ", "17,62 €", "+0,11%"))
    )
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{html.escape(title)} | Zonebourse</title>
<link rel="canonical" href="{url}">
<meta name="description" content="{html.escape(title)}">
</head><body>
<div class="cookie-consent">Ce site utilise des cookies. Accepter</div>
<header><div class="ticker">CAC 40 5 659,21 +0,54% · DAX 14 056,72 +0,20%</div>{NAV}</header>
<div class="container"><div class="col-left">
<table class="quotes"><tr><th>Valeur</th><th>Cours</th><th>Var.</th></tr>{quotes}</table>
</div>
<div class="col-main"><article>
<h1>{html.escape(title)}</h1>
<div class="date"><time datetime="2021-02-07T20:31:00+01:00">07/02/2021 | 20:31</time></div>
<div class="txt-article">
{paras(ZONEBOURSE_TEXT, ads=False)}
</div>
<p class="cited">Valeurs citées dans l'article : Suez SA, Veolia Environnement, ENGIE</p>
</article>
<div class="ad-slot"><span>Publicité</span>Tradez les actions avec 0 € de frais de courtage</div>
{related(RELATED, "Dernières actualités")}
</div></div>
{FOOTER}
</body></html>
"""


def boursier() -> str:
    title = "Saint-Gobain conclut le rachat de l'australien CSR"
    url = "https://www.boursier.com/actualites/reuters/saint-gobain-conclut-le-rachat-de-l-australien-csr-357311.html"
    pixel = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64).decode()
    return f"""<!DOCTYPE html>
<!--
 Page saved with SingleFile
 url: {url}
 saved date: Tue Feb 27 2024 09:12:44 GMT+0100 (heure normale d'Europe centrale)
-->
<html lang="fr"><head><meta charset="utf-8">
<title>{html.escape(title)} | Boursier.com</title>
<meta property="og:site_name" content="Boursier.com">
<meta property="article:published_time" content="2024-02-26T08:41:00+01:00">
<style>.x{{background:url(data:image/png;base64,{pixel})}}</style>
</head><body>
<div class="rgpd">Boursier.com et ses partenaires utilisent des cookies. Tout accepter · Continuer sans accepter</div>
<header>{NAV}</header>
<article>
<h1>{html.escape(title)}</h1>
<div class="meta">Le 26/02/2024 à 08h41</div>
<img alt="Crédit photo © Reuters" src="data:image/png;base64,{pixel}">
<div class="article-text">
{paras(BOURSIER_TEXT)}
</div>
<p class="lire-aussi">A lire aussi... <a href="/x">Renault : 2 milliards d'économies</a></p>
</article>
{related(RELATED, "Les dernières actualités")}
{FOOTER}
</body></html>
"""


PAGES = {
    "latribune_saint_gobain.html": latribune,
    "ladepeche_sfr.html": ladepeche,
    "lalibre_veolia.html": lalibre,
    "zonebourse_veolia.html": zonebourse,
    "boursier_saint_gobain.html": boursier,
}

if __name__ == "__main__":
    for name, build in PAGES.items():
        (HERE / name).write_text(build(), encoding="utf-8")
        print(name)
