/**
 * How often a short string occurs in the story, remembered per story: the classifier asks about
 * the same few words for every site, and a 100k-character story scanned once per site and word
 * costs seconds (10 × 100k bench).
 */

let cachedStory = '';
let counts = new Map<string, number>();
let answers = new Map<string, number>();

function forStory(story: string): void {
  if (story === cachedStory) return;
  cachedStory = story;
  counts = new Map();
  answers = new Map();
}

/** The number of (possibly overlapping) occurrences of `needle` in `story`. */
export function countInStory(story: string, needle: string): number {
  forStory(story);
  let count = counts.get(needle);
  if (count === undefined) {
    count = 0;
    for (let i = story.indexOf(needle); i >= 0; i = story.indexOf(needle, i + 1)) count += 1;
    counts.set(needle, count);
  }
  return count;
}

/**
 * A number computed from the story once per key (a question and the word it is asked about), so
 * that sites of one story asking about the same word scan the story once.
 */
export function rememberForStory(story: string, key: string, compute: () => number): number {
  forStory(story);
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = compute();
    answers.set(key, answer);
  }
  return answer;
}
