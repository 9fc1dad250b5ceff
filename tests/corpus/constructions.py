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
    # 美仙 is Hong Kong's US cent; a minor unit before the currency's name is that currency's
    ("匯豐控股宣布派第三次中期股息每股10美仙。", [("10美仙", "0.1", "0.1", "USD")]),
    ("派付末期股息每股已发行普通股81.46 分人民币。", [("81.46 分人民币", "0.8146", "0.8146", "CNY")]),
    ("每股派息3角人民币。", [("3角人民币", "0.3", "0.3", "CNY")]),
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
LAYOUT_SPACED_INSIDE = [  # a space after a large unit inside one figure (a smaller unit ends the next section)
    ("全年營收約為新台幣 3 兆 8,090 億元，稅後淨利約 1 兆 7,178 億元。",
     [("約為新台幣 3 兆 8,090 億元", "38090e8", "38090e8", "TWD"), ("約 1 兆 7,178 億元", "17178e8", "17178e8", "TWD")]),
    ("营收3亿 5000万美元。", [("3亿 5000万美元", "3.5e8", "3.5e8", "USD")]),
]
LAYOUT_SPACED_INSIDE_NOT_MONEY = [  # the same unit again, or a larger one, is a second figure
    ("营收3亿 5亿美元。", [("3亿", "3e8", "3e8", "USD"), ("5亿美元", "5e8", "5e8", "USD")]),
    ("营收3亿元 2025年增长。", [("3亿元", "3e8", "3e8", "CNY")]),
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
    # (上看 'may reach': the point; Taiwan's word, so its yuan: LOCALE_CUES)
    ("這項計畫的產值上看兆元。", [("上看兆元", "1e12", "1e12", "TWD")]),
    ("他拿到亿元年薪。", [("亿元", "1e8", "1e9", "CNY", {"approx": True, "max_inclusive": False})]),
    ("千万年薪的人也不少。", [("千万", "1e7", "1e8", "CNY", {"approx": True})]),
    ("百万年薪的工程师越来越多。", [("百万", "1e6", "1e7", "CNY")]),
    ("AI领域又有一笔百亿级的收购。", [("百亿级", "1e10", "1e11", "CNY")]),
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
     [("100万", "1e6", "1e6", "CNY"), ("折合美元不足20万", "0", "2e5", "USD", {"max_inclusive": False})]),
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

# The object of a comparison verb (Hedge.compares: 超过, 高于, 低于...) is a point when words stand between them
# (超过同期净利润120亿元, 高于去年约200万: the compared figure, exact); only COMPARISON_FILLERS (了) or
# adjectives before 的 keep the verb as the figure's bound.
COMPARISONS = [
    ("研发投入180亿元，超过同期净利润120亿元。",
     [("180亿元", "180e8", "180e8", "CNY"), ("120亿元", "120e8", "120e8", "CNY")]),
    ("員工分紅共計264.28萬元，遠高於去年約200.84萬元。",
     [("264.28萬元", "264.28e4", "264.28e4", "CNY"), ("約200.84萬元", "200.84e4", "200.84e4", "CNY", {"approx": True})]),
    ("该行净利润低于市场预期的10万亿韩元。", [("10万亿韩元", "1e13", "1e13", "KRW")]),
    ("她的身家超过马斯克的3830亿美元。", [("3830亿美元", "3830e8", "3830e8", "USD")]),
    ("今年营收高于上年同期8.6亿元。", [("8.6亿元", "8.6e8", "8.6e8", "CNY")]),
    ("最低的年薪大概40多万，最高55万元。",
     [("大概40多万", "4e5", "5e5", "CNY"), ("最高55万元", "0", "5.5e5", "CNY")]),
]
COMPARISONS_NOT_MONEY = [  # the verb still bounds the figure
    ("融资额超过了10亿美元。", [("超过了10亿美元", "1e9", N, "USD", {"min_inclusive": False})]),
    ("签约奖金超过了惊人的1亿美元。", [("超过了惊人的1亿美元", "1e8", N, "USD")]),
    ("收入低于5000元的员工。", [("低于5000元", "0", "5000", "CNY", {"max_inclusive": False})]),
    ("年薪高于约100万元。", [("高于约100万元", "1e6", N, "CNY")]),
]

# A range that is a change is two figures (lexicon CHANGE_NOUNS, CHANGE_VERBS, CHANGE_RATIO): a change word
# after it, high to low after 从/由, or after a change verb running down or far up; also a range whose ends
# state two currencies.
CHANGES = [
    ("公司实现了从1亿美元到10亿美元的跃升。", [("1亿美元", "1e8", "1e8", "USD"), ("10亿美元", "1e9", "1e9", "USD")]),
    ("营收完成从5000万到3亿元的增长。", [("5000万", "5e7", "5e7", "CNY"), ("3亿元", "3e8", "3e8", "CNY")]),
    ("估值从1到10亿美元的飞跃只用了两年。", [("1", "1e8", "1e8", "USD"), ("10亿美元", "1e9", "1e9", "USD")]),
    ("估值从5亿美元涨到60亿美元。", [("5亿美元", "5e8", "5e8", "USD"), ("60亿美元", "6e9", "6e9", "USD")]),
    ("營收由30億元增至50億元。", [("30億元", "3e9", "3e9", "CNY"), ("50億元", "5e9", "5e9", "CNY")]),
    ("年薪从3万美元到20万元人民币不等。",
     [("3万美元", "3e4", "3e4", "USD"), ("20万元人民币", "2e5", "2e5", "CNY")]),
    ("报价从500万港元至100万美元不等。", [("500万港元", "5e6", "5e6", "HKD"), ("100万美元", "1e6", "1e6", "USD")]),
    ("年薪從1297萬元至292萬元不等。", [("1297萬元", "1297e4", "1297e4", "CNY"), ("292萬元", "292e4", "292e4", "CNY")]),
    ("基本薪酬只略略增加7萬至1,029萬元。", [("7萬", "7e4", "7e4", "CNY"), ("1,029萬元", "1029e4", "1029e4", "CNY")]),
    ("股价上涨2元至15元。", [("2元", "2", "2", "CNY"), ("15元", "15", "15", "CNY")]),
    ("月薪下降5000元至2万元。", [("5000元", "5000", "5000", "CNY"), ("2万元", "2e4", "2e4", "CNY")]),
]
CHANGES_NOT_MONEY = [  # ranges that stay one interval
    ("年薪从30万到50万不等。", [("从30万到50万", "3e5", "5e5", "CNY")]),
    ("预计营收增长3亿至5亿元。", [("3亿至5亿元", "3e8", "5e8", "CNY")]),
    ("该职位年薪从3万美元到5万美元。", [("从3万美元到5万美元", "3e4", "5e4", "USD")]),
    ("项目投资5000万元至1亿元人民币。", [("5000万元至1亿元人民币", "5e7", "1e8", "CNY")]),
    ("年薪在8万至12万英镑之间。", [("8万至12万英镑", "8e4", "12e4", "GBP")]),
]

# A count is not money even next to a money word (lexicon COUNT_NOUNS before the figure; NOT_MONEY_AFTER,
# counters and the counted people with COUNT_MODIFIERS, after it).
COUNTS = [
    ("估值为300亿美元，拥有约1.5亿周活跃用户。", [("300亿美元", "3e10", "3e10", "USD")]),
    ("营收主要来自3亿付费用户，收入120亿元。", [("120亿元", "1.2e10", "1.2e10", "CNY")]),
    ("该游戏收入50亿元，玩家达1亿。", [("50亿元", "5e9", "5e9", "CNY")]),
    ("收入来自1000万份订单，营收同比增长。", []),
    ("公司计划投资采购50万片芯片。", []),
    ("其市值约3.2万亿美元，持有1.2万亿枚。", [("约3.2万亿美元", "3.2e12", "3.2e12", "USD")]),
    ("补贴300万元，受惠市民约200万。", [("300万元", "3e6", "3e6", "CNY")]),
    ("拨款300万元，惠及120万居民。", [("300万元", "3e6", "3e6", "CNY")]),
    ("年薪300万，微博有200万关注者。", [("300万", "3e6", "3e6", "CNY")]),
    ("营收10亿元，订单量超过3000万单。", [("10亿元", "1e9", "1e9", "CNY")]),
]
COUNTS_NOT_MONEY = [  # money words after a counter character stay money (片酬, 本金, 套现, 首付)
    ("他的片酬高达5000万。", [("高达5000万", "5e7", "5e7", "CNY")]),
    ("他拿出5000万本金投资。", [("5000万", "5e7", "5e7", "CNY")]),
    ("大股东减持，合计5亿套现离场。", [("5亿", "5e8", "5e8", "CNY")]),
    ("这套房子需要300万首付。", [("300万", "3e6", "3e6", "CNY")]),
]

# 块 after a figure is the yuan (5万块) and a counter (3块屏幕): a counter when a word follows it that is not
# COUNTER_YUAN_FREE, with no money cue next to the figure.
KUAI = [
    ("他拿到5万块。", [("5万块", "5e4", "5e4", "CNY")]),
    ("月薪5万块，在北京算高的。", [("5万块", "5e4", "5e4", "CNY")]),
    ("花了300块买了一件衣服。", [("300块", "300", "300", "CNY")]),
    ("这3块屏幕花了2万块。", [("2万块", "2e4", "2e4", "CNY")]),
    ("每月给他5000块作为生活费。", [("5000块", "5000", "5000", "CNY")]),
    ("10块钱一斤。", [("10块钱", "10", "10", "CNY")]),
]
KUAI_NOT_MONEY = [
    ("他买了3块屏幕。", []),
    ("10GW的容量相当于400万至500万块GPU。", []),
    ("使用数百万块英伟达 GPU 训练并部署模型。", []),
    ("三块地皮价值20亿元。", [("20亿元", "2e9", "2e9", "CNY")]),
]

# A bare figure continuing a money figure (a chain 从2万涨到3.5万, or a list with the same large unit,
# 聯詠254.2萬、鴻準245.7萬) must end there: a word after it is what it counts (BARE_ITEM_FOLLOWERS).
BARE_LISTS = [
    ("以聯發科薪資270.5萬居冠，其次為聯詠254.2萬、鴻準245.7萬。",
     [("270.5萬", "270.5e4", "270.5e4", "TWD"), ("254.2萬", "254.2e4", "254.2e4", "TWD"),
      ("245.7萬", "245.7e4", "245.7e4", "TWD")]),  # (联发科 makes the document's yuan TWD)
    ("融资超200亿美元，估值5个月内从1830亿翻倍至3500亿美元。",
     [("超200亿美元", "2e10", N, "USD"), ("1830亿", "1830e8", "1830e8", "USD"),
      ("3500亿美元", "3500e8", "3500e8", "USD")]),
    ("年薪超百万甚至达到200-300万之间。", [("超百万", "1e6", N, "CNY"), ("200-300万", "2e6", "3e6", "CNY")]),
    ("月薪从2万涨到3.5万一个月。", [("2万", "2e4", "2e4", "CNY"), ("3.5万", "3.5e4", "3.5e4", "CNY")]),
]
BARE_LISTS_NOT_MONEY = [
    ("政府投入50万元，覆盖30万儿童。", [("50万元", "5e5", "5e5", "CNY")]),
    ("罚款300万元，涉及200万消费者。", [("300万元", "3e6", "3e6", "CNY")]),
    ("投资10亿元，种植1亿棵树。", [("10亿元", "1e9", "1e9", "CNY")]),
]

# Hong Kong pay words as money cues (花红 bonus, 袍金 director's fee, 人工 pay: not in 人工智能), a cue in
# quotation marks, and millions as 百萬 after a space (annual reports).  (Sentences after the-sun.on.cc
# 00408_003 and bastillepost.com 4234823, Hong Kong reports of listed companies' pay.)
HK_PAY_WORDS = [
    ("港鐵前行政總裁的「表現花紅」由450萬大幅縮水至70萬。",
     [("450萬", "450e4", "450e4", "HKD"), ("70萬", "70e4", "70e4", "HKD")]),
    ("港鐵新任行政總裁去年人工就由980萬跳到1140萬。",
     [("980萬", "980e4", "980e4", "HKD"), ("1140萬", "1140e4", "1140e4", "HKD")]),
    ("長和系內同時有兩位管理層獲過億人工。", [("過億", "1e8", N, "HKD")]),
    ("董事袍金為50萬，另有花紅120萬。", [("50萬", "50e4", "50e4", "CNY"), ("120萬", "120e4", "120e4", "CNY")]),
    ("本年度僱員福利開支總額為大約港幣 268 百萬元。", [("大約港幣 268 百萬元", "268e6", "268e6", "HKD")]),
]
HK_PAY_WORDS_NOT_MONEY = [
    ("人工智能领域100万。", []),
    ("该市人工智能企业超过1000家。", []),
    ("共有 268 百万人。", []),
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
LOCALE_RESTATED = [  # a yuan figure restated right after it in the document's yuan is the default yuan
    # (nownews.com/amp/news/2630966, a Taiwan report of mainland pay)
    ("Google 中國的人工智慧職位年薪最高，達 56 萬元 (約 255 萬元新台幣)。",
     [("56 萬元", "56e4", "56e4", "CNY"), ("約 255 萬元新台幣", "255e4", "255e4", "TWD")]),
]
LOCALE_RESTATED_NOT_MONEY = [  # restated in another currency: the document's yuan holds
    ("港交所公告，立法會議員年薪為300萬元（約270萬元人民幣）。",
     [("300萬元", "3e6", "3e6", "HKD"), ("約270萬元人民幣", "2.7e6", "2.7e6", "CNY")]),
    # a bare 元 figure after it is no restatement, but another figure in the same yuan (a comparison, a change)
    ("104人力銀行調查，碩士平均月薪4.8萬元，比大學畢業生3.2萬元,足足高出1.6萬元。",
     [("4.8萬元", "4.8e4", "4.8e4", "TWD"), ("3.2萬元", "3.2e4", "3.2e4", "TWD"), ("足足高出1.6萬元", "1.6e4", "1.6e4", "TWD")]),
    ("香港市民收入由16000元升至18000元,18000元升至20000元。",
     [("16000元", "16000", "16000", "HKD"), ("18000元", "18000", "18000", "HKD"),
      ("18000元", "18000", "18000", "HKD"), ("20000元", "20000", "20000", "HKD")]),
]
LOCALE_NOT_MONEY = [  # the default holds: no cue, or a tie with the mainland's
    ("北京某公司去年营收300亿元。", [("300亿元", "3e10", "3e10", "CNY")]),
    ("香港一名男子在深圳花了30万元买房。", [("30万元", "3e5", "3e5", "CNY")]),
    ("該公司去年營收為80億元。", [("80億元", "80e8", "80e8", "CNY")]),
]


# A check set of news-style sentences written after the rules above (so not blind): 45 of its 47
# mentions read exactly on first run (23 before this rules, with 3 false readings); the
# two misses were vocabulary (红利 as a price cue, 并购 as a money word), now in the lexicon.
NEWS_CHECK = [
    ('蘋果宣布每股派息25美分，較上季增加1美分。',
     [('25美分', '0.25', '0.25', 'USD'), ('1美分', '0.01', '0.01', 'USD')]),
    ('港鐵建議派末期股息每股89港仙。',
     [('89港仙', '0.89', '0.89', 'HKD')]),
    ('領展每股分派為129.06港仙，按年減少4%。',
     [('129.06港仙', '1.2906', '1.2906', 'HKD')]),
    ('公交票价将从1元上调至2元，地铁起步票价加价5角。',
     [('1元', '1', '1', 'CNY'), ('2元', '2', '2', 'CNY'), ('5角', '0.5', '0.5', 'CNY')]),
    ('每股派发现金红利2毛，合计派现12亿元。',
     [('2毛', '0.2', '0.2', 'CNY'), ('12亿元', '1.2e9', '1.2e9', 'CNY')]),
    ('该股今日收报35美分，成交额1.2亿美元。',
     [('35美分', '0.35', '0.35', 'USD'), ('1.2亿美元', '1.2e8', '1.2e8', 'USD')]),
    ('他在比赛中拿到95分，奖金10万元。',
     [('10万元', '1e5', '1e5', 'CNY')]),
    ('公司第三季营收为1,234\n亿元，同比增长8%。',
     [('1,234\n亿元', '1234e8', '1234e8', 'CNY')]),
    ('本次募资总额为 25.6 亿元 。',
     [('25.6 亿元', '25.6e8', '25.6e8', 'CNY')]),
    ('英伟达市值一度达到 4\n万亿美元。',
     [('4\n万亿美元', '4e12', '4e12', 'USD')]),
    ('大厂算法岗月薪3万5，年终奖另有6个月。',
     [('3万5', '35000', '35000', 'CNY')]),
    ('应届博士起薪一万八，年包约40w。',
     [('一万八', '18000', '18000', 'CNY'), ('约40w', '4e5', '4e5', 'CNY')]),
    ('签约奖金50W，期权另算。',
     [('50W', '5e5', '5e5', 'CNY')]),
    ('硅谷顶尖研究员年包超过200万刀。',
     [('超过200万刀', '2e6', N, 'USD')]),
    ('他年薪3千多万，在业内排名前列。',
     [('3千多万', '3e7', '4e7', 'CNY')]),
    ('一线城市程序员月薪两万出头。',
     [('两万出头', '2e4', '3e4', 'CNY')]),
    ('各岗位年薪从20万到80万不等。',
     [('从20万到80万', '2e5', '8e5', 'CNY')]),
    ('OpenAI的估值有望冲击万亿美元。',
     [('万亿美元', '1e12', '1e12', 'USD')]),
    ('这家公司为CEO开出亿元年薪。',
     [('亿元', '1e8', '1e9', 'CNY')]),
    ('千万年薪挖人已不稀奇。',
     [('千万', '1e7', '1e8', 'CNY')]),
    ('今年又有一笔千亿级的并购落地。',
     [('千亿级', '1e11', '1e12', 'CNY')]),
    ('平台月活用户达3.2亿，营收120亿元。',
     [('120亿元', '1.2e10', '1.2e10', 'CNY')]),
    ('该应用下载量突破5000万，融资2亿美元。',
     [('2亿美元', '2e8', '2e8', 'USD')]),
    ('Meta开出1亿美元。\n国内某大厂高管年薪500万，奖金300万人民币。',
     [('1亿美元', '1e8', '1e8', 'USD'), ('500万', '5e6', '5e6', 'CNY'), ('300万人民币', '3e6', '3e6', 'CNY')]),
    ('他的年薪为800万港元，折合美元约100万。',
     [('800万港元', '8e6', '8e6', 'HKD'), ('折合美元约100万', '1e6', '1e6', 'USD')]),
    ('该笔交易金额达50亿美元，其中首期付款20亿。',
     [('50亿美元', '5e9', '5e9', 'USD'), ('20亿', '2e9', '2e9', 'USD')]),
    ('董事长薪酬由500萬元降至320萬。',
     [('500萬元', '5e6', '5e6', 'CNY'), ('320萬', '3.2e6', '3.2e6', 'CNY')]),
    ('恒指收市升120點，港交所成交額1,050億元。',
     [('1,050億元', '1050e8', '1050e8', 'HKD')]),
    ('立法會財委會通過撥款35億元興建新醫院。',
     [('35億元', '35e8', '35e8', 'HKD')]),
    ('台積電董事會核准資本預算約新台幣9,500億元，並配發每股5元現金股利。',
     [('約新台幣9,500億元', '9500e8', '9500e8', 'TWD'), ('5元', '5', '5', 'TWD')]),
    ('鴻海去年合併營收6.86兆元，年增11%。',
     [('6.86兆元', '6.86e12', '6.86e12', 'TWD')]),
    ('長實集團去年純利為160億元，每股派息1.2元。',
     [('160億元', '160e8', '160e8', 'HKD'), ('1.2元', '1.2', '1.2', 'HKD')]),
    ('金管會對該壽險公司開罰600萬元。',
     [('600萬元', '600e4', '600e4', 'TWD')]),
    ('北京某科技公司去年净利润为12亿元。',
     [('12亿元', '12e8', '12e8', 'CNY')]),
]
NEWS_CHECK_NOT_MONEY = [
    ('他被对方连砍了3刀。',
     []),
    ('模型参数量达两万亿，训练用了2万张GPU。',
     []),
    ('公司员工超过600名，其中22%为研发人员。',
     []),
    ('2025年全年，用户规模突破3亿。',
     []),
    ('比赛进行到第80分钟，他得到3分。',
     []),
]


# 大于或等于 / 小于等于 / 不小于 / ≥: a comparison that admits equality is an inclusive bound (lexicon HEDGES);
# 大于 / 小于 alone stay exclusive.
INCLUSIVE_BOUNDS = [
    ("入选企业的年营收须大于或等于4,565万元。", [("大于或等于4,565万元", "4565e4", N, "CNY", {"min_inclusive": True})]),
    ("申请人年薪大于等于50万元即可。", [("大于等于50万元", "5e5", N, "CNY", {"min_inclusive": True})]),
    ("补贴金额小于或等于3000元。", [("小于或等于3000元", "0", "3000", "CNY", {"max_inclusive": True})]),
    ("单笔投资不小于1亿元。", [("不小于1亿元", "1e8", N, "CNY", {"min_inclusive": True})]),
    ("单笔奖金不大于5万元。", [("不大于5万元", "0", "5e4", "CNY", {"max_inclusive": True})]),
    ("该基金只投资市值≥50亿美元的公司。", [("≥50亿美元", "5e9", N, "USD", {"min_inclusive": True})]),
    ("平均薪酬≤30万元。", [("≤30万元", "0", "3e5", "CNY", {"max_inclusive": True})]),
]
INCLUSIVE_BOUNDS_NOT_MONEY = [  # without "or equal" the bound is exclusive
    ("入选企业的年营收须大于4,565万元。", [("大于4,565万元", "4565e4", N, "CNY", {"min_inclusive": False})]),
    ("补贴金额小于3000元。", [("小于3000元", "0", "3000", "CNY", {"max_inclusive": False})]),
    ("研发投入大于同期净利润120亿元。", [("120亿元", "120e8", "120e8", "CNY")]),
]

# 上 'of the order of' after 以 'with, at': 以 blocks 上 only where 以上 follows a figure (lexicon
# HEDGE_BLOCKED_AFTER_FIGURE).
ORDER_AFTER_YI = [
    ("扎克伯格以上亿美元的签约价格挖人。", [("上亿美元", "1e8", "1e9", "USD", {"approx": True})]),
    ("该公司以上百万元的年薪招揽人才。", [("上百万元", "1e6", "1e7", "CNY")]),
]
ORDER_AFTER_YI_NOT_MONEY = [  # after a figure, 以上 is the suffix hedge
    ("年薪100万以上亿元以下的高管有3人。", [("100万以上", "1e6", N, "CNY")]),
    ("奖金50元以上。", [("50元以上", "50", N, "CNY")]),
]

# A figure after a part word (其中, 其余) is part of the money figure just before it, in its sentence or the
# one before, and takes its currency (lexicon PART_WORDS).
PARTS = [
    ("孫正義宣布軟銀將向OpenAI投資400億美元。其中首筆100億將於4月到位。",
     [("400億美元", "400e8", "400e8", "USD"), ("100億", "100e8", "100e8", "USD")]),
    ("谷歌为留住该团队支付了27亿美元。这笔钱大部分用于授权费，其中约2亿用于员工奖金。",
     [("27亿美元", "27e8", "27e8", "USD"), ("约2亿", "2e8", "2e8", "USD", {"currency_implied": True})]),
    ("公司募资50亿港元，其余20亿将用于研发。", [("50亿港元", "50e8", "50e8", "HKD"), ("20亿", "20e8", "20e8", "HKD")]),
]
PARTS_NOT_MONEY = [
    ("融资10亿美元。其中5家机构跟投。", [("10亿美元", "1e9", "1e9", "USD")]),
    ("营收10亿美元，其中20亿用户来自海外。", [("10亿美元", "1e9", "1e9", "USD")]),
    ("融资10亿美元。其中300亿来自政府。", [("10亿美元", "1e9", "1e9", "USD")]),  # larger than the whole
    ("融资10亿美元。公司有员工一万人。团队扩张很快。其中3亿将用于招聘。", [("10亿美元", "1e9", "1e9", "USD")]),
]

# A counter after a space, or after a range of bare figures, still counts (NOT_MONEY_AFTER, BARE_FIGURE_COUNTERS).
SPACED_COUNTERS = [
    ("去年5名最高薪酬员工年薪大升逾 50 倍至 102.18 亿元。", [("102.18 亿元", "102.18e8", "102.18e8", "CNY")]),
    ("雇员福利开支激增 3.23 倍至 171.15 亿元。", [("171.15 亿元", "171.15e8", "171.15e8", "CNY")]),
    ("其2021至2023年收入分别为104亿元、136亿元。", [("104亿元", "104e8", "104e8", "CNY"), ("136亿元", "136e8", "136e8", "CNY")]),
]
SPACED_COUNTERS_NOT_MONEY = [
    ("小米回应 2018 年薪最高的员工正是雷军。", []),
    ("半年营收、净利润均超2024全年。", []),
    ("公司2019至2021年薪酬总额持续上升。", []),
]

# Fund-raising and sales words are money cues (MONEY_CUES: 募资, 销售额, 成交额...).
FUND_WORDS = [
    ("新创募资突破千亿后，要进一步达到1500亿。", [("突破千亿", "1e11", N, "CNY"), ("1500亿", "1500e8", "1500e8", "CNY")]),
    ("旗下有10个年销售额过亿的头部IP。", [("过亿", "1e8", N, "CNY")]),
    ("当日成交额达320亿。", [("320亿", "320e8", "320e8", "CNY")]),
]
FUND_WORDS_NOT_MONEY = [
    ("当日成交量达320亿股。", []),
    ("销售量突破5000万台。", []),
]

# 最高/最低 before a verb of a price's move name the high or low, a point (HEDGE_BLOCKED_BEFORE).
PRICE_PEAKS = [
    ("股价一度涨超38%，最高触及279.8港元。", [("279.8港元", "279.8", "279.8", "HKD")]),
    ("盘中最低见5.2元，收报5.5元。", [("5.2元", "5.2", "5.2", "CNY"), ("5.5元", "5.5", "5.5", "CNY")]),
    ("该股最高升至300美元后回落。", [("300美元", "300", "300", "USD")]),
]
PRICE_PEAKS_NOT_MONEY = [  # elsewhere 最高 is a ceiling
    ("签约奖金最高达1亿美元。", [("最高达1亿美元", "0", "1e8", "USD")]),
    ("每人最高可获5万元补贴。", [("最高可获5万元", "0", "5e4", "CNY")]),
]

# Two hedges bounding from opposite sides: the one nearer the figure holds (money._nearest_bound).
OPPOSITE_BOUNDS = [
    ("一手最高可赚超9500港元（不计税费）。", [("超9500港元", "9500", N, "HKD", {"min_inclusive": False})]),
    ("奖金最多可达超过100万元。", [("超过100万元", "1e6", N, "CNY")]),
]
OPPOSITE_BOUNDS_NOT_MONEY = [  # hedges that do not bound from opposite sides stack
    ("市值最高约3000亿美元。", [("最高约3000亿美元", "0", "3000e8", "USD", {"approx": True})]),
    ("估值至少超过100亿美元。", [("至少超过100亿美元", "100e8", N, "USD")]),
]

# A bare power before 基金 is the fund's size, a level (LEVEL_MONEY_WORDS): 百亿基金 = [1e10, 1e11).
FUND_LEVELS = [
    ("國發基金透過十大百億基金，運用主題式投資。", [("百億", "1e10", "1e11", "TWD", {"approx": True})]),
    ("该市设立千亿基金支持产业。", [("千亿", "1e11", "1e12", "CNY")]),
]
FUND_LEVELS_NOT_MONEY = [
    ("基金代码000001的净值上涨。", []),
    ("该公司有5名基金经理。", []),
]

# Figures sharing the unit and currency written after the last one (SHARED_UNIT_SEPARATORS).
SHARED_UNITS = [
    ("2024H1/H2收入45.6/84.8 亿元，同比增长62%。",
     [("45.6", "45.6e8", "45.6e8", "CNY"), ("84.8 亿元", "84.8e8", "84.8e8", "CNY")]),
    ("预计2024-2026年营收分别为130/160/190亿元。",
     [("130", "130e8", "130e8", "CNY"), ("160", "160e8", "160e8", "CNY"), ("190亿元", "190e8", "190e8", "CNY")]),
    ("预计EPS为1.2/1.5/1.8元。",
     [("1.2", "1.2", "1.2", "CNY"), ("1.5", "1.5", "1.5", "CNY"), ("1.8元", "1.8", "1.8", "CNY")]),
]
SHARED_UNITS_NOT_MONEY = [
    ("营收2024/2025财年增长。", []),
    ("薪酬的1/3来自奖金。", []),
    ("收入为2024/3/5的数据。", []),
]

# 新元 is the Singapore dollar.
SINGAPORE = [
    ("市值一举突破1000亿港元(173.5亿新元)。",
     [("突破1000亿港元", "1000e8", N, "HKD"), ("173.5亿新元", "173.5e8", "173.5e8", "SGD")]),
]
SINGAPORE_NOT_MONEY = [
    ("元素周期表新增4个新元素。", []),
]


# --- parser_blind2, opened (tests/corpus/parser_blind2/NOTES.md "Opened"): the rules its misses asked for. -------
# The sentences are news-style, written for this file (none is a sentence of the set).

# More Hong Kong and Taiwan cues (LOCALE_CUES): government, utilities, lottery, courts, press, sites, Cantonese;
# Taiwan's fuel pricing, labour law, companies and sites.
LOCALE_MORE = [
    ("特區政府宣布向市民派發消費券，金額為5000元。", [("5000元", "5000", "5000", "HKD")]),
    ("港燈宣布明年淨電費為每度1.2元。", [("1.2元", "1.2", "1.2", "HKD")]),
    ("馬會表示六合彩頭獎獎金為3000萬元。", [("3000萬元", "3000e4", "3000e4", "HKD")]),
    ("呢間舖頭唔收現金，一碗麵要68元。", [("68元", "68", "68", "HKD")]),
    ("依浮動油價機制，明起汽油每公升調漲0.3元。", [("0.3元", "0.3", "0.3", "TWD")]),
    ("依勞動基準法，雇主違規可處罰鍰20萬元。", [("20萬元", "20e4", "20e4", "TWD")]),
    # (parser_blind4, opened: Taiwan's labour ministry, prosecutors, estate agents, investor conferences; Hong Kong's
    # chief executive, bureaux, statistics department and 港人/全港)
    ("勞動部統計，大學畢業生平均月薪3.3萬元。", [("3.3萬元", "3.3e4", "3.3e4", "TWD")]),
    ("地檢署指該案不法所得逾5000萬元。", [("逾5000萬元", "5e7", N, "TWD")]),
    ("房仲表示，該社區總價多在2千萬元上下。", [("2千萬元上下", "2e7", "2e7", "TWD")]),
    ("公司在法說會上預估資本支出約400億元。", [("約400億元", "4e10", "4e10", "TWD")]),
    ("李家超表示，案件涉及金額達12億元。", [("12億元", "12e8", "12e8", "HKD")]),
    ("政府統計處公布，每月就業收入中位數為2萬元。", [("2萬元", "2e4", "2e4", "HKD")]),
    ("運輸署表示，每件大型行李收費維持為6元。", [("6元", "6", "6", "HKD")]),
    ("只要月入在60,000元或以上，即屬全港收入最高一成。", [("60,000元或以上", "60000", N, "HKD")]),
]
LOCALE_MORE_NOT_MONEY = [  # mainland text with none of these cues: the default holds
    ("市财政局宣布向市民发放消费券，金额为500元。", [("500元", "500", "500", "CNY")]),
    ("中石油宣布汽油每升上调0.3元。", [("0.3元", "0.3", "0.3", "CNY")]),
    # a place word (港人, 全港) is outweighed by a mainland city, as 香港 is
    ("一名港人在深圳花了30万元买房。", [("30万元", "3e5", "3e5", "CNY")]),
    ("人社部统计，城镇单位平均工资为12万元。", [("12万元", "12e4", "12e4", "CNY")]),
    ("1995年北京劳动部宣布，最低工资为每月300元。", [("300元", "300", "300", "CNY")]),
]

# A bare $ is the document's dollar in a Hong Kong or Taiwan document (DOCUMENT_DOLLAR_SIGNS), else USD.
DOCUMENT_DOLLAR = [
    ("立法會議員月薪為$100,000。", [("$100,000", "100000", "100000", "HKD")]),
    ("香港中原地產指，該單位以$12.8M成交。", [("$12.8M", "12.8e6", "12.8e6", "HKD")]),
    ("台股收盤後，該股每股$520。", [("$520", "520", "520", "TWD")]),
    ("本港金融業月薪中位數達港幣$35,000元。", [("港幣$35,000元", "35000", "35000", "HKD")]),
]
DOCUMENT_DOLLAR_NOT_MONEY = [  # no Hong Kong or Taiwan cue: $ is the US dollar; US$ is always USD
    ("该公司股价收于$52。", [("$52", "52", "52", "USD")]),
    ("香港某基金買入US$500萬債券。", [("US$500萬", "500e4", "500e4", "USD")]),
]

# Short currency words (CURRENCIES): 欧 (after a figure) = EUR, 镑 = GBP, 人币 = CNY; prefixes 泰铢, 澳币, 新加坡币.
SHORT_CURRENCY_WORDS = [
    ("他的违约金为6500万欧。", [("6500万欧", "6500e4", "6500e4", "EUR")]),
    ("球员周薪约20万镑。", [("约20万镑", "20e4", "20e4", "GBP", {"approx": True})]),
    ("作價66.62億人幣。", [("66.62億人幣", "66.62e8", "66.62e8", "CNY")]),
    ("以泰銖 24 億元增資。", [("泰銖 24 億元", "24e8", "24e8", "THB")]),
    ("以新加坡幣1億元對外增資。", [("新加坡幣1億元", "1e8", "1e8", "SGD")]),
    ("以澳幣 3 億元投資。", [("澳幣 3 億元", "3e8", "3e8", "AUD")]),
]
SHORT_CURRENCY_WORDS_NOT_MONEY = [  # 欧 before 洲, 盟, 冠... is another word (CURRENCY_WORD_NOT_BEFORE)
    ("约有300万欧洲人到访。", []),
    ("他拿过3次欧冠冠军。", []),
]

# 零 fills an empty place before Arabic digits too (grammar TAIL_SECTION); a digit after it is units, not the
# colloquial next place down (numerals: 4000万零1 is not 4000万 + 1000).
ZERO_BEFORE_DIGITS = [
    ("招聘月薪达到1万零342元。", [("1万零342元", "10342", "10342", "CNY")]),
    ("开出4000万零1英镑的报价。", [("4000万零1英镑", "40000001", "40000001", "GBP")]),
]
ZERO_BEFORE_DIGITS_NOT_MONEY = [  # without 零 the trailing digit is still the next place down
    ("月薪2万8。", [("2万8", "28000", "28000", "CNY")]),
]

# An explicit minus sign makes a figure negative (NEGATIVE_SIGNS), after a space, a colon or 为.
NEGATIVE_SIGN = [
    ("其他业务 -210万美元。", [("-210万美元", "-2100000", "-2100000", "USD")]),
    ("归母净利润为-1.35亿元。", [("-1.35亿元", "-1.35e8", "-1.35e8", "CNY")]),
    # after 至/到 or a value noun (parser_blind13, opened)
    ("生猪头均盈利降至-183元。", [("-183元", "-183", "-183", "CNY")]),
    ("较账面净资产-17,010万元溢价。", [("-17,010万元", "-1.701e8", "-1.701e8", "CNY")]),
    ("公司净利-3.2亿元。", [("-3.2亿元", "-3.2e8", "-3.2e8", "CNY")]),
]
NEGATIVE_SIGN_NOT_MONEY = [  # a dash between figures or after a word is no sign
    ("2020-2021年度营收3亿元。", [("3亿元", "3e8", "3e8", "CNY")]),
    ("营收3亿-5亿元。", [("3亿-5亿元", "3e8", "5e8", "CNY")]),
    ("温度为-5度，比分为3-1。", []),
    ("气温降至-5度。", []),
    ("每股收益0.5元-0.8元。", [("0.5元-0.8元", "0.5", "0.8", "CNY")]),
]

# Bounds Taiwan's market pages write (HEDGES): 站上/站回 X = [X, inf), X之上 = [X, inf), 直逼 X = [0.9X, X].
MARKET_BOUNDS = [
    ("台積電市值站上18兆元。", [("站上18兆元", "18e12", N, "TWD")]),
    ("上市公司總市值站回70兆元大關。", [("站回70兆元", "70e12", N, "CNY")]),
    ("市值也穩居60兆元之上。", [("60兆元之上", "60e12", N, "CNY")]),
    ("上市公司總市值直逼百兆元。", [("直逼百兆元", "100e12", "100e12", "CNY", {"approx": True})]),
]
MARKET_BOUNDS_NOT_MONEY = [  # the same words before index points are no money
    ("加權指數站上2萬點。", []),
    ("指數直逼3萬點。", []),
]

# X以上Y以下 is one closed band (BAND_SUFFIX_PAIRS).
BANDS = [
    ("处2万元以上10万元以下罚款。", [("2万元以上10万元以下", "20000", "100000", "CNY")]),
    ("可處新臺幣5千元以上 5萬元以內罰鍰。", [("新臺幣5千元以上 5萬元以內", "5000", "50000", "TWD")]),
]
BANDS_NOT_MONEY = [  # apart, in two clauses, they stay two bounds
    ("收入10万元以上，支出5万元以下。", [("10万元以上", "1e5", N, "CNY"), ("5万元以下", "0", "5e4", "CNY")]),
]

# A price's move is a price cue for 仙/角/毛 (PRICE_MOVE_CUES), not for 分 (a score).
PRICE_MOVES = [
    ("淨電費較去年上調1.5 仙。", [("1.5 仙", "0.015", "0.015", "HKD")]),
    ("下週起汽油每公升調降3角。", [("3角", "0.3", "0.3", "CNY")]),
    ("鸡蛋每斤比上周便宜5角。", [("5角", "0.5", "0.5", "CNY")]),
]
PRICE_MOVES_NOT_MONEY = [
    ("该球员评分上调5分。", []),
    ("比赛时间调整至90分钟。", []),
]

# Pay in letter-scaled figures with the pay word earlier in the sentence (_salary_in_sentence); 3千5 = 3500.
PAY_SHORTHAND_SENTENCE = [
    ("平均月薪为16,800元，资深工程师普遍达16K–22K。",
     [("16,800元", "16800", "16800", "CNY"), ("16K–22K", "16000", "22000", "CNY")]),
    ("這項補助每人最高3千5。", [("最高3千5", "0", "3500", "CNY")]),
]
PAY_SHORTHAND_SENTENCE_NOT_MONEY = [  # no pay word in the sentence
    ("他昨天跑了5k。", []),
    ("资深工程师集中在16K–22K。", []),
]

# A unit written once at the end of a 、-list belongs to every item (SHARED_UNIT_SEPARATORS).
LISTED_UNITS = [
    ("汽、柴油分別升0.2、0.3元。", [("0.2", "0.2", "0.2", "CNY"), ("0.3元", "0.3", "0.3", "CNY")]),
]
LISTED_UNITS_NOT_MONEY = [
    ("第1、2名各获奖金5万元。", [("5万元", "5e4", "5e4", "CNY")]),
]

# Money words for fines and allowances (MONEY_CUES): 罰鍰, 违约金, 金額, 補助, 全勤奖; 一笔过 is no 过.
FINE_AND_ALLOWANCE_WORDS = [
    ("該行被罰鍰2200萬。", [("2200萬", "2200e4", "2200e4", "TWD")]),  # 罰鍰: Taiwan's word (LOCALE_CUES)
    ("10亿违约金看着多但不离谱。", [("10亿", "1e9", "1e9", "CNY")]),
    ("如果全勤，还能额外获得 500 的全勤奖。", [("500", "500", "500", "CNY")]),
    ("中電額外提供一筆過110元的回扣。", [("110元", "110", "110", "CNY")]),
]
FINE_AND_ALLOWANCE_WORDS_NOT_MONEY = [
    ("裁罰件數為35件，少7件。", []),
    ("他一笔过了3关。", []),
]

# More count nouns (COUNT_NOUNS), also before a space: 人才缺口达 400万 people, 融资事件4,367起 deals.
COUNT_NOUNS_MORE = [
    ("博士年薪最高 700 万，人才缺口达 400万。", [("最高 700 万", "0", "7e6", "CNY")]),
    ("共计披露融资事件4,367起，融资金额3,010億元。", [("3,010億元", "3010e8", "3010e8", "CNY")]),
]
COUNT_NOUNS_MORE_NOT_MONEY = [  # a money word between the count noun and the figure keeps it money
    ("该案件赔偿金额达500万元。", [("500万元", "5e6", "5e6", "CNY")]),
    ("资金缺口达 400亿元。", [("400亿元", "4e10", "4e10", "CNY")]),
]

# Cantonese 几 after a unit at the end of a figure reads like 多 (grammar INFIX): 兩萬幾 = [2万, 3万).
CANTONESE_JI = [
    ("呢份工月薪兩萬幾，仲有雙糧。", [("兩萬幾", "2e4", "3e4", "CNY", {"approx": True})]),
    ("一個月人工三千幾。", [("三千幾", "3000", "4000", "CNY")]),
]
CANTONESE_JI_NOT_MONEY = [  # 几 opening the next word is no hedge
    ("花了两万几个月才还清。", []),
]

# The units below 万 after a space close a spaced figure (grammar _SPACED_TAIL): 2 億 906 萬 2,497 元.
LAYOUT_SPACED_UNITS = [
    ("以澳幣 2 億 906 萬 2,497 元投資。", [("澳幣 2 億 906 萬 2,497 元", "209062497", "209062497", "AUD")]),
]
LAYOUT_SPACED_UNITS_NOT_MONEY = [  # written tight, the two are separate figures
    ("营收50万 2000元。", [("50万", "5e5", "5e5", "CNY"), ("2000元", "2000", "2000", "CNY")]),
]

# A unit label before a bare figure gives its unit (UNIT_LABEL_*); a basis phrase, its sentence's (BASIS_*).
UNIT_LABELS = [
    ("现金股利总金额(元):5,414,689,168", [("5,414,689,168", "5414689168", "5414689168", "CNY")]),
    ("金額（港元）：12,000", [("12,000", "12000", "12000", "HKD")]),
    ("營收9,899.2億元。若以美元計算，第3季營收331億。",
     [("9,899.2億元", "9899.2e8", "9899.2e8", "CNY"), ("331億", "331e8", "331e8", "USD")]),
]
UNIT_LABELS_NOT_MONEY = [
    ("人数(人):5,000", []),
    ("比例(%):12", []),
]

# A bound written after the noun the figure measures (BOUND_AFTER_NOUNS): 50 万年薪以上 = [50万, inf), span the figure.
BOUND_AFTER_NOUN = [
    ("50 万年薪以上的职位占比最高。", [("50 万", "5e5", N, "CNY")]),
    ("30万年薪以下的岗位减少。", [("30万", "0", "3e5", "CNY")]),
]
BOUND_AFTER_NOUN_NOT_MONEY = [  # no bound after the noun: the figure is a point
    ("100万年薪的岗位增加。", [("100万", "1e6", "1e6", "CNY")]),
]

# An estimate right after a money figure restates it, whatever its large unit (extract._lists_money).
ESTIMATE_AFTER_MONEY = [
    ("换算成人民币就是9550亿元，接近1万亿。",
     [("9550亿元", "9550e8", "9550e8", "CNY"), ("接近1万亿", "1e12", "1e12", "CNY", {"approx": True})]),
]
ESTIMATE_AFTER_MONEY_NOT_MONEY = [  # a count after it stays a count
    ("营收9550亿元，员工接近1万。", [("9550亿元", "9550e8", "9550e8", "CNY")]),
    ("营收3亿元，约有1万人参加。", [("3亿元", "3e8", "3e8", "CNY")]),
]

# A figure a chain link joins to a currency-stated figure right after it is money in that currency
# (extract._leads_money): 数十亿乃至过百亿元, 5000万和1亿美元.
LEADS_MONEY = [
    ("多家企业收到数十亿乃至过百亿元的罚单。",
     [("数十亿", "1e9", "1e10", "CNY"), ("过百亿元", "1e10", N, "CNY")]),
    ("获得5000万和1亿美元的两轮融资。",
     [("5000万", "5e7", "5e7", "USD"), ("1亿美元", "1e8", "1e8", "USD")]),
]
LEADS_MONEY_NOT_MONEY = [  # a count before the link stays a count
    ("用户3亿和营收5亿元。", [("5亿元", "5e8", "5e8", "CNY")]),
    ("他有3亿粉丝和5亿元资产。", [("5亿元", "5e8", "5e8", "CNY")]),
]

# After a yuan's own prefix its minor units are money with no price cue (grammar _PREFIXED_MINOR): 新台幣一角.
PREFIXED_MINOR_UNITS = [
    ("每股股利仍未滿新台幣一角。", [("未滿新台幣一角", "0", "0.1", "TWD", {"max_inclusive": False})]),
    ("手續費為新台幣3角。", [("新台幣3角", "0.3", "0.3", "TWD")]),
]
PREFIXED_MINOR_UNITS_NOT_MONEY = [  # another currency's prefix, or 分 before 钟
    ("新台币10分钟内到账。", []),
    ("美元兑换比例三分之一。", []),
]

# Hong Kong's 毫 (0.1 HKD, Cantonese 角) after a price cue or a fare's move (每程, 加, 增加: lexicon PRICE_CUES,
# PRICE_MOVE_CUES) or after 港币; never in 毫米, 毫升 (MINOR_BLOCKED_BEFORE).
HK_HO = [
    ("巴士加價後，每程加4毫。", [("4毫", "0.4", "0.4", "HKD")]),
    ("約四成乘客車費增加1至2毫。", [("1至2毫", "0.1", "0.2", "HKD")]),
    ("即每程加約3毫至5毫。", [("約3毫至5毫", "0.3", "0.5", "HKD", {"approx": True})]),
    ("小巴車費減至港幣3毫。", [("港幣3毫", "0.3", "0.3", "HKD")]),
    ("現時平均車費為7元3角，即平均加3角。", [("7元3角", "7.3", "7.3", "CNY"), ("3角", "0.3", "0.3", "CNY")]),
]
HK_HO_NOT_MONEY = [
    ("每程加3毫米的防滑墊。", []),
    ("加5毫升清水攪拌。", []),
    ("這次測驗他加3分。", []),
    ("他對此毫無興趣，12毫秒內回應。", []),
]

# A figure in a minor unit is a price, with no cue of its own, in the sentence of a price read in the same
# minor unit (extract._scan_priced): a list or a comparison of prices.
MINOR_PRICE_LISTS = [
    ("每股派发现金红利3角5分，高于去年的2角8分。",
     [("3角5分", "0.35", "0.35", "CNY"), ("2角8分", "0.28", "0.28", "CNY")]),
    ("燃料調整費較8月43仙輕微下調至42.9仙。", [("43仙", "0.43", "0.43", "HKD"), ("42.9仙", "0.429", "0.429", "HKD")]),
]
MINOR_PRICE_LISTS_NOT_MONEY = [  # no price in the sentence, or another unit, or another sentence
    ("他得了80分，高于去年的70分。", []),
    ("每股派息3角。去年他考了90分。", [("3角", "0.3", "0.3", "CNY")]),
    ("每股派息3角，他得了90分。", [("3角", "0.3", "0.3", "CNY")]),
]

# Minor-unit figures: a suffix hedge after the unit (九角或以上), a decimal before 分钱 (0.7分钱), a digit after 块
# (1块2, the yuan even before a word: 从1块2涨到).
MINOR_FORMS = [
    ("約一成乘客車費增加九角或以上。", [("九角或以上", "0.9", N, "CNY")]),
    ("乘客每程加幅下調0.7分錢。", [("0.7分錢", "0.007", "0.007", "CNY")]),
    ("大白菜从1块2涨到1块7。", [("1块2", "1.2", "1.2", "CNY"), ("1块7", "1.7", "1.7", "CNY")]),
]
MINOR_FORMS_NOT_MONEY = [  # 块 counting the word after it; a score
    ("他切了3块蛋糕。", []),
    ("比赛还剩0.7分钟。", []),
]

# 蚊 is the Cantonese dollar, Hong Kong's (lexicon CURRENCIES): HKD whatever the document.
CANTONESE_DOLLAR = [
    ("一般家庭每月要多付約十蚊。", [("約十蚊", "10", "10", "HKD", {"approx": True})]),
    ("份工月薪兩萬幾蚊。", [("兩萬幾蚊", "2e4", "3e4", "HKD", {"max_inclusive": False})]),
]
CANTONESE_DOLLAR_NOT_MONEY = [  # 蚊 the mosquito
    ("夏天蚊子很多，花了100元买蚊香。", [("100元", "100", "100", "CNY")]),
    ("3只蚊子飞进来。", []),
]

# "Not a cent" (lexicon NOTHING_IDIOMS): 一分钱/一毛钱 after a negation or before 也/都 is no amount.
NOTHING_IDIOMS = [
    ("他声称在上市之前不领一分钱薪水。", []),
    ("老板一毛钱也不给。", []),
    ("没花一分钱就拿到了1万元奖金。", [("1万元", "1e4", "1e4", "CNY")]),
]
NOTHING_IDIOMS_NOT_MONEY = [  # with no negation it is the amount
    ("每斤涨了一毛钱。", [("一毛钱", "0.1", "0.1", "CNY")]),
    ("这颗糖一分钱。", [("一分钱", "0.01", "0.01", "CNY")]),
]

# 零 ending a word (找零, 归零, 清零: lexicon ZERO_NOT_AFTER) is no figure.
ZERO_WORDS = [
    ("找零人民币五角。", [("人民币五角", "0.5", "0.5", "CNY")]),
    ("找零 人民币5元。", [("人民币5元", "5", "5", "CNY")]),
    ("账户余额归零元。", []),
]
ZERO_WORDS_NOT_MONEY = [  # 零 as the figure itself
    ("该公司利润为零元。", [("零元", "0", "0", "CNY")]),
    ("门票零元购。", [("零元", "0", "0", "CNY")]),
]

# Not money: digits with a leading zero (a club's or a code's: 沙爾克04) and a bare figure in square brackets
# (a note mark: [33]), lexicon CITATION_BRACKETS.
CODES_AND_NOTES = [
    ("他今夏和沙爾克04合同到期，转会费2000万欧元。", [("2000万欧元", "2e7", "2e7", "EUR")]),
    ("毛利下降7200万美元，主要由于销量下降 [33]", [("7200万美元", "7.2e7", "7.2e7", "USD")]),
]
CODES_AND_NOTES_NOT_MONEY = [  # a decimal after 0, or a figure with its currency, stays money
    ("每股股息0.5元 [12]。", [("0.5元", "0.5", "0.5", "CNY")]),
    ("罚款[3000元]。", [("3000元", "3000", "3000", "CNY")]),
]

# A point between Chinese digits is the decimal point (一七三．九五萬人, a fullwidth point): the figure is whole,
# so its counter after it is seen.
CHINESE_DECIMAL_POINT = [
    ("月薪勞工估達一七三．九五萬人，時薪勞工有七十二．九八萬人。", []),
    ("全年營收二．五億元。", [("二．五億元", "2.5e8", "2.5e8", "CNY")]),
]
CHINESE_DECIMAL_POINT_NOT_MONEY = [  # a point after a Chinese digit before no digit ends the sentence
    ("他拿到了三万元.", [("三万元", "3e4", "3e4", "CNY")]),
]

# 共 'in all' between a count noun and its figure (lexicon COUNT_VERBS): 融資事件共 77 起 counts events.
COUNT_IN_ALL = [
    ("本周融資事件共 77 起，較上周減少了 2 起。", []),
]
COUNT_IN_ALL_NOT_MONEY = [  # 共 before a money figure
    ("本周融资共 3亿元。", [("3亿元", "3e8", "3e8", "CNY")]),
]

# More Hong Kong and Taiwan cues (lexicon LOCALE_CUES): Hong Kong's taxes, reserves, budget office, radio; Taiwan's
# dividend table columns.
LOCALE_MORE_2 = [
    ("主要收入包括薪俸稅及利得稅，今年錄得505億元赤字。", [("505億元", "505e8", "505e8", "HKD")]),
    ("商業電台報道，截至上月底，財政儲備為4439億元。", [("4439億元", "4439e8", "4439e8", "HKD")]),
    ("財政司司長表示，開支預算為2,025億元。", [("2,025億元", "2025e8", "2025e8", "HKD")]),
    ("年度 每股現金股利 除息交易日 配息基準日\n109 1元 110/08/24", [("1元", "1", "1", "TWD")]),
]
LOCALE_MORE_2_NOT_MONEY = [  # a mainland page with the same kind of story
    ("个人所得税收入增长，财政收入为505亿元。", [("505亿元", "505e8", "505e8", "CNY")]),
    ("除权除息日为6月1日，每股派现1元。", [("1元", "1", "1", "CNY")]),
]

# A table flattened into text (lexicon TABLE_*): a cell holding only a bare figure under a row label that names
# money is money, scaled by a bracketed unit in the label or in the header line above (仙, 千$), in the currency
# that unit or the word before it names, else the document's yuan.
TABLE_CELLS = [
    ("每股盈利 (仙) | 22.200 | -3.896% | 23.100 |",
     [("22.200", "0.222", "0.222", "HKD"), ("23.100", "0.231", "0.231", "HKD")]),
    ("2025/06 港元(千$) | 2024/06 港元(千$)\n股東應佔溢利 | 2,964,000 | 3,040,200 |",
     [("2,964,000", "2964000000", "2964000000", "HKD"), ("3,040,200", "3040200000", "3040200000", "HKD")]),
    ("股東現金股利 |\n0.8 |\n2 |\n", [("0.8", "0.8", "0.8", "CNY"), ("2", "2", "2", "CNY")]),
    ("招股價\n|\n4.70-5.30\n|\n", [("4.70-5.30", "4.7", "5.3", "CNY")]),
    ("董監酬勞 |\n9,000,000 |\n8,000,000 |", [("9,000,000", "9e6", "9e6", "CNY"), ("8,000,000", "8e6", "8e6", "CNY")]),
]
TABLE_CELLS_NOT_MONEY = [  # a label that names no money, a year column, a cell with words, no table marks
    ("香港公開發售股數 |\n6360000 |\n", []),
    ("| 營收 | 2023 | 2024 |", []),
    ("| 北京 | 18 個城市 |", []),
    ("股東現金股利\n0.8\n", []),
]

# The small full stop is a decimal point (parsers/text.py): 7﹒91億元; a figure after a year and a slash is a month.
SMALL_FULL_STOP = [
    ("純利7﹒91億元，同比增長。", [("7﹒91億元", "7.91e8", "7.91e8", "CNY")]),
]
SMALL_FULL_STOP_NOT_MONEY = [
    ("2023/12 港元(千$) 中期", []),
    ("截至2024/6，淨利2億元。", [("2億元", "2e8", "2e8", "CNY")]),
]

# Inline pinyin after characters (lexicon PINYIN_*) is layout: the figure reads through it, offsets into the original.
INLINE_PINYIN = [
    ("融(rong)資(zi)金(jin)額(e)近(jin)3億(yi)元。", [("近(jin)3億(yi)元", "3e8", "3e8", "CNY", {"approx": True})]),
    ("每月工資中位數(shù)1.98萬 按年升3.5%", [("1.98萬", "19800", "19800", "HKD")]),
]
INLINE_PINYIN_NOT_MONEY = [  # plain letters in brackets, fewer than three: not pinyin
    ("營收(usd):5,000", [("5,000", "5000", "5000", "USD")]),
    ("兩(liang)個月(yue)內完(wan)成。", []),
    # letters written as a name (AI) or in no syllable's shape are no pinyin, however many
    ("人工智能(AI)、生成式人工智能(AI)和通用人工智能(AI)公司估值(usd):5,000",
     [("5,000", "5000", "5000", "USD")]),
]

# More bare-figure and range forms (parser_blind3, opened): 转会费 is a money cue; 及 shares the unit written after
# the last figure; a range whose second end is a rate is no range (2.1元或5.25%); a rate's period between a
# comparison hedge and its figure keeps the bound (少於每月16,300元); a change named after 的 ends a bare item
# (从百亿到千亿的跃升); a line break after a currency prefix (歐元\n3,500萬).
FIGURE_FORMS = [
    ("转会费2700万，薪资支出才是大头。", [("2700万", "2.7e7", "2.7e7", "CNY")]),
    ("增加0.4及0.5元的乘客分别占5%。", [("0.4", "0.4", "0.4", "CNY"), ("0.5元", "0.5", "0.5", "CNY")]),
    ("最低工資調升至42.1元，增幅為2.1元或5.25%。", [("42.1元", "42.1", "42.1", "CNY"), ("2.1元", "2.1", "2.1", "CNY")]),
    ("工資少於每月16,300元時須備存紀錄。", [("少於每月16,300元", "0", "16300", "CNY", {"max_inclusive": False})]),
    ("公司市值实现了从百亿到千亿的跃升。", [("百亿", "1e10", "1e10", "CNY"), ("千亿", "1e11", "1e11", "CNY")]),
    ("轉會費為歐元\n3,500萬。", [("歐元\n3,500萬", "3.5e7", "3.5e7", "EUR")]),
]
FIGURE_FORMS_NOT_MONEY = [  # counts, years, a comparison naming something, a prefix then a year
    ("转会费涨了，球员有2700万粉丝。", []),
    ("2024及2025财年收入均增长。", []),
    ("他的工资少于同事的16,300元。", [("16,300元", "16300", "16300", "CNY")]),
    ("用户从百万到千万的跃升。", []),
    ("收入以美元\n2024年计。", []),
]

# Bare figures that are money by what stands beside them: an allowance noun after 的 with a modifier (200 的高温补贴:
# ALLOWANCE_NOUNS); a change by a figure before the money figure it changed (減32萬售392萬元); an average of a money
# figure in its sentence (日均值達4,245億: AVERAGE_WORDS); a period rate beside a slang or letter-scaled figure
# (每月 20 刀, 18k–25k/月: RATE_BEFORE, RATE_AFTER).
BESIDE_MONEY = [
    ("每个月有 1000 块钱的饭补，还有 200 的高温补贴。",
     [("1000 块钱", "1000", "1000", "CNY"), ("200", "200", "200", "CNY")]),
    ("同屋苑高層D室，減32萬售392萬元。", [("32萬", "3.2e5", "3.2e5", "HKD"), ("392萬元", "3.92e6", "3.92e6", "HKD")]),
    ("今年來總成交金額近79兆... 市場日均值達4,245億",
     [("近79兆", "7.9e13", "7.9e13", "CNY", {"approx": True}), ("4,245億", "4.245e11", "4.245e11", "CNY")]),
    ("这个 SaaS 订阅每月 20 刀，年付打八折。", [("20 刀", "20", "20", "USD")]),
    ("| 北京 | 18k–25k/月 | 35k–60k/月 |", [("18k–25k", "18000", "25000", "CNY"), ("35k–60k", "35000", "60000", "CNY")]),
]
BESIDE_MONEY_NOT_MONEY = [  # the counted after 的, a count after the cut, a count averaged, a knife, traffic
    ("还有 200 的人拿到补贴。", []),
    ("减少32万人，收入392万元。", [("392万元", "3.92e6", "3.92e6", "CNY")]),
    ("营收近79亿元，平均每天有4,245万人次。", [("近79亿元", "7.9e9", "7.9e9", "CNY", {"approx": True})]),
    ("他每天被砍了3刀。", []),
    ("网站流量5k/月。", []),
]

# A money cue before a bracketed aside still reaches the figure after it (签字费(针对优秀人才的额外奖励)3万), and one after a
# bracketed included end reaches the range before it (5-10 億(含 10 億)融資事件).
ASIDES = [
    ("签字费(针对优秀人才的额外奖励)3万。", [("3万", "3e4", "3e4", "CNY")]),
    ("本周無 5-10 億(含 10 億)融資事件。", [("5-10 億", "5e8", "1e9", "CNY"), ("10 億", "1e9", "1e9", "CNY")]),
]
ASIDES_NOT_MONEY = [  # no cue right before the aside; a count in the bracket
    ("他在公司(含海外分部)3万名员工中排第一。", []),
    ("参与人数(含线上)3万。", []),
]

# Labels and rates (parser_blind4, opened): a unit alone in brackets is the label of the bare figure after it, which it
# scales under a label naming money (营业收入 (百万元 ) 2,350: TABLE_UNITS), not an amount itself; a room counter 房
# (3房, not 100万房款: COUNTER_NOT_BEFORE) and 厅 count.
LABELS_AND_RATIOS = [
    ("营业收入 (百万元 ) 2,350 净利润 (百万元 ) 410",
     [("2,350", "2.35e9", "2.35e9", "CNY"), ("410", "4.1e8", "4.1e8", "CNY")]),
    ("營業收入（萬元）：2,350", [("2,350", "2.35e7", "2.35e7", "CNY")]),
    ("| 每股股息(元) | 0.28 | 0.31 |", [("0.28", "0.28", "0.28", "CNY"), ("0.31", "0.31", "0.31", "CNY")]),
    ("首付100万房款已付清，三房两厅总价500万元。",
     [("100万", "1e6", "1e6", "CNY"), ("500万元", "5e6", "5e6", "CNY")]),
    ("月薪的2000以上就算高薪。", [("2000以上", "2000", N, "CNY")]),
    ("两地工资之差为3000元。", [("3000元", "3000", "3000", "CNY")]),
]
# a rate's row of a table (TABLE_RATE_MARKS), a ratio of pay (RATIO_WORDS), rooms, a year naming what follows
# after 的, a unit label with no figure after it
LABELS_AND_RATIOS_NOT_MONEY = [
    ("| 股息率(%) | 2.8 | 3.1 |", []),
    ("| 派息比率 | 35.2 | 40.1 |", []),
    ("两地平均工资之比为1.4，与上年持平。", []),
    ("薪酬占比为35，较上年下降。", []),
    ("住宅单价最高 3房加车位可入手。", []),
    ("一份年薪的2018互联网校招清单在流传。", []),
    ("营业收入 (百万元 ) 上市公司数 143", []),
]

# More forms (parser_blind4, opened): 票房 is a money cue; a statutory band with 、 or a comma between its halves
# (新臺幣十萬元以上、三百萬元以下); 两 after 元 is no trailing 角 digit (79999元兩群 is 元, then 两群).
FORMS_MORE = [
    ("上映第二日，总票房突破1.5亿。", [("突破1.5亿", "1.5e8", N, "CNY", {"min_inclusive": False})]),
    ("首日票房斩获7300万。", [("7300万", "7.3e7", "7.3e7", "CNY")]),
    ("處以新臺幣十萬元以上、三百萬元以下之違約金。", [("新臺幣十萬元以上、三百萬元以下", "1e5", "3e6", "TWD")]),
    ("处新台币五万元以上,三十万元以下罚锾。", [("新台币五万元以上,三十万元以下", "5e4", "3e5", "TWD")]),
    ("月入60000至79999元兩群更增逾20%。", [("60000至79999元", "60000", "79999", "CNY")]),
    ("一块二买了一支笔。", [("一块二", "1.2", "1.2", "CNY")]),
    # X多一点 after the currency reads like X出头; 收入 is a level word (百万收入, like 百万年薪)
    ("其身价也就五百万欧元多一点。", [("五百万欧元多一点", "5e6", "6e6", "EUR", {"max_inclusive": False})]),
    ("当百万收入唾手可得时。", [("百万", "1e6", "1e7", "CNY", {"approx": True})]),
]
FORMS_MORE_NOT_MONEY = [  # counts of a film's audience; a band whose halves do not nest is two figures
    ("票房大卖，累计超7000万人观影。", []),
    ("月薪1万元以上，5千元以下的占三成。",
     [("1万元以上", "1e4", N, "CNY"), ("5千元以下", "0", "5000", "CNY")]),
    ("每张5元两张10元。", [("5元", "5", "5", "CNY"), ("10元", "10", "10", "CNY")]),
    ("他的收入多一点，百万人口的城市。", []),
]

# Words of the trade (parser_blind 1-4, opened): 令吉 and 马币 are Malaysia's ringgit (MYR); Taiwan's 上看 'may reach'
# gives the figure reached, like 高达 (parser_blind5 reads 累積獎金上看13.5億元 and 頂規車型則上看250萬元 as points: HEDGES); a price asked or paid in all, or a sale's verb after the price, is a money cue
# (要价, 总价, 易手, 可入手: MONEY_CUES); 贵 is a price's move (油条也贵了5毛: PRICE_MOVE_CUES); 内 after a figure is
# 以内 (1000萬元內); a space before the figure is layout, not a gap between it and its cue (总包直接达到 60 万).
TRADE_WORDS = [
    ("净利至3982.73亿新台币(约574亿令吉)。",
     [("3982.73亿新台币", "3.9827300e11", "3.9827300e11", "TWD"), ("约574亿令吉", "5.74e10", "5.74e10", "MYR")]),
    ("每月津贴马币500元。", [("马币500元", "500", "500", "MYR")]),
    ("這家廠新進工程師年薪上看150萬。", [("上看150萬", "1.5e6", "1.5e6", "TWD")]),  # (上看: Taiwan's word)
    ("多家投顧預估，該股目標價上看1,500元。", [("上看1,500元", "1500", "1500", "TWD")]),
    ("威力彩頭獎已連續30期未開出，累積獎金上看13.5億元。", [("上看13.5億元", "1.35e9", "1.35e9", "TWD")]),  # parser_blind5; 威力彩 is Taiwan's lottery
    ("他说这台服务器要价9.9万，比去年便宜了2万。", [("9.9万", "9.9e4", "9.9e4", "CNY"), ("2万", "2e4", "2e4", "CNY")]),
    ("该社区总价多在2千万上下。", [("2千万上下", "2e7", "2e7", "CNY", {"approx": True})]),
    ("沙田第一城高層戶466萬易手。", [("466萬", "4.66e6", "4.66e6", "CNY")]),
    ("西屯住宅3房加車位700萬可入手。", [("700萬", "7e6", "7e6", "CNY")]),
    ("豆浆涨到了2块，油条也贵了5毛。", [("2块", "2", "2", "CNY"), ("5毛", "0.5", "0.5", "CNY")]),
    ("交易量最大的是1000萬元內的產品。", [("1000萬元內", "0", "1e7", "CNY")]),
    ("相比起来,大疆更猛,总包直接达到 60 万。", [("60 万", "6e5", "6e5", "CNY")]),
]
TRADE_WORDS_NOT_MONEY = [  # a ranking's top 100; 上 then 看 as a verb; 内地 and 内资 after the yuan; no cue for 贵
    ("客户覆盖40%的《财富》100强企业。", []),
    ("他每天上看3小时的书。", []),
    ("投资100万元内资企业。", [("100万元", "1e6", "1e6", "CNY")]),
    ("他带了1000万元内地现金。", [("1000万元", "1e7", "1e7", "CNY")]),
    ("这里的东西很贵，5分钟卖光。", []),
    ("他入手3台电脑。", []),
]

# Changes and choices (parser_blind4, opened): a bare figure opening the clause after a money figure with a change verb
# is the money's change (環比跌1,700: CHANGE_BASES); one after a comparison word, then a change verb and a money figure,
# is the change's base (較上一季的23,500增加800元: COMPARISON_WORDS); two ranges joined by 和 share the unit after the
# second (SHARED_RANGE_SEPARATORS); 或 between ends that each write their currency offers two figures
# (ALTERNATIVE_CONNECTORS).
CHANGES_AND_CHOICES = [
    ("男性收入錄得40,000港元,環比跌1,700。", [("40,000港元", "40000", "40000", "HKD"), ("1,700", "1700", "1700", "HKD")]),
    ("收入中位數為24,300元,較上一季的23,500增加800元。",
     [("24,300元", "24300", "24300", "CNY"), ("23,500", "23500", "23500", "CNY"), ("800元", "800", "800", "CNY")]),
    ("其中30000至34999和60000至79999元兩群更增逾20%。",
     [("30000至34999", "30000", "34999", "CNY"), ("60000至79999元", "60000", "79999", "CNY")]),
    ("可以購買港幣2元或4元的注項。", [("港幣2元", "2", "2", "HKD"), ("4元", "4", "4", "HKD")]),
]
CHANGES_AND_CHOICES_NOT_MONEY = [  # a count after the change verb; a year; ages; 或 with one unit is a range
    ("收入40000元，增加1,700名员工。", [("40000元", "40000", "40000", "CNY")]),
    ("收入3亿元，人数增加1,700。", [("3亿元", "3e8", "3e8", "CNY")]),
    ("比上年的2023增加5元。", [("5元", "5", "5", "CNY")]),
    ("在35至44歲和45至54歲的人士中，收入3万元。", [("3万元", "3e4", "3e4", "CNY")]),
    ("每人补贴3或4万元。", [("3或4万元", "3e4", "4e4", "CNY")]),
]

# Ranges that borrow from their other end or their list (parser_blind3 and 4, opened): a bare first end that borrows
# a letter scale needs the pay word the letter does (5~10w: EN_SCALES); a range with the large unit of the money figure
# listed before it continues the list, and 不等 after it ends the item (6万到20万不等: RANGE_CLOSERS).
RANGE_BORROWS = [
    ("offer 的具体价格一般比白菜多5~10w 左右。", [("5~10w 左右", "5e4", "1e5", "CNY", {"approx": True})]),
    ("签字费3万,股票依据不同等级从6万到20万不等。", [("3万", "3e4", "3e4", "CNY"), ("从6万到20万", "6e4", "2e5", "CNY")]),
]
RANGE_BORROWS_NOT_MONEY = [  # no pay word for the letter; a count after the range
    ("他每天跑了5~10k。", []),
    ("年薪3万,员工从6万到20万人不等。", [("3万", "3e4", "3e4", "CNY")]),
]

# Year on year and burnt money (parser_blind4, opened): Taiwan's 年增/年減 after a figure is no count of years (4,300億年減
# 25%: COUNTER_NOT_BEFORE); 烧掉/烧钱 are money cues (累計燒掉千億); a cue before a bracketed aside reaches a figure a
# few characters after it (總票房（含預售）已突破75億).
YEAR_ON_YEAR = [
    ("台中今年推案金額下修至4,300億年減25%。", [("4,300億", "4.3e11", "4.3e11", "TWD")]),
    ("营收300万年增两成。", [("300万", "3e6", "3e6", "CNY")]),
    ("累計燒掉千億之後,他們迎來了新敵人。", [("千億", "1e11", "1e11", "CNY")]),
    ("內地電影總票房（含預售）已突破75億。", [("突破75億", "7.5e9", N, "CNY", {"min_inclusive": False})]),
]
YEAR_ON_YEAR_NOT_MONEY = [  # years after a bare figure; a count after the aside
    ("营收3年增长50%。", []),
    ("营收2023年增长50%。", []),
    ("参与人数(含线上)已达3万。", []),
    ("他烧掉了3万亩森林。", []),
]

# A bare power before a funding round is its level, the band [P, 10P), approx, like 亿元年薪 (LEVEL_WORDS 融资, with a
# FUNDING_ROUNDS round between: 亿元 A 轮融资, 千万元天使轮融资).
FUNDING_LEVELS = [
    ("获得中金汇融、超威集团的亿元 A 轮融资。", [("亿元", "1e8", "1e9", "CNY", {"approx": True, "max_inclusive": False})]),
    ("公司完成千万元天使轮融资。", [("千万元", "1e7", "1e8", "CNY", {"approx": True})]),
]
FUNDING_LEVELS_NOT_MONEY = [  # a stated figure keeps its value; a round name alone; 亿 as a word
    ("公司完成A轮融资3亿元。", [("3亿元", "3e8", "3e8", "CNY")]),
    ("公司完成了B轮融资。", []),
    ("亿万富翁宣布融资计划。", []),
]

# Macao's pataca (lexicon CURRENCIES MOP): named outright, and as the yuan of a Macao document (LOCALE_CUES MOP: its
# gaming revenue and press); a dateline or outlet line in Latin script names the place too (香港01 (Hong Kong)).
MACAO_AND_DATELINES = [
    ("澳門2月賭收73.12億澳門元，按年跌1.2%。", [("73.12億澳門元", "73.12e8", "73.12e8", "MOP")]),
    ("本澳上月博彩毛收入為201.6億元。", [("201.6億元", "201.6e8", "201.6e8", "MOP")]),
    ("澳門日報報道，一至九月博彩收益達五百八十九億元。", [("五百八十九億元", "589e8", "589e8", "MOP")]),
    ("Now新聞 (Hong Kong)\n該公司去年盈利3.88億元。", [("3.88億元", "3.88e8", "3.88e8", "HKD")]),
    ("udn (Taiwan), 2025-10-16\n電價每度約0.28元。", [("約0.28元", "0.28", "0.28", "TWD", {"approx": True})]),
]
MACAO_AND_DATELINES_NOT_MONEY = [  # 澳元 is the Australian dollar; no place named: the default holds
    ("該公司在澳洲投資5億澳元。", [("5億澳元", "5e8", "5e8", "AUD")]),
    ("Reuters, 2025-10-16\n该公司去年盈利3.88亿元。", [("3.88亿元", "3.88e8", "3.88e8", "CNY")]),
    ("香港一名男子在深圳花了30万元买房。", [("30万元", "3e5", "3e5", "CNY")]),
]

# A bare digit after a yuan word counts 角 only after a small whole figure (lexicon SHORTHAND_TAIL_MAX); after a dollar,
# a decimal, a large unit or a larger figure it opens the next word.
YUAN_TAIL_DIGIT = [
    ("苹果收购价每斤才1块2。", [("1块2", "1.2", "1.2", "CNY")]),
    ("一杯奶茶十二块五。", [("十二块五", "12.5", "12.5", "CNY")]),
]
YUAN_TAIL_DIGIT_NOT_MONEY = [  # the digit is the next word's: 一盎司, 一起, 参与, 三道
    ("紐約期金收市報3,422.8美元一盎司。", [("3,422.8美元", "3422.8", "3422.8", "USD")]),
    ("妻子花100元一起下注。", [("100元", "100", "100", "CNY")]),
    ("市政府投资30亿元参与本轮融资。", [("30亿元", "3e9", "3e9", "CNY")]),
    ("金價或升至一千五百美元一安士。", [("一千五百美元", "1500", "1500", "USD")]),
]

# A noun that makes every bare figure with a large unit in its sentence money (lexicon SENTENCE_MONEY_NOUNS), before or
# after it: a film's takings, a casino's, fines.
SENTENCE_MONEY_NOUNS = [
    ("《金手指》開畫收340萬膺票房冠軍。", [("340萬", "340e4", "340e4", "CNY")]),
    ("三部電影分別只錄得500萬、200萬及100萬票房。",
     [("500萬", "500e4", "500e4", "CNY"), ("200萬", "200e4", "200e4", "CNY"), ("100萬", "100e4", "100e4", "CNY")]),
    ("今年前三大罰單，分別為甲銀行2200萬、乙銀行1200萬。", [("2200萬", "2200e4", "2200e4", "CNY"), ("1200萬", "1200e4", "1200e4", "CNY")]),
]
SENTENCE_MONEY_NOUNS_NOT_MONEY = [  # a count noun before the figure; no large unit; the noun in another sentence
    ("《哪吒2》票房領先，觀影人次超2億。", []),
    ("今年已有3套電影票房報捷。", []),
    ("票房創新高。該片在網上有300萬人觀看。", []),
]

# In a sentence about pay (a SALARY_CUES word before the figure) a list of figures with the same large unit runs past
# _LIST_GAP, and a shorthand figure (2万6: a digit after the unit) lists by the unit written in it.
PAY_LISTS = [
    ("他月薪2万6,年终奖还有3个月,跳槽后对方开到了3万2。", [("2万6", "26000", "26000", "CNY"), ("3万2", "32000", "32000", "CNY")]),
    ("现在月薪2万8，年终奖拿了4个月，跳槽后对方给到3万5。", [("2万8", "28000", "28000", "CNY"), ("3万5", "35000", "35000", "CNY")]),
]
PAY_LISTS_NOT_MONEY = [  # a counter after the figure; a sentence end between
    ("他月薪2万6,年终奖还有3个月,公司有员工3万人。", [("2万6", "26000", "26000", "CNY")]),
    ("他月薪2万6。公司去年卖出了3万2。", [("2万6", "26000", "26000", "CNY")]),
]

# Arabic digits with small units on down the places, as Hong Kong and Taiwan papers write them (grammar ARABIC_SMALL).
DIGITS_WITH_SMALL_UNITS = [
    ("公益金將撥款超過1千4百萬元。", [("超過1千4百萬元", "1400e4", N, "CNY", {"min_inclusive": False})]),
    ("每人保費1千5百元。", [("1千5百元", "1500", "1500", "CNY")]),
    ("總價約2千8百萬元至4千萬元。", [("約2千8百萬元至4千萬元", "2800e4", "4000e4", "CNY", {"approx": True})]),
]
DIGITS_WITH_SMALL_UNITS_NOT_MONEY = [  # a counter after it
    ("現場有1千5百人排隊。", []),
]

# A price's move before 角/毛 (lexicon PRICE_MOVE_CUES: 涨, 降, 低了, 高了, 调高, 调低); before 分 a move is no cue (a
# score), but a price cue right before the move still is (车资调高1分).  Singapore's press writes its dollar 元
# (LOCALE_CUES SGD).
PRICE_MOVES_MORE = [
    ("鸡蛋每斤也涨了五毛。", [("五毛", "0.5", "0.5", "CNY")]),
    ("苹果收购价每斤才1块2，比去年低了3毛。", [("1块2", "1.2", "1.2", "CNY"), ("3毛", "0.3", "0.3", "CNY")]),
    ("公交刷卡票价由1元降至9角。", [("1元", "1", "1", "CNY"), ("9角", "0.9", "0.9", "CNY")]),
    ("联合早报报道，年长者的优惠车资调高1分。", [("1分", "0.01", "0.01", "SGD")]),
]
PRICE_MOVES_MORE_NOT_MONEY = [  # 分 after a move alone is a score; 新元素 names no dollar
    ("他的评分降了5分。", []),
    ("元素周期表新增4个新元素，经费3亿元。", [("3亿元", "3e8", "3e8", "CNY")]),
]

# A run of circles alone is a name masked in a court ruling (lexicon MASK_CIRCLES), no figure; inside a numeral they are
# zeros.
MASKED_NAMES = [
    ("被告甲○○應給付原告乙○○新臺幣4,000元。", [("新臺幣4,000元", "4000", "4000", "TWD")]),
    ("被告各應給付原告丙○○新臺幣捌拾萬元。", [("新臺幣捌拾萬元", "800000", "800000", "TWD")]),
]
MASKED_NAMES_NOT_MONEY = [  # circles inside a numeral are zeros
    ("預算五五○○億元。", [("五五○○億元", "5500e8", "5500e8", "CNY")]),
    ("被告甲○○於民國一一○年遷居。", []),
]

# Not money beside money words (lexicon NOT_MONEY_BEFORE, NOT_MONEY_AFTER, RATIO_WORDS): a percentage in words, a
# factor, a budget's year, a ranking's top, an index, a fuel's grade, gas in gwei, a week; a range of rates.
NOT_MONEY_BESIDE_MONEY = [  # the money beside them stays money
    ("參考零售價格分別為92無鉛汽油每公升27.2元。", [("27.2元", "27.2", "27.2", "CNY")]),
    ("財政預算案2026：薪俸稅寬減上限增至3000元。", [("3000元", "3000", "3000", "HKD")]),
    ("加密幣市值不到一周已蒸發近5,000億美元。", [("近5,000億美元", "5000e8", "5000e8", "USD", {"approx": True})]),
]
NOT_MONEY_BESIDE_MONEY_NOT_MONEY = [
    ("總獎金為投注金額乘以0.55。", []),
    ("农产品批发价格200指数降至133.84。", []),
    ("住宅價格指數為 127.79，較上月上升 0.94%。", []),
    ("年度绩效奖金浮动范围15-30%。", []),
    ("博彩收入較去年同期上升百分之四點五。", []),
    ("固定薪资(月薪×12)。", []),
    ("Gas 均价从 60 Gwei 直接腰斩到 28 Gwei。", []),
    ("该片跻身全球影史票房榜前20。", []),
]

# More money words (lexicon MONEY_CUES, MONEY_CUES_AFTER, SALARY_CUES; COUNTER_YUAN_FREE after 块): rents, spending, a
# discount, a car's price, a jackpot, taxable income; a short let, a sale (沽), a deal (成交) after the figure.
MONEY_WORDS_MORE = [
    ("北京租的房子一个月4500的房租。", [("4500", "4500", "4500", "CNY")]),
    ("这家车企宣布限时优惠1万8，裸车价下探至12.98万。", [("1万8", "18000", "18000", "CNY"), ("12.98万", "12.98e4", "12.98e4", "CNY")]),
    ("下期頭獎上看2億。", [("上看2億", "2e8", "2e8", "TWD")]),  # (上看: Taiwan's word, LOCALE_CUES)
    ("慧安園兩房425萬沽。", [("425萬", "425e4", "425e4", "CNY")]),
    ("吃饭每天50块起步。", [("50块起步", "50", N, "CNY")]),
    ("年收入税前12万单身。", [("12万", "12e4", "12e4", "CNY")]),
]
MONEY_WORDS_MORE_NOT_MONEY = [  # a yield after 租金 is a rate; 块 counting; 单 counting orders
    ("以最新租金计算，租金回报率约3.8厘。", []),
    ("他吃了3块蛋糕。", []),
    ("骑手一天跑了50单。", []),
]

# A letter-scaled figure (25k, 32w) finds its pay word anywhere in its sentence, after it too.
PAY_WORD_AFTER = [
    ("阿里:开发工程师,25k-40k之间,年薪就在30万到48万之间。",
     [("25k-40k", "25000", "40000", "CNY"), ("30万到48万", "30e4", "48e4", "CNY")]),
]
PAY_WORD_AFTER_NOT_MONEY = [  # no pay word in the sentence; another sentence's
    ("他每天跑5k-10k步。", []),
    ("他每天跑5k。年薪30万。", [("30万", "30e4", "30e4", "CNY")]),
]

# 最高/最低 before a noun of pay, a prize, a valuation or a fare name that value, a point (HEDGE_BLOCKED_BEFORE); 过 after
# a verb is its aspect (拿過, 出現過: HEDGE_BLOCKED_AFTER), no bound; 未達 and 未破 bound from above.
NAMED_PEAKS_AND_ASPECT = [
    ("回顧過去威力彩頭獎紀錄，最高獎金曾達31.25億元。", [("31.25億元", "31.25e8", "31.25e8", "TWD")]),
    ("台北捷運最低單程費用20元。", [("20元", "20", "20", "TWD")]),
    ("易建聯、周琦均拿過2000萬的年薪。", [("2000萬", "2000e4", "2000e4", "CNY")]),
    ("雇主不得有提供職缺之經常性薪資未達新臺幣四萬元。", [("未達新臺幣四萬元", "0", "4e4", "TWD", {"max_inclusive": False})]),
    ("去年的薪酬未破億元。", [("未破億元", "0", "1e8", "CNY")]),
]
NAMED_PEAKS_AND_ASPECT_NOT_MONEY = [  # right before the figure or a verb, they bound it
    ("签约奖金最高达1亿美元。", [("最高达1亿美元", "0", "1e8", "USD")]),
    ("年薪过亿。", [("过亿", "1e8", N, "CNY", {"min_inclusive": False})]),
]

# More bound words: 涨穿/捣破 like 升穿; 达到或超过 closed; 及以上/及以下 like 或以上; 超 in 买超/卖超 (net buying) is no
# bound; a range's second end before 倍 is a multiple (RANGE_RATE_MARKS).
BOUNDS_MORE = [
    ("黄金期货涨穿3000美元/盎司关口。", [("涨穿3000美元", "3000", N, "USD", {"min_inclusive": False})]),
    ("此次融資規模可能達到或超過500億美元。", [("達到或超過500億美元", "500e8", N, "USD")]),
    ("月薪若能达到 30k 及以上。", [("30k 及以上", "30000", N, "CNY")]),
    ("外資買超新台幣180億元，投信也買超42億元。", [("新台幣180億元", "180e8", "180e8", "TWD"), ("42億元", "42e8", "42e8", "TWD")]),
    ("现沽出帐面获利336.6万元或4.3倍。", [("336.6万元", "336.6e4", "336.6e4", "CNY")]),
]
BOUNDS_MORE_NOT_MONEY = [  # 超 elsewhere still bounds; a range of multiples alone
    ("年薪超100万。", [("超100万", "1e6", N, "CNY", {"min_inclusive": False})]),
    ("市值增长了3-5倍。", []),
]

# A line break inside a figure (after its decimal point or a group's comma, or inside a group the comma opened) is
# layout: the figure is read whole, its span in the original text.
LAYOUT_BREAKS_IN_FIGURES = [
    ("該公司去年收入為128.\n6億元。", [("128.\n6億元", "128.6e8", "128.6e8", "CNY")]),
    ("本國銀行上半年稅前盈餘達2,31\n8億元。", [("2,31\n8億元", "2318e8", "2318e8", "CNY")]),
    ("本项目总投资12,\n500万元。", [("12,\n500万元", "12500e4", "12500e4", "CNY")]),
]
LAYOUT_BREAKS_IN_FIGURES_NOT_MONEY = [  # a break between whole figures stays a break
    ("去年營收12億元\n今年13億元。", [("12億元", "12e8", "12e8", "CNY"), ("13億元", "13e8", "13e8", "CNY")]),
    ("營收1,234\n5,678億元。", [("1,234", "1234", "1234", "CNY"), ("5,678億元", "5678e8", "5678e8", "CNY")]),
]

# 塊/块 before 美金 or 美元 is the dollar's (兩塊美金 = US$2); a line break after a currency code (USD, CNY) ends a line,
# while one after a currency's name (歐元) may still split a figure from it.
KUAI_DOLLARS_AND_CODES = [
    ("紐約坐地鐵一律都是兩塊美金。", [("兩塊美金", "2", "2", "USD")]),
    ("轉會費為歐元\n3,500萬。", [("歐元\n3,500萬", "3500e4", "3500e4", "EUR")]),
    ("amounts in CNY\n13万元的年收入。", [("13万元", "13e4", "13e4", "CNY")]),
]
KUAI_DOLLARS_AND_CODES_NOT_MONEY = [  # 块 counting the word after it
    ("他吃了3块美味的蛋糕。", []),
]

# Two consecutive digits after a higher place name a range, approx (money._HEADED_DIGIT_RANGE): 一千六七百 = 1600..1700;
# the pair's unwritten unit is the next place down (一万二三 = 12000..13000).
HEADED_ADJACENT_DIGITS = [
    ("張超的妻子月收入一千六七百元。", [("一千六七百元", "1600", "1700", "CNY", {"approx": True})]),
    ("他的月薪一万二三。", [("一万二三", "12000", "13000", "CNY", {"approx": True})]),
    ("年薪十七八万元。", [("十七八万元", "17e4", "18e4", "CNY", {"approx": True})]),
]
HEADED_ADJACENT_DIGITS_NOT_MONEY = [  # digits that are not consecutive are one figure
    ("营收一百二十三万元。", [("一百二十三万元", "123e4", "123e4", "CNY")]),
    ("月薪一万二千三百元。", [("一万二千三百元", "12300", "12300", "CNY")]),
]

# One digit, 、, then the next digit (or its tens) with a unit: two neighbouring sizes, one approximate range (lexicon
# APPROX_PAIR_MARK).
APPROX_PAIRS = [
    ("他宁可放弃1、2万的薪水。", [("1、2万", "1e4", "2e4", "CNY", {"approx": True})]),
    ("年薪6、70W将成为应届生的标杆。", [("6、70W", "60e4", "70e4", "CNY", {"approx": True})]),
]
APPROX_PAIRS_NOT_MONEY = [  # a count after it; digits that are no neighbours, or a longer list, share the unit
    ("现场涌入近5、600人求职。", []),
    ("营收分别为1、3万元。", [("1", "1e4", "1e4", "CNY"), ("3万元", "3e4", "3e4", "CNY")]),
    ("收入1、2、3万元。", [("1", "1e4", "1e4", "CNY"), ("2", "2e4", "2e4", "CNY"), ("3万元", "3e4", "3e4", "CNY")]),
    ("第1、2名分别获得5万元。", [("5万元", "5e4", "5e4", "CNY")]),
]

# Campus-hire pay words (SALARY_CUES 校招, 白菜价) for letter-scaled figures; package before pay (MONEY_CUES).  (A
# lottery's name is no cue: the Recognizers suite reads 江苏彩民15元中大乐透1600万 as 15元 alone.)
CAMPUS_PAY_AND_LOTTERIES = [
    ("去年校招，算法岗白菜价普遍在35w左右，SP给到45w。",
     [("35w左右", "35e4", "35e4", "CNY", {"approx": True}), ("45w", "45e4", "45e4", "CNY")]),
    ("我们常说的 package 10 万通常是指总包。", [("10 万", "10e4", "10e4", "CNY")]),
]
CAMPUS_PAY_AND_LOTTERIES_NOT_MONEY = [  # an issue number, the numbers drawn, a campus count
    ("大乐透第23001期开奖。", []),
    ("六合彩攪珠結果為3、15、22。", []),
    ("今年校招人数达3万人。", []),
]

# A declaration after the first figure with a Hong Kong paper's middle dot, 19.1億元(美元‧下同): the document's 元 is
# that currency (currency._DECLARED; parser_blind12, opened).
DECLARED_MIDDLE_DOT = [
    ("港交所上市的輝達公布,首季利潤為19.1億元(美元‧下同);收入升至36.6億元。",
     [("19.1億元", "19.1e8", "19.1e8", "USD"), ("36.6億元", "36.6e8", "36.6e8", "USD")]),
    ("港交所公布,首季利潤為19.1億元(美元·下同),每股盈利3.66元。",
     [("19.1億元", "19.1e8", "19.1e8", "USD"), ("3.66元", "3.66", "3.66", "USD")]),
]
DECLARED_MIDDLE_DOT_NOT_MONEY = [  # no declaration: the document's yuan holds
    ("港交所公布,首季利潤為19.1億元。", [("19.1億元", "19.1e8", "19.1e8", "HKD")]),
]

# A job post (技术岗, 岗位), take-home pay (到手) and housing or meal allowances (房补, 餐补) are pay words for
# letter-scaled figures (lexicon SALARY_CUES; parser_blind12, opened).
PAY_POSTS = [
    ("紧接着就是技术岗30~50W,然后是产品岗30W+。",
     [("30~50W", "30e4", "50e4", "CNY"), ("30W+", "30e4", N, "CNY")]),
    ("去年跳槽拿了个20w的包,今年猎头又报了一个35w+的岗位。", [("20w", "20e4", "20e4", "CNY"), ("35w+", "35e4", N, "CNY")]),
    ("房补2k, 整体下来一个月到手8-12k", [("2k", "2000", "2000", "CNY"), ("8-12k", "8000", "12000", "CNY")]),
]
PAY_POSTS_NOT_MONEY = [  # a count of posts is no pay
    ("今年新增技术岗300个。", []),
    ("上岗人数3000人。", []),
]

# A bare power before 资产 or 身家 is wealth of that order, the band [P, 10P) (lexicon LEVEL_WORDS; parser_blind12,
# opened).
WEALTH_LEVELS = [
    ("千萬資產怎麼配?", [("千萬", "1e7", "1e8", "CNY", {"approx": True, "max_inclusive": False})]),
    ("他拥有千万身家。", [("千万", "1e7", "1e8", "CNY", {"approx": True, "max_inclusive": False})]),
]
WEALTH_LEVELS_NOT_MONEY = [  # after the noun, or with a digit, the figure is a point
    ("他的身家千万。", [("千万", "1e7", "1e7", "CNY")]),
    ("公司资产3千万。", [("3千万", "3e7", "3e7", "CNY")]),
]

# A price index's value is no price: 售價指數報354.9點 (lexicon MONEY_CUE_NOT_BEFORE; parser_blind12, opened).
PRICE_INDEX = [
    ("楼价半年涨了30万元，售价指数报354.9点。", [("30万元", "30e4", "30e4", "CNY")]),
]
PRICE_INDEX_NOT_MONEY = [
    ("售价指数报354.9点,按年升约15%。", []),
    ("价格指数为127.79。", []),
]

# 过 after 想 is the aspect 'ever' (没敢想过十几万的年终奖), no hedge 'over' (lexicon HEDGE_BLOCKED_AFTER;
# parser_blind12, opened).
ASPECT_GUO = [
    ("我从没想过十几万的年终奖。", [("十几万", "1e5", "2e5", "CNY", {"approx": True, "max_inclusive": False})]),
]
ASPECT_GUO_NOT_MONEY = [  # elsewhere 过 is the hedge
    ("年终奖过十万。", [("过十万", "1e5", N, "CNY", {"min_inclusive": False})]),
]

# A price and the quantity it is quoted per: 一 then a measure (lexicon PRICE_PER_MEASURES) is no trailing 角 digit
# (5元一斤 is 5, not 5.1), and a trailing digit may stand before it (三块五一斤 = 3.5).  (parser_blind12, opened)
PRICE_PER_MEASURE = [
    ("白菜5元一斤。", [("5元", "5", "5", "CNY")]),
    ("小葱涨到了三块五一斤。", [("三块五", "3.5", "3.5", "CNY")]),
    ("土豆三块五毛一斤。", [("三块五毛", "3.5", "3.5", "CNY")]),
    ("票价两块五一张。", [("两块五", "2.5", "2.5", "CNY")]),
]
PRICE_PER_MEASURE_NOT_MONEY = [  # a digit that no measure follows is the trailing 角
    ("一共一块一。", [("一块一", "1.1", "1.1", "CNY")]),
    ("票价一块二。", [("一块二", "1.2", "1.2", "CNY")]),
]

# Money words for a bare figure (lexicon MONEY_CUES): a listing's asking price (挂牌), a handout paid out (发放); a
# price sold at before a minor unit (PRICE_CUES 卖).  (parser_blind12, opened)
LISTINGS_AND_HANDOUTS = [
    ("这套房子挂牌4千多万。", [("4千多万", "4e7", "5e7", "CNY", {"approx": True})]),
    ("每名永久居民發放1萬(澳門幣,下同),每名非永久居民發放6000元。",
     [("1萬", "1e4", "1e4", "MOP"), ("6000元", "6000", "6000", "MOP")]),
    ("往年娃娃菜每棵可以卖一毛八。", [("一毛八", "0.18", "0.18", "CNY")]),
]
LISTINGS_AND_HANDOUTS_NOT_MONEY = [  # what is listed or handed out by count
    ("新三板挂牌企业超过1万家。", []),
    ("共发放1万张消费券。", []),
    ("发放问卷3000份。", []),
]

# Locale cues that are other words: 台 counting a machine (这台电脑) is no Taipower, 从…费用上看 'seen from' no
# Taiwanese 上看 (lexicon LOCALE_CUE_NOT_AFTER).  (parser_blind12, opened)
LOCALE_LOOKALIKES = [
    ("这台电脑到手价不足四千。", [("不足四千", "0", "4000", "CNY", {"max_inclusive": False})]),
    ("从费用上看,月均消费369元。", [("369元", "369", "369", "CNY")]),
]
LOCALE_LOOKALIKES_NOT_MONEY = [  # the cues themselves still count
    ("台电宣布电价每度调涨0.5元。", [("0.5元", "0.5", "0.5", "TWD")]),
    ("股价上看100元。", [("上看100元", "100", "100", "TWD")]),
]

# A promotion's 至高 'up to' X is [0, X], a gap hedge (可享至高价值 9 万元); before 达/于 its 至 is 'to' and the word
# after opens at 高 (lexicon HEDGE_NOT_BEFORE).  (parser_blind12, opened)
UP_TO = [
    ("可享至高价值 9 万元购车权益。", [("至高价值 9 万元", "0", "9e4", "CNY")]),
    ("限时至高优惠2万元。", [("至高优惠2万元", "0", "2e4", "CNY")]),
]
UP_TO_NOT_MONEY = [
    ("营收增至高达100亿元。", [("高达100亿元", "100e8", "100e8", "CNY")]),
    ("股价升至高于100元。", [("高于100元", "100", N, "CNY", {"min_inclusive": False})]),
    ("至高无上的荣誉值100亿元。", [("100亿元", "100e8", "100e8", "CNY")]),
]

# 元 before 锂 is 三元锂 'ternary lithium', a battery (lexicon CURRENCY_WORD_NOT_BEFORE; parser_blind12, opened).
TERNARY_LITHIUM = [
    ("搭载三元锂电池，售价20万元。", [("20万元", "20e4", "20e4", "CNY")]),
]
TERNARY_LITHIUM_NOT_MONEY = [
    ("三元锂电池续航更长。", []),
]

# Two neighbouring digits before 角/毛/分 and 钱 are an approximate range of sub-units anywhere (两三毛钱 = [0.2, 0.3],
# not 2.3: grammar _PAIR_MINOR), and 钱 may close a priced minor unit, so a range of them is one (每斤2毛钱至3毛钱).
# (parser_blind12, opened)
MINOR_PAIRS = [
    ("白菜价格多数为两三毛钱一斤。", [("两三毛钱", "0.2", "0.3", "CNY", {"approx": True})]),
    ("就连废纸都卖三四毛钱一斤。", [("三四毛钱", "0.3", "0.4", "CNY", {"approx": True})]),
    ("价格在每斤2毛钱至3毛钱。", [("2毛钱至3毛钱", "0.2", "0.3", "CNY")]),
    ("大白菜每斤就卖5分钱。", [("5分钱", "0.05", "0.05", "CNY")]),
]
MINOR_PAIRS_NOT_MONEY = [  # no 钱: a score, minutes; 'not a cent'
    ("他考了八九分。", []),
    ("等了两三分钟。", []),
    ("一分钱也不给。", []),
]

# A bare list item after a money figure may be followed by 成 (成为 'become'): 製造業94.6萬成為前三 (lexicon
# BARE_ITEM_FOLLOWERS; parser_blind12, opened).
LIST_ITEM_BECOMES = [
    ("年薪平均達80.2萬元,半導體平均103.5萬、製造業94.6萬成為前三大高薪產業。",
     [("80.2萬元", "80.2e4", "80.2e4", "CNY"), ("103.5萬", "103.5e4", "103.5e4", "CNY"),
      ("94.6萬", "94.6e4", "94.6e4", "CNY")]),
]
LIST_ITEM_BECOMES_NOT_MONEY = [  # members and tenths stay counts
    ("营收3亿元、5万成员。", [("3亿元", "3e8", "3e8", "CNY")]),
    ("营收3亿元、利润2成。", [("3亿元", "3e8", "3e8", "CNY")]),
]

# A figure that opens a bracket right after its money cue is that cue's (签字费(一万至三万不等), 年薪(约30万)):
# parsers.extract._cue_before_aside (parser_blind12, opened; one of its bracket misses).
CUE_THEN_BRACKET = [
    ("签字费(一万至三万不等)", [("一万至三万", "1e4", "3e4", "CNY")]),
    ("年薪(约30万)", [("约30万", "3e5", "3e5", "CNY", {"approx": True})]),
]
CUE_THEN_BRACKET_NOT_MONEY = [  # a count, a year, no cue before the bracket
    ("他们公司(300人)很大", []),
    ("年薪(2024年)达到", []),
    ("团队(30名)", []),
]

# A decimal point between two spaces is still the point, as OCR gives it (grammar ARABIC; parser_blind13, opened).
SPACED_DECIMAL_POINT = [
    ("拟收购价 每股 3 . 85 港元,较停牌前溢价 27%。", [("3 . 85 港元", "3.85", "3.85", "HKD")]),
    ("售价为5 . 5万元。", [("5 . 5万元", "5.5e4", "5.5e4", "CNY")]),
]
SPACED_DECIMAL_POINT_NOT_MONEY = [  # a point with a space on one side only, a sentence's end, a percentage
    ("营收3亿元 . 2025年增长。", [("3亿元", "3e8", "3e8", "CNY")]),
    ("见图 3 . 85%的人认同。", []),
]

# 税前/税后 between a figure and its currency word (lexicon CURRENCY_INFIXES; parser_blind13, opened).
TAX_BEFORE_CURRENCY = [
    ("外籍球员年薪限额为300万税前欧元(中超)。", [("300万税前欧元", "3e6", "3e6", "EUR")]),
    ("年薪为80万税后人民币。", [("80万税后人民币", "8e5", "8e5", "CNY")]),
]
TAX_BEFORE_CURRENCY_NOT_MONEY = [  # 税前 with no currency word after it stays outside the figure
    ("月薪1万税前。", [("1万", "1e4", "1e4", "CNY")]),
    ("税前利润率达到3成。", []),
]

# A cap on money named by its noun (年薪限额, 转账限额) is a money cue, the figures after 分别为 too; 限额 alone caps
# counts as well (lexicon MONEY_CUES; parser_blind13, opened).
MONEY_CAP_NOUNS = [
    ("国内球员年薪限额分别为500万(中超)、300万(中甲)和120万(中乙)",
     [("500万", "5e6", "5e6", "CNY"), ("300万", "3e6", "3e6", "CNY"), ("120万", "1.2e6", "1.2e6", "CNY")]),
    ("每日转账限额为5万。", [("5万", "5e4", "5e4", "CNY")]),
]
MONEY_CAP_NOUNS_NOT_MONEY = [
    ("每场观众限额为3000。", []),
    ("报名人数限额为300人。", []),
]

# An average's 最高/最低 is the highest or lowest of the averages compared, a point, with a verb or none (lexicon
# EXTREME_AVERAGE_NOUNS); 最高前N is a rank, no bound (HEDGE_BLOCKED_BEFORE).  (parser_blind13, opened)
AVERAGE_EXTREMES = [
    ("股份行位列第一梯队,人均薪酬最高60.6万", [("60.6万", "6.06e5", "6.06e5", "CNY")]),
    ("观光事业员工平均年薪最低为55.2万元、玻璃陶瓷业58.7万元。",
     [("55.2万元", "5.52e5", "5.52e5", "CNY"), ("58.7万元", "5.87e5", "5.87e5", "CNY")]),
    ("薪酬金额最高前5大产业依序为电子业的151万元。", [("151万元", "1.51e6", "1.51e6", "CNY")]),
]
AVERAGE_EXTREMES_NOT_MONEY = [  # a cap on pay, 最高可达 and a floor stay bounds; a rank alone is no money
    ("人均薪酬最高可达60万。", [("最高可达60万", "0", "6e5", "CNY")]),
    ("签约奖金最高达1亿美元。", [("最高达1亿美元", "0", "1e8", "USD")]),
    ("起薪最低为5000元。", [("最低为5000元", "5000", N, "CNY")]),
    ("薪酬最高前3名的行业。", []),
]

# 博彩收入, the formal name of 赌收, makes the bare figures with a large unit in its sentence money (lexicon
# SENTENCE_MONEY_NOUNS); 打包价, a graduate offer's package, is a pay word for k-scaled figures (SALARY_CUES).
# (parser_blind13, opened)
GAMING_AND_PACKAGE = [
    ("澳门博彩收入按年升14%至58.3亿。", [("58.3亿", "5.83e9", "5.83e9", "MOP")]),
    ("华为的打包价大概是9K。", [("大概是9K", "9000", "9000", "CNY", {"approx": True})]),
]
GAMING_AND_PACKAGE_NOT_MONEY = [
    ("博彩收入增长14%,员工增至5000人。", []),
    ("这个软件的打包体积是9K。", []),
]

# A price quoted per a measure keeps the bound written after the measure (跌至7元/斤以下 = [0, 7]; grammar _money).
# (parser_blind13, opened)
BOUND_AFTER_MEASURE = [
    ("南方部分省份猪价也跌至7元/斤以下。", [("7元/斤以下", "0", "7", "CNY")]),
    ("月薪5000元/月以上。", [("5000元/月以上", "5000", N, "CNY")]),
]
BOUND_AFTER_MEASURE_NOT_MONEY = [  # no bound: the measure stays outside the figure
    ("猪价5元/斤。", [("5元", "5", "5", "CNY")]),
]

# A figure opened by a conversion word (折合人民币一百五十多万) restates the figures before it, so it lends them no
# currency; the nearest one before does (parsers.currency.same_sentence; parser_blind13, opened).
CONVERSION_AFTER_LENDS_NOTHING = [
    ("Offer给的是180k刀的base,外加每年40k的股票,折合人民币一百五十多万。",
     [("180k刀", "180000", "180000", "USD"), ("40k", "40000", "40000", "USD"),
      ("折合人民币一百五十多万", "1.5e6", "1.6e6", "CNY")]),
]
CONVERSION_AFTER_LENDS_NOTHING_NOT_MONEY = [  # with no conversion word the nearer figure after still lends its own
    ("工程师月薪中位数3.8万，资深专家年薪150万人民币",
     [("3.8万", "3.8e4", "3.8e4", "CNY"), ("150万人民币", "1.5e6", "1.5e6", "CNY")]),
    ("年薪50万,另有奖金5万美元。", [("50万", "5e5", "5e5", "USD"), ("5万美元", "5e4", "5e4", "USD")]),
]

# A currency named in brackets right before a figure, perhaps with 税前/税后, is its prefix, and a bound before the
# bracket still bounds it (grammar end: cbr; parser_blind13, opened).
BRACKETED_PREFIX = [
    ("外籍球员薪酬总额不得超过(税前欧元)1,000万;", [("不得超过(税前欧元)1,000万", "0", "1e7", "EUR")]),
    ("薪酬总额(欧元)1000万。", [("(欧元)1000万", "1e7", "1e7", "EUR")]),
    ("营收（人民币）5亿。", [("（人民币）5亿", "5e8", "5e8", "CNY")]),
]
BRACKETED_PREFIX_NOT_MONEY = [  # no figure after the bracket; a unit label with its colon keeps its own reading
    ("他说(美元)很强。", []),
    ("营收（美元）:1000", [("1000", "1000", "1000", "USD")]),
]

# Two neighbouring Chinese digits with the pair mark between them before a unit are one approximate range, as 四五萬 is
# (四、五萬 = [4万, 5万]), also as a range's end (6000多至四、五萬); not in a longer list (grammar CN_NUM, ANCHOR;
# parser_blind13, opened).
MARKED_DIGIT_PAIRS = [
    ("放弃四、五万的薪水。", [("四、五万", "4e4", "5e4", "CNY", {"approx": True})]),
    ("月薪三、五千元。", [("三、五千元", "3000", "5000", "CNY", {"approx": True})]),
    ("月薪水平从澳门币6000多至四、五万不等。", [("从澳门币6000多至四、五万", "6000", "5e4", "MOP")]),
]
MARKED_DIGIT_PAIRS_NOT_MONEY = [  # a longer list, digits too far apart, no unit after the pair
    ("营收一、二、三万元。", [("三万元", "3e4", "3e4", "CNY")]),
    ("一、五万元。", [("五万元", "5e4", "5e4", "CNY")]),
    ("第三、四季度营收5亿元。", [("5亿元", "5e8", "5e8", "CNY")]),
    ("三、四月份营收5亿元。", [("5亿元", "5e8", "5e8", "CNY")]),
]

# A rate of change ending in 至 between a money cue and the figure does not keep the cue from it: the level after 至 is
# the money (extract _RATE_CHANGE_BACKWARDS; parser_blind13 and others, opened).
RATE_CHANGE_THEN_LEVEL = [
    ("公司收入同比增长14%至58.3亿。", [("58.3亿", "5.83e9", "5.83e9", "CNY")]),
    ("净利润增长12.5%至3.2亿。", [("3.2亿", "3.2e8", "3.2e8", "CNY")]),
    ("利润增加2倍至30亿。", [("30亿", "3e9", "3e9", "CNY")]),
]
RATE_CHANGE_THEN_LEVEL_NOT_MONEY = [  # no money cue before the change; a count's change
    ("员工人数增长14%至5000。", []),
    ("用户同比增长14%至3.2亿。", []),
    ("气温上升5%至30。", []),
]

# A distributive basis phrase (均以人民币计价: lexicon BASIS_DISTRIBUTIVES) declares the currency of the bare figures
# before it in its sentence and makes them money (parser_blind13 w030, opened).
DECLARED_AFTER = [
    ("门票分三档:内场1880,看台980和580,均以人民币计价。",
     [("1880", "1880", "1880", "CNY"), ("980", "980", "980", "CNY"), ("580", "580", "580", "CNY")]),
    ("两款售价为3000和5000,全部以港元计算。", [("3000", "3000", "3000", "HKD"), ("5000", "5000", "5000", "HKD")]),
]
DECLARED_AFTER_NOT_MONEY = [  # another sentence; a count before the declaration; no distributive word
    ("内场1880。均以人民币计价。", []),
    ("共有300名员工,均以美元计薪。", []),
    ("门票分三档:内场1880,看台980,以人民币计价。", []),
]

# A headline's pay word, then a figure with a large unit later in its sentence (平均薪資出爐 「這家」375萬奪冠);
# not a count the figure heads (12 萬招行員工: extract _counts_after; parser_blind13 r022, opened).
PAY_WORD_THEN_FIGURE = [
    ("非主管上市公司員工平均薪資出爐 「這家」375萬奪冠", [("375萬", "3.75e6", "3.75e6", "CNY")]),
    ("年薪榜出炉 这家公司375万夺冠", [("375万", "3.75e6", "3.75e6", "CNY")]),
]
PAY_WORD_THEN_FIGURE_NOT_MONEY = [
    ("這場薪酬風暴重創了 12 萬招行員工的心理預期。", []),
    ("他的年薪很高，公司有3万员工。", []),
    ("年薪调查：受访者中有30万人表示不满。", []),
]

# A rate of change ending in 至 between a price cue and a figure in a minor unit, or right after a move that is the
# cue: the level after 至 is the price (extract _priced_after_rate_change; parser_blind9 r017, opened).
PRICED_AFTER_RATE_CHANGE = [
    ("每基金單位分派增長8.3%至141.47仙。", [("141.47仙", "1.4147", "1.4147", "HKD")]),
    ("每股派息增加5%至12仙。", [("12仙", "0.12", "0.12", "HKD")]),
]
PRICED_AFTER_RATE_CHANGE_NOT_MONEY = [  # no price cue before the change: a score
    ("成绩提高10%至90分。", []),
    ("他的得分增长10%至30分。", []),
]

# A bare figure with a period rate beside it (lexicon RATE_BEFORE, RATE_AFTER: 每月 3200, 350/day, 40-50一天) is pay when a
# pay word (SALARY_CUES) stands earlier in its sentence (extract _pay_at_rate; parser_blind12 r129, r134, opened).
PAY_AT_A_RATE = [
    ("产研岗:350/day(本科)、400/day(硕士) + 餐补40-50一天",
     [("350", "350", "350", "CNY"), ("400", "400", "400", "CNY"), ("40-50", "40", "50", "CNY")]),
    ('应届毕业很看重的"房补",这部分福利,福报厂以"每月 3200"断层式领先。', [("3200", "3200", "3200", "CNY")]),
]
PAY_AT_A_RATE_NOT_MONEY = [  # a counted thing after the figure; no pay word before it; a rate without a pay word
    ("工资不高,每天工作12小时。", []),
    ("年薪很高,每天跑5000步。", []),
    ("他的工资一般,每月 2000 人次访问。", []),
    ("他每天 3200 米慢跑。", []),
    ("球队每月 3 场比赛,工资照发。", []),
]
