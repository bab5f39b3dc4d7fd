/**
 * Which rule of safe MDX a problem breaks (see `checkMdx`). Tests and the validation pass read it;
 * editors read the message.
 */
export type MdxRule =
  | 'syntax'
  | 'import'
  | 'export'
  | 'expression'
  | 'fragment'
  | 'htmlElement'
  | 'unknownComponent'
  | 'nestedComponent'
  | 'inlineComponent'
  | 'attributeExpression'
  | 'unknownProp'
  | 'missingProp'
  | 'children'
  | 'photoPath'
  | 'photoOutsideFigure'
  | 'altText'
  | 'unsafeLink'
  | 'heading'
  | 'layout';

/** One thing wrong in a story's MDX, on one line of the file. */
export interface MdxProblem {
  /** 1-based line in the file. */
  readonly line: number;
  /** 1-based column, when the parser gave one. */
  readonly column?: number;
  readonly rule: MdxRule;
  /** What is wrong, in English an editor understands; names the allowed components where it matters. */
  readonly message: string;
  /** The same in one Vietnamese line starting with "Lỗi:". */
  readonly vi: string;
  /** How to fix it. */
  readonly fix: string;
}
