"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions";
import { requireActor } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/errors";
import { deleteHolidaySchema, holidaySchema, importYearSchema, updateHolidaySchema } from "./holiday-schemas";
import { createHoliday, deleteHoliday, importHolidayYear, updateHoliday } from "./holidays-admin";

// The holiday calendar's server actions. A change moves future deadlines and the missing-year
// warning on the dashboard, so the whole signed-in layout is revalidated.

const PAGE = "/kalender-libur";

function refresh() {
  revalidatePath("/", "layout");
}

export async function createHolidayAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction("holidays", holidaySchema, input, async (data) => {
    const actor = await requireActor(PAGE);
    const result = await createHoliday({ actor, data });
    refresh();
    return result;
  });
}

export async function updateHolidayAction(input: unknown): Promise<ActionResult<{ version: string }>> {
  return runAction("holidays", updateHolidaySchema, input, async (data) => {
    const actor = await requireActor(PAGE);
    const result = await updateHoliday({ actor, data });
    refresh();
    return result;
  });
}

export async function deleteHolidayAction(input: unknown): Promise<ActionResult<{ date: string }>> {
  return runAction("holidays", deleteHolidaySchema, input, async (data) => {
    const actor = await requireActor(PAGE);
    const result = await deleteHoliday({ actor, data });
    refresh();
    return result;
  });
}

export async function importHolidayYearAction(
  input: unknown,
): Promise<ActionResult<{ year: number; imported: number; replaced: number }>> {
  return runAction("holidays", importYearSchema, input, async (data) => {
    const actor = await requireActor(PAGE);
    const result = await importHolidayYear({ actor, data });
    refresh();
    return result;
  });
}
