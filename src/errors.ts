/**
 * The one error hierarchy. Every failure jixiao reports to a person is a JixiaoError: a Chinese
 * message that says what to do, the exit code of the command that meets it, and the `cause` (the
 * errno, HTTP status or parser error underneath) that `--debug` prints. Each module's own error
 * (ImportError, LlmError, SettingsError…) extends one of the kinds below; commands never convert
 * them, src/commands/fatal.ts maps any of them to output and an exit code in one place.
 *
 * This module is the bottom layer: it imports nothing.
 */

/** Exit codes: 0 done, 1 the checker found errors, 2 could not do it, 130 cancelled (Ctrl+C). */
export const EXIT = { ok: 0, findings: 1, failed: 2, cancelled: 130 } as const;

export interface JixiaoErrorOptions {
  /** What went wrong underneath (a Node errno error, an HTTP error, a parser error). */
  cause?: unknown;
  exitCode?: number;
}

export class JixiaoError extends Error {
  readonly exitCode: number;
  constructor(message: string, options: JixiaoErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.exitCode = options.exitCode ?? EXIT.failed;
  }
}

/** The command line asks for something that cannot be done: an unknown value, action or option. */
export class UsageError extends JixiaoError {}

/** What the user gave cannot be used as it is: answers, actuals, a document that fails its schema. */
export class InputError extends JixiaoError {}

/** A file or folder cannot be read or written: missing, no permission, a full disk. */
export class FileError extends JixiaoError {}

/** The model service cannot be used or did not answer usably. */
export class ModelError extends JixiaoError {}

/** The user cancelled (Ctrl+C); nothing was written. */
export class CancelledError extends JixiaoError {
  constructor(message: string, options: JixiaoErrorOptions = {}) {
    super(message, { exitCode: EXIT.cancelled, ...options });
  }
}

/** Node's details of a system error (errno code, syscall, path), when `error` carries them. */
function systemDetails(error: object): string[] {
  const e = error as Partial<NodeJS.ErrnoException> & { status?: unknown };
  const details: string[] = [];
  if (typeof e.code === 'string') details.push(`code=${e.code}`);
  if (typeof e.errno === 'number') details.push(`errno=${e.errno}`);
  if (typeof e.syscall === 'string') details.push(`syscall=${e.syscall}`);
  if (typeof e.path === 'string') details.push(`path=${e.path}`);
  if (typeof e.status === 'number') details.push(`HTTP ${e.status}`);
  return details;
}

/**
 * For `--debug`: the error, then each cause underneath it, with its errno code, syscall, path or
 * HTTP status, and the first stack that was recorded.
 */
export function describeCauses(error: unknown): string {
  const lines: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  let stack: string | undefined;
  for (let depth = 0; current !== undefined && current !== null && !seen.has(current); depth++) {
    seen.add(current);
    const prefix = depth === 0 ? '' : '原因：';
    if (current instanceof Error) {
      const details = systemDetails(current);
      lines.push(
        `${prefix}${current.name}: ${current.message}${details.length ? ` [${details.join(' ')}]` : ''}`,
      );
      stack ??= current.stack;
      current = current.cause;
    } else {
      lines.push(`${prefix}${String(current)}`);
      break;
    }
  }
  if (stack) lines.push(stack);
  return lines.join('\n');
}
