export * from './document.js';
export * from './finding.js';
export * from './value.js';
