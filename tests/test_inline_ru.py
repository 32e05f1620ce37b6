"""Treaties in Russian: every treaty of the treaty table by its Russian name, in the case the
sentence puts it in ("статью 11 Международного пакта ...", "статьей 5 Протокола против ...",
"о статье 31 Венской конвенции ...").  Russian declines a name at its head noun (and the
adjectives and participles that agree with it); lang/ru.py generates the case forms.  The
texts are written here, in the style of Russian UN resolutions."""

from __future__ import annotations

import pytest
from lxml import etree

from akn_convert.pipeline import Options, convert_text
from akn_convert.validate.files import validate_bytes
from conftest import NS

TREATY = "/akn/un/treaty"
UNTOC = f"{TREATY}/2000-11-15/untoc/!main"
TIP = f"{TREATY}/2000-11-15/untoc-tip/!main"
SOM = f"{TREATY}/2000-11-15/untoc-som/!main"
FIREARMS = f"{TREATY}/2001-05-31/untoc-firearms/!main"
CHARTER = f"{TREATY}/1945-06-26/un-charter/!main"


def refs(text: str, symbol: str) -> list[tuple[str, str | None]]:
    """(text, href) of every ref of a Russian text converted whole; the document is schema-valid."""
    result = convert_text(text, Options(shape="clean", symbol=symbol, lang="ru", meta={"date": "2020-10-16"}))
    assert [p for p in validate_bytes(result.xml) if p.severity == "error"] == []
    root = etree.fromstring(result.xml)
    return [(" ".join("".join(r.itertext()).split()), r.get("href")) for r in root.xpath("//a:ref", namespaces=NS)]


CTOC = """*Конференция участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности,*

*ссылаясь* на статью 32 Конвенции Организации Объединенных Наций против транснациональной организованной преступности<sup>1</sup> и на пункт 1 статьи 6 Протокола о предупреждении и пресечении торговли людьми, особенно женщинами и детьми, и наказании за нее, дополняющего Конвенцию Организации Объединенных Наций против транснациональной организованной преступности<sup>2</sup>,

*принимая во внимание* статьи 39 и 40 Устава Организации Объединенных Наций и пункт 2 статьи 36 Статута Международного Суда,

1. *постановляет* руководствоваться статьей 5 Протокола против незаконного ввоза мигрантов по суше, морю и воздуху и статьей 10 Протокола об огнестрельном оружии;

2. *призывает* государства-участники применять статью 16 Конвенции против организованной преступности и статью 9 Протокола о торговле людьми;

3. *приветствует* меры, принятые в соответствии со статьей 8 Протокола против незаконного изготовления и оборота огнестрельного оружия, его составных частей и компонентов, а также боеприпасов к нему.

---

<sup>1</sup> Организация Объединенных Наций, Серия договоров, т. 2225, № 39574.

<sup>2</sup> Там же, т. 2237, № 39574.
"""


def test_the_organized_crime_convention_and_its_protocols_in_any_case():
    assert refs(CTOC, "CTOC/COP/2020/L.97") == [
        # the genitive of the full names; the Protocol's participle agrees ("дополняющего")
        ("статью 32 Конвенции Организации Объединенных Наций против транснациональной организованной преступности",
         f"{UNTOC}#art_32"),
        # Treaty Series notes, where they stand in the text: "т." the volume, "№" the number
        ("Организация Объединенных Наций, Серия договоров, т. 2225, № 39574", UNTOC),
        ("пункт 1 статьи 6 Протокола о предупреждении и пресечении торговли людьми, особенно женщинами и детьми, "
         "и наказании за нее, дополняющего Конвенцию Организации Объединенных Наций против транснациональной "
         "организованной преступности", f"{TIP}#art_6__para_1"),
        ("Там же, т. 2237, № 39574", TIP),
        # a list of articles: each number its own ref
        ("39", f"{CHARTER}#art_39"),
        ("40", f"{CHARTER}#art_40"),
        ("пункт 2 статьи 36 Статута Международного Суда", f"{TREATY}/1945-06-26/icj-statute/!main#art_36__para_2"),
        # the instrumental ("руководствоваться статьей 5 Протокола ...")
        ("статьей 5 Протокола против незаконного ввоза мигрантов по суше, морю и воздуху", f"{SOM}#art_5"),
        # short names ("Протокол об огнестрельном оружии", "Конвенция против организованной преступности")
        ("статьей 10 Протокола об огнестрельном оружии", f"{FIREARMS}#art_10"),
        ("статью 16 Конвенции против организованной преступности", f"{UNTOC}#art_16"),
        ("статью 9 Протокола о торговле людьми", f"{TIP}#art_9"),
        ("статьей 8 Протокола против незаконного изготовления и оборота огнестрельного оружия, его составных "
         "частей и компонентов, а также боеприпасов к нему", f"{FIREARMS}#art_8"),
    ]


HUMAN_RIGHTS = """*Генеральная Ассамблея,*

*руководствуясь* Уставом Организации Объединенных Наций, Всеобщей декларацией прав человека и Международным пактом о гражданских и политических правах,

*ссылаясь* на статью 2 Международного пакта об экономических, социальных и культурных правах, статью 14 Международного пакта о гражданских и политических правах и статью 5 Конвенции о ликвидации всех форм дискриминации в отношении женщин,

1. *призывает* государства выполнять обязательства по статье 3 Конвенции о правах ребенка и статье 9 Конвенции о правах инвалидов;

2. *напоминает* о статье 31 Венской конвенции о праве международных договоров, статье 33 Конвенции о статусе беженцев и статье 1 Протокола, касающегося статуса беженцев;

3. *ссылается* на статью 4 Договора о принципах деятельности государств по исследованию и использованию космического пространства, включая Луну и другие небесные тела, на статью 3 Женевской конвенции об обращении с военнопленными и на статью 19 Конвенции Организации Объединенных Наций против коррупции;

4. *отмечает*, что статья 118 третьей Женевской конвенции касается освобождения военнопленных.
"""


def test_every_other_treaty_of_the_table_by_its_russian_name():
    assert refs(HUMAN_RIGHTS, "A/RES/75/997") == [
        ("статью 2 Международного пакта об экономических, социальных и культурных правах",
         f"{TREATY}/1966-12-16/icescr/!main#art_2"),
        ("статью 14 Международного пакта о гражданских и политических правах",
         f"{TREATY}/1966-12-16/iccpr/!main#art_14"),
        ("статью 5 Конвенции о ликвидации всех форм дискриминации в отношении женщин",
         f"{TREATY}/1979-12-18/cedaw/!main#art_5"),
        # the dative ("по статье 3 Конвенции ...": the article's case, the name's genitive)
        ("статье 3 Конвенции о правах ребенка", f"{TREATY}/1989-11-20/crc/!main#art_3"),
        ("статье 9 Конвенции о правах инвалидов", f"{TREATY}/2006-12-13/crpd/!main#art_9"),
        # an adjective before the head declines with it ("Венской конвенции"), and a participle
        # after it ("Протокола, касающегося статуса беженцев")
        ("статье 31 Венской конвенции о праве международных договоров", f"{TREATY}/1969-05-23/vclt/!main#art_31"),
        ("статье 33 Конвенции о статусе беженцев", f"{TREATY}/1951-07-28/refugees-convention/!main#art_33"),
        ("статье 1 Протокола, касающегося статуса беженцев", f"{TREATY}/1967-01-31/refugees-protocol/!main#art_1"),
        ("статью 4 Договора о принципах деятельности государств по исследованию и использованию космического "
         # (the Treaty numbers its articles in roman: its eIds read so whatever numerals cite it)
         "пространства, включая Луну и другие небесные тела", f"{TREATY}/1967-01-27/outer-space-treaty/!main#art_IV"),
        ("статью 3 Женевской конвенции об обращении с военнопленными", f"{TREATY}/1949-08-12/gc-iii/!main#art_3"),
        ("статью 19 Конвенции Организации Объединенных Наций против коррупции",
         f"{TREATY}/2003-10-31/uncac/!main#art_19"),
        ("статья 118 третьей Женевской конвенции", f"{TREATY}/1949-08-12/gc-iii/!main#art_118"),
    ]


@pytest.mark.parametrize("text, expected", [
    # the nominative, accusative, instrumental and prepositional of the Charter, the Covenant,
    # the Protocol: a later article with no name takes the treaty named last before it
    ("*принимая во внимание* Устав Организации Объединенных Наций, в частности его статью 55,",
     [("статью 55", f"{CHARTER}#art_55")]),
    ("*ссылаясь* на Международный пакт о гражданских и политических правах, в частности на его статью 19,",
     [("статью 19", f"{TREATY}/1966-12-16/iccpr/!main#art_19")]),
    ("*руководствуясь* Протоколом о торговле людьми, в том числе его статьей 6,",
     [("статьей 6", f"{TIP}#art_6")]),
    ("*отмечая* положения, содержащиеся в Уставе Организации Объединенных Наций, в том числе в статье 2,",
     [("статье 2", f"{CHARTER}#art_2")]),
])
def test_an_article_after_a_name_in_any_case_is_of_that_treaty(text, expected):
    assert refs(f"*Генеральная Ассамблея,*\n\n{text}\n\n1. *постановляет* продолжить рассмотрение.\n",
                "A/RES/75/996") == expected


def test_a_name_the_table_does_not_hold_and_an_article_beyond_the_treaty_stay_plain():
    text = ("*Генеральная Ассамблея,*\n\n*ссылаясь* на статью 7 Конвенции о биологическом разнообразии "
            "и статью 60 Конвенции о правах ребенка,\n\n1. *постановляет* продолжить рассмотрение.\n")
    result = convert_text(text, Options(shape="clean", symbol="A/RES/75/995", lang="ru", meta={"date": "2020-12-18"}))
    assert [(r.text, r.target, r.reason) for r in result.recognised if r.what == "article"] == [
        ("статью 7", None, "a treaty the converter does not know"),
        ("статью 60 Конвенции о правах ребенка", None, "crc has no article 60"),
    ]
    assert etree.fromstring(result.xml).xpath("//a:ref", namespaces=NS) == []


DETERMINERS = """*Конференция участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности,*

*ссылаясь* на Протокол против незаконного ввоза мигрантов по суше, морю и воздуху и на пункт 2 статьи 4 этого Протокола,

1. *призывает* применять статью 32 указанной Конвенции, статью 16 этой Конвенции о сотрудничестве и статью 7 этого Договора;

2. *напоминает* о статье 2 данного Устава и статье 18 Конвенции.
"""


def test_a_bare_head_after_a_determiner_in_any_case_stands_for_the_one_treaty_of_that_kind():
    """"этого Протокола", "указанной Конвенции" (the Conference's own Convention), "данного
    Устава": the one treaty of that kind named or known.  Without a determiner ("Конвенции"), with
    a longer name going on ("этой Конвенции о ..."), or with no such treaty named ("этого
    Договора"), the head stays plain text."""
    result = convert_text(DETERMINERS, Options(shape="clean", symbol="CTOC/COP/2020/L.96", lang="ru",
                                               meta={"date": "2020-10-16"}))
    assert [(r.text, r.target) for r in result.recognised if r.what == "article"] == [
        ("пункт 2 статьи 4 этого Протокола", f"{SOM}#art_4__para_2"),
        ("статью 32 указанной Конвенции", f"{UNTOC}#art_32"),
        ("статью 16", None),
        ("статью 7 этого Договора", None),
        ("статье 2 данного Устава", f"{CHARTER}#art_2"),
        ("статье 18", None),
    ]
