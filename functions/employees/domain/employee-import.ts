import {
  type DisciplinarySanction,
  EMPLOYEE_TYPES,
  type Employee,
  type EmployeeType,
  PERFORMANCE_RATINGS,
  POSITION_CATEGORIES,
  type PositionCategory,
  SANCTION_LEVELS,
  type UnpaidLeave,
  type YearRating,
} from './employee';
import { crossCheckNip, type NipParts, parseNip } from './nip';
import { gradeByCode, rankByCode } from './ranks';

/**
 * Employee master data from a CSV export of an existing personnel system (SIMPEG, SIASN
 * downloads, spreadsheets). Pure: the caller reads the file and stores the employees.
 *
 * Driving a large file: `parseEmployeeCsv` reads only the header eagerly and counts the data
 * rows; `rows` is lazy, so feed it to `inChunks(result.rows, 500)` and store each chunk, reporting
 * `rowNumber`/`totalRows` as progress. To resume in a later invocation, iterate `rows` again and
 * skip results up to the last stored `rowNumber`: re-reading from the top is cheap next to the
 * writes, and keeps the duplicate-NIP check (which remembers every NIP seen) correct.
 */

/** A problem in the file: `row` is the 1-based line the record starts on (the header is line 1). */
export interface ImportError {
  readonly row: number;
  /** The column as headed in the file, when the problem is one value. */
  readonly column?: string;
  readonly message: string;
}

/** A row that became an employee; `notes` are non-blocking remarks (NIP vs. stored data). */
export interface ImportedRow {
  readonly rowNumber: number;
  readonly employee: Employee;
  readonly notes: readonly string[];
}

/** A row that was skipped, with every problem found in it. */
export interface RejectedRow {
  readonly rowNumber: number;
  readonly errors: readonly ImportError[];
}

/** One data row's outcome; tell them apart with `'employee' in row`. */
export type ImportRow = ImportedRow | RejectedRow;

/** What `parseEmployeeCsv` found. When `fileErrors` is not empty, `rows` yields nothing. */
export interface EmployeeCsv {
  readonly delimiter: CsvDelimiter;
  /** Problems with the file as a whole (no header, missing or ambiguous columns). */
  readonly fileErrors: readonly ImportError[];
  /** Non-blocking remarks about the file, such as ignored columns. */
  readonly warnings: readonly string[];
  /** Data rows in the file (blank lines excluded), for progress. */
  readonly totalRows: number;
  /** Each data row's outcome, in file order; lazy and re-iterable (each pass starts at the top). */
  readonly rows: Iterable<ImportRow>;
}

/** What the import needs besides the file. */
export interface ImportOptions {
  /** The agency's local date (ISO): a NIP's appointment may not lie after it. */
  readonly today: string;
  /** The importing agency: fills KODE_INSTANSI/NAMA_INSTANSI where a row leaves them empty. */
  readonly agency?: { readonly code: string; readonly name?: string };
}

/** Separators an export may use: Indonesian-locale Excel writes `;` because `,` is the decimal mark. */
export type CsvDelimiter = ',' | ';' | '\t';

/** The Employee property (or rank/grade TMT) a column fills. */
export type EmployeeCsvField =
  | 'nip'
  | 'name'
  | 'employeeType'
  | 'sex'
  | 'birthPlace'
  | 'birthDate'
  | 'agency'
  | 'agencyName'
  | 'unit'
  | 'unitName'
  | 'rank'
  | 'rankTmt'
  | 'grade'
  | 'gradeTmt'
  | 'positionCategory'
  | 'positionName'
  | 'positionTmt'
  | 'tmtCpns'
  | 'tmtPns'
  | 'lastSalaryRaiseTmt'
  | 'retirementAge'
  | 'performanceRatings'
  | 'disciplinarySanctions'
  | 'unpaidLeaves'
  | 'email'
  | 'phone';

/** A column the import understands: its canonical heading and the other headings taken for it. */
export interface EmployeeCsvColumn {
  readonly field: EmployeeCsvField;
  readonly heading: string;
  readonly aliases: readonly string[];
  readonly required: boolean;
}

function column(field: EmployeeCsvField, heading: string, aliases: readonly string[] = [], required = false) {
  return { field, heading, aliases, required } satisfies EmployeeCsvColumn;
}

/** The columns, in the order of the template; headings match case-, space- and punctuation-insensitively. */
export const EMPLOYEE_CSV_COLUMNS: readonly EmployeeCsvColumn[] = [
  column('nip', 'NIP', ['NIP_BARU', 'NI_PPPK', 'NIPPPK'], true),
  column('name', 'NAMA', ['NAMA_LENGKAP', 'NAMA_PEGAWAI'], true),
  column('employeeType', 'JENIS_PEGAWAI', ['STATUS_PEGAWAI', 'STATUS_ASN', 'JENIS_ASN'], true),
  column('sex', 'JENIS_KELAMIN', ['JK', 'KELAMIN']),
  column('birthPlace', 'TEMPAT_LAHIR', ['TMP_LAHIR', 'TEMPAT_LHR']),
  column('birthDate', 'TANGGAL_LAHIR', ['TGL_LAHIR', 'TANGGAL_LHR', 'TGL_LHR']),
  column('agency', 'KODE_INSTANSI', ['ID_INSTANSI', 'INSTANSI_KODE']),
  column('agencyName', 'NAMA_INSTANSI', ['INSTANSI', 'INSTANSI_INDUK']),
  column('unit', 'KODE_UNIT', ['KODE_OPD', 'KODE_UNOR', 'KODE_UNIT_KERJA', 'KODE_PERANGKAT_DAERAH'], true),
  column('unitName', 'NAMA_UNIT', ['NAMA_OPD', 'NAMA_UNOR', 'UNIT_KERJA', 'PERANGKAT_DAERAH', 'OPD'], true),
  column('rank', 'GOLONGAN', ['GOL', 'GOL_RUANG', 'GOLONGAN_RUANG', 'PANGKAT_GOLONGAN']),
  column('rankTmt', 'TMT_GOLONGAN', ['TMT_GOL', 'TMT_PANGKAT']),
  column('grade', 'GRADE_PPPK', ['GOLONGAN_PPPK', 'GOL_PPPK']),
  column('gradeTmt', 'TMT_GRADE', ['TMT_GRADE_PPPK', 'TMT_GOLONGAN_PPPK']),
  column('positionCategory', 'JENIS_JABATAN', ['JENJANG_JABATAN', 'KATEGORI_JABATAN']),
  column('positionName', 'NAMA_JABATAN', ['JABATAN']),
  column('positionTmt', 'TMT_JABATAN'),
  column('tmtCpns', 'TMT_CPNS'),
  column('tmtPns', 'TMT_PNS'),
  column('lastSalaryRaiseTmt', 'TMT_KGB', ['TMT_GAJI_BERKALA', 'TMT_KGB_TERAKHIR']),
  column('retirementAge', 'BUP', ['BATAS_USIA_PENSIUN', 'USIA_PENSIUN']),
  column('performanceRatings', 'PREDIKAT_KINERJA', ['RIWAYAT_PREDIKAT_KINERJA', 'PREDIKAT_SKP']),
  column('disciplinarySanctions', 'HUKUMAN_DISIPLIN', ['RIWAYAT_HUKUMAN_DISIPLIN']),
  column('unpaidLeaves', 'CLTN', ['RIWAYAT_CLTN', 'CUTI_DI_LUAR_TANGGUNGAN_NEGARA']),
  column('email', 'EMAIL', ['E_MAIL', 'SUREL', 'ALAMAT_EMAIL', 'ALAMAT_SUREL']),
  column('phone', 'TELEPON', ['TELP', 'NO_TELEPON', 'NOMOR_TELEPON', 'HP', 'NO_HP', 'NOMOR_HP']),
];

/** `Tgl. Lahir`, `tgl lahir` and `TGL_LAHIR` are one heading; `Laki-laki` and `LAKI LAKI` one value. */
function normalizeKey(heading: string): string {
  return heading
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const COLUMNS_BY_HEADING = new Map(
  EMPLOYEE_CSV_COLUMNS.flatMap((spec) =>
    [spec.heading, ...spec.aliases].map((name) => [name, spec] as const),
  ),
);

/** One CSV record and the 1-based line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
  /** The file ended inside a quoted value: this record swallowed the rest of the file. */
  readonly unterminatedQuote: boolean;
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

/**
 * Lazily reads RFC 4180 records (quoted values, doubled quotes, CRLF/LF/CR); blank records are
 * skipped. Read leniently, as spreadsheets write it: a stray quote inside an unquoted value is text.
 */
export function* readCsvRecords(text: string, delimiter: CsvDelimiter): Generator<CsvRecord> {
  const stop = new RegExp(`[${delimiter}\\r\\n]`, 'g');
  const end = text.length;
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (position < end) {
    const startLine = line;
    const fields: string[] = [];
    let unterminatedQuote = false;
    let quoted = false;
    for (;;) {
      let value = '';
      if (text[position] === '"') {
        quoted = true;
        position += 1;
        for (;;) {
          const quote = text.indexOf('"', position);
          if (quote === -1) {
            value += text.slice(position);
            line += countLineBreaks(text.slice(position));
            position = end;
            unterminatedQuote = true;
            break;
          }
          value += text.slice(position, quote);
          line += countLineBreaks(text.slice(position, quote));
          position = quote + 1;
          if (text[position] !== '"') break;
          value += '"';
          position += 1;
        }
      }
      stop.lastIndex = position;
      const next = stop.exec(text);
      const valueEnd = next ? next.index : end;
      value += text.slice(position, valueEnd);
      position = valueEnd;
      fields.push(value);
      if (position >= end) break;
      const separator = text[position];
      position += 1;
      if (separator === delimiter) continue;
      if (separator === '\r' && text[position] === '\n') position += 1;
      line += 1;
      break;
    }
    const blank = !quoted && fields.every((field) => field.trim() === '');
    if (!blank) yield { line: startLine, fields, unterminatedQuote };
  }
}

/** The separator the header line uses most, outside quotes; a comma when it has none. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let inQuotes = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) break;
    else if (!inQuotes && (char === ';' || char === ',' || char === '\t')) counts[char] += 1;
  }
  const candidates: readonly CsvDelimiter[] = [';', ',', '\t'];
  return candidates.reduce((best, candidate) => (counts[candidate] > counts[best] ? candidate : best), ',');
}

type Parsed<T> = { readonly value: T } | { readonly error: string };

const DATE_FORMATS = 'YYYY-MM-DD, DD-MM-YYYY, atau DD/MM/YYYY';

/** A date in an accepted format as ISO; a midnight time part that spreadsheets append is dropped. */
export function parseImportDate(raw: string): Parsed<string> {
  const text = raw.replace(/[ T]0{1,2}:00(:00(\.0+)?)?$/, '');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const local = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[4], local[3], local[1]] : [];
  if (year === undefined || month === undefined || day === undefined) {
    return { error: `Tanggal "${raw}" tidak dapat dibaca; gunakan format ${DATE_FORMATS}.` };
  }
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    return { error: `Tanggal "${raw}" tidak ada dalam kalender.` };
  }
  return { value: date };
}

const EMPLOYEE_TYPE_WORDS: Record<string, EmployeeType> = { P3K: 'PPPK' };

function parseEmployeeType(raw: string): Parsed<EmployeeType> {
  const word = normalizeKey(raw);
  const type = EMPLOYEE_TYPES.find((candidate) => candidate === word) ?? EMPLOYEE_TYPE_WORDS[word];
  return type
    ? { value: type }
    : { error: `Jenis pegawai "${raw}" tidak dikenal; isi dengan ${EMPLOYEE_TYPES.join(', ')}.` };
}

const SEX_WORDS: Record<string, 'L' | 'P'> = {
  L: 'L',
  LAKI_LAKI: 'L',
  LAKI: 'L',
  PRIA: 'L',
  P: 'P',
  PEREMPUAN: 'P',
  WANITA: 'P',
};

function parseSex(raw: string): Parsed<'L' | 'P'> {
  const sex = SEX_WORDS[normalizeKey(raw)];
  return sex ? { value: sex } : { error: `Jenis kelamin "${raw}" tidak dikenal; isi dengan L atau P.` };
}

/** Older exports still say "fungsional umum" (now pelaksana) and "fungsional tertentu". */
const POSITION_WORDS: Record<string, PositionCategory> = {
  PIMPINAN_TINGGI: 'JPT',
  JABATAN_PIMPINAN_TINGGI: 'JPT',
  FUNGSIONAL_TERTENTU: 'FUNGSIONAL',
  FUNGSIONAL_UMUM: 'PELAKSANA',
};

function parsePositionCategory(raw: string): Parsed<PositionCategory> {
  const word = normalizeKey(raw);
  const bare = word.replace(/^JABATAN_/, '');
  const category =
    POSITION_CATEGORIES.find((candidate) => candidate === bare) ??
    POSITION_WORDS[word] ??
    POSITION_WORDS[bare];
  return category
    ? { value: category }
    : { error: `Jenis jabatan "${raw}" tidak dikenal; isi dengan ${POSITION_CATEGORIES.join(', ')}.` };
}

/** Retirement ages the rules know range from 58 to 70 (professors); anything outside is a typo. */
const RETIREMENT_AGE_RANGE = { min: 50, max: 70 } as const;

function parseRetirementAge(raw: string): Parsed<number> {
  const age = Number(raw);
  if (/^\d+$/.test(raw) && age >= RETIREMENT_AGE_RANGE.min && age <= RETIREMENT_AGE_RANGE.max) {
    return { value: age };
  }
  return {
    error: `BUP "${raw}" tidak valid; isi usia pensiun dalam tahun, ${RETIREMENT_AGE_RANGE.min} sampai ${RETIREMENT_AGE_RANGE.max}.`,
  };
}

/**
 * A cell listing several entries (a history), `|` between them: neither `,` nor `;` can part
 * entries, since either may part the columns. Each entry is parsed by `entry`; the first bad one
 * fails the cell.
 */
function parseList<T>(raw: string, entry: (item: string) => Parsed<T>): Parsed<T[]> {
  const values: T[] = [];
  for (const item of raw.split('|').map((part) => part.trim())) {
    if (item === '') continue;
    const parsed = entry(item);
    if ('error' in parsed) return parsed;
    values.push(parsed.value);
  }
  return { value: values };
}

/** `2025:BAIK|2024:SANGAT BAIK`: a year and its predicate; each year once. */
function parseRatings(raw: string): Parsed<YearRating[]> {
  const parsed = parseList(raw, (item): Parsed<YearRating> => {
    const match = /^(\d{4})\s*[:=]\s*(.+)$/.exec(item);
    const rating = PERFORMANCE_RATINGS.find((candidate) => candidate === normalizeKey(match?.[2] ?? ''));
    if (!match || !rating) {
      return {
        error:
          `Predikat kinerja "${item}" tidak dapat dibaca; tulis TAHUN:PREDIKAT dipisah "|", misalnya ` +
          `2024:BAIK|2025:SANGAT BAIK (predikat: ${PERFORMANCE_RATINGS.join(', ')}).`,
      };
    }
    return { value: { year: Number(match[1]), rating } };
  });
  if ('error' in parsed) return parsed;
  const years = parsed.value.map((entry) => entry.year);
  const twice = years.find((year, index) => years.indexOf(year) !== index);
  if (twice !== undefined) return { error: `Predikat kinerja tahun ${twice} tercantum dua kali.` };
  return { value: [...parsed.value].sort((a, b) => a.year - b.year) };
}

/** `SEDANG:2023-05-02`: the level (PP 94/2021 Pasal 8) and the sanction's TMT. */
function parseSanctions(raw: string): Parsed<DisciplinarySanction[]> {
  return parseList(raw, (item): Parsed<DisciplinarySanction> => {
    const [levelText = '', ...rest] = item.split(':');
    const level = SANCTION_LEVELS.find((candidate) => candidate === normalizeKey(levelText));
    const tmt = parseImportDate(rest.join(':').trim());
    if (!level || 'error' in tmt) {
      return {
        error:
          `Hukuman disiplin "${item}" tidak dapat dibaca; tulis TINGKAT:TMT dipisah "|", misalnya ` +
          `SEDANG:2023-05-02 (tingkat: ${SANCTION_LEVELS.join(', ')}; PP 94/2021 Pasal 8).`,
      };
    }
    return { value: { level, tmt: tmt.value } };
  });
}

/** `2016-01-01 s.d. 2017-12-31`: the first and last day of each CLTN. */
function parseUnpaidLeaves(raw: string): Parsed<UnpaidLeave[]> {
  return parseList(raw, (item): Parsed<UnpaidLeave> => {
    const [fromText = '', toText = ''] = item.split(/\s+s\.?\s*d\.?\s+|\s*\.\.\s*/i);
    const from = parseImportDate(fromText.trim());
    const to = parseImportDate(toText.trim());
    if ('error' in from || 'error' in to || to.value < from.value) {
      return {
        error:
          `CLTN "${item}" tidak dapat dibaca; tulis tanggal mulai s.d. tanggal selesai dipisah "|", misalnya ` +
          '2016-01-01 s.d. 2017-12-31.',
      };
    }
    return { value: { from: from.value, to: to.value } };
  });
}

function parseEmail(raw: string): Parsed<string> {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw)
    ? { value: raw.toLowerCase() }
    : { error: `Alamat surel "${raw}" tidak valid.` };
}

function parsePhone(raw: string): Parsed<string> {
  const phone = raw.replace(/[\s\-.()]/g, '');
  return /^\+?\d{6,15}$/.test(phone) ? { value: phone } : { error: `Nomor telepon "${raw}" tidak valid.` };
}

/** Excel turns an unformatted NIP column into a number such as 1,99003E+17, losing digits for good. */
const SCIENTIFIC_NUMBER = /^\d([.,]\d+)?E\+?\d+$/i;

/** Spaces between NIP groups and the apostrophe Excel users type to keep it as text are dropped. */
function normalizeNip(raw: string): string {
  return raw.replace(/^'/, '').replace(/\s+/g, '');
}

interface HeaderMap {
  readonly columns: ReadonlyMap<EmployeeCsvField, { readonly index: number; readonly heading: string }>;
  readonly width: number;
}

class RowReader {
  readonly errors: ImportError[] = [];

  constructor(
    private readonly record: CsvRecord,
    private readonly header: HeaderMap,
  ) {}

  heading(field: EmployeeCsvField): string {
    return this.header.columns.get(field)?.heading ?? headingOf(field);
  }

  /** The trimmed value, or `undefined` when the column is absent or the cell empty. */
  raw(field: EmployeeCsvField): string | undefined {
    const at = this.header.columns.get(field);
    const value = at === undefined ? undefined : this.record.fields[at.index]?.trim();
    return value === '' ? undefined : value;
  }

  fail(field: EmployeeCsvField | undefined, message: string): void {
    this.errors.push({
      row: this.record.line,
      ...(field === undefined ? {} : { column: this.heading(field) }),
      message,
    });
  }

  /** The parsed value of an optional cell; a bad value is recorded as an error. */
  read<T>(field: EmployeeCsvField, parse: (raw: string) => Parsed<T>): T | undefined {
    const raw = this.raw(field);
    if (raw === undefined) return undefined;
    const parsed = parse(raw);
    if ('error' in parsed) {
      this.fail(field, parsed.error);
      return undefined;
    }
    return parsed.value;
  }

  required(field: EmployeeCsvField, what: string): string | undefined {
    const raw = this.raw(field);
    if (raw === undefined) this.fail(field, `${what} wajib diisi.`);
    return raw;
  }
}

function headingOf(field: EmployeeCsvField): string {
  return EMPLOYEE_CSV_COLUMNS.find((spec) => spec.field === field)?.heading ?? field;
}

function readNip(
  reader: RowReader,
  employeeType: EmployeeType | undefined,
  today: string,
): { nip?: string; parts?: NipParts } {
  const raw = reader.required('nip', 'NIP');
  if (raw === undefined) return {};
  if (SCIENTIFIC_NUMBER.test(raw)) {
    reader.fail(
      'nip',
      `NIP "${raw}" telah diubah Excel menjadi notasi ilmiah sehingga digitnya hilang; ` +
        'format kolom NIP sebagai Teks di sistem asal lalu ekspor ulang.',
    );
    return {};
  }
  const nip = normalizeNip(raw);
  if (employeeType === undefined) {
    if (!/^\d{18}$/.test(nip)) reader.fail('nip', 'NIP harus terdiri atas 18 digit angka.');
    return /^\d{18}$/.test(nip) ? { nip } : {};
  }
  const parsed = parseNip(nip, employeeType, today);
  if (!parsed.ok) {
    reader.fail('nip', parsed.message);
    return /^\d{18}$/.test(nip) ? { nip } : {};
  }
  return { nip, parts: parsed.parts };
}

interface Placement {
  readonly rank?: Employee['rank'];
  readonly grade?: Employee['grade'];
}

/**
 * PNS carry a golongan/ruang, PPPK a grade. Many exports put the PPPK grade (`IX`) in the
 * GOLONGAN column, so for PPPK that column is read as the grade when GRADE_PPPK is empty.
 */
function readPlacement(reader: RowReader, employeeType: EmployeeType | undefined): Placement {
  if (employeeType === undefined) return {};
  if (employeeType === 'PPPK') {
    const from: EmployeeCsvField = reader.raw('grade') === undefined ? 'rank' : 'grade';
    const tmtFrom: EmployeeCsvField = reader.raw('gradeTmt') === undefined ? 'rankTmt' : 'gradeTmt';
    const grade = reader.read(from, parseGrade);
    const tmt = reader.read(tmtFrom, parseImportDate);
    return grade === undefined ? {} : { grade: { code: grade, ...(tmt === undefined ? {} : { tmt }) } };
  }
  if (reader.raw('grade') !== undefined) {
    reader.fail('grade', `Grade PPPK hanya diisi untuk pegawai PPPK; pegawai ini ${employeeType}.`);
  }
  const rank = reader.read('rank', parseRank);
  const tmt = reader.read('rankTmt', parseImportDate);
  return rank === undefined ? {} : { rank: { code: rank, ...(tmt === undefined ? {} : { tmt }) } };
}

function parseRank(raw: string): Parsed<string> {
  const rank = rankByCode(raw);
  return rank
    ? { value: rank.code }
    : { error: `Golongan "${raw}" tidak dikenal; isi golongan/ruang PNS I/a sampai IV/e, misalnya III/a.` };
}

function parseGrade(raw: string): Parsed<string> {
  const grade = gradeByCode(raw);
  return grade
    ? { value: grade.code }
    : { error: `Grade PPPK "${raw}" tidak dikenal; isi I sampai XVII, misalnya IX.` };
}

interface RowContext {
  readonly header: HeaderMap;
  readonly options: ImportOptions;
  /** Every well-formed NIP seen so far and the line it was first seen on. */
  readonly seenNips: Map<string, number>;
}

function readRow(record: CsvRecord, context: RowContext): ImportRow {
  const { header, options, seenNips } = context;
  const reader = new RowReader(record, header);
  if (record.unterminatedQuote) {
    reader.fail(
      undefined,
      'Tanda kutip (") dibuka tetapi tidak ditutup; sisa berkas terbaca sebagai satu nilai.',
    );
  }
  const extra = record.fields.slice(header.width).filter((field) => field.trim() !== '');
  if (extra.length > 0) {
    reader.fail(
      undefined,
      `Baris ini berisi ${record.fields.length} kolom, sedangkan baris judul ${header.width}; ` +
        'nilai yang memuat tanda pemisah harus diapit tanda kutip.',
    );
  }

  const employeeType = reader.read('employeeType', parseEmployeeType);
  if (employeeType === undefined && reader.raw('employeeType') === undefined) {
    reader.fail('employeeType', 'Jenis pegawai wajib diisi (PNS, CPNS, atau PPPK).');
  }
  const { nip, parts } = readNip(reader, employeeType, options.today);
  if (nip !== undefined) {
    const firstLine = seenNips.get(nip);
    if (firstLine === undefined) seenNips.set(nip, record.line);
    else
      reader.fail(
        'nip',
        `NIP ${nip} sudah tercantum di baris ${firstLine}; setiap pegawai cukup satu baris.`,
      );
  }
  const name = reader.required('name', 'Nama')?.replace(/\s+/g, ' ');
  const unit = reader.required('unit', 'Kode unit');
  const unitName = reader.required('unitName', 'Nama unit')?.replace(/\s+/g, ' ');

  const birthDate = reader.read('birthDate', parseImportDate);
  if (birthDate !== undefined && birthDate > options.today) {
    reader.fail('birthDate', 'Tanggal lahir masih di masa depan.');
  }
  const tmtCpns = reader.read('tmtCpns', parseImportDate);
  const tmtPns = reader.read('tmtPns', parseImportDate);
  if (tmtCpns !== undefined && tmtPns !== undefined && tmtPns < tmtCpns) {
    reader.fail('tmtPns', 'TMT PNS tidak boleh sebelum TMT CPNS.');
  }
  const placement = readPlacement(reader, employeeType);
  const agency = reader.raw('agency') ?? options.agency?.code;
  const agencyName =
    reader.raw('agencyName') ?? (agency === options.agency?.code ? options.agency?.name : undefined);

  const fields = {
    sex: reader.read('sex', parseSex),
    birthDate,
    birthPlace: reader.raw('birthPlace'),
    agency,
    agencyName,
    ...placement,
    positionCategory: reader.read('positionCategory', parsePositionCategory),
    positionName: reader.raw('positionName')?.replace(/\s+/g, ' '),
    positionTmt: reader.read('positionTmt', parseImportDate),
    tmtCpns,
    tmtPns,
    lastSalaryRaiseTmt: reader.read('lastSalaryRaiseTmt', parseImportDate),
    retirementAge: reader.read('retirementAge', parseRetirementAge),
    performanceRatings: reader.read('performanceRatings', parseRatings),
    disciplinarySanctions: reader.read('disciplinarySanctions', parseSanctions),
    unpaidLeaves: reader.read('unpaidLeaves', parseUnpaidLeaves),
    email: reader.read('email', parseEmail),
    phone: reader.read('phone', parsePhone),
  };

  if (
    reader.errors.length > 0 ||
    nip === undefined ||
    name === undefined ||
    employeeType === undefined ||
    unit === undefined ||
    unitName === undefined
  ) {
    return { rowNumber: record.line, errors: reader.errors };
  }
  const employee: Employee = { nip, name, employeeType, unit, unitName, ...withoutUndefined(fields) };
  const notes = parts ? crossCheckNip(parts, employee) : [];
  if (employeeType === 'CPNS' && tmtPns !== undefined) {
    notes.push(
      `TMT PNS terisi padahal jenis pegawai CPNS; periksa apakah pegawai sudah diangkat menjadi PNS.`,
    );
  }
  return { rowNumber: record.line, employee, notes };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

function mapHeader(record: CsvRecord): { header: HeaderMap; errors: ImportError[]; warnings: string[] } {
  const columns = new Map<EmployeeCsvField, { index: number; heading: string }>();
  const errors: ImportError[] = [];
  const unknown: string[] = [];
  record.fields.forEach((cell, index) => {
    const heading = cell.trim();
    if (heading === '') return;
    const spec = COLUMNS_BY_HEADING.get(normalizeKey(heading));
    if (!spec) {
      unknown.push(heading);
      return;
    }
    const earlier = columns.get(spec.field);
    if (earlier) {
      errors.push({
        row: record.line,
        column: heading,
        message: `Kolom "${heading}" dan "${earlier.heading}" sama-sama berarti ${spec.heading}; hapus salah satunya.`,
      });
      return;
    }
    columns.set(spec.field, { index, heading });
  });
  const missing = EMPLOYEE_CSV_COLUMNS.filter((spec) => spec.required && !columns.has(spec.field));
  if (missing.length > 0) {
    const described = missing.map((spec) =>
      spec.aliases.length > 0 ? `${spec.heading} (atau ${spec.aliases.join(', ')})` : spec.heading,
    );
    errors.push({
      row: record.line,
      message: `Kolom wajib tidak ditemukan pada baris judul: ${described.join('; ')}.`,
    });
  }
  const warnings = unknown.length > 0 ? [`Kolom yang tidak dikenal diabaikan: ${unknown.join(', ')}.`] : [];
  return { header: { columns, width: record.fields.length }, errors, warnings };
}

/**
 * Reads a CSV export of employee master data (comma-, semicolon- or tab-separated, detected from
 * the header line; UTF-8 with or without BOM). See the module comment for chunked processing.
 */
export function parseEmployeeCsv(text: string, options: ImportOptions): EmployeeCsv {
  const delimiter = detectDelimiter(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const records = readCsvRecords(text, delimiter);
  const first = records.next();
  if (first.done) {
    return {
      delimiter,
      fileErrors: [{ row: 1, message: 'Berkas kosong: baris judul kolom tidak ditemukan.' }],
      warnings: [],
      totalRows: 0,
      rows: [],
    };
  }
  const { header, errors, warnings } = mapHeader(first.value);
  let totalRows = 0;
  for (const _ of records) totalRows += 1;
  const rows: Iterable<ImportRow> = {
    *[Symbol.iterator]() {
      if (errors.length > 0) return;
      const context: RowContext = { header, options, seenNips: new Map() };
      const pass = readCsvRecords(text, delimiter);
      pass.next();
      for (const record of pass) yield readRow(record, context);
    },
  };
  return { delimiter, fileErrors: errors, warnings, totalRows, rows };
}

/** Groups rows into arrays of `size` (the last may be shorter), so each can be stored in one batch. */
export function* inChunks<T>(rows: Iterable<T>, size: number): Generator<T[]> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`size must be a positive integer: ${size}`);
  let chunk: T[] = [];
  for (const row of rows) {
    chunk.push(row);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
