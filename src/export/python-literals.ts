/**
 * What experiment.py's writers add to the literals of src/experiment/python-literals.ts (numbers,
 * strings, lists, tuples): a trial's parameter `p["name"]`, and indented blocks of lines.
 */
import { pythonString } from '../experiment/python-literals';

/** A block of the script, one line a string. */
export type Lines = readonly string[];

/** The lines `levels` steps (four spaces each) further in; blank lines stay blank. */
export const indent = (lines: Lines, levels = 1): string[] =>
  lines.map((line) => (line === '' ? '' : `${'    '.repeat(levels)}${line}`));

/** A parameter's value in a trial's dict `p`: `p["name"]`. */
export const paramKey = (name: string): string => `p[${pythonString(name)}]`;
