export * from './channels.js';
export * from './check.js';
export * from './messages.js';
export * from './provenance.js';
export * from './records.js';
export * from './history.js';
