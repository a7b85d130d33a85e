export { INDICATOR_CATALOGUE_DATA } from './catalogue.data.js';
export * from './catalogue.js';
export * from './groups.js';
export * from './schema.js';
