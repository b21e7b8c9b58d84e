import "server-only";
import { getServiceDefinition } from "@/lib/service-standard/queries";
import { scaleGateFrom, type ScaleGate } from "./scale-gate";

/**
 * The business-scale gate of the service (KBLI 11050 by default), read from the service
 * definition in the database, so an admin's change to the requirement applies at once.
 */
export async function getScaleGate(serviceCode = "kbli-11050"): Promise<ScaleGate> {
  const service = await getServiceDefinition(serviceCode);
  const gate = scaleGateFrom(service.items);
  if (!gate) {
    throw new Error(
      `Definisi layanan "${serviceCode}" tidak memuat pertanyaan skala usaha (field "scale" dengan daftar "eligible"). Periksa persyaratan layanan.`,
    );
  }
  return gate;
}
