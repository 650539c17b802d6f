import type { Metadata } from "next";
import { headers } from "next/headers";
import { linkPreview, OG_IMAGE_SIZE, OG_TEXT, siteOrigin } from "@/lib/index";

/**
 * The page's link preview: og: and twitter: tags naming the answer, with the image of the
 * canonical scenario (equivalent links share one image URL). The origin for absolute URLs is
 * SITE_URL when set (set it in production), else the request's host.
 */
export async function previewMetadata(query: string): Promise<Metadata> {
  const h = await headers();
  const origin = siteOrigin({
    configured: process.env.SITE_URL,
    host: h.get("x-forwarded-host") ?? h.get("host"),
    proto: h.get("x-forwarded-proto"),
  });
  const { card, imagePath, query: canonical } = linkPreview(query);
  const image = { url: imagePath, ...OG_IMAGE_SIZE, alt: card.alt, type: "image/png" };
  return {
    metadataBase: new URL(origin),
    openGraph: {
      type: "website",
      siteName: OG_TEXT.wordmark,
      title: card.headline,
      description: card.description,
      url: `/?${canonical}`,
      images: [image],
    },
    twitter: { card: "summary_large_image", title: card.headline, description: card.description, images: [image] },
  };
}
