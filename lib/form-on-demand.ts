/**
 * The form's pieces that its parts loaded on demand read (next/dynamic): kept out of lib/form.ts,
 * whose every export is in the page's first load. Pure, nothing happens on import.
 */
export { TIME_OF_USE_CHOICES, TIME_OF_USE_WORDS, timeOfUseForm, type TimeOfUseChoice, type TimeOfUseForm } from "./present/time-of-use";
