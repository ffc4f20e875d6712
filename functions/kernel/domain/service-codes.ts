/** The 15 service codes: Kediri Pasal 4(2) ∪ Gorontalo Pasal 14(2) (DOMAIN.md). */
export const SERVICE_CODES = [
  'KP',
  'KGB',
  'PENSIUN',
  'IZIN_BELAJAR',
  'REKOMENDASI_TUGAS_BELAJAR',
  'TUGAS_BELAJAR',
  'SURAT_KETERANGAN',
  'SATYALANCANA',
  'CUTI',
  'UJIAN_DINAS',
  'MUTASI',
  'JABATAN_FUNGSIONAL',
  'KARIS_KARSU',
  'TAPERUM',
  'IZIN_PERKAWINAN_PERCERAIAN',
] as const;

export type ServiceCode = (typeof SERVICE_CODES)[number];
