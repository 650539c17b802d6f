/**
 * The scenario fields, currencies and presets in Simplified Chinese, one entry per field and preset
 * (tests/lib/i18n.test.ts checks none is missing). Loaded on demand (lib/i18n/zh.ts registers it).
 */
import type { ScenarioField } from "../../scenario/fields";
import type { FieldText } from "../registry";

export const FIELD_TEXT_ZH: Record<ScenarioField, FieldText> = {
  currency: { label: "币种", unit: "", allowed: "CNY 或 USD", help: "方案中所有金额的币种（引擎从不换算）。" },
  rigCount: { label: "矿机数量", unit: "台", allowed: "1 到 100000 的整数", help: "购买的同型号矿机台数。" },
  rigPrice: { label: "矿机价格", unit: "{cur}/台", allowed: "0 到 1000000000 的数", help: "一台矿机的价格，第 1 天付清。" },
  hashrateThs: { label: "算力", unit: "TH/s/台", allowed: "大于 0 且不超过 1000000 的数", help: "一台矿机的标称算力。" },
  powerWatts: { label: "功耗", unit: "W/台", allowed: "大于 0 且不超过 1000000 的数", help: "一台矿机的整机墙上功耗。" },
  startDate: {
    label: "开始日期",
    unit: "YYYY-MM-DD",
    allowed: "2009-01-03 到 2199-12-31 之间真实存在的日期，格式 YYYY-MM-DD",
    help: "挖矿的第一天。",
  },
  startHeight: {
    label: "首日区块高度",
    unit: "区块",
    allowed: "0 到 100000000 的整数",
    help: "第 1 天挖出的第一个区块的高度；不填则为 840000 + 144 × 自 2024-04-20 起的天数。",
  },
  difficulty: {
    label: "全网难度",
    unit: "",
    allowed: "大于 0 且不超过 1000000000000000000000 的数（126T、126 T、1.26e14 和 126000000000000 都可以）",
    help: "第一天的全网难度。",
  },
  difficultyGrowthPctPerMonth: {
    label: "难度增长",
    unit: "%/月",
    allowed: "−50 到 100 的数",
    help: "难度每 14 天按此月增长率调整一次（一个月按 30.4375 天）。",
  },
  feesPerBlockBtc: { label: "交易手续费", unit: "BTC/区块", allowed: "0 到 1000 的数", help: "每个区块的平均手续费，加在区块补贴之上。" },
  poolFeePct: { label: "矿池费率", unit: "%（占奖励）", allowed: "0 到 100 的数", help: "矿池从奖励中抽取的比例。" },
  uptimePct: { label: "在线率", unit: "%（占时间）", allowed: "0 到 100 的数", help: "矿机运行（并耗电）的时间比例。" },
  btcPrice: { label: "BTC 价格", unit: "{cur}/BTC", allowed: "大于 0 且不超过 1000000000 的数", help: "第一天的比特币价格。" },
  btcPriceGrowthPctPerMonth: { label: "BTC 价格增长", unit: "%/月", allowed: "−100 到 1000 的数", help: "价格按此月增长率逐日复利。" },
  horizonDays: { label: "计算期", unit: "天", allowed: "1 到 3650 的整数", help: "模拟的天数。" },
  resalePct: { label: "残值", unit: "矿机价格的 %", allowed: "0 到 100 的数", help: "最后一天之后卖掉矿机可收回的矿机价格比例。" },
  shutdownWhenUnprofitable: {
    label: "亏损时关机",
    unit: "1 或 0",
    allowed: "1（是）或 0（否）",
    help: "收入低于电费的日子关机（固定费用照付）。",
  },
  mode: { label: "模式", unit: "", allowed: "self、hosted 或 compare", help: "自己运营、交给托管，或两者对比。" },
  electricityPrice: {
    label: "电价",
    unit: "{cur}/kWh",
    allowed: "−1000 到 1000 的数（负数表示用电有补贴）",
    help: "自营：每 kWh（度）电的价格。",
  },
  overheadFactor: { label: "散热与损耗（PUE）", unit: "× 矿机功耗", allowed: "1 到 3 的数", help: "自营：场地总功耗 ÷ 矿机自身功耗。" },
  fixedCostPerRigPerMonth: {
    label: "运营费用",
    unit: "{cur}/台/月",
    allowed: "0 到 1000000000 的数",
    help: "自营：房租、人工、维护。",
  },
  setupCostPerRig: {
    label: "建设费用",
    unit: "{cur}/台，一次性",
    allowed: "0 到 1000000000 的数",
    help: "自营：机架、布线、变压器，第 1 天付清。",
  },
  hostingPricePerKwh: {
    label: "托管电价",
    unit: "{cur}/kWh，全包",
    allowed: "−1000 到 1000 的数",
    help: "托管：托管方每 kWh 的全包价格。",
  },
  hostingFeePerRigPerMonth: {
    label: "托管费",
    unit: "{cur}/台/月",
    allowed: "0 到 1000000000 的数",
    help: "托管：电费之外每台每月的费用。",
  },
  hostingSetupFeePerRig: { label: "托管上架费", unit: "{cur}/台，一次性", allowed: "0 到 1000000000 的数", help: "托管：第 1 天支付。" },
  revenueSharePct: { label: "托管方分成", unit: "挖出 BTC 的 %", allowed: "0 到 100 的数", help: "托管：托管方留下的挖出 BTC 比例。" },
  useHistory: {
    label: "真实历史",
    unit: "1 或 0",
    allowed: "1（回放记录的历史）或 0（推算）",
    help: "按记录的难度、价格和出块日期回放；记录结束后才按增长率推算。",
  },
  preset: { label: "预设", unit: "", allowed: "已知的预设 id", help: "填入它知道的每个字段；其他键会覆盖它。" },
  coinPolicy: {
    label: "挖出的币",
    unit: "",
    allowed: "daily、hold 或 cover",
    help: "每天卖出当天的 BTC、全部囤币（费用用现金付），或每天只卖够付当天费用的部分。",
  },
  discountPctPerYear: {
    label: "折现率",
    unit: "%/年",
    allowed: "0 到 100 的数",
    help: "以后的钱今天值多少：NPV 按此年利率折现每天的现金。",
  },
  loanPct: {
    label: "借款比例",
    unit: "投入的 %",
    allowed: "0 到 100 的数",
    help: "投入（矿机和建设）中第 1 天借入的比例，按月等额本息偿还。",
  },
  loanAprPct: { label: "贷款年利率", unit: "%/年", allowed: "0 到 100 的数", help: "贷款的年利率；每月利息为其十二分之一。" },
  loanTermMonths: {
    label: "贷款期限",
    unit: "月",
    allowed: "1 到 360 的整数（月）",
    help: "月供期数；第 k 期在第 round(k × 30.4375) + 1 天支付。",
  },
  // the rig catalogue (data/rigs.ts)
  rig: {
    label: "矿机型号",
    unit: "",
    allowed: "矿机目录中的型号 id",
    help: "填入该型号的算力、功耗，以及目录中有参考价时的价格；其他键会覆盖它们。",
  },
  // issue 16: power as miners buy it
  electricityPriceByMonth: {
    label: "分月电价",
    unit: "{cur}/kWh，1 月 … 12 月",
    allowed: "1 月到 12 月共十二个电价，用逗号分隔，每个在 −1000 到 1000 之间",
    help: "自营：每天按所在月份的电价计算，代替统一电价。",
  },
  hostingPriceByMonth: {
    label: "分月托管电价",
    unit: "{cur}/kWh，1 月 … 12 月",
    allowed: "1 月到 12 月共十二个价格，用逗号分隔，每个在 −1000 到 1000 之间",
    help: "托管：每天按所在月份的价格计算，代替统一托管电价。",
  },
  peakElectricityPrice: {
    label: "峰时电价",
    unit: "{cur}/kWh",
    allowed: "−1000 到 1000 的数",
    help: "自营：峰时段的电价；其余时段按电价（或当月电价）计。",
  },
  peakHostingPrice: {
    label: "峰时托管电价",
    unit: "{cur}/kWh",
    allowed: "−1000 到 1000 的数",
    help: "托管：峰时段的价格；其余时段按托管电价（或当月价格）计。",
  },
  peakHours: {
    label: "峰时段",
    unit: "一天中的小时",
    allowed: "0 到 24 的整点时段 起-止，用逗号分隔，不含终点，互不重叠，起止不同（8-11,18-22；22-6 跨午夜）",
    help: "每天按峰时电价计费的时段。开启亏损关机时，每个时段只在划算时运行。",
  },
  peakDays: {
    label: "峰时日",
    unit: "",
    allowed: "weekdays（峰时段只在周一至周五，周六、周日全天按其余时段电价），不填则每天都有峰时段",
    help: "峰时段只在工作日（周一至周五）；周六、周日全天按其余时段电价计。",
  },
  outages: {
    label: "停机与搬迁",
    unit: "YYYY-MM-DD_YYYY-MM-DD_每台费用",
    allowed: "时段 起_止（含两端），可加 _每台费用（0 到 1000000000），用逗号分隔，止不早于起，互不重叠（2021-06-20_2021-11-30_800）",
    help: "矿机停机的日子（搬迁、禁令、维修）：不出币、不耗电，固定费用照付；费用在第一天支付。",
  },
  demandResponseCredit: {
    label: "需求响应补偿",
    unit: "{cur}/未用 kWh",
    allowed: "0 到 1000 的数",
    help: "自营：电网在限电时段为每 kWh 未用电支付的补偿。",
  },
  demandResponseHours: {
    label: "限电小时",
    unit: "小时/月",
    allowed: "0 到 730.5 的数",
    help: "自营：每月为电网关机的小时数，先从峰时段扣除。",
  },
  hostedDemandResponseCredit: {
    label: "托管需求响应补偿",
    unit: "{cur}/未用 kWh",
    allowed: "0 到 1000 的数",
    help: "托管：托管方转给你的每 kWh 未用电补偿。",
  },
  hostedDemandResponseHours: {
    label: "托管限电小时",
    unit: "小时/月",
    allowed: "0 到 730.5 的数",
    help: "托管：托管方每月为电网关机的小时数，先从峰时段扣除。",
  },
  hostingMinimumMonths: {
    label: "托管最短期限",
    unit: "月",
    allowed: "0 到 120 的整数（月）",
    help: "托管：合同的最短期限；计算期短于它时支付提前退出费。",
  },
  hostingExitFeePerRig: {
    label: "提前退出费",
    unit: "{cur}/台",
    allowed: "0 到 1000000000 的数",
    help: "托管：计算期在最短期限之前结束时，于最后一天支付。",
  },
  hostingEscalationPctPerYear: {
    label: "托管价格年涨幅",
    unit: "%/年",
    allowed: "−50 到 100 的数",
    help: "托管：每个合同周年（每 365 天）电价和月费按此比例上涨。",
  },
  hostingDepositMonths: {
    label: "托管押金",
    unit: "个月的托管账单",
    allowed: "0 到 24 的数",
    help: "托管：第 1 天随矿机支付（按第 1 天价格、满在线率 30.4375 天的月费和电费），最后一天退还。",
  },
  hostingUptimePct: {
    label: "托管方在线率",
    unit: "%（占时间）",
    allowed: "0 到 100 的数",
    help: "托管：托管方承诺的在线率，托管一方用它代替在线率。",
  },
};

export const CURRENCY_NAME_ZH: Record<string, string> = { CNY: "元", USD: "美元" };

/** The presets' names and stories in Chinese. */
export const PRESET_TEXT_ZH: Record<string, { name: string; story: string }> = {
  "s9-2018-huaqiangbei": {
    name: "S9 · 华强北，2018年1月",
    story: "2018年1月深圳华强北的市场价：出厂价约1万元的 S9 卖 3万元。",
  },
  "s9-2018-factory": { name: "S9 · 出厂价", story: "同一台蚂蚁矿机 S9，按约 1万元的出厂价。" },
  "s9-2018-used": { name: "S9 · 二手", story: "2018年1月华强北的二手 S9：2万多元。" },
  "s9-2018-bulk100": { name: "S9 · 100台订单", story: "那位莫斯科买家：100 台 S9，300多万元，每台 3万元。" },
  "s9-2018-hosted": {
    name: "S9 · 托管，2018年1月",
    story:
      "销售员的方案：每台每月付托管费，其他什么都不用管。2017年底的托管费约为 2018年中 85–95 美元的两倍：每月 1,162 元，对比用 0.35 元的电自己运营。",
  },
  "s9-2018-replay": {
    name: "3万元的 S9，历史回放",
    story:
      "2018年1月15日在华强北花 3万元买的 S9，按真实发生的历史运行到 2021年12月31日：2018年的价格下跌、记录的手续费、2020年5月的减半，以及 2021年的中国禁令：6月20日至9月30日运往国外期间停机（运费 360 元）。",
  },
  "s9-2018-factory-replay": { name: "1万元的 S9，历史回放", story: "同一台 S9 按约 1万元的出厂价，经历同样的历史，作为对照。" },
  "s19-pro": { name: "蚂蚁矿机 S19 Pro", story: "110 TH/s，3,250 瓦（29.5 J/TH），二手，使用最新的全网数据（日期标在数据旁）。" },
  "s19-xp": { name: "蚂蚁矿机 S19 XP", story: "140 TH/s，3,010 瓦（21.5 J/TH），使用最新的全网数据（日期标在数据旁）。" },
  s21: { name: "蚂蚁矿机 S21", story: "200 TH/s，3,500 瓦（17.5 J/TH），约 2,700–3,100 美元，使用最新的全网数据（日期标在数据旁）。" },
  "s21-xp": { name: "蚂蚁矿机 S21 XP", story: "270 TH/s，3,645 瓦（13.5 J/TH），使用最新的全网数据（日期标在数据旁）。" },
  m60s: { name: "神马 M60S", story: "186 TH/s，3,425 瓦（18.4 J/TH），约 3,400 美元，使用最新的全网数据（日期标在数据旁）。" },
};
