"""A second QA pass on inline forms: a list that goes on with another organ's numbers, the
keyword shared (« les résolutions de l'Assemblée générale 70/1 et du Conseil économique et social
2019/23 »); the organs' abbreviations before the keyword ("GA resolution", "HRC resolution",
« la résolution de l'AG »), never inside a document symbol ("A/HRC/40/1"); the six treaties the
last pass added named in Russian, Arabic and Chinese."""

from __future__ import annotations

from lxml import etree

from conftest import NS
from inline_qa_checks import assert_written_and_resolved
from test_inline_rules import DELIB, convert

TREATY = "/akn/un/treaty"
HRC_FR = "*Le Conseil des droits de l'homme,*"
HRC_EN = "*The Human Rights Council,*"


def refs(res):
    return [(r.eid, r.text, r.target) for r in res.recognised if r.kind == "ref"]


def written(res):
    """(eId, text, href) of each ref written in the body."""
    root = etree.fromstring(res.xml)
    return [(r.get("eId"), "".join(r.itertext()), r.get("href"))
            for r in root.xpath("//a:preamble//a:ref | //a:mainBody//a:ref", namespaces=NS)]


def orgs(res):
    return [(r.text, r.target) for r in res.recognised if r.kind == "organization" and r.where is not res.document.formula]


def test_a_french_list_goes_on_with_another_organs_numbers():
    res = convert("*Rappelant* les résolutions de l'Assemblée générale 70/1 et du Conseil économique et social "
                  "2019/23,", formula=HRC_FR, symbol="A/HRC/RES/40/1")
    assert refs(res) == [("recs_1__rec_1", "70/1", f"{DELIB}/un-ga/70-1"),
                         ("recs_1__rec_1", "2019/23", f"{DELIB}/un-ecosoc/2019/2019-23")]
    assert written(res) == [("recs_1__rec_1__ref_1", "70/1", f"{DELIB}/un-ga/70-1"),
                            ("recs_1__rec_1__ref_2", "2019/23", f"{DELIB}/un-ecosoc/2019/2019-23")]
    assert orgs(res) == [("Assemblée générale", "#un-ga"), ("Conseil économique et social", "#un-ecosoc")]
    assert_written_and_resolved(res)


def test_a_comma_before_the_other_organ_starts_its_numbers_not_a_trail():
    # « 61/180, de la Commission … 20/3 »: the Commission's numbers, not 61/180's organ
    res = convert("*Rappelant* les résolutions de l'Assemblée générale 61/180, de la Commission pour la prévention "
                  "du crime et la justice pénale 20/3 et 21/1 et du Conseil de sécurité 2331 (2016),",
                  formula=HRC_FR, symbol="A/HRC/RES/40/1")
    assert [(t, h) for _, t, h in refs(res)] == [
        ("61/180", f"{DELIB}/un-ga/61-180"), ("20/3", f"{DELIB}/un-ccpcj/20-3"), ("21/1", f"{DELIB}/un-ccpcj/21-1"),
        ("2331 (2016)", f"{DELIB}/un-sc/2016/2331")]
    assert_written_and_resolved(res)


def test_a_list_that_goes_on_with_no_organ_stays_as_it_was():
    # a number of things, not resolutions; English repeats the keyword and keeps its own ref
    res = convert("*Rappelant* les résolutions du Conseil de sécurité 2231 (2015) et des 15 États,",
                  formula=HRC_FR, symbol="A/HRC/RES/40/1")
    assert [(t, h) for _, t, h in refs(res)] == [("2231 (2015)", f"{DELIB}/un-sc/2015/2231")]
    res = convert("*Recalling* General Assembly resolution 70/1 and Economic and Social Council resolution 2019/23,",
                  formula=HRC_EN, symbol="A/HRC/RES/40/1")
    assert [(t, h) for _, t, h in refs(res)] == [
        ("resolution 70/1", f"{DELIB}/un-ga/70-1"), ("resolution 2019/23", f"{DELIB}/un-ecosoc/2019/2019-23")]


def test_abbreviations_of_organs_before_the_keyword():
    res = convert("*Recalling* GA resolution 60/1, HRC resolution 5/2, CND resolution 62/1, CCPCJ resolution 20/3 "
                  "and SC resolution 1325 (2000),", formula=HRC_EN, symbol="A/HRC/RES/40/1")
    assert [(t, h) for _, t, h in refs(res)] == [
        ("resolution 60/1", f"{DELIB}/un-ga/60-1"), ("resolution 5/2", f"{DELIB}/un-hrc/5-2"),
        ("resolution 62/1", f"{DELIB}/un-cnd/62-1"), ("resolution 20/3", f"{DELIB}/un-ccpcj/20-3"),
        ("resolution 1325 (2000)", f"{DELIB}/un-sc/2000/1325")]
    assert orgs(res) == [("GA", "#un-ga"), ("HRC", "#un-hrc"), ("CND", "#un-cnd"), ("CCPCJ", "#un-ccpcj"),
                         ("SC", "#un-sc")]
    root = etree.fromstring(res.xml)
    assert sorted(o.get("refersTo") for o in root.xpath("//a:recital//a:organization", namespaces=NS)) == [
        "#un-ccpcj", "#un-cnd", "#un-ga", "#un-hrc", "#un-sc"]
    assert_written_and_resolved(res)


def test_la_resolution_de_l_ag():
    res = convert("*Rappelant* la résolution 60/2 de l'AG,", formula=HRC_FR, symbol="A/HRC/RES/40/1")
    assert [(t, h) for _, t, h in refs(res)] == [("résolution 60/2", f"{DELIB}/un-ga/60-2")]
    assert orgs(res) == [("AG", "#un-ga")]


def test_la_resolution_du_cs_et_la_decision_du_cdh():
    res = convert("*Rappelant* la résolution 2331 (2016) du CS et la résolution 31/2 du CDH,",
                  formula="*L'Assemblée générale,*", symbol="A/RES/78/1")
    assert [(t, h) for _, t, h in refs(res)] == [("résolution 2331 (2016)", f"{DELIB}/un-sc/2016/2331"),
                                                 ("résolution 31/2", f"{DELIB}/un-hrc/31-2")]
    assert orgs(res) == [("CS", "#un-sc"), ("CDH", "#un-hrc")]
    assert_written_and_resolved(res)


def test_no_organ_inside_a_document_symbol():
    res = convert("*Taking note* of documents A/HRC/40/1 and GA/12345 and press release SC/1234,",
                  formula=HRC_EN, symbol="A/HRC/RES/40/1")
    assert orgs(res) == []


def test_russian_names_of_the_added_treaties():
    res = convert("*ссылаясь* на статью 5 Конвенции против пыток, статью 4 Международной конвенции о ликвидации всех "
                  "форм расовой дискриминации, статью VI Договора о нераспространении ядерного оружия, статью 49 "
                  "четвертой Женевской конвенции, статью 16 Римского статута Международного уголовного суда и статью 76 "
                  "Конвенции Организации Объединенных Наций по морскому праву,",
                  formula="*Совет Безопасности,*", symbol="S/RES/2600 (2021)")
    assert [h for _, t, h in refs(res)] == [
        f"{TREATY}/1984-12-10/cat/!main#art_5", f"{TREATY}/1965-12-21/icerd/!main#art_4",
        f"{TREATY}/1968-07-01/npt/!main#art_VI", f"{TREATY}/1949-08-12/gc-iv/!main#art_49",
        f"{TREATY}/1998-07-17/rome-statute/!main#art_16", f"{TREATY}/1982-12-10/unclos/!main#art_76"]
    assert written(res)[0][:2] == ("recs_1__rec_1__ref_1", "статью 5 Конвенции против пыток")
    assert_written_and_resolved(res)


def test_arabic_names_of_the_added_treaties():
    from akn_convert.pipeline import Options, convert_text

    res = convert_text("*إن مجلس الأمن*،\n\n*إذ يشير* إلى المادة 5 من اتفاقية مناهضة التعذيب، والمادة 49 من اتفاقية "
                       "جنيف الرابعة، والمادة 4 من الاتفاقية الدولية للقضاء على جميع أشكال التمييز العنصري، والمادة 16 من نظام روما الأساسي، والمادة 6 من معاهدة عدم انتشار الأسلحة النووية، "
                       "والمادة 76 من اتفاقية الأمم المتحدة لقانون البحار،\n\n1 - *يقرر* أن يبقي المسألة قيد نظره.\n",
                       Options(shape="clean", symbol="S/RES/2600 (2021)", meta={"date": "2021-01-01"}))
    assert [(t, h) for _, t, h in refs(res)] == [
        ("المادة 5 من اتفاقية مناهضة التعذيب", f"{TREATY}/1984-12-10/cat/!main#art_5"),
        ("المادة 49 من اتفاقية جنيف الرابعة", f"{TREATY}/1949-08-12/gc-iv/!main#art_49"),
        # "للقضاء" is read as "ل" + "القضاء"
        ("المادة 4 من الاتفاقية الدولية للقضاء على جميع أشكال التمييز العنصري", f"{TREATY}/1965-12-21/icerd/!main#art_4"),
        ("المادة 16 من نظام روما الأساسي", f"{TREATY}/1998-07-17/rome-statute/!main#art_16"),
        ("المادة 6 من معاهدة عدم انتشار الأسلحة النووية", f"{TREATY}/1968-07-01/npt/!main#art_VI"),
        ("المادة 76 من اتفاقية الأمم المتحدة لقانون البحار", f"{TREATY}/1982-12-10/unclos/!main#art_76")]
    assert_written_and_resolved(res)


def test_chinese_names_of_the_added_treaties():
    res = convert("*回顾*《禁止酷刑公约》第5条、《消除一切形式种族歧视国际公约》第4条、《日内瓦第四公约》第49条、《罗马规约》第16条、"
                  "《不扩散核武器条约》第六条和《联合国海洋法公约》第76条，", formula="*安全理事会，*", symbol="S/RES/2600 (2021)")
    assert [(t, h) for _, t, h in refs(res)] == [
        ("第5条", f"{TREATY}/1984-12-10/cat/!main#art_5"), ("第4条", f"{TREATY}/1965-12-21/icerd/!main#art_4"),
        ("第49条", f"{TREATY}/1949-08-12/gc-iv/!main#art_49"),
        ("第16条", f"{TREATY}/1998-07-17/rome-statute/!main#art_16"),
        ("第六条", f"{TREATY}/1968-07-01/npt/!main#art_VI"), ("第76条", f"{TREATY}/1982-12-10/unclos/!main#art_76")]


def test_russian_short_names_in_each_case_when_one_organ_fits():
    res = convert("*ссылаясь* на резолюцию 60/251 Генеральной Ассамблеи и резолюцию 5/1 Совета, а также на резолюцию "
                  "61/1 Ассамблеи, приветствуя доклад, представленный Совету, и решение Совета министров, Совет Европы,",
                  formula="*Совет по правам человека,*", symbol="A/HRC/RES/40/1")
    assert [(t, h) for _, t, h in refs(res)] == [
        ("резолюцию 60/251", f"{DELIB}/un-ga/60-251"), ("резолюцию 5/1", f"{DELIB}/un-hrc/5-1"),
        ("резолюцию 61/1", f"{DELIB}/un-ga/61-1")]
    # "Совета министров", "Совет Европы": other bodies' names go on, no organization
    assert orgs(res) == [("Генеральной Ассамблеи", "#un-ga"), ("Совета", "#un-hrc"), ("Ассамблеи", "#un-ga"),
                         ("Совету", "#un-hrc")]
    assert_written_and_resolved(res)


def test_a_russian_short_name_of_another_council_named_before():
    res = convert("*ссылаясь* на резолюцию 2019/1 Экономического и Социального Совета и резолюцию 2020/1 Совета,",
                  formula="*Генеральная Ассамблея,*", symbol="A/RES/75/1")
    assert [(t, h) for _, t, h in refs(res)] == [
        ("резолюцию 2019/1", f"{DELIB}/un-ecosoc/2019/2019-1"), ("резолюцию 2020/1", f"{DELIB}/un-ecosoc/2020/2020-1")]
    # two councils named before: the short name stays plain
    res = convert("*ссылаясь* на резолюции Экономического и Социального Совета и Совета Безопасности и на доклады "
                  "Совета,", formula="*Генеральная Ассамблея,*", symbol="A/RES/75/1")
    assert [(r.text, r.target) for r in res.recognised if r.text == "Совета"] == [("Совета", None)]


def test_a_short_name_with_none_named_is_the_principal_organ_the_speaker_reports_to():
    # in a Human Rights Council text "la Asamblea" is the General Assembly, "el Consejo" the Council itself
    res = convert("*Recordando* la resolución 60/251 de la Asamblea y la resolución 5/1 del Consejo,",
                  formula="*El Consejo de Derechos Humanos,*", symbol="A/HRC/RES/40/1",
                  paragraphs=("*Decide* seguir ocupándose de la cuestión.",))
    assert [(t, h) for _, t, h in refs(res)] == [
        ("resolución 60/251", f"{DELIB}/un-ga/60-251"), ("resolución 5/1", f"{DELIB}/un-hrc/5-1")]
    assert orgs(res) == [("Asamblea", "#un-ga"), ("Consejo", "#un-hrc")]
    # in a commission's, "Council resolution" is the Economic and Social Council's; "the Assembly" stays
    # plain (the Commission reports to no assembly)
    res = convert("*Recalling* Council resolution 2019/1 and the Assembly,",
                  formula="*The Commission on Narcotic Drugs,*", symbol="E/CN.7/2020/L.1")
    assert [(t, h) for _, t, h in refs(res)] == [("resolution 2019/1", f"{DELIB}/un-ecosoc/2019/2019-1")]
    assert orgs(res) == [("Assembly", None)]
    # in the General Assembly's, "Council" may be any council: plain
    res = convert("*Recalling* Council resolution 5/1,", symbol="A/RES/75/1")
    assert [(t, h) for _, t, h in refs(res)] == [("resolution 5/1", None)]
