// GET|POST|PUT /api/inngest – serves Köprü's Inngest functions to an Inngest server (cloud, self-hosted or dev);
// 404 in embedded mode, where no Inngest server should be calling and the endpoint would only be attack surface.
import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";
import { onlyInInngestMode } from "@/lib/runner/inngest-endpoint";

const handlers = serve({ client: inngest, functions });

export const GET = onlyInInngestMode(handlers.GET);
export const POST = onlyInInngestMode(handlers.POST);
export const PUT = onlyInInngestMode(handlers.PUT);
