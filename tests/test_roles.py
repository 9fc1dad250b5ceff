"""Role rules (claims/roles.py): each rule's own examples, read through the whole builder,
plus negatives and the pronoun and fallback behaviour."""

from __future__ import annotations

import hashlib

import pytest

from claims.build import build_claims
from claims.pipeline import resolver
from claims.roles import ROLE_RULES
from core.schema import Document


def claims_of(text: str):
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), path="t.txt", text=text)
    return build_claims(doc, resolver())


EXAMPLES = [pytest.param(rule.name, text, payer, payee, id=f"{rule.name}:{text[:16]}")
            for rule in ROLE_RULES for text, payer, payee in rule.examples]


@pytest.mark.parametrize(("rule", "text", "payer", "payee"), EXAMPLES)
def test_each_rule_reads_its_examples(rule, text, payer, payee):
    """The example's first figure, or its last for a rule that reads a figure after another
    (buys_again: the second purchase)."""
    from claims.roles import OTHER
    pattern = next(r.pattern for r in ROLE_RULES if r.name == rule)
    claims = claims_of(text)
    first = claims[-1] if OTHER in pattern.split("{M}")[0] else claims[0]
    assert (first.payer, first.payee) == (payer, payee)
    assert first.parties_from == "clause"


def test_every_rule_has_an_example_or_is_listed_as_untested():
    untested = {r.name for r in ROLE_RULES if not r.examples}
    assert untested <= {"led_by_raise", "deal_with_after", "receive_offer_of", "offered_by", "figure_then_pay_of"}


@pytest.mark.parametrize(("text", "kind"), [
    ("Meta以143亿美元收购了Scale AI 49%的股份。", "acquisition"),
    ("微软向OpenAI投资了100亿美元。", "investment"),
    ("谷歌与Meta达成了价值100亿美元的云服务协议。", "deal"),
    # regression, blind13-01 (ticoteck): a price he joins for, in a transfer story's clause
    ("本菲卡宣布,恩佐·费尔南德斯以1.067亿英镑的价格加盟切尔西。", "acquisition"),
    # blind13-12 (5xzb), blind13-15 (mingpao): a release clause is the buying club's fee
    ("曼城为此向多特蒙德支付了6000万欧元的解约金。", "acquisition"),
    ("切爾西同意以1.2億歐元達成費南德斯合約中的違約金條款。", "acquisition"),
    # negatives: a contract with the player, and his wage, stay pay
    ("梅西加盟迈阿密国际,合同总价值5000万美元。", "pay_package"),
    ("哈兰德有望与曼城签约5年,周薪大约为40万英镑。", "pay_package"),
])
def test_the_construction_sets_the_kind(text, kind):
    assert claims_of(text)[0].kind == kind


def test_a_pronoun_takes_the_slot_of_the_entity_it_stands_for():
    [c] = claims_of("智谱完成新一轮融资。其估值达到243亿元。")
    assert c.payee == "zhipu-ai" and c.kind == "valuation"


def test_a_company_paying_its_staff_names_the_staff_group():
    [c] = claims_of("台積電員工分紅總計來到新台幣2061億元。")
    assert (c.payer, c.payee) == ("tsmc", "tsmc-staff")


def test_the_employer_is_the_organisation_before_the_title():
    [c] = claims_of("苹果CEO库克的年薪为7460万美元。")
    assert (c.payer, c.payee) == ("apple", "tim-cook")
    [c] = claims_of("英特尔CEO陈立武的年薪为2500万美元。")  # a person the table does not list
    assert (c.payer, c.payee) == ("intel", "陈立武")


def test_a_subject_the_table_does_not_know_is_read_off_the_value_word():
    [c] = claims_of("寒武纪市值一夜暴涨了500亿元。")
    assert c.kind == "valuation" and c.payee == "寒武纪"


def test_the_main_organisation_is_a_marked_fallback():
    claims = claims_of("Meta正在招人。据称开出了1亿美元的签约奖金。")
    assert claims[0].payer == "meta" and claims[0].parties_from == "document"


@pytest.mark.parametrize("text", [
    "更值得关注的是估值:3500 亿美元。",  # no name before 估值
])
def test_no_subject_from_grammar_words(text):
    assert claims_of(text)[0].payee is None


def test_a_sentence_naming_no_party_continues_the_story_of_its_kind():
    first, second = claims_of("Meta将向Scale AI投资143亿美元。\n据美媒披露，这笔投资金额可能突破150亿美元。")
    assert (second.payer, second.payee, second.parties_from) == ("meta", "scale-ai", "previous")


def test_regression_spending_does_not_continue_an_investment():
    """Seeds: 'Meta数十亿美元' spending was filed as Meta -> Scale AI after the investment sentence."""
    claims = claims_of("Meta向Scale AI豪掷143亿美元。这个团队已耗费了Meta数十亿美元。")
    assert claims[1].kind == "spending" and claims[1].payee is None


def test_people_named_by_role_are_the_payee_but_never_a_quantity():
    from reconcile import find_conflicts
    a, = claims_of("招聘“少而精”：顶尖校招生年薪超200万元。")
    b, = claims_of("据报道，顶尖校招生年薪只有50万元。")
    assert a.payee == b.payee == "role:顶尖校招生"
    assert find_conflicts([a, b]) == []  # two offers to unnamed graduates are two offers


@pytest.mark.parametrize(("text", "payee"), [
    ("台積電今日公布董事會決議，員工業績獎金總計來到新台幣2061億元。", "tsmc-staff"),  # bare 员工: the payer's staff
    ("据报道，2023年杨植麟带队融资，月之暗面估值2亿美元。", "moonshot-ai"),  # a valuation is an organisation's
])
def test_regression_payee_of_company_figures_and_bare_staff(text, payee):
    assert claims_of(text)[-1].payee == payee


def test_regression_the_speaker_is_not_the_payee():
    [c] = claims_of("奥特曼在节目中评价道，Meta试图通过提供高达1亿美元的签约奖金来挖人。")
    assert c.payee != "sam-altman"


@pytest.mark.parametrize("text", [
    "Meta将以149亿美元(折合人民币约1066亿元)的价格收购Scale AI 49%的股权。",
    "Meta将以149亿美元，约合人民币1066亿元，收购Scale AI 49%的股权。",
])
def test_a_restatement_is_the_same_claim(text):
    anchor, restated = claims_of(text)
    assert restated.restates == anchor.id
    assert (restated.kind, restated.payer, restated.payee) == (anchor.kind, anchor.payer, anchor.payee) == (
        "acquisition", "meta", "scale-ai")


def test_two_figures_side_by_side_are_no_restatement():
    a, b = claims_of("Scale AI 在2024年营收8.7亿美元 20亿美元的目标尚远。")
    assert b.restates is None


def test_a_restatement_is_never_compared_with_its_anchor():
    from reconcile import find_conflicts
    claims = claims_of("Meta向Scale AI投资149亿美元（约合人民币2000亿元）。")
    assert claims[1].restates == claims[0].id and find_conflicts(claims) == []


def test_a_headline_figure_takes_the_parties_of_the_same_figure_in_the_body():
    head, body = claims_of("一场150亿美金的豪赌\nMeta向Scale AI注资150亿美金，获得49%股份。")
    assert (head.payer, head.payee, head.parties_from) == ("meta", "scale-ai", "same figure")


def test_pay_with_no_one_named_goes_to_the_person_of_the_previous_sentence():
    first, = claims_of("Meta挖来了苹果AI负责人庞若鸣。而这一次，打破纪录的是2亿美元的年薪包。")
    assert first.payee == "ruoming-pang"


def test_the_person_of_the_previous_sentence_is_not_its_speaker():
    [c] = claims_of("奥特曼在节目中表示很失望。据称有人拿到了1亿美元的签约奖金。")
    assert c.payee != "sam-altman"


@pytest.mark.parametrize(("text", "low", "high", "low_incl"), [
    ("OpenAI估值超5亿美元（约合人民币36亿元）。", "3.6e9", None, False),
    ("该公司估值近5亿美元（约合人民币36亿元）。", "3.6e9", "3.6e9", True),  # 近X: the approximate point (session 17)
    ("该公司估值不到5亿美元（约合人民币36亿元）。", "0", "3.6e9", True),
])
def test_a_restatement_carries_its_anchors_bound(text, low, high, low_incl):
    from decimal import Decimal
    anchor, restated = claims_of(text)
    assert restated.restates == anchor.id
    assert (restated.min, restated.max) == (Decimal(low), None if high is None else Decimal(high))
    assert restated.min_inclusive is low_incl


def test_a_restatement_the_rates_do_not_explain_gets_a_note_not_a_conflict():
    from datetime import date

    from reconcile import find_conflicts
    text = "Meta向Scale AI投资149亿美元（约合人民币2000亿元）。"
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), path="t.txt", text=text, published=date(2025, 6, 15))
    anchor, restated = build_claims(doc, resolver())
    assert restated.notes and "off" in restated.notes[0]
    assert find_conflicts([anchor, restated]) == []
    text = "Meta向Scale AI投资149亿美元（折合人民币约1066亿元）。"
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), path="t.txt", text=text, published=date(2025, 6, 15))
    assert build_claims(doc, resolver())[1].notes == ()  # 149e8 x 7.18 = 1070e8: the rates explain it


@pytest.mark.parametrize("text", [
    # the subject of the sentence before (Scale AI成立於2016年，是一家…新創公司)
    "Scale AI成立於2016年，先後獲得輝達、亞馬遜與Meta的投資支持。該公司目前估值接近140億美元。",
    # else the company the text introduced as one (新創公司Scale AI)
    "據報導，輝達與Meta都投資了新創公司Scale AI。該公司目前估值接近140億美元。",
])
def test_the_company_pronoun_takes_the_story_company(text):
    assert claims_of(text)[-1].payee == "scale-ai"


def test_a_latin_name_opening_the_sentence_is_the_subject_of_its_figure():
    [c] = claims_of("TML虽未发布任何产品，却在种子轮融资中获得120亿美元估值。")
    assert c.kind == "valuation" and c.payee == "tml"


@pytest.mark.parametrize(("text", "term"), [
    ("GAAP 全年淨利為1,200.67億美元，年增30%。", "gaap"),  # blind11-14
    ("IoT 業務收入為1,040億元。", "iot"),                  # blind12-15
])
def test_regression_an_accounting_or_trade_term_opening_the_sentence_is_no_subject(text, term):
    """Regression: a Latin term that is no name (GAAP, IoT, ADS) opening a sentence was taken as
    the company whose profit or income the figure is."""
    assert all(c.payee != term and c.payer != term for c in claims_of(text))


def test_a_pronoun_two_sentences_on_still_finds_its_company():
    """Regression (dev-c-09): 這家公司 opening a sentence two sentences after OpenAI was left
    unresolved, so 這家公司今年8月剛完成400億美元融資 had no payee."""
    from datetime import date

    from claims.build import analyse
    from claims.pipeline import resolver
    from core.schema import Document
    text = ("今年夏天，Meta的AI實驗室從OpenAI挖走了至少7名工程師。讓員工提前套現，無疑是最直接的防禦策略。"
            "這家公司今年8月剛完成400億美元融資。")
    doc = Document(id="p2", path="p2.txt", text=text, published=date(2025, 10, 3))
    [claim] = analyse(doc, resolver()).claims
    assert (claim.kind, claim.payee) == ("investment", "openai")


def test_former_and_latter_stand_for_the_last_two_entities():
    """Regression (dev-c-05): 前者估值800億美元，後者估值330億美元 gave both to xAI."""
    claims = claims_of("今年3月，馬斯克宣布xAI與其社群平台X進行全股票合併，前者估值800億美元，後者估值330億美元。")
    assert [(c.text, c.payee) for c in claims] == [("800億美元", "xai"), ("330億美元", "x-corp")]


def test_a_rule_reads_the_parties_nearest_the_figure():
    claims = claims_of("腾讯的估值为5000亿美元，阿里的估值为3000亿美元。")
    assert [c.payee for c in claims] == ["tencent", "alibaba"]


def test_a_rumour_word_governs_the_figures_after_it_not_before():
    """Regression (dev-c-02): 但11月有消息稱… made the round of September a rumour too."""
    claims = claims_of("Anthropic在9月完成130億美元融資，但11月有消息稱微軟將向Anthropic投資50億美元。")
    assert [c.stance for c in claims] == ["asserted", "rumored"]


def test_a_pronoun_naming_what_the_company_is_finds_it():
    """Regression (dev-c-08/09): 這家AI巨頭 and 这家私人控股 were no pronouns."""
    claims = claims_of("知情人士表示，OpenAI近期完成了一笔股份出售交易。这家AI巨头的估值被推高至5000亿美元。")
    assert [(c.kind, c.payee) for c in claims] == [("valuation", "openai")]


def test_staff_selling_shares_is_a_sale_paid_to_them():
    """dev-c-06/07: 員工…出售了價值66億美元的股票 is neither an equity award nor an acquisition."""
    [c] = claims_of("OpenAI員工近期向一群投資人出售了價值66億美元的股票。")
    assert (c.kind, c.payer, c.payee) == ("other", None, "openai-staff")
    [award] = claims_of("OpenAI已授予員工約800億美元的已歸屬股權。")
    assert award.kind == "equity"


def test_the_reporting_outlet_is_never_the_subject_nor_a_pronouns_referent():
    """dev-c-15 (聯合報): 據路透報導…這家晶片製造商全年營收達2,159億美元 is Nvidia's, not Reuters';
    dev-c-05 (鉅亨網): 據《CNBC》報導，…以約1500億美元估值 is not CNBC's valuation."""
    [revenue] = [c for c in claims_of("輝達公布財報。據路透報導，這家晶片製造商全年營收達2,159億美元。") if c.kind == "revenue"]
    assert revenue.payee == "nvidia"
    [value] = claims_of("據《CNBC》報導，估值約1500億美元。")
    assert value.payee != "cnbc"


def test_a_person_giving_the_money_is_not_its_receiver():
    """dev-b-13 (聯合新聞網): 鴻海創辦人郭台銘，今年親自加碼3億元鼓勵員工 pays 鴻海's staff."""
    [bonus] = claims_of("鴻海創辦人郭台銘，今年親自加碼3億元獎金鼓勵員工。")
    assert bonus.payee == "foxconn-staff"
    [pay] = claims_of("郭台銘今年的年薪為3億元。")  # the possessive: his own pay
    assert pay.payee != "foxconn-staff" and "郭台" in pay.payee


def test_the_receiver_described_after_another_name_is_the_described_one():
    # 向OpenAI的竞争对手Anthropic投资: Anthropic receives, OpenAI only describes it
    [c] = claims_of("微軟確認將向OpenAI的競爭對手Anthropic投資高達100億美元。")
    assert (c.payer, c.payee) == ("microsoft", "anthropic")
    [c] = claims_of("微軟確認將向OpenAI和Anthropic投資高達100億美元。")  # no description: the first
    assert c.payee == "openai"


def test_a_company_described_by_what_it_makes_is_the_last_one_named_before_its_sentence():
    text = "微軟確認將向OpenAI的競爭對手Anthropic投資高達100億美元。與此同時，NVIDIA也承諾將向這家Claude模型開發商注資50億美元。"
    last = claims_of(text)[-1]
    assert (last.payer, last.payee) == ("nvidia", "anthropic")


def test_another_party_brought_in_does_not_continue_the_last_payer():
    text = "Scale AI早前被谷歌開價240億美元收購，但之後卻被另一間公司開出更高價錢300億美元惡意收購。"
    first, second = [c for c in claims_of(text) if c.restates is None][:2]
    assert first.payer == "google" and second.payer is None


def test_cash_as_the_way_a_price_is_paid_is_no_pay():
    [c] = claims_of("派拉蒙則主張，其總額約1087億美元的全現金出價更具吸引力。")
    assert c.kind == "acquisition"
    [c] = claims_of("谷歌宣布以320亿美元现金的形式完成收购。")
    assert c.kind == "acquisition"
    [c] = claims_of("他每月领取2万元现金补贴。")  # cash paid to a person is still pay
    assert c.kind == "pay_package"


def test_a_repeated_name_that_bids_and_trades_is_a_company():
    from claims.discover import find_entities
    # blind3-12's 派拉蒙 (jieba: a person's name), now in the table; 维亚康姆 is tagged the same way
    text = ("维亚康姆提高报价至每股31美元。维亚康姆則上漲約0.7%。"
            "Netflix周四宣布不再跟进，确定由维亚康姆胜出。维亚康姆將报价提高。")
    kinds = {ent.id: ent.type for _, _, ent in find_entities(text, resolver())}
    assert kinds.get("维亚康姆") == "org"


@pytest.mark.parametrize("text", [
    "谷歌同意在交易未能完成的情况下向Scale AI支付约32亿美元的分手费。",
    "Meta表示愿意为Scale AI付出10亿美元。",
])
def test_who_is_paid_for_is_not_who_pays(text):
    assert claims_of(text)[0].payer != "scale-ai"


def test_money_injected_into_a_company_is_an_investment():
    c = claims_of("作为交易的核心内容，Meta将向Scale AI注入高达143亿美元的资金。")[0]
    assert (c.kind, c.payer, c.payee) == ("investment", "meta", "scale-ai")


def test_money_a_company_collects_in_its_offering_is_its_own_raise():
    text = "寧德時代今日在香港招股。寧德時代表示，集資額最多約310.6億港元。"
    c = [c for c in claims_of(text) if c.kind == "investment"][0]
    assert c.payer is None


@pytest.mark.parametrize("text", [
    "兩家公司周二宣布，輝達將向Anthropic投資最多100億美元，微軟則投資最多50億美元。",
    # the article's main organisation is 微軟: the clause's own subject still pays
    "微軟宣布合作。微軟表示滿意。兩家公司周二宣布，輝達將向Anthropic投資最多100億美元，微軟則投資最多50億美元。",
])
def test_a_clause_with_its_own_subject_and_then_is_that_subjects(text):
    last = claims_of(text)[-1]
    assert (last.payer, last.payee) == ("microsoft", "anthropic")


@pytest.mark.parametrize(("text", "payee"), [
    # dev-d-01 (881903): a stock code after the name is part of the name's slot, no gap before the value word
    ("蜜雪集團(02097.HK)公開招股。快手 (01024.HK) 於2021年招股上市的公開認購金額達12643億元。", "kuaishou"),
    ("蜜雪集團公開招股。快手於2021年招股上市的公開認購金額達12643億元。", "kuaishou"),
])
def test_a_stock_code_after_a_name_belongs_to_the_name(text, payee):
    assert claims_of(text)[0].payee == payee


def test_a_person_paid_is_paid_by_the_employer_before_his_title_not_by_the_articles_company():
    # dev-a-03 / dev-c-13: another company's CEO quoted in an article about Meta or Nvidia
    text = "Meta开出了2亿美元的年薪包。这一数字让苹果CEO库克(7460万美元)都望尘莫及。"
    assert [(c.payer, c.payee) for c in claims_of(text)][1] == ("apple", "tim-cook")
    [c] = claims_of("具体来看，JS环球生活董事长兼CEO王旭宁以约5.21亿港元的薪酬位列第二。")
    assert c.payee == "王旭宁" and c.payer != "王旭宁"


def test_an_offer_refused_is_not_paid_by_the_employer_before_the_title():
    text = "Meta向多名研究员开出高薪。Meta再度出手。甚至有传言称，Thinking Machines Lab联创Andrew Tulloch拒掉了15亿美元的惊人报价。"
    assert [(c.payer, c.payee) for c in claims_of(text)] == [("meta", "andrew-tulloch")]


def test_pay_goes_from_the_club_to_the_player_whatever_the_order():
    # blind5-01: C羅與艾納斯的交易…每個賽季2億歐元 read P=C羅, Q=艾納斯 by the deal rule
    text = "特维斯表示满意。特维斯与上海申花签下了一份合同，总额为5000万欧元。"
    c = claims_of(text)[0]
    assert (c.kind, c.payer, c.payee) == ("pay_package", "shanghai-shenhua", "特维斯")


def test_a_transfer_fee_buys_the_player_for_the_club_he_signs_with():
    # blind5-16: 與FC洛杉磯簽約兩年，據報轉會費是…2650萬美元
    c = claims_of("韩国队前锋孙兴慜今晨离开热刺，与FC洛杉矶签约两年，据报转会费是破美职纪录的2650万美元。"
                  "孙兴慜表示很兴奋。孙兴慜将穿7号球衣。")[0]
    assert (c.kind, c.payer, c.payee) == ("acquisition", "洛杉矶fc", "孙兴慜")


def test_the_record_a_figure_breaks_is_anothers_figure():
    # blind5-14: 打破由去年由亞特蘭大聯拉特所創下的2200萬美元紀錄
    text = "孙兴慜这次转会费高达2600万美元，打破由去年由亚特兰大联拉特所创下的2200万美元纪录。"
    assert [c.stance for c in claims_of(text)] == ["asserted", "comparison"]


def test_several_peoples_figure_is_not_the_articles_persons():
    text = "奥斯卡加盟上港。排在第三和第四名的是特谢拉和马丁内斯，他们的转会费分别为5000万欧元和4200万欧元。"
    assert all(c.payee != "奥斯卡" for c in claims_of(text)[-2:])


def test_its_subscription_total_is_no_subscriber_paying():
    # dev-d-03: 其融资认购金额已突破6400亿港元 (the listing's total, not 其 paying)
    text = "蜜雪集团今日招股。2月23日，其融资认购金额已突破6400亿港元。"
    assert claims_of(text)[0].payer != "蜜雪集团"


# --- session 13: reporters and Japanese names (blind9's baseball cluster)

def test_a_reporter_neither_pays_nor_receives_what_he_reports():
    # blind9-13: 據《ESPN》記者帕森(Jeff Passan)報導…柯爾…9年3.24億美元合約 read payee jeff-passan
    text = ("據《ESPN》記者帕森(Jeff Passan)報導,山本由伸已經和道奇達成簽約協議。"
            "帕森指出,當年洋基端出一張9年3.24億美元合約給柯爾。")
    c = claims_of(text)[0]
    assert "jeff-passan" not in (c.payer, c.payee)


def test_a_repeated_japanese_name_is_a_person_though_it_signs_deals():
    # blind9-13: 山本由伸 (no Chinese surname, 與山本由伸達成簽約協議) was an org, paid as 山本由伸-staff
    text = ("洛杉磯道奇傳出與山本由伸達成簽約協議,雙方將簽下一張12年3.25億美元合約。"
            "山本由伸已經和道奇達成簽約協議。今天又傳出和山本由伸達成簽約協議。")
    c = claims_of(text)[0]
    assert c.payee == "山本由伸" and c.payer != "山本由伸"


def test_a_clubs_bid_in_a_transfer_story_buys_the_player():
    # blind9-07: 拜仁上次提出7000萬歐元的官方報價…再次求購Harry Kane was pay_package, Bayern → Kane
    text = ("熱刺當家球星Harry Kane傳出收到拜仁慕尼黑的報價。拜仁上次提出7000萬歐元的官方報價遭到拒絕之後,"
            "這次打算再次求購Harry Kane。Harry Kane是熱刺自家青訓的球員。")
    c = claims_of(text)[0]
    assert (c.kind, c.payer, c.payee) == ("acquisition", "bayern-munich", "harry-kane")


def test_an_offer_outside_a_transfer_story_stays_pay():
    # the negative: no 求购/转会/引进 in the text, an offer to a person is his pay
    text = "Meta向Harry Kane提出7000萬美元的報價。Harry Kane表示會考慮,Harry Kane的經紀人證實。"
    assert claims_of(text)[0].kind in ("pay_package", "annual_pay")


def test_a_posting_fee_is_what_buys_the_player_from_his_club():
    # blind9-16: 另外还要付出5060万美元的入札金 was pay_package
    text = "山本由伸与道奇签下12年3.25亿美元合约,另外还要付出5060万美元的入札金。"
    assert [c.kind for c in claims_of(text)] == ["pay_package", "acquisition"]


def test_a_figure_between_yi_and_a_verb_of_beating_is_a_margin():
    # blind9-13: 如今被山本以100萬美元超越 was a 12-year pay package of 1M
    text = "洋基端出一張9年3.24億美元合約給柯爾,如今被山本以100萬美元超越。"
    assert [c.change for c in claims_of(text)] == [False, True]


def test_the_authority_an_article_is_about_fines_the_company_it_names():
    # blind4-02 / blind5-22: the main organisation was read as the party fined, the authority too
    text = ("歐盟委員會9月5日宣布，因谷歌濫用其在廣告技術的主導地位，損害公平競爭環境，決定對其罰款。"
            "歐盟委員會呼籲停止這種做法。歐盟委員會指出,罰款合計29.5億歐元。")
    c = claims_of(text)[-1]
    assert (c.kind, c.payer, c.payee) == ("fine", "google", "欧盟")


@pytest.mark.parametrize(("text", "payee"), [
    pytest.param("台積電表示滿意。台積電將對美國投資至少1000億美元。", "美国", id="toward-the-country"),
    pytest.param("台積電表示滿意。台積電在美投資總額達到1650億美元。", "美国", id="short-form"),
    pytest.param("台積電表示滿意。台積電擬增加1000億美元投資於美國半導體製造。", "美国", id="place-after"),
    pytest.param("软银表示满意。软银将向OpenAI投资400亿美元。", "openai", id="a-company-stays-the-payee"),
])
def test_an_investment_into_a_country_is_received_by_the_country(text, payee):
    # blind9's TSMC cluster: 對美投資 read with no payee, or with TSMC receiving its own investment
    assert claims_of(text)[-1].payee == payee


def test_a_dollar_investment_names_no_country():
    # 美 before 元 is the currency: 對美元資產投資 names no place
    assert claims_of("基金表示滿意。基金對美元資產投資500億美元。")[-1].payee != "美国"


def test_a_tranche_added_to_a_countrys_investment_is_a_change_not_the_total():
    text = "台積電表示滿意。台積電將對美國再投資至少1000億美元。台積電在美國總投資金額達到1650億美元。"
    assert [c.change for c in claims_of(text)] == [True, False]


def test_many_unnamed_firms_are_no_one_payer():
    text = "台積電表示滿意。台積電在美投資。2022年多家晶片公司承諾在美國投資約4000億美元建廠。"
    c = claims_of(text)[-1]
    assert (c.payer, c.payee) == (None, "美国")


def test_a_speakers_expectation_is_hypothetical_but_a_companys_guidance_is_not():
    # blind9-27: 他預期在川普政府時期，台積電在美國的設廠投資將突破2000億美元 (a forecast)
    said = claims_of("盧特尼克指出，他預期在川普政府時期，台積電在美國的設廠投資將突破2000億美元。")[-1]
    assert said.stance == "hypothetical"
    # dev-c-15: 本季營收預期將達約780億美元 is the company's own guidance
    assert claims_of("輝達表示，本季營收預期將達約780億美元。")[-1].stance != "hypothetical"


def test_a_bid_named_official_or_latest_is_still_the_bidders():
    # blind9-07: 拜仁上次提出7000萬歐元的官方報價 (a modifier between 的 and 報價) named no bidder
    c = claims_of("切尔西表示满意。切尔西提出5000万欧元的官方报价。")[-1]
    assert c.payer == "chelsea"


def test_a_rules_requirements_are_what_every_match_holds():
    from claims.roles import _SLOT_NEEDED, requirements

    assert requirements("{P}{g}(?:收购|买下)的?{g}{Q}") == (
        frozenset({_SLOT_NEEDED}), frozenset({"收购", "买下"}), frozenset({_SLOT_NEEDED}))
    assert requirements("(?:{Q}{g})?在{P}(?:的|之)?罚款") == (
        frozenset({"在"}), frozenset({_SLOT_NEEDED}), frozenset({"罚款"}))
    assert requirements("{P}(?:遭到?|领(?!先))转会费") == (
        frozenset({_SLOT_NEEDED}), frozenset({"遭", "领"}), frozenset({"转会费"}))
    assert requirements("{P}|收购") == ()  # an alternation at the top: nothing is in every match
    assert requirements("(?<![对])(?:{P}|x)[^。]{0,3}?(?:a|\\s*b)") == ()  # look-arounds, classes, no literal head


def test_no_frame_a_rule_matches_is_skipped(monkeypatch):
    """Every frame the builder reads on the rules' examples and the seeds: a rule whose
    pattern matches it is never one its requirements leave out."""
    from pathlib import Path

    import claims.roles as roles

    frames = []
    read = roles.read_roles
    monkeypatch.setattr(roles, "read_roles", lambda framed, slots: frames.append(framed) or read(framed, slots))
    texts = [text for rule in ROLE_RULES for text, _, _ in rule.examples]
    texts += [p.read_text(encoding="utf-8") for p in sorted((Path(roles.__file__).parent / "seeds").glob("*.txt"))]
    for text in texts:
        claims_of(text)
    assert frames
    for framed in frames:
        present = roles._present(framed)
        for (rule, pattern), masks in zip(roles._COMPILED, roles._MASKS, strict=True):
            if pattern.search(framed):
                assert roles._possible(present, masks), (rule.name, framed)


def test_a_bid_made_to_a_company_is_not_the_companys_bid():
    """Regression (blind10-16): 向7-Eleven母公司Seven & i控股提高收購報價至472億美元 gave the bid to
    Seven & i (the ``bids`` rule took the slot before 提高…報價 as the bidder)."""
    c = claims_of("Alimentation Couche-Tard已向7-Eleven母公司Seven & i控股提高收購報價至472億美元。"
                  "Alimentation Couche-Tard表示，Seven & i應認真考慮。")[0]
    assert (c.kind, c.payer, c.payee) == ("acquisition", "alimentation-couche-tard", "seven-i")


def test_a_bid_rule_needs_a_bid_word():
    c = claims_of("Alimentation Couche-Tard已向Seven & i控股提出合作，涉及472億美元。"
                  "Alimentation Couche-Tard表示，Seven & i應認真考慮。")[0]
    assert c.kind != "acquisition" or c.payee != "seven-i" or c.parties_from != "clause"


def test_give_to_does_not_cross_another_giver():
    """Regression (blind6-02): 邁阿密國際給梅西的合約，不像先前傳出利雅得新月給的5億歐元合約 read
    5億 as Miami's offer to Messi (give_to's gap ran over the second 給)."""
    c = claims_of("扎克伯格给庞若鸣的合约，不像先前传出谷歌给的5亿美元合约那么大。")[0]
    assert (c.payer, c.parties_from) != ("meta", "clause")
    first = claims_of("扎克伯格给庞若鸣开出了2亿美元的薪酬包。")[0]
    assert (first.payer, first.payee) == ("meta", "ruoming-pang")


def test_signs_with_a_comma_before_the_verb():
    """道奇队今天再以12年3.25亿美元合约,签下…: the comma after 合约 keeps the construction."""
    c = claims_of("道奇队表示满意。道奇队以12年3.25亿美元合约,签下山本由伸。山本由伸表示。")[0]
    assert (c.payer, c.payee) == ("los-angeles-dodgers", "山本由伸")


def test_a_person_before_a_salary_figure_is_not_its_payer():
    """employer_salary needs an organisation in the payer slot (放棄巴黎聖日耳門7,200萬歐元年薪)."""
    c = claims_of("C罗表示满意。C罗2亿欧元年薪，全球最高。")[0]
    assert c.payer is None and c.payee == "cristiano-ronaldo"


def test_a_club_that_puts_a_contract_to_a_player_pays_it():
    """Regression (blind10-02): 道奇隊向大谷翔平提出10年7億美元的合約 had no payer (提出 was no offer verb)."""
    c = claims_of("道奇队表示满意。道奇队向大谷翔平提出10年7亿美元(约新台币219亿元)的合约。大谷翔平表示。")[0]
    assert (c.payer, c.payee) == ("los-angeles-dodgers", "shohei-ohtani")


def test_regression_a_price_before_the_verb_keeps_the_buyer_the_clause_names():
    """blind2-03 (opened): Meta 以 143 億美元收購其創辦的 Scale AI: buys_at wins over price_then_buy (which
    comes last and would read 其 as what is bought)."""
    text = "28歲華裔億萬富翁Alexandr Wang(汪滔)因Meta以143億美元收購其創辦的Scale AI 49%股份而備受關注。"
    [c] = build_claims(Document(id="x" * 64, path="t.txt", text=text), resolver())
    assert (c.payer, c.payee) == ("meta", "scale-ai")


def test_a_price_then_buy_takes_the_buyer_named_before_it():
    text = "在同城死敌上海上港以6100万欧元引进奥斯卡之后，申花宣布签下特维斯。"
    c = build_claims(Document(id="y" * 64, path="t.txt", text=text), resolver())[0]
    assert c.payer == "shanghai-port"


def test_regression_a_semicolon_ends_the_clause_a_role_reads():
    """blind7-09: normalising folds ； into ;, which the rules' gaps did not stop at, so
    由Parkway Venture Capital领投;两个月后,再获900万美元 read the lead investor as the receiver."""
    text = "2023年5月,Figure AI完成7000万美元A轮融资,由Parkway Venture Capital领投;两个月后,再获900万美元A+轮融资。"
    assert all(c.payee != "parkway-venture-capital" for c in claims_of(text))


def test_regression_the_word_company_after_a_name_is_that_name_not_a_pronoun():
    """blind11-05: 博通(Broadcom)公司 read its 公司 as a pronoun for the story's company (高通), so
    the bid Qualcomm rejected was filed as Qualcomm's own."""
    from claims.discover import find_entities
    from claims.roles import pronoun_mentions
    text = "高通(Qualcomm)董事會一致否決了博通(Broadcom)公司調高至1,210億美元的收購出價。"
    from parsers.text import normalize
    norm = normalize(text)
    pronouns = pronoun_mentions(norm, find_entities(text, resolver()))
    assert all(norm[s:e] != "公司" for s, e, _ in pronouns)


@pytest.mark.parametrize("text", [
    "切爾西為了求購盧卡庫,向國際米蘭開出9750萬英鎊的歷史報價。",
    "皇马向巴黎圣日耳曼开出1.8亿欧元的报价。",
])
def test_regression_a_bid_opened_toward_a_club_is_no_fine(text):
    """开出 toward a party is a fine's verb only where a fine is named after the figure."""
    assert claims_of(text)[0].kind != "fine"


@pytest.mark.parametrize(("text", "stances"), [
    # blind13-24 (dqzb7): the record a deal set, named after it (…时创下的转会纪录)
    ("这笔交易也追平了切尔西年初斥资1.05亿英镑从本菲卡买下恩佐·费尔南德斯时创下的转会纪录。", ["comparison"]),
    # the record named first, its figure in brackets
    ("赖斯将打破杰克·格拉利什2021年夏天加盟曼城时的纪录(1亿英镑)。", ["comparison"]),
    # negative: a deal that sets a record is the subject's own figure
    ("阿森纳斥资1.05亿英镑签下赖斯,创下英超转会纪录。", ["asserted"]),
])
def test_regression_the_record_another_deal_set_is_quoted_to_compare(text, stances):
    assert [c.stance for c in claims_of(text)] == stances


def test_regression_a_club_in_brackets_after_a_player_is_his_gloss():
    """blind6-06 (voi): Sergio Busquets(国际米兰迈阿密)获得877万美元 pays the player, not the club; and the
    bracket pair does not make his name a second name of the club."""
    text = "顶级获奖者包括多伦多FC的Lorenzo Insigne,获得1540万美元,Sergio Busquets(国际米兰迈阿密)获得877万美元。"
    c = claims_of(text)[1]
    assert c.payee == "sergio-busquets"


def test_a_players_shenjia_alone_makes_no_transfer_fee():
    # blind-14 (imai): 以3年最高6300萬美元身價加盟 is a contract, whatever else it is
    assert claims_of("日本投手今井達也透過入札制度以3年最高6300萬美元身價加盟休士頓太空人。")[0].kind != "acquisition"


@pytest.mark.parametrize(("text", "parts"), [
    # blind9-10 (tuijiewang): the fee, then its add-ons
    ("拜仁向热刺支付1亿欧元的转会费,附加条款达到2000万欧元。", ["", "add-ons"]),
    # blind13-24 (dqzb7): the add-ons named after the figure
    ("曼城要支付8000万英镑的转会费+1000万英镑的额外费用。", ["", "add-ons"]),
])
def test_regression_a_transfer_fees_add_ons_are_a_part_of_it(text, parts):
    assert [c.part for c in claims_of(text)] == parts


def test_regression_a_comparison_opens_after_an_adverb():
    """blind13-02 (nandu): 也一举超越…以1.175亿欧元加盟曼城的格拉利什 quotes another transfer to compare."""
    c = claims_of("恩佐就此成为这个冬窗标王,也一举超越2021-2022赛季以1.175亿欧元加盟曼城的格拉利什。")[0]
    assert c.stance == "comparison" and c.payer == "manchester-city"


@pytest.mark.parametrize(("text", "fee"), [
    # blind13-27 (uqzb8): a player's 身价 in a story of his move is the fee
    ("由于迟迟没有签下赖斯,阿森纳球迷都开始担心。据悉,赖斯的基础身价达到1亿英镑。赖斯说。", True),
    # negatives: a contract's years before it; no transfer story (a founder's 身价 is his wealth)
    ("道奇签下山本由伸。山本由伸以12年3.25亿美元身价加盟道奇。", False),
    ("泡泡玛特创始人王宁的身价达到1000亿元。", False),
])
def test_regression_a_players_shenjia_in_a_transfer_story_is_the_fee(text, fee):
    assert (claims_of(text)[-1].kind == "acquisition") == fee
