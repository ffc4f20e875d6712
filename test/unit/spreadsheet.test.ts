import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { toCsv, toXlsx } from '#kernel/adapters/spreadsheet';
import type { Sheet } from '#reports/domain/tables';

const BOM = '\uFEFF';

const readBack = async (bytes: Uint8Array) => readExcelFile(Buffer.from(bytes));

describe('toCsv', () => {
  it('writes a BOM, a header line and CRLF-terminated records, quoting only where needed', () => {
    const csv = toCsv({
      columns: [
        { key: 'name', header: 'Nama' },
        { key: 'ikm', header: 'IKM' },
        { key: 'note', header: 'Catatan' },
      ],
      rows: [
        { name: 'Siti Nur’aini', ikm: 82.64, note: null },
        { name: 'BKPSDM Kab. Pohuwato, Gorontalo', ikm: 100, note: 'petugas "sangat" ramah\nbaris kedua' },
        { name: 'Tanpa catatan', ikm: 1_234_567.5 },
      ],
    });

    expect(csv).toBe(
      `${BOM}Nama,IKM,Catatan\r\n` +
        'Siti Nur’aini,82.64,\r\n' +
        '"BKPSDM Kab. Pohuwato, Gorontalo",100,"petugas ""sangat"" ramah\nbaris kedua"\r\n' +
        'Tanpa catatan,1234567.5,\r\n',
    );
  });

  it('prefixes text that a spreadsheet would run as a formula with an apostrophe', () => {
    const csv = toCsv({
      columns: [{ key: 'value', header: 'Isi' }],
      rows: [
        { value: '=HYPERLINK("http://x.test","klik")' },
        { value: '+6281234567890' },
        { value: '-5' },
        { value: '@SUM(A1)' },
        { value: '\t=1+1' },
        { value: -5 },
        { value: 'a=b' },
      ],
    });

    expect(csv.slice(BOM.length).split('\r\n')).toEqual([
      'Isi',
      `"'=HYPERLINK(""http://x.test"",""klik"")"`,
      "'+6281234567890",
      "'-5",
      "'@SUM(A1)",
      "'\t=1+1",
      '-5',
      'a=b',
      '',
    ]);
  });

  it('refuses a number a spreadsheet cannot hold', () => {
    expect(() => toCsv({ columns: [{ key: 'x', header: 'X' }], rows: [{ x: Number.NaN }] })).toThrow(
      RangeError,
    );
  });
});

describe('toXlsx', () => {
  const elements: Sheet = {
    name: 'Rekap per Unsur',
    columns: [
      { key: 'code', header: 'Kode' },
      { key: 'name', header: 'Unsur Pelayanan' },
      { key: 'nrr', header: 'NRR' },
      { key: 'answered', header: 'Jumlah Responden' },
    ],
    rows: [
      { code: 'U1', name: 'Persyaratan', nrr: 3.25, answered: 4 },
      { code: 'U8', name: 'Penanganan Pengaduan, Saran dan Masukan', nrr: null, answered: 0 },
    ],
  };
  const comments: Sheet = {
    name: 'Saran Responden',
    columns: [
      { key: 'unit', header: 'Unit Kerja' },
      { key: 'comment', header: 'Saran “terbuka”' },
      { key: 'score', header: 'Skor' },
    ],
    rows: [
      { unit: 'Dinas Pendidikan – Bidang GTK', comment: 'Pelayanan cepat; terima kasih 🙏', score: 4 },
      { unit: 'Sekretariat DPRD', comment: '=1+1 bukan rumus', score: -0.5 },
    ],
  };

  it('writes each sheet with its headers and values, numbers as numbers and text intact', async () => {
    const workbook = await readBack(await toXlsx([elements, comments]));

    expect(workbook).toEqual([
      {
        sheet: 'Rekap per Unsur',
        data: [
          ['Kode', 'Unsur Pelayanan', 'NRR', 'Jumlah Responden'],
          ['U1', 'Persyaratan', 3.25, 4],
          ['U8', 'Penanganan Pengaduan, Saran dan Masukan', null, 0],
        ],
      },
      {
        sheet: 'Saran Responden',
        data: [
          ['Unit Kerja', 'Saran “terbuka”', 'Skor'],
          ['Dinas Pendidikan – Bidang GTK', 'Pelayanan cepat; terima kasih 🙏', 4],
          // A string cell is never evaluated, so text that looks like a formula stays as it is.
          ['Sekretariat DPRD', '=1+1 bukan rumus', -0.5],
        ],
      },
    ]);
  });

  it('cuts a sheet name to the 31 characters Excel allows', async () => {
    const [sheet] = await readBack(
      await toXlsx([{ ...elements, name: 'Indeks Kepuasan Masyarakat Semester I 2026' }]),
    );

    expect(sheet?.sheet).toBe('Indeks Kepuasan Masyarakat Seme');
  });

  it('refuses sheet names Excel would reject', async () => {
    await expect(toXlsx([{ ...elements, name: 'IKM 2026/01' }])).rejects.toThrow(RangeError);
    await expect(toXlsx([{ ...elements, name: '' }])).rejects.toThrow(RangeError);
    await expect(toXlsx([elements, { ...comments, name: 'REKAP PER UNSUR' }])).rejects.toThrow(RangeError);
  });
});
