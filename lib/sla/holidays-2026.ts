// Libur nasional (LN) and cuti bersama (CB) 2026, from the joint decree (SKB 3 Menteri).
// Later years are not guessed: they are imported by an admin from their own decree.

export const DECREE_2026 =
  "SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 (19 September 2025)";

export interface HolidaySeed {
  date: string; // YYYY-MM-DD, a calendar date in Asia/Jakarta
  kind: "libur_nasional" | "cuti_bersama";
  name: string;
}

export const HOLIDAYS_2026: readonly HolidaySeed[] = [
  { date: "2026-01-01", kind: "libur_nasional", name: "Tahun Baru 2026 Masehi" },
  { date: "2026-01-16", kind: "libur_nasional", name: "Isra Mikraj Nabi Muhammad SAW" },
  { date: "2026-02-16", kind: "cuti_bersama", name: "Cuti Bersama Tahun Baru Imlek" },
  { date: "2026-02-17", kind: "libur_nasional", name: "Tahun Baru Imlek 2577 Kongzili" },
  { date: "2026-03-18", kind: "cuti_bersama", name: "Cuti Bersama Hari Suci Nyepi" },
  { date: "2026-03-19", kind: "libur_nasional", name: "Hari Suci Nyepi (Tahun Baru Saka 1948)" },
  { date: "2026-03-20", kind: "cuti_bersama", name: "Cuti Bersama Idul Fitri" },
  { date: "2026-03-21", kind: "libur_nasional", name: "Idul Fitri 1447 H" },
  { date: "2026-03-22", kind: "libur_nasional", name: "Idul Fitri 1447 H" },
  { date: "2026-03-23", kind: "cuti_bersama", name: "Cuti Bersama Idul Fitri" },
  { date: "2026-03-24", kind: "cuti_bersama", name: "Cuti Bersama Idul Fitri" },
  { date: "2026-04-03", kind: "libur_nasional", name: "Wafat Yesus Kristus" },
  { date: "2026-04-05", kind: "libur_nasional", name: "Kebangkitan Yesus Kristus (Paskah)" },
  { date: "2026-05-01", kind: "libur_nasional", name: "Hari Buruh Internasional" },
  { date: "2026-05-14", kind: "libur_nasional", name: "Kenaikan Yesus Kristus" },
  { date: "2026-05-15", kind: "cuti_bersama", name: "Cuti Bersama Kenaikan Yesus Kristus" },
  { date: "2026-05-27", kind: "libur_nasional", name: "Idul Adha 1447 H" },
  { date: "2026-05-28", kind: "cuti_bersama", name: "Cuti Bersama Idul Adha" },
  { date: "2026-05-31", kind: "libur_nasional", name: "Hari Raya Waisak 2570 BE" },
  { date: "2026-06-01", kind: "libur_nasional", name: "Hari Lahir Pancasila" },
  { date: "2026-06-16", kind: "libur_nasional", name: "1 Muharam Tahun Baru Islam 1448 H" },
  { date: "2026-08-17", kind: "libur_nasional", name: "Proklamasi Kemerdekaan" },
  { date: "2026-08-25", kind: "libur_nasional", name: "Maulid Nabi Muhammad SAW" },
  { date: "2026-12-24", kind: "cuti_bersama", name: "Cuti Bersama Natal" },
  { date: "2026-12-25", kind: "libur_nasional", name: "Kelahiran Yesus Kristus" },
];
