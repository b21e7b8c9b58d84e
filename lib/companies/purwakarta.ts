// The 17 kecamatan of Kabupaten Purwakarta, offered as suggestions for the company address (the
// field stays free text: a company may be registered elsewhere).
export const PURWAKARTA_KECAMATAN = [
  "Babakancikao",
  "Bojong",
  "Bungursari",
  "Campaka",
  "Cibatu",
  "Darangdan",
  "Jatiluhur",
  "Kiarapedes",
  "Maniis",
  "Pasawahan",
  "Plered",
  "Pondoksalam",
  "Purwakarta",
  "Sukasari",
  "Sukatani",
  "Tegalwaru",
  "Wanayasa",
] as const;
