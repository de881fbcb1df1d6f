// The site icon as a data: URL: one request fewer on every first view.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d3557"/><path d="M9 9h14v2H9zm0 6h14v2H9zm0 6h9v2H9z" fill="#fff"/></svg>`;

export const favicon = `data:image/svg+xml,${encodeURIComponent(svg)}`;
