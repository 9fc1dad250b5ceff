"""Keyword tables that turn a money mention into a claim.  Data only.

All words are simplified Chinese (matching runs on OpenCC-normalised text)
or lower-case Latin.  ``tests/test_claims_build.py`` holds the examples that
are each table's tests; ``tests/test_real_news.py`` holds the tables to their agreement
with hand-annotated real news (``tests/corpus/real_news/``).
"""

from __future__ import annotations

from decimal import Decimal

import regex

# What ends a sentence in the normalised text the rules read: normalising folds ；！？ into ;!?,
# so both forms stop a pattern's gap (a gap's character class is "[^" + STOPS + "]").
STOPS = "。；！？;!?"

# kind -> cue words, in priority order for ties (the cue nearest the figure wins).
# A stake bought (收购, 入股, 出售 from the seller's side) is an acquisition, money put into a
# company for new shares (投资, 注资, 融资, 领投) an investment; company income is revenue,
# what is left of it profit (净利, 每股盈利), never pay.
# Investors who take a listing's shares before it opens (基石投资者, 战略投资者): what they subscribe is an
# investment, unlike the public offer's demand (公开发售认购金额, kind other).
CORNERSTONE = regex.compile(r"基石投资|战略投资者|锚定投资者")
SUBSCRIBE_WORD = regex.compile(r"认购|申购")
# A dividend just before the figure (派發現金股息每股3.40港元, 末期息每股1.5元): paid by the company
# to its shareholders.
DIVIDEND = regex.compile(r"股息|派息|股利|末期息|中期息|特别息|现金红利|派发[^，,。；]{0,4}红利")
# A share's price (kind other, scope each), wherever in the sentence it stands.
PRICE_WORDS: tuple[str, ...] = ("股价", "发行价", "招股价", "收盘价", "开盘价", "每股价格")
KIND_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("signing_bonus", ("签约奖金", "签约金", "签字费", "签约费", "入职奖金", "signing bonus")),
    ("equity", ("股票价值", "股权激励", "股票激励", "股票薪酬", "股权奖励", "股票奖励", "奖励股份", "已归属股权",
                "股票", "期权", "rsu", "限制性股票")),
    ("annual_pay", ("年薪", "年包", "年收入", "年均薪酬", "年均薪资", "年均")),
    ("bonus", ("奖金", "年终奖", "分红", "留任奖", "花红", "员工酬劳", "业绩奖金")),
    ("profit", ("净利润", "营业利益", "营业利润", "经营利润", "毛利润", "毛利", "税后净利", "净利", "纯利", "纯益",
                "盈利", "获利", "每股盈余", "每股盈利", "eps", "净赚", "亏损",
                "利润", "赚")),
    ("revenue", ("营收", "营业收入", "营业额", "销售额", "年化收入", "合同收入")),
    ("pay_package", ("薪酬包", "薪酬方案", "薪酬", "薪资", "薪水", "薪金", "高薪", "报价", "offer", "合约", "天价合同",
                     "待遇", "收入", "到手", "工资", "月薪", "周薪", "日薪", "挖人", "挖角", "现金", "酬金", "报酬",
                     "酬劳")),
    ("valuation", ("估值", "市值", "价值推至", "价值推高至", "价值升至", "价值飙升至", "价值跃升至", "价值涨至")),
    ("net_worth", ("个人资产", "身家", "净资产", "财富")),
    # a player's transfer fee is what one club pays to buy him from another (6100万欧元引进奥斯卡)
    # (入札金: the posting fee a Japanese club is paid to release its player)
    # (解约金, 违约金条款: the release clause a buying club pays to take a player from his club)
    ("acquisition", ("收购", "买下", "并购", "出售", "入股", "购入", "股权交易", "转会费", "转队费", "入札金", "转会",
                     "引进", "收购要约", "出价", "竞购", "解约金", "违约金条款", "解约条款", "买断条款", "买断")),
    ("investment", ("投资", "注资", "注入", "领投", "融资", "募资", "募集", "筹集", "集资", "筹资", "融得",
                    "所得款项")),
    ("deal", ("协议", "交易", "合作", "订单", "合同金额", "合同", "采购", "大单")),
    # money an authority takes from a party (罚没4.41亿元, 被罚款500万); lone 罚 is also 罚球
    # (判罚, 开罚, 裁罚: an authority's verbs, 歐盟料將開罰Meta 7.46億歐元, 被歐盟判罰13億美元)
    ("fine", ("罚款", "罚金", "罚没", "罚单", "没收", "处罚", "被罚", "罚了", "重罚", "罚赔", "罚缴", "判罚", "开罚",
              "裁罚")),
    # an IPO's demand (孖展/融资认购额, 认购金额达1.77万亿港元, 冻资) is no money paid to the company
    ("other", (*PRICE_WORDS, "股利", "股息", "派息", "认购金额", "分手费", "终止费", "解约费",
               "认购额", "认购占比", "孖展", "融资认购", "超额认购", "冻资", "申购",
               # a company's cash flow (经营活动现金流362亿美元) and cash held (现金储备): its own figures, no one's pay
               # (not 现金); a team's wage cap (工资帽, 薪资上限): a budget, no one's pay
               "现金流", "现金流量", "现金储备", "账面现金", "现金余额",
               "工资帽", "薪资上限", "工资上限", "薪资帽")),
    ("spending", ("支出", "开支", "花费", "耗费", "花了", "投入", "重组", "建设", "基础设施", "资本开支", "补位",
                  "资本支出", "成本")),
)

# Words right before the company a bid is for (claims.build._bid_target).
BOUGHT_BEFORE = regex.compile(r"(?:收购|并购|竞购|买下|涵盖|向|对)\s*$")
# The words of a takeover story (收购, 要约, 竞购, 每股…), in a figure's sentence or the one before:
# an offer word there is a bid for a company, not a pay offer (派拉蒙提高报价至每股31美元), and a
# deal's value word the purchase's price (收购动视暴雪,交易额高达687亿美元).
# A club's bid for a player (拜仁上次提出7000萬歐元的官方報價…再次求購Harry Kane) is one too.
TRANSFER = regex.compile(r"求购|转会|引进|签入")
# A story of a player's move: those words, or a club signing him (not 加盟 alone: a franchise's 加盟商 too).
TRANSFER_STORY = regex.compile(TRANSFER.pattern + r"|签下|引援")
TAKEOVER = regex.compile(r"收购|并购|要约|竞购|收购战|每股|全现金|敌意|" + TRANSFER.pattern)
# A price per share (每股263元, 每股发售价, 一手入场费, 定价为51美元/股) is a price, kind other, scope
# each, unless a takeover bids it (以每股27.75美元收购华纳: the bid, an acquisition)
PER_SHARE_BEFORE = regex.compile(r"(?:每股|每ads|每份ads|每单位|每手|一手|入场费|发售价|招股价|定价|认购价|行使价|"
                                 r"股价|收盘价|开盘价)(?:为|约|达|介乎|介于|最高|最低|不高于|不低于|在|报|至|上限为)?\s*$")
PER_SHARE_AFTER = regex.compile(r"\s*(?:/|每)\s*(?:股|ads)")
BIDS_FOR = regex.compile(r"收购|并购|要约|竞购|全现金|敌意|报价|出价|开价|买下")
BID_WORDS: frozenset[str] = frozenset({"报价", "offer", "现金"})
DEAL_VALUE_WORDS: frozenset[str] = frozenset({"交易"})

# A clause or sentence that opens with the parts of the figure before (其中，现金奖励达400万美元):
# its figures hold when the whole does (claims.build._part_of_previous).
PART_OPENING = regex.compile(r"\s*(?:其中|当中|这其中|而其中)")

# Words just before a figure that make it a portion of a whole (claims.build: part PORTION):
# the rest of it (剩余200亿美元则由摩根大通提供), or "of the total" (财团总出资中,360亿美元来自股权注资).
PORTION_BEFORE = regex.compile(r"(?:剩余|其余|余下|剩下|其馀|剩餘)(?:的|部分)?\s*$"
                               r"|(?:总出资|总额|总价|总金额|总对价|总代价|交易金额|收购资金|资金)(?:当)?中[，,]?\s*$")

# A transfer fee's add-ons (附加条款达到2000万欧元, 500万英镑的浮动条款, 1000万英镑的额外费用): a part of the
# price on top of its fixed fee, not the fee (claims.build: part "add-ons").
ADD_ONS_BEFORE = regex.compile(r"(?:附加条款|浮动条款|附加费用|附加费|额外费用|浮动费用|浮动)"
                               r"(?:为|达到|达|高达|约|是|则)?\s*$")
ADD_ONS_AFTER = regex.compile(r"\s*(?:的)?(?:浮动条款|浮动费用|浮动|附加条款|附加费用|附加费|额外费用|额外奖金)")
ADD_ONS = "add-ons"
# Kinds a bid is of: a bid turned down (claims.timing: phase "rejected") is not the price paid.
BID_KINDS = frozenset({"acquisition", "investment", "deal"})

# A company figure not as reported (claims.build sets Claim.basis "adjusted").
# Which profit a profit figure is, by the cue word that names it: operating and gross profit are
# other quantities than the net profit (營業利益1.32兆元 vs 稅後淨利1.17兆元); no entry: net.
PROFIT_MEASURES: dict[str, str] = {
    "营业利益": "operating", "营业利润": "operating", "经营利润": "operating", "毛利": "gross", "毛利润": "gross",
}
_PROFIT_WORDS = regex.compile("|".join(sorted({*PROFIT_MEASURES, *dict(KIND_CUES)["profit"]}, key=len, reverse=True)))


def profit_measure(clause_before: str) -> str:
    """The measure of the profit word nearest the figure (its clause's words before it), "" for net."""
    hits = list(_PROFIT_WORDS.finditer(clause_before, overlapped=True))
    if not hits:
        return ""
    last = max(hits, key=lambda h: (h.end(), len(h.group())))  # 营业利润 over the 利润 inside it
    return PROFIT_MEASURES.get(last.group(), "")
ADJUSTED = regex.compile(r"经调整|非国际财务报告(?:会计)?准则|非公认会计(?:原则|准则)|non-?ifrs|non-?gaap|调整后")
# After a figure, its share of the company's total (佔總收入9.8%): a part of the whole.
SHARE_OF_TOTAL = regex.compile(r"[，,]?\s*(?:占|佔)(?:总|集团总|公司总)?(?:收入|营收|销售额)")

# A fine's verb earlier in the figure's own clause outranks the nearer cue: 没收…全部业务收入2774万元
# is confiscated income, a fine, not revenue.
FINE_BEFORE = regex.compile(r"罚没|没收|罚款|处以|罚金")

# The verb of one who pays (币安…将向CFTC支付总额为28.5亿美元的罚款): the rule's payer is the
# party fined, as written; an authority's verb (开出, 处以) or a receiver's (收到罚单) is read the other way.
PAYS_OUT = regex.compile(r"支付|付出|缴纳|缴交|缴付|交付|赔付|偿付|付清|上缴")

# The role rules whose payer slot is the one who pays when their verb is PAYS_OUT's.
PAYING_RULES = frozenset({"offer_toward", "pay_toward_far", "give_to", "pays"})

# The parts of a penalty (claims.build._fine_part), the verb nearest before the figure in its
# clause: what is confiscated, and the fine on top of it; a whole's words make the whole.
FINE_PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("没收", ("没收",)),
    ("罚款", ("罚款", "罚金", "处以")),
)
# Money added to an earlier commitment (对美国再投资至少1000亿美元, 追加投资50亿, 新增对美1000亿美元的投资):
# a tranche, part of the total commitment (总投资金额达到1650亿美元), its own quantity.
ADDITION = regex.compile(r"(?:再|追加|新增|额外|加码|增加|另外)(?:对[^，,。；]{0,6}?)?(?:投资|投入|注资)|追加|加码"
                         r"|(?:新增|增加)(?:对[^，,。；]{0,4})?$")  # 有意增加1,000億美元投資: a tranche added
ADDITION_KINDS = frozenset({"investment", "spending"})
# A total written later in the figure's sentence (…57億美元…，另外…出資32億美元，共計89億美元): the figures
# before it are its portions (core.schema.PORTION), never rivals of the whole or of each other.
TOTAL_BEFORE = regex.compile(r"(?:共计|合计|总计|累计|总共|一共|总(?:投资)?金?额|总投资|加起来)"
                             r"[^，," + STOPS + r"\d\uf8f1]{0,12}$")


def total_of(norm: str, start: int, at: int, kind: str) -> bool:
    """Whether the words before the figure at ``at`` give it as a total of ``kind`` (共計, 總計安排了);
    a total of another kind (以6000万英镑转会…七年间总计收入达1.75亿欧元: his pay, not the fee) is not."""
    hit = TOTAL_BEFORE.search(norm, start, at)
    if hit is None:
        return False
    words = norm[hit.start():at]
    return not any(w in words for k, cues in KIND_CUES if k != kind for w in cues)
FINE_WHOLE = regex.compile(r"罚没|合计|总计|共计|共|协同|总额")
# A fine said to come on top of another part (并处以罚款2.97亿元): a part even where its sentence
# names no other (the confiscation was the sentence before).
FINE_ON_TOP = regex.compile(r"并处|另处|另外处|同时处")

# What voids a cue written right before it: 上半年收入 is the half year's 收入, not 年收入.
CUE_NOT_AFTER: dict[str, tuple[str, ...]] = {"年收入": ("半",), "年薪": ("半",)}
# A cue whose 年 closes a written year or a year word (2024 年收入130.4亿元, 全年收入總額 are the
# year's 收入, a company's revenue when a company earns it): the cue is the word after that 年.
# 年薪 stays: 2024年薪酬 is the year's pay either way.
YEAR_CLOSES: frozenset[str] = frozenset({"年收入"})
YEAR_NUMBER_END = regex.compile(r"(?:(?:19|20)\d\d\s*|[全今去明前当本上])$")  # 2024 年收入, 全年收入
# What voids a cue written right after it: 全现金出价, 以现金的形式 say how a price is paid, not pay.
CUE_NOT_BEFORE: dict[str, tuple[str, ...]] = {
    "现金": ("出价", "收购", "交易", "方式", "形式", "的形式", "对价", "要约"),
    "毛利": ("率",), "利润": ("率",), "净利": ("率",),  # 毛利率高达47%: a margin, a percentage
    # 達成費南德斯合約中的違約金條款: the clause of his contract the fee meets, no contract's value
    "合约": ("中的违约金", "中的解约金", "里的违约金", "里的解约金"), "合同": ("中的违约金", "中的解约金")}
# In a transfer clause (转会, 求购, a release clause, 以N的价格加盟), a figure that no pay word names, or only
# a bid word, is a fee for the player (以1.067亿英镑的价格加盟切尔西): an acquisition. Contracts (合同, 合约) and
# wages stay pay. 身价 is not such a word: a player's 身价 may be his contract (以3年最高6300萬美元身價加盟
# 太空人); it counts only in a transfer story with no contract's years before it (claims.build._players_price).
TRANSFER_CLAUSE = regex.compile(r"转会|求购|引进|买断|解约金|违约金|解约条款|的价格加盟|的价格转会|价格让")
TRANSFER_FEE_CUES: frozenset[str] = frozenset({"报价", "offer"})
PLAYERS_PRICE = regex.compile(r"身价")
CONTRACT_YEARS = regex.compile(r"(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*年(?:半)?(?!\d)")

# Company words that are pay when people earn them (小米去年赚134亿 is profit; 他一年赚100万 pay).
PEOPLES_KIND: dict[str, str] = {"赚": "pay_package"}

# Pay words that are a company's revenue when a company or a part of one earns them (claims.build._income_of).
INCOME_WORDS: frozenset[str] = frozenset({"收入"})
# A company's regions and lines of business (claims.scope.SEGMENT: the part of a company figure
# they name, 海外市場收入, 「LABUBU系」收入): regions name themselves, a line's word takes the word
# before it (游戏|业务).
REGIONS: tuple[str, ...] = ("海外", "中国", "内地", "大陆", "美洲", "欧洲", "亚太", "港澳台", "线上", "线下")
LINES: tuple[str, ...] = ("地区", "区", "业务", "门店", "零售店", "商店", "店", "ip", "系列", "系", "渠道", "市场",
                          "板块", "分部", "事业部")
# Words of a company, its parts and lines of business (泡泡瑪特中國收入, 亞太區…收入, 零售店收入, 13個IP收入過億):
# 收入 after them is revenue. 系 alone is in too many words (关系, 系统) to count here.
COMPANY_PARTS = regex.compile("|".join((*REGIONS, *(w for w in LINES if w != "系"),
                                        "分店", "品牌", "产品", "集团", "公司", "国内")))
# Words of a company's results in the sentence (归母净利润, 毛利率, yoy, 业绩公告): 收入 there is revenue.
# Growth against a period before (同比增长8%, 环比, 按年, 年增): how a company's results are told
GROWTH_WORDS = regex.compile(r"同比|环比|按年|按季|年增|年减|yoy|qoq")
RESULTS_WORDS = regex.compile(r"归母|净利润|毛利|yoy|qoq|业绩|财报|年报|营业利润|经营利润|每股盈利")
# Words of people earning (员工收入, 人均收入, 个人收入, 月收入): pay, whatever else the sentence names.
EARNERS = regex.compile(r"员工|职工|雇员|人均|个人|每人|工人|白领|毕业生|打工|高管|董事|月收入|家庭|居民"
                        r"|(?<!半|[全今去明前当本上]|(?:19|20)\d\d\s?)年收入")  # 2024 年收入, 全年收入: the year's 收入

# A payer's entity that acts for another (小扎 pays with Meta's money).
ACTS_FOR: dict[str, str] = {
    "mark-zuckerberg": "meta",
    "msl": "meta",
    "fair": "meta",
    "andrew-bosworth": "meta",
    "sam-altman": "openai",
    "mark-chen": "openai",
}
# Entities that are news outlets: as sources they outrank anonymous ones (Wired援引消息源).
MEDIA: frozenset[str] = frozenset({
    "wired", "bloomberg", "wsj", "fortune", "techcrunch", "the-information", "reuters", "cnbc",
    "financial-times", "nyt", "forbes", "caixin", "36kr", "sina-tech",
})
# Stock exchanges: where a company lists (在港交所上市), never whose figure it is.
VENUES: frozenset[str] = frozenset({"hkex"})
# Entities a sentence names that are no party to its money: the outlet reporting, the exchange.
NOT_PARTIES: frozenset[str] = MEDIA | VENUES

# Spending verbs that make an investment when they go toward an organisation (向Scale AI豪掷).
INVEST_VERBS: tuple[str, ...] = ("豪掷", "斥资", "砸", "投入", "出资", "注资", "投资")
def kind_family(kind: str) -> str | None:
    """Which kinds one story's sentences continue: pay to people, money put into or paid for
    a company, a company's own figures; spending and the rest continue nothing."""
    if kind in PAY_KINDS:
        return "pay"
    if kind in ("investment", "acquisition", "deal"):
        return "stake"
    if kind in SUBJECT_KINDS:
        return "subject"
    return None


# Role rules that read a salary (the person's employer pays it), not an outside offer.
SALARY_RULES: frozenset[str] = frozenset({"possessive_pay", "receive", "figure_then_pay_of"})
# Rules that may name the payer only (野兽在申花的年薪): the receiver is the person the sentence named before.
PAYEE_FROM_PEOPLE: frozenset[str] = frozenset({"pay_at", "offer_of", "employer_salary"})
# How a person joins the organisation that will pay him, as the words between the two names
# and, for some, the words after the second (特维斯加盟申花, 奥斯卡将转会至上海上港, 特维斯与申花签订
# 了合同; 申花签下特维斯, 上海申花正式宣布特维斯加盟): who pays his salary where no clause names it
# (claims.build._joined). 效力于 is not here: it names the club he plays for now, often the one he
# leaves; nor 投 (孙正义投OpenAI is an investment).
_WHEN = r"\s*(?:将要|即将|将|正式|已经|已|确定|决定|昨日|今日|日前)*\s*"
JOINS: tuple[tuple[str, regex.Pattern, regex.Pattern | None], ...] = (
    # (who comes first, the words between, the words after the second name)
    ("person", regex.compile(_WHEN + r"(?:加盟|加入|转会到|转会至|转投|投奔)\s*"), None),
    ("person", regex.compile(_WHEN + r"(?:与|和|同)\s*"), regex.compile(_WHEN + r"签(?:订|署|约|下)")),
    ("org", regex.compile(_WHEN + r"(?:签下|引进|引入|迎来)\s*"), None),
    ("org", regex.compile(_WHEN + r"(?:宣布|官宣)\s*"), regex.compile(_WHEN + r"(?:加盟|加入|入队|签约)")),
)
# A club that signs a player from another (切尔西官方宣布,球队从本菲卡签下了22岁的阿根廷中场恩佐): the words
# between the buyer and the seller, and between the seller and the player.
SIGNS_FROM_BEFORE = regex.compile(r"[^。；;！？!?\uf8f0\uf8f1]{0,14}?(?:从|自)\s*")
SIGNS_FROM_AFTER = regex.compile(_WHEN + r"(?:签下|引进|买下|带走|租借|迎来|签入|购入)(?:了)?[^。；;！？!?，,]{0,14}")
# Before the organisation, what makes it the one he leaves (从切尔西签下奥斯卡: 切尔西 sells him).
JOINS_NOT_AFTER: tuple[str, ...] = ("从", "自", "离开")

# Kinds whose value belongs to a subject named just before the cue (Scale AI的估值).
SUBJECT_KINDS: frozenset[str] = frozenset({"valuation", "net_worth", "revenue", "profit"})
# Words that make an investment the subject's own fund-raising (Anthropic完成130亿美元融资).
# A valuation an investor invests at (软银以3000亿美元估值领投): the company's it invests in, never
# the investor's written before 以 (Anthropic以1830亿美元估值募资 stays Anthropic's: it raises); the
# round's lead before the round's figure (领投40亿美元) pays not all of it.
AT_BEFORE = regex.compile(r"以\s*$")
AT_VALUATION = regex.compile(r"\s*(?:的)?\s*(?:投后|投前)?估值\s*(?:领投|参投|投资|注资|入股|跟投)")
LEADS_BEFORE = regex.compile(r"(?:领投|牵头)(?:了)?\s*$")
# What follows a round's investor (由Parkway Venture Capital领投, 英特尔资本等机构参与): it pays into the
# round, it is not the company that raises it.
INVESTS_AFTER = regex.compile(r"\s*(?:等(?:多家)?(?:机构|投资者|投资方|基金|公司))?"
                              r"\s*(?:联合领投|领投|参投|跟投|牵头|参与)")
RAISE_WORDS: tuple[str, ...] = ("融资", "募资", "募集", "筹资", "轮", "集资", "募股", "筹集")
# Investors putting money into the subject of an IPO or a placing (基石投资者合计认购3.5亿美元).
SUBSCRIBE_WORDS: tuple[str, ...] = ("认购", "发售", "配售", "基石投资")
# A sentence opening with a capitalised Latin name followed by Chinese (TML虽未…, xAI估值…).
LATIN_OPENING = regex.compile(r"\s*(?P<name>[A-Z][A-Za-z0-9.\-]{1,24}(?: [A-Z][A-Za-z0-9.\-]+){0,2})(?=\s*\p{Han})")
NOT_SUBJECTS: frozenset[str] = frozenset({"ceo", "cfo", "cto", "ai", "ipo", "gpu", "app", "eps", "hr"})
# A name, an optional time phrase and a value word: the subject of a company figure the
# entity search did not know (甲骨文市值一夜暴涨, 腾讯2024年净利润).
SUBJECT_BEFORE_VALUE = regex.compile(
    r"(?P<name>[\p{Han}A-Za-z·]{2,12}?)(?:的|之)?(?:\d{4}年(?:度|全年)?|今年|去年|全年|上半年|下半年|第.季度)?"
    r"(?:的)?(?:估值|市值|营收|营业收入|净利润|净利|纯利|纯益|利润|盈利|销售额|营业额|身家|净资产)")

# People paid as a group the article names by role (顶尖AI人才, 一线柜员, 主板企业独董): the
# noun phrase ending in one of these is the payee when the clause names no one else.
GROUP_HEADS: tuple[str, ...] = (
    "研究人员", "研究员", "工程师", "科学家", "人才", "员工", "应届生", "校招生", "毕业生", "研究生", "博士生",
    "独董", "高管", "柜员", "球员", "程序员", "员工们", "专家", "从业者", "打工人",
)
GROUP_PHRASE = regex.compile(
    r"(?P<phrase>(?:[\p{Han}A-Za-z]{0,6}?)(?:" + "|".join(sorted(GROUP_HEADS, key=len, reverse=True)) + r"))")
# Words that end a group phrase's modifiers on the left (给/向/的...: the phrase starts after them).
GROUP_LEFT_STOPS = regex.compile(
    r".*(?:[\d年月日号了过着加和与及或是为在对向给被把让的、万千百亿元名位个]|招募|吸引|挖走|挖|招揽|聘请|授予|获得|各路|这些|那些|其他|每人|平均"
    r"|鼓励|奖励|犒赏|激励)")  # 加碼3億元鼓勵員工: the staff, not "億元鼓勵員工"
# A group phrase that is only this names the paying organisation's own staff (台积电…员工分红).
BARE_STAFF: frozenset[str] = frozenset({"员工", "员工们", "全体员工", "职员", "雇员"})
# A name followed by one of these is the speaker (奥尔特曼还在一档节目中评价道), not the payee.
# A reporter's title right before a name (邁阿密先驅報記者考夫曼): who writes the story, never its subject.
REPORTER_BEFORE = regex.compile(r"(?:记者|特派员|编辑|撰稿人|专栏作家|主持人)\s*$")
# a person whose reporting the text cites (據ESPN的傑夫·帕桑(Jeff Passan)報導): a reporter too
REPORTS_AFTER = regex.compile(r"\s*(?:[（(][^（）()]{1,30}[）)])?\s*(?:的)?(?:报道|报导|撰文|专栏)")
SPEAKS = regex.compile(r"(?:\s*[（(][^）)]{1,40}[）)])?"  # 考夫曼(Michelle Kaufman)報導: past the gloss
                       r"[^，。；]{0,12}?(?:表示|评价|称|说|透露|指出|认为|回忆|坦言|提到|回应|报道|报导)")

# Between two names, words that make the second the first's description (OpenAI的竞争对手
# Anthropic, 谷歌旗下的Waymo, 软银的子公司): the second is the one meant.
APPOSITIVE = regex.compile(
    r"\s*(?:的|之)?\s*(?:竞争对手|对手|劲敌|子公司|母公司|旗下(?:的)?(?:公司)?|兄弟公司|合作伙伴)\s*")
# Words that bring in a party other than the one before (但之後卻被另一間電影公司開出更高價錢):
# a figure after them does not continue the last figure's payer.
ANOTHER_PARTY = regex.compile(r"另一(?:间|家|个|位|名|方)|另外一|其他(?:公司|买家|竞购者)|竞争对手")
# Words joining two parties into one (財政部和證監會, 財政部及中證監會): neither alone is the party.
JOINED = regex.compile(r"\s*(?:和|及|与|、|以及|跟)\s*")
# Company money two organisations pay together (claims.build._joint_payer), and what may stand
# between their names: a joining word, after the first name's bracketed gloss (微軟（Microsoft）與輝達).
JOINT_KINDS: frozenset[str] = frozenset({"investment", "acquisition", "deal", "spending"})
JOINT_PAYERS = regex.compile(r"\s*[)）]?\s*(?:和|及|与|、|以及|跟|同)\s*")
# A clause that opens with its own subject and 则/也 (輝達將投資100億美元，微軟則投資50億美元):
# that subject pays the clause's figure; what receives it continues from the figure before.
CLAUSE_SUBJECT = regex.compile(r"\s*(?:而|但|另外|同时|此外)?\s*")
THEN = regex.compile(r"\s*(?:则|也|亦|另|则将|也将|亦将)")
# X 向 Y <verb> amount: X pays, Y receives.
TOWARD_WORDS: tuple[str, ...] = ("向", "给", "为")
# Kinds paid to people: the poached-from pattern names the group that receives.
PAY_KINDS: frozenset[str] = frozenset({"signing_bonus", "annual_pay", "pay_package", "bonus", "equity"})
# "from ORG" moves: 从OpenAI跳至MSL, 前OpenAI员工 -> payee "ORG staff".  Tried in order:
# a move away from an org outranks a mere "ORG员工".
POACHED_FROM: tuple[str, ...] = (r"从{org}(?:跳|挖|转投|来)", r"前{org}(?:员工|研究员|工程师)",
                                 r"{org}(?:内部)?(?:员工|研究员|工程师|团队成员)")

# Attribution: a source then a speech verb, or 据/根据/援引 then a source.
# Not 宣布/公布: a company announcing its own figure states it.
SPEECH_VERBS: tuple[str, ...] = (
    "报道", "报导", "透露", "表示", "提到", "称", "说", "确认", "援引", "指出", "认为", "写道", "爆出",
    "爆料", "回忆", "声称", "宣称", "笑了", "回应", "证实", "披露", "否认", "曝光", "显示",
    "评价", "驳斥", "坦言", "强调", "预计", "预估", "估计",
)
# A forecast an organisation makes of its own figures is stated, not attributed (claims.build).
FORECAST_VERBS: frozenset[str] = frozenset({"预计", "预估", "估计"})
SOURCE_LEADS: tuple[str, ...] = ("据", "根据", "援引", "引述", "来自")
# 据悉, 据了解, 据称: "it is learnt" — no source is named (the stance may still be rumored).
NO_SOURCE = regex.compile(r"据(?:悉|了解|称|介绍|说|传|报道称)")
# 据 inside a word leads to no source: 依据《网络安全法》 gives a legal basis, 《数据安全法》 is
# a law, 证据 evidence (OUTLET_LEAD's own 根据X的数据 is read before these are blanked).
NOT_A_LEAD = regex.compile(r"(?<=[依数证占单票])据")
# 据X报道 / 根据X报导: X is the source, whoever X cites (X援引消息人士 is X's subject form,
# read by the speech verbs).
OUTLET_LEAD = regex.compile(r"(?<!\w)(?:据|根据)(?P<outlet>[^，。；,]{2,16}?)(?:的)?"
                            r"(?:报道|报导|披露|援引|引述|说法|数据|统计)")  # 根据 PitchBook 的数据
SOURCE_NOUNS: tuple[str, ...] = (
    "消息人士", "知情人士", "内部人士", "内部消息源", "消息源", "网友", "分析师", "美媒", "外媒", "港媒", "台媒",
    "媒体", "博主", "部落格", "播客",
    "华尔街日报", "彭博", "wired", "bloomberg", "the information", "fortune", "techcrunch", "wsj",
)
# Words a 据/根据 … 报道 lead may hold that name no source (根据先前报导).
NOT_SOURCES: frozenset[str] = frozenset({"先前", "此前", "以往", "早前", "最新", "相关", "公开", "以上", "上述"})
# Documents that state a figure (招股书显示): the source only when no one is named.
SOURCE_DOCUMENTS: tuple[str, ...] = ("招股书", "年报", "财报", "报告", "公告", "文件")

# Stance cues, strongest first.  "comparison" = the figures are talked about as numbers.
DENIAL_CUES: tuple[str, ...] = (
    "否认", "辟谣", "不实", "并非", "不是真的", "说得好像", "似的", "从未", "并没有", "天方夜谭", "假消息",
    "驳斥", "假的", "纯属虚构",
)
# A denial word negated is an affirmation: 这似乎并非天方夜谭 (it is no fantasy) denies nothing.
# 类似的 holds 似的 (说得好像…似的) without denying anything.
NOT_DENIALS = regex.compile(r"(?:并非|绝非|不是|并不是)(?:天方夜谭|不实|假的|空穴来风|不可能)|(?:类|相|近|恰|好)似的")
RUMOR_CUES: tuple[str, ...] = ("传言", "据传", "传闻", "网传", "谣传", "据称", "有消息称", "坊间", "惊传", "市传")
HYPOTHETICAL_CUES: tuple[str, ...] = (
    "如果", "假如", "假设", "好比", "这个整数", "整数", "可能是", "或许是", "愿意支付",
)
# A speaker's expectation of the future (他預期…將突破2000億美元, 他認為川普政府將讓台積電…超過2000億美元):
# what may come, not a figure of now (not 本季營收預期將達780億美元, a company's own guidance).
FORECAST = regex.compile(r"(?:(?:他|她|我|我们|他们)(?:预期|预计|估计)|认为|相信)"
                         "[^" + STOPS + "]{0,30}(?:将|会)[^" + STOPS + "]{0,20}$")
# A figure quoted to compare with the subject's (someone else's pay, another company's round):
# a cue in the figure's own clause, or 超过/高于 X 的 right before it. 相比去年 is a change
# over time, not a comparison with someone else.
COMPARISON = regex.compile(
    r"(?:相比|相较|对比|比较|堪比|望尘莫及|不及|远高于|远远高于|远超|远远超过)(?!去年|上年|前年|同期|上季|上月)")
# The record a figure breaks is another's figure (打破由…拉特所創下的2200萬美元紀錄): before the
# figure 打破 in its clause, after it the record word.
RECORD_BROKEN_BEFORE = regex.compile(r"(?:打破|刷新|超越|超过|追平)(?:了)?[^，," + STOPS + "]{0,50}$")
# (…刷新楚奧特的12年4.265億美元大聯盟史上最大合約: the record is named by 史上最大 after it too)
RECORD_AFTER = regex.compile(r"\s*(?:的)?(?:转会费|年薪|身价|薪酬|估值)?\s*(?:纪录|记录)"
                             r"|[^，," + STOPS + r"\d]{0,8}?(?:史上|历史上?)最(?:大|高|贵|多)"
                             # (追平了切尔西年初斥资1.05亿英镑从本菲卡买下恩佐时创下的转会纪录: the deal that set it)
                             r"|[^，," + STOPS + r"\d]{0,30}?(?:时|时候)?(?:所)?(?:创下|创造|缔造|保持)的"
                             r"[^，," + STOPS + r"\d]{0,4}?(?:纪录|记录)")
# The record named first, its figure in brackets (打破杰克·格拉利什加盟曼城时的纪录(1亿英镑)).
RECORD_THEN_FIGURE = regex.compile(r"(?:纪录|记录)\s*[（(]\s*$")
# An example given for comparison opens its sentence (例如，OpenAI于10月完成66亿美元融资).
EXAMPLE_OPENING = regex.compile(r"\s*(?:例如|比如|譬如|相比之下|对比之下|举例来说)")
# A clause that opens by beating or falling short of another's figure (超过Netflix以每股27.75美元…):
# the figure in it is the other's, quoted to compare.
# (仅次于微软以690亿美元收购动视暴雪: the record second only to, another deal's figure)
BEATS_OPENING = regex.compile(r"\s*(?:也|更|还|并|则)?\s*(?:一举)?(?:超过了|超过|超越|高于|低于|远超|不及|胜过|仅次于)"
                              # 超过100亿: a bound, no comparison (a year may follow: 超越2021-2022赛季以…)
                              r"(?:(?=(?:19|20)\d{2}\s*[年\-–—])|(?![\d一二三四五六七八九十百千万亿半两]))")
COMPARED_WITH = regex.compile(r"(?:超过|超越|高于|低于|不及|远超|赶超|甚至超过)[^，。；]{1,10}的$")
# A figure directly compared with another figure ("100万美元"比"80万美元"...) is an example.
COMPARISON_AFTER = r"^[”\"」』']?(?:这个|这个整数|这个数字)?比"
COMPARISON_BEFORE = r"比[“\"「『']?$"

# What may stand between an organisation and its person for the organisation to be the
# person's employer (苹果CEO库克, 台积电董事长魏哲家, Meta首席AI官).
_TITLE = (r"(?:前|现任|新任)?(?:首席\w{0,4}官|ceo|cto|cfo|coo|总裁|副总裁|董事长|董事会主席|创始人|联合创始人|联创|"
          r"研究员|工程师|科学家|负责人|高管|总经理|主席|执行长|行政总裁|员工|核心|球星|主帅|主教练|球员)")
# 苹果CEO库克, 京东集团创始人刘强东, JS环球生活董事长兼CEO王旭宁, 极兔速递创始人、董事会主席李杰
TITLE_BETWEEN = regex.compile(r"[)）\s]*(?:的)?(?:" + _TITLE + r"(?:\s*(?:兼|、|及)\s*" + _TITLE + r"){0,2})?\s*")

# Between a figure and its restatement: a bracket or a conversion word, nothing else.
_RATE_NOTE = r"(?:现汇率|按当前汇率计算|按汇率计算|按现汇率)?\s*"
_CONVERT = r"(?:约合|折合|相当于|换算成|即|约|合|大约)"
RESTATEMENT_BETWEEN = regex.compile(
    r"\s*(?:[(（]\s*" + _RATE_NOTE + _CONVERT + r"?|,?\s*" + _RATE_NOTE + _CONVERT + r")\s*"
    r"(?:人民币|新台币|港元|港币|美元|台币)?\s*")
# How far a restatement in another currency may stray from its anchor at the month's rates
# before it is worth a note (rounding to 2-3 digits and a rate a few weeks apart).
RESTATEMENT_SLACK = Decimal("0.06")
CONVERSION_WORDS: tuple[str, ...] = ("约合", "折合", "相当于", "换算成", "合计约")
# What a restatement takes from the figure it restates (its own value and currency it keeps).
RESTATEMENT_KEEPS: tuple[str, ...] = ("kind", "payer", "payee", "scope", "attributed_to", "stance", "parties_from")

# The period a kind has when the text states none: a signing bonus, a deal's price, a valuation
# are paid or stand once; an annual pay is per year by name.
DEFAULT_PERIODS: dict[str, str] = {
    "signing_bonus": "one_time", "investment": "one_time", "acquisition": "one_time",
    "valuation": "one_time", "net_worth": "one_time", "annual_pay": "per_year", "fine": "one_time",
    "other": "one_time",  # a price, a dividend, an IPO's demand: a figure of one moment (81 of 84 in dev)
}
# Kinds paid once by nature (a transfer fee, a fine): a period in another clause of the
# sentence is the contract's or the case's, not theirs.
PRICE_KINDS: frozenset[str] = frozenset({"acquisition", "fine"})
# Company totals and bonus pools that are a year's when the sentence names the year.
YEARLY_KINDS: frozenset[str] = frozenset({"revenue", "profit", "bonus", "spending"})
# Staff selling their shares (員工售66億美元股票, 员工…出售了价值66亿美元的股票): the buyers pay
# the staff for shares, a sale, not an equity award nor an acquisition.
STAFF_SALE = regex.compile(r"出售|售出|沽出|转售|套现|抛售|售")
SALE_KINDS = frozenset({"equity", "acquisition", "deal"})
# Pay words that, said of a year (2024年的薪酬, 2025財年總薪酬, 去年薪酬), are a year's pay:
# annual_pay, not an offer's package; offer words keep a package (Meta开出的薪酬).
YEAR_PAY_WORDS = regex.compile(r"总薪酬|薪酬总额|薪酬|薪资|薪金|薪水|酬劳|酬金|报酬|年度收入")
OFFER_WORDS = regex.compile(r"薪酬包|薪酬方案|方案|offer|报价|开出|提供|开价|挖角|挖走|邀约|签约|合同|承诺")
# An article on disclosed pay (annual reports, an exchange's pay statistics): the pay it quotes
# is each year's (小米年报…5名最高薪酬人士的酬金总额为102.18亿元; 证交所公布…董事酬金统计)
DISCLOSURES = regex.compile(r"年报|年度报告|周年大会通告|股东大会通告|委托书|代理声明|薪资资讯|薪资排行|"
                            r"酬金统计|薪酬统计|薪酬榜|薪酬排行|薪酬调查|薪酬报告|董事酬金|董事酬劳|董监事酬金")
# Pay named as the year's (年度薪酬保证为2040万美元, 年总薪酬为370万美元): annual pay, offer or not;
# not the first year's (首年總薪酬超過一億美元)
ANNUAL_PAY_WORDS = regex.compile(r"(?<![首第一])(?:年度(?:总)?(?:薪酬|报酬|酬金|薪资|收入)|年总(?:薪酬|报酬|收入))")
YEAR_REFERENCE = regex.compile(
    r"\d{4}\s*年|\d{4}(?=员工|年度|财年|全年)|(?:19|20)\d{2}$|去年|今年|全年|年度|财年|旧年|上年|fy\d{2,4}")

# A figure right after these is a change, not a level (增加63.44万元, 涨了7万, 暴涨了2500亿美元);
# 增至 / 涨到 give the new level and are not listed.
CHANGE_BEFORE = regex.compile(
    r"(?:增加|增长|减少|下降|下滑|上涨|上升|上调|下调|多出|少了|暴涨|大涨|大增|猛增|缩水|蒸发|加薪|减薪"
    r"|(?<![至最不许很诸])(?:增|降|涨|跌|多|少))了?"
    r"(?:约|近|超|逾|超过|接近|高达)?$")

# Words of a tranche added to an investment (台積電將對美國再投資1000億美元, 新增對美1000億美元的投資): a change
# of the total, not the total.
ADDED_INVESTMENT = regex.compile(r"再投资|追加|加码|新增|额外")
# Several companies, unnamed, as a clause's subject (多家晶片公司承諾…投資): no one of them pays it all.
UNNAMED_FIRMS = regex.compile(r"(?:多家|多间|数家|几家|众多|一些|各大|许多)[^，,。；]{0,4}(?:公司|企业|厂商|业者|厂)")
# A figure between 以 and a verb of beating is a margin, not a level (被山本以100萬美元超越).
MARGIN_BEFORE = regex.compile(r"以$")
MARGIN_AFTER = regex.compile(r"(?:之差|的差距|的优势|超越|超过|击败|领先|险胜)")

SENTENCE_END = "。！？!?\n"
CLAUSE_END = "。！？!?\n，,；;：:"
