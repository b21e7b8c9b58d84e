import "server-only";

import { cache } from "react";
import { getPrisma } from "@/lib/db";
import type { RequirementItem, ServiceDefinition } from "@/lib/generated/prisma/client";
import type { FieldDef, LocalizedText, ProcedureData, RequirementGroup, StandardData } from "./types";

/** A requirement row with its JSON columns typed. */
export type RequirementItemRecord = Omit<RequirementItem, "group" | "title" | "guidance" | "fields"> & {
  group: RequirementGroup;
  title: LocalizedText;
  guidance: LocalizedText;
  fields: FieldDef[];
};

/** A service definition row with its JSON columns typed and its requirement items in order. */
export type ServiceDefinitionRecord = Omit<ServiceDefinition, "standard" | "procedure"> & {
  standard: StandardData;
  procedure: ProcedureData;
  items: RequirementItemRecord[];
};

export class ServiceDefinitionMissingError extends Error {
  constructor(public readonly code: string) {
    super(
      `Definisi layanan "${code}" belum ada di basis data. Jalankan pengisian data awal (npm run db:seed) lalu muat ulang halaman.`,
    );
    this.name = "ServiceDefinitionMissingError";
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// The JSON columns are written by the seed and by admins; a malformed value is reported here,
// where it is read, rather than as a rendering error far away.
function assertShape(code: string, row: { standard: unknown; procedure: unknown }): void {
  const { standard, procedure } = row;
  if (!isObject(standard) || !Array.isArray(standard.components) || !Array.isArray(standard.parts)) {
    throw new Error(`Data standar pelayanan untuk layanan "${code}" tidak valid (kolom standard).`);
  }
  if (!isObject(procedure) || !Array.isArray(procedure.steps)) {
    throw new Error(`Data prosedur untuk layanan "${code}" tidak valid (kolom procedure).`);
  }
}

/** The service definition with its requirement items, read once per request. */
export const getServiceDefinition = cache(async (code: string = "kbli-11050"): Promise<ServiceDefinitionRecord> => {
  const row = await getPrisma().serviceDefinition.findUnique({
    where: { code },
    include: { items: { orderBy: { position: "asc" } } },
  });
  if (!row) throw new ServiceDefinitionMissingError(code);
  assertShape(code, row);
  return {
    ...row,
    standard: row.standard as unknown as StandardData,
    procedure: row.procedure as unknown as ProcedureData,
    items: row.items.map((item) => ({
      ...item,
      group: item.group as RequirementGroup,
      title: item.title as unknown as LocalizedText,
      guidance: item.guidance as unknown as LocalizedText,
      fields: (Array.isArray(item.fields) ? item.fields : []) as unknown as FieldDef[],
    })),
  };
});
