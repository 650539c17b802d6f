/**
 * The Chinese refusals put a space between the words and a range that opens with a figure, as the
 * link's notices do (应为 0 到 100 的数): 须为 0 到 100 的数, never 须为0 到 100 的数.
 */
import { describe, expect, it } from "vitest";
import { checkForm, scenarioTexts } from "../../../../lib/server";
import { messagesFor } from "../../../../lib/i18n/messages";
import { scenarioFromQuery } from "../../../support/scenarios";

describe("the Chinese range wording", () => {
  const zh = messagesFor("zh");

  it("spaces a range that opens with a figure or a minus, and not one that opens with words", () => {
    // "0 到 100 的数" opens with a digit: 须为 + space; "−50 …" with a true minus: the same; "大于 0 …" with a word: no space
    expect(zh.entry.outOfRange("在线率", "120", "0 到 100 的数")).toBe("在线率须为 0 到 100 的数；“120”不符合。");
    expect(zh.entry.notNumber("难度增长", "abc", "−50 到 100 的数")).toBe("难度增长：“abc”不是数字；须为 −50 到 100 的数。");
    expect(zh.entry.outOfRange("算力", "0", "大于 0 且不超过 1,000,000 的数")).toBe("算力须为大于 0 且不超过 1,000,000 的数；“0”不符合。");
    expect(zh.power.monthCellError("一月", "−1,000 到 1,000 的数")).toBe("一月的电价不可用：须为 −1,000 到 1,000 的数。");
  });

  it("reads so on the form", () => {
    const s = scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei");
    // uptime 120 > 100: refused with the field's range 0 到 100 的数
    expect(checkForm({ ...scenarioTexts(s), uptimePct: "120" }, s.preset, "zh").errors).toEqual({
      uptimePct: "在线率须为 0 到 100 的数；“120”不符合。",
    });
  });
});
