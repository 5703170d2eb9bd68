/** Reads every page of a list (the API caps a page at 200 rows): for trees whose level may be wider than a page. */
export async function listAll<T>(readPage: (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const pageSize = 200;
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const answer = await readPage(page, pageSize);
    items.push(...answer.items);
    if (answer.items.length < pageSize || items.length >= answer.total) return items;
  }
}
