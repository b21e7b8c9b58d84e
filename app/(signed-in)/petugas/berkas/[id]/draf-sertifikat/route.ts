import { certificateDraft } from "@/lib/certificates/documents";
import { privateFileResponse } from "@/lib/files/download";
import { contentDisposition } from "@/lib/files/http";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

/** The unsigned draft of an approved file's certificate, shown in the browser to the signing official. */
export async function GET(_request: Request, { params }: Params) {
  const { id } = await params;
  return privateFileResponse(`/petugas/berkas/${encodeURIComponent(id)}`, "certificate.draft", async (actor) => {
    const draft = await certificateDraft({ actor, applicationId: id });
    return { bytes: draft.bytes, type: "application/pdf", disposition: contentDisposition(draft.name, "inline") };
  });
}
