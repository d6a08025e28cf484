import http from "node:http";
import https from "node:https";
import { SOCKET_ADDRESS_HEADER, markSocketAddressStamped } from "./client-ip";

type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;
const installed = globalThis as { __kopruSocketStampInstalled?: boolean };

/**
 * Next's route handlers never see the socket, so every HTTP(S) server in this process writes the peer address into
 * SOCKET_ADDRESS_HEADER as a request arrives, replacing any value the client sent. Installed once from
 * instrumentation.ts (Node runtime), before the first request is served.
 */
export function stampSocketAddress(): void {
  if (installed.__kopruSocketStampInstalled) return;
  installed.__kopruSocketStampInstalled = true;
  for (const Server of [http.Server, https.Server]) {
    const original = Server.prototype.emit as Emit;
    Server.prototype.emit = function emit(this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const req = args[0] as http.IncomingMessage;
        req.headers[SOCKET_ADDRESS_HEADER] = req.socket?.remoteAddress ?? "";
      }
      return original.call(this, event, ...args);
    } as http.Server["emit"];
  }
  markSocketAddressStamped();
}
