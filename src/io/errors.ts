import { ImportError } from '../import/types.js';

/**
 * A file that must not be read or written as asked (not a regular file, too large, the output is
 * an input…). The message is Chinese and says what to do. It is an ImportError so every command
 * that already reports unreadable files (check's per-file report, exit 2) reports these too.
 */
export class FileAccessError extends ImportError {}
