/**
 * Graph's $search tokenization for displayName (concepts/search-query-parameter.md): words split on
 * spaces, on a lower→upper case change, between letters and digits, and at every symbol; symbols
 * are tokens of their own, and the letters and digits around symbols also form one joined token
 * (`hello.world` → hello, ., world, helloworld). Tokens are lower-cased.
 */
type CharClass = 'lower' | 'upper' | 'letter' | 'digit' | 'symbol' | 'space';

const SPACE = /[\s\p{Z}]/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{N}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const LETTER = /\p{L}/u;

function classify(char: string): CharClass {
  const code = char.charCodeAt(0);
  // ASCII without regexes: most names are ASCII, and the index tokenizes every user once.
  if (code < 128) {
    if (code === 32 || (code >= 9 && code <= 13)) return 'space';
    if (code >= 48 && code <= 57) return 'digit';
    if (code >= 97 && code <= 122) return 'lower';
    if (code >= 65 && code <= 90) return 'upper';
    return 'symbol';
  }
  if (SPACE.test(char)) return 'space';
  if (DIGIT.test(char)) return 'digit';
  if (LOWER.test(char)) return 'lower';
  if (UPPER.test(char)) return 'upper';
  if (LETTER.test(char)) return 'letter';
  return 'symbol';
}

const isWordClass = (c: CharClass) => c === 'lower' || c === 'upper' || c === 'letter';

function tokenizeWord(chars: readonly string[], out: Set<string>): void {
  let run = '';
  let runClass: 'word' | 'digit' | undefined;
  let previous: CharClass | undefined;
  let joined = '';
  let runs = 0;
  let hasSymbol = false;
  const flush = () => {
    if (run !== '') {
      out.add(run.toLowerCase());
      runs++;
    }
    run = '';
    runClass = undefined;
  };
  for (const char of chars) {
    // Combining marks stay with the letter before them (é written as e + ◌́).
    const cls =
      char.charCodeAt(0) >= 0x300 && MARK.test(char) && run !== '' ? (previous ?? 'letter') : classify(char);
    if (cls === 'symbol') {
      flush();
      out.add(char.toLowerCase());
      hasSymbol = true;
      previous = cls;
      continue;
    }
    const kind = cls === 'digit' ? 'digit' : 'word';
    const caseBreak = previous === 'lower' && cls === 'upper';
    if (runClass !== undefined && (runClass !== kind || caseBreak)) flush();
    run += char;
    joined += char;
    runClass = kind;
    previous = isWordClass(cls) || cls === 'digit' ? cls : previous;
  }
  flush();
  if (hasSymbol && runs > 1) out.add(joined.toLowerCase());
}

/**
 * Plain ASCII names (letters and spaces), the bulk of any tenant, need only the space and
 * lower→upper splits; undefined as soon as any other character shows up.
 */
function plainTokens(text: string): string[] | undefined {
  const out: string[] = [];
  const push = (from: number, to: number) => {
    if (to <= from) return;
    const token = text.slice(from, to).toLowerCase();
    if (!out.includes(token)) out.push(token);
  };
  let start = 0;
  let previous = 32;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const upper = code >= 65 && code <= 90;
    if (code === 32) {
      push(start, i);
      start = i + 1;
    } else if (upper && previous >= 97 && previous <= 122) {
      push(start, i);
      start = i;
    } else if (!upper && !(code >= 97 && code <= 122)) {
      return undefined;
    }
    previous = code;
  }
  push(start, text.length);
  return out;
}

/** Distinct tokens of `text`, in first-seen order. */
export function searchTokens(text: string): string[] {
  const plain = plainTokens(text);
  if (plain !== undefined) return plain;
  const out = new Set<string>();
  let word: string[] = [];
  for (const char of text) {
    if (classify(char) === 'space') {
      if (word.length) tokenizeWord(word, out);
      word = [];
    } else {
      word.push(char);
    }
  }
  if (word.length) tokenizeWord(word, out);
  return [...out];
}

/** Every query token must start some value token, in any order (word-prefix match, not "contains"). */
export function tokensMatch(valueTokens: readonly string[], queryTokens: readonly string[]): boolean {
  if (queryTokens.length === 0) return false;
  for (const query of queryTokens) {
    let found = false;
    for (const token of valueTokens) {
      if (token.startsWith(query)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}
