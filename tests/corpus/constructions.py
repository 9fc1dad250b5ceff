"""Constructions of real-news money that issue 11 added rules for, one group per construction.

Each group is a list of running-text cases in the probe format
``(text, [(span, min, max, currency[, {attribute: value}]), ...])``: every mention
``extract_money`` returns must be listed (an empty list: nothing there is money).  The
negative cases beside each group are the look-alikes the rule must leave alone.  Written
as rules of the language (the word tables in ``parsers/lexicon.py``), not for particular
sentences; the sentences are news-style, written for this file.
"""

N = None

# A figure counted in a minor unit (lexicon MINOR_UNITS): 美分 and 港仙 anywhere, 分/角/毛/仙
# only right after a price cue (PRICE_CUES).
MINOR_UNITS = [
    ("公司宣布每股派息15美分。", [("15美分", "0.15", "0.15", "USD")]),
    ("该股收报48美分，较前日下跌3美分。", [("48美分", "0.48", "0.48", "USD"), ("3美分", "0.03", "0.03", "USD")]),
    ("每股派息12.3港仙，全年共派25仙。", [("12.3港仙", "0.123", "0.123", "HKD"), ("25仙", "0.25", "0.25", "HKD")]),
    ("董事會建議派末期息每股8港仙。", [("8港仙", "0.08", "0.08", "HKD")]),
    ("每股派末期息12仙，連同中期息共派20仙。", [("12仙", "0.12", "0.12", "HKD"), ("20仙", "0.2", "0.2", "HKD")]),
    ("地铁票价加价5角，单程票价2元5角。", [("5角", "0.5", "0.5", "CNY"), ("2元5角", "2.5", "2.5", "CNY")]),
    ("公司每股派发股息3毛。", [("3毛", "0.3", "0.3", "CNY")]),
    ("每股派息为5分，每股盈利1.2元。", [("5分", "0.05", "0.05", "CNY"), ("1.2元", "1.2", "1.2", "CNY")]),
    ("每股派息约0.5至0.8角。", [("约0.5至0.8角", "0.05", "0.08", "CNY", {"approx": True})]),
    ("油价每升降价1毛5。", [("1毛5", "0.15", "0.15", "CNY")]),
    ("每股派息約10至15美分。", [("約10至15美分", "0.1", "0.15", "USD")]),
]
MINOR_UNITS_NOT_MONEY = [
    ("他在考试中得了90分，排名第三。", []),
    ("五角大楼宣布，三毛的作品再版。", []),
    ("他在每股收益上得了90分。", []),
    ("票价调整后，比赛进行了10分钟。", []),
    ("每股派息占利润的三分之一。", []),
    ("他修炼成仙，活了500年。", []),
]

# A figure split by layout (grammar SP): spaces or a line break between figure and unit.
LAYOUT = [
    ("公司营收3.6\n亿元，同比增长12%。", [("3.6\n亿元", "3.6e8", "3.6e8", "CNY")]),
    ("净利润143 亿美元。", [("143 亿美元", "143e8", "143e8", "USD")]),
    ("净利润143  亿美元，", [("143  亿美元", "143e8", "143e8", "USD")]),
    ("收购价为250\n美元每股。", [("250\n美元", "250", "250", "USD")]),
    ("市值约1.2\n万亿美元，", [("约1.2\n万亿美元", "1.2e12", "1.2e12", "USD")]),
    ("估值达到 1,066 亿元 人民币。", [("1,066 亿元 人民币", "1066e8", "1066e8", "CNY")]),
]
LAYOUT_NOT_MONEY = [
    ("本届大会于2025\n元旦开幕。", []),
    ("共有36\n名员工参加。", []),
]

# Pay shorthand and slang: 2万8 (a trailing digit is the next place down), w/k next to any pay
# word (SALARY_CUES), 刀 = USD after a large unit or next to a money word, X出头.
SHORTHAND = [
    ("他的月薪2万8，年终奖另算。", [("2万8", "28000", "28000", "CNY")]),
    ("月薪1万2，年薪20w。", [("1万2", "12000", "12000", "CNY"), ("20w", "2e5", "2e5", "CNY")]),
    ("签字费20W，年终奖30w，期权50W。", [("20W", "2e5", "2e5", "CNY"), ("30w", "3e5", "3e5", "CNY"),
                                        ("50W", "5e5", "5e5", "CNY")]),
    ("顶尖研究员的年包80万刀以上。", [("80万刀以上", "8e5", N, "USD")]),
    ("年薪300万刀，签字费100万刀。", [("300万刀", "3e6", "3e6", "USD"), ("100万刀", "1e6", "1e6", "USD")]),
    ("他年薪4千多万。", [("4千多万", "4e7", "5e7", "CNY", {"approx": True})]),
    ("应届生起薪五万出头。", [("五万出头", "5e4", "6e4", "CNY", {"approx": True, "max_inclusive": False})]),
    ("年薪从30万到50万不等。", [("从30万到50万", "3e5", "5e5", "CNY")]),
    ("奖金为5000元至2万元不等。", [("5000元至2万元", "5000", "2e4", "CNY")]),
]
SHORTHAND_NOT_MONEY = [
    ("他被砍了3刀，伤势严重。", []),
    ("他三十出头，已有5万3千名粉丝。", []),
    ("版本号是2w，共有20w人在线。", []),
]

# Scale and currency with no digit: 万亿/兆 with a currency word is the figure 1e12; a bare
# power before a level word (LEVEL_WORDS) is the band [P, 10P), approx.
LEVELS = [
    ("英伟达市值有望达到万亿美元。", [("万亿美元", "1e12", "1e12", "USD")]),
    ("市值有望突破万亿美元。", [("突破万亿美元", "1e12", N, "USD")]),
    ("這項計畫的產值上看兆元。", [("兆元", "1e12", "1e12", "CNY")]),
    ("他拿到亿元年薪。", [("亿元", "1e8", "1e9", "CNY", {"approx": True, "max_inclusive": False})]),
    ("千万年薪的人也不少。", [("千万", "1e7", "1e8", "CNY", {"approx": True})]),
    ("百万年薪的工程师越来越多。", [("百万", "1e6", "1e7", "CNY")]),
    ("AI领域又有一笔百亿级的收购。", [("百亿", "1e10", "1e11", "CNY")]),
    ("他拿到1亿元年薪。", [("1亿元", "1e8", "1e8", "CNY")]),
]
LEVELS_NOT_MONEY = [
    ("百亿级参数的模型，千万级用户，万亿级市场。", []),
    ("他是亿万富翁。", []),
    ("这是一个万亿参数的模型。", []),
]

# The currency of a figure with no currency word (parsers/currency.py): a conversion phrase
# before it, else the nearest stated currency in its sentence (before or after, but not a
# restatement after it), else the nearest earlier figure; a list after a stated figure keeps it.
BARE_CURRENCY = [
    ("Meta开出1亿美元。\n工程师月薪中位数3.8万，资深专家年薪150万人民币。",
     [("1亿美元", "1e8", "1e8", "USD"), ("3.8万", "3.8e4", "3.8e4", "CNY", {"currency_implied": True}),
      ("150万人民币", "1.5e6", "1.5e6", "CNY")]),
    ("他的年薪为100万，折合美元不足20万。",
     [("100万", "1e6", "1e6", "CNY"), ("不足20万", "0", "2e5", "USD", {"max_inclusive": False})]),
    ("OpenAI开出1亿美元。另一家公司的薪酬约合人民币不到500万。",
     [("1亿美元", "1e8", "1e8", "USD"), ("约合人民币不到500万", "0", "5e6", "CNY")]),
    ("獎金由300萬元減至80萬。", [("300萬元", "3e6", "3e6", "CNY"), ("80萬", "8e5", "8e5", "CNY")]),
    ("他年薪3000多万美元，另一位也就6000多万。",
     [("3000多万美元", "3e7", "4e7", "USD"), ("6000多万", "6e7", "7e7", "USD")]),
    ("该公司去年营收为80亿美元，今年预计增至100亿。", [("80亿美元", "8e9", "8e9", "USD"), ("100亿", "1e10", "1e10", "USD")]),
    ("Meta开出1亿美元。\n他年薪100万，相当于14万美元。",
     [("1亿美元", "1e8", "1e8", "USD"), ("100万", "1e6", "1e6", "CNY"), ("14万美元", "1.4e5", "1.4e5", "USD")]),
    ("他月薪3.8万（约5000美元）。", [("3.8万", "3.8e4", "3.8e4", "CNY"), ("约5000美元", "5000", "5000", "USD")]),
    ("软银投资了300亿美元。\n孙正义的年薪为2亿日元，奖金5000万。",
     [("300亿美元", "3e10", "3e10", "USD"), ("2亿日元", "2e8", "2e8", "JPY"), ("5000万", "5e7", "5e7", "JPY")]),
]
BARE_CURRENCY_NOT_MONEY = [
    ("营收300亿元，月活用户达2.3亿，下载量2000万。", [("300亿元", "3e10", "3e10", "CNY")]),
    ("日本向每户发放7万日圆补助，涉及约1,500万户。", [("7万日圆", "7e4", "7e4", "JPY")]),
    ("公司估值300亿美元，员工超过2万。", [("300亿美元", "3e10", "3e10", "USD")]),
    ("融资10亿美元后，其用户数突破3亿。", [("10亿美元", "1e9", "1e9", "USD")]),
]

# Which yuan a bare 元 means, from the whole document (lexicon LOCALE_CUES, currency.py).
LOCALE = [
    ("該港股地產商去年盈利為85億元，每股盈利3.2元。", [("85億元", "85e8", "85e8", "HKD"), ("3.2元", "3.2", "3.2", "HKD")]),
    ("台積電去年營收約2.9兆元。", [("約2.9兆元", "2.9e12", "2.9e12", "TWD")]),
    ("立法會今日通過撥款50億元，用於興建醫院。", [("50億元", "50e8", "50e8", "HKD")]),
    ("金管會宣布，對該銀行罰款1,200萬元。", [("1,200萬元", "1200e4", "1200e4", "TWD")]),
    ("鴻海去年營收6.16兆元，年增11%。", [("6.16兆元", "6.16e12", "6.16e12", "TWD")]),
    ("長實去年股東應佔溢利175億元。", [("175億元", "175e8", "175e8", "HKD")]),
    ("該公司收入3.2億港元。\n去年盈利為5,000萬元。", [("3.2億港元", "3.2e8", "3.2e8", "HKD"), ("5,000萬元", "5000e4", "5000e4", "HKD")]),
    ("香港上市公司的本港獨董年均薪酬為269,697元，有人年薪只有6000元人民幣。",
     [("269,697元", "269697", "269697", "HKD"), ("6000元人民幣", "6000", "6000", "CNY")]),
]
LOCALE_NOT_MONEY = [  # the default holds: no cue, or a tie with the mainland's
    ("北京某公司去年营收300亿元。", [("300亿元", "3e10", "3e10", "CNY")]),
    ("香港一名男子在深圳花了30万元买房。", [("30万元", "3e5", "3e5", "CNY")]),
    ("該公司去年營收為80億元。", [("80億元", "80e8", "80e8", "CNY")]),
]
