import type { Locale } from "@/lib/i18n/config";
import type { ListItem } from "@/lib/service-standard/types";
import { ChannelList } from "./ChannelList";
import { LocalizedText } from "./LocalizedText";

/**
 * A numbered list from the standard, nested as deep as the data goes. The markers are the
 * standard's own ("1.", "a.", "1)"), shown as text so references to them stay exact; role="list"
 * keeps the list semantics that some screen readers drop from unstyled lists.
 */
export function RichList({ items, locale, orLabel }: { items: ListItem[]; locale: Locale; orLabel: string }) {
  return (
    <ol role="list" className="list-none space-y-2 p-0">
      {items.map((item, index) => (
        <li key={`${item.marker}-${index}`} className="flex gap-2">
          <span className="w-7 shrink-0 text-slate-700 tabular-nums">{item.marker}</span>
          <div className="min-w-0 flex-1 break-words">
            <LocalizedText text={item.text} locale={locale} />
            {item.items && item.items.length > 0 && (
              <div className="mt-2">
                <RichList items={item.items} locale={locale} orLabel={orLabel} />
              </div>
            )}
            {item.channels && item.channels.length > 0 && (
              <ChannelList channels={item.channels} locale={locale} orLabel={orLabel} />
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
