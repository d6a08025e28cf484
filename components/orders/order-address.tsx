import { useTranslations } from "next-intl";

const KNOWN = ["fullName", "address", "district", "city", "postalCode", "countryCode", "phone"] as const;

/** The shipping address, known fields in a sensible order and anything a marketplace adds after them. */
export function OrderAddress({ address }: { address: Record<string, string | null> | null }) {
  const t = useTranslations("ordersUi.address");
  const entries = address ? Object.entries(address).filter(([, value]) => value) : [];
  if (entries.length === 0) return <p className="text-sm text-slate-500">{t("none")}</p>;
  const rank = (key: string) => {
    const index = (KNOWN as readonly string[]).indexOf(key);
    return index === -1 ? KNOWN.length : index;
  };
  entries.sort(([a], [b]) => rank(a) - rank(b));
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-slate-500">{t.has(key) ? t(key) : key}</dt>
          <dd className="text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
