"""Spanish."""

from .base import Language

_CTOC = ("Conferencia de las Partes en la Convención de las Naciones Unidas contra la "
         "Delincuencia Organizada Transnacional")
_CAC = "Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Corrupción"

LANGUAGE = Language(
    code="spa",
    code2="es",
    name="Español",
    formulas={
        "un-ga": "La Asamblea General,",
        "un-sc": "El Consejo de Seguridad,",
        "un-ecosoc": "El Consejo Económico y Social,",
        "un-hrc": "El Consejo de Derechos Humanos,",
        "un-ccpcj": "La Comisión de Prevención del Delito y Justicia Penal,",
        "un-cnd": "La Comisión de Estupefacientes,",
        "un-csw": "La Comisión de la Condición Jurídica y Social de la Mujer,",
        "un-ctoc-cop": "La " + _CTOC + ",",
        "un-cac-cosp": "La " + _CAC + ",",
        "un-statcom": "La Comisión de Estadística,",
        "un-csocd": "La Comisión de Desarrollo Social,",
        "un-cpd": "La Comisión de Población y Desarrollo,",
        "un-cstd": "La Comisión de Ciencia y Tecnología para el Desarrollo,",
        "un-unff": "El Foro de las Naciones Unidas sobre los Bosques,",
        "un-escap": "La Comisión Económica y Social para Asia y el Pacífico,",
        "un-ece": "La Comisión Económica para Europa,",
        "un-eca": "La Comisión Económica para África,",
        "un-eclac": "La Comisión Económica para América Latina y el Caribe,",
        "un-escwa": "La Comisión Económica y Social para Asia Occidental,",
        "un-unea": "La Asamblea de las Naciones Unidas sobre el Medio Ambiente,",
        "un-habitat-assembly": "La Asamblea de ONU-Hábitat,",
        "un-pbc": "La Comisión de Consolidación de la Paz,",
    },
    formula_re=r"^(?:La|El|Los|Las)\s+[A-ZÁÉÍÓÚÑ][^.;:]{0,300},$",
    organ_names={
        "un-ga": "Asamblea General",
        "un-ga-c1": "Primera Comisión",
        "un-ga-c2": "Segunda Comisión",
        "un-ga-c3": "Tercera Comisión",
        "un-ga-c4": "Cuarta Comisión",
        "un-ga-c5": "Quinta Comisión",
        "un-ga-c6": "Sexta Comisión",
        "un-sc": "Consejo de Seguridad",
        "un-ecosoc": "Consejo Económico y Social",
        "un-hrc": "Consejo de Derechos Humanos",
        "un-ccpcj": "Comisión de Prevención del Delito y Justicia Penal",
        "un-cnd": "Comisión de Estupefacientes",
        "un-csw": "Comisión de la Condición Jurídica y Social de la Mujer",
        "un-ctoc-cop": _CTOC,
        "un-cac-cosp": _CAC,
        "un-statcom": "Comisión de Estadística",
        "un-csocd": "Comisión de Desarrollo Social",
        "un-cpd": "Comisión de Población y Desarrollo",
        "un-cstd": "Comisión de Ciencia y Tecnología para el Desarrollo",
        "un-unff": "Foro de las Naciones Unidas sobre los Bosques",
        "un-escap": "Comisión Económica y Social para Asia y el Pacífico",
        "un-ece": "Comisión Económica para Europa",
        "un-eca": "Comisión Económica para África",
        "un-eclac": "Comisión Económica para América Latina y el Caribe",
        "un-escwa": "Comisión Económica y Social para Asia Occidental",
        "un-unea": "Asamblea de las Naciones Unidas sobre el Medio Ambiente del Programa de las Naciones Unidas para el Medio Ambiente",
        "un-habitat-assembly": "Asamblea de ONU-Hábitat",
        "un-pbc": "Comisión de Consolidación de la Paz",
    },
    sponsors_role="patrocinadores",
    preamble_openers=(
        "recordando", "reafirmando", "reconociendo", "observando", "tomando", "teniendo",
        "acogiendo", "expresando", "destacando", "subrayando", "profundamente", "gravemente",
        "seriamente", "sumamente", "hondamente", "consciente", "convencida", "convencido",
        "preocupada", "preocupado", "alarmada", "alarmado", "decidida", "decidido", "deseando",
        "considerando", "afirmando", "poniendo", "haciendo", "habiendo", "guiándose", "guiada",
        "guiado", "encomiando", "reiterando", "lamentando", "deplorando", "condenando",
        "determinando", "actuando", "resuelta", "resuelto", "señalando", "insistiendo",
        "recalcando", "apreciando", "celebrando", "alentada", "alentado", "plenamente",
        "firmemente", "reconociendo también", "recordando también", "tomando nota",
        "teniendo presente", "teniendo en cuenta", "observando con preocupación",
    ),
    operative_openers=(
        "decide", "pide", "solicita", "exhorta", "insta", "alienta", "invita", "acoge", "reafirma",
        "reconoce", "toma", "observa", "expresa", "destaca", "subraya", "recomienda", "aprueba",
        "condena", "exige", "afirma", "declara", "encomia", "reitera", "recuerda", "apoya", "hace",
        "autoriza", "encarga", "proclama", "lamenta", "deplora", "considera", "celebra",
        "resuelve", "conviene", "pone", "señala", "estima", "agradece", "felicita", "reconoce",
        "pide también", "alienta también", "invita también", "exhorta también", "insta también",
    ),
    hyphen_prefixes=("anti", "co", "ex", "post", "pre", "pro", "semi", "sub", "vice", "no",
                     "Sur", "Norte", "Este", "Oeste", "afro", "latino", "ítalo", "franco", "anglo"),
    closed_stems=("afrodescendient", "extrapresupuestari", "subregion", "multilateral", "intergubernament",
                  "socioeconomic", "autoevalu", "cooper", "coordin", "reafirm"),
    number_words=(
        "artículo", "artículos", "párrafo", "párrafos", "resolución", "resoluciones", "decisión",
        "decisiones", "tema", "temas", "capítulo", "sección", "anexo", "vol", "núm", "n.º",
        "página", "páginas", "período", "sesión", "sesiones", "regla", "parte", "título", "de",
        "del", "y", "el", "la", "los", "las", "en", "a", "más", "menos", "unos", "unas",
    ),
    stopwords=(
        "de", "la", "el", "los", "las", "y", "en", "del", "que", "por", "con", "para", "su", "sus",
        "se", "una", "al", "como", "lo", "es", "sobre", "entre", "todos", "este", "esta", "a", "o", "u", "e",
    ),
    cover_patterns={
        "masthead": r"^Naciones\s+Unidas(?:\s+[ASE])?$",  # (older documents: the series letter)
        "distribution": (r"^Distr\.?\s*:?\s*(?:general|limitada|reservada)\b.*$",
                         # older mastheads: "Distr." and "GENERAL" on two lines
                         r"^Distr\.?$", r"^(?:general|limitada|reservada)$"),
        "original": r"^Original\s*:\s*\S.*$",
        "session": (r"^(?:Continuación\s+del\s+)?(?P<ordinal>[\w\s\-‑]+?|\d+\.[ºª])\s+período\s+(?:extraordinario\s+)?de\s+sesiones(?:\s+de\s+emergencia)?$",
                    r"^Período\s+de\s+sesiones\s+de\s+(?P<ordinal>\d{4})$"),  # the Economic and Social Council's
        # "del programa" (General Assembly), "de la agenda" (Human Rights Council)
        "agenda_item": r"^Temas?\s+.+\s+(?:del\s+programa|de\s+la\s+agenda)(?:\s+provisional)?$",
        "place_dates": r"^(?P<place>[A-ZÁÉÍÓÚÑ][\w\-‑' ]{1,40})(?:,\s*[A-ZÁÉÍÓÚÑ][\w\-‑' ]{1,40}|(?<!\s)\s*\([A-ZÁÉÍÓÚÑ][\w\-‑'’ ]{1,40}\))?,\s*(?P<dates>\d.*\d{4})$",
        "heading": r"^Resolución\s+(?P<number>\d+)\s*\((?P<year>\d{4})\)(?:\s+de\s+(?P<date>.+\d{4}))?$",
        "numbered_title": (r"^(?P<number>(?:ES-)?\d+/\d+|\d+\s*\((?:ES-)?[IVXLC]+\))\.\s+(?P<title>\S.*)$",
                           # a draft's number left open ("55/... The right to education")
                           r"^(?P<number>\d+/(?:\.{3}|…))\s*(?P<title>\S.*)$"),
        "adoption_line": r"^Aprobada\s+por\s+el\s+(?P<organ>.+?)\s+en\s+su\s+(?P<meeting>\S+)\s+sesión,?\s+(?:celebrada\s+)?el\s+(?P<date>.+\d{4})$",
        "adopted_by": (r"^(?:Resolución|Decisión)\s+aprobada\s+por\s+(?:la|el)\s+(?P<organ>.+?)\s+el\s+(?P<date>.+\d{4})$",
                       # older texts print no date ("RESOLUCIÓN APROBADA POR LA ASAMBLEA GENERAL")
                       r"^(?:Resolución|Decisión)\s+aprobada\s+por\s+(?:la|el)\s+(?P<organ>[^\W\d][^\d\[\]()]*?)(?<!\sel)$"),
        "reference": r"^\[.*\]$",
        # what stands between the first and last day of a session's dates on their own line
        # ("26 February–5 April 2024")
        "range_joint": r"[-–‑—]|al?",
        # los idiomas de publicación ("Español, francés e inglés únicamente")
        "languages": r"^(?P<names>[^\d:]+?)(?P<only>\s+(?:únicamente|solamente))?$",
    },
    places={"Viena": "vienna", "Nueva York": "new-york", "Ginebra": "geneva", "Nairobi": "nairobi",
            "Bonn": "bonn", "París": "paris", "Roma": "rome", "Kyoto": "kyoto", "Doha": "doha",
            "Abu Dabi": "abu-dhabi", "Sharm el-Sheikh": "sharm-el-sheikh",
            # where the Conference of the States Parties to the Convention against Corruption met
            "Atlanta": "atlanta"},
    doc_stages={
        "proyecto de resolución revisado": "resolutionDraft",
        "proyecto de resolución": "resolutionDraft",
        "proyecto de decisión revisado": "decisionDraft",
        "proyecto de decisión": "decisionDraft",
        "resolución": "resolution",
        "decisión": "decision",
    },
    conclusion_patterns=(
        r"^(?-i:A)probad[ao]s?\b",  # not a recital going on: "aprobados en Viena el …"
        # ("38ª", "38a." and the ordinal sign after a full stop, as current UN style prints it: "25.ª")
        r"^\d+\.?[ªa]\.?\s+sesión\s+plenaria\b",
        r"^\d+\.?[ªa]\.?\s+sesión\b",
    ),
    recycle_notice="Se ruega reciclar",
    lead_in_patterns=(r"^(?:Decide|Resuelve)\s+(?:que|lo siguiente)\s*:$",),
    ordinals={
        "primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3,
        "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5,
        "sexto": 6, "sexta": 6, "septimo": 7, "septima": 7, "octavo": 8, "octava": 8,
        "noveno": 9, "novena": 9, "decimo": 10, "decima": 10, "undecimo": 11, "undecima": 11,
        "duodecimo": 12, "duodecima": 12, "decimotercer": 13, "decimotercero": 13,
        "decimotercera": 13, "decimocuarto": 14, "decimocuarta": 14, "decimoquinto": 15,
        "decimoquinta": 15, "decimosexto": 16, "decimosexta": 16, "decimoseptimo": 17,
        "decimoseptima": 17, "decimoctavo": 18, "decimoctava": 18, "decimonoveno": 19,
        "decimonovena": 19, "vigesimo": 20, "vigesima": 20, "trigesimo": 30, "trigesima": 30,
        "cuadragesimo": 40, "cuadragesima": 40, "quincuagesimo": 50, "quincuagesima": 50,
        "sexagesimo": 60, "sexagesima": 60, "septuagesimo": 70, "septuagesima": 70,
        "octogesimo": 80, "octogesima": 80, "nonagesimo": 90, "nonagesima": 90,
    },
    day_forms={"1º": 1, "1.º": 1, "primero": 1},
    date_patterns=(
        r"(?<![\w/])(?:(?P<d0>\d{1,2})(?:\.?º)?(?:\s+de\s+(?P<m0>{month}))?\s+(?:a|y|al|hasta)\s+(?:el\s+)?)?"
        r"(?P<d>\d{1,2})(?:\.?º)?\s+de\s+(?P<m>{month})\s+de\s+(?P<y>\d{4})(?!\d)",
    ),
    closing_patterns=(r"^Decide\s+seguir\s+ocupándose\s+(?:activamente\s+)?de\s+la\s+cuestión\b",),
    role_names={
        "secretary-general": ("Secretario General",),
        "deputy-secretary-general": ("Vicesecretario General", "Vicesecretaria General"),
        "under-secretary-general": ("Secretario General Adjunto", "Secretaria General Adjunta"),
        "assistant-secretary-general": ("Subsecretario General", "Subsecretaria General"),
        "high-commissioner-human-rights": ("Alto Comisionado de las Naciones Unidas para los Derechos Humanos",
                                           "Alto Comisionado para los Derechos Humanos"),
        "high-commissioner-refugees": ("Alto Comisionado de las Naciones Unidas para los Refugiados",
                                       "Alto Comisionado para los Refugiados"),
    },
    # ------------------------------------------------------------------ inline semantics
    # Spanish puts the date after the number with "de" and commas ("la resolución 61/144 de la
    # Asamblea General, de 19 de diciembre de 2006"); treaty names are written in title case
    # since about 2012 and in sentence case before: both forms are names
    body_names={
        "un-secretariat": ("Secretaría", "Secretaría de las Naciones Unidas"),
        "un-unodc": ("Oficina de las Naciones Unidas contra la Droga y el Delito", "UNODC"),
        "un-icj": ("Corte Internacional de Justicia",),
        "un-ctoc-cop-wg-tip": ("Grupo de Trabajo sobre la Trata de Personas",),
        "un-ctoc-cop-wg-som": ("Grupo de Trabajo sobre el Tráfico Ilícito de Migrantes",),
        "un-ctoc-cop-wg-firearms": ("Grupo de Trabajo sobre Armas de Fuego",),
        "un-ctoc-cop-wg-ic": ("Grupo de Trabajo sobre Cooperación Internacional",),
        "un-ctoc-cop-wg-ta": ("Grupo de Trabajo sobre Asistencia Técnica",),
        "un-icat": ("Grupo Interinstitucional de Coordinación contra la Trata de Personas",),
        "eu": ("Unión Europea",),
        "au": ("Unión Africana",),
        "coe": ("Consejo de Europa",),
        "oas": ("Organización de los Estados Americanos",),
        "osce": ("Organización para la Seguridad y la Cooperación en Europa",),
        "asean": ("Asociación de Naciones de Asia Sudoriental",),
        "ecowas": ("Comunidad Económica de los Estados de África Occidental",),
        "eccas": ("Comunidad Económica de los Estados de África Central",),
        "cis": ("Comunidad de Estados Independientes",),
        # misiones de mantenimiento de la paz y otros órganos que citan las resoluciones
        "un-unifil": ("Fuerza Provisional de las Naciones Unidas en el Líbano", "FPNUL"),
        "un-minusca": ("Misión Multidimensional Integrada de Estabilización de las Naciones Unidas en la República "
                       "Centroafricana", "MINUSCA"),
        "un-minusma": ("Misión Multidimensional Integrada de Estabilización de las Naciones Unidas en Malí", "MINUSMA"),
        "un-monusco": ("Misión de Estabilización de las Naciones Unidas en la República Democrática del Congo", "MONUSCO"),
        "un-unmiss": ("Misión de las Naciones Unidas en la República de Sudán del Sur",
                      "Misión de las Naciones Unidas en Sudán del Sur", "UNMISS"),
        "un-women": ("Entidad de las Naciones Unidas para la Igualdad de Género y el Empoderamiento de las Mujeres",
                     "ONU-Mujeres"),
        "un-ilc": ("Comisión de Derecho Internacional",),
        "un-unhcr": ("Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados", "ACNUR"),
        "un-ohchr": ("Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos",),
        "un-undp": ("Programa de las Naciones Unidas para el Desarrollo", "PNUD"),
        "un-unep": ("Programa de las Naciones Unidas para el Medio Ambiente", "PNUMA"),
        "un-unicef": ("Fondo de las Naciones Unidas para la Infancia", "UNICEF"),
        "iaea": ("Organismo Internacional de Energía Atómica", "OIEA"),
        "un-escap": ("CESPAP",),
        "un-ece": ("CEPE",),
        "un-eca": ("CEPA",),
        "un-eclac": ("CEPAL",),
        "un-escwa": ("CESPAO",),
        "un-unea": ("Asamblea de las Naciones Unidas sobre el Medio Ambiente",),
        "who": ("Organización Mundial de la Salud", "OMS"),
        "world-bank": ("Banco Mundial",),
        "imf": ("Fondo Monetario Internacional", "FMI"),
    },
    body_short_names={
        "un-ga": ("Asamblea",),
        "un-sc": ("Consejo",),
        "un-ecosoc": ("Consejo",),
        "un-hrc": ("Consejo",),
        "un-ccpcj": ("Comisión",),
        "un-cnd": ("Comisión",),
        "un-csw": ("Comisión",),
        "un-ctoc-cop": ("Conferencia de las Partes", "Conferencia"),
        "un-cac-cosp": ("Conferencia de los Estados Partes", "Conferencia"),
        "un-unodc": ("Oficina",),
        "un-icj": ("Corte",),
        "un-ctoc-cop-wg-tip": ("Grupo de Trabajo",),
        "un-ctoc-cop-wg-som": ("Grupo de Trabajo",),
        "un-ctoc-cop-wg-firearms": ("Grupo de Trabajo",),
        "un-ctoc-cop-wg-ic": ("Grupo de Trabajo",),
        "un-ctoc-cop-wg-ta": ("Grupo de Trabajo",),
        "un-statcom": ("Comisión",),
        "un-csocd": ("Comisión",),
        "un-cpd": ("Comisión",),
        "un-cstd": ("Comisión",),
        "un-unff": ("Foro",),
        "un-escap": ("Comisión",),
        "un-ece": ("Comisión",),
        "un-eca": ("Comisión",),
        "un-eclac": ("Comisión",),
        "un-escwa": ("Comisión",),
        "un-unea": ("Asamblea",),
        "un-habitat-assembly": ("Asamblea",),
        "un-pbc": ("Comisión",),
        # un comité o grupo establecido por una resolución nombrada antes (parse.inline.committees)
        "committee": ("Comité",),
        "panel": ("Grupo de Expertos",),
    },
    determiner=r"\b(?:el|la|los|las|del|al|este|esta|dicho|dicha)\s+",
    # adjectives follow the noun ("la Comisión Europea", "el Protocolo Facultativo"): only
    # punctuation, a few function words, a verb, a gerund, "a"/"de" + infinitive or "a que" +
    # subjunctive ("invita a la Oficina a que informe") may follow a short name; "en" only when
    # no name follows it ("la Conferencia de las Partes en la Convención Marco ..." is another
    # conference)
    short_name_follow=r"\s*(?:[,;:.)»”]|$|(?:y|e|o|u|que|cuyo|cuya|cuyos|cuyas|ha|han|había|es|son|fue|será|sea"
    r"|no|se|lo|le|les|por)\b|en\b(?!\s+(?:el|la|los|las)\s+[A-ZÁÉÍÓÚÑ])|\w+(?:ando|iendo)\b"
    r"|(?:a|al|de|del)\s+\w+(?:ar|er|ir)\b|a\s+que\b)",
    treaty_names={
        "untoc": ("Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional",
                  "Convención contra la Delincuencia Organizada"),
        "untoc-tip": (
            "Protocolo para Prevenir, Reprimir y Sancionar la Trata de Personas, Especialmente Mujeres y "
            "Niños, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada "
            "Transnacional",
            "Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y "
            "niños, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada "
            "Transnacional",
            "Protocolo para Prevenir, Reprimir y Sancionar la Trata de Personas, Especialmente Mujeres y Niños",
            "Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños",
            "Protocolo contra la Trata de Personas",
        ),
        "untoc-som": (
            "Protocolo contra el Tráfico Ilícito de Migrantes por Tierra, Mar y Aire, que complementa la "
            "Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional",
            "Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire, que complementa la "
            "Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional",
            "Protocolo contra el Tráfico Ilícito de Migrantes por Tierra, Mar y Aire",
            "Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire",
            "Protocolo contra el Tráfico Ilícito de Migrantes",
        ),
        "untoc-firearms": (
            "Protocolo contra la Fabricación y el Tráfico Ilícitos de Armas de Fuego, Sus Piezas y "
            "Componentes y Municiones, que complementa la Convención de las Naciones Unidas contra la "
            "Delincuencia Organizada Transnacional",
            "Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego, sus piezas y "
            "componentes y municiones, que complementa la Convención de las Naciones Unidas contra la "
            "Delincuencia Organizada Transnacional",
            "Protocolo contra la Fabricación y el Tráfico Ilícitos de Armas de Fuego, Sus Piezas y "
            "Componentes y Municiones",
            "Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego, sus piezas y "
            "componentes y municiones",
            "Protocolo sobre Armas de Fuego",
        ),
        "uncac": ("Convención de las Naciones Unidas contra la Corrupción", "Convención contra la Corrupción"),
        "un-charter": ("Carta de las Naciones Unidas",),
        "icj-statute": ("Estatuto de la Corte Internacional de Justicia",),
        "gc-iii": ("Convenio de Ginebra relativo al Trato Debido a los Prisioneros de Guerra",
                   "Convenio de Ginebra relativo al trato debido a los prisioneros de guerra",
                   "Tercer Convenio de Ginebra"),
        "refugees-protocol": ("Protocolo sobre el Estatuto de los Refugiados",),
        "refugees-convention": ("Convención sobre el Estatuto de los Refugiados",),
        "iccpr": ("Pacto Internacional de Derechos Civiles y Políticos",),
        "icescr": ("Pacto Internacional de Derechos Económicos, Sociales y Culturales",),
        "cedaw": ("Convención sobre la Eliminación de Todas las Formas de Discriminación contra la Mujer",
                  "Convención sobre la eliminación de todas las formas de discriminación contra la mujer"),
        "crc": ("Convención sobre los Derechos del Niño",),
        "vclt": ("Convención de Viena sobre el Derecho de los Tratados",),
        "cat": ("Convención contra la Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes",),
        "icerd": ("Convención Internacional sobre la Eliminación de Todas las Formas de Discriminación Racial",),
        "unclos": ("Convención de las Naciones Unidas sobre el Derecho del Mar",),
        "npt": ("Tratado sobre la No Proliferación de las Armas Nucleares",),
        "gc-iv": ("Convenio de Ginebra relativo a la Protección Debida a las Personas Civiles en Tiempo de Guerra",
                  "Cuarto Convenio de Ginebra"),
        "rome-statute": ("Estatuto de Roma de la Corte Penal Internacional", "Estatuto de Roma"),
    },
    treaty_heads=("Convención", "Protocolo", "Carta", "Estatuto", "Tratado", "Pacto", "Convenio"),
    ref_grammar={
        "resolution": r"[Rr]esoluci(?:ón|ones)",
        "decision": r"[Dd]ecisi(?:ón|ones)",
        "own": r"\b(?:su|sus)\s+",
        "of": r"\s+(?:de\s+la|de\s+las|de\s+los|del|de)\s+",
        "and": r"\s*,\s*(?:y\s+)?|\s+y\s+",
        "dated": r"\s*,?\s+(?:de|aprobadas?\s+el)\s+",
        "lookback": r"[\s,]*(?:(?:en|por|de|a|mediante)\s+)?(?:(?:su|sus|la|las|el|los|una)\s+)?",
        "common": r"com[úu]n(?:es)?\s+a",
        "article": r"[Aa]rt[íi]culos?",
        "first": r"primero",  # « el artículo primero de la Convención »
        "paragraph": r"[Pp]árrafos?|[Aa]partados?|[Ii]ncisos?",
        "label": r"[a-z]\)",
        "point": r"[Aa]partados?|[Ii]ncisos?",  # « el apartado b) del párrafo 1 supra »
        "this": r"\b(?:la\s+presente|el\s+presente|esta|este|dicha|dicho)\s+",
        "above": r"\s+(?:supra|infra)|\s+(?:de\s+la\s+presente|del\s+presente)\s+(?:resolución|decisión)",
        "treaty_series": r"Naciones\s+Unidas,\s+Treaty\s+Series",
        "ibid": r"Ibid\.",
        "volume": r"vols?\.",  # "vol. 2225", "vols. 2225, 2237 and 2241"
        "number_sign": r"núm\.|n\.º",
        "qualifier": r"\s+relativ[oa]s?\s+al?\s",
        "chapter": r"[Cc]apítulos?",
        # "el Artículo 2 4) de la Carta", "el artículo 5 2) del Pacto": paragraph 4 of Article 2
        "article_paragraph": r"\s+(?P<p3>\d{1,2})\)",
        # "el Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004)",
        # "el Grupo de Expertos establecido en virtud de la resolución 2127 (2013)"
        "established": r"(?P<body>\b(?:(?P<committee>Comité(?:\s+del\s+Consejo\s+de\s+Seguridad)?)|(?P<panel>Grupo\s+de\s+Expertos)))"
                       r"\s+(?:establecido|creado|dimanante)\s+(?:en\s+virtud\s+del?|con\s+arreglo\s+al?|de\s+conformidad\s+con|por|de)"
                       r"\s+(?:(?:la|su|el)\s+)?",
        "through": r"\s+a\s+",
        # a title after a number or its date: the list goes on after it ("…, titulada «…», 77/298")
        # «el Segundo Protocolo Facultativo del Pacto Internacional …»: the Covenant's name is part of the Protocol's
        "inner_treaty": r"\b(?:Protocolos?|Enmiendas?)(?:\s+[Ff]acultativos?)?\s+(?:del|de\s+la|al|a\s+la)\s+",
        "article_own": r"\bsus?\s+",  # «en particular su artículo 1, y el artículo 6 del Pacto»
        # «la resolución 60/1, en particular sus párrafos 138 y 139» (no «… su párrafo 2 de la Convención»)
        "thereof_before": r"\s*,\s*(?:y\s+)?(?:en\s+particular|especialmente|incluidos?)\s+(?:sus?)\s+",
        "thereof_after": r"(?!\s*,?\s*(?:de|del)\s|\s+(?:supra|infra)\b)",
        "section": r"[Ss]ecci[óo]n",  # «la sección II de la resolución 60/1»
        "paragraph_abbrev": r"párrs?\.",  # «resolución 70/1, párr. 5»
        "see": r"Véase|Cf",  # «… párr. 14. Véase la resolución 70/1»
        "titled": r"\s*,?\s+titulad[ao]s?\s+(?:«[^»]*»|\"[^\"]*\"|“[^”]*”)",
        # "las resoluciones pertinentes de la Asamblea General, en particular las resoluciones 70/175"
        "particular": r"\s*,\s*(?:en\s+particular|especialmente|incluidas|sobre\s+todo)\s+(?:las?\s+|los?\s+)?",
        # "en su resolución 55/25, de 15 de noviembre de 2000, la Asamblea General aprobó"
        "subject_before": r"\b(?:[Ee]n|[Pp]or)\s+",
        "subject_after": r"\s*,?\s*(?:el\s+|la\s+)?",
        # una ciudad en el nombre de un texto («la Declaración y el Programa de Acción de Viena») no es un lugar
        "place_before": r"(?:Declaración|Programa\s+de\s+Acción|Plan\s+de\s+Acción|Convenci(?:ón|ones)|Protocolos?|"
                        r"Documento\s+Final|Marco(?:\s+de\s+Acción)?|Acuerdos?|Compromisos?|Consenso|Principios)\s+de\s+",
    },
    draft_announcements=("el siguiente proyecto de resolución", "el siguiente proyecto de decisión",
                         "el proyecto de resolución siguiente", "el proyecto de decisión siguiente"),
    narrative_decision_patterns=(
        # "En su 65ª sesión plenaria, celebrada el 19 de diciembre de 2023, la Asamblea General, …, decidió"
        r"^En\s+su\s+[^,]{1,80}?\s+sesi[oó]n(?:\s+plenaria)?,\s+(?:celebrada\s+)?el\s+(?P<date>[^,]{6,40}?\d{4}),\s+"
        r"(?:el\s+|la\s+)(?P<organ>\S)",
        # un proyecto de decisión, sin sesión aún: "El Consejo de Derechos Humanos decide …"
        r"^(?:El|La)\s+(?P<organ>\S)[^.;:]{0,400}?\sdecide\s",
    ),
    annex_label=r"Anexo(?:\s+(?P<num>[IVXLC]{1,6}|\d{1,3}))?",
    article_label=r"Art[íi]culo\s+(?P<num>\d{1,3})",
    chapter_label=r"Cap[íi]tulo\s+(?P<num>[IVXLC]{1,6}|\d{1,3})",
    appendix_label=r"Ap[ée]ndice(?:\s+(?P<num>[IVXLC]{1,6}|\d{1,3}|[A-Z]))?",
    list_conjunctions=("y", "e", "o", "u"),
    submitted_patterns=(r"^(?P<stage>{stage})(?P<sep>\s+presentad[oa]\s+por\s+)(?P<sponsors>.+?)"
                        r"(?P<tail>,?\s+(?:sobre\s+la\s+base|con\s+arreglo\s+a|tras\s+celebrar)\s+(?:de\s+)?"
                        r"(?:las\s+)?consultas(?:\s+oficiosas)?)?\.?$",),
)
