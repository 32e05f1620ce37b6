"""French."""

from .base import Language

LANGUAGE = Language(
    code="fra",
    code2="fr",
    name="Français",
    formulas={
        "un-ga": "L'Assemblée générale,",
        "un-sc": "Le Conseil de sécurité,",
        "un-ecosoc": "Le Conseil économique et social,",
        "un-hrc": "Le Conseil des droits de l'homme,",
        "un-ccpcj": "La Commission pour la prévention du crime et la justice pénale,",
        "un-cnd": "La Commission des stupéfiants,",
        "un-csw": "La Commission de la condition de la femme,",
        "un-ctoc-cop": "La Conférence des Parties à la Convention des Nations Unies contre la "
        "criminalité transnationale organisée,",
        "un-cac-cosp": "La Conférence des États parties à la Convention des Nations Unies contre la corruption,",
        "un-statcom": "La Commission de statistique,",
        "un-csocd": "La Commission du développement social,",
        "un-cpd": "La Commission de la population et du développement,",
        "un-cstd": "La Commission de la science et de la technique au service du développement,",
        "un-unff": "Le Forum des Nations Unies sur les forêts,",
        "un-escap": "La Commission économique et sociale pour l'Asie et le Pacifique,",
        "un-ece": "La Commission économique pour l'Europe,",
        "un-eca": "La Commission économique pour l'Afrique,",
        "un-eclac": "La Commission économique pour l'Amérique latine et les Caraïbes,",
        "un-escwa": "La Commission économique et sociale pour l'Asie occidentale,",
        "un-unea": "L'Assemblée des Nations Unies pour l'environnement,",
        "un-habitat-assembly": "L'Assemblée d'ONU-Habitat,",
        "un-pbc": "La Commission de consolidation de la paix,",
    },
    formula_re=r"^(?:La|Le|Les|L['’])\s?\w[^.;:]{0,300},$",
    organ_names={
        "un-ga": "Assemblée générale",
        "un-ga-c1": "Première Commission",
        "un-ga-c2": "Deuxième Commission",
        "un-ga-c3": "Troisième Commission",
        "un-ga-c4": "Quatrième Commission",
        "un-ga-c5": "Cinquième Commission",
        "un-ga-c6": "Sixième Commission",
        "un-sc": "Conseil de sécurité",
        "un-ecosoc": "Conseil économique et social",
        "un-hrc": "Conseil des droits de l'homme",
        "un-ccpcj": "Commission pour la prévention du crime et la justice pénale",
        "un-cnd": "Commission des stupéfiants",
        "un-csw": "Commission de la condition de la femme",
        "un-ctoc-cop": "Conférence des Parties à la Convention des Nations Unies contre la "
        "criminalité transnationale organisée",
        "un-cac-cosp": "Conférence des États parties à la Convention des Nations Unies contre la corruption",
        "un-statcom": "Commission de statistique",
        "un-csocd": "Commission du développement social",
        "un-cpd": "Commission de la population et du développement",
        "un-cstd": "Commission de la science et de la technique au service du développement",
        "un-unff": "Forum des Nations Unies sur les forêts",
        "un-escap": "Commission économique et sociale pour l'Asie et le Pacifique",
        "un-ece": "Commission économique pour l'Europe",
        "un-eca": "Commission économique pour l'Afrique",
        "un-eclac": "Commission économique pour l'Amérique latine et les Caraïbes",
        "un-escwa": "Commission économique et sociale pour l'Asie occidentale",
        "un-unea": "Assemblée des Nations Unies pour l'environnement du Programme des Nations Unies pour l'environnement",
        "un-habitat-assembly": "Assemblée d'ONU-Habitat",
        "un-pbc": "Commission de consolidation de la paix",
    },
    sponsors_role="auteurs",
    preamble_openers=(
        "accueillant", "affirmant", "agissant", "alarmée", "alarmé", "appréciant", "attachant",
        "ayant", "conscient", "consciente", "considérant", "constatant", "convaincu", "convaincue",
        "déplorant", "désireuse", "désireux", "déterminée", "déterminé", "encouragée", "encouragé",
        "estimant", "exprimant", "gardant", "gravement", "guidée", "guidé", "insistant",
        "mettant", "notant", "observant", "préoccupée", "préoccupé", "prenant", "profondément",
        "rappelant", "réaffirmant", "reconnaissant", "réitérant", "rendant", "résolue", "résolu",
        "sachant", "saluant", "se déclarant", "se félicitant", "s'inquiétant", "soulignant",
        "tenant", "tenant compte", "vivement", "tout en", "ayant examiné",
    ),
    operative_openers=(
        "accueille", "adopte", "affirme", "appelle", "approuve", "attend", "autorise", "charge",
        "condamne", "considère", "constate", "décide", "déclare", "déplore", "demande", "encourage",
        "engage", "entend", "estime", "exhorte", "exige", "exprime", "félicite", "insiste",
        "invite", "lance", "note", "prend", "prie", "proclame", "réaffirme", "recommande",
        "reconnaît", "réitère", "remercie", "rappelle", "salue", "se félicite", "souligne",
        "souscrit", "sait gré", "se déclare", "invite également", "encourage également",
    ),
    hyphen_prefixes=(
        "anti", "auto", "avant", "contre", "demi", "ex", "extra", "grand", "inter", "mi", "micro",
        "multi", "non", "post", "pré", "quasi", "semi", "sous", "super", "vice", "arrière",
        "après", "c'est", "peut", "celle", "celui", "ceux", "celles", "lui", "elle", "eux",
        "vingt", "trente", "quarante", "cinquante", "soixante", "quatre", "dix", "public",
        "Sud", "Nord", "Est", "Ouest", "rapporteur", "rapporteuse", "non",
    ),
    closed_stems=(
        "reaffirm", "cooper", "coordin", "multilatera", "intergouvernement", "interinstitution",
        "extrabudget", "multipartit", "pluriannu", "socioeconom",
    ),
    hyphen_compounds=("porte-parole", "bien-etre", "chef-lieu"),
    number_words=(
        "article", "articles", "paragraphe", "paragraphes", "alinéa", "résolution", "résolutions",
        "décision", "décisions", "point", "points", "chapitre", "section", "annexe", "vol",
        "n°", "no", "page", "pages", "session", "séance", "règle", "partie", "titre",
        "plus", "moins", "de", "du", "des", "à", "et", "sur", "les", "le", "la", "environ",
    ),
    stopwords=(
        "le", "la", "les", "des", "du", "de", "et", "à", "en", "un", "une", "pour", "dans",
        "que", "qui", "sur", "au", "aux", "par", "avec", "sa", "ses", "son", "est", "sont", "a", "y",
    ),
    cover_patterns={
        "masthead": r"^Nations\s+Unies(?:\s+[ASE])?$",  # (older documents: the series letter)
        "distribution": (r"^Distr\.?\s*:?\s*(?:limitée|générale|restreinte|générale et limitée)\b.*$",
                         # older mastheads: "Distr." and "GENERAL" on two lines
                         r"^Distr\.?$", r"^(?:limitée|générale|restreinte|générale et limitée)$"),
        "original": r"^Original\s*:\s*\S.*$",
        "session": (r"^(?:Reprise\s+de\s+la\s+)?(?P<ordinal>[\w\s\-‑]+?)\s+session(?:\s+extraordinaire)?$",
                    r"^Session\s+de\s+(?P<ordinal>\d{4})$"),  # the Economic and Social Council's
        "agenda_item": r"^Points?\s+.+\s+de\s+l['’]ordre\s+du\s+jour(?:\s+provisoire)?$",
        "place_dates": r"^(?P<place>[A-ZÀ-Ý][\w\-‑' ]{1,40})(?:,\s*[A-ZÀ-Ý][\w\-‑' ]{1,40}|(?<!\s)\s*\([A-ZÀ-Ý][\w\-‑'’ ]{1,40}\))?,\s*(?P<dates>\d.*\d{4})$",
        "heading": r"^Résolution\s+(?P<number>\d+)\s*\((?P<year>\d{4})\)(?:\s+du\s+(?P<date>.+\d{4}))?$",
        "numbered_title": (r"^(?P<number>(?:ES-)?\d+/\d+|\d+\s*\((?:ES-)?[IVXLC]+\))\.\s+(?P<title>\S.*)$",
                           # a draft's number left open ("55/... The right to education")
                           r"^(?P<number>\d+/(?:\.{3}|…))\s*(?P<title>\S.*)$"),
        "adoption_line": r"^Adoptée\s+par\s+le\s+(?P<organ>.+?)\s+à\s+sa\s+(?P<meeting>\S+)\s+séance,?\s+le\s+(?P<date>.+\d{4})$",
        "adopted_by": (r"^(?:Résolution|Décision)\s+adoptée\s+par\s+(?:l['’]|l[ae]\s+)(?P<organ>.+?)\s+le\s+(?P<date>.+\d{4})$",
                       # older texts print no date ("RÉSOLUTION ADOPTÉE PAR L'ASSEMBLÉE GÉNÉRALE")
                       r"^(?:Résolution|Décision)\s+adoptée\s+par\s+(?:l['’]|l[ae]\s+)(?P<organ>[^\W\d][^\d\[\]()]*?)(?<!\sle)$"),
        "reference": r"^\[.*\]$",
        # what stands between the first and last day of a session's dates on their own line
        # ("26 February–5 April 2024")
        "range_joint": r"[-–‑—]|au",
        # les langues de parution ("Anglais, espagnol et français seulement")
        "languages": r"^(?P<names>[^\d:]+?)(?P<only>\s+(?:seulement|uniquement))?$",
    },
    places={"Vienne": "vienna", "New York": "new-york", "Genève": "geneva", "Nairobi": "nairobi",
            "Bonn": "bonn", "Paris": "paris", "Rome": "rome", "Kyoto": "kyoto", "Doha": "doha",
            "Abou Dhabi": "abu-dhabi", "Charm el-Cheikh": "sharm-el-sheikh",
            # where the Conference of the States Parties to the Convention against Corruption met
            "Atlanta": "atlanta"},
    doc_stages={
        "projet de résolution révisé": "resolutionDraft",
        "projet de résolution": "resolutionDraft",
        "projet de décision révisé": "decisionDraft",
        "projet de décision": "decisionDraft",
        "résolution": "resolution",
        "décision": "decision",
    },
    conclusion_patterns=(
        r"^(?-i:A)doptée?s?\b",  # not a recital going on: "adoptés à Vienne le …"
        r"^\d+\s?(?:e|ème|re)\s+séance\s+plénière\b",  # ("40 e": a superscript set apart in PDF text)
        r"^\d+\s?(?:e|ème|re)\s+séance\b",
    ),
    recycle_notice="Merci de recycler",
    lead_in_patterns=(r"^(?:Décide|Résout)\s+(?:que|ce qui suit)\s*:$",),
    ordinals={
        "premiere": 1, "premier": 1, "unieme": 1, "deuxieme": 2, "second": 2, "seconde": 2,
        "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7,
        "huitieme": 8, "neuvieme": 9, "dixieme": 10, "onzieme": 11, "douzieme": 12,
        "treizieme": 13, "quatorzieme": 14, "quinzieme": 15, "seizieme": 16,
        "dix": 10, "vingtieme": 20, "vingt": 20, "trentieme": 30, "trente": 30,
        "quarantieme": 40, "quarante": 40, "cinquantieme": 50, "cinquante": 50,
        "soixantieme": 60, "soixante": 60, "quatre": 4, "quatre-vingtieme": 80,
        "et": 0, "un": 1, "deux": 2, "trois": 3, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
        "neuf": 9, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
        "quatre-vingt": 80, "quatre-vingts": 80,
    },
    day_forms={"1er": 1, "premier": 1},
    closing_patterns=(r"^Décide\s+de\s+demeurer\s+(?:activement\s+)?saisi\s+de\s+la\s+question\b",
                      r"^Décide\s+de\s+rester\s+(?:activement\s+)?saisi\s+de\s+la\s+question\b"),
    date_range_words=("et", "au", "et le"),  # "entre le 15 et le 19 avril 2024"
    role_names={
        "secretary-general": ("Secrétaire général", "Secrétaire générale"),
        "deputy-secretary-general": ("Vice-Secrétaire général", "Vice-Secrétaire générale"),
        "under-secretary-general": ("Secrétaire général adjoint", "Secrétaire générale adjointe"),
        "assistant-secretary-general": ("Sous-Secrétaire général", "Sous-Secrétaire générale"),
        "high-commissioner-human-rights": ("Haut-Commissaire des Nations Unies aux droits de l'homme",
                                           "Haut-Commissaire aux droits de l'homme"),
        "high-commissioner-refugees": ("Haut-Commissaire des Nations Unies pour les réfugiés",
                                       "Haut-Commissaire pour les réfugiés"),
    },
    body_names={
        "un": ("Organisation des Nations Unies",),
        "un-secretariat": ("Secrétariat", "Secrétariat de l'Organisation des Nations Unies"),
        "un-unodc": ("Office des Nations Unies contre la drogue et le crime", "ONUDC"),
        "un-icj": ("Cour internationale de Justice",),
        "un-ctoc-cop-wg-tip": ("Groupe de travail sur la traite des personnes",),
        "un-ctoc-cop-wg-som": ("Groupe de travail sur le trafic illicite de migrants",),
        "un-ctoc-cop-wg-firearms": ("Groupe de travail sur les armes à feu",),
        "un-ctoc-cop-wg-ic": ("Groupe de travail sur la coopération internationale",),
        "un-ctoc-cop-wg-ta": ("Groupe de travail sur l'assistance technique",),
        "un-icat": ("Groupe interinstitutions de coordination contre la traite des personnes",
                    "Groupe de coordination interinstitutions"),
        # organes subsidiaires de la Conférence des États parties à la Convention contre la corruption
        "un-cac-cosp-wg-ar": ("Groupe de travail intergouvernemental à composition non limitée sur le recouvrement "
                              "d'avoirs", "Groupe de travail sur le recouvrement d'avoirs"),
        "un-cac-cosp-wg-prev": ("Groupe de travail intergouvernemental à composition non limitée sur la prévention "
                                "de la corruption", "Groupe de travail sur la prévention de la corruption"),
        "un-cac-cosp-irg": ("Groupe d'examen de l'application",),
        "eu": ("Union européenne",),
        "au": ("Union africaine",),
        "coe": ("Conseil de l'Europe",),
        "oas": ("Organisation des États américains",),
        "osce": ("Organisation pour la sécurité et la coopération en Europe",),
        "asean": ("Association des nations de l'Asie du Sud-Est",),
        "ecowas": ("Communauté économique des États de l'Afrique de l'Ouest",),
        "eccas": ("Communauté économique des États de l'Afrique centrale",),
        "cis": ("Communauté d'États indépendants",),
        # missions de maintien de la paix, comités et bureaux que citent les résolutions
        "un-monuc": ("Mission de l'Organisation des Nations Unies en République démocratique du Congo", "MONUC"),
        "un-unifil": ("Force intérimaire des Nations Unies au Liban", "FINUL"),
        "un-untso": ("Organisme des Nations Unies chargé de la surveillance de la trêve", "ONUST"),
        "un-unmih": ("Mission des Nations Unies en Haïti", "MINUHA"),
        "un-unamsil": ("Mission des Nations Unies en Sierra Leone", "MINUSIL"),
        "un-minusca": ("Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation en République "
                       "centrafricaine", "MINUSCA"),
        "un-minusma": ("Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali", "MINUSMA"),
        "un-monusco": ("Mission de l'Organisation des Nations Unies pour la stabilisation en République démocratique "
                       "du Congo", "MONUSCO"),
        "un-unmiss": ("Mission des Nations Unies au Soudan du Sud", "Mission des Nations Unies en République du Soudan "
                      "du Sud", "MINUSS"),
        "un-women": ("Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes", "ONU-Femmes"),
        "un-ilc": ("Commission du droit international",),
        "un-sc-ctc": ("Comité contre le terrorisme",),
        "un-copuos": ("Comité des utilisations pacifiques de l'espace extra-atmosphérique",),
        "un-copuos-stsc": ("Sous-Comité scientifique et technique",),
        "un-copuos-lsc": ("Sous-Comité juridique",),
        "un-unoosa": ("Bureau des affaires spatiales",),
        "un-unhcr": ("Haut-Commissariat des Nations Unies pour les réfugiés", "HCR"),
        "un-ohchr": ("Haut-Commissariat des Nations Unies aux droits de l'homme",),
        "un-undp": ("Programme des Nations Unies pour le développement", "PNUD"),
        "un-unep": ("Programme des Nations Unies pour l'environnement", "PNUE"),
        "un-unicef": ("Fonds des Nations Unies pour l'enfance", "UNICEF"),
        "iaea": ("Agence internationale de l'énergie atomique", "AIEA"),
        # institutions spécialisées : « Organisation des Nations Unies pour l'éducation, … » n'est
        # pas l'Organisation elle-même
        "unesco": ("Organisation des Nations Unies pour l'éducation, la science et la culture", "UNESCO"),
        "ilo": ("Organisation internationale du Travail", "OIT"),
        "who": ("Organisation mondiale de la Santé", "OMS"),
        "un-escap": ("CESAP",),
        "un-ece": ("CEE",),
        "un-eca": ("CEA",),
        "un-eclac": ("CEPALC",),
        "un-escwa": ("CESAO",),
        "un-unea": ("Assemblée des Nations Unies pour l'environnement",),
        "un-ecosoc": ("ECOSOC",),
        "world-bank": ("Banque mondiale",),
        "imf": ("Fonds monétaire international", "FMI"),
        "fao": ("Organisation des Nations Unies pour l'alimentation et l'agriculture", "FAO"),
        "iom": ("Organisation internationale pour les migrations", "OIM"),
        "oif": ("Organisation internationale de la Francophonie", "OIF"),
        "sadc": ("Communauté de développement de l'Afrique australe", "SADC"),
        "un-ocha": ("Bureau de la coordination des affaires humanitaires", "OCHA"),
        "un-wfp": ("Programme alimentaire mondial", "PAM"),
        # les sigles des organes (« la résolution de l'AG 60/1 »)
        "un-ga": ("AG",),
        "un-sc": ("CS",),
        "un-hrc": ("CDH",),
    },
    body_short_names={
        "un-ga": ("Assemblée",),
        "un-sc": ("Conseil",),
        "un-ecosoc": ("Conseil",),
        "un-hrc": ("Conseil",),
        "un-ccpcj": ("Commission",),
        "un-cnd": ("Commission",),
        "un-csw": ("Commission",),
        "un-ctoc-cop": ("Conférence des Parties", "Conférence"),
        "un-cac-cosp": ("Conférence des États parties", "Conférence"),
        "un-unodc": ("Office",),
        "un-icj": ("Cour",),
        "un-ctoc-cop-wg-tip": ("Groupe de travail",),
        "un-ctoc-cop-wg-som": ("Groupe de travail",),
        "un-ctoc-cop-wg-firearms": ("Groupe de travail",),
        "un-ctoc-cop-wg-ic": ("Groupe de travail",),
        "un-ctoc-cop-wg-ta": ("Groupe de travail",),
        "un-cac-cosp-wg-ar": ("Groupe de travail",),
        "un-cac-cosp-wg-prev": ("Groupe de travail",),
        "un-copuos": ("Comité",),
        "un-unoosa": ("Bureau",),
        "un-sc-ctc": ("Comité",),
        "un-statcom": ("Commission",),
        "un-csocd": ("Commission",),
        "un-cpd": ("Commission",),
        "un-cstd": ("Commission",),
        "un-unff": ("Forum",),
        "un-escap": ("Commission",),
        "un-ece": ("Commission",),
        "un-eca": ("Commission",),
        "un-eclac": ("Commission",),
        "un-escwa": ("Commission",),
        "un-unea": ("Assemblée",),
        "un-habitat-assembly": ("Assemblée",),
        "un-pbc": ("Commission",),
        # un comité ou groupe créé par une résolution nommée plus haut (parse.inline.committees)
        "committee": ("Comité",),
        "panel": ("Groupe d'experts",),
    },
    determiner=r"(?:\b(?:le|la|les|du|au|aux|des|cette|ce|cet)\s+|\bl['’]\s?)",
    # French puts adjectives after the noun ("la Commission européenne"): only punctuation,
    # a few function words, a verb or a participle may follow a short name
    short_name_follow=r"\s*(?:[,;:.)»]|$|(?:et|ou|a|ont|est|sont|qui|que|dont|dans|lors|sera|soit|ne|se|y)\b"
    r"|[ns]['’]|\w+ant\b|(?:de|d['’])\s*\w+(?:er|ir|re|oir)\b"
    # « à faire rapport », « à sa trente-cinquième session », « de lui faire rapport »
    r"|(?:à|de)\s+(?:(?:lui|leur)\s+)?\w+(?:er|ir|re|oir)\b|à\s+(?:sa|son|ses)\b"
    # the number of a resolution of that body: « les résolutions de l'Assemblée 61/295 », « du Conseil 6/36 »
    r"|\s(?:(?:E?S-)?\d{1,2}|\d{4})/\d|\s\d{1,4}\s*\(\s*\d{4}\s*\))",
    treaty_names={
        "untoc": ("Convention des Nations Unies contre la criminalité transnationale organisée",
                  "Convention contre la criminalité organisée"),
        "untoc-tip": (
            "Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des "
            "femmes et des enfants, additionnel à la Convention des Nations Unies contre la criminalité "
            "transnationale organisée",
            "Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des "
            "femmes et des enfants",
            "Protocole relatif à la traite des personnes",
        ),
        "untoc-som": (
            "Protocole contre le trafic illicite de migrants par terre, mer et air, additionnel à la "
            "Convention des Nations Unies contre la criminalité transnationale organisée",
            "Protocole contre le trafic illicite de migrants par terre, mer et air",
            "Protocole relatif au trafic illicite de migrants",
        ),
        "untoc-firearms": (
            "Protocole contre la fabrication et le trafic illicites d'armes à feu, de leurs pièces, "
            "éléments et munitions, additionnel à la Convention des Nations Unies contre la criminalité "
            "transnationale organisée",
            "Protocole contre la fabrication et le trafic illicites d'armes à feu, de leurs pièces, "
            "éléments et munitions",
            "Protocole relatif aux armes à feu",
        ),
        "uncac": ("Convention des Nations Unies contre la corruption", "Convention contre la corruption"),
        "un-charter": ("Charte des Nations Unies",),
        "icj-statute": ("Statut de la Cour internationale de Justice",),
        "gc-iii": ("Convention de Genève relative au traitement des prisonniers de guerre",
                   "troisième Convention de Genève"),
        "refugees-protocol": ("Protocole relatif au statut des réfugiés",),
        "refugees-convention": ("Convention relative au statut des réfugiés",),
        "iccpr": ("Pacte international relatif aux droits civils et politiques",),
        "icescr": ("Pacte international relatif aux droits économiques, sociaux et culturels",),
        "cedaw": ("Convention sur l'élimination de toutes les formes de discrimination à l'égard des femmes",),
        "crc": ("Convention relative aux droits de l'enfant",),
        "crpd": ("Convention relative aux droits des personnes handicapées",),
        "crc-opac": ("Protocole facultatif à la Convention relative aux droits de l'enfant, concernant "
                     "l'implication d'enfants dans les conflits armés",),
        "crc-opsc": ("Protocole facultatif à la Convention relative aux droits de l'enfant, concernant la vente "
                     "d'enfants, la prostitution des enfants et la pornographie mettant en scène des enfants",),
        "single-convention": ("Convention unique sur les stupéfiants de 1961", "Convention unique sur les stupéfiants"),
        "psychotropic-convention": ("Convention sur les substances psychotropes de 1971",
                                    "Convention sur les substances psychotropes"),
        "drug-trafficking-convention": (
            "Convention des Nations Unies contre le trafic illicite de stupéfiants et de substances psychotropes de 1988",
            "Convention des Nations Unies contre le trafic illicite de stupéfiants et de substances psychotropes"),
        "vclt": ("Convention de Vienne sur le droit des traités",),
        "outer-space-treaty": (
            "Traité sur les principes régissant les activités des États en matière d'exploration et "
            "d'utilisation de l'espace extra-atmosphérique, y compris la Lune et les autres corps célestes",),
        "cat": ("Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants",),
        "icerd": ("Convention internationale sur l'élimination de toutes les formes de discrimination raciale",),
        "unclos": ("Convention des Nations Unies sur le droit de la mer", "Convention sur le droit de la mer"),
        "npt": ("Traité sur la non-prolifération des armes nucléaires",),
        "gc-iv": ("Convention de Genève relative à la protection des personnes civiles en temps de guerre",
                  "quatrième Convention de Genève"),
        "rome-statute": ("Statut de Rome de la Cour pénale internationale", "Statut de Rome"),
    },
    treaty_heads=("Convention", "Protocole", "Charte", "Statut", "Traité", "Pacte"),
    ref_grammar={
        "resolution": r"[Rr]ésolutions?",
        "decision": r"[Dd]écisions?",
        "own": r"\b(?:sa|ses)\s+",
        "of": r"\s+(?:de\s+la|de\s+l['’]|du|des|de)\s*",
        "and": r"\s*,\s*(?:et\s+)?|\s+et\s+",
        "dated": r"\s*,?\s+(?:(?:en\s+date\s+)?du|des|adoptée?s?\s+le)\s+",  # « des 19 et 20 décembre 2006 »
        "lookback": r"[\s,]*(?:(?:dans|par|de|à|en)\s+)?(?:(?:sa|ses|la|les|l['’]|une|des)\s*)?",
        "common": r"communs?\s+aux",
        "article": r"(?:l['’]\s?)?[Aa]rticles?",
        "paragraph": r"[Pp]aragraphes?|[Aa]linéas?",
        "label": r"[a-z]\)",
        "point": r"[Aa]linéas?",  # « l'alinéa b) du paragraphe 1 ci-dessus »
        "this": r"\b(?:la\s+présente|le\s+présent|cette|ce)\s+",
        "above": r"\s+(?:ci-dessus|ci-dessous|ci-après)|\s+(?:de\s+la\s+présente|du\s+présent)\s+(?:résolution|décision)",
        "treaty_series": r"Nations\s+Unies,\s+Recueil\s+des\s+Traités",
        "ibid": r"Ibid\.",
        "volume": r"vol\.",
        "number_sign": r"n[°o]",
        "qualifier": r"\s+relati(?:f|ve)s?\s+(?:à|aux?)\s",
        "chapter": r"[Cc]hapitres?",
        # « le Comité du Conseil de sécurité créé par la résolution 1267 (1999) », « le Groupe
        # d'experts créé en application du paragraphe 8 de la résolution 2127 (2013) »
        "established": r"(?P<body>\b(?:(?P<committee>Comité(?:\s+du\s+Conseil\s+de\s+sécurité)?)|(?P<panel>Groupe\s+d['’]\s?experts)))"
                       r"\s+(?:créée?|constituée?|institué|établie?)\s+(?:par|en\s+application\s+d[eu]|conformément\s+(?:à|au)|en\s+vertu\s+d[eu])"
                       r"\s+(?:(?:la|sa|le)\s+)?",
        "through": r"\s+à\s+",
        "ordinal_suffix": r"er(?!\w)",  # « l'article 1er de la Convention »
        "first": r"premier",  # « l'article premier de la Convention »
        # « les résolutions 70/175 du 17 décembre 2015, intitulée « … », 65/229 … » : la liste continue
        # « les résolutions pertinentes de l'Assemblée générale, notamment les résolutions 61/144 … »
        "particular": r"\s*,\s*(?:notamment|en\s+particulier|y\s+compris)\s+(?:les?\s+|la\s+|l['’]\s?)?",
        # « dans sa résolution 55/25 du 15 novembre 2000, l'Assemblée générale a adopté … »
        "subject_before": r"\b(?:[Dd]ans|[Pp]ar)\s+",
        "subject_after": r"\s*,?\s*(?:l['’]\s?|le\s+|la\s+)?",
        "article_own": r"\b(?:son|ses)\s+",  # « notamment son article premier, et l'article 6 du Pacte »
        "section": r"[Ss]ection",  # « la section II de la résolution 60/1 », « résolution 60/1, section II »
        "paragraph_abbrev": r"par\.",  # « résolution 70/1, par. 5 », « par. 138 à 140 »
        "see": r"Voir|Cf",  # « … par. 14. Voir la résolution 70/1 »
        "titled": r"\s*,?\s+intitulée?s?\s+«[^»]*»",
        # « la résolution 60/1, notamment ses paragraphes 138 et 139 » (not « … son paragraphe 2 de la
        # Convention », nor « … ses paragraphes 1 et 2 ci-dessus »)
        # « le deuxième Protocole facultatif se rapportant au Pacte international relatif aux droits civils et
        # politiques », « l'Amendement à la Convention … »
        "inner_treaty": r"\b(?:Protocoles?|Amendements?|Accord)(?:\s+facultatifs?)?\s+(?:se\s+rapportant\s+|additionnels?\s+)?"
                        r"(?:à\s+la\s+|à\s+l['’]\s?|au\s+|aux\s+)",
        "thereof_before": r"\s*,\s*(?:et\s+)?(?:notamment|en\s+particulier|y\s+compris)\s+(?:son|ses)\s+",
        "thereof_after": r"(?!\s*,?\s*(?:de|du|des|d['’])\s|\s*,?\s*d['’]|\s+(?:ci-dessus|ci-dessous|ci-après))",
        # une ville dans le nom d'un texte (« la Déclaration et le Programme d'action de Vienne ») n'est pas un lieu
        "place_before": r"(?:Déclaration|Programme\s+d['’]action|Plan\s+d['’]action|Conventions?|Protocoles?|"
                        r"Document\s+final|Cadre(?:\s+d['’]action)?|Accords?|Engagements?|Consensus|Principes)\s+de\s+",
    },
    draft_announcements=("le projet de résolution suivant", "le projet de décision suivant"),
    narrative_decision_patterns=(
        # "À sa 65e séance plénière, le 19 décembre 2023, l'Assemblée générale, …, a décidé"
        r"^[ÀA]\s+sa\s+[^,]{1,80}?\s+séances?(?:\s+plénières?)?,\s+le\s+(?P<date>[^,]{6,40}?\d{4}),\s+"
        r"(?:l['’]\s*|le\s+|la\s+)(?P<organ>\S)",
        # un projet de décision, sans séance encore : « Le Conseil des droits de l'homme décide … »
        r"^(?:L['’]\s*|Le\s+|La\s+)(?P<organ>\S)[^.;:]{0,400}?\sdécide\s",
    ),
    annex_label=r"Annexe(?:\s+(?P<num>[IVXLC]{1,6}|\d{1,3}))?",
    article_label=r"Article\s+(?P<num>\d{1,3}|premier|1er)",
    chapter_label=r"Chapitre\s+(?P<num>[IVXLC]{1,6}|\d{1,3}|premier|1er)",
    appendix_label=r"Appendice(?:\s+(?P<num>[IVXLC]{1,6}|\d{1,3}|[A-Z]))?",
    list_conjunctions=("et", "ou"),
    submitted_patterns=(r"^(?P<stage>{stage})(?P<sep>\s+présentée?\s+par\s+)(?P<sponsors>.+?)"
                        r"(?P<tail>,?\s+(?:à\s+l['’]issue|sur\s+la\s+base)\s+de\s+consultations(?:\s+officieuses)?)?\.?$",),
)
