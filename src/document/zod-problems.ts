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

/** zod's own wording is for developers; these read plainly in an administrator's terminal. */
function describeIssue(issue: z.core.$ZodIssue): string {
  // A message written in a schema says it best; only zod's defaults are reworded.
  if (!/^(Too small|Too big|Invalid input|Invalid option)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      // zod names what it received in its message; the value itself only when asked to report input.
      const received = 'input' in issue ? typeOf(issue.input) : /received (\w+)/.exec(issue.message)?.[1];
      if (received === undefined || received === 'undefined') return `required ${issue.expected} is missing`;
      return `must be ${article(issue.expected)}, not ${'input' in issue ? describeValue(issue.input) : article(received)}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `must have at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `must have at most ${issue.maximum} items`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message.replace(/^Invalid input: /, '');
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
