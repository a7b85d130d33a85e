import type { z } from 'zod';
import type { JsonDocument } from './json-document.js';
import type { PathSegment, Problem } from './problem.js';

/** Turns every zod issue into a located Problem with a readable reason. */
export function zodProblems(document: JsonDocument, error: z.ZodError, prefix: readonly PathSegment[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...(issue.path as PathSegment[])];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push(document.problemAt([...path, key], `unknown option "${key}"`));
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      problems.push(document.problemAt(path, issue.message));
    } else {
      problems.push(document.problemAt(path, describeIssue(issue)));
    }
  }
  return problems;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `required ${issue.expected} is missing`;
  return issue.message.replace(/^Invalid input: /, '');
}
