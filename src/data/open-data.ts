import { CONTENT_TYPES, renderDatasetFile, type OpenDataFormat } from '../lib/open-data/files.ts';
import { createOpenDataInput } from '../lib/open-data/input.ts';
import { getPortal } from './portal.ts';

/** The response of an open-data endpoint; the body is written as bytes so the CSV keeps its BOM. */
export function openDataResponse(dataset: string | undefined, format: OpenDataFormat, site: URL | undefined): Response {
  if (!dataset) throw new Error('Thiếu tên tệp dữ liệu');
  const model = getPortal();
  const file = renderDatasetFile(dataset, format, createOpenDataInput(model, site?.href ?? model.site.baseUrl));
  return new Response(new TextEncoder().encode(file.body), { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}
