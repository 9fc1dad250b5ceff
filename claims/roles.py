"""Who pays and who receives, read from the construction around the figure.

A sentence becomes a *frame*: its normalised text with each entity mention replaced by one
slot character and the figure by another, so that a rule is a small pattern over words and
slots (``{P}向{Q}…开出…{M}``: P pays, Q receives).  The rules are data (``ROLE_RULES``),
tried in order, each with the examples that are its tests (tests/test_roles.py).  A pronoun
(他, 她, 其, 该公司, 这家公司) takes the slot of the entity it stands for: the nearest person
or organisation before it, in this sentence or the one before.

``read_roles`` answers (payer, payee, kind implied by the construction, where from); the
builder falls back to the document's main organisation only where no rule applies, and
marks it so (``parties_from = "document"``); a receiver nothing names is the article's
subject (``parties_from = "topic"``: shown, never accused on).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import ahocorasick
import regex

from .discover import PLAYER_WORDS, SIGNING_VERBS, TICKER
from .entities import Entity, Mention
from .rules import NOT_PARTIES, STOPS

_SLOT0 = 0xE000  # entity i -> chr(_SLOT0 + i): private-use characters never in news text
FIGURE = "\uf8f0"  # the figure the claim is about
OTHER = "\uf8f1"  # any other figure in the sentence
_SLOT = "[\ue000-\uefff]"
_GAP = "[^" + STOPS + "]{0,30}?"  # within the sentence
_NEAR = "[^，," + STOPS + "\uf8f1\ue000-\uefff]{0,12}?"  # within the clause, no other figure or party between
# 斥资140亿美元，用于入股Y: the purpose clause right after the figure still says what it buys
_FOR = r"(?:[，,]\s*(?:用于|用以|以便|用来))?"
# {G} that crosses no other figure (富途的认购额达7352亿港元，其次为辉立，达到2000亿元: 2000亿 is not 富途's)
_NO_FIGURE = "[^" + STOPS + "\uf8f1]{0,30}?"
# {G} with no other party nor figure between (姆巴佩为加盟皇马，已决定放弃巴黎圣日耳曼7,200万欧元年薪: PSG's)
_NO_PARTY = "[^" + STOPS + "\uf8f1\ue000-\uefff]{0,30}?"
_NO_BY = "[^以，," + STOPS + "\uf8f1\ue000-\uefff]{0,12}?"  # _NEAR without 以 (以3000亿美元估值: by, not of)
# 149亿美元(折合人民币约1066亿元), 149亿美元，约合人民币1066亿元，: the figure with its restatement
_RESTATED = r"(?:\s*[（(][^）)]{0,30}[）)]|\s*[，,]\s*\uf8f1\s*[，,]?)?"

# the fine named right after its figure (开出24.2亿欧元(约合27亿美元)的罚单, 祭出29.5亿欧元反托辣斯罚款)
_FINE_NAMED = r"(?:\s*[（(][^）)]{0,30}[）)])?[^，," + STOPS + "\uf8f1]{0,8}?(?:罚款|罚单|罚金|罚)"
# an authority's verb toward the party fined, then the figure: 处以/课以/开罚 always impose a fine, 开出/祭出
# only with the fine named after it (切尔西向国米开出9750万英镑的报价: a bid)
_IMPOSES_FINE = "(?:(?:处以|课以|开罚){G}{M}|(?:开出|祭出){G}{M}" + _FINE_NAMED + ")"

PRONOUNS: dict[str, str] = {
    "他们": "plural", "她们": "plural", "他": "person", "她": "person",
    "该公司": "org", "这家公司": "org", "该集团": "org", "该行": "org", "这家初创公司": "org",
    "该初创公司": "org", "其": "any", "公司": "org",  # bare 公司 (公司完成融资): only after a non-Han
    # 这家AI巨头, 这家芯片制造商: the company a sentence before named, by what it is
    "这家ai巨头": "org", "这家巨头": "org", "这家科技巨头": "org", "这家芯片制造商": "org", "这家晶片制造商": "org",
    "这家私人控股": "org", "这家初创企业": "org", "这家新创": "org", "该新创": "org", "这家独角兽": "org",
    "这家ai公司": "org", "这家ai初创公司": "org", "这家人工智能公司": "org",
    "前者": "former", "后者": "latter",  # of the last two entities named (xAI与X合并，前者…，后者…)
}


@dataclass(frozen=True)
class RoleRule:
    name: str
    pattern: str  # {P}: payer slot, {Q}: payee slot, {X}: any slot, {M}: the figure, {g}/{G}: gaps
    kind: str | None = None  # the kind the construction itself says (收购 -> acquisition)
    examples: tuple[tuple[str, str | None, str | None], ...] = ()  # (sentence, payer id, payee id)
    payer_types: tuple[str, ...] = ()  # the payer slot's entity types the rule needs (none: any)
    payee_types: tuple[str, ...] = ()  # the payee slot's, likewise


def _rule(name: str, pattern: str, kind: str | None = None, *examples, payer_types: tuple[str, ...] = (),
          payee_types: tuple[str, ...] = ()) -> RoleRule:
    return RoleRule(name, pattern, kind, tuple(examples), payer_types, payee_types)


BID_VERBS = "提出|提高|开出|发出|递交|给出|作出|上调|调高|提交|加码"
OFFER_VERBS = "开出|开了|提出|提供|支付|发放|给予|开价|报价|抛出|递出|承诺|发出|送上|准备了|给出|砸下|砸出|付出|豪掷|斥资|出价"
INVEST_VERBS = "投资|注资|领投|参投|入股|追加投资"
BUY_VERBS = "收购|买下|购入|并购|拿下|买入|引进"
SELL_VERBS = "出售|卖出|转让|抛售|售出|卖给"
FINE_VERBS = "罚款|罚没|罚金|处以|处罚|罚|没收"
DEAL_VERBS = "达成|签署|签订|签下|敲定|签约"
DEAL_NOUNS = "协议|合同|订单|交易|合约|协定|大单"
RECEIVE_VERBS = "获得|拿到|收到|领到|领取|获|入账|斩获|到手|获益|赚取|赚得|赚|拿了|拿走|坐拥|共收|收取|领(?![先导域袖队])"
PAY_NOUNS = ("年薪|薪酬包|总薪酬|薪酬|薪资|薪水|报酬|酬劳|酬金|收入|身家|净资产|个人资产|财富|年终奖|奖金|分红|"
             "底薪|月薪|待遇|年包|总包|股票奖励|股权奖励|期权|签约奖金|签字费")
VALUE_NOUNS = ("估值|市值|营收|营业收入|净利润|净利|纯利|利润|盈利|亏损|销售额|营业额|资产|"
               # a listing's subscription and proceeds (快手…其冻资规模达1.28万亿港元)
               "冻资规模|冻资额|冻资|认购金额|认购额|集资额|募资额|募资总额")

# a player's descriptors, longest first, as one alternation (claims.build reads it too)
PLAYERS = "|".join(sorted(PLAYER_WORDS, key=len, reverse=True))
_SUBSCRIBER_TAIL = r"\s*[（(][^）)]{1,12}[）)]"  # 科威特投资局(KIA): the name's gloss

ROLE_RULES: tuple[RoleRule, ...] = (
    # before the buying rules: 宣布xAI收购X平台，对xAI的估值为800亿美元 values xAI, it buys nothing for it
    _rule("valuation_given_to", "(?:对|给予|给){g}{Q}{g}(?:的)?(?:估值|作价){g}{M}", "valuation",
          ("彼时马斯克宣布xAI收购X平台，对xAI的估值为800亿美元。", None, "xai")),
    # The figure another has, beaten or not reached (超过马斯克的3830亿美元, 超过了…余家辉的1亿美元报价): his
    # (its stance is comparison: rules.COMPARED_WITH)
    _rule("compared_possessor", "(?:超过|超越|高于|低于|不及|远超|赶超)(?:了)?{g}{Q}(?:的|之){M}", None,
          ("他的个人财富已超过马斯克的3830亿美元。", None, "elon-musk")),
    # A fine: the party fined pays it, the authority that fines receives it.
    # 对X处(以)N罚款: the verb 处 alone, the fine named after the figure (网信办对滴滴处人民币80.26亿元罚款)
    _rule("fine_dealt_by", "{Q}{G}对{P}{g}(?<![到相])处(?:以)?{g}{M}{g}(?:的)?(?:罚款|罚金|罚单)", "fine",
          ("国家互联网信息办公室依法对滴滴全球股份有限公司处人民币80.26亿元罚款。", "滴滴", "网信办")),
    _rule("fine_dealt", "对{P}{g}(?<![到相])处(?:以)?{g}{M}{g}(?:的)?(?:罚款|罚金|罚单)", "fine",
          ("依法对滴滴全球股份有限公司处人民币80.26亿元罚款。", "滴滴", None)),
    # not across another figure (对滴滴处80.26亿元罚款，对程维处100万元罚款: 100万 is not 滴滴's)
    _rule("fine_by_on", "{Q}{G}对{P}" + _NO_FIGURE + "(?:" + FINE_VERBS + ")" + _NO_FIGURE + "{M}", "fine",
          ("美国证券交易委员会对特斯拉罚款2000万美元。", "tesla", "证券交易委员会"),
          ("財政部對特斯拉涉及2018年項目的違法行為，罰沒共1.16億元人民幣。", "tesla", "财政部")),
    # 歐盟委員會…向谷歌處以29.5億歐元的罰款; 歐盟對Google祭出29.5億歐元反托辣斯罰款: the verb that
    # imposes, the fine named after the figure (not 谷歌向歐盟支付罰款: who is paid)
    _rule("fine_toward", "{Q}{G}(?:向|对){P}" + _IMPOSES_FINE, "fine",
          ("歐盟委員會宣布，向谷歌處以29.5億歐元（約270億港元）的罰款。", "google", "欧盟"),
          ("歐盟委員會向谷歌開出24.2億歐元的罰單。", "google", "欧盟")),
    _rule("fine_toward_unnamed", "(?:向|对){P}" + _IMPOSES_FINE, "fine",
          ("监管机构向谷歌处以29.5亿欧元的罚款。", "google", None)),
    _rule("fine_imposed", "{Q}{G}对{P}{G}(?:祭出|开出|处以|课以){G}{M}{g}(?:的)?(?:反垄断|反托辣斯|反托拉斯)?罚款", "fine",
          ("歐盟5日對Google祭出29.5億歐元（34.5億美元）反托辣斯罰款。", "google", "欧盟")),
    _rule("fine_on", "对{P}" + _NO_FIGURE + "(?:" + FINE_VERBS + ")" + _NO_FIGURE + "{M}", "fine",
          ("监管部门对特斯拉罚款2000万美元。", "tesla", None)),
    _rule("fined_by", "{P}{g}(?:被|遭到?){Q}{G}(?:" + FINE_VERBS + "){G}{M}", "fine",
          ("特斯拉被美国证券交易委员会罚款2000万美元。", "tesla", "证券交易委员会")),
    # the party fined the subject before a comma (Meta涉嫌違反數據私隱條例，被歐盟判罰破紀錄13億美元)
    _rule("fined_by_far", "{P}{G}(?:被|遭到?){Q}{g}(?:" + FINE_VERBS + "){G}{M}", "fine",
          ("Meta涉嫌违反数据私隐条例，被欧盟判罚破纪录13亿美元。", "meta", "欧盟")),
    # the authority's verb, then the party fined and the figure (歐盟料將開罰Meta 7.46億歐元)
    _rule("fines_party", "{Q}{g}(?:开罚|判罚|重罚|裁罚|罚款)(?:了)?{P}{g}{M}", "fine",
          ("欧盟料将开罚Meta 7.46亿欧元。", "meta", "欧盟")),
    # the party fined before a clause that says why (Amazon，因為涉嫌違反數據保護而被罰款7.46億歐元)
    _rule("fined_far", "{P}[，,]\\s*(?:因为|由于|涉嫌|因)" + _NEAR + "(?:而)?(?:被|遭到?)(?:" + FINE_VERBS + "){g}{M}", "fine",
          ("2021年网购龙头Amazon，因为涉嫌违反数据保护而被罚款7.46亿欧元。", "amazon", None)),
    _rule("fined", "{P}{g}(?:被|遭到?){G}(?:" + FINE_VERBS + "){G}{M}", "fine",
          ("特斯拉被罚款2000万美元。", "tesla", None)),
    _rule("confiscate_by", "{Q}{g}(?:没收|罚没){P}{G}{M}", "fine",
          ("证监会没收特斯拉案涉期间全部业务收入2774万元。", "tesla", "证监会")),
    _rule("confiscate", "(?:没收|罚没){P}{G}{M}", "fine",
          ("没收特斯拉案涉期间全部业务收入2774万元。", "tesla", None)),
    # the player after his club and his position (紅軍以1.44億歐元購得紐卡素中鋒阿歷山大伊沙克): the player
    # is bought, his club is sold (the annotation's convention: a transfer fee's payee is the player)
    _rule("buy_club_player", "{P}{g}以{g}{M}" + _RESTATED + "{G}(?:" + BUY_VERBS + "|购得|签下|签入)(?:了)?{g}{X}(?:"
          + PLAYERS + "){Q}", "acquisition",
          ("利物浦以1.44亿欧元购得纽卡斯尔中锋伊萨克。", "liverpool", "伊萨克")),
    _rule("buy_club_player_unnamed", "以{g}{M}" + _RESTATED + "{G}(?:" + BUY_VERBS + "|购得|签下|签入)(?:了)?{g}{X}(?:"
          + PLAYERS + "){Q}", "acquisition",
          ("红军以1.44亿欧元购得纽卡斯尔中锋伊萨克。", None, "伊萨克")),
    # a second purchase in a clause that goes on with 又/再 (PIF…2023年以49亿美元收购Scopely，2025年又以35亿美元
    # 收购Niantic): the buyer of the first clause buys again, not the company it bought
    _rule("buys_again", "{P}{G}以{g}" + OTHER + "{g}(?:" + BUY_VERBS + ")(?:了)?{g}{X}[，,]\\s*(?:\\d{4}\\s*年)?\\s*"
          "(?:又|再|并|还|随后又|之后又)以{g}{M}{g}(?:" + BUY_VERBS + ")(?:了)?{g}{Q}", "acquisition",
          ("软银近年频频出手，2016年以320亿美元收购Arm，2025年又以65亿美元收购Ampere。", "softbank", "ampere")),
    _rule("buy_at", "{P}{g}以{g}{M}{g}(?:的价格|的代价|的对价)?{g}(?:" + BUY_VERBS + "){g}{Q}", "acquisition",
          ("Meta以143亿美元收购了Scale AI 49%的股份。", "meta", "scale-ai")),
    # 微軟宣布完成對遊戲軟件製造商Activision Blizzard的收購行動,涉及的金額達690億美元
    _rule("buy_of", "{P}{G}对{g}{Q}(?:的)?(?:收购|并购|购买){G}{M}", "acquisition",
          ("微软宣布完成对游戏软件制造商Activision Blizzard的收购行动,涉及的金额达690亿美元。", "microsoft",
           "activision-blizzard")),
    _rule("buy_then_figure", "{P}{g}(?:" + BUY_VERBS + "){g}{Q}{G}{M}", "acquisition",
          ("谷歌收购Windsurf，交易金额为24亿美元。", "google", "windsurf")),
    _rule("invest_toward", "{P}{g}(?:向|对(?!手)|为){g}{Q}{g}(?:" + INVEST_VERBS + "|豪掷|斥资|砸){G}{M}", "investment",
          ("微软向OpenAI投资了100亿美元。", "microsoft", "openai"),
          ("微软将对AI新创公司Anthropic投资总额最高达150亿美元。", "microsoft", "anthropic")),
    # the investor before a comma (輝達與微軟聯手宣布，將對AI新創公司Anthropic投資…)
    _rule("invest_toward_far", "{P}{G}(?:向|对(?!手)|为){g}{Q}{g}(?:" + INVEST_VERBS + "){G}{M}", "investment",
          ("微软联手宣布，将对AI新创公司Anthropic投资总额最高达150亿美元。", "microsoft", "anthropic")),
    _rule("invest_toward_figure_first", "{P}{g}(?:向|对|为){g}{Q}{g}(?:进行|作出|做出|展开){G}{M}{g}(?:的)?{g}(?:"
          + INVEST_VERBS + ")", "investment",
          ("Meta正在洽谈对人工智能新创公司Scale AI进行一笔高达数十亿美元的投资。", "meta", "scale-ai")),
    _rule("invest_in", "{P}{g}(?:" + INVEST_VERBS + "){g}{Q}{G}{M}", "investment",
          ("软银投资OpenAI 400亿美元。", "softbank", "openai")),
    # the investor before a comma (微軟與輝達建立新的合作關係，合計投資AI新創公司Anthropic最多150億美元)
    _rule("invest_in_far", "{P}{G}(?:" + INVEST_VERBS + "){g}{Q}{G}{M}", "investment",
          ("微软建立新的合作关系，合计投资人工智能新创公司Anthropic最多150亿美元。", "microsoft", "anthropic")),
    _rule("figure_then_invest_in", "{P}{g}{M}" + _FOR + "{g}(?:" + INVEST_VERBS + "){g}{Q}", "investment",
          ("微软已砸130亿美元投资OpenAI。", "microsoft", "openai"),
          ("Meta公司近日斥资140亿美元，用于入股AI初创公司Scale。", "meta", "scale-ai")),
    # what the money buys, said after it (美國政府將投資89億美元，直接持有英特爾約9.9%普通股)
    _rule("invest_to_hold", "{P}{g}(?:" + INVEST_VERBS + "){g}{M}{g}[，,]?\\s*(?:以)?(?:直接|间接)?(?:持有|换取|取得|获得)"
          "{g}{Q}", "investment",
          ("美国政府将投资89亿美元，直接持有英特尔约9.9%普通股。", "美国政府", "intel")),
    _rule("figure_then_invest_toward", "{P}{G}{M}{G}(?:对|向|给){g}{Q}{g}(?:进行)?{g}(?:" + INVEST_VERBS + ")", "investment",
          ("Meta将砸下数十亿美元，对Scale AI进行史上最大笔外部投资。", "meta", "scale-ai")),
    _rule("figure_then_buy", "{P}{g}{M}" + _FOR + "{g}(?:" + BUY_VERBS + "){g}{Q}", "acquisition",
          ("Meta斥资140亿美元收购Scale AI。", "meta", "scale-ai"),
          ("谷歌斥资24亿美元，用以收购Windsurf的技术授权。", "google", "windsurf")),
    # what a customer buys from a vendor, the vendor after the figure (Anthropic承諾將採購價值300億美元的微軟Azure…)
    _rule("buys_from_vendor", "{P}{G}(?:采购|购买|租用)(?:价值)?{g}{M}" + _RESTATED + "{g}的{g}{Q}", "deal",
          ("Anthropic承诺将采购价值300亿美元的微软Azure云端运算容量。", "anthropic", "microsoft")),
    # the payer before a comma (谷歌宣布以全现金方式,斥资320亿美元…收购…Wiz)
    _rule("spend_to_buy", "{P}{G}(?:斥资|耗资|花费|豪掷|出资){g}{M}" + _FOR + "{g}(?:" + BUY_VERBS + "){g}{Q}", "acquisition",
          ("谷歌宣布以全现金方式，斥资320亿美元收购数据标注巨头Scale AI。", "google", "scale-ai")),
    # 華納兄弟探索被Netflix開價720億美元收購: the passive names the buyer after 被
    _rule("bought_by", "{Q}{G}被{g}{P}{g}{M}" + _FOR + "{G}(?:" + BUY_VERBS + ")", "acquisition",
          ("Scale AI早前被谷歌開價240億美元收購。", "google", "scale-ai"),
          ("Scale AI早前被美國科技巨頭谷歌開價240億美元收購。", "google", "scale-ai")),
    # bought by a group several parties form (EA将被PIF、银湖资本及Affinity Partners组成的财团以550亿美元收购):
    # the company named before 被 is bought; the buyer is the group, which no one entity is
    _rule("bought_by_group", "{Q}{G}被{G}(?:组成的|组建的|牵头的|领衔的)(?:私募)?(?:财团|联合体|买方团|投资团)"
          "{g}以{g}{M}" + _FOR + "{G}(?:" + BUY_VERBS + ")", "acquisition",
          ("美国艺电(Electronic Arts,简称 EA)官宣将被沙特公共投资基金(PIF)、银湖资本及库什纳旗下 Affinity Partners "
           "组成的财团以 550 亿美元全现金收购。", None, "electronic-arts")),
    # A bid made to a company's owners (Couche-Tard向Seven & i控股提高收購報價至472億美元; 向7-Eleven
    # 母公司Seven & i控股提出每股18.19美元的新收購報價): the bidder pays, the company bid for is bought.
    # Before bid_of and bids, which would take the company bid for as the bidder.
    _rule("bid_toward", "{P}{G}向(?:{X})?{g}{Q}{g}(?:" + BID_VERBS + ")(?:了)?(?:新|新的)?(?:收购)?(?:报价|出价|要约)"
          "(?:至|到|为|达)?{g}{M}", "acquisition",
          # blind10-16 (LINE TODAY), the names written again after it as the article does
          ("加拿大便利商店營運商Alimentation Couche-Tard,已向7-Eleven母公司Seven & i控股提高收購報價至472億美元。"
           "Alimentation Couche-Tard表示，Seven & i應認真考慮。", "alimentation-couche-tard", "seven-i")),
    # the company that turns a bid down is what the bid is for (Seven & i…拒絕同業…ACT提出約390億美元的收購建議)
    _rule("bid_rejected", "{Q}{G}(?:拒绝|回绝|否决|驳回)(?:了)?{G}{P}{g}(?:" + BID_VERBS + ")(?:的)?{g}{M}"
          + _RESTATED + "{g}(?:的)?(?:收购|并购)(?:建议|提议|报价|出价|要约|方案)", "acquisition",
          ("华纳兄弟探索拒绝了派拉蒙提出的每股30美元的收购建议。", "paramount", "warner-bros-discovery"),
          # (blind11-05: raised to, and 出价)
          ("高通(Qualcomm)董事会一致否决了博通(Broadcom)公司调高至1,210亿美元的收购出价。", "broadcom", "qualcomm")),
    _rule("bid_toward_figure_first", "{P}{G}(?:向|对)(?:{X})?{g}{Q}{g}(?:" + BID_VERBS + ")(?:了|的)?{g}{M}{g}(?:的)?{g}"
          "(?:收购报价|收购要约|报价|出价|要约)", "acquisition",
          # blind12-28 (askmenews): 对 and the bid as a noun phrase (…开出的N报价)
          ("皇马在8月初对姆巴佩开出的1.8亿欧元(1.9亿美元)报价被拒绝。", "real-madrid", "kylian-mbappe"),
          ("Alimentation Couche-Tard在9月底時,向Seven & i控股提出每股18.19美元的新收購報價。"
           "Alimentation Couche-Tard表示，Seven & i應認真考慮。", "alimentation-couche-tard", "seven-i")),
    # a bidder's price (派拉蒙則主張，其每股30美元、總額約1087億美元的全現金出價; Netflix開價720億美元)
    _rule("bid_of", "{P}{G}{M}{g}(?:的)?(?:全现金|现金)?(?:出价|收购要约|要约|竞购价)", None,
          ("Meta則主張，其總額約1087億美元的全現金出價更具吸引力。", "meta", None)),
    _rule("bids", "{P}{g}(?:开价|出价|报价)(?:了|为|达|高达|至|提高至|升至|提高到)?{g}{M}", None,
          ("谷歌開價720億美元。", "google", None),
          ("谷歌提高报价至每股31美元，志在必得。", "google", None)),
    # A round's total is paid by all its investors: the lead named is not its payer.
    _rule("raise_led_by", "{Q}{G}{M}{G}融资{G}由{X}{g}(?:领投|牵头)", "investment",
          ("Anthropic完成130亿美元融资，由ICONIQ领投。", None, "anthropic")),
    _rule("led_by_raise", "{P}{g}(?:领投|牵头){G}{Q}{G}{M}", "investment"),
    _rule("round_led_by", "{Q}{g}由{X}{g}(?:领投|牵头)的{G}{M}{g}融资", "investment",
          ("OpenAI在今年3月由软银集团领投的一轮400亿美元融资，估值为3000亿美元。", None, "openai")),
    # (宣布 with a verb of its own spending after it is no raise: 台積電宣布有意增加1,000億美元投資於美國)
    _rule("raise", "{Q}{g}(?:完成|获得|获|宣布(?![^" + STOPS + "]{0,12}?(?:有意|拟|计划|将|增加|追加|投入|斥资))|拿下|敲定)"
          "{G}{M}{G}(?:融资|投资|注资)", "investment",
          ("Anthropic完成130亿美元F轮融资。", None, "anthropic")),
    # a subscriber pays for the shares it takes (其中，阿里旗下Alisoft China认购3000万美元): the
    # company issuing them receives (the builder's subject of the article); not 其认购金额 (its total)
    _rule("subscribes", "{P}(?:" + _SUBSCRIBER_TAIL + ")?{g}(?:认购|申购|各认购)(?!金额|额|总额|倍数)(?:了)?{g}{M}", None,
          ("蜜雪集团引入基石投资者，其中红杉资本认购3000万美元。", "sequoia-capital", None)),
    _rule("raise_by_verb", "{Q}{G}(?:筹集|募资|募集|筹资|集资|融得)(?:了)?{g}{M}", "investment",
          ("OpenAI刚刚以高估值筹集了40亿美元。", None, "openai")),
    # a company sold for the figure (EA…已達成協議以550億美元出售給由PIF…): it is what is bought, by the
    # party it is sold to (the annotation's convention: the payee of an acquisition is the company bought)
    _rule("sold_for_to", "{Q}{G}以{g}{M}{g}(?:的价格|的价钱)?(?:出售|卖|售|转让)(?:给|予)(?:由)?{P}", "acquisition",
          ("Scale AI宣布已达成协议以320亿美元出售给谷歌。", "google", "scale-ai"),
          ("全球知名游戏公司 Electronic Arts（EA） 宣布，已达成协议以 550 亿美元（约台币 1.6 兆）出售给由沙乌地阿拉伯"
           "公共投资基金（PIF）、美国总统川普女婿 Jared Kushner 创立的投资公司 Affinity Partners。", "pif", "electronic-arts")),
    _rule("sold_for", "{Q}{G}以{g}{M}{g}(?:的价格|的价钱)?(?:出售|卖|售|转让)(?:给|予)", "acquisition",
          ("Scale AI宣布已达成协议以320亿美元出售给一个私募财团。", None, "scale-ai")),
    # Sellers receive: OpenAI現任和前任員工近期向一群投資人出售了價值66億美元的股票
    _rule("sell_to", "{Q}{g}(?:向|对){G}(?:" + SELL_VERBS + "){G}{M}", None,
          ("OpenAI现任和前任员工近期向一群投资人出售了价值66亿美元的股票。", None, "openai-staff")),
    _rule("deal_with", "{P}{g}(?:与|和|同){Q}{G}(?:" + DEAL_VERBS + "){G}{M}", "deal",
          ("OpenAI与甲骨文签署了一份总额3000亿美元的合同。", "openai", "oracle")),
    _rule("deal_with_unnamed", "(?:与|和|同){Q}{G}(?:" + DEAL_VERBS + "){G}{M}", "deal",
          ("他们还与谷歌达成了价值100亿美金的云服务协议。", None, "google")),
    _rule("deal_with_after", "{P}{g}(?:与|和|同){Q}{G}{M}{G}(?:" + DEAL_NOUNS + ")", "deal"),
    # the price first, then whom it pays (博通已提出以每股70美元的價格,向高通支付總計1030億美元的收購款): the
    # receiver is the one paid, the price per share is what it pays for each share
    _rule("price_then_pay_toward", "(?<![向给对、及])" + "{P}{G}以{g}{M}{g}(?:的价格|的价钱|的代价)?[，,]?\\s*(?:向|给){Q}"
          "(?:支付|付出|付给)", None,
          ("博通已提出以每股70美元的价格,向高通支付总计1030亿美元的收购款。", "broadcom", "qualcomm")),
    # the payer further back, across a comma or another figure, the paying verb right after the receiver
    # (博通已提出以每股70美元的價格,向高通支付總計1030億美元的收購款); before offer_toward, which
    # would take the first 向 (幣安向美國司法部認罪…同意向美聯邦政府支付43億美元: the government is paid);
    # a party after 向 is the object, never the payer
    _rule("pay_toward_far", "(?<![向给对、及])" + "{P}{G}(?:向|给){Q}(?:支付|付出|付给|支付了)" + _NO_FIGURE + "{M}", None,
          ("博通已提出收购要约,向高通支付总计1030亿美元的收购款。", "broadcom", "qualcomm")),
    _rule("offer_toward", "(?<![向给对、及])" + "{P}{g}(?:向|给|为){Q}{G}(?:" + OFFER_VERBS + "){G}{M}", None,
          ("Meta向OpenAI员工提供1亿美元签约奖金。", "meta", "openai-staff")),
    # not across another's 给 (邁阿密國際給梅西的合約，不像利雅得新月給的5億歐元合約: 5億 is the other's)
    _rule("give_to", "{P}{g}给{Q}(?:(?!给)[^" + STOPS + "]){0,30}?{M}", None,
          ("扎克伯格给庞若鸣开出了2亿美元的薪酬包。", "meta", "ruoming-pang")),
    _rule("receive_from", "{Q}{g}(?:从|自){P}{G}(?:" + RECEIVE_VERBS + "){G}{M}", None,
          ("余家辉从Meta拿到了1亿美元。", "meta", "余家辉")),
    # where he earns it, the verb right after the place (在申花拿到; not 在爭奪戰中領先…)
    _rule("receive_at", "{Q}{g}(?:在|喺){P}{g}(?:" + RECEIVE_VERBS + "){G}{M}", None,
          ("特维斯表示满意。特维斯将会在天津泰达俱乐部拿到每年3198万欧元的薪水。", "天津泰达俱乐部", "特维斯"),
          # (喺: Cantonese 在; dev-b-18)
          ("李澤鉅身兼長實副主席。李澤鉅去年喺長實共收5,061萬元嘅薪酬。", "ck-asset", "李泽巨")),
    # where he is paid, the pay word right after the place (在上海海港年薪为2400万欧元; 在申花的年薪);
    # with no receiver before it, the builder takes the person the sentence named (rules.PAYEE_FROM_PEOPLE)
    _rule("pay_at", "(?:{Q}{g})?(?:在|喺){P}(?:的|之)?(?:" + PAY_NOUNS + "){G}{M}", None,
          ("奥斯卡表示很高兴。奥斯卡在广州富力俱乐部年薪为2400万欧元。", "广州富力俱乐部", "奥斯卡"),
          ("特维斯表示满意。媒体披露，特维斯将要来天津泰达俱乐部，野兽在天津泰达俱乐部的年薪将达到4000万欧元。",
           "天津泰达俱乐部", "特维斯")),
    # A player's transfer: the club he moves to pays for him (payee: the player, as bought).
    _rule("transfer_to", "{Q}{g}以{G}{M}{G}转会(?:到|至|加盟|进入|加入){P}", "acquisition",
          ("奥斯卡表示很高兴。奥斯卡以6000万英镑天价转会到广州富力队。", "广州富力队", "奥斯卡")),
    _rule("transfers", "{Q}{g}以{G}{M}{G}转会(?:到|至|加盟|进入|加入)", "acquisition",
          ("奥斯卡表示很高兴。奥斯卡以6000万英镑天价转会到广州富力。", None, "奥斯卡")),
    # A player joining a club on a contract of so many years (山本由伸以12年3.25億美元加盟洛杉磯道奇):
    # the club pays him; the years make it a contract, whatever else the sentence says
    _rule("joins_on_contract", "{Q}{g}以{g}(?:\\d+|[一二三四五六七八九十两]{1,3})年(?:总值|总额|总价|合约|合同)?{g}{M}{G}"
          "(?:加盟|加入|投效|签约|续约|留在|转投)(?:了)?{g}{P}", "pay_package",
          ("山本由伸表示感谢。山本由伸以12年3.25亿美元加盟洛杉矶道奇队。", "los-angeles-dodgers", "山本由伸")),
    # the player named after the club he joined for the figure (超越…以1.175亿欧元加盟曼城的格拉利什): that
    # club buys him (the subject before 以 is not the one who joined)
    _rule("joined_for_by", "以{g}{M}{g}(?:的转会费|的价格|的身价)?(?:加盟|加入|转投)(?:了)?{P}的(?:{Q})?", "acquisition",
          ("恩佐就此成为冬窗标王,也一举超越2021年以1.175亿欧元加盟曼城的格拉利什。", "manchester-city", None)),
    # joining for a figure the sentence does not call a contract (以1亿欧元的转会费加盟): its cue says what
    _rule("joins_for", "{Q}{g}以{G}{M}{G}(?:加盟|加入|投效|转投)(?:了)?{g}{P}", None,
          ("凯恩表示感谢。凯恩以1亿欧元的转会费加盟了拜仁慕尼黑。", "bayern-munich", "harry-kane")),
    # a player joining a club, then the figure (维尔茨加盟利物浦的转会计划…转会费最高可达1.36亿欧元; 恩佐加盟切尔西的
    # 1.21亿欧元转会费; 梅西加盟迈阿密国际，年薪…): the club pays, the player is paid or bought
    _rule("joins_then_figure", "{Q}{g}(?:加盟|加入|转投|转会至|转会到)(?:了)?{P}" + _NO_PARTY + "{M}", None,
          ("凯恩加盟拜仁慕尼黑的转会计划已经官宣,这桩转会的转会费最高可达1.2亿欧元。", "bayern-munich", "harry-kane"),
          payer_types=("org",), payee_types=("person",)),
    # 花费6000万欧转会费从切尔西签下奥斯卡: the player signed is what the fee buys, from his club
    _rule("signs_from_by", "{P}{g}(?:花费|斥资|耗资|付出|以|用){g}{M}{G}从{X}{g}(?:签下|引进|买下|挖来|带走|购入){Q}",
          "acquisition",
          ("奥斯卡表示很高兴。2017年冬窗，广州富力俱乐部花费6000万欧转会费从阿贾克斯队签下奥斯卡。", "广州富力俱乐部",
           "奥斯卡")),
    _rule("signs_from", "{M}{G}从{X}{g}(?:签下|引进|买下|挖来|带走|购入){Q}", "acquisition",
          ("奥斯卡表示很高兴。2017年冬窗，广州富力花费6000万欧转会费从阿贾克斯队签下奥斯卡。", None, "奥斯卡")),
    # a club signs a player, then the fee (利物浦官方宣布签下纽卡中锋伊萨克,据悉转会费1.25亿镑): it buys him;
    # no other party between him and the fee (…签下恩佐，曼联则以8000万欧元转会费签下安东尼: not 恩佐's)
    _rule("signs_then_fee", "{P}{g}(?:" + "|".join(SIGNING_VERBS) + ")(?:了)?(?:{X}{g})?(?:" + PLAYERS + ")?{Q}"
          + _NO_PARTY + "(?:转会费用|转会费|转会总价|身价)" + _NO_FIGURE + "{M}", "acquisition",
          ("北京时间9月2日,利物浦官方宣布签下纽卡中锋伊萨克,据悉转会费1.25亿镑刷新英超纪录。", "liverpool", "伊萨克"),
          ("利物浦签下了维尔茨,转会费为1.16亿英镑。", "liverpool", "维尔茨"),
          payer_types=("org",), payee_types=("person",)),
    # a move quoted by its fee (格拉利从维拉转会曼城时的1.18亿欧元转会费): the club moved to buys the player
    _rule("moved_from_to_for", "(?:{Q}{g})?从[^，," + STOPS + "\uf8f1\ue000-\uefff]{0,8}?(?:{X})?[^，," + STOPS
          + "\uf8f1\ue000-\uefff]{0,4}?转会(?:到|至)?{P}(?:时)?的{g}{M}", "acquisition",
          ("据悉,恩佐的转会费为1.21亿欧元,超过了格拉利什从阿斯顿维拉转会曼城时的1.18亿欧元转会费。", "manchester-city", None)),
    # not across another figure (恩佐的转会费为1.21亿欧元,超过了…转会曼城时的1.18亿欧元: 1.18亿 is not 恩佐's)
    _rule("transfer_fee_of", "{Q}{g}(?:的|之)?{g}(?:转会费|解约金|违约金)" + _NO_FIGURE + "{M}", "acquisition",
          # blind13-15 (mingpao): his release clause (其解約金接近5100萬英鎊), paid by the club that signs him
          ("曼城引入夏蘭特。夏蘭特的解約金接近5100萬英鎊。", "manchester-city", "夏兰特"),
          ("奥斯卡表示很高兴。据德国转会市场标注，奥斯卡的转会费为6100万欧元。", None, "奥斯卡")),
    _rule("receive_offer_of", "{Q}{g}(?:" + RECEIVE_VERBS + "){g}{P}{g}(?:的|开出的|给的){G}{M}", None),
    # (no other figure between: 小米去年赚134亿，雷军年薪近百亿 — 小米 earns the 134亿, not his pay)
    _rule("receive", "{Q}{g}(?:" + RECEIVE_VERBS + ")" + _NO_FIGURE + "{M}", None,
          ("庞若鸣获得了2亿美元的薪酬包。", None, "ruoming-pang")),
    _rule("offered_by", "{Q}{g}(?:收到|获得|拿到|接受|拒绝|拒掉|婉拒){g}(?:了)?{P}{g}(?:的)?{g}(?:offer|报价|橄榄枝|邀约|邀请)",
          None),
    _rule("refuse_offer", "{Q}{g}(?:拒绝|拒掉|婉拒|回绝){G}{M}", None,
          ("Andrew Tulloch拒掉了15亿美元的惊人报价。", None, "andrew-tulloch")),
    # a club signing a player with a contract of the figure (道奇先用一張10年7億美元的天價合約網羅大谷翔平)
    _rule("signs_with", "{P}{g}(?:以|用){g}{M}{g}(?:的)?{g}(?:合约|合同|肥约|大约|约)[，,]?{g}(?:签下|网罗|延揽|留住|签入|招揽|挽留)"
          "{g}{Q}", None, ("道奇队表示满意。道奇队以10年7亿美元的合约网罗大谷翔平。大谷翔平表示。", "los-angeles-dodgers", "shohei-ohtani"),
          ("道奇队表示满意。道奇队以12年3.25亿美元合约,签下日本顶尖新秀投手山本由伸。山本由伸表示。", "los-angeles-dodgers", "山本由伸")),
    _rule("signs_with_unnamed", "(?:以|用){g}{M}{g}(?:的)?{g}(?:合约|合同|肥约|大约|约)[，,]?{g}(?:签下|网罗|延揽|留住|签入|招揽|挽留)"
          "{g}{Q}", None,
          ("道奇队表示满意。今天再以12年3.25亿美元合约，签下日本顶尖新秀投手山本由伸。山本由伸表示。", "los-angeles-dodgers", "山本由伸")),
    # a club that signs or welcomes a player, then offers him the figure (道奇才刚…欢迎大谷翔平,祭出10年7亿美元天价合约)
    _rule("welcomes_with", "{P}{G}(?:欢迎|签下|网罗|延揽|迎来|迎接)(?:了)?{g}{Q}[，,]{g}(?:祭出|开出|给出|提供|送上|奉上)(?:了)?{g}{M}",
          None, ("道奇队表示满意。两周前，道奇队才刚在同一个场地欢迎大谷翔平，祭出10年7亿美元天价合约。大谷翔平表示。",
                 "los-angeles-dodgers", "shohei-ohtani")),
    # the offer a party's figure is (球队阿尔希拉尔每年4亿欧元的报价; 希拉尔则开出了2年12亿欧元的肥约):
    # it pays; the receiver is the person the sentence named before (rules.PAYEE_FROM_PEOPLE). Not
    # X的N报价 (Andrew Tulloch的15亿美元报价: the offer made to him, possessive_figure_first)
    _rule("offer_of", "{P}(?!的|之){g}{M}(?:的)?(?:官方|正式|最新|首次|首轮)?(?:报价|offer|合约|合同|肥约|大合同|邀约|顶薪合同)", None,
          ("梅西表示感谢。梅西收到了沙特球队阿尔希拉尔每年4亿欧元的报价。", "al-hilal", "lionel-messi")),
    _rule("offer_by", "{P}{g}(?:开出|给出|提供|开|报出|抛出)的{g}(?:" + PAY_NOUNS + "){G}{M}", None,
          ("尽管Meta开出的年薪高达数百万美元。", "meta", None)),
    # an employer's salary, the organisation right before the figure (放棄巴黎聖日耳門7,200萬歐元年薪):
    # it pays; the receiver is the person the sentence named (rules.PAYEE_FROM_PEOPLE)
    _rule("employer_salary", "{P}{M}(?:的)?(?:年薪|月薪|周薪|底薪|薪水|薪资|工资)", None,
          ("姆巴佩为加盟皇马，已决定放弃巴黎圣日耳曼7,200万欧元年薪。", "paris-saint-germain", "kylian-mbappe"),
          payer_types=("org",)),
    # a person as the topic, then a comma and the pay word (…其淨資產約26億美元戴蒙,年薪酬達3900萬美元);
    # not a club or a company (梅西加盟迈阿密国际，年薪…: the club pays)
    _rule("topic_pay", "{Q}[，,]\\s*(?:" + PAY_NOUNS + ")" + _NO_FIGURE + "{M}", None,
          ("摩根大通董事长杰米·戴蒙,年薪酬达3900万美元。", "jpmorgan", "杰米·戴蒙"),
          payee_types=("person",)),
    _rule("possessive_pay", "{Q}{g}(?:的|之|嘅)?{g}(?:" + PAY_NOUNS + "){G}{M}", None,
          ("苹果CEO库克的年薪为7460万美元。", "apple", "tim-cook")),
    _rule("valued_figure_before_name", "(?:估值|市值){g}{M}{g}的{g}{Q}", "valuation",
          ("Meta曾试图直接收购估值高达320亿美元的SSI。", None, "safe-superintelligence")),
    _rule("possessive_value", "{Q}{g}(?:的|之|嘅)?{g}(?:" + VALUE_NOUNS + ")" + _NO_FIGURE + "{M}", None,
          ("Scale AI的估值达到290亿美元。", None, "scale-ai")),
    _rule("figure_then_pay_of", "{M}{g}的{g}{Q}{g}(?:" + PAY_NOUNS + ")", None),
    # the figure between the company and its value word (超过快手上市前1.26万亿港元的冻资规模); not
    # 以N估值 (软银以3000亿美元估值领投: the valuation is of the company it invests in)
    _rule("figure_then_value_of", "{Q}" + _NO_BY + "{M}" + _NO_BY + "(?:的)?(?:" + VALUE_NOUNS + ")", None,
          ("此前纪录是2021年快手上市前1.26万亿港元的冻资规模。", None, "kuaishou"),
          ("蜜雪集团亦超越快手(01024.HK)约1.26万亿港元冻资额。", None, "kuaishou")),
    _rule("possessive_figure_first", "{Q}(?:的|之|嘅){g}{M}{g}(?:的)?(?:" + PAY_NOUNS + "|报价|offer|邀约)", None,
          ("这超过了Andrew Tulloch的15亿美元报价。", None, "andrew-tulloch")),
    # Last, the buyer or payer alone, what it buys or pays named in no way the table knows
    # (OpenAI将以5亿美元的价格收购这家名为“io”的初创公司; Google支付了24亿美元的授权费).
    _rule("buys_at", "{P}{g}以{g}{M}{g}(?:的价格|的代价|的对价|的股权|的股票)?{g}(?:" + BUY_VERBS + ")", "acquisition",
          ("Meta将以5亿美元的价格收购这家名为“io”的初创公司。", "meta", None)),
    _rule("pays_to_buy", "{P}{g}(?:将|会)?(?:支付|斥资|花费|耗资){g}{M}" + _FOR + "{g}(?:" + BUY_VERBS + ")", "acquisition",
          ("Meta將支付50億美元收購io的股權。", "meta", None)),
    _rule("pays", "(?<![为向给替对])(?:{P}){g}(?:支付|付出|付了|斥资|耗资)(?:了)?{g}{M}", None,
          ("Google支付了24億美元的授權費和補償金。", "google", None)),  # 向Wiz支付, 为他付出: who is paid
    # last, after every rule that names the buyer (Meta以143億美元收購其創辦的Scale AI: buys_at): the
    # buyer said before (2012年以125亿美元收购摩托罗拉移动), what is bought written after the price
    # (以8000万和9000万英镑收购赖斯: two bids, each the buyer's)
    _rule("price_then_buy", "以(?:\uf8f1(?:和|与|及|或|、))?{g}{M}" + _RESTATED + "(?:(?:和|与|及|或|、)\uf8f1)?[，,]?{g}(?:的)?(?:价格|代价|天价|转会费|价码)?{g}(?:" + BUY_VERBS
          + "|签下|求购)(?:了)?{g}{Q}", "acquisition",
          ("此前以687亿美元收购动视暴雪，创下游戏业纪录。", None, "activision-blizzard"),
          # blind12-26: a comma after the figure's restatement, then the buying verb
          ("紐卡素準備以6,950萬鎊(約7.3億港元),收購法蘭克福射手伊基迪基。", "newcastle-united", "伊基迪基"),
          ("此前,阿森纳曾先后要求以8000万和9000万英镑收购赖斯,但均被拒绝。赖斯表示。", "arsenal", "赖斯")),
)


# Who the offers of a paragraph went to, when its pay figures name no one: those who took or
# refused them (Thinking Machines Lab无一人接受offer, TML团队无一人接受).
OFFER_TAKERS = "{Q}(?:员工|团队|成员)?[^" + STOPS + "]{0,6}?(?:无一人|没有一人|没有人|无人|没人|全员|集体|都|均)?(?:接受|拒绝|拒掉|婉拒|回绝)"


def frame_pattern(pattern: str) -> regex.Pattern:
    """A pattern over a sentence frame: {P} the payer's slot (group ``payer``), {Q} the
    payee's (``payee``), {X} any slot, {M} the figure, {g}/{G} the gaps (claims.deals too)."""
    return regex.compile(pattern.replace("{P}", f"(?P<payer>{_SLOT})").replace("{Q}", f"(?P<payee>{_SLOT})")
                         .replace("{X}", _SLOT).replace("{M}", FIGURE + _RESTATED).replace("{g}", _NEAR)
                         .replace("{G}", _GAP))


def _compile(rule: RoleRule) -> regex.Pattern:
    return frame_pattern(rule.pattern)


_COMPILED = tuple((rule, _compile(rule)) for rule in ROLE_RULES)


# --- what a frame must hold for a rule to match it -----------------------------------------
# Read from the rule's text: each element of its top-level sequence that is neither quantified
# nor a look-around is in every match, so a frame without it is not tried (most rules fail most
# frames: one pass over the frame, then a set test per rule, instead of every pattern run).

_PLACEHOLDER = regex.compile(r"\{[PQXMgG]\}")
_QUANTIFIER = regex.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?")
_META = frozenset("\\[](){}?*+.|^$")
_SLOT_NEEDED = "{slot}"  # met by any entity's slot character (no literal: it holds braces)


def _element_end(pattern: str, at: int) -> int:
    """Where the element starting at ``at`` (an escape, a class, a group, a character) ends."""
    char = pattern[at]
    if char == "\\":
        return at + 2
    if char == "[":
        at += 2 if pattern.startswith("[^", at) else 1
        if pattern[at] == "]":  # a ] right after the opening is literal
            at += 1
        while pattern[at] != "]":
            at += 2 if pattern[at] == "\\" else 1
        return at + 1
    if char == "(":
        depth, at = 1, at + 1
        while depth:
            if pattern[at] in "\\[":
                at = _element_end(pattern, at)
                continue
            depth += {"(": 1, ")": -1}.get(pattern[at], 0)
            at += 1
        return at
    return at + 1


def _top_level(pattern: str) -> list[tuple[str, bool]] | None:
    """The top-level elements of a pattern, each with whether a quantifier follows it; None
    where the pattern is an alternation at its top level (no element is in every match)."""
    out, at = [], 0
    while at < len(pattern):
        placeholder = _PLACEHOLDER.match(pattern, at)
        if pattern[at] == "|":
            return None
        end = placeholder.end() if placeholder else _element_end(pattern, at)
        quantifier = None if placeholder and pattern[at + 1] in "gG" else _QUANTIFIER.match(pattern, end)
        out.append((pattern[at:end], quantifier is not None))
        at = quantifier.end() if quantifier else end
    return out


def _alternatives(group: str) -> list[str]:
    """The top-level alternatives of a group's body."""
    out, at, start = [], 0, 0
    while at < len(group):
        if group[at] == "|":
            out.append(group[start:at])
            start = at + 1
        at = _element_end(group, at)
    return [*out, group[start:]]


def _literal_head(alternative: str) -> str:
    """The plain characters an alternative starts with that every match of it holds."""
    head = ""
    for at, char in enumerate(alternative):
        if char in _META:
            return head[:-1] if _QUANTIFIER.match(alternative, at) else head
        head += char
    return head


def requirements(pattern: str) -> tuple[frozenset[str], ...]:
    """For a rule's text (with its {P}/{Q}/{X}/{M}/{g}/{G}): sets of which a frame must hold
    one member each for the rule to match (``_SLOT_NEEDED`` for a party's slot)."""
    elements = _top_level(pattern)
    if elements is None:
        return ()
    out: list[frozenset[str]] = []
    run = ""  # consecutive plain characters: one literal
    for element, quantified in elements:
        plain = len(element) == 1 and element not in _META
        if plain and not quantified:
            run += element
            continue
        if run:
            out.append(frozenset((run,)))
            run = ""
        if quantified:
            continue
        if element in ("{P}", "{Q}", "{X}"):
            out.append(frozenset((_SLOT_NEEDED,)))
        elif element.startswith("(") and not element.startswith(("(?=", "(?!", "(?<", "(?P")):
            body = element[3:-1] if element.startswith("(?:") else element[1:-1]
            heads = [_literal_head(a) for a in _alternatives(body)]
            if all(heads):
                out.append(frozenset(heads))
    if run:
        out.append(frozenset((run,)))
    return tuple(out)


_NEEDS = tuple(requirements(rule.pattern) for rule in ROLE_RULES)
# each literal (and the slot) one bit: a group is met when the frame's bits and its own meet
_BIT = {w: 1 << i for i, w in enumerate(sorted({w for needs in _NEEDS for group in needs for w in group}))}
_MASKS = tuple(tuple(sum(_BIT[w] for w in group) for group in needs) for needs in _NEEDS)
_LITERALS = ahocorasick.Automaton()
for _word, _bit in _BIT.items():
    if _word != _SLOT_NEEDED:
        _LITERALS.add_word(_word, _bit)
_LITERALS.make_automaton()
_ANY_SLOT = regex.compile(_SLOT)


def _present(framed: str) -> int:
    """The bits of the rules' literals the frame holds (and of ``_SLOT_NEEDED`` if it holds a slot)."""
    found = _BIT.get(_SLOT_NEEDED, 0) if _ANY_SLOT.search(framed) else 0
    for _, bit in _LITERALS.iter(framed):
        found |= bit
    return found


def _possible(present: int, masks: tuple[int, ...]) -> bool:
    """Whether the frame (its ``_present`` bits) holds one of each group of a rule's requirements."""
    for mask in masks:
        if not present & mask:
            return False
    return True
_CODE_AFTER = regex.compile(TICKER.pattern, regex.IGNORECASE)  # normalised text is lower case
_NEW_SUBJECT = regex.compile(r"[，,；;]\s*(?:而|但|另外|同时)?\s*" + _SLOT + r"\s*(?:则|也|亦|另)")
_TAKERS = _compile(RoleRule("offer_takers", OFFER_TAKERS))
# 这家Claude模型开发商, 这家电池制造商: a company the text named before, by what it makes or is
DESCRIBED_COMPANY = r"这家[\p{Han}a-z0-9 ]{1,10}?(?:公司|开发商|制造商|巨头|企业|新创|独角兽|厂商|供应商)"
_PRONOUN = regex.compile("|".join(sorted(PRONOUNS, key=len, reverse=True)).replace(
    "其", "(?<![尤极及与])其(?!中|他|它|余|实|次|间)") + "|" + DESCRIBED_COMPANY)  # 其中, 其他, 尤其: no pronoun


@dataclass(frozen=True)
class Roles:
    payer: Entity | None
    payee: Entity | None
    kind: str | None  # what the construction says the money is, when it says
    rule: str  # the rule that read them


def frame(norm: str, start: int, end: int, mentions: list[Mention], figure: tuple[int, int],
          others: list[tuple[int, int]]) -> tuple[str, list[Entity]]:
    """The sentence norm[start:end] with entities and figures replaced by slot characters."""
    marks: list[tuple[int, int, str]] = [(figure[0], figure[1], FIGURE)]
    marks += [(s, e, OTHER) for s, e in others if start <= s and e <= end and (s, e) != figure]
    slots: list[Entity] = []
    for s, e, entity in mentions:
        code = _CODE_AFTER.match(norm, e, end)  # 快手 (01024.HK) 於2021年…: the code is the name's
        e = code.end() if code else e
        if start <= s and e <= end and not any(ms < e and s < me for ms, me, _ in marks):
            last = marks[-1] if slots and marks[-1][2] == chr(_SLOT0 + len(slots) - 1) else None
            if last is not None and entity.type == "org" and slots[-1].type == "person" and last[1] == s - 1 \
                    and norm[s - 1] in "(（" and e < end and norm[e] in ")）":
                marks[-1] = (last[0], e + 1, last[2])  # Sergio Busquets(迈阿密国际)获得…: his club, a gloss
                continue
            marks.append((s, e, chr(_SLOT0 + len(slots))))
            slots.append(entity)
    out, at = [], start
    for s, e, char in sorted(marks):
        if s < at:
            continue
        out.append(norm[at:s])
        out.append(char)
        at = e
    out.append(norm[at:end])
    return "".join(out), slots


def read_roles(framed: str, slots: list[Entity]) -> Roles | None:
    """The first rule whose pattern matches the frame (the figure's own construction)."""
    figure = framed.find(FIGURE)
    present = _present(framed)
    for (rule, pattern), masks in zip(_COMPILED, _MASKS, strict=True):
        if not _possible(present, masks):
            continue  # it holds none of something every match holds: no match
        # the tightest match: the parties nearest the figure (前者估值800亿，后者估值330亿: 330亿 is 后者's)
        m = min(pattern.finditer(framed, overlapped=True), key=lambda x: x.end() - x.start(), default=None)
        if m is None or _NEW_SUBJECT.search(framed, m.start(), max(m.start(), figure)):
            continue  # 輝達將向Anthropic投資…，微軟則投資50億: the figure's clause has its own subject
        payer = _slot(m, "payer", slots)
        payee = _slot(m, "payee", slots)
        if payer is not None and payee is not None and payer.id == payee.id:
            continue
        if rule.payer_types and (payer is None or payer.type not in rule.payer_types):
            continue
        if rule.payee_types and (payee is None or payee.type not in rule.payee_types):
            continue
        if any(x is not None and x.id in NOT_PARTIES for x in (payer, payee)):
            continue  # 彭博社9日報導，…向Seven & i提出…: the outlet that reports it pays nothing
        return Roles(payer, payee, rule.kind, rule.name)
    return None


def offer_takers(framed: str, slots: list[Entity]) -> Entity | None:
    """The organisation (or group) a paragraph says took or refused the offers, if one."""
    for m in _TAKERS.finditer(framed):
        entity = _slot(m, "payee", slots)
        if entity is not None and entity.type in ("org", "group"):
            return entity
    return None


def _slot(m: regex.Match, group: str, slots: list[Entity]) -> Entity | None:
    try:
        char = m.group(group)
    except IndexError:
        return None
    return None if char is None else slots[ord(char) - _SLOT0]


def _referent(norm: str, m: regex.Match, fitting: list[tuple[int, Entity]]) -> Entity:
    """该公司 stands for the subject of the sentence before it (Scale AI成立于2016年，是一家…
    新创公司。该公司…), else for the company the text introduced as one (新创公司Scale AI),
    else for the nearest fitting entity; 他/她 for the nearest person."""
    if m.group() not in PRONOUNS:  # 這家Claude模型開發商: the last company named before its sentence
        sentence = max(norm.rfind(c, 0, m.start()) for c in "。！？\n")
        earlier = [ent for s, ent in fitting if s < sentence]
        return earlier[0] if earlier else fitting[0][1]
    if m.group() in _COMPANY_PRONOUNS:
        subjects = [ent for s, ent in fitting if norm[max(norm.rfind(c, 0, s) for c in "。！？\n") + 1:s].strip() == ""]
        if subjects:
            return subjects[0]
        described = [ent for s, ent in fitting if norm[max(0, s - 6):s].rstrip().endswith(_COMPANY_NOUNS)]
        if described:
            return described[0]
    return fitting[0][1]


# The company pronouns that stand for the sentence's subject or a company the text introduced
# (every org pronoun but 该集团 and 该行, which name their kind of company outright).
_COMPANY_PRONOUNS = frozenset(p for p, kind in PRONOUNS.items() if kind == "org") - {"该集团", "该行"}
_COMPANY_NOUNS = ("公司", "企业", "集团", "实验室", "独角兽")


def _fits(wanted: str, entity: Entity) -> bool:
    """他们 stands for a group or an organisation (Meta … 他们还与谷歌达成), 他 for a person;
    none for the news outlet that reports the story (據路透報導…這家晶片製造商: not Reuters)."""
    if entity.id in NOT_PARTIES:
        return False
    if wanted == "plural":
        return entity.type in ("group", "org")
    return wanted == "any" or entity.type == wanted


_SENTENCES_BACK = 2  # how far back a pronoun may look for what it stands for


def _last_two(ordered: list[Mention], at: int, window: int, before: int) -> tuple[Entity, Entity] | None:
    """The last two different entities named before ``before`` (back to ``window``), in text order."""
    seen: list[Entity] = []
    for i in range(at - 1, -1, -1):
        s, e, ent = ordered[i]
        if s < window:
            break
        if e <= before and all(ent.id != x.id for x in seen):
            seen.append(ent)
            if len(seen) == 2:
                return seen[1], seen[0]
    return None


_GLOSS_BEFORE = regex.compile(r"\s*(?:[（(][^（）()]{0,30}[）)])?\s*$")


def _before_gloss(norm: str, at: int) -> int:
    """Where the text before ``at`` ends once a bracketed gloss and spaces are passed over."""
    m = _GLOSS_BEFORE.search(norm, max(0, at - 34), at)
    return m.start() if m else at


def pronoun_mentions(norm: str, mentions: list[Mention]) -> list[Mention]:
    """Each pronoun as a mention of the entity it stands for (nearest fitting one before it,
    at most two sentences back); a pronoun with nothing to stand for is left out.
    Linear: mentions are looked up by position, not scanned per pronoun."""
    ordered = sorted(mentions, key=lambda m: m[0])
    starts = [m[0] for m in ordered]
    out: list[Mention] = []
    for m in _PRONOUN.finditer(norm):
        if m.group() == "公司" and m.start() > 0 and regex.match(r"(?![年月日])\p{Han}", norm[m.start() - 1]):
            continue  # 初创公司, 科技公司: a noun phrase, not the company of the story
        at = bisect.bisect_left(starts, m.end())
        if at > 0 and ordered[at - 1][1] > m.start():
            continue  # inside an entity's name
        if m.group() == "公司" and at > 0 and ordered[at - 1][1] >= _before_gloss(norm, m.start()):
            continue  # 博通(Broadcom)公司: the name's own word for what it is, no pronoun
        window = m.start()
        for _ in range(_SENTENCES_BACK + 1):  # back to the start of the sentence two before this one
            window = max(norm.rfind("。", 0, max(0, window - 1)), 0)
        wanted = PRONOUNS.get(m.group(), "org")  # a described company (DESCRIBED_COMPANY) is an org
        if wanted in ("former", "latter"):
            pair = _last_two(ordered, at, window, m.start())
            if pair is not None:
                out.append((m.start(), m.end(), pair[0] if wanted == "former" else pair[1]))
            continue
        fitting = []
        for i in range(at - 1, -1, -1):  # back from the pronoun, no further than the window
            s, e, ent = ordered[i]
            if s < window:
                break
            if e <= m.start() and _fits(wanted, ent):
                fitting.append((s, ent))
        if fitting:
            out.append((m.start(), m.end(), _referent(norm, m, fitting)))
    return out
