import type { LocalesReport } from '@reperes/shared';

export declare const SOURCE_LOCALE: 'fr';
export declare const HASHES_FILE: string;
export declare function flatten(
  messages: unknown,
  prefix?: string,
  out?: Record<string, string>,
): Record<string, string>;
export declare function placeholders(message: string): string[];
export declare function frenchHash(message: string): string;
export declare function listLocales(dir: string): string[];
export declare function readHashes(
  dir: string,
): { version: number; locales: Record<string, Record<string, string>> } | null;
export declare function localesReport(dir: string, now?: Date): LocalesReport;
export declare function stampLocales(dir: string, only?: string[]): string[];
