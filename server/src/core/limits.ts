/**
 * The largest report checked unless a setting says otherwise, in characters (UTF-16 code units, as editors count a
 * document's length). Real reports hold a few thousand (the seeds 3,500–5,000; bench/'s 2 MB report of many
 * agencies 0.9 million). A check holds ≈30 bytes of memory per character until it ends and takes ≈0.1 s per million
 * characters (bench/RESULTS.md, the 50 MB file), so a far larger file is refused with a notice instead: the language
 * server (`govreport.maxFileSize`) and the CLI (`--max-file-size`) share this default.
 */
export const DEFAULT_MAX_FILE_SIZE = 5_000_000;
