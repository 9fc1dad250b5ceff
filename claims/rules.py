"""Keyword tables that turn a money mention into a claim.  Data only.

All words are simplified Chinese (matching runs on OpenCC-normalised text)
or lower-case Latin.  ``tests/test_claims_build.py`` holds the examples that
are each table's tests.
"""

from __future__ import annotations

# kind -> cue words, in priority order for ties (the cue nearest the figure wins).
KIND_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("signing_bonus", ("签约奖金", "签约金", "签字费", "签约费", "入职奖金", "signing bonus")),
    ("equity", ("股票价值", "股票", "期权", "rsu", "限制性股票")),
    ("annual_pay", ("年薪", "年包", "年收入")),
    ("bonus", ("奖金", "年终奖", "分红", "留任奖")),
    ("pay_package", ("薪酬包", "薪酬方案", "薪酬", "薪资", "薪水", "高薪", "报价", "offer", "合同", "合约",
                     "待遇", "收入", "到手", "工资", "月薪", "挖人", "挖角", "现金")),
    ("valuation", ("估值", "市值")),
    ("net_worth", ("个人资产", "身家", "净资产", "财富", "资产")),
    ("investment", ("投资", "注资", "入股", "领投", "融资")),
    ("deal", ("协议", "交易", "收购", "合作", "订单", "合同金额")),
    ("revenue", ("营收", "营业收入", "利润", "净利")),
    ("spending", ("支出", "开支", "花费", "耗费", "花了", "投入", "重组", "建设", "基础设施", "资本开支", "补位")),
)

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
MEDIA: frozenset[str] = frozenset({"wired", "bloomberg", "wsj", "fortune", "techcrunch", "the-information"})

# Spending verbs that make an investment when they go toward an organisation (向Scale AI豪掷).
INVEST_VERBS: tuple[str, ...] = ("豪掷", "斥资", "砸", "投入", "出资", "注资", "投资")
# Kinds whose value belongs to a subject named just before the cue (Scale AI的估值).
SUBJECT_KINDS: frozenset[str] = frozenset({"valuation", "net_worth", "revenue"})

# X 向 Y <verb> amount: X pays, Y receives.
TOWARD_WORDS: tuple[str, ...] = ("向", "给", "为")
# Kinds paid to people: the poached-from pattern names the group that receives.
PAY_KINDS: frozenset[str] = frozenset({"signing_bonus", "annual_pay", "pay_package", "bonus", "equity"})
# "from ORG" moves: 从OpenAI跳至MSL, 前OpenAI员工 -> payee "ORG staff".  Tried in order:
# a move away from an org outranks a mere "ORG员工".
POACHED_FROM: tuple[str, ...] = (r"从{org}(?:跳|挖|转投|来)", r"前{org}(?:员工|研究员|工程师)",
                                 r"{org}(?:内部)?(?:员工|研究员|工程师|团队成员)")

# Attribution: a source then a speech verb, or 据/根据/援引 then a source.
SPEECH_VERBS: tuple[str, ...] = (
    "报道", "报导", "透露", "表示", "提到", "称", "说", "确认", "援引", "指出", "认为", "写道", "爆出",
    "爆料", "回忆", "声称", "宣称", "笑了", "回应", "证实", "披露", "否认",
)
SOURCE_LEADS: tuple[str, ...] = ("据", "根据", "援引", "引述", "来自")
SOURCE_NOUNS: tuple[str, ...] = (
    "消息人士", "知情人士", "内部人士", "内部消息源", "消息源", "网友", "分析师", "媒体", "博主", "部落格", "播客",
    "华尔街日报", "彭博", "wired", "bloomberg", "the information", "fortune", "techcrunch", "wsj",
)

# Stance cues, strongest first.  "comparison" = the figures are talked about as numbers.
DENIAL_CUES: tuple[str, ...] = (
    "否认", "辟谣", "不实", "并非", "不是真的", "说得好像", "似的", "从未", "并没有", "天方夜谭", "假消息",
)
RUMOR_CUES: tuple[str, ...] = ("传言", "据传", "传闻", "网传", "谣传", "据称", "有消息称", "坊间")
HYPOTHETICAL_CUES: tuple[str, ...] = (
    "如果", "假如", "假设", "例如", "比如", "譬如", "好比", "这个整数", "整数", "可能是", "或许是", "愿意支付",
)
# A figure directly compared with another figure ("100万美元"比"80万美元"...) is an example.
COMPARISON_AFTER = r"^[”\"」』']?(?:这个|这个整数|这个数字)?比"
COMPARISON_BEFORE = r"比[“\"「『']?$"

SENTENCE_END = "。！？!?\n"
CLAUSE_END = "。！？!?\n，,；;：:"
