import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ChannelEntry, PostalAddressBlock } from "@/components/service-standard/ChannelList";
import { asLocale } from "@/components/service-standard/LocalizedText";
import { complaintChannels } from "@/lib/service-standard/kbli-11050";
import type { ComplaintChannel, ComplaintChannelKind, PostalAddress } from "@/lib/service-standard/types";

const byKind = (...kinds: ComplaintChannelKind[]): ComplaintChannel[] =>
  complaintChannels.filter((c) => kinds.includes(c.kind));

/** Every office address the channels name, once each, in the standard's order. */
function officeAddresses(): PostalAddress[] {
  const seen = new Map<string, PostalAddress>();
  for (const channel of complaintChannels) {
    for (const address of channel.addresses ?? []) {
      if (!seen.has(address.address)) seen.set(address.address, address);
    }
  }
  return [...seen.values()];
}

/** A channel whose value explains itself (a number, an e-mail or a web address) links by its value. */
function ValueLink({ channel }: { channel: ComplaintChannel }) {
  if (!channel.value) return null;
  return channel.href ? (
    <a href={channel.href} className="break-words">
      {channel.value}
    </a>
  ) : (
    <span>{channel.value}</span>
  );
}

export async function Footer() {
  const [t, ts, rawLocale] = await Promise.all([
    getTranslations("common"),
    getTranslations("standard.footer"),
    getLocale(),
  ]);
  const locale = asLocale(rawLocale);
  const groups: { key: string; label: string; channels: ComplaintChannel[]; selfExplaining: boolean }[] = [
    { key: "phone", label: t("footer.phone"), channels: byKind("phone"), selfExplaining: true },
    { key: "smsWa", label: t("footer.smsWa"), channels: byKind("sms", "whatsapp"), selfExplaining: false },
    { key: "email", label: t("footer.email"), channels: byKind("email"), selfExplaining: true },
    { key: "social", label: t("footer.social"), channels: byKind("twitter", "instagram"), selfExplaining: false },
    { key: "web", label: t("footer.web"), channels: byKind("web"), selfExplaining: true },
  ];
  const addresses = officeAddresses();

  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50 text-slate-900">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-8 md:grid-cols-3">
        <section aria-labelledby="footer-pengaduan" className="md:col-span-2">
          <h2 id="footer-pengaduan" className="text-lg font-semibold">
            {t("footer.complaintsTitle")}
          </h2>
          <p className="mt-1 text-slate-700">{t("footer.complaintsIntro")}</p>
          <dl className="mt-4 grid gap-4 sm:grid-cols-2">
            {addresses.length > 0 && (
              <div className="sm:col-span-2">
                <dt className="text-sm font-semibold text-slate-700">{t("footer.address")}</dt>
                {addresses.map((address) => (
                  <dd key={address.address} className="mt-1">
                    <PostalAddressBlock address={address} locale={locale} />
                  </dd>
                ))}
              </div>
            )}
            {groups
              .filter((g) => g.channels.length > 0)
              .map((group) => (
                <div key={group.key}>
                  <dt className="text-sm font-semibold text-slate-700">{group.label}</dt>
                  {group.channels.map((channel) => (
                    <dd key={channel.marker} className="mt-1 break-words">
                      {group.selfExplaining ? (
                        <ValueLink channel={channel} />
                      ) : (
                        <ChannelEntry channel={channel} locale={locale} orLabel="" />
                      )}
                    </dd>
                  ))}
                </div>
              ))}
          </dl>
          <p className="mt-4">
            <Link href="/standar-pelayanan#pengaduan">{ts("channelsLink")}</Link>
          </p>
        </section>

        <div className="space-y-4">
          <div>
            <p className="font-semibold">{t("office")}</p>
            <p className="text-slate-700">{t("regency")}</p>
          </div>
          <p>
            <span className="mr-2 inline-block rounded-full bg-brand-100 px-3 py-0.5 font-bold text-brand-900">
              {t("free")}
            </span>
            {t("footer.free")}
          </p>
          <div>
            <p className="text-sm font-semibold text-slate-700">{ts("mottoLabel")}</p>
            <p>{t("footer.motto")}</p>
          </div>
          <p>
            <Link href="/standar-pelayanan">{ts("standardLink")}</Link>
          </p>
          <p>
            <Link href="/lacak">{t("nav.tracking")}</Link>
          </p>
          <p>
            <Link href="/verifikasi">{t("nav.verify")}</Link>
          </p>
          <p>
            <Link href="/pengaduan">{t("nav.complain")}</Link>
          </p>
        </div>
      </div>
    </footer>
  );
}
