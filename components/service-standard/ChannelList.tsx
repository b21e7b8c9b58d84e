import type { Locale } from "@/lib/i18n/config";
import type { ComplaintChannel, PostalAddress } from "@/lib/service-standard/types";
import { LocalizedText } from "./LocalizedText";

/** A postal address; the street text is Indonesian in every language. */
export function PostalAddressBlock({ address, locale }: { address: PostalAddress; locale: Locale }) {
  return (
    <address className="not-italic">
      <span className="font-medium">
        <LocalizedText text={address.name} locale={locale} />
      </span>
      , <span lang="id">{address.address}</span>
    </address>
  );
}

/**
 * One channel as the standard lists it: "Label: value". Where the channel has a link, the label
 * and the value together are the link text, so the link makes sense on its own.
 */
export function ChannelEntry({
  channel,
  locale,
  orLabel,
}: {
  channel: ComplaintChannel;
  locale: Locale;
  /** The word between two addresses ("atau" / "or"). */
  orLabel: string;
}) {
  const label = <LocalizedText text={channel.label} locale={locale} />;
  if (channel.addresses && channel.addresses.length > 0) {
    // With one address the label already names the office; with several, each is named.
    const showNames = channel.addresses.length > 1;
    return (
      <div>
        <span className="font-medium">{label}</span>
        <ul className="mt-1 space-y-1">
          {channel.addresses.map((address, index) => (
            <li key={address.address}>
              {index > 0 && <span className="mr-1 text-slate-700">{orLabel}</span>}
              <address className="inline not-italic">
                {showNames && (
                  <>
                    <LocalizedText text={address.name} locale={locale} />,{" "}
                  </>
                )}
                <span lang="id">{address.address}</span>
              </address>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (channel.href && channel.value) {
    return (
      <a href={channel.href} className="break-words">
        {label}: {channel.value}
      </a>
    );
  }
  if (channel.value) {
    return (
      <span>
        {label}: {channel.value}
      </span>
    );
  }
  return <span>{label}</span>;
}

/** The complaint channels as a list keeping the standard's letters (a.–m.). */
export function ChannelList({
  channels,
  locale,
  orLabel,
}: {
  channels: ComplaintChannel[];
  locale: Locale;
  orLabel: string;
}) {
  return (
    <ol role="list" className="mt-2 list-none space-y-2 p-0">
      {channels.map((channel) => (
        <li key={channel.marker} className="flex gap-2">
          <span className="w-7 shrink-0 text-slate-700">{channel.marker}</span>
          <div className="min-w-0 flex-1 break-words">
            <ChannelEntry channel={channel} locale={locale} orLabel={orLabel} />
          </div>
        </li>
      ))}
    </ol>
  );
}
