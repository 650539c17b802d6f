/**
 * The schedule download's entry: loaded by the page only when a reader asks for the CSV
 * (app/hooks/useCsvDownload.ts), so it is not part of the first load. Pure, nothing happens on import.
 */
export { pageScheduleCsv, scheduleFileName } from "./present/csv-page";
