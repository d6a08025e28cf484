// The Aras and Luca fakes playwright.config.ts starts as webServers, and the credentials they accept.
// Plain constants (no Playwright import) so the config can read them too.

export const ARAS_FAKE_PORT = Number(process.env.E2E_ARAS_PORT ?? 4030);
export const ARAS_FAKE_URL = `http://127.0.0.1:${ARAS_FAKE_PORT}`;
export const LUCA_FAKE_PORT = Number(process.env.E2E_LUCA_PORT ?? 4040);
export const LUCA_FAKE_URL = `http://127.0.0.1:${LUCA_FAKE_PORT}`;

export const ARAS_FAKE = {
  username: "e2e-aras",
  password: "e2e-aras-password",
  queryUsername: "e2e-aras-query",
  queryPassword: "e2e-aras-query-password",
  customerCode: "1932448851342",
} as const;

export const LUCA_FAKE = {
  memberNumber: "10042",
  username: "Admin",
  password: "e2e-luca-password",
  einvoiceUser: "4540536920",
  einvoicePassword: "e2e-luca-einvoice-password",
} as const;

export const ARAS_FAKE_ENV = {
  PORT: String(ARAS_FAKE_PORT),
  ARAS_FAKE_USERNAME: ARAS_FAKE.username,
  ARAS_FAKE_PASSWORD: ARAS_FAKE.password,
  ARAS_FAKE_QUERY_USERNAME: ARAS_FAKE.queryUsername,
  ARAS_FAKE_QUERY_PASSWORD: ARAS_FAKE.queryPassword,
  ARAS_FAKE_CUSTOMER_CODE: ARAS_FAKE.customerCode,
};

export const LUCA_FAKE_ENV = {
  PORT: String(LUCA_FAKE_PORT),
  LUCA_FAKE_MEMBER_NUMBER: LUCA_FAKE.memberNumber,
  LUCA_FAKE_USERNAME: LUCA_FAKE.username,
  LUCA_FAKE_PASSWORD: LUCA_FAKE.password,
  LUCA_FAKE_EINVOICE_USER: LUCA_FAKE.einvoiceUser,
  LUCA_FAKE_EINVOICE_PASSWORD: LUCA_FAKE.einvoicePassword,
};
