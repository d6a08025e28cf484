// GET /api/invoices/{ettn}/pdf – public: an issued invoice's PDF (the link sent to the marketplace)
import { getDb } from "@/db/client";
import { errorResponse } from "@/lib/http/api-route";
import { getIssuedInvoicePdf } from "@/lib/invoices/invoice-pdf";

export async function GET(req: Request, { params }: { params: Promise<{ ettn: string }> }): Promise<Response> {
  try {
    const found = await getIssuedInvoicePdf({ db: await getDb(), ettn: (await params).ettn });
    if (!found) return Response.json({ error: "not_found" }, { status: 404 });
    const name = found.invoice.invoiceNumber ?? found.invoice.ettn;
    return new Response(Buffer.from(found.pdf.bytes), {
      headers: {
        "content-type": found.pdf.contentType,
        "content-disposition": `inline; filename="${name}.pdf"`,
        "cache-control": "private, max-age=3600",
      },
    });
  } catch (error) {
    return errorResponse(error, req);
  }
}
