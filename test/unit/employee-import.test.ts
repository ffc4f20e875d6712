import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type EmployeeCsv,
  type ImportedRow,
  type ImportOptions,
  inChunks,
  parseEmployeeCsv,
  type RejectedRow,
} from '#employees/domain/employee-import';
import {
  compareRanks,
  gradeByCode,
  nextRank,
  PNS_RANKS,
  PPPK_GRADES,
  rankByCode,
} from '#employees/domain/ranks';
import { LOCAL_USERS } from '#local/users';

const OPTIONS: ImportOptions = {
  today: '2026-11-23',
  agency: { code: 'demo', name: 'Pemerintah Kota Demo' },
};

const HEADER = 'NIP;NAMA;JENIS_PEGAWAI;JENIS_KELAMIN;TANGGAL_LAHIR;KODE_UNIT;NAMA_UNIT;GOLONGAN;TMT_CPNS';
const BUDI =
  '199003152015031002;Budi Santoso, S.Kom.;PNS;L;15-03-1990;DISKOMINFO;Dinas Kominfo;III/c;01-03-2015';
const SITI =
  '198807222012122001;Siti Rahmawati, S.Kep.;PNS;P;22/07/1988;DINKES;Dinas Kesehatan;III/c;2012-12-01';

function parse(lines: readonly string[], options: ImportOptions = OPTIONS): EmployeeCsv {
  return parseEmployeeCsv(lines.join('\n'), options);
}

function imported(csv: EmployeeCsv): ImportedRow[] {
  return [...csv.rows].filter((row): row is ImportedRow => 'employee' in row);
}

function rejected(csv: EmployeeCsv): RejectedRow[] {
  return [...csv.rows].filter((row): row is RejectedRow => 'errors' in row);
}

describe('parseEmployeeCsv', () => {
  it('reads a semicolon-separated Excel export with a BOM and CRLF line ends', () => {
    const csv = parseEmployeeCsv(`\uFEFF${[HEADER, BUDI, SITI].join('\r\n')}\r\n`, OPTIONS);

    expect(csv.delimiter).toBe(';');
    expect(csv.fileErrors).toEqual([]);
    expect(csv.totalRows).toBe(2);
    expect(imported(csv).map((row) => row.employee)).toEqual([
      {
        nip: '199003152015031002',
        name: 'Budi Santoso, S.Kom.',
        employeeType: 'PNS',
        sex: 'L',
        birthDate: '1990-03-15',
        agency: 'demo',
        agencyName: 'Pemerintah Kota Demo',
        unit: 'DISKOMINFO',
        unitName: 'Dinas Kominfo',
        rank: { code: 'III/c' },
        tmtCpns: '2015-03-01',
      },
      expect.objectContaining({ nip: '198807222012122001', sex: 'P', birthDate: '1988-07-22' }),
    ]);
  });

  it('reads quoted values holding the delimiter, doubled quotes and line breaks', () => {
    const csv = parse([
      'NIP,NAMA,JENIS_PEGAWAI,KODE_UNIT,NAMA_UNIT,NAMA_JABATAN',
      '199003152015031002,"Budi Santoso, S.Kom.",PNS,DISKOMINFO,"Dinas Komunikasi dan Informatika","Pranata ""Komputer""',
      'Ahli Pertama"',
      '198807222012122001,"Siti Rahmawati, S.Kep.",PNS,DINKES,Dinas Kesehatan,Perawat Ahli Muda',
    ]);

    expect(csv.delimiter).toBe(',');
    const rows = imported(csv);
    expect(rows.map((row) => row.rowNumber)).toEqual([2, 4]);
    expect(rows[0]?.employee).toMatchObject({
      name: 'Budi Santoso, S.Kom.',
      positionName: 'Pranata "Komputer" Ahli Pertama',
    });
  });

  it('matches headings whatever their case, spacing or alias', () => {
    const csv = parse([
      'nip baru;Nama Lengkap;Status Pegawai;JK;Tgl. Lahir;Kode OPD;Nama OPD;Gol/Ruang;E-mail;No. HP',
      '199003152015031002;Budi  Santoso,   S.Kom.;pns;Laki-laki;1990-03-15;DISKOMINFO;Dinas Kominfo;III/A;Budi.Santoso@kotademo.go.id;0812-3456-7890',
    ]);

    expect(csv.fileErrors).toEqual([]);
    expect(imported(csv)[0]?.employee).toMatchObject({
      name: 'Budi Santoso, S.Kom.',
      employeeType: 'PNS',
      sex: 'L',
      rank: { code: 'III/a' },
      email: 'budi.santoso@kotademo.go.id',
      phone: '081234567890',
    });
  });

  it('accepts dates as YYYY-MM-DD, DD-MM-YYYY and DD/MM/YYYY and stores them as ISO', () => {
    const csv = parse([
      'NIP;NAMA;JENIS_PEGAWAI;KODE_UNIT;NAMA_UNIT;TMT_CPNS;TMT_PNS;TMT_KGB;TMT_JABATAN',
      '199003152015031002;Budi;PNS;DISKOMINFO;Dinas Kominfo;2015-03-01;01-03-2016;1/3/2025;02/01/2025 00:00:00',
    ]);

    expect(imported(csv)[0]?.employee).toMatchObject({
      tmtCpns: '2015-03-01',
      tmtPns: '2016-03-01',
      lastSalaryRaiseTmt: '2025-03-01',
      positionTmt: '2025-01-02',
    });
  });

  it('skips a row with a bad date and a row with a bad NIP, naming row and column, and imports the rest', () => {
    const csv = parse([
      HEADER,
      BUDI,
      '199208182019032004;Dewi Lestari, S.AP.;PNS;P;31-02-1992;BKPSDM;BKPSDM;III/b;01-03-2019',
      '',
      '199208182019132004;Yusuf Hidayat, S.T.;PNS;L;18-08-1992;BKPSDM;BKPSDM;III/c;01-01-2011',
      SITI,
    ]);

    expect(csv.totalRows).toBe(4);
    expect(imported(csv).map((row) => row.rowNumber)).toEqual([2, 6]);
    expect(rejected(csv)).toEqual([
      {
        rowNumber: 3,
        errors: [
          { row: 3, column: 'TANGGAL_LAHIR', message: 'Tanggal "31-02-1992" tidak ada dalam kalender.' },
        ],
      },
      {
        rowNumber: 5,
        errors: [
          {
            row: 5,
            column: 'NIP',
            message: 'Bulan TMT CPNS pada NIP (digit 13–14) tidak valid: 13; seharusnya 01 sampai 12.',
          },
        ],
      },
    ]);
  });

  it('says which date formats it reads when a date is written some other way', () => {
    const csv = parse([HEADER, BUDI.replace('15-03-1990', '15.03.1990')]);

    expect(rejected(csv)[0]?.errors).toEqual([
      {
        row: 2,
        column: 'TANGGAL_LAHIR',
        message:
          'Tanggal "15.03.1990" tidak dapat dibaca; gunakan format YYYY-MM-DD, DD-MM-YYYY, atau DD/MM/YYYY.',
      },
    ]);
  });

  it('rejects the second row of a NIP that appears twice, pointing at the first', () => {
    const csv = parse([HEADER, BUDI, SITI, BUDI.replace('Budi Santoso', 'Budi Santosa')]);

    expect(imported(csv)).toHaveLength(2);
    expect(rejected(csv)).toEqual([
      {
        rowNumber: 4,
        errors: [
          {
            row: 4,
            column: 'NIP',
            message: 'NIP 199003152015031002 sudah tercantum di baris 2; setiap pegawai cukup satu baris.',
          },
        ],
      },
    ]);
  });

  it('reports missing required columns once for the file and imports nothing', () => {
    const csv = parse(['NIP;NAMA;JENIS_PEGAWAI;NAMA_UNIT', '199003152015031002;Budi;PNS;Dinas Kominfo']);

    expect(csv.fileErrors).toEqual([
      {
        row: 1,
        message:
          'Kolom wajib tidak ditemukan pada baris judul: KODE_UNIT (atau KODE_OPD, KODE_UNOR, KODE_UNIT_KERJA, ' +
          'KODE_PERANGKAT_DAERAH).',
      },
    ]);
    expect(csv.totalRows).toBe(1);
    expect([...csv.rows]).toEqual([]);
  });

  it('refuses a file where two columns mean the same thing', () => {
    const csv = parse(['NIP;NAMA;NAMA_LENGKAP;JENIS_PEGAWAI;KODE_UNIT;NAMA_UNIT']);

    expect(csv.fileErrors).toEqual([
      {
        row: 1,
        column: 'NAMA_LENGKAP',
        message: 'Kolom "NAMA_LENGKAP" dan "NAMA" sama-sama berarti NAMA; hapus salah satunya.',
      },
    ]);
  });

  it('reports an empty file', () => {
    expect(parseEmployeeCsv('\uFEFF\r\n', OPTIONS).fileErrors).toEqual([
      { row: 1, message: 'Berkas kosong: baris judul kolom tidak ditemukan.' },
    ]);
  });

  it('ignores unknown columns and lists them in a warning', () => {
    const csv = parse([`${HEADER};AGAMA;ALAMAT`, `${BUDI};Islam;Jl. Merdeka 1`]);

    expect(csv.warnings).toEqual(['Kolom yang tidak dikenal diabaikan: AGAMA, ALAMAT.']);
    expect(imported(csv)).toHaveLength(1);
  });

  it('reads the PPPK grade, also from a GOLONGAN column, with the NIP checked as NI PPPK', () => {
    const csv = parse([
      'NIP;NAMA;JENIS_PEGAWAI;KODE_UNIT;NAMA_UNIT;GOLONGAN;TMT_GOLONGAN;GRADE_PPPK',
      '199508152023211371;Bayu;PPPK;DISKOMINFO;Dinas Kominfo;IX;01-03-2023;',
      '199006282022212369;Nur Aini;P3K;DINKES;Dinas Kesehatan;;;vii',
    ]);

    expect(imported(csv).map((row) => row.employee.grade)).toEqual([
      { code: 'IX', tmt: '2023-03-01' },
      { code: 'VII' },
    ]);
    expect(imported(csv).map((row) => row.employee.rank)).toEqual([undefined, undefined]);
  });

  it('rejects a PPPK grade on a PNS and a golongan it does not know', () => {
    const csv = parse([
      'NIP;NAMA;JENIS_PEGAWAI;KODE_UNIT;NAMA_UNIT;GOLONGAN;GRADE_PPPK',
      '199003152015031002;Budi;PNS;DISKOMINFO;Dinas Kominfo;III/f;IX',
    ]);

    expect(rejected(csv)[0]?.errors).toEqual([
      {
        row: 2,
        column: 'GRADE_PPPK',
        message: 'Grade PPPK hanya diisi untuk pegawai PPPK; pegawai ini PNS.',
      },
      {
        row: 2,
        column: 'GOLONGAN',
        message: 'Golongan "III/f" tidak dikenal; isi golongan/ruang PNS I/a sampai IV/e, misalnya III/a.',
      },
    ]);
  });

  it('explains a NIP that Excel turned into scientific notation', () => {
    const csv = parse([HEADER, BUDI.replace('199003152015031002', '1,99003E+17')]);

    expect(rejected(csv)[0]?.errors[0]?.message).toBe(
      'NIP "1,99003E+17" telah diubah Excel menjadi notasi ilmiah sehingga digitnya hilang; ' +
        'format kolom NIP sebagai Teks di sistem asal lalu ekspor ulang.',
    );
  });

  it('accepts a NIP written in groups or kept as text with an apostrophe', () => {
    const csv = parse([
      HEADER,
      BUDI.replace('199003152015031002', '19900315 201503 1 002'),
      SITI.replace('198807222012122001', "'198807222012122001"),
    ]);

    expect(imported(csv).map((row) => row.employee.nip)).toEqual([
      '199003152015031002',
      '198807222012122001',
    ]);
  });

  it('imports a row whose NIP disagrees with its stored birth date, with a note', () => {
    const csv = parse([HEADER, BUDI.replace('15-03-1990', '16-03-1990')]);

    const [row] = imported(csv);
    expect(row?.employee.birthDate).toBe('1990-03-16');
    expect(row?.notes).toEqual([
      'Tanggal lahir pada NIP (15 Maret 1990) berbeda dengan tanggal lahir tercatat (16 Maret 1990); ' +
        'perhitungan memakai tanggal lahir tercatat.',
    ]);
  });

  it('keeps the employee’s own agency and fills the importing agency only where none is given', () => {
    const csv = parse([
      'NIP;NAMA;JENIS_PEGAWAI;KODE_INSTANSI;NAMA_INSTANSI;KODE_UNIT;NAMA_UNIT',
      '198308082008011074;Samsul Bahri;PNS;kab-tetangga;Pemerintah Kabupaten Tetangga;DISDIKBUD;Dinas Pendidikan',
      '199003152015031002;Budi;PNS;;;DISKOMINFO;Dinas Kominfo',
    ]);

    expect(imported(csv).map(({ employee }) => [employee.agency, employee.agencyName])).toEqual([
      ['kab-tetangga', 'Pemerintah Kabupaten Tetangga'],
      ['demo', 'Pemerintah Kota Demo'],
    ]);
  });

  it('reads older position categories and rejects unknown values of coded columns', () => {
    const csv = parse([
      'NIP;NAMA;JENIS_PEGAWAI;JENIS_KELAMIN;KODE_UNIT;NAMA_UNIT;JENIS_JABATAN;BUP;EMAIL',
      '199003152015031002;Budi;PNS;L;DISKOMINFO;Dinas Kominfo;Fungsional Umum;58;budi@kotademo.go.id',
      '198807222012122001;Siti;ASN;X;DINKES;Dinas Kesehatan;Struktural;99;siti@',
    ]);

    expect(imported(csv)[0]?.employee.positionCategory).toBe('PELAKSANA');
    expect(rejected(csv)[0]?.errors.map((error) => error.column)).toEqual([
      'JENIS_PEGAWAI',
      'JENIS_KELAMIN',
      'JENIS_JABATAN',
      'BUP',
      'EMAIL',
    ]);
  });

  it('reports required values left empty', () => {
    const csv = parse([HEADER, ';;PNS;L;15-03-1990;;Dinas Kominfo;III/c;01-03-2015']);

    expect(rejected(csv)[0]?.errors).toEqual([
      { row: 2, column: 'NIP', message: 'NIP wajib diisi.' },
      { row: 2, column: 'NAMA', message: 'Nama wajib diisi.' },
      { row: 2, column: 'KODE_UNIT', message: 'Kode unit wajib diisi.' },
    ]);
  });

  it('flags a row with more values than headings, the sign of an unquoted delimiter', () => {
    const csv = parse([HEADER, BUDI.replace('Budi Santoso, S.Kom.', 'Budi Santoso; S.Kom.')]);

    expect(rejected(csv)[0]?.errors[0]).toEqual({
      row: 2,
      message:
        'Baris ini berisi 10 kolom, sedangkan baris judul 9; nilai yang memuat tanda pemisah harus diapit tanda kutip.',
    });
  });

  it('reports a quote that is never closed on the row where it opens', () => {
    const csv = parse([HEADER, BUDI, `199208182019032004;"Dewi Lestari;PNS;P;18-08-1992`, SITI]);

    expect(csv.totalRows).toBe(2);
    expect(rejected(csv)[0]).toMatchObject({
      rowNumber: 3,
      errors: expect.arrayContaining([
        {
          row: 3,
          message: 'Tanda kutip (") dibuka tetapi tidak ditutup; sisa berkas terbaca sebagai satu nilai.',
        },
      ]),
    });
  });

  it('reads performance predicates, disciplinary sanctions and CLTN as histories, "|" between entries', () => {
    const csv = parse([
      `${HEADER};PREDIKAT_KINERJA;HUKUMAN_DISIPLIN;CLTN`,
      `${BUDI};2025:Sangat Baik | 2024:BAIK;sedang:02-05-2023|RINGAN:2021-01-04;2016-01-01 s.d. 2017-12-31`,
      `${SITI};;;`,
    ]);
    const [budi, siti] = imported(csv).map((row) => row.employee);
    expect(budi).toMatchObject({
      performanceRatings: [
        { year: 2024, rating: 'BAIK' },
        { year: 2025, rating: 'SANGAT_BAIK' },
      ],
      disciplinarySanctions: [
        { level: 'SEDANG', tmt: '2023-05-02' },
        { level: 'RINGAN', tmt: '2021-01-04' },
      ],
      unpaidLeaves: [{ from: '2016-01-01', to: '2017-12-31' }],
    });
    // An empty cell records nothing: the rules then fall back on the statements the request carries.
    expect(siti).not.toHaveProperty('performanceRatings');
    expect(siti).not.toHaveProperty('disciplinarySanctions');
  });

  it('rejects a history it cannot read, naming the column and the form it reads', () => {
    const csv = parse([
      `${HEADER};PREDIKAT_KINERJA;HUKUMAN_DISIPLIN;CLTN`,
      `${BUDI};2025:ISTIMEWA;;`,
      `${SITI};2024:BAIK|2024:BAIK;BERAT;`,
      '199111302018031173;Kevin;PNS;L;30-11-1991;DISKOMINFO;Dinas Kominfo;III/c;01-03-2018;;;2017-12-31 s.d. 2016-01-01',
    ]);
    const errors = rejected(csv).flatMap((row) => row.errors);
    expect(errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'PREDIKAT_KINERJA',
        message: expect.stringContaining('TAHUN:PREDIKAT'),
      }),
      expect.objectContaining({
        row: 3,
        column: 'PREDIKAT_KINERJA',
        message: 'Predikat kinerja tahun 2024 tercantum dua kali.',
      }),
      expect.objectContaining({
        row: 3,
        column: 'HUKUMAN_DISIPLIN',
        message: expect.stringContaining('PP 94/2021 Pasal 8'),
      }),
      expect.objectContaining({ row: 4, column: 'CLTN', message: expect.stringContaining('s.d.') }),
    ]);
  });

  it('yields the same rows on every pass, so a later invocation can resume after a stored row', () => {
    const csv = parse([HEADER, BUDI, SITI]);

    expect([...csv.rows]).toEqual([...csv.rows]);
  });
});

describe('inChunks', () => {
  it('groups rows for batch writes and progress, the last group possibly shorter', () => {
    const csv = parse([HEADER, BUDI, SITI, BUDI.replace('031002', '031003')]);

    const progress = [...inChunks(csv.rows, 2)].map((chunk) => chunk.at(-1)?.rowNumber);
    expect(progress).toEqual([3, 4]);
  });

  it('refuses a chunk size that is not a positive integer', () => {
    expect(() => inChunks([], 0).next()).toThrow(RangeError);
  });
});

describe('ranks the import reads', () => {
  it('lists 17 PNS ranks from Juru Muda (I/a) to Pembina Utama (IV/e)', () => {
    expect(PNS_RANKS).toHaveLength(17);
    expect(PNS_RANKS[0]).toEqual({ code: 'I/a', name: 'Juru Muda', golongan: 'I', ruang: 'a', level: 1 });
    expect(PNS_RANKS.at(-1)).toEqual({
      code: 'IV/e',
      name: 'Pembina Utama',
      golongan: 'IV',
      ruang: 'e',
      level: 17,
    });
  });

  it('finds a rank however an export writes it', () => {
    for (const written of ['III/a', 'iii/A', 'III a', 'III-a', '3/a', '3a']) {
      expect(rankByCode(written)?.name).toBe('Penata Muda');
    }
    expect(rankByCode('I/e')).toBeUndefined();
    expect(rankByCode('V/a')).toBeUndefined();
  });

  it('orders ranks and knows the next one', () => {
    const ranks = ['IV/a', 'II/d', 'III/c']
      .map((code) => rankByCode(code))
      .filter((rank) => rank !== undefined);
    expect(ranks.sort(compareRanks).map((rank) => rank.code)).toEqual(['II/d', 'III/c', 'IV/a']);
    const lastOfTwo = rankByCode('II/d');
    const top = rankByCode('IV/e');
    expect(lastOfTwo && nextRank(lastOfTwo)?.code).toBe('III/a');
    expect(top && nextRank(top)).toBeUndefined();
  });

  it('lists PPPK grades I to XVII, found by Roman or Arabic numeral', () => {
    expect(PPPK_GRADES.map((grade) => grade.code)).toHaveLength(17);
    expect(gradeByCode('ix')?.level).toBe(9);
    expect(gradeByCode('17')?.code).toBe('XVII');
    expect(gradeByCode('XVIII')).toBeUndefined();
    expect(gradeByCode('0')).toBeUndefined();
  });
});

describe('the demo agency’s master data (config/agencies/demo-employees.csv)', () => {
  const csv = parseEmployeeCsv(readFileSync('config/agencies/demo-employees.csv', 'utf8'), OPTIONS);
  const employees = imported(csv).map((row) => row.employee);

  it('imports without a single error, warning or note', () => {
    expect(csv.delimiter).toBe(';');
    expect(csv.fileErrors).toEqual([]);
    expect(csv.warnings).toEqual([]);
    expect(rejected(csv)).toEqual([]);
    expect(imported(csv).flatMap((row) => row.notes)).toEqual([]);
    expect(employees.length).toBeGreaterThanOrEqual(75);
  });

  it('holds every seeded local account’s employee with the same NIP, name, unit and email', () => {
    for (const user of LOCAL_USERS) {
      const { nip, name, unit, unitName, email } = user.employee;
      expect(employees.find((employee) => employee.nip === nip)).toMatchObject({
        name,
        unit,
        unitName,
        email,
      });
    }
  });

  it('mixes PNS, CPNS and PPPK across eight units, and serves another agency’s employees', () => {
    const types = new Set(employees.map((employee) => employee.employeeType));
    const ownUnits = new Set(employees.filter((e) => e.agency === 'demo').map((employee) => employee.unit));
    expect([...types].sort()).toEqual(['CPNS', 'PNS', 'PPPK']);
    expect(ownUnits.size).toBe(8);
    expect(employees.filter((employee) => employee.agency === 'kab-tetangga').length).toBeGreaterThanOrEqual(
      3,
    );
  });
});
