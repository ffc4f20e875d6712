import { useTranslation } from 'react-i18next';
import { humanize } from '../lib/format';
import { type DetailsSchema, type DetailValues, detailId } from './details-values';
import { Checkbox, Select, TextField } from './form';

export {
  type DetailsSchema,
  type DetailValues,
  detailId,
  detailsOf,
  fieldIdOf,
} from './details-values';

/** What the browser can tell before the API does: required fields and numbers. */
export function checkDetails(
  schema: DetailsSchema,
  values: DetailValues,
  words: { required: string; number: string },
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const value = values[name];
    const label = property.title ?? humanize(name);
    if (property.type === 'boolean') continue;
    const empty = typeof value !== 'string' || value.trim() === '';
    if (empty && schema.required?.includes(name)) problems[name] = `${label}: ${words.required}`;
    else if (
      !empty &&
      (property.type === 'integer' || property.type === 'number') &&
      Number.isNaN(Number(value))
    )
      problems[name] = `${label}: ${words.number}`;
  }
  return problems;
}

/**
 * A service's details form, rendered from the JSON Schema the catalog publishes: titles become
 * labels, descriptions hints; dates, numbers, choices and yes/no each get their control.
 */
export function DetailsForm({
  schema,
  values,
  errors,
  onChange,
}: {
  readonly schema: DetailsSchema;
  readonly values: DetailValues;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (name: string, value: string | boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {Object.entries(schema.properties ?? {}).map(([name, property]) => {
        const common = {
          id: detailId(name),
          label: property.title ?? humanize(name),
          hint: property.description,
          error: errors[name],
          optional: !schema.required?.includes(name),
        };
        const value = values[name];
        if (property.type === 'boolean') {
          return (
            <Checkbox
              key={name}
              {...common}
              checked={value === true}
              onChange={(checked) => onChange(name, checked)}
            />
          );
        }
        if (property.enum) {
          return (
            <Select
              key={name}
              {...common}
              value={typeof value === 'string' ? value : ''}
              placeholder={t('form.choose')}
              options={property.enum.map((option) => ({ value: option, label: humanize(option) }))}
              onChange={(next) => onChange(name, next)}
            />
          );
        }
        const numeric = property.type === 'integer' || property.type === 'number';
        return (
          <TextField
            key={name}
            {...common}
            value={typeof value === 'string' ? value : ''}
            type={property.format === 'date' ? 'date' : 'text'}
            inputMode={numeric ? 'numeric' : undefined}
            width={numeric ? '10' : property.format === 'date' ? undefined : 'full'}
            onChange={(next) => onChange(name, next)}
          />
        );
      })}
    </>
  );
}
