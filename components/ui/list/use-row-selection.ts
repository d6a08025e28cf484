"use client";

import { useState } from "react";

/** Picked row keys, dropped whenever `scope` (the list's filters) changes, so hidden rows are never acted on. */
export function useRowSelection(scope: unknown) {
  const scopeKey = JSON.stringify(scope);
  const [state, setState] = useState<{ scopeKey: string; selected: Set<string> }>({ scopeKey, selected: new Set() });
  if (state.scopeKey !== scopeKey) setState({ scopeKey, selected: new Set() });
  const selected = state.scopeKey === scopeKey ? state.selected : new Set<string>();
  return {
    selected,
    setSelected: (next: Set<string>) => setState({ scopeKey, selected: next }),
    clear: () => setState({ scopeKey, selected: new Set() }),
  };
}
