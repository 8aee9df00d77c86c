/**
 * Fails on an English phrase (two words in a row) in a string or template outside the
 * translations: in src/ui and src/app every sentence a person reads comes from
 * src/ui/i18n/locales. eslint-plugin-i18next covers JSX; this covers tables and helpers in .ts
 * files, which that plugin skips inside UPPER_CASE constants. Developer-facing strings (thrown
 * errors, console output, `t()` keys, imports, type literals) are not words on screen.
 */
const PHRASE = /[A-Za-z]{2,}[ ,’']+[A-Za-z]{2,}/;
/** Attributes people read (or hear) even on SVG, which eslint-plugin-i18next lets through. */
const VISIBLE_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
];
const EXEMPT_CALLEES = /^(t|i18n\.t|console\.\w+|Error|TypeError|RangeError)$/;

function exempt(context, node) {
  const ancestors = context.sourceCode.getAncestors(node);
  const attribute = ancestors.findLast((a) => a.type === 'JSXAttribute');
  if (attribute) return !VISIBLE_ATTRIBUTES.includes(attribute.name.name);
  for (const ancestor of ancestors) {
    if (
      ['ImportDeclaration', 'ImportExpression', 'ExportAllDeclaration', 'TSLiteralType'].includes(
        ancestor.type,
      )
    )
      return true;
    if (ancestor.type === 'CallExpression' || ancestor.type === 'NewExpression') {
      if (EXEMPT_CALLEES.test(context.sourceCode.getText(ancestor.callee))) return true;
    }
  }
  const parent = node.parent;
  // An object's key is a name, not a sentence.
  return parent?.type === 'Property' && parent.key === node;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'English phrases belong in the translations (src/ui/i18n/locales).' },
    schema: [],
  },
  create(context) {
    const check = (node, text) => {
      if (PHRASE.test(text) && !exempt(context, node))
        context.report({
          node,
          message: `English words on screen come from the translations (src/ui/i18n/locales), not a literal: "${text.slice(0, 60)}"`,
        });
    };
    return {
      Literal(node) {
        if (typeof node.value === 'string') check(node, node.value);
      },
      TemplateElement(node) {
        check(node, node.value.cooked ?? node.value.raw);
      },
    };
  },
};
