import { describe, expect, it } from 'vitest';
import { findAll, parseXml, textOf } from './xml-tree';

describe('parseXml', () => {
  it('reads elements, attributes, entities and CDATA', () => {
    const root = parseXml(
      '<?xml version="1.0"?><!-- c --><a x="1 &amp; 2"><b>&lt;&#x4E2D;&#25991;&gt;</b><b/><![CDATA[<raw>]]></a>',
    );
    expect(root.attributes.x).toBe('1 & 2');
    expect(findAll(root, 'b')).toHaveLength(2);
    expect(textOf(root)).toBe('<中文><raw>');
  });

  it.each([
    ['crossed tags', '<a><b></a></b>'],
    ['unclosed', '<a><b></b>'],
    ['bare ampersand', '<a>R&D</a>'],
    ['unknown entity', '<a>&nbsp;</a>'],
    ['bare less-than in an attribute', '<a x="<"/>'],
    ['duplicate attribute', '<a x="1" x="2"/>'],
    ['two roots', '<a/><b/>'],
    ['text after the root', '<a/>tail'],
  ])('rejects %s', (_label, source) => {
    expect(() => parseXml(source)).toThrow(/XML error/);
  });
});
