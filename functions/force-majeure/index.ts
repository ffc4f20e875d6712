/** The force-majeure slice's public module: what other slices may use of it (docs/architecture.md). */
export { holdsDeadlines } from './domain/force-majeure';
export type { ForceMajeurePeriods } from './domain/ports';
