import { mdxToMdast } from 'satteri';
import { closest, distance } from 'fastest-levenshtein';
import { altTextProblem } from '../exemplars/altText';
import { imagePathPattern } from '../exemplars/imagePath';
import {
  allowedComponent,
  allowedComponentList,
  type AllowedComponent,
  allowedComponentNames,
} from './allowedComponents';
import type { MdxProblem, MdxRule } from './mdxProblem';

/** A photo written in the story, for the checks that need the disk (does the file exist?). */
export interface MdxPhoto {
  readonly path: string;
  readonly line: number;
}

/** An award decision named by `<AwardList decision="…" />`, for the reference check. */
export interface MdxAwardListUse {
  readonly id: string;
  readonly line: number;
}

/** What {@link checkMdx} found. */
export interface MdxCheckResult {
  /** Every rule broken, in line order; empty when the story is safe. */
  readonly problems: readonly MdxProblem[];
  /** Photos in the story with a well-formed path. */
  readonly photos: readonly MdxPhoto[];
  /** Award decisions the story lists. */
  readonly awardLists: readonly MdxAwardListUse[];
}

/** Options of {@link checkMdx}. */
export interface MdxCheckOptions {
  /** The file line the text starts on (the body of a file starts after its front matter); default 1. */
  readonly firstLine?: number;
  /** Whether the text may start with a YAML front matter block (a whole file); default false. */
  readonly frontmatter?: boolean;
}

/** The parts of an mdast node (with MDX nodes) this check reads. */
interface Node {
  readonly type: string;
  readonly children?: readonly Node[];
  readonly position?: { readonly start: { readonly line: number; readonly column: number } };
  readonly name?: string | null;
  readonly attributes?: readonly Attribute[];
  readonly value?: unknown;
  readonly url?: string;
  readonly alt?: string | null;
  readonly depth?: number;
}

interface Attribute {
  readonly type: string;
  readonly name?: string;
  readonly value?: unknown;
}

/** `{/* … *\/}`: one block comment and nothing else. Allowed, as an editor's note not shown on the page. */
const commentOnly = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/** Links may go to web pages, e-mail and phone, or within the site; never `javascript:`, `data:` … */
const safeLink = /^(?:https?:|mailto:|tel:|\/|#|\.{1,2}\/|[^:]*$)/i;

const componentFix = `use only the components ${allowedComponentList}, written without import (see content/README.md).`;

/**
 * Checks a story written in MDX against the rules for content written by editors (content/README.md):
 *
 * - no `import` or `export` (they would run code at build time), no `{expressions}`; a note written as a
 *   single comment `{/* … *\/}` is allowed and never shown on the page;
 * - components only from the allowlist (Figure, Gallery, Quote, AwardList), each on its own lines, not
 *   inside each other, with their props as plain text in double quotes (no `{…}`, no `{...spread}`),
 *   required props present and unknown props refused;
 * - no HTML elements (`<script>`, `<iframe>`, `<img onerror=…>`, `<br>`: lower-case tags) and no
 *   fragments `<>…</>`;
 * - every photo inside a Figure or Gallery (so it has a caption and a credit), from `./images/…`, with an
 *   alt text that describes it; no reference-style photos;
 * - links only to web pages, e-mail, phone or the site itself (no `javascript:`, `data:` …);
 * - no `# heading` (the page title is the name): sections start at `##`.
 *
 * The text is parsed with Sätteri, the parser Astro 7 compiles MDX with, so what passes here is what
 * Astro reads. Pure: no disk, no Astro.
 *
 * @param source the MDX text (the body below the front matter, or a whole file with `frontmatter: true`)
 * @returns the problems by line, the photos and the award lists used
 */
export function checkMdx(source: string, options: MdxCheckOptions = {}): MdxCheckResult {
  const offset = (options.firstLine ?? 1) - 1;
  let tree: Node;
  try {
    tree = mdxToMdast(source, {
      features: { frontmatter: options.frontmatter ?? false },
    }) as unknown as Node;
  } catch (error) {
    return { problems: [syntaxProblem(error, offset)], photos: [], awardLists: [] };
  }
  const walker = new Walker(offset);
  walker.visit(tree, []);
  const problems = [...walker.problems].sort((a, b) => a.line - b.line);
  return { problems, photos: walker.photos, awardLists: walker.awardLists };
}

/** Reads "12:5: reason (mdx-jsx:…)" from a Sätteri parse error. */
function syntaxProblem(error: unknown, offset: number): MdxProblem {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(text);
  const line = match?.[1] === undefined ? 1 + offset : Number(match[1]) + offset;
  const reason = (match?.[3] ?? text).replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '').trim();
  const column = match?.[2] === undefined ? undefined : Number(match[2]);
  return {
    line,
    ...(column === undefined ? {} : { column }),
    rule: 'syntax',
    message: `the story cannot be read as MDX at line ${line}: ${reason}.`,
    vi: `Lỗi: dòng ${line} viết sai cú pháp MDX.`,
    fix:
      'close every component (<Quote …>…</Quote>, or <Figure … /> ending in "/>"); write a "<" or "{" meant as text as \\< or \\{; ' +
      'write links as [chữ](https://…), not <https://…>; write notes as {/* ghi chú */}, not <!-- -->. ' +
      componentFix,
  };
}

class Walker {
  readonly problems: MdxProblem[] = [];
  readonly photos: MdxPhoto[] = [];
  readonly awardLists: MdxAwardListUse[] = [];

  constructor(private readonly offset: number) {}

  private lineOf(node: Node, fallback?: number): number {
    const line = node.position?.start.line;
    return line === undefined ? (fallback ?? 1 + this.offset) : line + this.offset;
  }

  private add(
    line: number,
    rule: MdxRule,
    message: string,
    vi: string,
    fix: string,
    column?: number,
  ): void {
    this.problems.push({
      line,
      ...(column === undefined ? {} : { column }),
      rule,
      message,
      vi,
      fix,
    });
  }

  /** Visits a node; `components` are the allowed components it sits inside, outermost first. */
  visit(node: Node, components: readonly string[]): void {
    const line = this.lineOf(node);
    switch (node.type) {
      case 'mdxjsEsm':
        this.esm(node, line);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        this.expression(node, line);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!this.element(node, line, components)) return;
        for (const child of node.children ?? []) {
          const name = node.name ?? '';
          this.visit(child, allowedComponent(name) ? [...components, name] : components);
        }
        return;
      case 'html':
        this.add(
          line,
          'htmlElement',
          `HTML is not allowed in a story (line ${line}).`,
          `Lỗi: dòng ${line} có mã HTML.`,
          `remove it; ${componentFix}`,
        );
        return;
      case 'image':
        this.image(node, line, components);
        return;
      case 'imageReference':
        this.add(
          line,
          'photoPath',
          `a photo written as a reference (![…][…]) on line ${line}: the site cannot check it.`,
          `Lỗi: dòng ${line} có ảnh viết dạng tham chiếu.`,
          'write the photo as ![mô tả ảnh](./images/ten-anh.jpg) inside <Figure caption="…" credit="…">.',
        );
        return;
      case 'link':
      case 'definition':
        this.link(node, line);
        break;
      case 'heading':
        if (node.depth === 1) {
          this.add(
            line,
            'heading',
            `a top-level heading "# …" on line ${line}: the page's title is already the exemplar's name.`,
            `Lỗi: dòng ${line} dùng tiêu đề cấp 1 "#".`,
            'start sections with "## " (and sub-sections with "### ").',
          );
        }
        break;
      default:
        break;
    }
    for (const child of node.children ?? []) this.visit(child, components);
  }

  /** An `import`/`export` block: one problem per statement line (a block may hold several). */
  private esm(node: Node, line: number): void {
    const code = typeof node.value === 'string' ? node.value : '';
    const starts = code
      .split('\n')
      .map((text, index) => ({ text: text.trimStart(), line: line + index }))
      .filter(({ text }) => /^(?:import|export)\b/.test(text));
    if (starts.length === 0) starts.push({ text: 'import', line });
    for (const start of starts) {
      const isImport = start.text.startsWith('import');
      const word = isImport ? 'import' : 'export';
      this.add(
        start.line,
        isImport ? 'import' : 'export',
        `"${word}" is not allowed in a story (line ${start.line}): stories may not ${
          isImport ? 'import components or files' : 'export values'
        }, because that runs code when the site is built. Allowed components need no import: ${allowedComponentList}.`,
        `Lỗi: dòng ${start.line} có lệnh "${word}"; bài viết không được dùng ${word}.`,
        isImport
          ? 'delete the line; write <Figure …>, <Gallery …>, <Quote …> or <AwardList … /> directly.'
          : 'delete the line; put data in the front matter fields instead.',
      );
    }
  }

  private expression(node: Node, line: number): void {
    const code = typeof node.value === 'string' ? node.value : '';
    if (commentOnly.test(code)) return;
    this.add(
      line,
      'expression',
      `curly braces {…} on line ${line} would run code: a story may not contain expressions (found "{${truncateCode(code)}}").`,
      `Lỗi: dòng ${line} có biểu thức trong dấu ngoặc nhọn {…}.`,
      'if the braces are meant as text, write them as \\{ and \\}; a note for editors may be written as {/* ghi chú */}.',
    );
  }

  /** Checks an element; returns whether its children should be visited. */
  private element(node: Node, line: number, components: readonly string[]): boolean {
    const name = node.name ?? null;
    if (name === null || name === '') {
      this.add(
        line,
        'fragment',
        `an empty tag <>…</> on line ${line} is not allowed.`,
        `Lỗi: dòng ${line} có thẻ rỗng <>.`,
        `remove "<>" and "</>"; ${componentFix}`,
      );
      return true;
    }
    const first = name.charAt(0);
    if (first === first.toLowerCase() || /[.:]/.test(name)) {
      this.add(
        line,
        'htmlElement',
        `the HTML element <${name}> on line ${line} is not allowed: stories may use only the components ${allowedComponentList}.`,
        `Lỗi: dòng ${line} có thẻ HTML <${name}>; chỉ được dùng ${allowedComponentList}.`,
        name === 'br'
          ? 'end the line with a backslash "\\" for a line break, or leave a blank line for a new paragraph.'
          : name === 'img'
            ? 'write the photo as ![mô tả ảnh](./images/ten-anh.jpg) inside <Figure caption="…" credit="…">.'
            : `remove it; ${componentFix}`,
      );
      return false;
    }
    const spec = allowedComponent(name);
    if (spec === undefined) {
      const suggestion = closest(name, [...allowedComponentNames]);
      const near = distance(name.toLowerCase(), suggestion.toLowerCase()) <= 3;
      this.add(
        line,
        'unknownComponent',
        `unknown component <${name}> on line ${line}: stories may use only ${allowedComponentList}.${near ? ` Did you mean <${suggestion}>?` : ''}`,
        `Lỗi: dòng ${line} dùng thành phần <${name}> không được phép; chỉ được dùng ${allowedComponentList}.`,
        near ? `write <${suggestion}> instead.` : componentFix,
      );
      return false;
    }
    if (components.length > 0) {
      this.add(
        line,
        'nestedComponent',
        `<${name}> on line ${line} is inside <${components[components.length - 1] ?? ''}>: components cannot be placed inside each other.`,
        `Lỗi: dòng ${line} đặt <${name}> bên trong một thành phần khác.`,
        `move <${name}> out, after the closing tag.`,
      );
    }
    if (node.type === 'mdxJsxTextElement') {
      this.add(
        line,
        'inlineComponent',
        `<${name}> on line ${line} sits inside a paragraph: components are blocks.`,
        `Lỗi: dòng ${line} đặt <${name}> giữa đoạn văn.`,
        `put <${name} …> on its own line, with a blank line before and after it.`,
      );
    }
    this.attributes(node, spec, line);
    this.children(node, spec, line);
    return true;
  }

  private attributes(node: Node, spec: AllowedComponent, line: number): void {
    const given = new Set<string>();
    const allowedProps = spec.props.map((p) => p.name);
    const propList = allowedProps.map((p) => `${p}="…"`).join(', ');
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        this.add(
          line,
          'attributeExpression',
          `<${spec.name}> on line ${line} has {…} among its props: props must be plain text in double quotes.`,
          `Lỗi: dòng ${line}: thuộc tính của <${spec.name}> không được dùng {…}.`,
          `write each prop as name="text": ${propList}.`,
        );
        continue;
      }
      const name = attribute.name ?? '';
      const value = attribute.value;
      if (value !== null && value !== undefined && typeof value !== 'string') {
        this.add(
          line,
          'attributeExpression',
          `the prop ${name}={…} of <${spec.name}> on line ${line} is code: props must be plain text in double quotes.`,
          `Lỗi: dòng ${line}: thuộc tính ${name} của <${spec.name}> không được dùng {…}.`,
          allowedProps.includes(name)
            ? `write ${name}="…" with the text between double quotes.`
            : `remove ${name}={…}; the props of <${spec.name}> are ${propList}.`,
        );
        given.add(name);
        continue;
      }
      if (!allowedProps.includes(name)) {
        this.add(
          line,
          'unknownProp',
          `<${spec.name}> on line ${line} has no prop "${name}"; its props are ${allowedProps.join(', ')}.`,
          `Lỗi: dòng ${line}: <${spec.name}> không có thuộc tính "${name}".`,
          `remove ${name}, or use ${propList}.`,
        );
        continue;
      }
      if (typeof value === 'string') {
        if (value.trim() !== '') given.add(name);
        if (spec.name === 'AwardList' && name === 'decision') this.awardList(value, line);
        continue;
      }
      this.add(
        line,
        'missingProp',
        `the prop ${name} of <${spec.name}> on line ${line} has no value.`,
        `Lỗi: dòng ${line}: thuộc tính ${name} của <${spec.name}> chưa có giá trị.`,
        `write ${name}="…" with the text between double quotes.`,
      );
      given.add(name);
    }
    for (const prop of spec.props) {
      if (prop.required && !given.has(prop.name)) {
        this.add(
          line,
          'missingProp',
          `<${spec.name}> on line ${line} needs ${prop.name}="…": ${prop.description}`,
          `Lỗi: dòng ${line}: <${spec.name}> thiếu thuộc tính ${prop.name}.`,
          `add ${prop.name}="…" inside the opening tag <${spec.name} …>.`,
        );
      }
    }
  }

  private awardList(id: string, line: number): void {
    if (!/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(id)) {
      this.add(
        line,
        'unknownProp',
        `decision="${id}" on line ${line} is not an id: write the file name of the decision in content/award-decisions/ without ".json".`,
        `Lỗi: dòng ${line}: decision="${id}" không phải là id của quyết định.`,
        'copy the file name from content/award-decisions/, without ".json".',
      );
      return;
    }
    this.awardLists.push({ id, line });
  }

  private children(node: Node, spec: AllowedComponent, line: number): void {
    const kids = (node.children ?? []).filter((c) => !isBlank(c));
    const photos = countPhotos(node);
    const onlyPhotos = kids.every(isPhotoBlock);
    switch (spec.children) {
      case 'none':
        if (kids.length > 0) {
          this.add(
            line,
            'children',
            `<${spec.name}> on line ${line} takes no content between its tags.`,
            `Lỗi: dòng ${line}: <${spec.name}> không chứa nội dung bên trong.`,
            `write it self-closing: <${spec.name} … />.`,
          );
        }
        break;
      case 'onePhoto':
        if (photos !== 1 || !onlyPhotos) {
          this.add(
            line,
            'children',
            `<${spec.name}> on line ${line} must hold exactly one photo ![mô tả](./images/…) and nothing else; it holds ${photos} photo${photos === 1 ? '' : 's'}${onlyPhotos ? '' : ' and other content'}.`,
            `Lỗi: dòng ${line}: <${spec.name}> phải chứa đúng một ảnh.`,
            `put one photo between <${spec.name} …> and </${spec.name}>; for several photos use <Gallery>; put the text in caption="…".`,
          );
        }
        break;
      case 'photos':
        if (photos < 2 || !onlyPhotos) {
          this.add(
            line,
            'children',
            `<${spec.name}> on line ${line} must hold two or more photos and nothing else; it holds ${photos} photo${photos === 1 ? '' : 's'}${onlyPhotos ? '' : ' and other content'}.`,
            `Lỗi: dòng ${line}: <${spec.name}> phải chứa từ hai ảnh trở lên.`,
            'put one photo per line between the tags; for a single photo use <Figure>.',
          );
        }
        break;
      case 'text':
        if (kids.length === 0 || photos > 0) {
          this.add(
            line,
            'children',
            `<${spec.name}> on line ${line} must hold the quoted words, and no photos.`,
            `Lỗi: dòng ${line}: <${spec.name}> phải chứa lời trích dẫn, không chứa ảnh.`,
            `write the words between <${spec.name} …> and </${spec.name}>.`,
          );
        }
        break;
    }
  }

  private image(node: Node, line: number, components: readonly string[]): void {
    const url = node.url ?? '';
    const alt = node.alt ?? '';
    if (!imagePathPattern.test(url)) {
      this.add(
        line,
        'photoPath',
        `the photo "${url}" on line ${line} must be a file next to the story, written "./images/ten-anh.jpg" (JPEG, PNG, WebP or AVIF); web addresses are not allowed.`,
        `Lỗi: dòng ${line}: đường dẫn ảnh "${url}" không hợp lệ.`,
        'save the photo in content/exemplars/images/ and write ./images/<tên tệp>.',
      );
    } else {
      this.photos.push({ path: url, line });
    }
    const altProblem = altTextProblem(alt, url);
    if (altProblem !== null) {
      this.add(
        line,
        'altText',
        `photo on line ${line}: ${altProblem}.`,
        `Lỗi: dòng ${line}: ảnh thiếu mô tả (chữ trong ![…]).`,
        'write the description between ![ and ]: ![Chị Mai hướng dẫn hội viên phân loại rác](./images/…).',
      );
    }
    const parent = components[components.length - 1];
    if (parent !== 'Figure' && parent !== 'Gallery') {
      this.add(
        line,
        'photoOutsideFigure',
        `the photo on line ${line} is not inside <Figure> or <Gallery>: every photo needs a caption and a credit.`,
        `Lỗi: dòng ${line}: ảnh phải nằm trong <Figure> hoặc <Gallery> để có chú thích và tác giả ảnh.`,
        'wrap it: <Figure caption="…" credit="Ảnh: …"> on the line before, </Figure> on the line after.',
      );
    }
  }

  private link(node: Node, line: number): void {
    const url = (node.url ?? '').trim();
    if (safeLink.test(url)) return;
    this.add(
      line,
      'unsafeLink',
      `the link "${truncateCode(url)}" on line ${line} is not a web page, e-mail or phone link.`,
      `Lỗi: dòng ${line}: liên kết "${truncateCode(url)}" không được phép.`,
      'link to https://…, mailto:…, tel:… or a page of this site (/van-ban/…).',
    );
  }
}

const isBlank = (node: Node): boolean =>
  node.type === 'text' && typeof node.value === 'string' && node.value.trim() === '';

/** A paragraph holding only photos (and line breaks), or a photo. */
function isPhotoBlock(node: Node): boolean {
  if (node.type === 'image') return true;
  if (node.type !== 'paragraph') return false;
  const inner = node.children ?? [];
  return (
    inner.length > 0 && inner.every((c) => c.type === 'image' || c.type === 'break' || isBlank(c))
  );
}

function countPhotos(node: Node): number {
  let count = 0;
  for (const child of node.children ?? []) {
    count += child.type === 'image' ? 1 : countPhotos(child);
  }
  return count;
}

function truncateCode(code: string): string {
  const oneLine = code.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}
