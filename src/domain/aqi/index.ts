export * from './aqi.js';
export * from './bands.js';
export * from './breakpoints.js';
export * from './from-figures.js';
