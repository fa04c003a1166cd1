// Placeholder: the Cayman adjustment anchors/readings and sector sensitivity classes (methodology §4.1)
// are filled in with the holder engine.
export type HolderAssumptions = Record<string, never>;
export const HOLDER_DEFAULTS: HolderAssumptions = {};
