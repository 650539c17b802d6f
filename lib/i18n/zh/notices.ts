/**
 * The codec's refusals and warnings in Simplified Chinese: each kind of English message recognised and
 * rebuilt with the field's Chinese label and allowed values (lib/i18n/notices.ts applies them).
 * Loaded on demand (lib/i18n/zh.ts registers it).
 */
import { FIELD_BY_KEY } from "../../scenario/fields";
import type { NoticeRule } from "../registry";
import { FIELD_TEXT_ZH, PRESET_TEXT_ZH } from "./fields";
import { CROSSOVER_SHIFT_RE } from "../../scenario/notes";
import { groupedDigits, quotedValue, standInValue } from "../notices";

/** The page's own keys (lib/scenario/page.ts): the open view and the futures' settings. */
const PAGE_KEY_LABEL_ZH: Readonly<Record<string, string>> = {
  sens: "视图",
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

/** The key's name for a reader: the field's label, or the page key's; a key this page does not know as written. */
function labelZh(key = ""): string {
  const field = FIELD_BY_KEY.get(key);
  return field ? FIELD_TEXT_ZH[field].label : (PAGE_KEY_LABEL_ZH[key] ?? key);
}

/** What a key allows, in plain words (numbers grouped); null where the page's own names would mean nothing to a reader. */
function allowedZh(key = "", english = ""): string | null {
  const field = FIELD_BY_KEY.get(key);
  if (field === "preset" || field === "rig" || key === "sens" || key === "futures" || key === "fwin") return null;
  return groupedDigits(field ? FIELD_TEXT_ZH[field].allowed : pageAllowedZh(english));
}

/** Where a value used instead of a refused one comes from (lib/open/query.ts, parseQueryLenient). */
function sourceZh(source = ""): string {
  if (/^the preset \S+'s value$/.test(source)) return "示例的取值";
  if (/^the rig \S+'s value$/.test(source)) return "矿机自身的取值";
  return "默认值";
}

/** A space between Chinese text and a figure that follows it: 应为 0 到 100 的数 (and 须为 0 到 100 的数). */
export function spaced(text: string): string {
  return /^[-−\dA-Za-z]/.test(text) ? ` ${text}` : text;
}

const MODE_ZH: Readonly<Record<string, string>> = { self: "自己运营时", hosted: "交给托管时", compare: "对比自营与托管时" };

/**
 * The codec's refusals and warnings as a Chinese reader reads them on the page: each field by its
 * label, numbers grouped, no URL keys or preset ids (the API and the CLI keep the codec's English).
 */
export const NOTICE_RULES_ZH: readonly NoticeRule[] = [
  {
    re: /^(\w+) = (.*) is not allowed: must be (.*)$/s,
    text: (m) => {
      const field = FIELD_BY_KEY.get(m[1] ?? "");
      if (field === "preset") return `链接中的示例${quotedValue(m[2])}不是本页已有的示例。`;
      if (field === "rig") return `链接中的矿机${quotedValue(m[2])}不在矿机目录中。`;
      const allowed = allowedZh(m[1], m[3]);
      return allowed === null
        ? `链接中的${labelZh(m[1])}${quotedValue(m[2])}不是本页已有的选项。`
        : `链接中的${labelZh(m[1])}${quotedValue(m[2])}无法使用：应为${spaced(allowed)}。`;
    },
  },
  { re: /^(\w+) is required in mode (\w+): .*$/s, text: (m) => `${MODE_ZH[m[2] ?? ""] ?? ""}需要填写${labelZh(m[1])}。` },
  // issue 16: the crossover with prices by the month is a shift
  {
    re: CROSSOVER_SHIFT_RE,
    text: () => "按月填写电价时，交叉电价是加到自营每个月电价上、使自营和托管最终持平的金额，而不是一个电价。",
  },
  // issue 16: a peak price needs its hours
  {
    re: /^(\w+) is required when (\w+) is given: .*$/s,
    text: (m) => `链接给出了“${labelZh(m[2])}”，却没有给出它所需要的“${labelZh(m[1])}”。`,
  },
  // weekday peak: the days need the hours
  {
    re: /^(\w+) = (.*) is allowed only with (\w+): .*$/s,
    text: (m) => `链接给出了“${labelZh(m[1])}”（${quotedValue(m[2])}），却没有给出它所需要的“${labelZh(m[3])}”。`,
  },
  {
    re: /^(\w+) is required: (.*)$/s,
    text: (m) => `链接缺少${spaced(labelZh(m[1]))}：应为${spaced(allowedZh(m[1], m[2]) ?? m[2] ?? "")}。`,
  },
  { re: /^(\w+) is given (\d+) times: give each key once$/, text: (m) => `链接中的${labelZh(m[1])}出现了 ${m[2]} 次，只能出现一次。` },
  {
    re: /^v = (.*) is not allowed: this format is v=1$/s,
    text: (m) => `链接的版本标记${quotedValue(m[1])}不是本页的：其余内容按本页的链接格式读取。`,
  },
  {
    re: /^the query is (\d+) characters long; at most (\d+) are read$/,
    text: (m) => `链接长达 ${groupedDigits(m[1] ?? "")} 个字符，超过本页读取的 ${groupedDigits(m[2] ?? "")} 个：改为打开示例。`,
  },
  {
    re: /^date = (.*) is outside the history tables: with hist=1 the start date must be from (\S+) to (\S+)$/s,
    text: (m) => `开始日期${quotedValue(m[1])}超出历史记录：开启“真实历史”时须在 ${m[2]} 至 ${m[3]} 之间。`,
  },
  {
    re: /^date = (.*) has no recorded difficulty and price \((\S+) to (\S+)\)$/s,
    text: (m) => `开始日期${quotedValue(m[1])}没有记录的难度和价格（记录从 ${m[2]} 到 ${m[3]}）。`,
  },
  { re: /^unknown key (.*) ignored$/s, text: (m) => `链接里有本页不认识的一项${quotedValue(m[1])}：已忽略。` },
  {
    re: /^the link names no preset and leaves out (.*): those come from the preset (\S+)$/s,
    text: (m) =>
      `链接没有指定示例，且缺少${(m[1] ?? "")
        .split(", ")
        .map((k) => `“${labelZh(k)}”`)
        .join("、")}：这些取自示例“${PRESET_TEXT_ZH[m[2] ?? ""]?.name ?? m[2]}”。`,
  },
  {
    re: /^the CNY\/USD rate of (.*) is not in the tables: the (\S+) rate, (\S+), is used$/,
    text: (m) => `数据表中没有 ${m[1]} 的人民币/美元汇率：沿用 ${m[2]} 的汇率 ${m[3]}。`,
  },
  {
    re: /^recorded fees end on (\S+): from (\S+) the replay uses fees = (\S+) BTC per block$/,
    text: (m) => `记录的手续费止于 ${m[1]}：自 ${m[2]} 起，回放按每区块 ${m[3]} BTC 的手续费计算。`,
  },
  {
    re: /^(\w+) = (.*) is replaced with hist=1: the record of (\S+) gives (.*)$/s,
    text: (m) => `链接中的${labelZh(m[1])}（${groupedDigits(m[2] ?? "")}）由历史记录取代：${m[3]} 的记录为 ${groupedDigits(m[4] ?? "")}。`,
  },
  {
    re: /^(\w+): using (.*) \((.*)\) instead$/s,
    text: (m) =>
      `${labelZh(m[1])}：改用 ${standInValue(m[2] ?? "")}${FIELD_BY_KEY.get(m[1] ?? "") === "horizonDays" ? " 天" : ""}（${sourceZh(m[3])}）。`,
  },
  { re: /^(\w+): left empty instead$/, text: (m) => `${labelZh(m[1])}：改为留空。` },
  {
    re: /^cur = (\w+) is not the preset \S+'s currency \((\w+)\): its (.+) are taken as \w+ as they stand, unconverted$/,
    text: (m) =>
      `链接把币种设为${CURRENCY_ZH[m[1] ?? ""] ?? m[1]}，但示例的${(m[3] ?? "")
        .split(", ")
        .map((k) => labelZh(k))
        .join("、")}是${CURRENCY_ZH[m[2] ?? ""] ?? m[2]}金额：按原数字当作${CURRENCY_ZH[m[1] ?? ""] ?? m[1]}读取，没有换算。`,
  },
];

const CURRENCY_ZH: Readonly<Record<string, string>> = { CNY: "人民币", USD: "美元" };
