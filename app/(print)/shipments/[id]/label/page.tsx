import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { loadShipmentLabel } from "@/lib/shipments/shipment-label";

type LabelPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shipmentLabel"))("title") };
}

/** One label per piece, each on its own printed page (10 × 15 cm thermal labels print well at this size). */
export default async function ShipmentLabelPage({ params }: LabelPageProps) {
  await requirePageActor();
  const label = await loadShipmentLabel((await params).id);
  if (!label) notFound();
  const t = await getTranslations("shipmentLabel");
  return (
    <main className="mx-auto flex max-w-md flex-col gap-6 p-4 print:p-0">
      {label.pieces.map((piece, index) => (
        <section
          key={piece.barcode}
          aria-label={t("piece", { number: index + 1, count: label.pieces.length })}
          className="flex break-after-page flex-col gap-3 rounded border border-black p-4 text-black"
        >
          <header className="flex items-baseline justify-between">
            <strong className="text-lg">{label.carrier === "aras" ? "Aras Kargo" : label.carrier}</strong>
            <span>{t("piece", { number: index + 1, count: label.pieces.length })}</span>
          </header>
          <div>
            <div className="text-xs uppercase">{t("recipient")}</div>
            <div className="text-lg font-semibold">{label.recipient.name}</div>
            <div>{label.recipient.address}</div>
            <div>
              {label.recipient.district} / {label.recipient.city}
            </div>
            <div>{label.recipient.phone}</div>
          </div>
          <dl className="grid grid-cols-2 gap-1 text-sm">
            <dt>{t("order")}</dt>
            <dd className="font-mono">{label.orderNumber ?? "—"}</dd>
            <dt>{t("integrationCode")}</dt>
            <dd className="font-mono">{label.integrationCode}</dd>
            <dt>{t("trackingNumber")}</dt>
            <dd className="font-mono">{label.trackingNumber ?? t("noWaybillYet")}</dd>
          </dl>
          {/* eslint-disable-next-line @next/next/no-img-element -- a generated SVG data URI, nothing to optimise */}
          <img
            src={piece.svg}
            alt={t("barcodeAlt", { barcode: piece.barcode })}
            className="h-24 w-full object-contain"
          />
        </section>
      ))}
      <p className="text-sm print:hidden">{t("printHint")}</p>
    </main>
  );
}
