/** A service's details as the form holds them and as the API takes them (no React: unit-tested alone). */

export interface PropertySchema {
  readonly type?: string;
  readonly format?: string;
  readonly enum?: readonly string[];
  readonly title?: string;
  readonly description?: string;
}

export interface DetailsSchema {
  readonly properties?: Record<string, PropertySchema>;
  readonly required?: readonly string[];
}

export type DetailValues = Record<string, string | boolean>;

/** The element id of a detail field, as error links and the API's `field` (details.x) reach it. */
export const detailId = (name: string) => `details-${name}`;

/** The API's `field` for a problem, as the id of the element that shows it. */
export function fieldIdOf(field: string | undefined): string | undefined {
  if (!field) return undefined;
  const detail = /^details\.([A-Za-z0-9_]+)/.exec(field);
  return detail?.[1] ? detailId(detail[1]) : field;
}

/** Values typed by the schema: numbers as numbers, empty optional fields left out, an unticked required box false. */
export function detailsOf(schema: DetailsSchema, values: DetailValues): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const value = values[name];
    if (property.type === 'boolean') {
      // An unticked box is an answer (no) where the schema requires one.
      if (value === true || schema.required?.includes(name)) details[name] = value === true;
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') continue;
    details[name] = property.type === 'integer' || property.type === 'number' ? Number(value) : value.trim();
  }
  return details;
}
