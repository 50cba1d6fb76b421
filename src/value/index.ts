export { parseValue } from './parse-value.js';
export { formatValue, formatNumber } from './format-value.js';
export * from './money.js';
export { normalizeUnit, isMoneyUnit, isTimeUnit, isPeopleUnit } from './units.js';
export { normalizeText } from './normalize.js';
