// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the PGlite dir) and exits.
// The app migrates by itself at start; this is for deploy pipelines. Never run it while the app holds a PGlite dir.
import { getDbHandle } from "../client";

const handle = await getDbHandle();
console.log(`migrations applied (${handle.dialect})`);
await handle.close();
