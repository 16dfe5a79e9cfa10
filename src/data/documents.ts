import { getCollection } from 'astro:content';
import type { LegalDocument } from '../lib/content/schemas/legal-document.ts';
import type { RelatedLink } from '../lib/content/schemas/related-link.ts';
import { sortLegalDocuments } from '../lib/documents/order.ts';

const strip = <T extends { order: number }>({ order: _order, ...rest }: T) => rest;

/** The documents the plan cites, in list order (legal hierarchy, then date). */
export async function getLegalDocuments(): Promise<LegalDocument[]> {
  const entries = await getCollection('documents');
  return sortLegalDocuments(entries.map((entry) => strip(entry.data)));
}

/** Related agencies' portals, in the order of content/links.yaml. */
export async function getRelatedLinks(): Promise<RelatedLink[]> {
  const entries = await getCollection('relatedLinks');
  return entries.sort((a, b) => a.data.order - b.data.order).map((entry) => strip(entry.data));
}
