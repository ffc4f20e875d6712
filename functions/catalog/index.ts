/** The catalog slice's public module: what other slices may use of it (docs/architecture.md). */
export { findService, isServiceCode, serviceSla } from './domain/catalog';
export { planOf, serviceFor } from './domain/resolve';
export type {
  RequestPlan,
  Requirement,
  ServiceDefinition,
  SignatureMode,
  ValidationTier,
  VerifiedFacts,
} from './domain/service';
