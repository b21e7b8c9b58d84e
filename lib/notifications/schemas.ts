import { z } from "zod";

/** "Tandai semua sudah dibaca": up to the newest notification the page showed (ISO time), if any. */
export const markAllReadSchema = z.object({
  upTo: z
    .union([z.iso.datetime({ offset: true }), z.literal("")])
    .optional()
    .transform((value) => (value ? new Date(value) : null)),
});
