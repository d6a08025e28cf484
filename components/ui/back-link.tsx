import Link from "next/link";
import type { ReactNode } from "react";

/** "← All orders" above a detail page. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
      <span aria-hidden="true">← </span>
      {children}
    </Link>
  );
}
