"""Chinese (simplified).

No spaces between words, so openers are prefixes ("回顾", "又回顾"); full-width punctuation
("，", "；", "：", "。"); operative paragraphs numbered "1." and points "(a)" (half- or
full-width brackets), sub-points "㈠" or "(i)".  Dates are written "2018年11月1日".  The
masthead keeps "Distr.: General" and an English date.
"""

from .base import Language, roman_label


def _cjk_number_word(n: int) -> str:
    """A number below 40 in Chinese numerals (14 -> "十四", 20 -> "二十")."""
    digits = "〇一二三四五六七八九"
    tens, units = divmod(n, 10)
    return (digits[tens] if tens > 1 else "") + ("十" if tens else "") + (digits[units] if units else "")


_CTOC = "联合国打击跨国有组织犯罪公约缔约方会议"
#: a number written in Chinese numerals ("九", "二十五", "一百零三")
_NUMERALS = "[〇零一二两三四五六七八九十百]"
_UNTOC = "联合国打击跨国有组织犯罪公约"

#: treaties as Chinese UN texts name them (full names first, then short forms)
_TREATIES = {
    "untoc": (_UNTOC,),
    "untoc-tip": (_UNTOC + "关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书",
                  "关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的议定书", "贩运人口议定书"),
    "untoc-som": (_UNTOC + "关于打击陆、海、空偷运移民的补充议定书", "关于打击陆、海、空偷运移民的议定书",
                  "偷运移民议定书"),
    "untoc-firearms": (_UNTOC + "关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书",
                       "关于打击非法制造和贩运枪支及其零部件和弹药的议定书", "枪支议定书"),
    "uncac": ("联合国反腐败公约",),
    "un-charter": ("联合国宪章", "《宪章》"),
    "icj-statute": ("国际法院规约",),
    "gc-iii": ("关于战俘待遇之日内瓦公约", "日内瓦第三公约"),
    "refugees-convention": ("关于难民地位的公约",),
    "refugees-protocol": ("关于难民地位的议定书",),
    "outer-space-treaty": ("关于各国探索和利用包括月球和其他天体在内外层空间活动的原则条约",),
    "icescr": ("经济社会文化权利国际公约", "经济、社会及文化权利国际公约"),
    "iccpr": ("公民权利和政治权利国际公约", "公民及政治权利国际公约"),
    "vclt": ("维也纳条约法公约",),
    "cedaw": ("消除对妇女一切形式歧视公约",),
    "crc": ("儿童权利公约",),
    "crpd": ("残疾人权利公约",),
    "cat": ("禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约", "禁止酷刑公约"),
    "icerd": ("消除一切形式种族歧视国际公约",),
    "unclos": ("联合国海洋法公约",),
    "npt": ("不扩散核武器条约",),
    "gc-iv": ("关于战时保护平民之日内瓦公约", "日内瓦第四公约"),
    "rome-statute": ("国际刑事法院罗马规约", "罗马规约"),
}
_CAC = "联合国反腐败公约缔约国会议"

LANGUAGE = Language(
    code="zho",
    code2="zh",
    name="中文",
    formulas={
        "un-ga": "大会，",
        "un-sc": "安全理事会，",
        "un-ecosoc": "经济及社会理事会，",
        "un-hrc": "人权理事会，",
        "un-ccpcj": "预防犯罪和刑事司法委员会，",
        "un-cnd": "麻醉药品委员会，",
        "un-csw": "妇女地位委员会，",
        "un-ctoc-cop": _CTOC + "，",
        "un-cac-cosp": _CAC + "，",
        "un-statcom": "统计委员会，",
        "un-csocd": "社会发展委员会，",
        "un-cpd": "人口与发展委员会，",
        "un-cstd": "科学和技术促进发展委员会，",
        "un-unff": "联合国森林论坛，",
        "un-escap": "亚洲及太平洋经济社会委员会，",
        "un-ece": "欧洲经济委员会，",
        "un-eca": "非洲经济委员会，",
        "un-eclac": "拉丁美洲和加勒比经济委员会，",
        "un-escwa": "西亚经济社会委员会，",
        "un-unea": "联合国环境大会，",
        "un-habitat-assembly": "联合国人居大会，",
        "un-pbc": "建设和平委员会，",
    },
    formula_re=r"^[\u4e00-\u9fff（）()]{2,60}(?:会|理事会|委员会|会议)[，,]$",
    organ_names={
        "un-ga": "大会",
        "un-ga-c1": "第一委员会",
        "un-ga-c2": "第二委员会",
        "un-ga-c3": "第三委员会",
        "un-ga-c4": "第四委员会",
        "un-ga-c5": "第五委员会",
        "un-ga-c6": "第六委员会",
        "un-sc": "安全理事会",
        "un-ecosoc": "经济及社会理事会",
        "un-hrc": "人权理事会",
        "un-ccpcj": "预防犯罪和刑事司法委员会",
        "un-cnd": "麻醉药品委员会",
        "un-csw": "妇女地位委员会",
        "un-ctoc-cop": _CTOC,
        "un-cac-cosp": _CAC,
        "un-statcom": "统计委员会",
        "un-csocd": "社会发展委员会",
        "un-cpd": "人口与发展委员会",
        "un-cstd": "科学和技术促进发展委员会",
        "un-unff": "联合国森林论坛",
        "un-escap": "亚洲及太平洋经济社会委员会",
        "un-ece": "欧洲经济委员会",
        "un-eca": "非洲经济委员会",
        "un-eclac": "拉丁美洲和加勒比经济委员会",
        "un-escwa": "西亚经济社会委员会",
        "un-unea": "联合国环境规划署联合国环境大会",
        "un-habitat-assembly": "联合国人居大会",
        "un-pbc": "建设和平委员会",
    },
    sponsors_role="提案国",
    preamble_openers=(
        "回顾", "又回顾", "还回顾", "重申", "又重申", "确认", "又确认", "认识到", "又认识到",
        "注意到", "又注意到", "欢迎", "又欢迎", "表示", "深为关切", "关切", "严重关切", "深信",
        "相信", "铭记", "考虑到", "强调", "又强调", "意识到", "决心", "希望", "赞扬", "承认",
        "申明", "痛惜", "谴责", "震惊", "满意地", "关切地", "遗憾地", "深表关切", "认为", "断定",
        "根据", "审议了", "已审议", "感到关切", "赞赏", "念及", "欣见", "深感", "坚信",
        "遵循", "又遵循",  # "遵循《联合国宪章》的宗旨和原则" (guided by)
    ),
    operative_openers=(
        "决定", "请", "又请", "还请", "吁请", "敦促", "鼓励", "邀请", "欢迎", "重申", "注意到",
        "表示", "强调", "促请", "核可", "赞同", "通过", "建议", "要求", "谴责", "确认", "感谢",
        "赞扬", "认可", "呼吁", "支持", "授权", "宣布", "强烈", "再次", "着重指出", "申明",
        "满意地", "认识到", "深表", "坚决", "又决定", "还决定",
    ),
    number_words=("第", "条", "段", "号", "届", "次", "卷", "页"),
    stopwords=("的", "和", "在", "与", "并", "以", "及", "对", "其", "为"),
    cover_patterns={
        "masthead": r"^联合国$",
        "distribution": (r"^Distr\.?\s*:?\s*(?:General|Limited|Restricted)\b.*$",
                         # older mastheads: "Distr." and "GENERAL" on two lines
                         r"^Distr\.?$", r"^(?:General|Limited|Restricted)$"),
        "original": r"^(?:Original|原文)\s*[:：]\s*\S.*$",
        "session": (r"^第(?P<ordinal>[〇零一二两三四五六七八九十百\d]+)届(?:特别|紧急特别)?会议$",
                    r"^(?P<ordinal>\d{4})\s*年届会$"),  # the Economic and Social Council's
        "agenda_item": r"^(?:临时)?议程项目.+$",
        "place_dates": (r"^(?P<place>[\u4e00-\u9fff·]{2,12})[，,]\s*(?P<dates>\d{4}\s*年.+日)$",
                        # the dates first, as Chinese cover pages print them ("2020年10月12日至16日，维也纳")
                        r"^(?P<dates>\d{4}\s*年.+日)[，,]\s*(?P<place>[\u4e00-\u9fff·]{2,12})$"),
        # ("第 2719(2023)号决议": PDF text puts spaces between the digits and the characters)
        "heading": r"^第\s*(?P<number>\d+)\s*[（(]\s*(?P<year>\d{4})\s*[）)]\s*号决议$",
        "numbered_title": (r"^(?P<number>(?:ES-)?\d+/\d+|\d+\s*[（(](?:ES-)?[IVXLC]+[）)])[.．]\s*(?P<title>\S.*)$",
                           # a draft's number left open ("55/... The right to education")
                           r"^(?P<number>\d+/(?:\.{3}|…))\s*(?P<title>\S.*)$"),
        "adoption_line": r"^(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?P<organ>.+?)第\s*(?P<meeting>\d+)\s*次会议通过$",
        "adopted_by": (r"^(?P<organ>.+?)(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)通过的决议$",
                       # the date first, as current resolutions print it: "2023年12月19日大会决议"
                       r"^(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?P<organ>[\u4e00-\u9fff]{2,20}?)(?:通过的)?(?:决议|决定)$"),
        "reference": r"^[\[［].*[\]］]$",
        # what stands between the first and last day of a session's dates on their own line
        # ("26 February–5 April 2024")
        "range_joint": r"[-–‑—至到]",
    },
    places={"维也纳": "vienna", "纽约": "new-york", "日内瓦": "geneva", "内罗毕": "nairobi",
            "波恩": "bonn", "巴黎": "paris", "罗马": "rome", "京都": "kyoto", "多哈": "doha",
            "阿布扎比": "abu-dhabi", "沙姆沙伊赫": "sharm-el-sheikh",
            # where the Conference of the States Parties to the Convention against Corruption met
            "亚特兰大": "atlanta"},
    doc_stages={
        "订正决议草案": "resolutionDraft",
        "决议草案": "resolutionDraft",
        "订正决定草案": "decisionDraft",
        "决定草案": "decisionDraft",
        "决议": "resolution",
        "决定": "decision",
    },
    conclusion_patterns=(r"^第\s*\d+\s*次全体会议", r"^第\s*\d+\s*次会议", r"^\d{4}\s*年.+通过",
                         # the meeting's date above the meeting ("2023年12月19日" / "第50次全体会议")
                         r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*第\s*\d+\s*次(?:全体)?会议"),
    lead_in_patterns=(r"^决定如下[:：]$",),
    terminal_punct=".,;:，；：。",
    spaced=False,
    recycle_notice="请回收",
    script=r"[\u4e00-\u9fff]",
    masthead_languages=("eng",),
    # "2023年1月1日至12月31日": a range's last day after "至" takes the year (and month) of the first
    date_patterns=(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
                   r"(?:\s*(?P<to>至|到)\s*(?:(?P<m1>\d{1,2})\s*月\s*)?(?P<d1>\d{1,2})\s*日)?",),
    paragraph_number=r"(?P<value>[0-9０-９]{1,3})(?P<sep>[.．])(?=\s|$|[^\d\s.．])",
    paragraph_separators=".．",
    point_labels=(
        # (letters full-width too: "（ａ）", "（ｉｉ）")
        r"[(（](?P<label>[a-zａ-ｚ]{1,2}|[ivxlｉｖｘｌ]{1,7}|\d{1,2})[)）]",
        r"(?P<label>[㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩])",
        # the same sub-points spelt out, as a text normalised for compatibility writes them
        # ("㈠" -> "(一)"), in ASCII or full-width parentheses
        r"[(（](?P<label>[一二三四五六七八九十]{1,3})[)）]",
    ),
    label_aliases={"㈠": "i", "㈡": "ii", "㈢": "iii", "㈣": "iv", "㈤": "v", "㈥": "vi",
                   "㈦": "vii", "㈧": "viii", "㈨": "ix", "㈩": "x",
                   **{_cjk_number_word(n): roman_label(n) for n in range(1, 40)}},
    quotes=(("“", "”"), ("《", "》"), ("「", "」")),
    # the keyword follows the number: "第79/999号决议", "其第5/2号决定" (its decision); in a
    # list, after the last number only: "第2664(2022)号和第2719(2023)号决议"
    ref_grammar={
        # the number stands inside the keyword: "第九条", "第9条", "第一百零三条第2款" of the
        # treaty named before ("《残疾人权利公约》第九条"); a rule of procedure is no article
        # a range: "第一至第三条" (articles 1 to 3), group a0 (its first, e0 its "条"), ak0 (where its last starts)
        "numbered_article": rf"(?<!规则)(?<!细则)(?:第\s*(?P<a0>\d{{1,3}}|{_NUMERALS}{{1,7}})(?P<e0>\s*条)?\s*至\s*)?"
                            rf"(?P<ak0>第)\s*(?P<a>\d{{1,3}}|{_NUMERALS}{{1,7}})\s*条"
                            rf"(?:第\s*(?P<p2>\d{{1,2}}|{_NUMERALS}{{1,3}})\s*[款项])?",  # the Charter: "第二条第四项"
        # a chapter of the treaty named right before: "《联合国宪章》第七章" (not "报告第三章")
        "numbered_chapter": rf"(?:(?<=》)|(?<=宪章))第(?P<c>\d{{1,2}}|{_NUMERALS}{{1,3}})章",
        "numerals": _NUMERALS,
        "title": r"《[^《》\n]{1,120}》",
        # "日内瓦四公约", "维也纳宣言": a place before a treaty's head noun is part of its name
        "place_after": r"(?:四|第[一二三四])?(?:公约|议定书|条约|规约|宣言)",
        # "联合国，《条约汇编》，第2225卷，第39574号"; "同上，第2237卷，第39574号"
        "treaty_series": r"联合国\s*[，,]\s*《条约汇编》",
        "ibid": r"同上",
        # the document's own paragraphs: "上文第1(b)段", "本决议第1段", "上文第2至4段"
        "internal": r"(?:上文|本决议|本决定)(?P<pk>第)\s*(?P<p>\d{1,3})(?:\s*(?P<pl>\([a-z]\)))?"
                    r"(?P<more>(?:(?:至|和|、)第?\d{1,3})*)(?P<end>\s*段)",
        "above": r"上文|本决议|本决定",
        # a body's name ends in its head noun: "人权委员会", "世界卫生大会", "执行局会议"
        # a title between a reference and its date or organ: "2015年9月25日题为“…”的第70/1号决议"
        "numbered_gap": r"题为\s*[“「\"《][^”」\"》\n]{1,200}[”」\"》]\s*的",
        "body_end": r"(?:委员会|理事会|大会|会议|组织|执行局|论坛)",
        "volume": r"第",
        "volume_end": r"\s*卷",
        "number_sign": r"第",
        "number_end": r"\s*号",
        # the numbers of a list may share one "第…号": "第1325(2000)、2242(2015)和2467(2019)号决议";
        # a range links its first and its last: "第2/1至2/5号决定"
        "numbered_joint": r"、|和|及|以及|至",
        # the possessive before the reference or its date: "其2022年10月21日第11/2号决议"
        "numbered_own": r"其\s*$",
        # a paragraph of it may follow: "第72/279号决议第12段", "第2719(2023)号决议第3(b)段"
        "numbered": r"(?P<own>其)?(?P<ref>第(?P<n>[^第号\s、和及至]{1,20}(?:(?:、|和|及|至)[^第号\s、和及至]{1,20}){0,9})号"
                    r"(?:(?:(?P<res>决议)|(?P<dec>决定))"
                    r"(?:第(?P<fp>\d{1,3})(?:\s*(?P<fl>\([a-z]\)))?段)?"
                    # the next numbers of the list may have their own dates ("第74/176号和2020年12月16日第75/194号决议")
                    r"|(?=(?:(?:、|和|及|以及)(?:\d{4}年\d{1,2}月\d{1,2}日)?第[^第号\s、和及至]{1,20}(?:(?:、|和|及|至)[^第号\s、和及至]{1,20}){0,9}号)+"
                    r"(?:(?P<lres>决议)|(?P<ldec>决定)))))",
    },
    # names stand between any characters (no spaces): a longer name holding a shorter one is
    # listed so that it is taken whole ("副秘书长" is not "秘书长")
    body_names={
        "un-sc": ("安理会",),  # the Security Council's short name
        # bodies whose name holds "联合国": listed, so that they are not taken for the UN
        "un-unicef": ("联合国儿童基金会", "儿基会"),
        "un-minusca": ("联合国中非共和国多层面综合稳定团", "中非稳定团"),
        # names that hold an organ's name ("大会"), listed so that they are taken whole
        "who-wha": ("世界卫生大会",),
        "un-ohchr": ("联合国人权事务高级专员办事处", "人权高专办"),
        "un-icj": ("国际法院",),
        "who": ("世界卫生组织", "世卫组织"),
        "world-bank": ("世界银行",),
        "imf": ("国际货币基金组织", "货币基金组织"),
        "un-unep": ("联合国环境规划署", "环境署"),
        "un-undp": ("联合国开发计划署", "开发署"),
        "un-unhcr": ("联合国难民事务高级专员办事处", "难民署"),
        "un-secretariat": ("秘书处", "联合国秘书处"),
        "un-unodc": ("联合国毒品和犯罪问题办公室", "毒品和犯罪问题办公室"),
        "un": ("联合国",),
        "un-escap": ("亚太经社会",),
        "un-ece": ("欧洲经委会",),
        "un-eca": ("非洲经委会",),
        "un-eclac": ("拉加经委会",),
        "un-escwa": ("西亚经社会",),
        "un-unea": ("联合国环境大会",),
    },
    role_names={
        "secretary-general": ("秘书长",),
        "deputy-secretary-general": ("常务副秘书长",),
        "under-secretary-general": ("副秘书长",),
        "assistant-secretary-general": ("助理秘书长",),
        # with "联合国" before it, the office's name holds the Organization's: taken whole
        "high-commissioner-human-rights": ("人权事务高级专员", "联合国人权事务高级专员"),
        "high-commissioner-refugees": ("难民事务高级专员", "联合国难民事务高级专员"),
    },
    closing_patterns=(r"^决定继续(?:积极)?处理(?:此案|这一问题|该问题)",),
    treaty_names=_TREATIES,
    # sections of the operative part: "一." / "一、" (or roman numerals, capital letters) above
    # or before their heading ("一、保护遗址")
    section_numbers=r"[IVX]{1,5}|[A-Z]|[一二三四五六七八九]|十[一二三四五六七八九]?",
    section_separator=r"[.．、]",
    section_labels={
        "一": "I", "二": "II", "三": "III", "四": "IV", "五": "V", "六": "VI", "七": "VII", "八": "VIII",
        "九": "IX", "十": "X", "十一": "XI", "十二": "XII", "十三": "XIII", "十四": "XIV", "十五": "XV",
        "十六": "XVI", "十七": "XVII", "十八": "XVIII", "十九": "XIX",
    },
    annex_label=r"附件(?:\s*(?P<num>[一二三四五六七八九十]{1,3}|\d{1,3}))?",
    article_label=r"第(?P<num>[一二三四五六七八九十百]{1,4}|\d{1,3})条",
    chapter_label=r"第(?P<num>[一二三四五六七八九十]{1,3}|\d{1,3})章",
    annex_section_label=r"(?P<num>[一二三四五六七八九十]{1,3}(?=、)|[IVXLC]{1,6}(?=\.))[、.]",
    narrative_decision_patterns=(
        # "在2023年3月8日第7次全体会议上，经济及社会理事会注意到……并决定……"
        r"^在\s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:举行的)?第\s*\d+\s*次(?:全体)?会议上[，,]\s*(?P<organ>\S)",
        # a draft decision, no meeting yet: "人权理事会决定……"
        r"^(?P<organ>\S)[^。；：]{0,60}?决定",
    ),
    submitted_patterns=(r"^(?P<sponsors>.+?)(?P<tail>根据非正式协商(?:结果)?)?(?P<sep>提交的)(?P<stage>{stage})。?$",),
)
