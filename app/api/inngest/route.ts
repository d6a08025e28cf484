// GET|POST|PUT /api/inngest – serves Köprü's Inngest functions to an Inngest server (cloud, self-hosted or dev)
import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";

export const { GET, POST, PUT } = serve({ client: inngest, functions });
