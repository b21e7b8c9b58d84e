// A public service described as data: the published service standard (its 14 components), the
// procedure steps that apply, the requirement checklist and the complaint channels. Everything
// here is plain JSON (strings, numbers, booleans, arrays, objects) so it can be stored in the
// database and edited without a release.

/** A text in Bahasa Indonesia (authoritative) and English (translation). */
export type LocalizedText = { id: string; en: string };

// ---------------------------------------------------------------------------------------------
// Complaint channels
// ---------------------------------------------------------------------------------------------

export type ComplaintChannelKind =
  | "office"
  | "desk"
  | "letter"
  | "phone"
  | "sms"
  | "whatsapp"
  | "email"
  | "twitter"
  | "instagram"
  | "web"
  | "form"
  | "box";

/** A postal address, as the standard gives it. */
export type PostalAddress = {
  /** The office at the address, e.g. "DPMPTSP Kabupaten Purwakarta". */
  name: LocalizedText;
  /** Street, kelurahan, kecamatan, regency, province and postcode, in the standard's words. */
  address: string;
};

export type ComplaintChannel = {
  /** The standard's own letter for the channel ("a." … "m."). */
  marker: string;
  kind: ComplaintChannelKind;
  label: LocalizedText;
  /** Number, handle, e-mail or web address as published; absent where the label says it all. */
  value?: string;
  /** Where a link makes sense: tel:, sms:, mailto:, https:. */
  href?: string;
  /** Offices that receive the complaint in person or by letter. */
  addresses?: PostalAddress[];
};

// ---------------------------------------------------------------------------------------------
// The service standard (Standar Pelayanan)
// ---------------------------------------------------------------------------------------------

/**
 * One entry of a numbered list. `marker` keeps the standard's own numbering ("1.", "a.", "1)",
 * "A."), so cross-references such as "butir 5 huruf c" stay valid.
 */
export type ListItem = {
  marker: string;
  text: LocalizedText;
  /** A nested numbered list under this entry. */
  items?: ListItem[];
  /** A nested list of complaint channels under this entry. */
  channels?: ComplaintChannel[];
};

export type StandardPartKey = "service_delivery" | "manufacturing";

/** The two parts the standard groups its components into (A. service delivery, B. manufacturing). */
export type StandardPart = {
  key: StandardPartKey;
  marker: string;
  title: LocalizedText;
};

export type StandardComponentKey =
  | "persyaratan"
  | "sistem-mekanisme-prosedur"
  | "jangka-waktu"
  | "biaya-tarif"
  | "produk-layanan"
  | "pengaduan"
  | "dasar-hukum"
  | "sarana-prasarana"
  | "kompetensi-pelaksana"
  | "pengawasan-internal"
  | "jumlah-pelaksana"
  | "jaminan-pelayanan"
  | "jaminan-keamanan-keselamatan"
  | "evaluasi-kinerja";

/**
 * One component of the standard. Its content is an optional paragraph (`intro`) followed by an
 * optional numbered list (`items`); a component with a single statement ("Gratis") has only
 * `intro`.
 */
export type StandardComponent = {
  /** The standard's own number (1–14). */
  no: number;
  /** Stable key; also the page anchor. */
  key: StandardComponentKey;
  part: StandardPartKey;
  title: LocalizedText;
  intro?: LocalizedText;
  items?: ListItem[];
};

export type StandardData = {
  /** The service's name as the standard heads it. */
  title: LocalizedText;
  parts: StandardPart[];
  /** In the standard's order. */
  components: StandardComponent[];
};

// ---------------------------------------------------------------------------------------------
// Procedure (which steps apply)
// ---------------------------------------------------------------------------------------------

export type ProcedureStepKey = "document_check" | "field_verification" | "decision" | "signing";
export type ProcedureRole = "petugas" | "tim_teknis" | "penandatangan";

export type ProcedureStep = {
  key: ProcedureStepKey;
  /** false: the step is taken only when the file needs it (it may be skipped). */
  required: boolean;
  /** Who carries it out. */
  role: ProcedureRole;
  label: LocalizedText;
  description: LocalizedText;
};

export type ProcedureData = {
  /** Procedure classes of the regent regulation's appendix that this service follows. */
  classes: string[];
  /** Where the classes come from, as the standard states it. */
  source: LocalizedText;
  /** In order. */
  steps: ProcedureStep[];
};

// ---------------------------------------------------------------------------------------------
// Requirement checklist: one item per row, each with a small form description
// ---------------------------------------------------------------------------------------------

export type RequirementGroup = "umum" | "khusus";

export type FieldType = "select" | "text" | "textarea" | "checkbox" | "coordinates" | "radio";

export type FieldOption = {
  value: string;
  label: LocalizedText;
  hint?: LocalizedText;
  /** For a gate field (see `FieldDef.eligible`): what to tell an applicant who picks this option. */
  ineligibleMessage?: LocalizedText;
};

/** Show a field only while another field of the same item has this value. */
export type FieldCondition = { field: string; equals: string | boolean };

/**
 * One input of a requirement item. `required` applies only while the field is shown (see
 * `showWhen`). A `coordinates` field holds `{ lat: number, lng: number }` in decimal degrees; a
 * `checkbox` holds a boolean; every other type holds a string.
 */
export type FieldDef = {
  name: string;
  type: FieldType;
  label: LocalizedText;
  hint?: LocalizedText;
  required: boolean;
  maxLength?: number;
  /** For select and radio. */
  options?: FieldOption[];
  showWhen?: FieldCondition;
  /**
   * Makes the field a gate: only these option values may continue the application. Any other
   * value stops it before anything else is filled, with the option's `ineligibleMessage`.
   */
  eligible?: string[];
};

export type RequirementDef = {
  /** "A1" … "A5" (general), "B1" … "B4" (specific). */
  code: string;
  group: RequirementGroup;
  /** Order in the checklist, from 1. */
  position: number;
  title: LocalizedText;
  /** Plain help for the applicant: what to provide, including which evidence to upload. */
  guidance: LocalizedText;
  /** At least one evidence file must be uploaded with the answer. */
  evidenceRequired: boolean;
  fields: FieldDef[];
};

/** A condition under which an industry may be located outside a Kawasan Industri. */
export type LocationCondition = {
  value: string;
  label: LocalizedText;
  /** Where the wording comes from. */
  note: LocalizedText;
};

// ---------------------------------------------------------------------------------------------
// The whole service
// ---------------------------------------------------------------------------------------------

export type ServiceDefinitionData = {
  code: string;
  kbli: string;
  /** As the standard states it. */
  title: string;
  riskLevel: string;
  /** Working days from the receipt of a complete and correct file. */
  slaWorkingDays: number;
  procedure: ProcedureData;
  standard: StandardData;
  requirements: RequirementDef[];
  complaintChannels: ComplaintChannel[];
};
