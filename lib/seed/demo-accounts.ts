import type { Role } from "@/lib/generated/prisma/enums";

// Demo accounts for local use only; the seed refuses them when NODE_ENV=production.
// The password is printed in the README.
export const DEMO_PASSWORD = "Demo-Tirta-2026";

export const DEMO_COMPANY = {
  nib: "9120301234567",
  npwp: "0012345678409000",
  name: "PT Tirta Jernih Purwakarta (demo)",
  legalForm: "Perseroan Terbatas (PT)",
  address: "Jalan Raya Sadang No. 10",
  kecamatan: "Bungursari",
  desa: "Cibening",
  contactName: "Siti Rahmawati",
  email: "pemohon@demo.tirta.test",
  phone: "081200000001",
  scale: "kecil" as const,
};

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  nip?: string;
  position?: string;
  reportsToAtasan?: boolean;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "pemohon@demo.tirta.test", name: "Siti Rahmawati", role: "pemohon" },
  { email: "petugas@demo.tirta.test", name: "Dedi Kurniawan", role: "petugas", nip: "198805122010011001", position: "Petugas Front Office", reportsToAtasan: true },
  { email: "teknis@demo.tirta.test", name: "Rina Marlina", role: "tim_teknis", nip: "199001032015032002", position: "Tim Teknis Perizinan", reportsToAtasan: true },
  { email: "penandatangan@demo.tirta.test", name: "Drs. H. Asep Supriatna, M.Si.", role: "penandatangan", nip: "196907151994031005", position: "Kepala DPMPTSP Kabupaten Purwakarta" },
  { email: "pengaduan@demo.tirta.test", name: "Yanti Sumarni", role: "pengelola_pengaduan", nip: "198703212011012003", position: "Pejabat Pengelola Pengaduan", reportsToAtasan: true },
  { email: "atasan@demo.tirta.test", name: "Hendra Gunawan, S.T.", role: "atasan", nip: "197612082003121004", position: "Kepala Bidang Pelayanan Perizinan" },
  { email: "inspektorat@demo.tirta.test", name: "Agus Salim, S.H.", role: "inspektorat", nip: "197904172005011006", position: "Auditor Inspektorat Kabupaten Purwakarta" },
  { email: "admin@demo.tirta.test", name: "Admin Tirta", role: "admin" },
];
