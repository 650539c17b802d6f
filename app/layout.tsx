import type { Metadata, Viewport } from "next";
import { HTML_LANG } from "@/lib/index";
import { readerLocale } from "./locale";
import "./globals.css";

export const metadata: Metadata = {
  title: "Rig Payback — when does a mining rig really pay for itself?",
  description:
    "An honest payback calculator for Bitcoin mining rigs: difficulty growth, halvings, fees, uptime, switching off, hosting against self-run, and what the same money would have done in bitcoin.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f6f5f1" },
    { media: "(prefers-color-scheme: dark)", color: "#14161a" },
  ],
};

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  const locale = await readerLocale();
  return (
    <html lang={HTML_LANG[locale]}>
      <body>{children}</body>
    </html>
  );
}
