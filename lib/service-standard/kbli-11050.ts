import type {
  ComplaintChannel,
  FieldDef,
  ListItem,
  LocalizedText,
  LocationCondition,
  PostalAddress,
  ProcedureData,
  RequirementDef,
  ServiceDefinitionData,
  StandardComponent,
  StandardData,
} from "./types";

// The published service standard of DPMPTSP Kabupaten Purwakarta for the "Sertifikat Standar
// (Risiko Menengah Tinggi) KBLI 11050 Industri Air Minum dan Air Mineral", as data. The
// Indonesian text is the standard's own wording without its layout markup; the English text is a
// translation. Legal citations, the KBLI code and title are kept exactly as the standard states
// them. Only plain misspellings were corrected:
//   "DPMPSTSP" → "DPMPTSP", "hari kelender" → "hari kalender", "Loker Pengaduan" → "Loket
//   Pengaduan", "mengelompokan" → "mengelompokkan", "eskternal" → "eksternal", "diinternal" →
//   "di internal", "Tindaklanjut(nya)" → "Tindak lanjut(nya)" (the standard's own spelling in
//   point 8), "touchsreen" → "touchscreen", "Fakta integritas" → "Pakta integritas",
//   "pelapor/ yang" → "pelapor/yang", "dan /atau" → "dan/atau".

const t = (id: string, en: string): LocalizedText => ({ id, en });

const li = (marker: string, id: string, en: string, nested?: Omit<ListItem, "marker" | "text">): ListItem => ({
  marker,
  text: t(id, en),
  ...nested,
});

/** A list numbered "1.", "2.", … from [id, en] pairs. */
const numbered = (entries: ReadonlyArray<readonly [string, string]>): ListItem[] =>
  entries.map(([id, en], index) => li(`${index + 1}.`, id, en));

// ---------------------------------------------------------------------------------------------
// Complaint channels (component 6, point 2, letters a–m)
// ---------------------------------------------------------------------------------------------

const DPMPTSP_ADDRESS: PostalAddress = {
  name: t("DPMPTSP Kabupaten Purwakarta", "DPMPTSP Purwakarta Regency"),
  address: "Jalan Veteran Nomor 139, Kelurahan Nagrikaler Kec. Purwakarta, Kabupaten Purwakarta, Jawa Barat 41115",
};

const MPP_ADDRESS: PostalAddress = {
  name: t(
    "Mal Pelayanan Publik Bale Madukara Kabupaten Purwakarta",
    "Bale Madukara Public Service Mall, Purwakarta Regency",
  ),
  address:
    "Jalan Jenderal Sudirman, Kelurahan Nagrikaler Kec. Purwakarta, Kabupaten Purwakarta, Jawa Barat 41115",
};

export const complaintChannels: ComplaintChannel[] = [
  {
    marker: "a.",
    kind: "office",
    label: t(
      "Pejabat Pengelola Pengaduan pada DPMPTSP Kabupaten Purwakarta",
      "Complaints Management Official at DPMPTSP Purwakarta Regency",
    ),
    value: DPMPTSP_ADDRESS.address,
    addresses: [DPMPTSP_ADDRESS],
  },
  {
    marker: "b.",
    kind: "desk",
    label: t(
      "Petugas Pengaduan pada Loket Pengaduan Mal Pelayanan Publik Bale Madukara Kabupaten Purwakarta",
      "Complaints Officer at the Complaints Desk of the Bale Madukara Public Service Mall, Purwakarta Regency",
    ),
    value: MPP_ADDRESS.address,
    addresses: [MPP_ADDRESS],
  },
  {
    marker: "c.",
    kind: "letter",
    label: t("Surat", "Letter"),
    value: `${DPMPTSP_ADDRESS.name.id}, ${DPMPTSP_ADDRESS.address} atau ${MPP_ADDRESS.name.id}, ${MPP_ADDRESS.address}`,
    addresses: [DPMPTSP_ADDRESS, MPP_ADDRESS],
  },
  {
    marker: "d.",
    kind: "phone",
    label: t("Telepon", "Telephone"),
    value: "(0264) 8224794 ext.103",
    href: "tel:+622648224794,103",
  },
  { marker: "e.", kind: "sms", label: t("SMS", "SMS"), value: "081809898222", href: "sms:+6281809898222" },
  {
    marker: "f.",
    kind: "whatsapp",
    label: t("WA", "WhatsApp"),
    value: "081809898222",
    href: "https://wa.me/6281809898222",
  },
  {
    marker: "g.",
    kind: "email",
    label: t("Email", "E-mail"),
    value: "pengaduanptsp139@gmail.com",
    href: "mailto:pengaduanptsp139@gmail.com",
  },
  {
    marker: "h.",
    kind: "twitter",
    label: t("Twitter", "Twitter (X)"),
    value: "dpmptsp_pwk",
    href: "https://x.com/dpmptsp_pwk",
  },
  {
    marker: "i.",
    kind: "instagram",
    label: t("Instagram", "Instagram"),
    value: "pengaduanptsp139.purwakarta",
    href: "https://www.instagram.com/pengaduanptsp139.purwakarta",
  },
  {
    marker: "j.",
    kind: "web",
    label: t("Web", "Website"),
    value: "www.dpmptsp.purwakartakab.go.id",
    href: "https://www.dpmptsp.purwakartakab.go.id",
  },
  {
    marker: "k.",
    kind: "web",
    label: t("Web", "Website"),
    value: "www.mpp.purwakartakab.go.id",
    href: "https://www.mpp.purwakartakab.go.id",
  },
  { marker: "l.", kind: "form", label: t("Formulir Pengaduan", "Complaint form") },
  { marker: "m.", kind: "box", label: t("Kotak Pengaduan", "Complaint box") },
];

// ---------------------------------------------------------------------------------------------
// The 14 components
// ---------------------------------------------------------------------------------------------

const persyaratan: StandardComponent = {
  no: 1,
  key: "persyaratan",
  part: "service_delivery",
  title: t("Persyaratan", "Requirements"),
  items: [
    li("A.", "Persyaratan Umum:", "General requirements:", {
      items: numbered([
        ["Skala usaha kecil atau menengah;", "Small or medium business scale;"],
        [
          "Memiliki akun Sistem Informasi Industri Nasional.",
          "Holds an account in the National Industrial Information System (SIINas).",
        ],
        [
          "Menyampaikan data industri melalui Sistem Informasi Industri Nasional.",
          "Submits industry data through the National Industrial Information System.",
        ],
        [
          "Berlokasi di Kawasan Industri atau dapat berlokasi di luar Kawasan Industri sesuai dengan ketentuan dalam Pasal 65 PP Nomor 5 Tahun 2021.",
          "Is located in an Industrial Estate (Kawasan Industri), or may be located outside one in accordance with Article 65 of Government Regulation (PP) Number 5 of 2021.",
        ],
        [
          "Setelah mendapatkan perizinan berusaha, pelaku usaha sesuai dengan kebutuhannya masing-masing harus memiliki perizinan berusaha untuk menunjang kegiatan usaha dalam kegiatan operasional-komersial sesuai ketentuan peraturan perundang-undangan di sektor perindustrian.",
          "After obtaining the business licence, the business actor must, according to its own needs, hold the business licences that support its business activities for commercial operation, in accordance with the laws and regulations of the industrial sector.",
        ],
      ]),
    }),
    li("B.", "Persyaratan Khusus:", "Specific requirements:", {
      items: numbered([
        ["Memiliki sarana dan fasilitas produksi.", "Has production facilities and equipment."],
        [
          "Memiliki struktur organisasi SDM yang terdokumentasi dengan uraian tugas dan pembagian kewenangan dalam organisasi usaha.",
          "Has a documented human-resources organisational structure, with job descriptions and a division of authority within the business organisation.",
        ],
        ["Menyediakan pelayanan minimal kepada konsumen.", "Provides a minimum level of service to consumers."],
        ["Memiliki sistem manajemen usaha perusahaan.", "Has a business management system for the company."],
      ]),
    }),
  ],
};

const prosedur: StandardComponent = {
  no: 2,
  key: "sistem-mekanisme-prosedur",
  part: "service_delivery",
  title: t("Sistem, Mekanisme dan Prosedur", "System, Mechanism and Procedure"),
  intro: t(
    "Klasifikasi 3, 7, 12, atau 16 sebagaimana tercantum dalam Lampiran IV Peraturan Bupati ini.",
    "Classification 3, 7, 12 or 16 as set out in Appendix IV of this Regent Regulation (Peraturan Bupati).",
  ),
};

const jangkaWaktu: StandardComponent = {
  no: 3,
  key: "jangka-waktu",
  part: "service_delivery",
  title: t("Jangka Waktu Penyelesaian", "Completion Time"),
  intro: t(
    "7 hari kerja sejak diterimanya berkas permohonan secara lengkap dan benar.",
    "7 working days from the receipt of a complete and correct application file.",
  ),
};

const biaya: StandardComponent = {
  no: 4,
  key: "biaya-tarif",
  part: "service_delivery",
  title: t("Biaya/Tarif", "Cost/Fee"),
  intro: t("Gratis", "Free of charge"),
};

const produk: StandardComponent = {
  no: 5,
  key: "produk-layanan",
  part: "service_delivery",
  title: t("Produk Layanan", "Service Product"),
  intro: t(
    "NIB dan Sertifikat Standar Terverifikasi dengan tanda tangan elektronik",
    "NIB (Business Identification Number) and a Verified Standard Certificate with an electronic signature",
  ),
};

const pengaduan: StandardComponent = {
  no: 6,
  key: "pengaduan",
  part: "service_delivery",
  title: t("Penanganan Pengaduan, Saran dan Masukan", "Handling of Complaints, Suggestions and Input"),
  items: [
    li(
      "1.",
      "Pemohon dapat menyampaikan pengaduan dalam hal penyelenggaraan pelayanan oleh DPMPTSP tidak dilaksanakan sesuai ketentuan perundang-undangan.",
      "Applicants may file a complaint where DPMPTSP does not deliver the service in accordance with the laws and regulations.",
    ),
    li(
      "2.",
      "Pengaduan dapat disampaikan secara lisan dan/atau tulisan melalui media yang disediakan oleh DPMPTSP paling lambat 30 (tiga puluh) hari kalender sejak pemohon menerima pelayanan, melalui:",
      "A complaint may be made orally and/or in writing, through the media provided by DPMPTSP, no later than 30 (thirty) calendar days after the applicant received the service, through:",
      { channels: complaintChannels },
    ),
    li(
      "3.",
      "Pengaduan yang disampaikan lebih dari 30 (tiga puluh) hari kalender dapat diperlakukan sebagai saran/masukan/koreksi/revisi.",
      "A complaint made more than 30 (thirty) calendar days later may be treated as a suggestion/input/correction/revision.",
    ),
    li(
      "4.",
      "DPMPTSP wajib menanggapi dan menindaklanjuti pengaduan secara cepat, tepat dan memberikan jawaban, paling lambat 14 (empat belas) hari kerja sejak diterimanya pengaduan;",
      "DPMPTSP must respond to and follow up complaints quickly and accurately, and give an answer no later than 14 (fourteen) working days after the complaint is received;",
    ),
    li(
      "5.",
      "Petugas menindaklanjuti pengaduan dengan melakukan langkah-langkah sebagai berikut:",
      "Officers follow up a complaint by taking the following steps:",
      {
        items: [
          li(
            "a.",
            "Pencatatan pengaduan yang setidaknya meliputi identitas pelapor/yang mengadukan dan objek/materi pengaduan;",
            "Recording the complaint, including at least the identity of the reporter/complainant and the object/subject matter of the complaint;",
          ),
          li(
            "b.",
            "Pengaduan yang tidak disertai dengan identitas pelapor/yang mengadukan atau objek/materi pengaduan diperlakukan sebagai saran atau masukan;",
            "A complaint without the identity of the reporter/complainant or without the object/subject matter of the complaint is treated as a suggestion or input;",
          ),
          li("c.", "Menelaah dan mengelompokkan pengaduan berdasarkan:", "Reviewing and classifying the complaint by:", {
            items: [
              li("1)", "Bidang/Sektor/Jenis Pelayanan;", "Field/Sector/Type of service;"),
              li(
                "2)",
                "Jenis masalah yang dikelompokkan sesuai komponen/unsur didalam Standar Pelayanan/SOP/lainnya, diantaranya: Persyaratan; Sistem, mekanisme, dan prosedur; Jangka waktu penyelesaian; Biaya/tarif; Produk pelayanan; Sarana, prasarana, dan/atau fasilitas; Kompetensi pelaksana; dll.",
                "Type of problem, grouped by the components/elements of the Service Standard/SOP/others, among them: Requirements; System, mechanism and procedure; Completion time; Cost/fee; Service product; Facilities, infrastructure and/or amenities; Staff competence; etc.",
              ),
            ],
          }),
        ],
      },
    ),
    li(
      "6.",
      "Langkah-langkah penelaahan materi pengaduan masyarakat meliputi kegiatan-kegiatan sebagai berikut:",
      "The review of the substance of a public complaint comprises the following activities:",
      {
        items: [
          li("a.", "Merumuskan inti masalah yang diadukan;", "Stating the core of the problem complained about;"),
          li(
            "b.",
            "Menghubungkan materi pengaduan dengan SP/SOP/peraturan yang relevan;",
            "Relating the subject of the complaint to the relevant service standard (SP)/SOP/regulations;",
          ),
          li(
            "c.",
            "Memeriksa dokumen dan/atau informasi yang pernah ada dalam kaitannya dengan materi pengaduan yang baru diterima;",
            "Examining earlier documents and/or information related to the subject of the newly received complaint;",
          ),
          li(
            "d.",
            "Merumuskan rencana penanganan atau langkah-langkah yang diperlukan, seperti: klarifikasi, konfirmasi, penelitian atau pemeriksaan, investigasi untuk membuktikan kebenaran materi pengaduan;",
            "Drawing up a handling plan or the necessary steps, such as clarification, confirmation, research or examination, and investigation, to establish whether the complaint is true;",
          ),
          li(
            "e.",
            "Melakukan klarifikasi, konfirmasi, penelitian atau pemeriksaan, investigasi secara mandiri atau bersama dengan Perangkat Daerah dan/atau aparat pengawas intern pemerintah (APIP) kepada pihak yang terkait baik di internal atau eksternal DPMPTSP;",
            "Carrying out the clarification, confirmation, research or examination and investigation, independently or together with the Regional Agencies (Perangkat Daerah) and/or the government internal supervisory apparatus (APIP), with the parties concerned, whether inside or outside DPMPTSP;",
          ),
        ],
      },
    ),
    li(
      "7.",
      "Hasil penelaahan pengaduan masyarakat tersebut, dikelompokkan dalam 3 (tiga) kategori, yaitu:",
      "The results of the review of public complaints are grouped into 3 (three) categories, namely:",
      {
        items: [
          li(
            "a.",
            "Penyelesaian pengaduan di internal DPMPTSP, untuk dugaan yang permasalahannya berada di internal DPMPTSP. Tindak lanjut pengaduan di internal DPMPTSP, diselesaikan secara berjenjang mulai dari tingkatan pelaksana sampai dengan Kepala DPMPTSP, dengan tetap melaporkan secara tertulis hasil tindak lanjutnya ke pejabat di atasnya;",
            "Resolution within DPMPTSP, where the suspected problem lies within DPMPTSP. The follow-up within DPMPTSP is handled level by level, from the staff up to the Head of DPMPTSP, each level reporting the result of its follow-up in writing to the official above it;",
          ),
          li(
            "b.",
            "Penyelesaian pengaduan yang ditindaklanjuti dengan melibatkan Tim Teknis/Perangkat Daerah terkait, untuk pengaduan yang dugaan permasalahannya berada di eksternal DPMPTSP. Tindak lanjut pengaduan yang melibatkan Tim Teknis/Perangkat Daerah terkait diselesaikan secara berjenjang mulai dari tingkatan pelaksana sampai dengan Kepala Perangkat Daerah, dengan tetap melaporkan secara tertulis hasil tindak lanjutnya ke pejabat di atasnya;",
            "Resolution involving the Technical Team/Regional Agency concerned, where the suspected problem lies outside DPMPTSP. The follow-up involving the Technical Team/Regional Agency concerned is handled level by level, from the staff up to the Head of the Regional Agency, each level reporting the result of its follow-up in writing to the official above it;",
          ),
          li(
            "c.",
            "Penyelesaian pengaduan yang ditindaklanjuti dengan melibatkan Aparat Pengawas Intern Pemerintah (APIP), untuk pengaduan yang tidak bisa diselesaikan secara internal atau eksternal DPMPTSP. Pelibatan APIP berdasarkan persetujuan Kepala DPMPTSP/Perangkat Daerah atau sesuai dengan peraturan perundang-undangan.",
            "Resolution involving the Government Internal Supervisory Apparatus (APIP), for complaints that cannot be resolved inside or outside DPMPTSP. APIP is involved with the approval of the Head of DPMPTSP/the Regional Agency, or as the laws and regulations provide.",
          ),
        ],
      },
    ),
    li(
      "8.",
      "Hasil tindak lanjut pengaduan diinformasikan kepada pemohon dan dilaporkan kepada atasan langsung.",
      "The result of the follow-up is communicated to the applicant and reported to the direct superior.",
    ),
  ],
};

const dasarHukum: StandardComponent = {
  no: 7,
  key: "dasar-hukum",
  part: "manufacturing",
  title: t("Dasar Hukum", "Legal Basis"),
  items: numbered([
    ["Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja;", "Law Number 11 of 2020 on Job Creation;"],
    [
      "Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko;",
      "Government Regulation Number 5 of 2021 on the Implementation of Risk-Based Business Licensing;",
    ],
    [
      "Peraturan Pemerintah Nomor 6 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha di Daerah;",
      "Government Regulation Number 6 of 2021 on the Implementation of Business Licensing in the Regions;",
    ],
    [
      "Peraturan Badan Koordinasi Penanaman Modal Nomor 3 Tahun 2021 tentang Sistem Perizinan Berusaha Berbasis Risiko Terintegrasi Secara Elektronik;",
      "Regulation of the Investment Coordinating Board (BKPM) Number 3 of 2021 on the Electronically Integrated Risk-Based Business Licensing System;",
    ],
    [
      "Peraturan Badan Koordinasi Penanaman Modal Nomor 4 Tahun 2021 tentang Pedoman dan Tata Cara Pelayanan Perizinan Berusaha Berbasis Risiko dan Fasilitas Penanaman Modal;",
      "Regulation of the Investment Coordinating Board (BKPM) Number 4 of 2021 on Guidelines and Procedures for Risk-Based Business Licensing Services and Investment Facilities;",
    ],
    [
      "Peraturan Menteri Perindustrian Nomor 9 Tahun 2021 tentang Standar Kegiatan Usaha dan/atau Produk pada Penyelenggaraan Perizinan Berusaha Berbasis Risiko Sektor Perindustrian.",
      "Regulation of the Minister of Industry Number 9 of 2021 on Business Activity and/or Product Standards in the Implementation of Risk-Based Business Licensing in the Industrial Sector.",
    ],
  ]),
};

const saranaPrasarana: StandardComponent = {
  no: 8,
  key: "sarana-prasarana",
  part: "manufacturing",
  title: t("Sarana, Prasarana, dan Fasilitas", "Facilities, Infrastructure and Amenities"),
  items: numbered([
    ["Tempat parkir;", "Parking area;"],
    ["Ruang tunggu pelayanan;", "Service waiting room;"],
    ["Ruang dan/atau meja informasi pelayanan;", "Service information room and/or desk;"],
    ["Ruang dan/atau meja konsultasi pelayanan;", "Service consultation room and/or desk;"],
    [
      "Ruang dan/atau meja pengaduan, saran dan masukan pelayanan;",
      "Room and/or desk for complaints, suggestions and input on the service;",
    ],
    ["Ruang dan/atau meja komputer pendaftaran mandiri;", "Self-registration computer room and/or desk;"],
    ["Ruang dan/atau meja pendaftaran pelayanan;", "Service registration room and/or desk;"],
    ["Ruang dan/atau meja pemeriksaan dokumen;", "Document check room and/or desk;"],
    ["Ruang dan/atau meja pengolah perizinan;", "Licence processing room and/or desk;"],
    ["Ruang dan/atau meja tim teknis perizinan;", "Licensing technical team room and/or desk;"],
    ["Ruang dan/atau meja rapat tim teknis perizinan;", "Licensing technical team meeting room and/or table;"],
    ["Ruang dan meja kerja pimpinan;", "Office and desk of the head of office;"],
    ["Ruang perbankan;", "Banking room;"],
    ["Aula;", "Hall;"],
    ["Ruang dan rak arsip;", "Archive room and shelves;"],
    ["Ruang server;", "Server room;"],
    ["Ruang kontrol dan pusat data;", "Control room and data centre;"],
    ["Ruang pantry;", "Pantry;"],
    ["Ruang layanan prioritas;", "Priority service room;"],
    ["Pojok baca;", "Reading corner;"],
    ["Ruang laktasi;", "Lactation room;"],
    ["Ruang bermain anak;", "Children's play room;"],
    ["Mushola;", "Prayer room (musala);"],
    ["Toilet (umum dan disabilitas);", "Toilets (general and accessible);"],
    ["Counter fotocopy;", "Photocopy counter;"],
    ["ATM;", "ATM;"],
    ["Kantin;", "Canteen;"],
    ["Kursi roda;", "Wheelchairs;"],
    [
      "Server, Komputer, smartphone, tablet, scanner dan Printer;",
      "Servers, computers, smartphones, tablets, scanners and printers;",
    ],
    [
      "Informasi Multimedia (touchscreen dan layar televisi);",
      "Multimedia information (touchscreens and television screens);",
    ],
    ["Mesin dan sistem informasi antrian;", "Queue machines and queue information system;"],
    ["Sound system;", "Sound system;"],
    ["Kendaraan operasional;", "Operational vehicles;"],
    ["GPS;", "GPS;"],
    ["Camera dan Video Cam;", "Cameras and video cameras;"],
    ["Seragam pelayanan;", "Service uniforms;"],
    ["Peralatan keselamatan dan keamanan;", "Safety and security equipment;"],
    ["Peralatan survei;", "Survey equipment;"],
    ["Sistem keselamatan gedung;", "Building safety system;"],
    ["Sign system dan/atau manual;", "Sign system and/or manual signage;"],
    ["CCTV;", "CCTV;"],
    ["AC;", "Air conditioning;"],
    ["Alat penyedia daya listrik;", "Power supply equipment;"],
    ["Pengukur suhu tubuh;", "Body temperature gauges;"],
    ["Jaringan internet, wifi;", "Internet network, Wi-Fi;"],
    ["Website, aplikasi mobile, Aplikasi Perizinan;", "Website, mobile application, licensing application;"],
    ["QR Code;", "QR code;"],
    ["Survey kepuasan masyarakat elektronik;", "Electronic public satisfaction survey;"],
    ["Kotak saran dan pengaduan; dan", "Suggestion and complaint box; and"],
    ["ID pegawai.", "Staff identity cards."],
  ]),
};

const kompetensi: StandardComponent = {
  no: 9,
  key: "kompetensi-pelaksana",
  part: "manufacturing",
  title: t("Kompetensi Pelaksana", "Staff Competence"),
  items: numbered([
    [
      "Pendidikan terakhir minimal Sarjana atau SMA yang memiliki pengalaman kerja 5 tahun di Pemerintahan atau SMA yang memiliki pengalaman 3 tahun kerja menangani pelayanan terpadu satu pintu atau memiliki kompetensi teknis sesuai bidang pelayanan terpadu satu pintu yang ditangani;",
      "Highest education at least a bachelor's degree (Sarjana); or senior high school (SMA) with 5 years' work experience in government; or senior high school with 3 years' work experience in one-stop integrated services, or technical competence in the one-stop service field handled;",
    ],
    [
      "Pelatihan: Diklat PTSP, Diklat OSS, Diklat Kepribadian.",
      "Training: one-stop integrated service (PTSP) training, OSS training, personal development training.",
    ],
    [
      "Memiliki sikap ramah, komunikatif, bertanggung jawab dan sabar;",
      "Friendly, communicative, responsible and patient;",
    ],
    ["Memahami etika pelayanan dan standar pelayanan;", "Understands service ethics and service standards;"],
    [
      "Memahami peraturan perundangan mengenai pelayanan publik dan pemerintahan;",
      "Understands the laws and regulations on public service and government;",
    ],
    [
      "Memahami peraturan teknis terkait pelayanan terpadu satu pintu;",
      "Understands the technical regulations on one-stop integrated services;",
    ],
    ["Dapat mengoperasikan komputer dan aplikasi office;", "Can operate a computer and office applications;"],
    [
      "Dapat mengoperasikan aplikasi pelayanan terpadu satu pintu; dan",
      "Can operate the one-stop integrated service application; and",
    ],
    ["Berorientasi terhadap kepuasan pelanggan.", "Oriented towards customer satisfaction."],
  ]),
};

const pengawasan: StandardComponent = {
  no: 10,
  key: "pengawasan-internal",
  part: "manufacturing",
  title: t("Pengawasan Internal", "Internal Supervision"),
  items: numbered([
    [
      "Pengawasan umum penyelenggaraan pelayanan dilakukan oleh atasan langsung secara berjenjang;",
      "General supervision of service delivery is carried out by the direct superiors, level by level;",
    ],
    [
      "Pengawasan fungsional penyelenggaraan pelayanan dilakukan oleh Inspektorat Kabupaten Purwakarta;",
      "Functional supervision of service delivery is carried out by the Inspectorate of Purwakarta Regency;",
    ],
  ]),
};

const jumlahPelaksana: StandardComponent = {
  no: 11,
  key: "jumlah-pelaksana",
  part: "manufacturing",
  title: t("Jumlah Pelaksana", "Number of Staff"),
  intro: t("30 Orang", "30 people"),
};

const jaminanPelayanan: StandardComponent = {
  no: 12,
  key: "jaminan-pelayanan",
  part: "manufacturing",
  title: t("Jaminan Pelayanan", "Service Guarantee"),
  items: numbered([
    ["Kode etik;", "Code of ethics;"],
    ["Pakta integritas;", "Integrity pact;"],
    ["Maklumat pelayanan;", "Service charter (maklumat pelayanan);"],
    [
      "Motto Pelayanan: PASTI (Pelayanan Sepenuh Hati) dan KSATRIA (Kolaborasi, Satu Pintu, Rekreatif, Inovatif, dan Amanah);",
      "Service motto: PASTI (Pelayanan Sepenuh Hati: service from the heart) and KSATRIA (Kolaborasi, Satu Pintu, Rekreatif, Inovatif, dan Amanah: collaboration, one door, recreative, innovative and trustworthy);",
    ],
    [
      "Penyelenggara pelayanan akan menerima sanksi sesuai dengan ketentuan peraturan perundangan apabila didalam pelaksanaan tugasnya tidak sesuai dengan standar pelayanan dan maklumat pelayanan.",
      "Service providers will be sanctioned in accordance with the laws and regulations if, in performing their duties, they do not comply with the service standard and the service charter.",
    ],
  ]),
};

const jaminanKeamanan: StandardComponent = {
  no: 13,
  key: "jaminan-keamanan-keselamatan",
  part: "manufacturing",
  title: t("Jaminan Keamanan dan Keselamatan Pelayanan", "Service Security and Safety Guarantee"),
  items: numbered([
    [
      "Penyelenggaraan pelayanan memberikan jaminan dan keselamatan kepada pelanggan dengan menempatkan petugas keamanan dan fasilitas keselamatan seperti ketersediaan APAR di tempat pelayanan;",
      "The service guarantees the security and safety of customers by stationing security officers and providing safety facilities, such as fire extinguishers (APAR), at the service location;",
    ],
    [
      "Penyelenggaraan pelayanan memberikan jaminan dan keselamatan kepada petugas pelayanan dengan menyediakan sarana dan prasarana keamanan dan keselamatan terutama pada saat melaksanakan peninjauan lapangan/survei; dan",
      "The service guarantees the security and safety of service officers by providing security and safety equipment and facilities, especially during field inspections/surveys; and",
    ],
    [
      "Penyelenggaraan pelayanan mendapatkan jaminan perlindungan hukum dalam melaksanakan tugas sesuai dengan ketentuan peraturan perundangan berupa bantuan hukum.",
      "Service delivery is guaranteed legal protection, in the form of legal aid, in the performance of its duties in accordance with the laws and regulations.",
    ],
  ]),
};

const evaluasiKinerja: StandardComponent = {
  no: 14,
  key: "evaluasi-kinerja",
  part: "manufacturing",
  title: t("Evaluasi Kinerja Pelaksana", "Staff Performance Evaluation"),
  intro: t(
    "Evaluasi kinerja pelayanan dilakukan secara rutin dan teratur serta melakukan perbaikan secara berkelanjutan. Evaluasi kinerja diantaranya berupa:",
    "Service performance is evaluated routinely and regularly, with continuous improvement. The performance evaluation includes:",
  ),
  items: numbered([
    [
      "Evaluasi pelaksanaan standar pelayanan dan standar operasional prosedur setidaknya 1 (satu) kali dalam 1 (satu) tahun;",
      "An evaluation of the implementation of the service standard and the standard operating procedures at least 1 (one) time in 1 (one) year;",
    ],
    [
      "Evaluasi berupa survey kepuasan pelanggan 4 (empat) kali dalam 1 (satu) tahun; dan",
      "An evaluation in the form of a customer satisfaction survey 4 (four) times in 1 (one) year; and",
    ],
    [
      "Hasil evaluasi disampaikan kepada semua aparat penyelenggara pelayanan untuk merumuskan perbaikan yang perlu dilakukan.",
      "The evaluation results are shared with all service staff to formulate the improvements needed.",
    ],
  ]),
};

const standard: StandardData = {
  title: t(
    "Sertifikat Standar (Risiko Menengah Tinggi) KBLI 11050 Industri Air Minum dan Air Mineral",
    "Standard Certificate (Medium-High Risk) KBLI 11050 Drinking Water and Mineral Water Industry",
  ),
  parts: [
    {
      key: "service_delivery",
      marker: "A.",
      title: t(
        "Proses Penyampaian Pelayanan (Service Delivery) meliputi:",
        "Service delivery process, comprising:",
      ),
    },
    {
      key: "manufacturing",
      marker: "B.",
      title: t(
        "Proses Pengelolaan Pelayanan di Internal Organisasi (Manufacturing) meliputi:",
        "Service management process within the organisation (manufacturing), comprising:",
      ),
    },
  ],
  components: [
    persyaratan,
    prosedur,
    jangkaWaktu,
    biaya,
    produk,
    pengaduan,
    dasarHukum,
    saranaPrasarana,
    kompetensi,
    pengawasan,
    jumlahPelaksana,
    jaminanPelayanan,
    jaminanKeamanan,
    evaluasiKinerja,
  ],
};

// ---------------------------------------------------------------------------------------------
// Procedure
// ---------------------------------------------------------------------------------------------

const procedure: ProcedureData = {
  classes: ["3", "7", "12", "16"],
  source: t(
    "Klasifikasi 3, 7, 12, atau 16 sebagaimana tercantum dalam Lampiran IV Peraturan Bupati",
    "Classification 3, 7, 12 or 16 as set out in Appendix IV of the Regent Regulation (Peraturan Bupati)",
  ),
  steps: [
    {
      key: "document_check",
      required: true,
      role: "petugas",
      label: t("Pemeriksaan berkas", "Document check"),
      description: t(
        "Petugas memeriksa setiap butir persyaratan beserta buktinya, lalu mengembalikan berkas untuk diperbaiki atau menyatakannya lengkap dan benar. Jangka waktu penyelesaian dihitung sejak berkas dinyatakan lengkap dan benar.",
        "An officer checks every requirement and its evidence, then either returns the file for correction or declares it complete and correct. The completion time is counted from the day the file is declared complete and correct.",
      ),
    },
    {
      key: "field_verification",
      required: false,
      role: "tim_teknis",
      label: t("Verifikasi lapangan", "Field verification"),
      description: t(
        "Tim teknis meninjau lokasi usaha, lalu menyusun berita acara beserta rekomendasinya.",
        "The technical team inspects the business site, then writes a report with its recommendation.",
      ),
    },
    {
      key: "decision",
      required: true,
      role: "penandatangan",
      label: t("Keputusan", "Decision"),
      description: t(
        "Pejabat penandatangan menyetujui permohonan, atau menolaknya dengan alasan.",
        "The signing official approves the application, or rejects it with reasons.",
      ),
    },
    {
      key: "signing",
      required: true,
      role: "penandatangan",
      label: t("Penandatanganan elektronik", "Electronic signing"),
      description: t(
        "Sertifikat Standar Terverifikasi ditandatangani secara elektronik dan dapat diunduh oleh pemohon.",
        "The Verified Standard Certificate is signed electronically and the applicant can download it.",
      ),
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Requirement checklist
// ---------------------------------------------------------------------------------------------

const PARAPHRASE_NOTE = t(
  "Rumusan kondisi ini merupakan parafrase substansi Pasal 106 Undang-Undang Nomor 3 Tahun 2014 tentang Perindustrian, bukan kutipan teks Pasal 65 PP Nomor 5 Tahun 2021.",
  "This wording paraphrases the substance of Article 106 of Law Number 3 of 2014 on Industry; it is not a quotation of Article 65 of Government Regulation Number 5 of 2021.",
);

/** Conditions under which the business may be located outside a Kawasan Industri (requirement A4). */
export const pasal65Conditions: LocationCondition[] = [
  {
    value: "tidak_ada_kawasan_industri",
    label: t(
      "Kabupaten belum memiliki Kawasan Industri, atau seluruh kaveling industri di Kawasan Industri yang ada telah terisi.",
      "The regency has no Kawasan Industri (industrial estate), or all industrial plots in its existing estates are taken.",
    ),
    note: PARAPHRASE_NOTE,
  },
  {
    value: "industri_kecil_menengah",
    label: t(
      "Industri kecil atau industri menengah yang tidak berpotensi menimbulkan pencemaran lingkungan hidup yang berdampak luas.",
      "A small or medium industry that does not risk environmental pollution with a wide impact.",
    ),
    note: PARAPHRASE_NOTE,
  },
  {
    value: "bahan_baku_atau_lokasi_khusus",
    label: t(
      "Industri yang menggunakan bahan baku khusus dan/atau proses produksinya memerlukan lokasi khusus.",
      "An industry that uses special raw materials and/or whose production process needs a special location.",
    ),
    note: PARAPHRASE_NOTE,
  },
];

const OUTSIDE_ESTATE = { field: "locationType", equals: "luar_kawasan" } as const;

const locationFields: FieldDef[] = [
  {
    name: "locationType",
    type: "radio",
    label: t("Letak lokasi usaha", "Where the business is located"),
    required: true,
    options: [
      { value: "dalam_kawasan", label: t("Di dalam Kawasan Industri", "Inside a Kawasan Industri (industrial estate)") },
      {
        value: "luar_kawasan",
        label: t("Di luar Kawasan Industri", "Outside a Kawasan Industri"),
        hint: t(
          "Lokasi di luar Kawasan Industri tetap harus berada di Kawasan Peruntukan Industri.",
          "A site outside an industrial estate must still lie within a Kawasan Peruntukan Industri (area designated for industry).",
        ),
      },
    ],
  },
  {
    name: "estateName",
    type: "text",
    label: t("Nama Kawasan Industri", "Name of the industrial estate"),
    required: true,
    maxLength: 200,
    showWhen: { field: "locationType", equals: "dalam_kawasan" },
  },
  {
    name: "outsideCondition",
    type: "radio",
    label: t(
      "Kondisi yang memungkinkan lokasi di luar Kawasan Industri (Pasal 65 PP Nomor 5 Tahun 2021)",
      "Condition allowing a site outside an industrial estate (Article 65 of Government Regulation Number 5 of 2021)",
    ),
    hint: PARAPHRASE_NOTE,
    required: true,
    options: pasal65Conditions.map((c) => ({ value: c.value, label: c.label })),
    showWhen: OUTSIDE_ESTATE,
  },
  {
    name: "outsideJustification",
    type: "textarea",
    label: t("Penjelasan kondisi tersebut", "Explanation of that condition"),
    hint: t(
      "Jelaskan mengapa kondisi yang Anda pilih berlaku untuk usaha Anda.",
      "Explain why the condition you chose applies to your business.",
    ),
    required: true,
    maxLength: 2000,
    showWhen: OUTSIDE_ESTATE,
  },
  {
    name: "inIndustrialZone",
    type: "checkbox",
    label: t(
      "Saya menyatakan bahwa lokasi usaha berada di Kawasan Peruntukan Industri.",
      "I declare that the business site lies within a Kawasan Peruntukan Industri (area designated for industry).",
    ),
    required: true,
    showWhen: OUTSIDE_ESTATE,
  },
  {
    name: "address",
    type: "textarea",
    label: t("Alamat lokasi usaha", "Address of the business site"),
    hint: t("Nama jalan, nomor, RT/RW.", "Street, number, RT/RW (neighbourhood units)."),
    required: true,
    maxLength: 500,
  },
  {
    name: "kecamatan",
    type: "text",
    label: t("Kecamatan", "Kecamatan (district)"),
    required: true,
    maxLength: 100,
  },
  {
    name: "desa",
    type: "text",
    label: t("Desa/Kelurahan", "Desa/Kelurahan (village)"),
    required: true,
    maxLength: 100,
  },
  {
    name: "coordinates",
    type: "coordinates",
    label: t("Titik koordinat lokasi (lintang, bujur)", "Site coordinates (latitude, longitude)"),
    hint: t(
      "Dalam derajat desimal, misalnya -6.5569, 107.4433.",
      "In decimal degrees, for example -6.5569, 107.4433.",
    ),
    required: true,
  },
];

const notesField = (label: LocalizedText): FieldDef => ({
  name: "notes",
  type: "textarea",
  label,
  required: false,
  maxLength: 1000,
});

const requirements: RequirementDef[] = [
  {
    code: "A1",
    group: "umum",
    position: 1,
    title: t("Skala usaha kecil atau menengah", "Small or medium business scale"),
    guidance: t(
      "Pilih skala usaha perusahaan sesuai data perizinan berusaha Anda di OSS. Layanan ini hanya untuk usaha skala kecil dan menengah; untuk skala lain, permohonan tidak dapat dilanjutkan di sini.",
      "Choose the company's business scale as recorded in your business licensing data in OSS. This service is only for small and medium-scale businesses; for any other scale the application cannot continue here.",
    ),
    evidenceRequired: false,
    fields: [
      {
        name: "scale",
        type: "select",
        label: t("Skala usaha", "Business scale"),
        required: true,
        eligible: ["kecil", "menengah"],
        options: [
          {
            value: "mikro",
            label: t("Mikro", "Micro"),
            ineligibleMessage: t(
              "Layanan ini hanya untuk usaha skala kecil dan menengah, sehingga permohonan untuk usaha mikro tidak dapat dilanjutkan di sini. Silakan ajukan perizinan sesuai skala usaha Anda melalui OSS (oss.go.id) atau konsultasikan di loket DPMPTSP.",
              "This service is only for small and medium-scale businesses, so an application for a micro business cannot continue here. Please apply for the licence that fits your business scale through OSS (oss.go.id), or ask for advice at the DPMPTSP desk.",
            ),
          },
          { value: "kecil", label: t("Kecil", "Small") },
          { value: "menengah", label: t("Menengah", "Medium") },
          {
            value: "besar",
            label: t("Besar", "Large"),
            ineligibleMessage: t(
              "Layanan ini hanya untuk usaha skala kecil dan menengah, sehingga permohonan untuk usaha besar tidak dapat dilanjutkan di sini. Perizinan untuk usaha skala besar diterbitkan oleh Pemerintah Pusat (kementerian terkait) melalui OSS. Silakan ajukan melalui OSS (oss.go.id) atau konsultasikan di loket DPMPTSP.",
              "This service is only for small and medium-scale businesses, so an application for a large business cannot continue here. Licences for large-scale businesses are issued by the central government (the ministry concerned) through OSS. Please apply through OSS (oss.go.id), or ask for advice at the DPMPTSP desk.",
            ),
          },
        ],
      },
    ],
  },
  {
    code: "A2",
    group: "umum",
    position: 2,
    title: t("Akun Sistem Informasi Industri Nasional (SIINas)", "National Industrial Information System (SIINas) account"),
    guidance: t(
      "Tulis nama pengguna (username) akun SIINas perusahaan, lalu unggah bukti kepemilikan akun, misalnya tangkapan layar halaman profil akun SIINas yang menampilkan nama perusahaan.",
      "Enter the username of the company's SIINas account, then upload evidence that the account exists, for example a screenshot of the SIINas account profile page showing the company name.",
    ),
    evidenceRequired: true,
    fields: [
      {
        name: "siinasUsername",
        type: "text",
        label: t("Nama pengguna (username) akun SIINas", "SIINas account username"),
        required: true,
        maxLength: 100,
      },
    ],
  },
  {
    code: "A3",
    group: "umum",
    position: 3,
    title: t("Penyampaian data industri melalui SIINas", "Industry data submitted through SIINas"),
    guidance: t(
      "Unggah bukti penyampaian data industri yang terakhir melalui SIINas, misalnya tanda terima atau tangkapan layar laporan yang sudah terkirim, dan tulis periode atau tanggal penyampaiannya.",
      "Upload evidence of the latest industry data submission through SIINas, for example the receipt or a screenshot of the submitted report, and enter its period or date.",
    ),
    evidenceRequired: true,
    fields: [
      {
        name: "lastSubmission",
        type: "text",
        label: t("Periode atau tanggal penyampaian data terakhir", "Period or date of the latest submission"),
        hint: t("Misalnya: Semester II 2025, atau 15-01-2026.", "For example: Semester II 2025, or 15-01-2026."),
        required: true,
        maxLength: 100,
      },
    ],
  },
  {
    code: "A4",
    group: "umum",
    position: 4,
    title: t("Lokasi usaha", "Business location"),
    guidance: t(
      "Nyatakan apakah lokasi usaha berada di dalam Kawasan Industri (sebutkan namanya) atau di luar Kawasan Industri. Di luar Kawasan Industri, pilih kondisi yang sesuai dengan Pasal 65 PP Nomor 5 Tahun 2021, jelaskan alasannya, dan pastikan lokasi tetap berada di Kawasan Peruntukan Industri. Isi alamat lengkap dan titik koordinatnya. Unggah bukti lokasi: di dalam Kawasan Industri, misalnya surat keterangan atau perjanjian dengan pengelola kawasan; di luar Kawasan Industri, dokumen yang mendukung kondisi yang dipilih dan kesesuaian lokasi dengan tata ruang.",
      "State whether the business site is inside a Kawasan Industri (industrial estate; give its name) or outside one. Outside an estate, choose the condition under Article 65 of Government Regulation Number 5 of 2021 that applies, explain why, and make sure the site still lies within a Kawasan Peruntukan Industri (area designated for industry). Enter the full address and the coordinates. Upload evidence of the location: inside an estate, for example a statement from or an agreement with the estate operator; outside an estate, documents supporting the chosen condition and showing that the site fits the spatial plan.",
    ),
    evidenceRequired: true,
    fields: locationFields,
  },
  {
    code: "A5",
    group: "umum",
    position: 5,
    title: t(
      "Perizinan berusaha untuk menunjang kegiatan usaha",
      "Business licences that support business activities",
    ),
    guidance: t(
      "Baca dan centang pernyataan berikut. Butir ini tidak memerlukan dokumen.",
      "Read and tick the statement below. This item needs no document.",
    ),
    evidenceRequired: false,
    fields: [
      {
        name: "acknowledged",
        type: "checkbox",
        label: t(
          "Saya memahami bahwa setelah mendapatkan perizinan berusaha, perusahaan sesuai kebutuhannya harus memiliki perizinan berusaha untuk menunjang kegiatan usaha dalam kegiatan operasional-komersial, sesuai ketentuan peraturan perundang-undangan di sektor perindustrian.",
          "I understand that after obtaining the business licence, the company must, according to its needs, hold the business licences that support its business activities for commercial operation, in accordance with the laws and regulations of the industrial sector.",
        ),
        required: true,
      },
    ],
  },
  {
    code: "B1",
    group: "khusus",
    position: 6,
    title: t("Sarana dan fasilitas produksi", "Production facilities and equipment"),
    guidance: t(
      "Tulis daftar sarana dan fasilitas produksi yang dimiliki, lalu unggah foto atau dokumen pendukungnya, misalnya foto mesin dan ruang produksi atau daftar inventaris.",
      "List the production facilities and equipment the company has, then upload photos or supporting documents, for example photos of the machines and production rooms or an inventory list.",
    ),
    evidenceRequired: true,
    fields: [
      {
        name: "facilities",
        type: "textarea",
        label: t("Daftar sarana dan fasilitas produksi", "List of production facilities and equipment"),
        hint: t(
          "Satu per baris: nama mesin atau peralatan, jumlah, dan kapasitasnya.",
          "One per line: the machine or equipment, how many, and its capacity.",
        ),
        required: true,
        maxLength: 4000,
      },
    ],
  },
  {
    code: "B2",
    group: "khusus",
    position: 7,
    title: t("Struktur organisasi SDM", "Human-resources organisational structure"),
    guidance: t(
      "Unggah struktur organisasi perusahaan yang terdokumentasi, beserta uraian tugas dan pembagian kewenangan setiap jabatan.",
      "Upload the company's documented organisational structure, with the job description and authority of each position.",
    ),
    evidenceRequired: true,
    fields: [notesField(t("Keterangan (tidak wajib)", "Notes (optional)"))],
  },
  {
    code: "B3",
    group: "khusus",
    position: 8,
    title: t("Pelayanan minimal kepada konsumen", "Minimum service to consumers"),
    guidance: t(
      "Jelaskan pelayanan yang perusahaan sediakan bagi konsumen, lalu unggah buktinya, misalnya foto atau tangkapan layar saluran layanan konsumen dan prosedur penanganan keluhan.",
      "Describe the service the company provides to consumers, then upload evidence, for example photos or screenshots of the consumer service channels and the complaint-handling procedure.",
    ),
    evidenceRequired: true,
    fields: [
      {
        name: "consumerService",
        type: "textarea",
        label: t("Uraian pelayanan kepada konsumen", "Description of the service to consumers"),
        hint: t(
          "Misalnya informasi produk pada label, saluran pengaduan konsumen, dan cara menangani keluhan.",
          "For example product information on the label, consumer complaint channels, and how complaints are handled.",
        ),
        required: true,
        maxLength: 2000,
      },
    ],
  },
  {
    code: "B4",
    group: "khusus",
    position: 9,
    title: t("Sistem manajemen usaha perusahaan", "Company business management system"),
    guidance: t(
      "Sebutkan sistem manajemen yang diterapkan, lalu unggah dokumennya, misalnya SOP, sertifikat ISO, atau dokumen HACCP.",
      "Name the management system in use, then upload its documents, for example SOPs, an ISO certificate or HACCP documents.",
    ),
    evidenceRequired: true,
    fields: [
      {
        name: "system",
        type: "text",
        label: t("Sistem manajemen yang diterapkan", "Management system in use"),
        hint: t("Misalnya: SOP produksi, ISO 9001, ISO 22000, HACCP.", "For example: production SOPs, ISO 9001, ISO 22000, HACCP."),
        required: true,
        maxLength: 200,
      },
      notesField(t("Keterangan (tidak wajib)", "Notes (optional)")),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// The service
// ---------------------------------------------------------------------------------------------

export const kbli11050Service: ServiceDefinitionData = {
  code: "kbli-11050",
  kbli: "11050",
  title: "Industri Air Minum dan Air Mineral",
  riskLevel: "Menengah Tinggi",
  slaWorkingDays: 7,
  procedure,
  standard,
  requirements,
  complaintChannels,
};
