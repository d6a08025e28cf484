import { z } from "zod";
import { parseTryAmount } from "./money";

export const VAT_RATES = [0, 1, 10, 20] as const;
export const MAX_STOCK = 1_000_000_000;

const PRICE_MESSAGE = "Must be a TRY amount like 199.90 (at most 9999999.99, no thousands separators)";

/** A TRY decimal (string or number) → integer kuruş, strictly positive. */
export const priceSchema = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const kurus = parseTryAmount(value);
  if (kurus === null) {
    ctx.addIssue({ code: "custom", message: PRICE_MESSAGE });
    return z.NEVER;
  }
  if (kurus === 0) {
    ctx.addIssue({ code: "custom", message: "Must be greater than 0" });
    return z.NEVER;
  }
  return kurus;
});

const stockMessage = `Must be a whole number from 0 to ${MAX_STOCK}`;

export const stockSchema = z
  .number({ error: stockMessage })
  .int(stockMessage)
  .min(0, stockMessage)
  .max(MAX_STOCK, stockMessage);

/** Stock as CSV text: digits only, so "12.5", "-3" and "1e3" are all rejected rather than coerced. */
export const stockTextSchema = z.string().trim().regex(/^\d+$/, stockMessage).transform(Number).pipe(stockSchema);

export const vatRateTextSchema = z
  .string()
  .trim()
  .refine((value) => (VAT_RATES as readonly number[]).includes(Number(value)) && /^\d+$/.test(value), {
    message: `Must be one of ${VAT_RATES.join(", ")}`,
  })
  .transform(Number);

export const requiredText = (max: number) => z.string().trim().min(1, "Required").max(max, `At most ${max} characters`);

/** Empty → null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .transform((value) => value || null);
