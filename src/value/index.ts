export { parseValue } from './parse-value.js';
export { formatValue } from './format-value.js';
export * from './money.js';
export { normalizeText } from './normalize.js';
