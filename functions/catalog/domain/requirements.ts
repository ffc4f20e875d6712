import type { Requirement } from './service';

/** Personnel decrees many services ask for, each named once; the archive holds them (Pasal 8b). */
export const SK_PNS: Requirement = {
  code: 'SK_PNS',
  name: 'SK pengangkatan PNS',
  required: true,
  fromArchive: true,
};
export const SK_PANGKAT_TERAKHIR: Requirement = {
  code: 'SK_PANGKAT_TERAKHIR',
  name: 'SK kenaikan pangkat terakhir',
  required: true,
  fromArchive: true,
};
