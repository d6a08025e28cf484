"use client";

import type { Stripe, StripeElements } from "@stripe/stripe-js";
import { loadStripe } from "@stripe/stripe-js/pure";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { PublicPaymentLink } from "@/lib/payments/get-payment-link";

type StripePaymentFormProps = {
  linkId: string;
  publishableKey: string;
  clientSecret: string;
  onDone: (link: PublicPaymentLink) => void;
};

/**
 * Stripe's Payment Element, loaded lazily from the `/pure` entry (nothing is fetched until this form renders). When
 * Stripe.js cannot be reached the buyer is told so plainly instead of facing an empty box.
 */
export function StripePaymentForm({ linkId, publishableKey, clientSecret, onDone }: StripePaymentFormProps) {
  const t = useTranslations("payments.pay");
  const locale = useLocale();
  const mountRef = useRef<HTMLDivElement>(null);
  const [stripe, setStripe] = useState<Stripe | null>(null);
  const [elements, setElements] = useState<StripeElements | null>(null);
  const [state, setState] = useState<"loading" | "ready" | "unreachable" | "submitting">("loading");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let isCancelled = false;
    loadStripe(publishableKey, { locale: locale === "tr" ? "tr" : "en" })
      .then((loaded) => {
        if (isCancelled) return;
        if (!loaded || !mountRef.current) return setState("unreachable");
        const created = loaded.elements({ clientSecret });
        created.create("payment").mount(mountRef.current);
        setStripe(loaded);
        setElements(created);
        setState("ready");
      })
      .catch(() => !isCancelled && setState("unreachable"));
    return () => {
      isCancelled = true;
    };
  }, [publishableKey, clientSecret, locale]);

  async function pay() {
    if (!stripe || !elements) return;
    setState("submitting");
    setError(null);
    const result = await stripe.confirmPayment({
      elements,
      redirect: "if_required",
      confirmParams: { return_url: window.location.href },
    });
    if (result.error) {
      setError(result.error.message ?? t("failed"));
      setState("ready");
      return;
    }
    const res = await fetch(`/api/pay/${encodeURIComponent(linkId)}`, { cache: "no-store" });
    if (res.ok) onDone((await res.json()) as PublicPaymentLink);
    setState("ready");
  }

  if (state === "unreachable")
    return (
      <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800" data-testid="stripe-unreachable">
        {t("stripeUnreachable")}
      </p>
    );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void pay();
      }}
      className="space-y-4"
    >
      {state === "loading" && <p className="text-sm text-slate-500">{t("loading")}</p>}
      <div ref={mountRef} aria-busy={state === "loading" || undefined} className="min-h-24" />
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {t("providerSaid")} {error}
        </p>
      )}
      <Button type="submit" className="w-full" disabled={state !== "ready"} isPending={state === "submitting"}>
        {t("payNow")}
      </Button>
    </form>
  );
}
