import type { Metadata } from "next";
import { headers } from "next/headers";
import { previewOf } from "../server/heavy/preview";
import { NETWORK_SNAPSHOT } from "@/lib/server";
import { OG_IMAGE_SIZE, ogText, siteOrigin, type Locale, type NetworkFigures } from "@/lib/server";

/**
 * The page's link preview: og: and twitter: tags naming the answer, with the image of the
 * canonical scenario (equivalent links share one image URL). The origin for absolute URLs is
 * SITE_URL when set (set it in production), else the request's host.
 */
export async function previewMetadata(query: string, locale: Locale = "en", network?: NetworkFigures): Promise<Metadata> {
  const h = await headers();
  const origin = siteOrigin({
    configured: process.env.SITE_URL,
    host: h.get("x-forwarded-host") ?? h.get("host"),
    proto: h.get("x-forwarded-proto"),
  });
  // the preview speaks the language of whoever fetched the page (a chat app's crawler, a browser)
  // computed in the server's worker pool when heavy; too heavy or too slow leaves the page's own title and description
  const preview = await previewOf(query, locale, network ?? NETWORK_SNAPSHOT);
  if (preview === null) return { metadataBase: new URL(origin) };
  const { card, imagePath, query: canonical } = preview;
  const image = { url: imagePath, ...OG_IMAGE_SIZE, alt: card.alt, type: "image/png" };
  return {
    metadataBase: new URL(origin),
    openGraph: {
      type: "website",
      siteName: ogText(locale).wordmark,
      locale: locale === "zh" ? "zh_CN" : "en_US",
      title: card.headline,
      description: card.description,
      url: `/?${canonical}`,
      images: [image],
    },
    twitter: { card: "summary_large_image", title: card.headline, description: card.description, images: [image] },
  };
}
