import { signedCertificateFile } from "@/lib/certificates/documents";
import { privateFileResponse } from "@/lib/files/download";
import { contentDisposition } from "@/lib/files/http";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

/** The signed certificate, exactly as issued (its bytes are what the verification page checks). */
export async function GET(_request: Request, { params }: Params) {
  const { id } = await params;
  return privateFileResponse(`/permohonan/${encodeURIComponent(id)}`, "certificate.download", async (actor) => {
    const file = await signedCertificateFile({ actor, applicationId: id });
    return { bytes: file.bytes, type: "application/pdf", disposition: contentDisposition(file.name) };
  });
}
