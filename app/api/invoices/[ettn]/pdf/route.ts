// GET /api/invoices/{ettn}/pdf – public: an issued invoice's PDF (the link sent to the marketplace)
import { publicRoute } from "@/lib/http/public-route";
import { getIssuedInvoicePdf } from "@/lib/invoices/invoice-pdf";

export const GET = publicRoute<{ ettn: string }>(async ({ db, params }) => {
  const found = await getIssuedInvoicePdf({ db, ettn: params.ettn });
  if (!found) return Response.json({ error: "not_found" }, { status: 404 });
  const name = found.invoice.invoiceNumber ?? found.invoice.ettn;
  return new Response(Buffer.from(found.pdf.bytes), {
    headers: {
      "content-type": found.pdf.contentType,
      "content-disposition": `inline; filename="${name}.pdf"`,
      "cache-control": "private, max-age=3600",
    },
  });
});
