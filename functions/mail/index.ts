/** The mail slice's public module: what other slices may use of it (docs/architecture.md). */
export type { Mailer, MailMessage } from './domain/ports';
