import { randomUUID } from 'node:crypto';
import type { IdGenerator } from '#kernel/domain/ports';

export const ids: IdGenerator = { next: () => randomUUID() };
