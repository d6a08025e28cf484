// POST /api/products/import – CSV upload (multipart `file` or text/csv body, ≤ 20 MB), answers NDJSON progress then the result
import { readCsvUpload } from "@/lib/catalog/read-csv-upload";
import { streamProductImport } from "@/lib/catalog/stream-product-import";
import { apiRoute } from "@/lib/http/api-route";

export const POST = apiRoute(
  "operate",
  async ({ db, req, actor }) => {
    const csv = await readCsvUpload(req);
    return streamProductImport({ db: db, actor, csv });
  },
  { bodyTypes: ["multipart/form-data", "text/csv"] },
);
