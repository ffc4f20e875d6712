/** Report tables, as exports (CSV, XLSX) write them. */

/** A report cell: text, a number, or nothing. */
export type CellValue = string | number | null;

export interface TableColumn {
  /** Property of each row that fills this column. */
  readonly key: string;
  readonly header: string;
}

export interface Table {
  readonly columns: readonly TableColumn[];
  /** A key a row lacks is an empty cell, like null. */
  readonly rows: readonly Readonly<Record<string, CellValue>>[];
}

export interface Sheet extends Table {
  /** Tab name; cut to Excel's 31 characters. */
  readonly name: string;
}
