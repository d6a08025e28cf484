-- Turkish-aware search: kopru_fold() lowers text and folds Turkish letters to their ASCII look-alikes ("Tişört" and
-- "TISORT" both read "tisort"; İ/I/ı/i all read "i"; the combining dot JavaScript leaves after lowering "İ" goes).
-- It is an IMMUTABLE SQL function so expression indexes can use it and the planner inlines it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE OR REPLACE FUNCTION kopru_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ select lower(translate(value, 'ÇĞİIÖŞÜÂÎÛçğıöşüâîû' || chr(775), 'cgiiosuaiucgiosuaiu')) $$;
