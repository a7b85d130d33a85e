/** One thing wrong with a document: where it is and why. Every validator reports these, all at once. */
export interface Problem {
  /** The file the problem is in (or a label such as "<room config>"). */
  file: string;
  /** JSON path of the offending value, e.g. `$.walls[0].displays[1].panels[2].cell`. */
  path: string;
  /** 1-based line and column of that value in the file, when known. */
  line?: number;
  column?: number;
  /** Plain-language reason, naming the ids involved. */
  reason: string;
}

export type PathSegment = string | number;

export function jsonPath(segments: readonly PathSegment[]): string {
  let out = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line != null ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
  return `${where}  ${problem.path}  ${problem.reason}`;
}
