import { describe, expect, it, vi } from "vitest";
import type { Locale } from "../../lib/i18n/locale";
import type { Messages } from "../../lib/i18n/messages";
import { MESSAGES } from "../../lib/server";

/** The i18n modules as a page has them before it loads Chinese: fresh instances, nothing registered. */
async function freshModules() {
  vi.resetModules();
  return {
    messages: await import("../../lib/i18n/messages"),
    fields: await import("../../lib/i18n/fields"),
    notices: await import("../../lib/i18n/notices"),
    og: await import("../../lib/present/og-text"),
    registry: await import("../../lib/i18n/registry"),
    presets: await import("../../lib/open/presets"),
  };
}

/** Every key path of a table, nested objects included ("look.skipToResults"). */
function keyPaths(table: object, prefix = ""): string[] {
  return Object.entries(table).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return v !== null && typeof v === "object" ? [path, ...keyPaths(v as object, path)] : [path];
  });
}

describe("the language registry", () => {
  it("before Chinese is loaded, every Chinese lookup throws and names what to import; English works", async () => {
    const { messages, fields, notices, og, registry, presets } = await freshModules();
    expect(registry.isLocaleLoaded("en")).toBe(true);
    expect(registry.isLocaleLoaded("zh")).toBe(false);
    const notLoaded = /the "zh" texts are not loaded; import "lib\/i18n\/zh"/;
    expect(() => messages.messagesFor("zh")).toThrow(notLoaded);
    expect(() => fields.fieldLabel("rigPrice", "zh")).toThrow(notLoaded);
    expect(() => fields.fieldUnit("rigPrice", "CNY", "zh")).toThrow(notLoaded);
    expect(() => fields.presetName(presets.PRESETS[0]!, "zh")).toThrow(notLoaded);
    expect(() => notices.localizeMessage("unknown key zzz ignored", "zh")).toThrow(notLoaded);
    expect(() => og.ogText("zh")).toThrow(notLoaded);
    // English never needs loading
    expect(messages.messagesFor("en").storyTitle).toBe("Shenzhen, January 2018");
    expect(fields.fieldLabel("rigPrice", "en")).toBe("Rig price");
    expect(notices.localizeMessage("unknown key zzz ignored", "en")).toBe(
      "The link has a part this page does not know, “zzz”: it is left out.",
    );
  });

  it("a language the app does not have is refused by name, loaded or not", async () => {
    const { messages, fields } = await freshModules();
    const french = "fr" as string as Locale;
    expect(() => messages.messagesFor(french)).toThrow(/"fr" is not a language of this app \(en, zh\)/);
    await import("../../lib/i18n/zh");
    expect(() => messages.messagesFor(french)).toThrow(/"fr" is not a language of this app/);
    expect(() => fields.fieldHelp("rigPrice", french)).toThrow(/"fr" is not a language of this app/);
  });

  it("once lib/i18n/zh is evaluated, the same lookups answer in Chinese", async () => {
    const { messages, fields, notices, og, registry, presets } = await freshModules();
    await import("../../lib/i18n/zh");
    expect(registry.isLocaleLoaded("zh")).toBe(true);
    expect(messages.messagesFor("zh").storyTitle).toBe("深圳，2018年1月");
    expect(fields.fieldLabel("rigPrice", "zh")).toBe("矿机价格");
    // "{cur}/台" with the yuan's Chinese name
    expect(fields.fieldUnit("rigPrice", "CNY", "zh")).toBe("元/台");
    expect(fields.fieldUnit("rigPrice", "USD", "zh")).toBe("美元/台");
    expect(fields.presetName(presets.findPreset("s9-2018-factory")!, "zh")).toBe("S9 · 出厂价");
    expect(notices.localizeMessage("unknown key zzz ignored", "zh")).toBe("链接里有本页不认识的一项“zzz”：已忽略。");
    expect(notices.localizeMessage("price = abc is not allowed: must be a number", "zh")).toBe(
      "链接中的矿机价格“abc”无法使用：应为 0 到 1,000,000,000 的数。",
    );
    // a message of no known shape is shown as it is
    expect(notices.localizeMessage("something new", "zh")).toBe("something new");
    expect(og.ogText("zh").wordmark).toBe("Rig Payback 矿机回本");
    // English is unchanged by the load
    expect(fields.fieldUnit("rigPrice", "CNY", "en")).toBe("CNY per rig");
  });

  it("the English and Chinese message tables have the same keys, nested ones too", () => {
    expect(keyPaths(MESSAGES.zh).sort()).toEqual(keyPaths(MESSAGES.en).sort());
  });

  it("a Chinese table missing a message is a type error (checked by tsc)", () => {
    const { storyTitle, ...rest } = MESSAGES.zh;
    // @ts-expect-error: the Chinese table has the English one's type, so a missing key does not compile
    const missing: Messages = rest;
    expect(storyTitle).toBe("深圳，2018年1月");
    expect("storyTitle" in missing).toBe(false);
  });
});
