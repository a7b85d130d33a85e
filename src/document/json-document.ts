import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { jsonPath, type PathSegment, type Problem } from './problem.js';

/**
 * A parsed JSON (with comments) document that can say where any path sits in its text,
 * so validators report `file:line:column` instead of a bare path.
 */
export interface JsonDocument {
  file: string;
  value: unknown;
  problemAt(segments: readonly PathSegment[], reason: string): Problem;
}

export type ParsedDocument = { ok: true; document: JsonDocument } | { ok: false; problems: Problem[] };

export function parseJsonDocument(text: string, file: string): ParsedDocument {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const lineStarts = computeLineStarts(text);
  const locate = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
  if (errors.length > 0 || tree === undefined) {
    // The parser recovers and reports follow-on errors at the same place; the first says it best.
    const firstAtEachOffset = errors.filter((error, i) => errors.findIndex((other) => other.offset === error.offset) === i);
    const problems = firstAtEachOffset.map((error) => ({
      file,
      path: '$',
      ...locate(error.offset),
      reason: `not valid JSON: ${describeParseError(printParseErrorCode(error.error))}`,
    }));
    if (problems.length === 0) problems.push({ file, path: '$', line: 1, column: 1, reason: 'not valid JSON: the file is empty' });
    return { ok: false, problems };
  }
  const value = nodeValue(tree);
  return {
    ok: true,
    document: {
      file,
      value,
      problemAt(segments, reason) {
        const node = nearestNode(tree, segments);
        return { file, path: jsonPath(segments), ...locate(node.offset), reason };
      },
    },
  };
}

/** Wraps an already-parsed value (no text positions), e.g. a built-in default. */
export function inMemoryDocument(value: unknown, file: string): JsonDocument {
  return { file, value, problemAt: (segments, reason) => ({ file, path: jsonPath(segments), reason }) };
}

function nearestNode(root: Node, segments: readonly PathSegment[]): Node {
  // Walk down as far as the path exists: a missing property is reported at its parent object.
  for (let length = segments.length; length > 0; length--) {
    const node = findNodeAtLocation(root, segments.slice(0, length) as PathSegment[]);
    if (node) return node.parent?.type === 'property' ? node.parent : node;
  }
  return root;
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) out[String(key.value)] = nodeValue(value);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      // JSON text is normalised to NFC so Vietnamese strings compare and render consistently.
      return typeof node.value === 'string' ? node.value.normalize('NFC') : node.value;
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function describeParseError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'bad number',
    PropertyNameExpected: 'a property name (in double quotes) was expected',
    ValueExpected: 'a value was expected',
    ColonExpected: 'a colon was expected',
    CommaExpected: 'a comma was expected',
    CloseBraceExpected: 'a closing } was expected',
    CloseBracketExpected: 'a closing ] was expected',
    EndOfFileExpected: 'extra text after the end of the document',
    InvalidCommentToken: 'bad comment',
    UnexpectedEndOfComment: 'comment not closed',
    UnexpectedEndOfString: 'string not closed',
    UnexpectedEndOfNumber: 'number cut short',
    InvalidUnicode: 'bad unicode escape',
    InvalidEscapeCharacter: 'bad escape character',
    InvalidCharacter: 'invalid character in string',
  };
  return words[code] ?? code;
}
