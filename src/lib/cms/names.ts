/** Names shared by the generated configuration and the editor page's script. */

/** The collection of every unit's progress file. */
export const PROGRESS_COLLECTION = 'tien-do';
/** Each unit's posts collection is this prefix and the unit id. */
export const POSTS_COLLECTION_PREFIX = 'bai-viet-';
