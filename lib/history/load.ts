/**
 * Installs the daily history tables (lib/history/daily.ts). The server, the worker, the command
 * line and the tests import this module first; the page imports it when a view needs recorded days.
 * It is the only module that imports the generated daily tables (tested).
 */
import { BTC_USD_PACKED, DIFFICULTY_PACKED } from "../../data/history-table";
import { FEE_PACKED } from "../../data/fees-table";
import { installDailyTables } from "./daily";

installDailyTables({ difficulty: DIFFICULTY_PACKED, btcUsd: BTC_USD_PACKED, fees: FEE_PACKED });

/** Nothing: importing this module is what installs the tables (a dynamic import waits for it). */
export const DAILY_TABLES_INSTALLED = true;
