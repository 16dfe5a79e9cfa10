/** /du-lieu/<dataset>.json: bao-cao, chi-so, don-vi, tru-cot, chuoi-thoi-gian (src/lib/open-data/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataResponse } from '../../data/open-data.ts';
import { DATASETS } from '../../lib/open-data/files.ts';

export const getStaticPaths = (() => DATASETS.map((dataset) => ({ params: { dataset: dataset.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => openDataResponse(params.dataset, 'json', site);
