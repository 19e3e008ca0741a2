/** The logger the server reports to; pino, console or anything with these three methods. */
export interface Logger {
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

export const SILENT_LOGGER: Logger = {
  info() {},
  warn() {},
  error() {},
};
