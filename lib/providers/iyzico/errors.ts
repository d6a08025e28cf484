import { ProviderError, type ProviderErrorKind } from "@/lib/errors";

/** Bank declines come with an `errorGroup`; the message key for each is `errors.payment.<key>`. */
const BANK_GROUPS: Record<string, string> = {
  NOT_SUFFICIENT_FUNDS: "insufficient_funds",
  EXPIRED_CARD: "expired_card",
  DO_NOT_HONOUR: "do_not_honour",
  INVALID_TRANSACTION: "invalid_transaction",
  FRAUD_SUSPECT: "fraud_suspect",
  PICKUP_CARD: "lost_or_stolen_card",
  LOST_CARD: "lost_or_stolen_card",
  STOLEN_CARD: "lost_or_stolen_card",
  INVALID_CVC2: "invalid_cvc",
  NOT_PERMITTED_TO_CARDHOLDER: "not_permitted_to_cardholder",
  NOT_PERMITTED_TO_TERMINAL: "not_permitted_to_terminal",
};

/** When a bank decline carries no `errorGroup`, its code still tells the reason. */
const BANK_CODES: Record<string, string> = {
  "10051": "insufficient_funds",
  "10054": "expired_card",
  "10005": "do_not_honour",
  "10012": "invalid_transaction",
  "10034": "fraud_suspect",
  "10041": "lost_or_stolen_card",
  "10043": "lost_or_stolen_card",
  "10093": "lost_or_stolen_card",
  "10084": "invalid_cvc",
  "10057": "not_permitted_to_cardholder",
  "10058": "not_permitted_to_terminal",
};

const CODES: Record<string, [ProviderErrorKind, string]> = {
  "1000": ["auth", "iyzico_bad_signature"],
  "1001": ["auth", "iyzico_unknown_api_key"],
  "11": ["invalid_request", "iyzico_invalid_request"],
  "12": ["invalid_request", "invalid_card_number"],
  "5007": ["invalid_request", "iyzico_invalid_request"],
  "6000": ["invalid_request", "fraud_suspect"],
  "6001": ["invalid_request", "fraud_suspect"],
  "50000": ["rate_limited", "provider_rate_limited"],
  "100001": ["unavailable", "provider_unavailable"],
};

export type IyzicoFailure = {
  errorCode?: string | number | null;
  errorMessage?: string | null;
  errorGroup?: string | null;
};

/** Which of our message keys describes an iyzico failure; card declines map to the shared bank reasons. */
export function iyzicoFailureKey(failure: IyzicoFailure): { kind: ProviderErrorKind; messageKey: string } {
  const code = failure.errorCode === null || failure.errorCode === undefined ? "" : String(failure.errorCode);
  const group = failure.errorGroup ? BANK_GROUPS[failure.errorGroup] : undefined;
  if (group) return { kind: "invalid_request", messageKey: group };
  const known = CODES[code];
  if (known) return { kind: known[0], messageKey: known[1] };
  const bank = BANK_CODES[code];
  if (bank) return { kind: "invalid_request", messageKey: bank };
  if (Number(code) >= 10000) return { kind: "invalid_request", messageKey: "card_declined" };
  return { kind: "invalid_request", messageKey: "iyzico_rejected" };
}

/** A ProviderError whose message is English and whose details name the translatable key and iyzico's own words. */
export class IyzicoError extends ProviderError {
  readonly messageKey: string;
  readonly errorCode: string;
  readonly providerMessage: string | null;

  constructor(failure: IyzicoFailure, status?: number) {
    const { kind, messageKey } = iyzicoFailureKey(failure);
    const code = failure.errorCode === null || failure.errorCode === undefined ? "" : String(failure.errorCode);
    super(kind, `iyzico refused the request (${messageKey}${code ? `, code ${code}` : ""})`, { status });
    this.name = "IyzicoError";
    this.messageKey = messageKey;
    this.errorCode = code;
    this.providerMessage = failure.errorMessage ?? null;
  }

  get details(): Record<string, unknown> {
    return {
      messageKey: `errors.payments.${this.messageKey}`,
      params: { provider: "iyzico", code: this.errorCode },
      providerMessage: this.providerMessage,
    };
  }
}
