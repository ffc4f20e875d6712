import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly optional?: boolean;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function Label({ id, label, optional }: Pick<FieldProps, 'id' | 'label' | 'optional'>) {
  const { t } = useTranslation();
  return (
    <label className="govuk-label govuk-label--s" htmlFor={id}>
      {label}
      {optional && <span className="field-optional"> {t('form.optional')}</span>}
    </label>
  );
}

function HintAndError({ id, hint, error }: Pick<FieldProps, 'id' | 'hint' | 'error'>) {
  return (
    <>
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="govuk-error-message" id={`${id}-error`}>
          <span className="govuk-visually-hidden">Galat:</span> {error}
        </p>
      )}
    </>
  );
}

function group(error: string | undefined): string {
  return `govuk-form-group${error ? ' govuk-form-group--error' : ''}`;
}

export function TextField(
  props: FieldProps & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly type?: 'text' | 'date' | 'datetime-local' | 'email' | 'number';
    readonly inputMode?: 'numeric' | 'text' | 'decimal';
    readonly width?: 'full' | '20' | '10';
    readonly autoComplete?: string;
  },
) {
  const width = props.width === 'full' || !props.width ? '' : ` govuk-input--width-${props.width}`;
  return (
    <div className={group(props.error)}>
      <Label id={props.id} label={props.label} optional={props.optional} />
      <HintAndError id={props.id} hint={props.hint} error={props.error} />
      <input
        className={`govuk-input${width}${props.error ? ' govuk-input--error' : ''}`}
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        value={props.value}
        autoComplete={props.autoComplete ?? 'off'}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        aria-invalid={props.error ? true : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}

export function TextArea(
  props: FieldProps & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly rows?: number;
  },
) {
  return (
    <div className={group(props.error)}>
      <Label id={props.id} label={props.label} optional={props.optional} />
      <HintAndError id={props.id} hint={props.hint} error={props.error} />
      <textarea
        className={`govuk-textarea${props.error ? ' govuk-textarea--error' : ''}`}
        id={props.id}
        name={props.id}
        rows={props.rows ?? 4}
        value={props.value}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        aria-invalid={props.error ? true : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}

export function Select(
  props: FieldProps & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly options: ReadonlyArray<{ readonly value: string; readonly label: string }>;
    readonly placeholder?: string;
  },
) {
  return (
    <div className={group(props.error)}>
      <Label id={props.id} label={props.label} optional={props.optional} />
      <HintAndError id={props.id} hint={props.hint} error={props.error} />
      <select
        className={`govuk-select${props.error ? ' govuk-select--error' : ''}`}
        id={props.id}
        name={props.id}
        value={props.value}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        aria-invalid={props.error ? true : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A question answered by one of a few choices, as a fieldset of radios; `id` goes on the first. */
export function Radios(
  props: FieldProps & {
    readonly name: string;
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly options: ReadonlyArray<{ readonly value: string; readonly label: string }>;
    readonly inline?: boolean;
    readonly small?: boolean;
  },
) {
  return (
    <div className={group(props.error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(props.id, props.hint, props.error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{props.label}</legend>
        <HintAndError id={props.id} hint={props.hint} error={props.error} />
        <div
          className={`govuk-radios${props.inline ? ' govuk-radios--inline' : ''}${props.small ? ' govuk-radios--small' : ''}`}
        >
          {props.options.map((option, index) => {
            const id = index === 0 ? props.id : `${props.id}-${index}`;
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={props.name}
                  type="radio"
                  value={option.value}
                  checked={props.value === option.value}
                  onChange={() => props.onChange(option.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Checkbox(
  props: FieldProps & { readonly checked: boolean; readonly onChange: (checked: boolean) => void },
) {
  return (
    <div className={group(props.error)}>
      <HintAndError id={props.id} hint={props.hint} error={props.error} />
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={props.id}
            name={props.id}
            type="checkbox"
            checked={props.checked}
            aria-describedby={describedBy(props.id, props.hint, props.error)}
            onChange={(event) => props.onChange(event.target.checked)}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={props.id}>
            {props.label}
          </label>
        </div>
      </div>
    </div>
  );
}

export function FileField(
  props: FieldProps & { readonly onChange: (file: File | undefined) => void; readonly accept?: string },
) {
  return (
    <div className={group(props.error)}>
      <Label id={props.id} label={props.label} optional={props.optional} />
      <HintAndError id={props.id} hint={props.hint} error={props.error} />
      <input
        className={`govuk-file-upload${props.error ? ' govuk-file-upload--error' : ''}`}
        id={props.id}
        name={props.id}
        type="file"
        accept={props.accept ?? 'application/pdf,image/jpeg,image/png'}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        onChange={(event) => props.onChange(event.target.files?.[0])}
      />
    </div>
  );
}

export function Button(props: {
  readonly children: ReactNode;
  readonly onClick?: () => void;
  readonly type?: 'button' | 'submit';
  readonly variant?: 'primary' | 'secondary' | 'warning';
  readonly disabled?: boolean;
  readonly busy?: boolean;
  readonly small?: boolean;
}) {
  const { t } = useTranslation();
  const variant = props.variant && props.variant !== 'primary' ? ` govuk-button--${props.variant}` : '';
  return (
    <button
      type={props.type ?? 'button'}
      className={`govuk-button${variant}${props.small ? ' button--small' : ''}`}
      disabled={props.disabled || props.busy}
      aria-disabled={props.disabled || props.busy ? true : undefined}
      onClick={props.onClick}
    >
      {props.busy ? t('form.saving') : props.children}
    </button>
  );
}
