export * from './schema.js';
export { validateLayout, type LayoutValidation } from './validate.js';
export { migrateLayoutFormat, migratePanelOptions } from './migrate.js';
export { panelKinds, type PanelKindDefinition } from './panel-kinds/index.js';
export { findDisplay, layoutDisplays, type LocatedDisplay } from './displays.js';
export { displayTextHeights, legibleText, viewingSchema, type LegibleText, type Viewing } from './legibility.js';
