import { ImportError } from '../import/types.js';

/** Errors whose message is already written for the user (Chinese, says what to do). */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Prints an error for a person: the message, never a stack trace unless --debug. Returns the exit code. */
export function reportFatal(error: unknown, debug: boolean): number {
  const known = error instanceof UserError || error instanceof ImportError;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(known ? `错误：${message}\n` : `出错了：${message}\n（加 --debug 可查看技术细节）\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return error instanceof UserError ? error.exitCode : 2;
}
