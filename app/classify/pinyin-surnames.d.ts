/**
 * pinyin-pro's surname data (the 百家姓: each one- or two-character surname and its reading), a
 * module of its published build that its own types describe but its exports map does not reach.
 */
declare module 'pinyin-pro/dist/esm/data/surname.mjs' {
  const Surnames: Readonly<Record<string, string | undefined>>;
  export default Surnames;
}
