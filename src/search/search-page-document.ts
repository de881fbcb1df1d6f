/** The search page, fetched once and parsed: the dialog is built from its form. */
let cached: { href: string; document: Promise<Document> } | undefined;

export function searchPageDocument(href: string): Promise<Document> {
  if (cached?.href !== href) {
    const document = fetch(href)
      .then((response) => {
        if (!response.ok) throw new Error(`${href}: ${response.status}`);
        return response.text();
      })
      .then((html) => new DOMParser().parseFromString(html, 'text/html'));
    // A failed fetch is forgotten, so that the next open tries again.
    document.catch(() => (cached = undefined));
    cached = { href, document };
  }
  return cached.document;
}
