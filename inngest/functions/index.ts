import { runSync } from "./run-sync";
import { scheduleSyncs } from "./schedule-syncs";

export const functions = [scheduleSyncs, runSync];
