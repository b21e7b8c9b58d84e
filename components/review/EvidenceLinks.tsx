import { getTranslations } from "next-intl/server";

/** An item's documents: PDFs open in the browser or in a frame here, images as thumbnails that open full size. */
export async function EvidenceLinks({ files }: { files: { id: string; name: string; type: string }[] }) {
  const t = await getTranslations("review");
  if (files.length === 0) return <p className="text-sm">{t("noDocuments")}</p>;
  return (
    <ul className="flex flex-wrap gap-3">
      {files.map((f) => (
        <li key={f.id} className="max-w-full">
          {f.type.startsWith("image/") ? (
            <a href={`/api/berkas/${f.id}?tampil=1`} target="_blank" rel="noopener" aria-label={t("openImage", { name: f.name })} className="block">
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={`/api/berkas/${f.id}?tampil=1`} alt="" className="h-28 w-auto max-w-full rounded border border-slate-300 object-contain" />
              <span className="mt-1 block break-all text-sm">{f.name}</span>
            </a>
          ) : (
            <>
              <a href={`/api/berkas/${f.id}?tampil=1`} target="_blank" rel="noopener" aria-label={t("openPdf", { name: f.name })} className="break-all">
                📄 {f.name}
              </a>
              <details className="mt-1">
                <summary className="cursor-pointer text-sm">{t("showHere")}</summary>
                <iframe
                  src={`/api/berkas/${f.id}?tampil=1`}
                  title={t("previewTitle", { name: f.name })}
                  loading="lazy"
                  className="mt-2 h-[70vh] w-[min(42rem,85vw)] rounded border border-slate-300"
                />
              </details>
            </>
          )}{" "}
          <a href={`/api/berkas/${f.id}`} className="text-sm">
            ({t("download")})
          </a>
        </li>
      ))}
    </ul>
  );
}
