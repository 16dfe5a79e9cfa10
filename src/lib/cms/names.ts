/** Names shared by the generated configuration and the editor page's script. */

/** The collection of every unit's progress file. */
export const PROGRESS_COLLECTION = 'tien-do';
/** Each unit's posts collection is this prefix and the unit id. */
export const POSTS_COLLECTION_PREFIX = 'bai-viet-';
/** The global the generated data of the rules before saving is put in, ahead of their script (src/lib/cms/rules-data.ts). */
export const CMS_RULES_DATA_GLOBAL = 'dtiCmsRulesData';
/** How Decap turns a title into the file name's slug (config.yml `slug`); the rules before saving name a new post the same way. */
export const CMS_SLUG_CONFIG = { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' } as const;
