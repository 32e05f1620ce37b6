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
        "sponsors": "patrocinadores",
    },
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
        "masthead": r"^Naciones\s+Unidas$",
        "distribution": r"^Distr\.?\s*:?\s*(?:general|limitada|reservada)\b.*$",
        "original": r"^Original\s*:\s*\S.*$",
        "session": r"^(?P<ordinal>[\w\s\-‑]+?)\s+período\s+(?:extraordinario\s+)?de\s+sesiones(?:\s+de\s+emergencia)?$",
        # "del programa" (General Assembly), "de la agenda" (Human Rights Council)
        "agenda_item": r"^Temas?\s+.+\s+(?:del\s+programa|de\s+la\s+agenda)(?:\s+provisional)?$",
        "place_dates": r"^(?P<place>[A-ZÁÉÍÓÚÑ][\w\-‑' ]{1,40})(?:,\s*[A-ZÁÉÍÓÚÑ][\w\-‑' ]{1,40})?,\s*(?P<dates>\d.*\d{4})$",
        "heading": r"^Resolución\s+(?P<number>\d+)\s*\((?P<year>\d{4})\)(?:\s+de\s+(?P<date>.+\d{4}))?$",
        "numbered_title": r"^(?P<number>\d+/\d+|\d+\s*\([IVXLC]+\))\.\s+(?P<title>\S.*)$",
        "adoption_line": r"^Aprobada\s+por\s+el\s+(?P<organ>.+?)\s+en\s+su\s+(?P<meeting>\S+)\s+sesión,?\s+(?:celebrada\s+)?el\s+(?P<date>.+\d{4})$",
        "adopted_by": r"^Resolución\s+aprobada\s+por\s+(?:la|el)\s+(?P<organ>.+?)\s+el\s+(?P<date>.+\d{4})$",
        "reference": r"^\[.*\]$",
    },
    places={"Viena": "vienna", "Nueva York": "new-york", "Ginebra": "geneva", "Nairobi": "nairobi",
            "Bonn": "bonn", "París": "paris", "Roma": "rome", "Kyoto": "kyoto", "Doha": "doha",
            "Abu Dabi": "abu-dhabi", "Sharm el-Sheikh": "sharm-el-sheikh"},
    doc_stages={
        "proyecto de resolución revisado": "resolutionDraft",
        "proyecto de resolución": "resolutionDraft",
        "proyecto de decisión revisado": "decisionDraft",
        "proyecto de decisión": "decisionDraft",
        "resolución": "resolution",
        "decisión": "decision",
    },
    conclusion_patterns=(
        r"^Aprobad[ao]s?\b",
        r"^\d+[ªa]\.?\s+sesión\s+plenaria\b",
        r"^\d+[ªa]\.?\s+sesión\b",
    ),
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
        "un-unhcr": ("Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados", "ACNUR"),
        "un-ohchr": ("Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos",),
        "un-undp": ("Programa de las Naciones Unidas para el Desarrollo", "PNUD"),
        "un-unep": ("Programa de las Naciones Unidas para el Medio Ambiente", "PNUMA"),
        "un-unicef": ("Fondo de las Naciones Unidas para la Infancia", "UNICEF"),
        "iaea": ("Organismo Internacional de Energía Atómica", "OIEA"),
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
    },
    determiner=r"\b(?:el|la|los|las|del|al|este|esta|dicho|dicha)\s+",
    # adjectives follow the noun ("la Comisión Europea", "el Protocolo Facultativo"): only
    # punctuation, a few function words, a verb, a gerund or "a"/"de" + infinitive may follow
    # a short name; "en" only when no name follows it ("la Conferencia de las Partes en la
    # Convención Marco ..." is another conference)
    short_name_follow=r"\s*(?:[,;:.)»”]|$|(?:y|e|o|u|que|cuyo|cuya|cuyos|cuyas|ha|han|había|es|son|fue|será|sea"
    r"|no|se|lo|le|les|por)\b|en\b(?!\s+(?:el|la|los|las)\s+[A-ZÁÉÍÓÚÑ])|\w+(?:ando|iendo)\b"
    r"|(?:a|al|de|del)\s+\w+(?:ar|er|ir)\b)",
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
        "uncac": ("Convención de las Naciones Unidas contra la Corrupción",),
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
        "paragraph": r"[Pp]árrafos?|[Aa]partados?|[Ii]ncisos?",
        "label": r"[a-z]\)",
        "this": r"\b(?:la\s+presente|el\s+presente|esta|este|dicha|dicho)\s+",
        "above": r"\s+(?:supra|infra)",
        "treaty_series": r"Naciones\s+Unidas,\s+Treaty\s+Series",
        "ibid": r"Ibid\.",
        "volume": r"vol\.",
        "number_sign": r"núm\.|n\.º",
        "qualifier": r"\s+relativ[oa]s?\s+al?\s",
        "chapter": r"[Cc]apítulo",
    },
)
