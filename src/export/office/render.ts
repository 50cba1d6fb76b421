/** The formats `jixiao export` and the app write. */
export type ExportFormat = 'docx' | 'xlsx' | 'md' | 'json';

export interface ExportFonts {
  /** settings.fontBody (Word body and table text; Excel cells). */
  fontBody?: string;
  /** settings.fontHeading (Word and Excel titles). */
  fontHeading?: string;
}

/**
 * The exported file's content for one format: bytes for docx/xlsx, text for md/json. Each
 * exporter validates the document first (ExportError in Chinese) and is loaded only when asked for.
 */
export async function renderExport(
  input: unknown,
  format: ExportFormat,
  fonts: ExportFonts = {},
): Promise<Uint8Array | string> {
  switch (format) {
    case 'docx':
      return (await import('../docx.js')).exportDocx(input, fonts);
    case 'xlsx':
      return (await import('../xlsx.js')).exportXlsx(input, fonts);
    case 'md':
      return (await import('../markdown.js')).exportMarkdown(input);
    case 'json':
      return (await import('../json.js')).exportJson(input);
  }
}

/** The usual file extension of a format. */
export const EXPORT_EXTENSION: Record<ExportFormat, string> = {
  docx: '.docx',
  xlsx: '.xlsx',
  md: '.md',
  json: '.json',
};
