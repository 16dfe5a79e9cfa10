import { CONTENT_TYPES, renderAllFiles, renderDatasetFile, type OpenDataFile, type OpenDataFormat } from '../lib/open-data/files.ts';
import { createOpenDataInput } from '../lib/open-data/input.ts';
import type { OpenDataInput } from '../lib/open-data/columns.ts';
import { getPortal } from './portal.ts';

/** The open-data input for this build; `site` is Astro's configured origin, if any. */
export async function getOpenDataInput(site: URL | undefined): Promise<OpenDataInput> {
  const model = await getPortal();
  return createOpenDataInput(model, site?.href ?? model.site.baseUrl);
}

/** Every open-data file, rendered, for the /du-lieu/ page. */
export async function getOpenDataFiles(site: URL | undefined): Promise<OpenDataFile[]> {
  return renderAllFiles(await getOpenDataInput(site));
}

/** The response of an open-data endpoint; the body is written as bytes so the CSV keeps its BOM. */
export async function openDataResponse(dataset: string | undefined, format: OpenDataFormat, site: URL | undefined): Promise<Response> {
  if (!dataset) throw new Error('Thiếu tên tệp dữ liệu');
  const file = renderDatasetFile(dataset, format, await getOpenDataInput(site));
  return new Response(new TextEncoder().encode(file.body), { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}
