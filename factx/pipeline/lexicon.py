"""The claim engine's French words, read once from the data files (grammar, sources, figures, aliases).

Nothing here is French itself: the words live in ``factx/data/fr/*.yaml`` (extendable through
``FACTX_DATA_DIR``); this module only turns them into the sets and tables the components look up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache

from .. import data
from ..canon import fold, key


def _low(items: object) -> frozenset[str]:
    return frozenset(str(w).lower().replace("’", "'") for w in items or [])


_REFORM = str.maketrans("îû", "iu")


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    # plural and case variants index together: "levées" ~ "levée", "Parts" ~ "part"; and so do the spellings
    # of the 1990 reform, which drop the circumflex on i and u ("disparaitre", "entrainer", "cout")
    word = word.lower().replace("’", "'").translate(_REFORM)
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def words_of(phrase: str) -> tuple[str, ...]:
    """A phrase as the tokenizer splits it: "l'action" -> ("l'", "action"), "(soit" -> ("(", "soit")."""
    out: list[str] = []
    for word in phrase.lower().replace("’", "'").split():
        while word[:1] in "(,;" and len(word) > 1:
            out.append(word[0])
            word = word[1:]
        if "'" in word[:-1]:
            head, _, rest = word.partition("'")
            out += [head + "'", rest]
        else:
            out.append(word)
    return tuple(out)


@dataclass(frozen=True)
class Grammar:
    definite: frozenset[str]
    definite_article: frozenset[str]
    plural_definite: frozenset[str]
    demonstrative: frozenset[str]
    indefinite: frozenset[str]
    possessive: dict[str, str]  # form -> number of the owner
    prepositions: dict[str, frozenset[str]]  # "de" -> {"de", "d'", "du", "des"}
    personal: dict[str, dict[str, str]]  # "elle" -> {gender, number}
    latter: dict[str, dict[str, str]]  # "dernière" (after "cette") -> {gender, number}
    object_clitics: dict[str, dict[str, str]]  # "la" -> {gender, number}
    relative: frozenset[str]
    object_relatives: frozenset[str]  # "que": the noun the clause is on is its verb's object
    owner_relatives: frozenset[str]  # "dont": the noun the clause is on owns what its verb's object names
    predicate_verbs: dict[str, str]  # lemma -> where the one described is: subject, de, object
    # "Creed y est le deuxième acteur": the words that may stand between a name, its verb and its description
    predicate_fillers: frozenset[str]
    outside_verbs: frozenset[str]  # verbs whose subject is not the agent of the noun they govern
    outside_nouns: frozenset[str]  # nouns whose "de"/"par" complement judges a fact ("l'approbation de l'UE")
    history_nouns: frozenset[str]  # "l'acquisition de l'histoire de Google": Google did it
    noun_lookalikes: frozenset[str]  # "mise" (à jour) is a noun, no "miser"
    one_of: frozenset[str]  # "l'un des investisseurs": one of a group
    topic_openers: tuple[tuple[str, ...], ...]  # "du côté de": the company named next is the sentence's topic
    title_joins: frozenset[tuple[str, ...]] = frozenset()  # "président et CEO": two titles of one person
    relation_nouns: frozenset[tuple[str, ...]] = frozenset()  # "petit-fils du fondateur": another's title
    # endings of finite verbs that are no present tense ("détenait", "détiendra"): the tagger marks some present
    not_present_endings: tuple[str, ...] = ()
    # "conserve 20 % du capital", "apporte 25 % du capital à l'offre": shares kept through a deal or given up to it
    deal_holding_verbs: frozenset[str] = frozenset()
    transfer_verbs: dict[str, tuple[str, ...]] = field(
        default_factory=dict
    )  # lemma -> receiver's prepositions
    owner_subjects: frozenset[str] = frozenset()  # "le plan (de X) prévoit": X's fact
    agent_participles: frozenset[str] = frozenset()  # "réalisé (par X)": the noun's "par" complement
    body_subjects: frozenset[str] = frozenset()  # "le conseil (d'administration) de X a rejeté": X did
    deal_parties: dict[str, str] = field(default_factory=dict)  # "la cible" -> "object" of the last deal
    list_links: frozenset[str] = frozenset()  # ",", "et", "ou" between listed names
    alternative_links: frozenset[str] = frozenset()  # "ou": a list of alternatives goes on
    alternative_adverbs: frozenset[str] = frozenset()  # "ou encore"
    title_openers: frozenset[str] = frozenset()  # "Au PDG de Kelvia, X a répondu": no fronted title
    respective: frozenset[str] = frozenset()  # "respectivement": listed figures go to listed names in order
    title_org_prepositions: frozenset[str] = frozenset()  # "analyste à la Swissquote Bank": whose title
    circumstances: frozenset[tuple[str, ...]] = (
        frozenset()
    )  # "en raison de": a phrase of cause, time, comparison
    finite_endings: tuple[str, ...] = ()  # "déboursera": no participle ends so
    etre_verbs: frozenset[str] = frozenset()  # "est entré en négociations": être makes no passive of these
    # ("ée", "er"): "valorisée" is valoriser's, longest first
    participle_endings: tuple[tuple[str, str], ...] = ()
    # "then": {"alors"}, "during": {"lors"} (adverbs tying a claim's time to another's)
    time_links: dict[str, frozenset[str]] = field(default_factory=dict)
    present_adverbs: frozenset[str] = frozenset()  # "aujourd'hui": a clause at the time of writing
    period_words: frozenset[str] = frozenset()  # "annuel": a measure's period of its own
    condition_words: frozenset[str] = frozenset()  # "si", "en cas de": a clause's condition of its own
    resulting_adverbs: frozenset[str] = frozenset()  # "désormais": the state a fact brings about
    # "donnera naissance à": the name next is what a merger makes; "le nouvel ensemble" then stands for it
    new_entity_makers: frozenset[str] = frozenset()
    new_entity_cues: tuple[tuple[str, ...], ...] = ()
    new_entity_nouns: tuple[tuple[str, ...], ...] = ()

    def circumstance_at(self, low: list[str], j: int) -> bool:
        """A circumstance phrase starts at word ``j`` of ``low`` (lowercased, normalised words)."""
        return any(tuple(low[j : j + len(p)]) == p for p in self._circumstances_by_word.get(low[j], ()))

    @property
    def _circumstances_by_word(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        by = self.__dict__.get("_by_word")
        if by is None:
            grouped: dict[str, list[tuple[str, ...]]] = {}
            for p in self.circumstances:
                grouped.setdefault(p[0], []).append(p)
            by = {k: tuple(v) for k, v in grouped.items()}
            object.__setattr__(self, "_by_word", by)
        return by

    @property
    def circumstance_words(self) -> frozenset[str]:
        """The words a circumstance phrase can start with (:meth:`circumstance_at` is false elsewhere)."""
        words = self.__dict__.get("_first_words")
        if words is None:
            words = frozenset(self._circumstances_by_word)
            object.__setattr__(self, "_first_words", words)
        return words

    def prep_forms(self, prep: str) -> frozenset[str]:
        return self.prepositions.get(prep, frozenset({prep}))


@cache
def grammar() -> Grammar:
    raw = data.load("grammar") or {}
    det = raw.get("determiners") or {}
    pron = raw.get("pronouns") or {}
    return Grammar(
        definite=_low(det.get("definite")),
        definite_article=_low(det.get("definite_article")),
        plural_definite=_low(det.get("plural_definite")),
        demonstrative=_low(det.get("demonstrative")),
        indefinite=_low(det.get("indefinite")),
        possessive={str(k).lower(): str(v) for k, v in (det.get("possessive") or {}).items()},
        prepositions={str(k): _low(v) for k, v in (raw.get("prepositions") or {}).items()},
        personal={str(k).lower(): dict(v or {}) for k, v in (pron.get("personal") or {}).items()},
        latter={str(k).lower(): dict(v or {}) for k, v in (pron.get("latter") or {}).items()},
        object_clitics={
            str(k).lower().replace("’", "'"): dict(v or {}) for k, v in (pron.get("object") or {}).items()
        },
        relative=_low(pron.get("relative")),
        object_relatives=frozenset(
            str(w).lower().replace("’", "'") for w in pron.get("object_relative") or []
        ),
        owner_relatives=_low(pron.get("owner_relative")),
        predicate_verbs={str(k).lower(): str(v) for k, v in (raw.get("predicate_verbs") or {}).items()},
        predicate_fillers=frozenset(
            str(w).lower().replace("’", "'") for w in raw.get("predicate_fillers") or []
        ),
        outside_verbs=_low(raw.get("outside_verbs")),
        outside_nouns=_low(raw.get("outside_nouns")),
        agent_participles=_low(raw.get("agent_participles")),
        history_nouns=_low(raw.get("history_nouns")),
        not_present_endings=tuple(str(e).lower() for e in raw.get("not_present_endings") or ()),
        deal_holding_verbs=_low(raw.get("deal_holding_verbs")),
        noun_lookalikes=_low(raw.get("noun_lookalikes")),
        one_of=_low(raw.get("one_of")),
        topic_openers=tuple(words_of(fold(str(p))) for p in raw.get("topic_openers") or []),
        title_joins=frozenset(words_of(str(p)) for p in raw.get("title_joins") or []),
        relation_nouns=frozenset(words_of(str(p)) for p in raw.get("relation_nouns") or []),
        transfer_verbs={
            str(k).lower(): tuple(str(p) for p in v or [])
            for k, v in (raw.get("transfer_verbs") or {}).items()
        },
        owner_subjects=_low(raw.get("owner_subjects")),
        body_subjects=_low(raw.get("body_subjects")),
        deal_parties={
            str(n).lower(): str(role)
            for role, nouns in (raw.get("deal_parties") or {}).items()
            for n in nouns or []
        },
        list_links=_low(raw.get("list_links")),
        alternative_links=_low(raw.get("alternative_links")),
        alternative_adverbs=_low(raw.get("alternative_adverbs")),
        title_openers=_low(raw.get("title_openers")),
        respective=_low(raw.get("respective")),
        title_org_prepositions=_low(raw.get("title_org_prepositions")),
        circumstances=frozenset(words_of(p) for p in raw.get("circumstances") or []),
        finite_endings=tuple(sorted(_low(raw.get("finite_endings")), key=len, reverse=True)),
        etre_verbs=_low(raw.get("etre_verbs")),
        time_links={str(k): _low(v) for k, v in (raw.get("time_links") or {}).items()},
        present_adverbs=_low(raw.get("present_adverbs")),
        period_words=_low(raw.get("period_words")),
        condition_words=_low(raw.get("condition_words")),
        resulting_adverbs=_low(raw.get("resulting_adverbs")),
        participle_endings=tuple(
            sorted(
                ((str(k).lower(), str(v)) for k, v in (raw.get("participle_endings") or {}).items()),
                key=lambda e: len(e[0]),
                reverse=True,
            )
        ),
        new_entity_makers=frozenset(fold(str(w)) for w in raw.get("new_entity_makers") or []),
        new_entity_cues=tuple(words_of(fold(str(p))) for p in raw.get("new_entity_cues") or []),
        new_entity_nouns=tuple(words_of(fold(str(p))) for p in raw.get("new_entity_nouns") or []),
    )


@dataclass(frozen=True)
class Sources:
    reporting_verbs: frozenset[str]
    source_nouns: frozenset[str]
    outlet_nouns: frozenset[str]  # "le site X": X is an outlet
    attribution_preps: frozenset[str]  # joined word tuples: "selon", "d' après"
    official: frozenset[str]
    official_any: frozenset[str] = frozenset()  # "selon un communiqué": official whatever the determiner
    estimate_verbs: frozenset[str] = frozenset()  # a third party's estimate ("la CGT estime que")
    third_party_nouns: frozenset[str] = frozenset()  # "les syndicats affirment que"
    third_party_names: frozenset[str] = frozenset()  # "la CGT": a union, never the company (folded names)
    # the company's facts such a speaker counts (job cuts, hires): never its own
    third_party_counts: frozenset[str] = frozenset()
    outlet_preps: frozenset[str] = frozenset()  # "Pour Sky Sport, ...": attributes to an outlet only

    def is_third_party(self, name: str) -> bool:
        """``name`` is a speaker that never does a company's facts (sources.yaml ``third_party_names``)."""
        return fold(name) in self.third_party_names


@cache
def sources() -> Sources:
    raw = data.load("sources") or {}
    return Sources(
        reporting_verbs=_low(raw.get("reporting_verbs")),
        source_nouns=_low(raw.get("source_nouns")),
        outlet_nouns=_low(raw.get("outlet_nouns")),
        attribution_preps=frozenset(" ".join(words_of(p)) for p in raw.get("attribution_preps") or []),
        official=_low(raw.get("official_sources")),
        official_any=_low(raw.get("official_sources_any_determiner")),
        estimate_verbs=_low(raw.get("estimate_verbs")),
        third_party_nouns=_low(raw.get("third_party_nouns")),
        third_party_names=frozenset(fold(str(w)) for w in raw.get("third_party_names") or []),
        third_party_counts=frozenset(str(w) for w in raw.get("third_party_counts") or []),
        outlet_preps=_low(raw.get("outlet_preps")),
    )


@cache
def outlet_keys() -> frozenset[str]:
    """Folded spellings of every outlet of sources.yaml: an entity whose canonical name is one is a source."""
    return frozenset(outlet_names())


def is_outlet(canonical: str | None) -> bool:
    return bool(canonical) and key(canonical) in outlet_keys()


@cache
def outlet_names() -> dict[str, str]:
    """Each outlet spelling's key (sources.yaml ``outlets``) -> the outlet's first listed name."""
    out: dict[str, str] = {}
    for item in (data.load("sources") or {}).get("outlets") or []:
        names = item if isinstance(item, list) else [item.get("name")] if isinstance(item, dict) else [item]
        names = [str(n) for n in names if n]
        out.update((key(n), names[0]) for n in names)
    return out


def canonical_outlet(name: str) -> str:
    """The name sources.yaml gives first for the outlet ``name`` spells ("CorSport" -> "Corriere dello Sport")."""
    return outlet_names().get(key(name), name)


@dataclass(frozen=True)
class Figures:
    per_unit: dict[tuple[str, ...], str]  # words after a figure -> the unit
    per_unit_frame: str
    per_unit_total_frame: str
    company_price_frame: str
    quote_frame: str
    share_nouns: frozenset[str]  # "l'action X a clôturé à 23,55 euros": what a market quotes
    quote_verbs: frozenset[str]  # "X a clôturé à 1,86 franc": a market's verbs
    share_move_verbs: frozenset[str]  # "le titre prenait 4,6 %": a share's move
    quote_nouns: frozenset[tuple[str, ...]]  # "le cours de clôture de X de 1,86 franc": a quote's nouns
    quote_objects: frozenset[str]  # "a terminé sa séance à": objects a market's verb takes
    quote_prepositions: frozenset[str]  # "à 23,55 euros"
    quote_max: float  # "progresse de 5 % à 120 millions": no share's price, a measure's level
    bid_per_share_max: float  # "proposait 38 euros": a bid per share, not the price of a company
    issue_verbs: frozenset[str]  # "introduit à 20 euros": a share issued at a price, once
    deal_valuation_frame: str
    deal_nouns: frozenset[str]
    restatement: frozenset[tuple[str, ...]]
    restatement_tails: frozenset[tuple[str, ...]]
    restatement_nouns: frozenset[str]
    payment_means: frozenset[tuple[str, ...]]
    inclusion_words: frozenset[str]  # "dette comprise", "hors dette": a qualifier of the sum
    comparison_openers: frozenset[tuple[str, ...]]  # "contre": an earlier value of the same measure
    bare_comparison_openers: frozenset[tuple[str, ...]]  # "après": the same, before a bare figure only
    place_counts: frozenset[str]  # "30 pays": where a fact happens, not its size
    unframed_nouns: frozenset[str]  # "une prime de 30 %": a deal's term, no fact of a frame
    parallel_separators: frozenset[tuple[str, ...]]
    measure_nouns: frozenset[str]
    deal_fee_nouns: frozenset[str]
    transfer_sum_words: frozenset[tuple[str, ...]]  # "70 M€, bonus compris": a transfer's sum
    sum_of_parts_words: frozenset[str]
    recurring_words: frozenset[str]
    workforce_nouns: frozenset[str]
    measure_verbs: frozenset[str]
    passive_measure_verbs: frozenset[str]
    purpose_verbs: frozenset[str]
    purpose_markers: frozenset[str]
    lead_verbs: frozenset[str]
    event_nouns: frozenset[str] = frozenset()  # "200 plans sociaux": a count of events
    round_anaphors: frozenset[str] = frozenset()  # "l'opération, menée par X": the round the article told
    backer_openers: frozenset[tuple[str, ...]] = frozenset()  # "auprès de": a round's backers follow
    # "investi 70 M€, aux côtés de X": X invests too
    co_backer_openers: frozenset[tuple[str, ...]] = frozenset()
    backer_verbs: frozenset[str] = frozenset()  # "le tour de table comprend X et Y": X and Y are backers
    # "X et Y participent à ce tour de table": X and Y are backers
    joining_verbs: frozenset[str] = frozenset()
    subscribing_verbs: frozenset[str] = frozenset()  # "souscrit à une augmentation de capital de 30 M€"
    purchase_spending: frozenset[str] = frozenset()  # "a dépensé 12 milliards pour Motorola": bought it
    fronted_openers: frozenset[tuple[str, ...]] = frozenset()  # "Avec 1 250 salariés, Callendre reste..."
    total_verbs: frozenset[str] = frozenset()  # "les cinq plus grosses opérations totalisent 1 milliard"
    backer_nouns: frozenset[str] = frozenset()  # "des investisseurs tels que X et Y": X and Y are backers
    list_openers: frozenset[tuple[str, ...]] = frozenset()  # "tels que", "notamment": the names listed follow
    sum_nouns: frozenset[str] = frozenset()  # "un montant de": a sum, whatever its article
    taken_over: dict[str, frozenset[str]] = field(
        default_factory=dict
    )  # frame -> words of a buyer taking it on
    ratio_nouns: frozenset[str] = frozenset()  # "la marge d'Ebitda": a measure of the trigger's company
    topic_subjects: frozenset[str] = frozenset()  # "la direction évoque": the article's company speaking
    topic_schemes: frozenset[str] = frozenset()  # "le plan entraîne": the schemes it runs
    others_nouns: frozenset[str] = frozenset()  # "son donneur d'ordre": a company's partners
    change_cues: frozenset[tuple[str, ...]] = frozenset()  # "en hausse de": the percent after is a change
    change_after: frozenset[tuple[str, ...]] = frozenset()  # "22 % de plus que": a comparison, not a level
    part_cues: frozenset[tuple[str, ...]] = (
        frozenset()
    )  # "dont": the figure after is a part of the one before
    # "sur les": the bare number after a count is the whole it is out of; a noun no frame counts -> one that is
    whole_cues: frozenset[tuple[str, ...]] = frozenset()
    whole_nouns: dict[str, str] = field(default_factory=dict)
    # "Sur les 1 100 salariés, 800 ...": the bare number after the comma counts the count's noun
    whole_openers: frozenset[tuple[str, ...]] = frozenset()
    elided_counting_verbs: frozenset[str] = frozenset()  # "la CGT en dénombre 170": "en" is the noun before
    listed_place_preps: frozenset[str] = frozenset()  # "5 000 postes en France, 5 100 en Allemagne"
    count_namers: frozenset[tuple[str, ...]] = frozenset()  # "1 500 le nombre d'emplois": what it counts
    increment_after: frozenset[tuple[str, ...]] = frozenset()  # "supplémentaires": the sum before is a top-up
    increment_before: frozenset[tuple[str, ...]] = frozenset()  # "une rallonge de": the sum after is a top-up
    loss_words: frozenset[str] = frozenset()  # "une perte de 8 milliards": a result below zero
    revision_lemmas: frozenset[str] = frozenset()  # "a relevé son offre à 42,50 euros": a revised figure
    revision_phrases: frozenset[tuple[str, ...]] = frozenset()  # "le nouveau prix"
    # facet -> its cues and frames (`Facet`): "sept usines françaises" is a national count
    facets: dict[str, Facet] = field(default_factory=dict)


@dataclass(frozen=True)
class Facet:
    """figures.yaml `facets`: cues right after a figure (`next`), right before it (`prev`) or near it (`near`), for
    the figures of `frames` (all when empty)."""

    next: frozenset[tuple[str, ...]]
    near: frozenset[tuple[str, ...]]
    prev: frozenset[tuple[str, ...]] = frozenset()
    frames: frozenset[str] = frozenset()


@cache
def figures() -> Figures:
    raw = data.load("figures") or {}
    return Figures(
        per_unit={words_of(k): str(v) for k, v in (raw.get("per_unit") or {}).items()},
        per_unit_frame=str(raw.get("per_unit_frame") or "price"),
        per_unit_total_frame=str(raw.get("per_unit_total_frame") or "acquisition"),
        company_price_frame=str(raw.get("company_price_frame") or "acquisition"),
        quote_frame=str(raw.get("quote_frame") or "price"),
        share_nouns=_low(raw.get("share_nouns")),
        quote_verbs=_low(raw.get("quote_verbs")),
        share_move_verbs=_low(raw.get("share_move_verbs")),
        quote_nouns=frozenset(words_of(p) for p in raw.get("quote_nouns") or []),
        quote_objects=_low(raw.get("quote_objects")),
        quote_prepositions=_low(raw.get("quote_prepositions")),
        quote_max=float(raw.get("quote_max") or 100_000),
        bid_per_share_max=float(raw.get("bid_per_share_max") or 1_000),
        issue_verbs=_low(raw.get("issue_verbs")),
        deal_valuation_frame=str(raw.get("deal_valuation_frame") or "valuation"),
        deal_nouns=_low(raw.get("deal_nouns")),
        restatement=frozenset(words_of(p) for p in raw.get("restatement") or []),
        restatement_tails=frozenset(words_of(p) for p in raw.get("restatement_tails") or []),
        restatement_nouns=_low(raw.get("restatement_nouns")),
        payment_means=frozenset(words_of(p) for p in raw.get("payment_means") or []),
        inclusion_words=frozenset(str(w).lower() for w in raw.get("inclusion_words") or []),
        comparison_openers=frozenset(tuple(words_of(p)) for p in raw.get("comparison_openers") or []),
        bare_comparison_openers=frozenset(
            tuple(words_of(p)) for p in raw.get("bare_comparison_openers") or []
        ),
        place_counts=frozenset(str(w).lower() for w in raw.get("place_counts") or []),
        unframed_nouns=_low(raw.get("unframed_nouns")),
        parallel_separators=frozenset(words_of(p) for p in raw.get("parallel_separators") or []),
        measure_nouns=_low(raw.get("measure_nouns")),
        deal_fee_nouns=_low(raw.get("deal_fee_nouns")),
        transfer_sum_words=frozenset(words_of(p) for p in raw.get("transfer_sum_words") or []),
        sum_of_parts_words=_low(raw.get("sum_of_parts_words")),
        recurring_words=_low(raw.get("recurring_words")),
        workforce_nouns=_low(raw.get("workforce_nouns")),
        sum_nouns=_low(raw.get("sum_nouns")),
        taken_over={str(k): _low(v) for k, v in (raw.get("taken_over") or {}).items()},
        ratio_nouns=_low(raw.get("ratio_nouns")),
        topic_subjects=_low(raw.get("topic_subjects")),
        topic_schemes=_low(raw.get("topic_schemes")),
        others_nouns=_low(raw.get("others_nouns")),
        measure_verbs=_low(raw.get("measure_verbs")),
        passive_measure_verbs=_low(raw.get("passive_measure_verbs")),
        purpose_verbs=_low(raw.get("purpose_verbs")),
        purpose_markers=_low(raw.get("purpose_markers")),
        lead_verbs=_low(raw.get("lead_verbs")),
        round_anaphors=frozenset(fold_word(w) for w in _low(raw.get("round_anaphors"))),
        event_nouns=frozenset(fold_word(w) for w in _low(raw.get("event_nouns"))),
        backer_openers=frozenset(words_of(p) for p in raw.get("backer_openers") or []),
        co_backer_openers=frozenset(words_of(p) for p in raw.get("co_backer_openers") or []),
        backer_verbs=_low(raw.get("backer_verbs")),
        joining_verbs=_low(raw.get("joining_verbs")),
        subscribing_verbs=_low(raw.get("subscribing_verbs")),
        purchase_spending=_low(raw.get("purchase_spending")),
        fronted_openers=frozenset(words_of(p) for p in raw.get("fronted_openers") or []),
        total_verbs=_low(raw.get("total_verbs")),
        backer_nouns=frozenset(fold_word(w) for w in _low(raw.get("backer_nouns"))),  # as lemmas are read
        list_openers=frozenset(words_of(p) for p in raw.get("list_openers") or []),
        change_cues=frozenset(words_of(p) for p in raw.get("change_cues") or []),
        change_after=frozenset(words_of(p) for p in raw.get("change_after") or []),
        part_cues=frozenset(words_of(p) for p in raw.get("part_cues") or []),
        whole_cues=frozenset(words_of(p) for p in raw.get("whole_cues") or []),
        whole_nouns={str(k): str(v) for k, v in (raw.get("whole_nouns") or {}).items()},
        whole_openers=frozenset(words_of(p) for p in raw.get("whole_openers") or []),
        elided_counting_verbs=frozenset(fold_word(w) for w in _low(raw.get("elided_counting_verbs"))),
        listed_place_preps=_low(raw.get("listed_place_preps")),
        count_namers=frozenset(words_of(p) for p in raw.get("count_namers") or []),
        increment_after=frozenset(words_of(p) for p in raw.get("increment_after") or []),
        increment_before=frozenset(words_of(p) for p in raw.get("increment_before") or []),
        loss_words=frozenset(fold_word(w) for w in _low(raw.get("loss_words"))),
        revision_lemmas=frozenset(fold_word(w) for w in _low(raw.get("revision_lemmas"))),
        revision_phrases=frozenset(words_of(p) for p in raw.get("revision_phrases") or []),
        facets={
            str(name): Facet(
                next=frozenset(words_of(p) for p in (spec or {}).get("next") or []),
                near=frozenset(words_of(p) for p in (spec or {}).get("near") or []),
                prev=frozenset(words_of(p) for p in (spec or {}).get("prev") or []),
                frames=frozenset(str(k) for k in (spec or {}).get("frames") or []),
            )
            for name, spec in (raw.get("facets") or {}).items()
        },
    )


@dataclass(frozen=True)
class Descriptions:
    """Generic nouns that describe an entity of a label ("la start-up" is an ORG) and alias descriptions."""

    label_of: dict[str, str]  # folded noun (hyphenated words whole) -> label
    aliases: dict[str, list[str]]  # canonical -> spellings
    demonstrative_only: frozenset[str]  # nouns that point back only after ce/cette
    not_epithets: frozenset[str] = frozenset()  # adjectives that tell no entity apart ("le nouveau groupe")
    product_company: frozenset[str] = frozenset()  # "le réseau social" may be a company known by its product
    kind_of: dict[str, str] = field(default_factory=dict)  # folded noun -> kind of company ("young", "large")
    synonym_kinds: frozenset[str] = frozenset()  # kinds whose nouns all stand for one entity ("young")
    institution_words: tuple[tuple[str, ...], ...] = ()  # first words of institutions' names (folded)
    idioms: frozenset[str] = frozenset()  # fixed phrases a description noun is part of ("part du groupe")
    exclusive_kinds: frozenset[str] = frozenset()  # kinds whose entities no noun of another kind stands for
    compounds: frozenset[str] = frozenset()  # "le fonds de roulement": a description noun's compounds, no one
    referee_words: tuple[tuple[str, ...], ...] = ()  # first words of institutions that judge others' facts
    public_bodies: frozenset[str] = frozenset()  # "la collectivité", "la métropole": a public body's nouns
    # the first words of names that hold no company's capital ("Bourse de Paris", "Banque centrale")
    no_capital_words: tuple[tuple[str, ...], ...] = ()
    public_company_words: frozenset[str] = frozenset()  # "Nantes Métropole Aménagement" is a company

    def holds_no_capital(self, name: str) -> bool:
        """``name`` is a market's, the State's, a public body's or a referee's: no company a stake is of."""
        return _opens_with(name, self.no_capital_words) or self.is_referee(name)

    def is_institution(self, name: str) -> bool:
        """``name`` is an institution's (a regulator, a government, a court): no company description's."""
        return _opens_with(name, self.institution_words)

    def is_referee(self, name: str) -> bool:
        """``name`` is a court's or a regulator's (aliases.yaml ``referee_words``): it judges, audits or
        authorises the facts an article reports, it is not their party by salience alone."""
        return _opens_with(name, self.referee_words)


def _opens_with(name: str, openings: tuple[tuple[str, ...], ...]) -> bool:
    """``name``'s first words, folded, are one of ``openings`` ("Bourse de Paris" opens with ("bourse",))."""
    words = tuple(fold(name).replace("'", " ").split())
    return any(words[: len(w)] == w for w in openings)


@cache
def descriptions() -> Descriptions:
    raw = data.load("aliases") or {}
    label_of: dict[str, str] = {}
    for label, nouns in (raw.get("descriptions") or {}).items():
        for noun in nouns or []:
            label_of.setdefault(fold(str(noun)), str(label))
    for noun in raw.get("generic") or []:  # older data files: generic nouns are organisations
        label_of.setdefault(fold(str(noun)), "ORG")
    demonstrative: set[str] = set()
    for label, nouns in (raw.get("demonstrative_descriptions") or {}).items():
        for noun in nouns or []:
            label_of.setdefault(fold(str(noun)), str(label))
            demonstrative.add(fold(str(noun)))
    aliases = {str(k): [str(s) for s in v or []] for k, v in (raw.get("aliases") or {}).items()}
    not_epithets = frozenset(fold(str(w)) for w in raw.get("not_epithets") or [])
    product_company = frozenset(fold(str(w)) for w in raw.get("product_company_descriptions") or [])
    kind_of = {
        fold(str(n)): str(k) for k, nouns in (raw.get("description_kinds") or {}).items() for n in nouns or []
    }
    synonyms = frozenset(str(k) for k in raw.get("description_synonyms") or [])
    public = frozenset(fold(str(w)) for w in raw.get("public_body_descriptions") or [])
    for noun in public:
        label_of.setdefault(noun, "ORG")
    institutions = tuple(tuple(fold(str(w)).split()) for w in raw.get("institution_words") or [])
    referees = tuple(tuple(fold(str(w)).split()) for w in raw.get("referee_words") or [])
    return Descriptions(
        label_of,
        aliases,
        frozenset(demonstrative),
        not_epithets,
        product_company,
        kind_of,
        synonyms,
        institutions,
        frozenset(fold(str(w)) for w in raw.get("description_idioms") or []),
        frozenset(str(k) for k in raw.get("description_exclusive_kinds") or []),
        frozenset(fold(str(w)) for w in raw.get("description_compounds") or []),
        referees,
        public,
        tuple(tuple(fold(str(w)).split()) for w in raw.get("no_capital_words") or []),
        frozenset(fold(str(w)) for w in raw.get("public_company_words") or []),
    )


@cache
def determiners() -> frozenset[str]:
    """Definite, demonstrative, indefinite and possessive determiners (grammar.yaml)."""
    g = grammar()
    return frozenset(g.definite | g.demonstrative | g.indefinite | set(g.possessive))


@cache
def collective_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """Nouns that head a count of something else ("un millier d'emplois"), and the counted nouns they lend a
    verb's trigger: quantifiers.yaml ``approx_nouns`` and ``approx_lent_nouns``."""
    raw = data.load("quantifiers")
    return (
        frozenset(fold_word(str(w)) for w in raw.get("approx_nouns") or {}),
        frozenset(fold_word(str(w)) for w in raw.get("approx_lent_nouns") or []),
    )


@cache
def cue_words() -> frozenset[str]:
    """The words of the hedge and bound cues written before a figure (quantifiers.yaml ``approx``, ``low``,
    ``high``): "ordre" of "de l'ordre de", which the parse may make the head of the figure's phrase."""
    raw = data.load("quantifiers")
    return frozenset(
        fold_word(word)
        for cls in ("approx", "low", "high")
        for cue in raw.get(cls) or []
        for word in str(cue).replace("'", "' ").split()
    )


@cache
def milestones() -> dict[str, str]:
    """Verb lemma -> the milestone of an event it names (events.yaml)."""
    raw = data.load("events") or {}
    return {str(v).lower(): str(k) for k, verbs in (raw.get("milestones") or {}).items() for v in verbs or []}


@cache
def milestone_nouns() -> dict[str, str]:
    """Noun lemma -> the milestone of an event it names (events.yaml ``milestone_nouns``)."""
    raw = data.load("events") or {}
    return {
        str(v).lower(): str(k) for k, nouns in (raw.get("milestone_nouns") or {}).items() for v in nouns or []
    }


@cache
def deal_nouns() -> frozenset[str]:
    """Noun lemmas that name a deal without saying which ("l'accord", "la fusion"; events.yaml ``deal_nouns``)."""
    raw = data.load("events") or {}
    return frozenset(str(v).lower() for v in raw.get("deal_nouns") or [])


@cache
def occurrence_verbs() -> frozenset[tuple[str, ...]]:
    """Lemmas (a verb and its object: "avoir lieu") that say a milestone noun's event happens (events.yaml)."""
    raw = data.load("events") or {}
    return frozenset(tuple(str(v).lower().split()) for v in raw.get("occurrence") or [])


@cache
def granting_verbs() -> frozenset[str]:
    """Verbs whose object milestone noun names the milestone ("donner son feu vert", events.yaml ``granting``)."""
    raw = data.load("events") or {}
    return frozenset(str(v).lower() for v in raw.get("granting") or [])
