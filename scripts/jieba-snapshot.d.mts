/** Types of scripts/jieba-snapshot.mjs (plain JavaScript, run by the bin and its build). */

/** jieba-wasm's Node glue, as the bin loads it. */
interface JiebaGlue {
  tag(text: string, hmm: boolean): unknown;
  readonly __wasm: {
    readonly memory: WebAssembly.Memory;
    readonly __wbindgen_export_2: WebAssembly.Table;
  };
}

/** Builds the dictionary of a freshly loaded `glue` and writes its state to `file`. */
export declare function writeJiebaSnapshot(glue: JiebaGlue, file: string): void;

/** Gives a freshly loaded `glue` the state saved in `file`; false where there is none that fits. */
export declare function restoreJiebaSnapshot(glue: JiebaGlue, file: string): boolean;
