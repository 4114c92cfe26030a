/** The phrase the operator types before a bulk delete: the number of methods the run will delete. */
export const confirmationPhrase = (count: number) => `delete ${count}`;

export const phraseMatches = (typed: string, count: number) =>
  typed.trim().toLowerCase().replace(/\s+/g, ' ') === confirmationPhrase(count);
