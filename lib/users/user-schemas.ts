import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 10;

/**
 * A person's sign-in fields as the API checks them. No database or server imports, so the console's forms validate
 * with the very same rules before they send.
 */
export const userFields = {
  email: z.email("Enter a valid e-mail address").transform((value) => value.trim().toLowerCase()),
  name: z.string().trim().max(120).optional(),
  password: z.string().min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`).max(200),
};
