/** The documents slice's public module: what other slices may use of it (docs/architecture.md). */
export type { SigningAuthorities, SigningAuthority } from './domain/ports';
