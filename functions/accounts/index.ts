/** The accounts slice's public module: what other slices may use of it (docs/architecture.md). */
export type {
  Account,
  AccountDirectory,
  AccountHistory,
  AccountsByEmail,
  MailDeliveryProblem,
} from './domain/ports';
