import { getActor } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/files/http";
import { readFieldPhoto } from "@/lib/review/field-report";

export const dynamic = "force-dynamic";

/** A field-verification photo, shown in the browser to whoever may read the application. */
export async function GET(_request: Request, { params }: { params: Promise<{ photoId: string }> }) {
  const { photoId } = await params;
  const actor = await getActor();
  try {
    if (!actor) throw new Error("not signed in");
    const photo = await readFieldPhoto({ actor, photoId });
    return new Response(photo.bytes as BodyInit, {
      headers: {
        "Content-Type": photo.mimeType,
        "Content-Disposition": contentDisposition(photo.originalName, "inline"),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch {
    return new Response("Tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
