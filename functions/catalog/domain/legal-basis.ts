/**
 * Names of the regulations the catalog cites, written once so every output prints them alike.
 * Only regulations whose number and title were checked are named with a number.
 */
export const LEGAL_BASIS = {
  uuAsn: 'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara',
  uuPensiun: 'Undang-Undang Nomor 11 Tahun 1969 tentang Pensiun Pegawai dan Pensiun Janda/Duda Pegawai',
  uuTandaKehormatan: 'Undang-Undang Nomor 20 Tahun 2009 tentang Gelar, Tanda Jasa, dan Tanda Kehormatan',
  uuTapera: 'Undang-Undang Nomor 4 Tahun 2016 tentang Tabungan Perumahan Rakyat',
  ppManajemenPns:
    'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah ' +
    'dengan Peraturan Pemerintah Nomor 17 Tahun 2020',
  ppManajemenPppk:
    'Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen Pegawai Pemerintah dengan Perjanjian Kerja',
  ppKenaikanPangkat:
    'Peraturan Pemerintah Nomor 99 Tahun 2000 tentang Kenaikan Pangkat Pegawai Negeri Sipil sebagaimana telah ' +
    'diubah dengan Peraturan Pemerintah Nomor 12 Tahun 2002',
  ppGaji:
    'Peraturan Pemerintah Nomor 7 Tahun 1977 tentang Peraturan Gaji Pegawai Negeri Sipil sebagaimana telah ' +
    'diubah beberapa kali, terakhir dengan Peraturan Pemerintah Nomor 5 Tahun 2024',
  ppPenilaianKinerja:
    'Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil',
  ppDisiplin: 'Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil',
  ppPerkawinan:
    'Peraturan Pemerintah Nomor 10 Tahun 1983 tentang Izin Perkawinan dan Perceraian bagi Pegawai Negeri Sipil ' +
    'sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 45 Tahun 1990',
  ppSatyalancana:
    'Peraturan Pemerintah Nomor 25 Tahun 1994 tentang Tanda Kehormatan Satyalancana Karya Satya',
  ppTandaKehormatan:
    'Peraturan Pemerintah Nomor 35 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 20 Tahun 2009 tentang ' +
    'Gelar, Tanda Jasa, dan Tanda Kehormatan',
  ppTapera:
    'Peraturan Pemerintah Nomor 25 Tahun 2020 tentang Penyelenggaraan Tabungan Perumahan Rakyat sebagaimana ' +
    'telah diubah dengan Peraturan Pemerintah Nomor 21 Tahun 2024',
  pmkTaperum:
    'Peraturan Menteri Keuangan Nomor 122/PMK.05/2020 tentang Tata Cara Pengalihan dan Pengembalian Dana ' +
    'Tabungan Perumahan Pegawai Negeri Sipil',
  permenpanrbJabatanFungsional:
    'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 1 Tahun 2023 tentang Jabatan ' +
    'Fungsional',
  permenpanrbKinerja:
    'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022 tentang ' +
    'Pengelolaan Kinerja Pegawai Aparatur Sipil Negara',
  seTugasBelajar:
    'Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 04 Tahun 2013 tentang ' +
    'Pemberian Tugas Belajar dan Izin Belajar bagi Pegawai Negeri Sipil',
  perbknCuti:
    'Peraturan Badan Kepegawaian Negara Nomor 24 Tahun 2017 tentang Tata Cara Pemberian Cuti Pegawai Negeri ' +
    'Sipil sebagaimana telah diubah dengan Peraturan Badan Kepegawaian Negara Nomor 7 Tahun 2021',
  perbknCutiPppk:
    'Peraturan Badan Kepegawaian Negara Nomor 7 Tahun 2022 tentang Tata Cara Pemberian Cuti Pegawai Pemerintah ' +
    'dengan Perjanjian Kerja',
  perbknMutasi: 'Peraturan Badan Kepegawaian Negara Nomor 5 Tahun 2019 tentang Tata Cara Pelaksanaan Mutasi',
  kepBaknKarisKarsu:
    'Keputusan Kepala Badan Administrasi Kepegawaian Negara Nomor 1158a/KEP/1983 tentang Kartu Istri/Kartu Suami ' +
    'Pegawai Negeri Sipil',
  perwaliKediri:
    'Peraturan Wali Kota Kediri Nomor 80 Tahun 2021 tentang Penyelenggaraan Pelayanan Kepegawaian Terpadu di ' +
    'Lingkungan Pemerintah Kota Kediri',
  pergubGorontalo:
    'Peraturan Gubernur Gorontalo Nomor 43 Tahun 2023 tentang Perlindungan dan Pelayanan Aparatur Sipil Negara',
} as const;
