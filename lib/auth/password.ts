import bcrypt from "bcryptjs";

const COST = 11;
export { MIN_PASSWORD_LENGTH } from "@/lib/users/user-schemas";

export const hashPassword = (password: string) => bcrypt.hash(password, COST);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);

// Compared against when the e-mail is unknown, so a miss costs the same time as a wrong password.
export const DUMMY_HASH = "$2b$11$YVUQJig.4Eof7A6FpKL6YuItqZbODLsdC35jcQsw9j/TWHUZZ3nYK";
