/**
 * Numbers written out as en-US does (1,234.50), without Intl.NumberFormat.
 *
 * The first Intl.NumberFormat a page builds loads the browser's locale data: about 17 ms of the
 * main thread on a desktop, about 70 ms on a mid-range phone, spent while the page comes to life.
 * These functions give the same text as `new Intl.NumberFormat("en-US", options).format(n)` for
 * the options the page uses (tests/lib/present/digits.test.ts holds them to Intl on many numbers):
 * the number's shortest decimal (what `String(n)` writes: 1.005, not 1.00499999…), rounded half
 * away from zero, grouped by threes with commas, a minus for every negative number (−0 included).
 */
import { MONTH_NAMES } from "../scenario/power";

/** A number's shortest decimal as its significant digits and the place of the point: 0.d₁d₂… × 10^point. */
interface Digits {
  /** No leading or trailing zeros; "" for zero. */
  digits: string;
  point: number;
}

function shortestDigits(a: number): Digits {
  // String(a) is the shortest text that reads back as a: "1.005", "1.5e-7", "1e+21"
  const [mantissa = "0", exponent] = String(a).split("e");
  const [whole = "0", fraction = ""] = mantissa.split(".");
  let digits = whole + fraction;
  let point = whole.length + (exponent === undefined ? 0 : Number(exponent));
  const lead = digits.length - digits.replace(/^0+/, "").length;
  digits = digits.slice(lead).replace(/0+$/, "");
  point -= lead;
  return digits === "" ? { digits: "", point: 0 } : { digits, point };
}

/** Keeps the first `keep` digits, rounding half away from zero on the next one (a carry may add a digit in front). */
function roundDigits({ digits, point }: Digits, keep: number): Digits {
  if (keep >= digits.length) return { digits, point };
  if (keep < 0) return { digits: "", point: 0 };
  const up = digits.charCodeAt(keep) >= 53; // "5"
  let kept = digits.slice(0, keep);
  if (up) {
    // add one to the last kept digit, carrying leftwards
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === "9") i -= 1;
    if (i < 0) {
      kept = `1${"0".repeat(kept.length)}`;
      point += 1;
    } else {
      kept = `${kept.slice(0, i)}${String.fromCharCode(kept.charCodeAt(i) + 1)}${"0".repeat(kept.length - i - 1)}`;
    }
  }
  kept = kept.replace(/0+$/, "");
  return kept === "" ? { digits: "", point: 0 } : { digits: kept, point };
}

function grouped(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The digits written out with at least `minPlaces` decimals (trailing zeros added), the sign left to the caller. */
function written({ digits, point }: Digits, minPlaces: number): string {
  const whole = point > 0 ? digits.slice(0, point).padEnd(point, "0") : "0";
  let fraction = point >= 0 ? digits.slice(point) : `${"0".repeat(-point)}${digits}`;
  if (fraction.length < minPlaces) fraction = fraction.padEnd(minPlaces, "0");
  return fraction === "" ? grouped(whole) : `${grouped(whole)}.${fraction}`;
}

function signOf(n: number): string {
  return n < 0 || Object.is(n, -0) ? "-" : "";
}

/**
 * As `new Intl.NumberFormat("en-US", { minimumFractionDigits: minPlaces, maximumFractionDigits: maxPlaces }).format(n)`:
 * 1234.5, 2, 2 → "1,234.50"; 1.005, 0, 2 → "1.01"; −0.001, 0, 2 → "-0". `n` must be finite.
 */
export function enPlaces(n: number, minPlaces: number, maxPlaces: number): string {
  const d = shortestDigits(Math.abs(n));
  return `${signOf(n)}${written(roundDigits(d, d.point + maxPlaces), minPlaces)}`;
}

/**
 * As `new Intl.NumberFormat("en-US", { minimumSignificantDigits: count, maximumSignificantDigits: count }).format(n)`:
 * 0.000012345, 4 → "0.00001235"; 30, 4 → "30.00"; 123456789, 4 → "123,500,000". `n` must be finite.
 */
export function enSignificant(n: number, count: number): string {
  const rounded = roundDigits(shortestDigits(Math.abs(n)), count);
  if (rounded.digits === "") return `${signOf(n)}${written(rounded, count - 1)}`;
  // as many decimals as it takes to show `count` digits
  return `${signOf(n)}${written(rounded, Math.max(0, count - rounded.point))}`;
}

/** As en-GB's long date (`day: "numeric", month: "long", year: "numeric"`): 2018, 9, 16 → "16 September 2018". */
export function enLongDate(year: number, month: number, day: number): string {
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}
