/**
 * House-style figures (issue 16), measured the same way before and after a change:
 * production files and lines in app/ main/ renderer/, files failing `prettier --check`,
 * production files over 400 lines once formatted, and functions over 80 lines once formatted.
 *
 * Production means a tracked .ts/.tsx file under app/, main/ or renderer/ that is not a test
 * (`*.test.ts(x)`), not under a `test-support/` folder and not a `*-fixture.ts` test helper.
 * Sizes are taken on the prettier-formatted text, so an unformatted tree and a formatted one
 * are measured alike. The `duplicates` pair count is read by running that command, when present.
 *
 *     npx tsx scripts/house-figures.ts            # summary
 *     npx tsx scripts/house-figures.ts --list     # every file over 400 and function over 80
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as prettier from 'prettier';
import ts from 'typescript';

const FILE_LIMIT = 400;
const FUNCTION_LIMIT = 80;

/** A function's name and its line count in the formatted file. */
interface FunctionSize {
  file: string;
  name: string;
  lines: number;
}

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8', maxBuffer: 64 << 20 })
    .split('\0')
    .filter((f) => f.length > 0);
}

function isProduction(file: string): boolean {
  if (!/^(app|main|renderer)\//.test(file)) return false;
  if (!/\.tsx?$/.test(file)) return false;
  if (/\.test\.tsx?$/.test(file)) return false;
  if (/(^|\/)test-support\//.test(file)) return false;
  return !/-fixture\.tsx?$/.test(file);
}

function lineCount(text: string): number {
  if (text.length === 0) return 0;
  return text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
}

function functionName(node: ts.Node): string {
  if (
    (ts.isFunctionDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isFunctionExpression(node)) &&
    node.name
  ) {
    return node.name.getText();
  }
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  if (parent && ts.isCallExpression(parent))
    return `(callback of ${parent.expression.getText().slice(0, 40)})`;
  return '(anonymous)';
}

function functionsOver(file: string, text: string, limit: number): FunctionSize[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: FunctionSize[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isConstructorDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node)
    ) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > limit) found.push({ file, name: functionName(node), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function prettierFailures(): number {
  try {
    execFileSync('npx', ['prettier', '--list-different', '.'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    return 0;
  } catch (error) {
    const out = (error as { stdout?: string }).stdout ?? '';
    return out.split('\n').filter((l) => l.trim().length > 0).length;
  }
}

function duplicatePairs(): string {
  try {
    const out = execFileSync('duplicates', ['--seconds', '300'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    return out.split('\n')[0] ?? '';
  } catch {
    return '(duplicates not available)';
  }
}

async function main(): Promise<void> {
  const list = process.argv.includes('--list');
  const files = trackedFiles().filter(isProduction);
  let rawLines = 0;
  let formattedLines = 0;
  const bigFiles: Array<{ file: string; lines: number }> = [];
  const bigFunctions: FunctionSize[] = [];
  for (const file of files) {
    const raw = readFileSync(file, 'utf8');
    rawLines += lineCount(raw);
    const options = (await prettier.resolveConfig(file)) ?? {};
    const formatted = await prettier.format(raw, { ...options, filepath: file });
    const lines = lineCount(formatted);
    formattedLines += lines;
    if (lines > FILE_LIMIT) bigFiles.push({ file, lines });
    bigFunctions.push(...functionsOver(file, formatted, FUNCTION_LIMIT));
  }
  bigFiles.sort((a, b) => b.lines - a.lines);
  bigFunctions.sort((a, b) => b.lines - a.lines);
  console.log(`production files (app/ main/ renderer/): ${files.length}`);
  console.log(`production lines as written: ${rawLines}; once formatted: ${formattedLines}`);
  console.log(`files failing prettier --check (whole tree): ${prettierFailures()}`);
  console.log(`production files over ${FILE_LIMIT} lines formatted: ${bigFiles.length}`);
  for (const f of list ? bigFiles : bigFiles.slice(0, 10)) console.log(`  ${f.lines}  ${f.file}`);
  console.log(`functions over ${FUNCTION_LIMIT} lines formatted: ${bigFunctions.length}`);
  for (const f of list ? bigFunctions : bigFunctions.slice(0, 10)) {
    console.log(`  ${f.lines}  ${f.name}  (${f.file})`);
  }
  if (!process.argv.includes('--no-duplicates')) console.log(`duplicates: ${duplicatePairs()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
