/**
 * Rig and maker names as a Chinese miner reads them (../../shared glossary: 蚂蚁矿机 S21, 神马 M30S++,
 * 阿瓦隆 A1466, "S17 Pro 50T 版", "Hyd（水冷）"); English names are the catalogue's own.
 */
import type { Locale } from "./locale";

const ZH_MODEL_PREFIX: readonly (readonly [string, string])[] = [
  ["Antminer ", "蚂蚁矿机 "],
  ["Whatsminer ", "神马 "],
  ["AvalonMiner ", "阿瓦隆 "],
  ["Avalon ", "阿瓦隆 "],
  ["SEALMINER ", "比特小鹿 SEALMINER "],
];

const ZH_MAKERS: Readonly<Record<string, string>> = {
  Bitmain: "比特大陆",
  MicroBT: "比特微（神马）",
  Canaan: "嘉楠",
  Bitdeer: "比特小鹿",
};

/**
 * A catalogue rig's name in `locale`. Examples (zh): "Antminer S17 Pro (50 TH/s bin)" → "蚂蚁矿机 S17 Pro
 * 50T 版"; "Antminer S9 (13.5 TH/s)" → "蚂蚁矿机 S9（13.5T）"; "Antminer S21 Hyd" → "蚂蚁矿机 S21 Hyd（水冷）".
 */
export function rigModelName(name: string, locale: Locale): string {
  if (locale === "en") return name;
  let out = name;
  for (const [en, zh] of ZH_MODEL_PREFIX) if (out.startsWith(en)) out = zh + out.slice(en.length);
  return out
    .replace(/ \((\d+(?:\.\d+)?) TH\/s bin\)/, " $1T 版")
    .replace(/ \((\d+(?:\.\d+)?) TH\/s\)/, "（$1T）")
    .replace(/ \(high-performance mode\)/, "（高性能模式）")
    .replace(/ \(immersion\)/, "（浸没式）")
    .replace(/ \(air\)/, "（风冷版）")
    .replace(/ Hyd( 3U)?$/, " Hyd$1（水冷）");
}

/** A maker's name in `locale`: 比特大陆, 比特微（神马）, 嘉楠, 比特小鹿. */
export function makerName(maker: string, locale: Locale): string {
  return locale === "en" ? maker : (ZH_MAKERS[maker] ?? maker);
}
