"""Arabic (written right to left; text is kept in logical order).

Operative paragraphs are numbered "1 -" (Western or Arabic-Indic digits: "١ -"), points are
lettered in abjad order "(أ)", "(ب)", "(ج)" ... and take the Latin letter of the same place in
their eIds (``point_b`` for "(ب)"), so eIds match the other language versions.  Preambular
paragraphs open with "إذ" / "وإذ" and a verb in the present tense.  The masthead keeps
"Distr.: General" and an English date.
"""

import re

from .base import Language, roman_label

_CTOC = "مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية"
_CAC = "مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد"

#: treaties as Arabic UN texts name them (full names first, then short forms)
_TREATIES = {
    "untoc": ("اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية", "اتفاقية الجريمة المنظمة"),
    "untoc-tip": (
        "بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال، المكمل لاتفاقية الأمم المتحدة "
        "لمكافحة الجريمة المنظمة عبر الوطنية",
        "بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال",
        "بروتوكول الاتجار بالأشخاص",
    ),
    "untoc-som": (
        "بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو، المكمل لاتفاقية الأمم المتحدة لمكافحة "
        "الجريمة المنظمة عبر الوطنية",
        "بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو",
        "بروتوكول تهريب المهاجرين",
    ),
    "untoc-firearms": (
        "بروتوكول مكافحة صنع الأسلحة النارية وأجزائها ومكوناتها والذخيرة والاتجار بها بصورة غير مشروعة، "
        "المكمل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية",
        "بروتوكول مكافحة صنع الأسلحة النارية وأجزائها ومكوناتها والذخيرة والاتجار بها بصورة غير مشروعة",
        "بروتوكول الأسلحة النارية",
    ),
    "uncac": ("اتفاقية الأمم المتحدة لمكافحة الفساد",),
    "un-charter": ("ميثاق الأمم المتحدة",),
    "icj-statute": ("النظام الأساسي لمحكمة العدل الدولية",),
    "gc-iii": ("اتفاقية جنيف بشأن معاملة أسرى الحرب", "اتفاقية جنيف الثالثة"),
    "refugees-protocol": ("البروتوكول الخاص بوضع اللاجئين",),
    "refugees-convention": ("الاتفاقية الخاصة بوضع اللاجئين",),
    "iccpr": ("العهد الدولي الخاص بالحقوق المدنية والسياسية",),
    "icescr": ("العهد الدولي الخاص بالحقوق الاقتصادية والاجتماعية والثقافية",),
    "cedaw": ("اتفاقية القضاء على جميع أشكال التمييز ضد المرأة",),
    "crc": ("اتفاقية حقوق الطفل",),
    "vclt": ("اتفاقية فيينا لقانون المعاهدات",),
    "cat": ("اتفاقية مناهضة التعذيب وغيره من ضروب المعاملة أو العقوبة القاسية أو اللاإنسانية أو المهينة",
            "اتفاقية مناهضة التعذيب"),
    "icerd": ("الاتفاقية الدولية للقضاء على جميع أشكال التمييز العنصري",),
    "unclos": ("اتفاقية الأمم المتحدة لقانون البحار",),
    "npt": ("معاهدة عدم انتشار الأسلحة النووية",),
    "gc-iv": ("اتفاقية جنيف المتعلقة بحماية الأشخاص المدنيين في وقت الحرب", "اتفاقية جنيف الرابعة"),
    "rome-statute": ("نظام روما الأساسي للمحكمة الجنائية الدولية", "نظام روما الأساسي"),
}
#: any of those names, as the article grammar's look-ahead reads it: with "لل" read "ال" too, as
#: the text is read (see ``contractions``: "للقضاء" is "ل" + "القضاء")
_TREATY_NAME = "|".join(r"\s+".join(map(re.escape, name.split()))
                        for names in _TREATIES.values()
                        for name in sorted({n2 for n in names for n2 in (n, re.sub(r"(?<!\w)لل(?=\w)", "ال", n))},
                                           key=len, reverse=True))


#: sub-points numbered between quotes ("’1‘" … "’39‘", the quotes either way round) -> the
#: roman label they stand for, as the other languages print it ("(i)"); the digits are read
#: as ASCII ones first (see Language.point_label)
_QUOTED_ROMANS = {f"{o}{n}{c}": roman_label(n) for n in range(1, 40) for o in "‘’'" for c in "‘’'"}


def _keyword(word: str) -> str:
    """A resolution or decision keyword: "قرار", "القرارات", "قرارها", "مقرريها" ...; with a
    proclitic ("وقرارات", "بقرار", "للقرار") when a word, not a number, follows it (before a
    number, the clitic stays outside the reference: see ``clitics``)."""
    forms = rf"(?:ال)?{word}(?:ات|ين|ان|ي)?(?:ها|ه|هما)?"
    proclitic = rf"(?:[وف]?(?:بال|لل|ب|ل)|[وف])(?={forms}\s+[^\s\d])"
    return rf"(?:{proclitic})?{forms}"


LANGUAGE = Language(
    code="ara",
    code2="ar",
    name="العربية",
    formulas={
        "un-ga": "إن الجمعية العامة،",
        "un-sc": "إن مجلس الأمن،",
        "un-ecosoc": "إن المجلس الاقتصادي والاجتماعي،",
        "un-hrc": "إن مجلس حقوق الإنسان،",
        "un-ccpcj": "إن لجنة منع الجريمة والعدالة الجنائية،",
        "un-cnd": "إن لجنة المخدرات،",
        "un-csw": "إن لجنة وضع المرأة،",
        "un-ctoc-cop": "إن " + _CTOC + "،",
        "un-cac-cosp": "إن " + _CAC + "،",
        "un-statcom": "إن اللجنة الإحصائية،",
        "un-csocd": "إن لجنة التنمية الاجتماعية،",
        "un-cpd": "إن لجنة السكان والتنمية،",
        "un-cstd": "إن اللجنة المعنية بتسخير العلم والتكنولوجيا لأغراض التنمية،",
        "un-unff": "إن منتدى الأمم المتحدة المعني بالغابات،",
        "un-escap": "إن اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ،",
        "un-ece": "إن اللجنة الاقتصادية لأوروبا،",
        "un-eca": "إن اللجنة الاقتصادية لأفريقيا،",
        "un-eclac": "إن اللجنة الاقتصادية لأمريكا اللاتينية ومنطقة البحر الكاريبي،",
        "un-escwa": "إن اللجنة الاقتصادية والاجتماعية لغربي آسيا،",
        "un-unea": "إن جمعية الأمم المتحدة للبيئة،",
        "un-habitat-assembly": "إن جمعية موئل الأمم المتحدة،",
        "un-pbc": "إن لجنة بناء السلام،",
    },
    formula_re=r"^إن\s+\S[^.؛:]{0,300}[،,]$",
    organ_names={
        "un-ga": "الجمعية العامة",
        "un-ga-c1": "اللجنة الأولى",
        "un-ga-c2": "اللجنة الثانية",
        "un-ga-c3": "اللجنة الثالثة",
        "un-ga-c4": "اللجنة الرابعة",
        "un-ga-c5": "اللجنة الخامسة",
        "un-ga-c6": "اللجنة السادسة",
        "un-sc": "مجلس الأمن",
        "un-ecosoc": "المجلس الاقتصادي والاجتماعي",
        "un-hrc": "مجلس حقوق الإنسان",
        "un-ccpcj": "لجنة منع الجريمة والعدالة الجنائية",
        "un-cnd": "لجنة المخدرات",
        "un-csw": "لجنة وضع المرأة",
        "un-ctoc-cop": _CTOC,
        "un-cac-cosp": _CAC,
        "un-statcom": "اللجنة الإحصائية",
        "un-csocd": "لجنة التنمية الاجتماعية",
        "un-cpd": "لجنة السكان والتنمية",
        "un-cstd": "اللجنة المعنية بتسخير العلم والتكنولوجيا لأغراض التنمية",
        "un-unff": "منتدى الأمم المتحدة المعني بالغابات",
        "un-escap": "اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ",
        "un-ece": "اللجنة الاقتصادية لأوروبا",
        "un-eca": "اللجنة الاقتصادية لأفريقيا",
        "un-eclac": "اللجنة الاقتصادية لأمريكا اللاتينية ومنطقة البحر الكاريبي",
        "un-escwa": "اللجنة الاقتصادية والاجتماعية لغربي آسيا",
        "un-unea": "جمعية الأمم المتحدة للبيئة التابعة لبرنامج الأمم المتحدة للبيئة",
        "un-habitat-assembly": "جمعية موئل الأمم المتحدة",
        "un-pbc": "لجنة بناء السلام",
    },
    sponsors_role="مقدمو المشروع",
    preamble_openers=(
        "إذ", "وإذ", "وقد", "واقتناعا", "واقتناعاً", "وتصميما", "ورغبة", "واعترافا", "وإدراكا",
        "وتسليما", "وحرصا", "وتأكيدا", "واعتبارا", "وإيمانا", "وتقديرا",
    ),
    operative_openers=(
        "تقرر", "يقرر", "تطلب", "يطلب", "تحث", "يحث", "تدعو", "يدعو", "ترحب", "يرحب", "تؤكد",
        "يؤكد", "تعيد", "يعيد", "تحيط", "يحيط", "تشجع", "يشجع", "تعرب", "يعرب", "تدين", "يدين",
        "تسلم", "يسلم", "تلاحظ", "يلاحظ", "توصي", "يوصي", "تعتمد", "يعتمد", "تهيب", "يهيب",
        "تشدد", "يشدد", "تكرر", "يكرر", "تطالب", "يطالب", "تقر", "يقر", "تؤيد", "يؤيد", "تأذن",
        "يأذن", "تناشد", "يناشد", "تعلن", "يعلن", "تشير", "يشير", "تنوه", "ينوه", "تثني", "يثني",
        "تعترف", "يعترف", "تقرر أيضا", "تطلب أيضا", "تدعو أيضا",
    ),
    number_words=(
        "المادة", "المواد", "الفقرة", "الفقرات", "القرار", "القرارات", "المقرر", "المقررات",
        "البند", "البنود", "الفصل", "الفرع", "المرفق", "المجلد", "رقم", "الصفحة", "الدورة",
        "الجلسة", "القاعدة", "الجزء", "من", "و", "في", "إلى", "حتى", "نحو",
    ),
    stopwords=("في", "من", "على", "إلى", "أن", "التي", "الذي", "عن", "مع", "هذه", "ذلك", "بما"),
    cover_patterns={
        "masthead": r"^الأمم\s+المتحدة(?:\s+[ASE])?$",  # (older documents: the series letter)
        "distribution": r"^(?:Distr|توزيع)\.?\s*:?\s*(?:General|Limited|Restricted|عام|محدود)\b.*$",
        "original": r"^(?:Original|الأصل)\s*:\s*\S.*$",
        "session": (r"^الدورة\s+(?P<ordinal>.+?)(?:\s+الاستثنائية(?:\s+الطارئة)?)?(?:\s+المستأنفة)?$",
                    r"^دورة\s+عام\s+(?P<ordinal>\d{4})$"),  # the Economic and Social Council's
        "agenda_item": r"^(?:البند|البنود)\s+.+\s+من\s+جدول\s+الأعمال(?:\s+المؤقت)?$",
        # (the country after the city: "أتلانتا، الولايات المتحدة الأمريكية، ١١-١٥ كانون الأول/ديسمبر ٢٠٢٣")
        "place_dates": r"^(?P<place>[^\d،,]{2,40})(?:،\s*[^\d،,]{2,40})?،\s*(?P<dates>\d.*\d{4})$",
        "heading": r"^القرار\s+(?P<number>\d+)\s*\((?P<year>\d{4})\)$",
        "numbered_title": (r"^(?P<number>(?:ES-)?\d+/\d+|\d+\s*\((?:ES-)?[IVXLC]+\))\s*[-–.]\s+(?P<title>\S.*)$",
                           # a draft's number left open ("55/... The right to education")
                           r"^(?P<number>\d+/(?:\.{3}|…))\s*(?P<title>\S.*)$"),
        "adoption_line": r"^الذي\s+اتخذه\s+(?P<organ>.+?)\s+في\s+جلسته\s+(?P<meeting>\d+)،?\s+المعقودة\s+في\s+(?P<date>.+\d{4})$",
        # a resolution or a decision ("مقرر"), adopted by an organ named in the feminine
        # ("اتخذته الجمعية العامة") or the masculine ("اتخذه مجلس حقوق الإنسان")
        "adopted_by": r"^(?:قرار|مقرر)\s+اتخذت?ه\s+(?P<organ>.+?)\s+في\s+(?P<date>.+\d{4})$",
        "reference": r"^\[.*\]$",
        # what stands between the first and last day of a session's dates on their own line
        # ("26 February–5 April 2024")
        "range_joint": r"[-–‑—]|إلى",
    },
    places={"فيينا": "vienna", "نيويورك": "new-york", "جنيف": "geneva", "نيروبي": "nairobi",
            "بون": "bonn", "باريس": "paris", "روما": "rome", "كيوتو": "kyoto", "الدوحة": "doha",
            "أبو ظبي": "abu-dhabi", "شرم الشيخ": "sharm-el-sheikh",
            # where the Conference of the States Parties to the Convention against Corruption met
            "أتلانتا": "atlanta"},
    doc_stages={
        "مشروع قرار منقح": "resolutionDraft",
        "مشروع قرار": "resolutionDraft",
        "مشروع مقرر منقح": "decisionDraft",
        "مشروع مقرر": "decisionDraft",
        "قرار": "resolution",
        "مقرر": "decision",
    },
    conclusion_patterns=(r"^الجلسة\s+العامة\s+\d+", r"^الجلسة\s+\d+", r"^اتخذ(?:ه|ت)?\s"),
    lead_in_patterns=(r"^(?:تقرر|يقرر)\s+ما\s+يلي\s*:$",),
    ordinals={
        "الأولى": 1, "الحادية": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5,
        "السادسة": 6, "السابعة": 7, "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "عشرة": 10,
        "العشرون": 20, "والعشرون": 20, "الثلاثون": 30, "والثلاثون": 30, "الأربعون": 40,
        "والأربعون": 40, "الخمسون": 50, "والخمسون": 50, "الستون": 60, "والستون": 60,
        "السبعون": 70, "والسبعون": 70, "الثمانون": 80, "والثمانون": 80, "التسعون": 90,
        "والتسعون": 90,
        # masculine, for chapters ("الفصل السابع", "الفصل الحادي عشر")
        "الأول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
        "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10, "عشر": 10,
    },
    terminal_punct=".,;:،؛",
    recycle_notice="الرجاء إعادة الاستعمال",
    rtl=True,
    script=r"[\u0600-\u06FF]",
    masthead_languages=("eng",),
    # "1 تشرين الثاني/نوفمبر 2018": the Levantine name, a slash, the month's other name
    # "12-16 تشرين الأول/أكتوبر 2020": a range's first day takes the month and year of the last
    # a range: "١٥-١٩ نيسان/أبريل ٢٠٢٤", "من ١٥ إلى ١٩ نيسان/أبريل ٢٠٢٤", "بين ١٥ و ١٩ ...", the
    # first day with its own month: "من ٣٠ حزيران/يونيه إلى ٢ تموز/يوليه ٢٠٢٤"
    date_patterns=(r"(?<![\w/])(?:(?P<d0>\d{1,2})(?:\s+(?:[^\s\d/]+(?:\s+[^\s\d/]+)?/)?(?P<m0>{month}))?(?:\s*[-–]\s*|\s+إلى\s+|\s+و\s*))?(?P<d>\d{1,2})\s+(?:[^\s\d/]+(?:\s+[^\s\d/]+)?/)?(?P<m>{month})\s+(?P<y>\d{4})(?!\d)",),
    paragraph_number=r"(?P<value>[0-9٠-٩]{1,3})\s*(?P<sep>[-–—])(?=\s|$)",
    paragraph_separators="-–—",
    point_labels=(
        r"\((?P<label>[أبجدهوزحطيكلمنسعفصقرشتثخذضظغ]ـ?)\)(?=\s|$)",
        r"\((?P<label>\d{1,2})\)(?=\s|$)",
        # a sub-point's number between quotes ("’1‘", "’١‘"): the "(i)" of other languages
        r"(?P<label>[‘’']\d{1,2}[‘’'])(?=\s|$)",
    ),
    label_aliases=_QUOTED_ROMANS,
    point_letters=tuple("أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"),
    closing_patterns=(r"^(?:تقرر|يقرر)\s+أن\s+(?:تبقي|يبقي)\s+المسألة\s+قيد\s+نظر", ),
    # conjunctions and prepositions written onto the next word: "والأمين العام", "ومجلس الأمن",
    # "لمجلس الأمن", "بالجمعية العامة" (with "ال" kept after "ب"; "لل" drops it: see contractions)
    clitics=("و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك"),
    role_names={
        "secretary-general": ("الأمين العام",),
        "deputy-secretary-general": ("نائبة الأمين العام", "نائب الأمين العام"),
        "under-secretary-general": ("وكيل الأمين العام",),
        "assistant-secretary-general": ("الأمين العام المساعد",),
    },
    # the UN writes June and July "حزيران/يونيه", "تموز/يوليه"; CLDR has "يونيو", "يوليو"
    month_variants={"يونيه": 6, "يوليه": 7},
    # ------------------------------------------------------------------ inline semantics
    # Arabic writes the article into the word ("الجمعية", "المجلس"), so short names carry it
    # and the determiner is only a word boundary; the adjective that follows a noun carries it
    # too, so a short name followed by a word in "ال" is part of a longer name.  A bare treaty
    # head ("الاتفاقية") cannot name a treaty: the head noun of a full name has no article
    # ("اتفاقية الأمم المتحدة"); treaty_heads holds only "ميثاق" (the Charter, see bare_heads).
    body_names={
        "un-secretariat": ("الأمانة العامة", "الأمانة العامة للأمم المتحدة"),
        "un-unodc": ("مكتب الأمم المتحدة المعني بالمخدرات والجريمة",),
        "un-icj": ("محكمة العدل الدولية",),
        "un-ctoc-cop-wg-tip": ("الفريق العامل المعني بالاتجار بالأشخاص",),
        "un-ctoc-cop-wg-som": ("الفريق العامل المعني بتهريب المهاجرين",),
        "un-ctoc-cop-wg-firearms": ("الفريق العامل المعني بالأسلحة النارية",),
        "un-ctoc-cop-wg-ic": ("الفريق العامل المعني بالتعاون الدولي",),
        "un-ctoc-cop-wg-ta": ("الفريق العامل المعني بالمساعدة التقنية",),
        "eu": ("الاتحاد الأوروبي",),
        "au": ("الاتحاد الأفريقي",),
        "coe": ("مجلس أوروبا",),
        "oas": ("منظمة الدول الأمريكية",),
        "osce": ("منظمة الأمن والتعاون في أوروبا",),
        "asean": ("رابطة أمم جنوب شرق آسيا",),
        "ecowas": ("الجماعة الاقتصادية لدول غرب أفريقيا",),
        "eccas": ("الجماعة الاقتصادية لدول وسط أفريقيا",),
        "cis": ("كومنولث الدول المستقلة",),
        "un-unhcr": ("مفوضية الأمم المتحدة لشؤون اللاجئين",),
        "un-ohchr": ("مفوضية الأمم المتحدة السامية لحقوق الإنسان",),
        "un-undp": ("برنامج الأمم المتحدة الإنمائي",),
        "un-unep": ("برنامج الأمم المتحدة للبيئة",),
        "iaea": ("الوكالة الدولية للطاقة الذرية",),
        "un-escap": ("الإسكاب",),
        "un-escwa": ("الإسكوا",),
        "un-unea": ("جمعية الأمم المتحدة للبيئة",),
        "un-unicef": ("منظمة الأمم المتحدة للطفولة", "اليونيسيف"),
        "who": ("منظمة الصحة العالمية",),
        "world-bank": ("البنك الدولي",),
        "imf": ("صندوق النقد الدولي",),
    },
    body_short_names={
        "un-ga": ("الجمعية",),
        "un-sc": ("المجلس",),
        "un-ecosoc": ("المجلس",),
        "un-hrc": ("المجلس",),
        "un-ccpcj": ("اللجنة",),
        "un-cnd": ("اللجنة",),
        "un-csw": ("اللجنة",),
        "un-ctoc-cop": ("مؤتمر الأطراف", "المؤتمر"),
        "un-cac-cosp": ("مؤتمر الدول الأطراف", "المؤتمر"),
        "un-unodc": ("المكتب",),
        "un-icj": ("المحكمة",),
        "un-secretariat": ("الأمانة",),
        "un-ctoc-cop-wg-tip": ("الفريق العامل",),
        "un-ctoc-cop-wg-som": ("الفريق العامل",),
        "un-ctoc-cop-wg-firearms": ("الفريق العامل",),
        "un-ctoc-cop-wg-ic": ("الفريق العامل",),
        "un-ctoc-cop-wg-ta": ("الفريق العامل",),
        "un-statcom": ("اللجنة",),
        "un-csocd": ("اللجنة",),
        "un-cpd": ("اللجنة",),
        "un-cstd": ("اللجنة",),
        "un-unff": ("المنتدى",),
        "un-escap": ("اللجنة",),
        "un-ece": ("اللجنة",),
        "un-eca": ("اللجنة",),
        "un-eclac": ("اللجنة",),
        "un-escwa": ("اللجنة",),
        "un-unea": ("الجمعية",),
        "un-habitat-assembly": ("الجمعية",),
        "un-pbc": ("اللجنة",),
    },
    determiner=r"(?:^|[\s(«“\"])",
    # not an adjective or a relative ("اللجنة الفرعية", "الفريق العامل المعني بـ ..."), not the
    # parties to another treaty ("مؤتمر الأطراف في اتفاقية ... الإطارية")
    # "الميثاق" (the Charter) with no adjective after it is the Charter of the United Nations
    treaty_heads=("ميثاق",),
    treaty_head_forms={"ميثاق": ("الميثاق",)},
    bare_heads=("ميثاق",),
    short_name_follow=r"(?!\s+(?:ال|لل|في\s+(?:اتفاقية|بروتوكول|معاهدة|ال)))",
    treaty_names=_TREATIES,
    ref_grammar={
        # with the article, the dual, the plural and the possessive suffix ("قرارها",
        # "مقرراته"): the suffix is the possessive (``own_suffix``).  A proclitic written into
        # the word ("وقرارات", "بقرار") is taken only where an organ's name follows the keyword
        # (the refs are then the numbers): "وقراره 5/2" would put "and" inside the ref and
        # stays plain text
        "resolution": _keyword("قرار"),
        "decision": _keyword("مقرر"),
        # the possessive suffix: "قرارها 5/2" is read as "its resolution 5/2" (the own organ's,
        # unless another organ named just before is the subject: "المؤتمر طلب، في قراره 11/2")
        "own_suffix": r"(?:ها|ه|هما)$",
        "of": r"\s+من\s+",
        "and": r"\s*[،,]\s*(?:و\s*)?|\s+و\s*",
        "dated": r"\s*[،,]?\s+(?:المؤرخ(?:ة|ان|ين|تان|تين)?|(?:الصادر|المعتمد|المتخذ)(?:ة)?\s+في)\s+",
        "lookback": r"[\s،,]*(?:في\s+)?",
        "common": r"المشتركة\s+بين",
        # an article "من" something is one of a treaty named in full: with no treaty head to
        # stand for a treaty ("من البروتوكول"), another word after "من" is another text
        # "المواد من 1 إلى 3" (articles 1 to 3); "الميثاق" is the Charter (see bare_heads)
        "article": r"(?:المادة|المادتان|المادتين|المواد(?:\s+من(?=\s+\d))?)"
        + rf"(?!\s+\d+(?:(?:\s*[،,]?\s*و?|\s+إلى)\s*\d+)*\s+من\s+(?!{_TREATY_NAME}|الميثاق(?!\s+ال)))",
        "through": r"\s+إلى\s+",
        # a title after a number or its date: the list goes on after it ("… المعنون "…" و 77/298")
        "titled": r"\s+المعنون(?:ة|ين|تين)?\s+(?:\"[^\"]*\"|«[^»]*»|“[^”]*”)",
        # "قرارات الجمعية العامة ذات الصلة، ولا سيما القرارات 70/175": the organ named in general
        "particular": r"(?:\s+ذات\s+الصلة)?\s*[،,]\s*(?:ولا\s+سيما|لا\s+سيما|وبخاصة|بما\s+في\s+ذلك)\s+",
        "paragraph": r"(?:الفقرة|الفقرتان|الفقرتين|الفقرات)",
        # "الفصل السابع من ميثاق الأمم المتحدة": a chapter numbered in words (an ordinal) or in
        # figures; a clitic written onto the keyword stays outside ("وبالفصل السابع")
        "numbered_chapter": r"(?:(?<!\w)|(?<=(?<!\w)[وبل])|(?<=(?<!\w)وب))(?P<ck>الفصل)\s+"
        r"(?P<c>(?:الأول|الحادي|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر)"
        r"(?:\s+عشر)?|[IVXLC]{1,6}|\d{1,2})(?!\w)(?!\s+عشر(?!\w))"
        # as for articles: "من" and a word that is no treaty's name is another text ("من التقرير")
        + rf"(?!\s+من\s+(?!{_TREATY_NAME}))",
        "this": r"\bهذ(?:ه|ا)\s+",
        # a part of a resolution, lettered in words: "75/290 ألف" (75/290 A)
        "part": r"\s+(?P<part>ألف|باء|جيم|دال|هاء|واو|زاي|حاء)(?!\w)",
        "above": r"\s+(?:أعلاه|أدناه)|\s+من\s+هذا\s+(?:القرار|المقرر)",
        "label": r"\([أبجدهوزحطيكلمنسعفصقرشتثخذضظغ]ـ?\)",
        "point": r"الفقرة\s+الفرعية",  # «الفقرة الفرعية (ب) من الفقرة 1 أعلاه»
        # "الأمم المتحدة، مجموعة المعاهدات، المجلد 2225، الرقم 39574"
        "treaty_series": r"الأمم\s+المتحدة\s*[،,]\s*مجموعة\s+المعاهدات",
        "ibid": r"المرجع\s+نفسه",
        "volume": r"المجلد",
        "number_sign": r"الرقم",
        # "اتفاقيات جنيف", "إعلان فيينا", "برنامج عمل الدوحة": a place after a treaty's or a
        # declaration's head noun is part of its name
        "place_before": r"(?:اتفاقي(?:ة|ات|تي|تا)|بروتوكول(?:ات|ي|ا)?|معاهدة|إعلان|(?:برنامج|خطة)\s+عمل)\s+",
    },
    # "ل" + "ال" is written "لل": "للمادة 2" is "ل" + "المادة 2"
    contractions={"لل": "ال"},
    # « القرار دإ-26/2 » (special session: S-26/2), « دإط-10/2 » (emergency special session:
    # ES-10/2), « القرار 2625 (د-25) » (twenty-fifth session: 2625 (XXV))
    session_prefixes={"دإ-": "S-", "دإط-": "ES-"},
    early_session=r"د\s?-\s?\d{1,2}",
    # sections of the operative part: "أولا" / "ثانيا" (first, second …) or lettered "ألف" /
    # "باء" (A, B …), with a dash before a heading on the same line ("أولا - حماية المواقع")
    section_numbers=r"[IVX]{1,5}|(?:أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)ً?"
                    r"|ألف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء|ياء",
    section_separator=r"[-–—]",
    section_labels={
        "أولا": "I", "ثانيا": "II", "ثالثا": "III", "رابعا": "IV", "خامسا": "V", "سادسا": "VI",
        "سابعا": "VII", "ثامنا": "VIII", "تاسعا": "IX", "عاشرا": "X",
        "ألف": "A", "باء": "B", "جيم": "C", "دال": "D", "هاء": "E", "واو": "F", "زاي": "G",
        "حاء": "H", "طاء": "I", "ياء": "J",
    },
    annex_label=r"(?:ال)?مرفق(?:\s+(?P<num>[IVXLC]{1,6}|\d{1,3}|[٠-٩]{1,3}|ال\w+))?",
    article_label=r"(?:ال)?مادة\s+(?P<num>\d{1,3}|[٠-٩]{1,3})",
    chapter_label=r"(?:ال)?فصل\s+(?P<num>[IVXLC]{1,6}|\d{1,3}|[٠-٩]{1,3}|ال\w+)",
    narrative_decision_patterns=(
        # "في الجلسة العامة ٧ المعقودة في ٨ آذار/مارس ٢٠٢٣، أحاط المجلس الاقتصادي والاجتماعي علما …"
        # / "في جلستها العامة ٦٥، المعقودة في …، قررت الجمعية العامة …": the verb, then the organ
        r"^في\s+(?:ال)?جلس(?:ة|ته|تها)\s+(?:العامة\s+)?\S+،?\s+المعقودة\s+في\s+"
        r"(?P<date>\d{1,2}\s+[^\s،]+(?:\s+[^\s،]+)?\s+\d{4})\s*[،,]\s*\S+\s+(?P<organ>\S)",
        # a draft decision, no meeting yet: "إن مجلس حقوق الإنسان يقرر …"
        r"^(?:إن\s+)?(?P<organ>\S)[^.؛:]{0,400}?\s[يت]قرر\s",
    ),
    submitted_patterns=(r"^(?P<stage>{stage})(?P<sep>\s+مقدم\s+من\s+)(?P<sponsors>.+?)"
                        r"(?P<tail>،?\s+على\s+أساس\s+مشاورات(?:\s+غير\s+رسمية)?)?\.?$",),
)
