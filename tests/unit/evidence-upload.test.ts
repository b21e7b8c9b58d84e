import { SearchParamsContext } from "next/dist/shared/lib/hooks-client-context.shared-runtime";
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EvidenceUpload, type EvidenceUploadProps } from "@/components/applications/EvidenceUpload";
import en from "@/messages/en";
import id from "@/messages/id";

// The server-rendered markup, which is also what a visitor without JavaScript gets: plain forms
// that post to the routes, labelled controls, and the limits stated up front.

function render(props: Partial<EvidenceUploadProps> = {}, locale: "id" | "en" = "id", query?: string): string {
  const element = createElement(EvidenceUpload, {
    applicationId: "app-1",
    itemCode: "A2",
    editable: true,
    maxBytes: 10 * 1024 * 1024,
    initialFiles: [
      { id: "ev-1", name: "surat izin.pdf", size: 123_456, type: "application/pdf" },
      { id: "ev-2", name: "foto <pabrik>.jpg", size: 2_500_000, type: "image/jpeg" },
    ],
    ...props,
  });
  const withQuery = query === undefined ? element : createElement(SearchParamsContext.Provider, { value: new URLSearchParams(query) }, element);
  const messages = locale === "id" ? id : en;
  type ProviderProps = ComponentProps<typeof NextIntlClientProvider>;
  const config: Omit<ProviderProps, "children"> = { locale, messages, timeZone: "Asia/Jakarta" };
  return renderToString(createElement(NextIntlClientProvider, config as ProviderProps, withQuery));
}

describe("EvidenceUpload (server markup)", () => {
  it("lists the files with download links, sizes and remove forms, and a labelled upload form", () => {
    const html = render();
    expect(html).toContain('href="/api/berkas/ev-1"');
    expect(html).toContain("surat izin.pdf");
    expect(html).toContain("foto &lt;pabrik&gt;.jpg");
    expect(html).toMatch(/PDF, 120[,.]6 KB/);
    expect(html).toMatch(/JPG, 2[,.]4 MB/);
    expect(html).toContain('action="/api/berkas/ev-1"');
    expect(html).toContain('aria-label="Hapus berkas surat izin.pdf"');
    expect(html).toContain('action="/api/permohonan/app-1/butir/A2/berkas"');
    // (React writes `encType`; HTML attribute names are case-insensitive.)
    expect(html.toLowerCase()).toContain('enctype="multipart/form-data"');
    expect(html).toContain('accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"');
    expect(html).toMatch(/<label for="([^"]+)"[^>]*>Unggah berkas bukti<\/label>/);
    const inputId = /<label for="([^"]+)"/.exec(html)![1];
    expect(html).toContain(`id="${inputId}"`);
    expect(html).toContain("PDF, JPG, atau PNG. Ukuran maksimal 10 MB per berkas, paling banyak 10 berkas.");
    // Without JavaScript: a submit button; "Ganti" needs the script, so it is not there yet.
    expect(html).toContain(">Unggah</button>");
    expect(html).not.toContain(">Ganti</button>");
    expect(html).toContain('role="status"');
  });

  it("shows the files only, without any control, when not editable", () => {
    const html = render({ editable: false });
    expect(html).toContain('href="/api/berkas/ev-2"');
    expect(html).not.toContain("<form");
    expect(html).not.toContain('type="file"');
  });

  it("says when an item is full instead of offering another upload", () => {
    const files = Array.from({ length: 10 }, (_, i) => ({ id: `e${i}`, name: `hal-${i}.pdf`, size: 10, type: "application/pdf" }));
    const html = render({ initialFiles: files });
    expect(html).toContain("Butir ini sudah berisi 10 berkas, jumlah terbanyak.");
    const uploadForm = /<form[^>]*action="\/api\/permohonan\/app-1\/butir\/A2\/berkas"[^>]*>/.exec(html)?.[0];
    expect(uploadForm).toContain('hidden=""');
  });

  it("speaks English when asked", () => {
    const html = render({ initialFiles: [] }, "en");
    expect(html).toContain("No files uploaded yet.");
    expect(html).toContain("Upload evidence");
  });

  it("shows the result of a form posted without JavaScript, for its own item only", () => {
    const mismatch = render({}, "id", "berkas=type_mismatch&butir=A2&ext=pdf");
    expect(mismatch).toContain("Isi berkas tidak sesuai dengan namanya: berkas bernama .pdf tetapi isinya bukan PDF yang utuh.");
    expect(mismatch).toMatch(/role="alert"/);
    const errorId = /<p id="([^"]+)" role="alert"/.exec(mismatch)![1];
    expect(mismatch).toMatch(new RegExp(`aria-describedby="[^"]*${errorId}"`));
    expect(mismatch).toContain('aria-invalid="true"');
    expect(render({}, "id", "berkas=too_large&butir=A2")).toContain("Berkas terlalu besar. Ukuran maksimal 10 MB");
    expect(render({}, "id", "berkas=ok&butir=A2")).toContain("Berkas tersimpan.");
    expect(render({}, "id", "berkas=too_large&butir=B1")).not.toContain("Berkas terlalu besar");
  });
});
