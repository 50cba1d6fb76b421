import { describeCauses, EXIT, JixiaoError } from '../errors.js';

/**
 * The one place an error becomes output and an exit code: a JixiaoError's own message (it says what
 * to do) and its exit code; anything else is a bug, said so. Never a stack trace unless --debug,
 * which adds the chain of causes (errno, HTTP status) and the stack.
 */
export function reportFatal(error: unknown, debug: boolean): number {
  const known = error instanceof JixiaoError;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(known ? `错误：${message}\n` : `出错了：${message}\n（加 --debug 可查看技术细节）\n`);
  if (debug) process.stderr.write(`${describeCauses(error)}\n`);
  return known ? error.exitCode : EXIT.failed;
}
