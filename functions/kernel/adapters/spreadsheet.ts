import writeExcelFile, { type Cell, type Sheet as WorkbookSheet } from 'write-excel-file/node';
import type { CellValue, Sheet, Table } from '#reports/domain/tables';

/**
 * A table as RFC 4180 CSV: comma-separated, CRLF line ends, a field quoted when it holds a comma,
 * quote or line break, numbers as JavaScript writes them ('.' decimals, no grouping), null empty.
 *
 * A UTF-8 byte order mark comes first, or Excel reads the file as ANSI and garbles non-ASCII
 * names. Text starting with = + - @ (or tab or carriage return, as OWASP lists) gets a leading
 * apostrophe, so a spreadsheet shows it as text instead of running it as a formula: an applicant's
 * name of "=HYPERLINK(…)" must not become a live link in an officer's report (CSV injection).
 * Numbers are never prefixed; text such as "-5" or "+62…" is, which is the price of that safety.
 *
 * Excel set to Indonesian reads ';' as the list separator and ',' as the decimal comma, so a
 * double-clicked CSV may land in one column there: offer people `toXlsx`, CSV suits other programs.
 */
export function toCsv(table: Table): string {
  const lines = [
    table.columns.map(({ header }) => csvField(header)),
    ...table.rows.map((row) => table.columns.map(({ key }) => csvField(cellOf(row, key)))),
  ];
  return `\uFEFF${lines.map((fields) => `${fields.join(',')}\r\n`).join('')}`;
}

const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The value of `key` in `row`; a number that is not finite is a bug, not a report figure. */
function cellOf(row: Readonly<Record<string, CellValue>>, key: string): CellValue {
  const value = row[key] ?? null;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError(`column ${key} holds ${value}, which a spreadsheet cannot store`);
  }
  return value;
}

const SHEET_NAME_LIMIT = 31;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/**
 * An .xlsx workbook with one tab per sheet: a bold header row that stays in view when scrolling,
 * numbers stored as numbers (so they sum and format in the reader's locale), columns as wide as
 * their longest text within 8–60 characters. Text needs no defusing here: it is stored as a
 * string cell, which Excel never evaluates.
 */
export async function toXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const names = sheets.map(({ name }) => sheetName(name));
  // Excel compares tab names regardless of case and calls a workbook with twins corrupt.
  const twin = names.find((name, index) =>
    names.slice(0, index).some((earlier) => earlier.toLowerCase() === name.toLowerCase()),
  );
  if (twin !== undefined) throw new RangeError(`two sheets are named "${twin}"`);

  const workbook = sheets.map(
    (sheet, index): WorkbookSheet<Buffer> => ({
      sheet: names[index],
      data: [
        sheet.columns.map(({ header }): Cell => ({ value: header, fontWeight: 'bold' })),
        ...sheet.rows.map((row) => sheet.columns.map(({ key }) => cellOf(row, key))),
      ],
      columns: sheet.columns.map(({ key, header }) => ({ width: columnWidth(header, sheet.rows, key) })),
      stickyRowsCount: 1,
    }),
  );
  return writeExcelFile(workbook).toBuffer();
}

/**
 * A tab name Excel accepts. A name over 31 characters is cut (never inside a character); anything
 * else Excel refuses (empty, any of : \ / ? * [ ], an apostrophe at either end) is a mistake in
 * the calling code and throws a RangeError.
 */
function sheetName(name: string): string {
  let cut = '';
  for (const char of name) {
    if (cut.length + char.length > SHEET_NAME_LIMIT) break;
    cut += char;
  }
  if (!cut || /[:\\/?*[\]]/.test(cut) || cut.startsWith("'") || cut.endsWith("'")) {
    throw new RangeError(`"${name}" is not a valid sheet name`);
  }
  return cut;
}

function columnWidth(header: string, rows: Table['rows'], key: string): number {
  const longest = [header, ...rows.map((row) => String(row[key] ?? ''))]
    .flatMap((text) => text.split('\n'))
    .reduce((widest, line) => Math.max(widest, Array.from(line).length), 0);
  // Two characters of padding, as Excel's own autofit leaves.
  return Math.min(Math.max(longest + 2, MIN_WIDTH), MAX_WIDTH);
}
