/**
 * The argument schema of every IPC method. The renderer is trusted code, but a compromised or
 * buggy renderer must not be able to hand main a path where it promised bytes, or an object
 * where a string belongs: every invoke is checked before the API object sees it. The schemas use
 * the same mechanism as the project file (app/model/schema.ts), and each is held to its method's
 * parameters in the contract: a schema that let through what the method does not take fails to
 * compile.
 */
import type { VariorumInvokeApi } from '../../app/ipc/contract';
import {
  argsOf,
  arrayOf,
  checkSchema,
  either,
  instanceOf,
  objectOf,
  optional,
  refine,
  str,
  type Schema,
} from '../../app/model/schema';
import { MAX_WRITE_BYTES } from '../api-access';

/** Returns null when the arguments are acceptable, else why not. */
export type ArgsValidator = (args: readonly unknown[]) => string | null;

/**
 * Generous limits that no real session reaches (a day's pages are dozens of files) but that stop a
 * runaway renderer from making main stat a million paths.
 */
const MAX_PATHS = 1000;
const MAX_PATH_LENGTH = 4096;

const path = refine(
  str,
  (s) => s.length > 0 && s.length <= MAX_PATH_LENGTH && !s.includes('\0'),
  'expected a file path (a non-empty string without NUL, at most 4096 characters)',
);
const paths = arrayOf(path, MAX_PATHS);
const bytes = instanceOf(Uint8Array, 'bytes (a Uint8Array)');
// A string's UTF-16 length is at most its UTF-8 byte size: over the cap here is over it on disk.
const written = `is too large (over ${MAX_WRITE_BYTES} bytes)`;

const saveRequest = objectOf(
  {
    suggestedName: str,
    data: refine(
      either(str, bytes, 'a string or bytes'),
      (d) => d.length <= MAX_WRITE_BYTES,
      written,
    ),
  },
  { path, filters: arrayOf(objectOf({ name: str, extensions: arrayOf(str) })) },
);

/** The argument schema of every method; the mapped type makes a forgotten method a compile error. */
const ARG_SCHEMAS: {
  readonly [K in keyof VariorumInvokeApi]: Schema<Parameters<VariorumInvokeApi[K]>>;
} = {
  platformInfo: argsOf(),
  openVariantsDialog: argsOf(),
  openFolderDialog: argsOf(),
  openPaths: argsOf(paths),
  decodeFiles: argsOf(arrayOf(objectOf({ name: str, bytes }, { path }), MAX_PATHS)),
  openSamples: argsOf(optional(str)),
  recentFiles: argsOf(),
  clearRecent: argsOf(),
  takeLaunchFiles: argsOf(),
  saveFile: argsOf(saveRequest),
  openProjectDialog: argsOf(),
  readProject: argsOf(path),
  autosave: argsOf(refine(str, (s) => s.length <= MAX_WRITE_BYTES, written)),
  readAutosave: argsOf(),
  clearAutosave: argsOf(),
  rereadPaths: argsOf(paths),
};

function validator(schema: Schema<unknown>): ArgsValidator {
  return (args) => {
    const found = checkSchema(schema, args, 'arguments');
    return found === null ? null : `${found.path}: ${found.message}`;
  };
}

/** The validator of every method, from its schema. */
export const ARG_VALIDATORS = Object.fromEntries(
  Object.entries(ARG_SCHEMAS).map(([method, schema]) => [method, validator(schema)]),
) as { readonly [K in keyof VariorumInvokeApi]: ArgsValidator };
