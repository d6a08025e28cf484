/** Sandbox test cards from iyzico's list and what each does (fact sheet, "Sandbox test cards"). */
export type FakeCardOutcome = { errorCode: string; errorGroup: string; errorMessage: string };

export const FAKE_CARD_ERRORS: Record<string, FakeCardOutcome> = {
  "4111111111111129": {
    errorCode: "10051",
    errorGroup: "NOT_SUFFICIENT_FUNDS",
    errorMessage: "Kart limiti yetersiz, yetersiz bakiye",
  },
  "4129111111111111": { errorCode: "10005", errorGroup: "DO_NOT_HONOUR", errorMessage: "İşlem onaylanmadı" },
  "4128111111111112": { errorCode: "10012", errorGroup: "INVALID_TRANSACTION", errorMessage: "Geçersiz işlem" },
  "4127111111111113": { errorCode: "10043", errorGroup: "LOST_CARD", errorMessage: "Kayıp kart, karta el koyunuz" },
  "4126111111111114": { errorCode: "10043", errorGroup: "STOLEN_CARD", errorMessage: "Çalıntı kart, karta el koyunuz" },
  "4125111111111115": { errorCode: "10054", errorGroup: "EXPIRED_CARD", errorMessage: "Son kullanma tarihi geçersiz" },
  "4124111111111116": { errorCode: "10084", errorGroup: "INVALID_CVC2", errorMessage: "CVC2 bilgisi hatalı" },
  "4123111111111117": {
    errorCode: "10057",
    errorGroup: "NOT_PERMITTED_TO_CARDHOLDER",
    errorMessage: "Kart sahibi bu işlemi yapamaz",
  },
  "4122111111111118": {
    errorCode: "10058",
    errorGroup: "NOT_PERMITTED_TO_TERMINAL",
    errorMessage: "Terminalin bu işlemi yapmaya yetkisi yok",
  },
  "4121111111111119": { errorCode: "10034", errorGroup: "FRAUD_SUSPECT", errorMessage: "Dolandırıcılık şüphesi" },
  "4120111111111110": { errorCode: "10041", errorGroup: "PICKUP_CARD", errorMessage: "Karta el koyunuz" },
  "4130111111111118": {
    errorCode: "10202",
    errorGroup: "",
    errorMessage: "Ödeme işlemi esnasında genel bir hata oluştu",
  },
};

/** Pays, but refuses cancel and refund. */
export const FAKE_CARD_NOT_REFUNDABLE = "5406670000000009";
/** 3DS cards: mdStatus on the bank page, and one whose 3DS initialize fails. */
export const FAKE_CARD_MD_STATUS: Record<string, string> = { "4131111111111117": "0", "4141111111111115": "4" };
export const FAKE_CARD_THREEDS_INIT_FAILS = "4151111111111112";

export function fakeCardInfo(cardNumber: string) {
  const isAmex = cardNumber.startsWith("37");
  const association = cardNumber.startsWith("4")
    ? "VISA"
    : cardNumber.startsWith("9792")
      ? "TROY"
      : isAmex
        ? "AMERICAN_EXPRESS"
        : "MASTER_CARD";
  return {
    binNumber: cardNumber.slice(0, 6),
    lastFourDigits: cardNumber.slice(-4),
    cardAssociation: association,
    cardFamily: cardNumber.startsWith("55287") ? "Paraf" : cardNumber.startsWith("4") ? "Bonus" : "World",
    cardType: "CREDIT_CARD",
  };
}
