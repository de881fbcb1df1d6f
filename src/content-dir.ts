/**
 * Where the documentary's content lives. Point CONTENT_DIR at another folder to build another documentary;
 * the default is the bundled one.
 */
export const contentDir = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
