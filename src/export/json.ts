import { validateForExport } from './office/validate.js';

/**
 * The document as pretty JSON (the schema of schemas/document.schema.json), validated with zod
 * first: an invalid document throws ExportError (Chinese) instead of writing a file nobody can read.
 */
export function exportJson(input: unknown): string {
  return `${JSON.stringify(validateForExport(input), null, 2)}\n`;
}
