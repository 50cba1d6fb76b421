import { UserError } from './fatal.js';

// Placeholder until its issue lands; replace the whole file.
export async function runExport(..._args: unknown[]): Promise<number> {
  throw new UserError('此命令尚在开发中。');
}
