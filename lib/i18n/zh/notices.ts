/**
 * The codec's refusals and warnings in Simplified Chinese: each kind of English message recognised and
 * rebuilt with the field's Chinese label and allowed values (lib/i18n/notices.ts applies them).
 * Loaded on demand (lib/i18n/zh.ts registers it).
 */
import { FIELD_BY_KEY } from "../../scenario/fields";
import type { NoticeRule } from "../registry";
import { FIELD_TEXT_ZH } from "./fields";
import { CROSSOVER_SHIFT_RE } from "../../scenario/notes";

/** The page's own keys (lib/scenario/page.ts): the open view and the futures' settings. */
const PAGE_KEY_LABEL_ZH: Readonly<Record<string, string>> = {
  sens: "打开的视图",
  vol: "波动率",
  seed: "随机种子",
  runs: "情景数",
  futures: "未来情景的模型",
  fwin: "取样的历史时段",
};

/** What a page key allows, from the English text's own bounds (the numbers and dates are the same). */
function pageAllowedZh(english: string): string {
  const whole = english.match(/^a whole number from (\S+) to (\S+)$/);
  if (whole) return `${whole[1]} 到 ${whole[2]} 的整数`;
  const number = english.match(/^a number from (\S+) to (\S+)$/);
  if (number) return `${number[1]} 到 ${number[2]} 的数`;
  const span = english.match(/^before .* from (\S+) to (\S+)$/);
  if (span) return `before（开始日期前的四年）、all（全部记录），或“起始日..结束日”形式的时段（${span[1]} 至 ${span[2]} 之间）`;
  if (english === "margin, history or walk") return "margin（按矿工利润的模型，默认）、history（取自历史）或 walk（随机游走）";
  if (english === "grids, tornado or futures") return "grids（热力图）、tornado（什么最重要）或 futures（未来情景）";
  return english;
}

// regex groups that always take part in a match are strings; `= ""` only satisfies the index type
function named(key = ""): string {
  const field = FIELD_BY_KEY.get(key);
  const page = PAGE_KEY_LABEL_ZH[key];
  return field ? `${key}（${FIELD_TEXT_ZH[field].label}）` : page ? `${key}（${page}）` : key;
}

function allowedZh(key = "", english = ""): string {
  const field = FIELD_BY_KEY.get(key);
  if (!field) return PAGE_KEY_LABEL_ZH[key] ? pageAllowedZh(english) : english;
  // the preset refusal lists the known ids after the allowed text: keep the list
  const list = key === "preset" || key === "rig" ? english.match(/\(([^()]*)\)\s*$/)?.[1] : undefined;
  return list ? `${FIELD_TEXT_ZH[field].allowed}（${list}）` : FIELD_TEXT_ZH[field].allowed;
}

export const NOTICE_RULES_ZH: readonly NoticeRule[] = [
  {
    re: /^(\w+) = (.*) is not allowed: must be (.*)$/s,
    text: (m) => `${named(m[1])} = ${m[2]} 不可用，允许：${allowedZh(m[1], m[3])}`,
  },
  { re: /^(\w+) is required in mode (\w+): .*$/s, text: (m) => `${m[2]} 模式需要 ${named(m[1])}：${allowedZh(m[1], "")}` },
  // issue 16: the crossover with prices by the month is a shift
  {
    re: CROSSOVER_SHIFT_RE,
    text: () => "按月填写电价时，交叉电价是加到自营每个月电价上、使自营和托管最终持平的金额，而不是一个电价。",
  },
  // issue 16: a peak price needs its hours
  { re: /^(\w+) is required when (\w+) is given: .*$/s, text: (m) => `给出 ${named(m[2])} 时需要 ${named(m[1])}：${allowedZh(m[1], "")}` },
  // weekday peak: the days need the hours
  {
    re: /^(\w+) = (.*) is allowed only with (\w+): .*$/s,
    text: (m) => `${named(m[1])} = ${m[2]} 只能和 ${named(m[3])} 一起用：${allowedZh(m[3], "")}`,
  },
  { re: /^(\w+) is required: (.*)$/s, text: (m) => `${named(m[1])} 为必填：${allowedZh(m[1], m[2])}` },
  { re: /^(\w+) is given (\d+) times: give each key once$/, text: (m) => `${named(m[1])} 出现了 ${m[2]} 次：每个键只能写一次` },
  { re: /^v = (.*) is not allowed: this format is v=1$/s, text: (m) => `v = ${m[1]} 不可用：这个格式是 v=1` },
  {
    re: /^the query is (\d+) characters long; at most (\d+) are read$/,
    text: (m) => `链接的查询部分有 ${m[1]} 个字符；最多读取 ${m[2]} 个`,
  },
  {
    re: /^date = (.*) is outside the history tables: with hist=1 the start date must be from (\S+) to (\S+)$/s,
    text: (m) => `date（开始日期）= ${m[1]} 超出历史数据表：hist=1 时开始日期须在 ${m[2]} 至 ${m[3]} 之间`,
  },
  {
    re: /^date = (.*) has no recorded difficulty and price \((\S+) to (\S+)\)$/s,
    text: (m) => `date（开始日期）= ${m[1]} 没有记录的难度和价格（${m[2]} 至 ${m[3]}）`,
  },
  { re: /^unknown key (.*) ignored$/s, text: (m) => `未知的键 ${m[1]} 已忽略` },
  {
    re: /^the link names no preset and leaves out (.*): those come from the preset (\S+)$/s,
    text: (m) => `链接没有指定预设，且缺少 ${m[1]}：这些取自预设 ${m[2]}`,
  },
  {
    re: /^the CNY\/USD rate of (.*) is not in the tables: the (\S+) rate, (\S+), is used$/,
    text: (m) => `数据表中没有 ${m[1]} 的人民币/美元汇率：沿用 ${m[2]} 的汇率 ${m[3]}`,
  },
  {
    re: /^recorded fees end on (\S+): from (\S+) the replay uses fees = (\S+) BTC per block$/,
    text: (m) => `记录的手续费止于 ${m[1]}：自 ${m[2]} 起，回放使用 fees = 每区块 ${m[3]} BTC`,
  },
  {
    re: /^(\w+) = (.*) is replaced with hist=1: the record of (\S+) gives (.*)$/s,
    text: (m) => `${named(m[1])} = ${m[2]} 由 hist=1 取代：${m[3]} 的记录为 ${m[4]}`,
  },
  { re: /^(\w+): using (.*) \((.*)\) instead$/s, text: (m) => `${named(m[1])}：改用 ${m[2]}（${sourceZh(m[3])}）` },
  { re: /^(\w+): left empty instead$/, text: (m) => `${named(m[1])}：改为留空` },
];

/** Where a value used instead of a refused one comes from (lib/open/query.ts, parseQueryLenient). */
function sourceZh(source = ""): string {
  const preset = source.match(/^the preset (\S+)'s value$/);
  if (preset) return `预设 ${preset[1]} 的值`;
  return source === "the default" ? "默认值" : source;
}
