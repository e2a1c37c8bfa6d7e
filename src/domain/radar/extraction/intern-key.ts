/**
 * Returns a function that gives each distinct key a dense id (0, 1, 2, …) in `vocab`,
 * adding unseen keys. Throws nothing.
 */
export function internKey(vocab: Map<string, number>): (key: string) => number {
  return (key) => {
    let id = vocab.get(key);
    if (id === undefined) {
      id = vocab.size;
      vocab.set(key, id);
    }
    return id;
  };
}
