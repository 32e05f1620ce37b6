"""Arabic (written right to left; text is kept in logical order).

Operative paragraphs are numbered "1 -" (Western or Arabic-Indic digits: "١ -"), points are
lettered in abjad order "(أ)", "(ب)", "(ج)" ... and take the Latin letter of the same place in
their eIds (``point_b`` for "(ب)"), so eIds match the other language versions.  Preambular
paragraphs open with "إذ" / "وإذ" and a verb in the present tense.  The masthead keeps
"Distr.: General" and an English date.
"""

from .base import Language

_CTOC = "مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية"
_CAC = "مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد"

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
        "sponsors": "مقدمو المشروع",
    },
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
        "masthead": r"^الأمم\s+المتحدة$",
        "distribution": r"^(?:Distr|توزيع)\.?\s*:?\s*(?:General|Limited|Restricted|عام|محدود)\b.*$",
        "original": r"^(?:Original|الأصل)\s*:\s*\S.*$",
        "session": r"^الدورة\s+(?P<ordinal>.+?)(?:\s+الاستثنائية(?:\s+الطارئة)?)?$",
        "agenda_item": r"^(?:البند|البنود)\s+.+\s+من\s+جدول\s+الأعمال(?:\s+المؤقت)?$",
        "place_dates": r"^(?P<place>[^\d،,]{2,40})،\s*(?P<dates>\d.*\d{4})$",
        "heading": r"^القرار\s+(?P<number>\d+)\s*\((?P<year>\d{4})\)$",
        "numbered_title": r"^(?P<number>\d+/\d+|\d+\s*\([IVXLC]+\))\s*[-–.]\s+(?P<title>\S.*)$",
        "adoption_line": r"^الذي\s+اتخذه\s+(?P<organ>.+?)\s+في\s+جلسته\s+(?P<meeting>\d+)،?\s+المعقودة\s+في\s+(?P<date>.+\d{4})$",
        "adopted_by": r"^قرار\s+اتخذته\s+(?P<organ>.+?)\s+في\s+(?P<date>.+\d{4})$",
        "reference": r"^\[.*\]$",
    },
    places={"فيينا": "vienna", "نيويورك": "new-york", "جنيف": "geneva", "نيروبي": "nairobi",
            "بون": "bonn", "باريس": "paris", "روما": "rome", "كيوتو": "kyoto", "الدوحة": "doha",
            "أبو ظبي": "abu-dhabi", "شرم الشيخ": "sharm-el-sheikh"},
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
    },
    digits="٠١٢٣٤٥٦٧٨٩",
    terminal_punct=".,;:،؛",
    rtl=True,
    script=r"[\u0600-\u06FF]",
    masthead_languages=("eng",),
    # "1 تشرين الثاني/نوفمبر 2018": the Levantine name, a slash, the month's other name
    date_patterns=(r"(?<![\w/])(?P<d>\d{1,2})\s+(?:[^\s\d/]+(?:\s+[^\s\d/]+)?/)?(?P<m>{month})\s+(?P<y>\d{4})(?!\d)",),
    paragraph_number=r"(?P<value>\d{1,3})\s*(?P<sep>[-–—])(?=\s|$)",
    paragraph_separators="-–—",
    point_labels=(
        r"\((?P<label>[أبجدهوزحطيكلمنسعفصقرشتثخذضظغ]ـ?)\)(?=\s|$)",
        r"\((?P<label>\d{1,2})\)(?=\s|$)",
        r"[‘’'](?P<label>\d{1,2})[‘’'](?=\s|$)",
    ),
    point_letters=tuple("أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"),
    closing_patterns=(r"^(?:تقرر|يقرر)\s+أن\s+(?:تبقي|يبقي)\s+المسألة\s+قيد\s+نظر", ),
    role_names={
        "secretary-general": ("الأمين العام",),
        "deputy-secretary-general": ("نائبة الأمين العام", "نائب الأمين العام"),
        "under-secretary-general": ("وكيل الأمين العام",),
        "assistant-secretary-general": ("الأمين العام المساعد",),
    },
)
