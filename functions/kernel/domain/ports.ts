/** A page of results and the opaque cursor of the next one. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly cursor?: string;
}
export interface PageQuery {
  readonly limit: number;
  readonly cursor?: string;
}
export interface Clock {
  now(): Date;
}
export interface IdGenerator {
  next(): string;
}
