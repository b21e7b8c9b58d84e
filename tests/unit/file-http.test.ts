import { describe, expect, it } from "vitest";
import { backTo, contentDisposition, readBodyLimited, sameOrigin, wantsHtml } from "@/lib/files/http";

const req = (headers: Record<string, string>, body?: BodyInit) =>
  new Request("http://tirta.test/api/x", { method: "POST", headers, body, ...(body ? { duplex: "half" } : {}) } as RequestInit);

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
}

describe("readBodyLimited", () => {
  it("refuses on Content-Length alone, before reading", async () => {
    const request = req({ "content-length": "2000" }, streamOf([new Uint8Array(10)]));
    expect(await readBodyLimited(request, 1000)).toEqual({ ok: false, reason: "too_large" });
  });

  it("stops a body without Content-Length once it passes the limit", async () => {
    const request = req({}, streamOf([new Uint8Array(600), new Uint8Array(600)]));
    expect(await readBodyLimited(request, 1000)).toEqual({ ok: false, reason: "too_large" });
  });

  it("returns the whole body within the limit, and notices one cut short", async () => {
    const ok = await readBodyLimited(req({}, streamOf([new Uint8Array([1, 2]), new Uint8Array([3])])), 3);
    expect(ok).toEqual({ ok: true, bytes: new Uint8Array([1, 2, 3]) });
    const cut = await readBodyLimited(req({ "content-length": "10" }, streamOf([new Uint8Array(4)])), 100);
    expect(cut).toEqual({ ok: false, reason: "truncated" });
  });
});

describe("sameOrigin", () => {
  it("trusts the browser's Sec-Fetch-Site, then Origin against Host", () => {
    expect(sameOrigin(req({ "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(sameOrigin(req({ "sec-fetch-site": "cross-site", origin: "http://tirta.test" }))).toBe(false);
    expect(sameOrigin(req({ "sec-fetch-site": "same-site" }))).toBe(false);
    expect(sameOrigin(req({ origin: "http://tirta.test", host: "tirta.test" }))).toBe(true);
    expect(sameOrigin(req({ origin: "https://jahat.example", host: "tirta.test" }))).toBe(false);
    expect(sameOrigin(req({ origin: "null", host: "tirta.test" }))).toBe(false);
    expect(sameOrigin(req({ host: "tirta.test" }))).toBe(true);
  });
});

describe("wantsHtml and backTo", () => {
  it("tells a plain form from a script", () => {
    expect(wantsHtml(req({ accept: "text/html,application/xhtml+xml,*/*;q=0.8" }))).toBe(true);
    expect(wantsHtml(req({ accept: "application/json" }))).toBe(false);
    expect(wantsHtml(req({}))).toBe(false);
  });

  it("goes back to the referring page of this site only, with the result in the query", () => {
    const own = req({ host: "tirta.test", referer: "http://tirta.test/permohonan/abc?langkah=2&berkas=too_large" });
    expect(backTo(own, "/permohonan/abc", { berkas: "ok", butir: "A2" }, "berkas-A2")).toBe(
      "/permohonan/abc?langkah=2&berkas=ok&butir=A2#berkas-A2",
    );
    const foreign = req({ host: "tirta.test", referer: "https://jahat.example/phish" });
    expect(backTo(foreign, "/permohonan/abc", { berkas: "ok" })).toBe("/permohonan/abc?berkas=ok");
    expect(backTo(req({ host: "tirta.test", referer: "not a url" }), "/x", {})).toBe("/x");
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name (RFC 5987)", () => {
    expect(contentDisposition("surat izin.pdf")).toBe(`attachment; filename="surat izin.pdf"; filename*=UTF-8''surat%20izin.pdf`);
    const value = contentDisposition('Akta "PT" Émas\\;100%.pdf');
    expect(value).toContain(`filename="Akta _PT_ Emas__100_.pdf"`);
    expect(value).toContain(`filename*=UTF-8''Akta%20%22PT%22%20%C3%89mas%5C%3B100%25.pdf`);
    expect(contentDisposition("денеж.png")).toContain(`filename="berkas.png"; filename*=UTF-8''%D0%B4%D0%B5%D0%BD%D0%B5%D0%B6.png`);
    expect(contentDisposition("a\r\nSet-Cookie: x.pdf")).not.toMatch(/[\r\n]/);
  });
});
