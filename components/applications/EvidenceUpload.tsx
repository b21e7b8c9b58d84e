"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useId, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { flushSync } from "react-dom";
import { ACCEPT_ATTRIBUTE, detectFile, isAllowedType, TYPE_LABEL, typeFromName } from "@/lib/files/detect";
import { MAX_FILES_PER_ITEM, megabytes } from "@/lib/files/limits";

export interface EvidenceFileView {
  id: string;
  name: string;
  size: number;
  type: string;
}

export interface EvidenceUploadProps {
  applicationId: string;
  itemCode: string;
  initialFiles: EvidenceFileView[];
  editable: boolean;
  /** The server's limit (uploadMaxBytes()); checked here first for instant feedback. */
  maxBytes: number;
  onChange?: (files: EvidenceFileView[]) => void;
}

type ApiResult<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

const noSubscribe = () => () => {};

/**
 * Evidence files of one requirement item: the current files (download; "Ganti" and "Hapus" while
 * editable) and a file input that uploads at once with a progress bar. The browser checks size
 * and content first for instant feedback; the server decides. Without JavaScript the same
 * markup works as plain forms (upload, remove) and the route sends the visitor back here with
 * `?berkas=<result>&butir=<item>`, which this component reads to show the message.
 */
export function EvidenceUpload({ applicationId, itemCode, initialFiles, editable, maxBytes, onChange }: EvidenceUploadProps) {
  const t = useTranslations("evidence");
  const locale = useLocale();
  const search = useSearchParams();
  const hydrated = useSyncExternalStore(noSubscribe, () => true, () => false);
  const base = useId();
  const ids = { input: `${base}-input`, hint: `${base}-hint`, error: `${base}-error`, full: `${base}-full`, status: `${base}-status` };
  const inputRef = useRef<HTMLInputElement>(null);
  const xhrRef = useRef<XMLHttpRequest | null>(null);
  const announcedStep = useRef(-1);

  const errorText = (code: string, ext?: string | null): string => {
    switch (code) {
      case "too_large":
        return t("errors.too_large", { max: megabytes(maxBytes) });
      case "too_many_files":
        return t("errors.too_many_files", { max: MAX_FILES_PER_ITEM });
      case "type_mismatch": {
        const claimed = typeFromName(`x.${ext ?? "pdf"}`) ?? "application/pdf";
        return t("errors.type_mismatch", { extension: `.${ext ?? "pdf"}`, kind: TYPE_LABEL[claimed] });
      }
      case "generic":
        return t("errors.generic", { requestId: ext ?? "-" });
      default:
        return t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.generic", { requestId: code });
    }
  };

  // The result of a form posted without JavaScript, for this item only.
  const flash = search?.get("butir") === itemCode ? search.get("berkas") : null;
  const [files, setFiles] = useState<EvidenceFileView[]>(initialFiles);
  const [replacing, setReplacing] = useState<EvidenceFileView | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(() =>
    flash && flash !== "ok" && flash !== "removed" ? errorText(flash, search?.get("ext")) : null,
  );
  const [status, setStatus] = useState<string>(() =>
    flash === "ok" ? t("saved") : flash === "removed" ? t("removedNotice") : "",
  );

  const uploadUrl = `/api/permohonan/${encodeURIComponent(applicationId)}/butir/${encodeURIComponent(itemCode)}/berkas`;
  const full = files.length >= MAX_FILES_PER_ITEM;
  const uploading = progress !== null;

  function update(next: EvidenceFileView[]) {
    setFiles(next);
    onChange?.(next);
  }

  /** Focus follows the user's work: the new file after a replacement, the input after a removal. */
  function focusAfter(change: () => void, target: string | "input") {
    flushSync(change);
    const element = target === "input" ? inputRef.current : document.getElementById(`${base}-file-${target}`);
    element?.focus();
  }

  function formatSize(bytes: number): string {
    const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    if (bytes < 1024) return `${nf.format(bytes)} B`;
    if (bytes < 1024 * 1024) return `${nf.format(bytes / 1024)} KB`;
    return `${nf.format(bytes / (1024 * 1024))} MB`;
  }

  function showProgress(percent: number) {
    setProgress(percent);
    // The live region speaks in steps of 10 %, the bar shows every percent.
    const step = Math.floor(percent / 10);
    if (step !== announcedStep.current) {
      announcedStep.current = step;
      setStatus(t("uploading", { percent: step * 10 }));
    }
  }

  function clearInput() {
    if (inputRef.current) inputRef.current.value = "";
  }

  function refuse(message: string) {
    setStatus("");
    setError(message);
    // So that choosing the same file again (after fixing it) is a change the input reports.
    clearInput();
  }

  async function start(file: File) {
    if (xhrRef.current || removingId !== null) return;
    setError(null);
    const replace = replacing;
    if (!replace && files.length >= MAX_FILES_PER_ITEM) return refuse(errorText("too_many_files"));
    // The same rule as the server, on the bytes, before anything is sent.
    if (file.size > maxBytes) return refuse(errorText("too_large"));
    const detection = detectFile({ name: file.name, declaredType: file.type, bytes: new Uint8Array(await file.arrayBuffer()) }, maxBytes);
    if (!detection.ok) return refuse(errorText(detection.code, detection.extension));
    const data = new FormData();
    data.append("file", file);
    if (replace) data.append("replace", replace.id);
    const xhr = new XMLHttpRequest();
    xhrRef.current = xhr;
    announcedStep.current = -1;
    showProgress(0);
    xhr.open("POST", uploadUrl);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) showProgress(Math.min(99, Math.floor((event.loaded * 100) / event.total)));
    };
    const done = () => {
      xhrRef.current = null;
      setProgress(null);
      clearInput();
    };
    xhr.onload = () => {
      done();
      const body = xhr.response as ApiResult<EvidenceFileView> | null;
      if (body?.ok) {
        const saved = body.data;
        const change = () => {
          update(replace ? files.map((f) => (f.id === replace.id ? saved : f)) : [...files, saved]);
          setReplacing(null);
          setStatus(t(replace ? "replaced" : "uploaded", { name: saved.name }));
        };
        if (replace) focusAfter(change, saved.id);
        else change();
      } else if (body && !body.ok) {
        refuse(body.error.message);
      } else {
        // Not our JSON: a proxy in front of the portal answered (413 when its own limit is lower).
        refuse(xhr.status === 413 ? errorText("too_large") : errorText("generic", String(xhr.status)));
      }
    };
    xhr.onerror = () => {
      done();
      refuse(t("errors.network"));
    };
    xhr.onabort = () => {
      done();
      setStatus(t("cancelled"));
    };
    xhr.send(data);
  }

  function onPick() {
    const file = inputRef.current?.files?.[0];
    if (file) void start(file);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = inputRef.current?.files?.[0];
    if (file) void start(file);
    else setError(t("errors.no_file"));
  }

  function beginReplace(file: EvidenceFileView) {
    if (uploading || removingId !== null) return;
    setError(null);
    setStatus("");
    setReplacing(file);
    // Opens the picker at once; the input stays labelled for the replacement if it is closed.
    inputRef.current?.click();
  }

  function cancelReplace() {
    focusAfter(() => setReplacing(null), "input");
  }

  async function remove(event: FormEvent<HTMLFormElement>, file: EvidenceFileView) {
    event.preventDefault();
    if (uploading || removingId !== null) return;
    setError(null);
    setRemovingId(file.id);
    try {
      const response = await fetch(`/api/berkas/${encodeURIComponent(file.id)}`, {
        method: "DELETE",
        headers: { Accept: "application/json" },
      });
      const body = (await response.json().catch(() => null)) as ApiResult<{ id: string }> | null;
      if (body?.ok) {
        focusAfter(() => {
          update(files.filter((f) => f.id !== file.id));
          if (replacing?.id === file.id) setReplacing(null);
          setStatus(t("removed", { name: file.name }));
        }, "input");
      } else {
        refuse(body && !body.ok ? body.error.message : errorText("generic", String(response.status)));
      }
    } catch {
      refuse(t("errors.network"));
    } finally {
      setRemovingId(null);
    }
  }

  const kindOf = (type: string) => (isAllowedType(type) ? TYPE_LABEL[type] : type);
  const showInput = editable && (!full || replacing !== null);
  const describedBy = [ids.hint, error ? ids.error : null].filter(Boolean).join(" ");
  const errorBox = (
    <p id={ids.error} role="alert" className="mt-2 border-l-4 border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
      {error}
    </p>
  );

  return (
    <div id={`berkas-${itemCode}`} className="space-y-3">
      {files.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noFiles")}</p>
      ) : (
        <ul aria-label={t("filesHeading")} className="divide-y divide-slate-200 rounded border border-slate-300">
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center gap-x-3 gap-y-2 p-3">
              <div className="min-w-0 flex-1 basis-48">
                <a
                  id={`${base}-file-${file.id}`}
                  href={`/api/berkas/${encodeURIComponent(file.id)}`}
                  className="break-words font-medium [overflow-wrap:anywhere]"
                  aria-label={t("downloadLabel", { name: file.name })}
                >
                  {file.name}
                </a>
                <p className="text-sm text-slate-700">{t("fileMeta", { kind: kindOf(file.type), size: formatSize(file.size) })}</p>
              </div>
              {editable && (
                <div className="flex gap-2">
                  {hydrated && (
                    <button
                      type="button"
                      onClick={() => beginReplace(file)}
                      aria-disabled={uploading || removingId !== null ? true : undefined}
                      aria-label={t("replaceAria", { name: file.name })}
                      className="min-h-11 rounded border border-brand-800 px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50 aria-disabled:opacity-60"
                    >
                      {t("replace")}
                    </button>
                  )}
                  <form method="post" action={`/api/berkas/${encodeURIComponent(file.id)}`} onSubmit={(event) => void remove(event, file)}>
                    <input type="hidden" name="action" value="remove" />
                    <input type="hidden" name="butir" value={itemCode} />
                    <button
                      type="submit"
                      aria-disabled={uploading || removingId !== null ? true : undefined}
                      aria-label={t("removeAria", { name: file.name })}
                      className="min-h-11 rounded border border-red-800 px-3 py-2 text-sm font-semibold text-red-800 hover:bg-red-50 aria-disabled:opacity-60"
                    >
                      {removingId === file.id ? t("removing") : t("remove")}
                    </button>
                  </form>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}

      {editable && full && replacing === null && (
        <p id={ids.full} className="text-sm text-slate-800">
          {t("full", { count: MAX_FILES_PER_ITEM })}
        </p>
      )}
      {error && !showInput && errorBox}

      {editable && (
        <form method="post" encType="multipart/form-data" action={uploadUrl} onSubmit={onSubmit} noValidate hidden={!showInput}>
          <label htmlFor={ids.input} className="block font-medium">
            {replacing ? t("replaceLabel", { name: replacing.name }) : t("label")}
          </label>
          <p id={ids.hint} className="mt-1 text-sm text-slate-700">
            {t("hint", { max: megabytes(maxBytes), count: MAX_FILES_PER_ITEM })}
          </p>
          {error && showInput && errorBox}
          <input
            ref={inputRef}
            id={ids.input}
            type="file"
            name="file"
            accept={ACCEPT_ATTRIBUTE}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            onChange={hydrated ? onPick : undefined}
            className="mt-2 block w-full max-w-full text-sm file:mr-3 file:min-h-11 file:rounded file:border file:border-slate-500 file:bg-white file:px-3 file:py-2 file:font-semibold"
          />
          {!hydrated && (
            <button type="submit" className="mt-2 min-h-11 rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
              {t("submit")}
            </button>
          )}
          {replacing && !uploading && (
            <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
              <span>{t("replacing", { name: replacing.name })}</span>
              <button type="button" onClick={cancelReplace} className="min-h-11 rounded border border-slate-500 px-3 py-2 font-semibold">
                {t("cancelReplace")}
              </button>
            </p>
          )}
          {uploading && (
            <div className="mt-2 flex flex-wrap items-center gap-3">
              <progress max={100} value={progress ?? 0} aria-label={t("progressLabel")} className="h-3 min-w-0 flex-1 basis-40 accent-brand-800">
                {progress}%
              </progress>
              <button
                type="button"
                onClick={() => xhrRef.current?.abort()}
                className="min-h-11 rounded border border-slate-500 px-3 py-2 text-sm font-semibold"
              >
                {t("cancelUpload")}
              </button>
            </div>
          )}
        </form>
      )}

      <p id={ids.status} role="status" aria-live="polite" className="text-sm text-slate-800 empty:hidden">
        {status}
      </p>
    </div>
  );
}
