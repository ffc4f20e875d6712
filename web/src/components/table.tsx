import type { ReactNode } from 'react';

/** A GOV.UK table's head row: one column header per entry; `numeric` ones align right. */
export function TableHead({
  columns,
}: {
  readonly columns: ReadonlyArray<ReactNode | { readonly label: ReactNode; readonly numeric: true }>;
}) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((column, index) => {
          const numeric = typeof column === 'object' && column !== null && 'numeric' in column;
          return (
            <th
              // biome-ignore lint/suspicious/noArrayIndexKey: a table's columns are fixed
              key={index}
              scope="col"
              className={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`}
            >
              {numeric ? column.label : column}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

/** Key figures as cards: the number large, its label under it. */
export function Figures({ items }: { readonly items: ReadonlyArray<readonly [ReactNode, ReactNode]> }) {
  return (
    <ul className="figures">
      {items.map(([value, label], index) => (
        <li
          className="figures__item"
          // biome-ignore lint/suspicious/noArrayIndexKey: a page's figures are fixed
          key={index}
        >
          <span className="figures__value">{value}</span>
          {label}
        </li>
      ))}
    </ul>
  );
}

/**
 * A table that scrolls sideways on narrow screens: the scrolling box is a named region
 * that takes keyboard focus, so people who cannot use a mouse can scroll it too.
 */
export function ScrollingTable({
  label,
  children,
}: {
  readonly label: string;
  readonly children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
